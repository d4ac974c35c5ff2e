//! Equity stratification: HRSN positive rates per domain and completeness, by race and ethnicity,
//! language, disability, sexual orientation or gender identity, each group beside the overall rate with the
//! gap to it (spec/hub.md). Cells of 1 to 10 members are suppressed so that no suppressed value can be
//! worked out from the others and the totals ([`super::suppress`]).
//!
//! Every member of the denominator falls in exactly one group (those with no answer in `declined`,
//! `unknown` or `not-asked`), so the groups of a column add up to its overall cell: that is the sum an
//! attacker would use, and the one suppression defends.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use super::completeness::percent;
use super::suppress::{Equation, Grid, MIN_CELL};
use super::{Filter, Month, Period, Snapshot, Standing, DECLINED, NOT_ASKED, UNKNOWN};
use crate::facts::Measure;

/// A count as published: the number, or `<11`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Count(u64),
    Suppressed,
}

impl Cell {
    pub fn count(self) -> Option<u64> {
        match self {
            Cell::Count(n) => Some(n),
            Cell::Suppressed => None,
        }
    }
}

impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Count(n) => s.serialize_u64(*n),
            Cell::Suppressed => s.serialize_str("<11"),
        }
    }
}

/// A rate: `count` of `of`, as a percentage with the gap to the overall rate in percentage points.
/// `rate` and `gap` are absent when either count is suppressed (or the overall one is, for `gap`).
#[derive(Debug, Clone, Serialize)]
pub struct Rate {
    pub count: Cell,
    pub of: Cell,
    pub rate: Option<f64>,
    pub gap: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupRow {
    /// An option id of the instrument (`asian`, `es`, `yes`), `multiracial`, or `declined`, `unknown`,
    /// `not-asked`; `all` for the overall row.
    pub group: String,
    pub members: Cell,
    pub screened: Cell,
    /// Positive screens per HRSN domain, of members screened ([`Equity::domains`] order).
    pub positive: Vec<Rate>,
    /// Complete answers per demographic measure, of members asked ([`Equity::measures`] order).
    pub complete: Vec<Rate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Equity {
    pub dimension: &'static str,
    pub site: Option<String>,
    pub month: Option<Month>,
    pub roster: bool,
    pub domains: Vec<String>,
    pub measures: Vec<&'static str>,
    pub overall: GroupRow,
    pub groups: Vec<GroupRow>,
}

/// What can be stratified by: the five demographic measures.
pub const DIMENSIONS: [Measure; 5] =
    [Measure::RaceEthnicity, Measure::Language, Measure::Disability, Measure::SexualOrientation, Measure::GenderIdentity];

/// The counts of one group before suppression.
#[derive(Debug, Clone, Default)]
struct Tally {
    members: u64,
    screened: u64,
    positive: Vec<u64>,
    /// Per measure: complete, incomplete, not applicable (minors for SOGI).
    complete: Vec<[u64; 3]>,
}

impl Tally {
    fn new(domains: usize) -> Tally {
        Tally { positive: vec![0; domains], complete: vec![[0; 3]; DIMENSIONS.len()], ..Tally::default() }
    }

    fn add(&mut self, other: &Tally) {
        self.members += other.members;
        self.screened += other.screened;
        for (a, b) in self.positive.iter_mut().zip(&other.positive) {
            *a += b;
        }
        for (a, b) in self.complete.iter_mut().zip(&other.complete) {
            for k in 0..3 {
                a[k] += b[k];
            }
        }
    }

    /// The cells of this group, in the layout [`Layout`] describes.
    fn cells(&self) -> Vec<u64> {
        let mut v = vec![self.members, self.screened, self.members - self.screened];
        for &p in &self.positive {
            v.extend([p, self.screened - p]);
        }
        for c in &self.complete {
            v.extend(c);
        }
        v
    }
}

/// Where each count of a row sits in the row's cells, and the sums within a row.
struct Layout {
    domains: usize,
}

impl Layout {
    const MEMBERS: usize = 0;
    const SCREENED: usize = 1;
    const NOT_SCREENED: usize = 2;

    fn width(&self) -> usize {
        3 + 2 * self.domains + 3 * DIMENSIONS.len()
    }
    fn positive(&self, d: usize) -> usize {
        3 + 2 * d
    }
    fn negative(&self, d: usize) -> usize {
        3 + 2 * d + 1
    }
    fn complete(&self, m: usize) -> usize {
        3 + 2 * self.domains + 3 * m
    }

    /// members = screened + not screened; screened = positive + negative (per domain);
    /// members = complete + incomplete + not applicable (per measure).
    fn row_equations(&self, base: usize) -> Vec<Equation> {
        let mut eqs = vec![Equation { total: base + Self::MEMBERS, parts: vec![base + Self::SCREENED, base + Self::NOT_SCREENED] }];
        for d in 0..self.domains {
            eqs.push(Equation { total: base + Self::SCREENED, parts: vec![base + self.positive(d), base + self.negative(d)] });
        }
        for m in 0..DIMENSIONS.len() {
            let c = base + self.complete(m);
            eqs.push(Equation { total: base + Self::MEMBERS, parts: vec![c, c + 1, c + 2] });
        }
        eqs
    }
}

fn small(v: u64) -> bool {
    (1..MIN_CELL).contains(&v)
}

/// Decides what to hide, in units that make sense to a reader: a group's whole row when the group is small;
/// a rate's counts together (positive and negative; complete, incomplete and not applicable) when either is
/// small, since showing one beside the row's total shows the other; and, wherever exactly one group of a
/// column is hidden, the same unit of the next smallest group, so the total does not give it away. Then the
/// attacker ([`Grid::recoverable`]) has the last word: while any hidden cell can still be worked out, the
/// smallest visible group is hidden whole. Rows `0..n` are the groups, row `n` the overall one.
///
/// `public[r]`: the group's member count is published anyway, by the completeness report beside it (the
/// members who declined, did not know, or were never asked). Hiding it would protect nothing, and counting
/// it as protection would let the completeness table undo a suppression here; so it stays shown, and
/// never serves as another group's complement.
fn suppress(grid: &mut Grid, layout: &Layout, n: usize, public: &[bool]) {
    let width = layout.width();
    let value = |grid: &Grid, r: usize, c: usize| grid.values[r * width + c];
    let hide = |grid: &mut Grid, r: usize, cells: &[usize]| {
        for &c in cells {
            grid.hidden[r * width + c] = true;
        }
    };
    let row: Vec<usize> = (0..width).collect();
    let screening: Vec<usize> =
        [Layout::SCREENED, Layout::NOT_SCREENED].into_iter().chain((0..layout.domains).flat_map(|d| [layout.positive(d), layout.negative(d)])).collect();
    let mut units: Vec<Vec<usize>> = vec![screening];
    units.extend((0..layout.domains).map(|d| vec![layout.positive(d), layout.negative(d)]));
    units.extend((0..DIMENSIONS.len()).map(|m| (0..3).map(|k| layout.complete(m) + k).collect()));

    let row_but_members: Vec<usize> = (1..width).collect();
    for r in 0..=n {
        if small(value(grid, r, Layout::MEMBERS)) {
            hide(grid, r, if public.get(r).copied().unwrap_or(false) { &row_but_members } else { &row });
        }
        for unit in &units {
            if unit.iter().any(|&c| small(value(grid, r, c))) {
                hide(grid, r, unit);
            }
        }
    }
    // Complementary: never a lone hidden unit among the groups of a column.
    let size = |grid: &Grid, r: usize, unit: &[usize]| unit.iter().map(|&c| value(grid, r, c)).min().unwrap_or(0);
    let private = |r: &usize| !public.get(*r).copied().unwrap_or(false);
    for unit in std::iter::once(&row).chain(&units) {
        let hidden: Vec<usize> = (0..n).filter(|&r| unit.iter().all(|&c| grid.hidden[r * width + c])).collect();
        if hidden.len() == 1 {
            let next = (0..n)
                .filter(|r| !hidden.contains(r) && (unit != &row || private(r)))
                .min_by_key(|&r| (size(grid, r, if unit == &row { &[Layout::MEMBERS] } else { unit }), r));
            if let Some(r) = next {
                hide(grid, r, unit);
            }
        }
    }
    // The attacker's check; each round hides one more whole group, so this ends.
    while grid.recoverable().is_some() {
        let visible = (0..n)
            .filter(|r| private(r) && !grid.hidden[r * width + Layout::MEMBERS])
            .min_by_key(|&r| (value(grid, r, Layout::MEMBERS), r));
        let public_open = (0..n).find(|r| !private(r) && !grid.hidden[r * width + Layout::SCREENED]);
        match (visible, public_open) {
            (Some(r), _) => hide(grid, r, &row),
            (None, Some(r)) => hide(grid, r, &row_but_members),
            (None, None) => {
                hide(grid, n, &row);
                break;
            }
        }
    }
}

/// The equity report for one dimension.
pub fn equity(snapshot: &Snapshot, filter: &Filter, dimension: Measure) -> Equity {
    let site = filter.site.as_deref().map(|s| snapshot.site_index(s).unwrap_or(u32::MAX));
    let period = Period::of(filter.month, snapshot.now);
    let domains = snapshot.domains.len();
    let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
    for member in snapshot.population(site, period) {
        let tally = groups.entry(snapshot.group(member, dimension, period)).or_insert_with(|| Tally::new(domains));
        tally.members += 1;
        if let Some(positive) = snapshot.screening(member, period) {
            tally.screened += 1;
            for &d in positive {
                tally.positive[d as usize] += 1;
            }
        }
        for (m, &measure) in DIMENSIONS.iter().enumerate() {
            let k = match snapshot.standing(member, measure, period) {
                Some(Standing::Answered | Standing::Declined) => 0,
                Some(_) => 1,
                None => 2,
            };
            tally.complete[m][k] += 1;
        }
    }
    let mut overall = Tally::new(domains);
    for t in groups.values() {
        overall.add(t);
    }

    // Rows 0..n are the groups, row n the overall one; every cell of a row is tied to the same cell of the
    // overall row by a column sum, and to its own row's other cells by the row's splits.
    let layout = Layout { domains };
    let width = layout.width();
    let rows: Vec<&Tally> = groups.values().chain(std::iter::once(&overall)).collect();
    let n = groups.len();
    let values: Vec<u64> = rows.iter().flat_map(|t| t.cells()).collect();
    let mut equations: Vec<Equation> = (0..rows.len()).flat_map(|r| layout.row_equations(r * width)).collect();
    for c in 0..width {
        equations.push(Equation { total: n * width + c, parts: (0..n).map(|r| r * width + c).collect() });
    }
    let mut grid = Grid::new(values, equations);
    let public: Vec<bool> = groups.keys().map(|g| [DECLINED, UNKNOWN, NOT_ASKED].contains(&g.as_str())).collect();
    suppress(&mut grid, &layout, n, &public);
    let cell = |r: usize, c: usize| {
        let i = r * width + c;
        if grid.hidden[i] {
            Cell::Suppressed
        } else {
            Cell::Count(grid.values[i])
        }
    };
    let rate = |r: usize, count: usize, rest: &[usize]| -> (Cell, Cell, Option<f64>) {
        let num = cell(r, count);
        let parts: Vec<Cell> = std::iter::once(num).chain(rest.iter().map(|&c| cell(r, c))).collect();
        let of: Option<u64> = parts.iter().map(|c| c.count()).sum();
        let rate = num.count().zip(of).and_then(|(a, b)| percent(a, b));
        (num, of.map_or(Cell::Suppressed, Cell::Count), rate)
    };
    let build = |r: usize, group: String, overall: Option<&GroupRow>| -> GroupRow {
        let gap = |rate: Option<f64>, base: Option<&Rate>| {
            rate.zip(base.and_then(|b| b.rate)).map(|(a, b)| ((a - b) * 10.0).round() / 10.0)
        };
        let positive = (0..domains)
            .map(|d| {
                let (count, of, rate) = rate(r, layout.positive(d), &[layout.negative(d)]);
                Rate { count, of, rate, gap: gap(rate, overall.map(|o| &o.positive[d])) }
            })
            .collect();
        let complete = (0..DIMENSIONS.len())
            .map(|m| {
                let c = layout.complete(m);
                let (count, of, rate) = rate(r, c, &[c + 1]);
                Rate { count, of, rate, gap: gap(rate, overall.map(|o| &o.complete[m])) }
            })
            .collect();
        GroupRow { group, members: cell(r, Layout::MEMBERS), screened: cell(r, Layout::SCREENED), positive, complete }
    };
    let overall_row = build(n, "all".to_owned(), None);
    let group_rows = groups.keys().enumerate().map(|(r, g)| build(r, g.clone(), Some(&overall_row))).collect();
    Equity {
        dimension: dimension.as_str(),
        site: filter.site.clone(),
        month: filter.month,
        roster: snapshot.has_roster(),
        domains: snapshot.domains.clone(),
        measures: DIMENSIONS.iter().map(|m| m.as_str()).collect(),
        overall: overall_row,
        groups: group_rows,
    }
}
