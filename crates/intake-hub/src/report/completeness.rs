//! Completeness: of the members in a denominator, how many have a member-reported answer for each
//! measure, per site, per CHW, per month, or ACO-wide (spec/hub.md). Definitions are in [`super`].
//!
//! No cell suppression here: these counts are per site and CHW, for the people who run screening, and
//! carry no demographic breakdown. The equity report, which does, suppresses small cells.

use serde::Serialize;

use super::{Filter, Month, Period, Snapshot, Standing};
use crate::facts::Measure;

/// How the rows of a completeness report are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Aco,
    Site,
    Chw,
    Month,
}

impl By {
    pub fn parse(s: &str) -> Option<By> {
        match s {
            "aco" => Some(By::Aco),
            "site" => Some(By::Site),
            "chw" => Some(By::Chw),
            "month" => Some(By::Month),
            _ => None,
        }
    }
}

/// Members by standing for one measure. The five counts add up to `denominator`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub denominator: u64,
    pub answered: u64,
    pub declined: u64,
    pub unknown: u64,
    pub proxy: u64,
    pub never_asked: u64,
}

impl Counts {
    /// Answered or declined, by the member: the share the incentive program counts.
    pub fn complete(&self) -> u64 {
        self.answered + self.declined
    }

    /// Complete as a percentage of the denominator, one decimal; `None` for an empty denominator.
    pub fn complete_percent(&self) -> Option<f64> {
        percent(self.complete(), self.denominator)
    }

    fn add(&mut self, standing: Standing) {
        self.denominator += 1;
        match standing {
            Standing::Answered => self.answered += 1,
            Standing::Declined => self.declined += 1,
            Standing::Unknown => self.unknown += 1,
            Standing::Proxy => self.proxy += 1,
            Standing::NeverAsked => self.never_asked += 1,
        }
    }
}

pub(crate) fn percent(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 * 1000.0 / whole as f64).round() / 10.0)
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The site, CHW or month (`YYYY-MM`); `all` for the ACO.
    pub key: String,
    pub members: u64,
    /// One entry per measure, in [`Measure::ALL`] order.
    pub measures: Vec<(String, Counts)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Completeness {
    pub by: &'static str,
    pub site: Option<String>,
    pub month: Option<Month>,
    /// Whether the denominators are an attributed roster (ACO and site rows) rather than members seen.
    pub roster: bool,
    pub rows: Vec<Row>,
}

impl Row {
    fn new(key: String) -> Row {
        Row { key, members: 0, measures: Measure::ALL.iter().map(|m| (m.as_str().to_owned(), Counts::default())).collect() }
    }

    /// Counts one member with their standing for each measure ([`standings`]).
    fn add(&mut self, standings: &[Option<Standing>]) {
        self.members += 1;
        for ((_, counts), standing) in self.measures.iter_mut().zip(standings) {
            if let Some(s) = standing {
                counts.add(*s);
            }
        }
    }
}

/// A member's standing for each measure, in [`Measure::ALL`] order.
fn standings(snapshot: &Snapshot, member: Option<usize>, period: Period) -> Vec<Option<Standing>> {
    Measure::ALL.iter().map(|&m| snapshot.standing(member, m, period)).collect()
}

fn row(snapshot: &Snapshot, key: String, population: &[Option<usize>], period: Period) -> Row {
    let mut row = Row::new(key);
    for &member in population {
        row.add(&standings(snapshot, member, period));
    }
    row
}

/// One row per CHW, of the members they saw in the period (at the site, if given), in one pass over the
/// members: a member's standings are worked out once and added to each CHW who saw them.
fn chw_rows(snapshot: &Snapshot, site: Option<u32>, period: Period) -> Vec<Row> {
    let mut rows: Vec<Row> = snapshot.chws.iter().map(|c| Row::new(c.clone())).collect();
    for member in 0..snapshot.member_count() {
        let chws = snapshot.chws_seen(member, site, period);
        if chws.is_empty() {
            continue;
        }
        let standings = standings(snapshot, Some(member), period);
        for c in chws {
            rows[c as usize].add(&standings);
        }
    }
    rows.retain(|r| r.members > 0);
    rows
}

/// One row per month from the first with activity to `until` (or the last with activity). With a roster,
/// every month's denominator is the roster; otherwise each member adds to the months they were seen in, in
/// one pass over the members (a scan per month would read every member eighteen times for a year and a half).
fn month_rows(snapshot: &Snapshot, site: Option<u32>, until: Option<Month>) -> Vec<Row> {
    let Some((first, last)) = snapshot.months else { return Vec::new() };
    // Never past the last month with activity: a month typed into a URL cannot make the trend run for ages.
    let last = until.map_or(last, |u| u.min(last));
    let mut months = Vec::new();
    let mut m = first;
    while m <= last {
        months.push(m);
        m = m.next();
    }
    if snapshot.has_roster() {
        return months
            .iter()
            .map(|&m| {
                let p = Period::of(Some(m), snapshot.now);
                row(snapshot, m.to_string(), &snapshot.population(site, p), p)
            })
            .collect();
    }
    let periods: Vec<Period> = months.iter().map(|&m| Period::of(Some(m), snapshot.now)).collect();
    let mut rows: Vec<Row> = months.iter().map(|m| Row::new(m.to_string())).collect();
    for member in 0..snapshot.member_count() {
        for seen in snapshot.months_seen(member, site, first, last) {
            if let Some(k) = months.iter().position(|m| *m == seen) {
                rows[k].add(&standings(snapshot, Some(member), periods[k]));
            }
        }
    }
    rows
}

/// The completeness report for `filter`, cut `by` site, CHW, month or not at all. A month cut lists every
/// month from the first with activity to the filter's month (or the last with activity).
pub fn completeness(snapshot: &Snapshot, filter: &Filter, by: By) -> Completeness {
    let site = filter.site.as_deref().map(|s| snapshot.site_index(s).unwrap_or(u32::MAX));
    let period = Period::of(filter.month, snapshot.now);
    let rows = match by {
        By::Aco => vec![row(snapshot, "all".to_owned(), &snapshot.population(site, period), period)],
        By::Site => (0..snapshot.sites.len() as u32)
            .filter(|s| site.is_none_or(|want| want == *s))
            .map(|s| row(snapshot, snapshot.sites[s as usize].clone(), &snapshot.population(Some(s), period), period))
            .filter(|r| r.members > 0)
            .collect(),
        By::Chw => chw_rows(snapshot, site, period),
        By::Month => month_rows(snapshot, site, filter.month),
    };
    Completeness {
        by: match by {
            By::Aco => "aco",
            By::Site => "site",
            By::Chw => "chw",
            By::Month => "month",
        },
        site: filter.site.clone(),
        month: filter.month,
        roster: snapshot.has_roster(),
        rows,
    }
}
