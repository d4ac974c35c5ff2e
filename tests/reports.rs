//! The hub's reports against a synthetic population whose true values are known by construction
//! (synth.rs), on SQLite and on PostgreSQL; and an attacker that tries to recover suppressed cells.

mod hubkit;
mod synth;

use std::collections::BTreeMap;

use hubkit::Backend;
use intake_hub::report::completeness::{completeness, By, Counts};
use intake_hub::report::equity::{equity, Cell, Equity};
use intake_hub::report::{Filter, Month, Snapshot};
use intake_hub::Hub;
use synth::{Standing, Truth, DIMENSIONS, DOMAINS};

const MEASURES: [&str; 6] = ["race-ethnicity", "language", "disability", "sexual-orientation", "gender-identity", "hrsn"];

fn expected_counts<'a>(members: impl Iterator<Item = &'a Truth>, k: usize) -> Counts {
    let mut c = Counts::default();
    for t in members {
        match t.standings[k] {
            Standing::NotApplicable => continue,
            Standing::Answered => c.answered += 1,
            Standing::Declined => c.declined += 1,
            Standing::Unknown => c.unknown += 1,
            Standing::Proxy => c.proxy += 1,
            Standing::NeverAsked => c.never_asked += 1,
        }
        c.denominator += 1;
    }
    c
}

/// Every row of a completeness report equals the truth counted over the members the row should cover.
fn check_completeness(snapshot: &Snapshot, truth: &[Truth], filter: &Filter, by: By, covers: impl Fn(&str, &Truth) -> bool) {
    let report = completeness(snapshot, filter, by);
    assert!(!report.rows.is_empty(), "{by:?}: no rows");
    for row in &report.rows {
        let members: Vec<&Truth> = truth.iter().filter(|t| covers(&row.key, t)).collect();
        assert_eq!(row.members, members.len() as u64, "{by:?} {}: members", row.key);
        for (k, (measure, counts)) in row.measures.iter().enumerate() {
            assert_eq!(measure, MEASURES[k]);
            assert_eq!(*counts, expected_counts(members.iter().copied(), k), "{by:?} {} {measure}", row.key);
        }
    }
}

fn open(backend: &Backend, population: &synth::Population) -> Hub {
    let hub = Hub::open(backend.url()).expect("hub");
    synth::load(&hub, population, synth::now());
    hub
}

#[test]
fn completeness_equals_the_population_by_construction_on_sqlite_and_postgres() {
    let population = synth::population(1500, 7);
    let truth = &population.truth;
    for backend in Backend::both() {
        let hub = open(&backend, &population);
        let snapshot = Snapshot::load(hub.db(), synth::now()).expect("snapshot");
        let all = Filter::default();
        check_completeness(&snapshot, truth, &all, By::Aco, |_, _| true);
        check_completeness(&snapshot, truth, &all, By::Site, |key, t| t.site == key);
        check_completeness(&snapshot, truth, &all, By::Chw, |key, t| t.chw == key);
        let october = Filter { site: None, month: Some(Month::parse("2026-10").expect("month")) };
        check_completeness(&snapshot, truth, &october, By::Aco, |_, t| t.month == (2026, 10));
        let north_sept = Filter { site: Some("north".into()), month: Some(Month::parse("2026-09").expect("month")) };
        check_completeness(&snapshot, truth, &north_sept, By::Aco, |_, t| t.month == (2026, 9) && t.site == "north");
        // The trend: every 2026 month's row covers the members seen that month.
        let trend = completeness(&snapshot, &all, By::Month);
        for (y, m) in synth::MONTHS {
            let key = format!("{y:04}-{m:02}");
            let row = trend.rows.iter().find(|r| r.key == key).unwrap_or_else(|| panic!("{}: no row {key}", backend.name()));
            let members: Vec<&Truth> = truth.iter().filter(|t| t.month == (y, m)).collect();
            assert_eq!(row.members, members.len() as u64);
            assert_eq!(row.measures[0].1, expected_counts(members.iter().copied(), 0), "{key}");
        }
        // A sanity anchor on the construction itself: declined counts as complete, proxies do not.
        let aco = &completeness(&snapshot, &all, By::Aco).rows[0];
        let race = aco.measures[0].1;
        assert_eq!(race.complete(), race.answered + race.declined);
        assert!(race.proxy > 0 && race.declined > 0 && race.never_asked > 0 && race.unknown > 0, "{race:?}");
    }
}

/// The truth of one group for an equity dimension: members, screened, positive per domain, and
/// complete / incomplete per measure.
#[derive(Default, Debug)]
struct GroupTruth {
    members: u64,
    screened: u64,
    positive: [u64; 6],
    complete: [u64; 5],
    incomplete: [u64; 5],
}

fn group_truth(truth: &[Truth], d: usize) -> BTreeMap<String, GroupTruth> {
    let mut groups: BTreeMap<String, GroupTruth> = BTreeMap::new();
    for t in truth {
        let g = groups.entry(t.groups[d].clone()).or_default();
        g.members += 1;
        if t.screened {
            g.screened += 1;
            for (i, domain) in DOMAINS.iter().enumerate() {
                if t.positive.contains(domain) {
                    g.positive[i] += 1;
                }
            }
        }
        for m in 0..5 {
            match t.standings[m] {
                Standing::Answered | Standing::Declined => g.complete[m] += 1,
                Standing::NotApplicable => {}
                _ => g.incomplete[m] += 1,
            }
        }
    }
    groups
}

/// A published cell is either the true count, or `<11` — and every true count of 1 to 10 is `<11`.
fn check_cell(cell: Cell, truth: u64, what: &str) {
    match cell {
        Cell::Count(n) => {
            assert_eq!(n, truth, "{what}");
            assert!(!(1..11).contains(&n), "{what}: {n} published");
        }
        Cell::Suppressed => {}
    }
}

#[test]
fn equity_tables_equal_the_population_and_hide_every_small_cell() {
    let population = synth::population(400, 11);
    for backend in Backend::both() {
        let mut suppressed_groups = 0;
        let hub = open(&backend, &population);
        let snapshot = Snapshot::load(hub.db(), synth::now()).expect("snapshot");
        for (d, dimension) in intake_hub::report::equity::DIMENSIONS.iter().enumerate() {
            assert_eq!(dimension.as_str(), DIMENSIONS[d]);
            let report = equity(&snapshot, &Filter::default(), *dimension);
            let truth = group_truth(&population.truth, d);
            assert_eq!(report.groups.iter().map(|g| g.group.clone()).collect::<Vec<_>>(), truth.keys().cloned().collect::<Vec<_>>());
            for row in &report.groups {
                let t = &truth[&row.group];
                let what = format!("{} {} {}", backend.name(), DIMENSIONS[d], row.group);
                // Members who declined, did not know or were never asked are counted, unsuppressed, in the
                // completeness report beside this one; the equity table shows them too rather than pretend.
                if ["declined", "unknown", "not-asked"].contains(&row.group.as_str()) {
                    assert_eq!(row.members, Cell::Count(t.members), "{what} members");
                } else {
                    check_cell(row.members, t.members, &format!("{what} members"));
                }
                check_cell(row.screened, t.screened, &format!("{what} screened"));
                for i in 0..6 {
                    check_cell(row.positive[i].count, t.positive[i], &format!("{what} {}", DOMAINS[i]));
                    if let Some(rate) = row.positive[i].rate {
                        let expected = (t.positive[i] as f64 * 1000.0 / t.screened as f64).round() / 10.0;
                        assert_eq!(rate, expected, "{what} {} rate", DOMAINS[i]);
                        let overall = report.overall.positive[i].rate.expect("overall rate");
                        assert_eq!(row.positive[i].gap, Some(((rate - overall) * 10.0).round() / 10.0));
                    }
                }
                for m in 0..5 {
                    check_cell(row.complete[m].count, t.complete[m], &format!("{what} complete {m}"));
                    // A rate is published only with both of its counts.
                    assert_eq!(row.complete[m].rate.is_some(), row.complete[m].of.count().is_some(), "{what}");
                }
            }
            suppressed_groups += report.groups.iter().filter(|g| g.members == Cell::Suppressed).count();
        }
        assert!(suppressed_groups > 0, "the population should have small groups");
    }
}

// ---- the attacker -------------------------------------------------------------------------------------

/// A column of a published table: per group a value or unknown, and the overall value (or unknown).
struct Column {
    name: String,
    cells: Vec<Option<i64>>,
    total: Option<i64>,
}

/// What an outsider can read off a published equity table: the columns (members, screened, each domain's
/// positives and each measure's complete count), plus the columns derived by subtraction within a row
/// (not screened = members - screened, negatives = screened - positives).
fn columns(report: &Equity) -> Vec<Column> {
    let rows: Vec<_> = report.groups.iter().chain(std::iter::once(&report.overall)).collect();
    let n = report.groups.len();
    let value = |c: Cell| c.count().map(|v| v as i64);
    let mut out = Vec::new();
    let mut push = |name: String, f: &dyn Fn(&intake_hub::report::equity::GroupRow) -> Option<i64>| {
        let all: Vec<Option<i64>> = rows.iter().map(|r| f(r)).collect();
        out.push(Column { name, cells: all[..n].to_vec(), total: all[n] });
    };
    push("members".into(), &|r| value(r.members));
    push("screened".into(), &|r| value(r.screened));
    push("not screened".into(), &|r| Some(value(r.members)? - value(r.screened)?));
    for (i, d) in report.domains.iter().enumerate() {
        push(format!("{d} positive"), &|r| value(r.positive[i].count));
        push(format!("{d} negative"), &|r| Some(value(r.positive[i].of)? - value(r.positive[i].count)?));
    }
    for (i, m) in report.measures.iter().enumerate() {
        push(format!("{m} complete"), &|r| value(r.complete[i].count));
        push(format!("{m} incomplete"), &|r| Some(value(r.complete[i].of)? - value(r.complete[i].count)?));
    }
    out
}

/// The classic attack: any column (or row split) with exactly one unknown gives it away by subtraction;
/// repeat with what was learned until nothing more falls out. Returns the cells recovered: (column, group).
fn attack(report: &Equity) -> Vec<(String, usize, i64)> {
    let mut cols = columns(report);
    let mut recovered = Vec::new();
    loop {
        let mut progress = false;
        for col in &mut cols {
            let unknown: Vec<usize> = (0..col.cells.len()).filter(|&i| col.cells[i].is_none()).collect();
            if let (Some(total), [only]) = (col.total, unknown.as_slice()) {
                let v = total - col.cells.iter().flatten().sum::<i64>();
                col.cells[*only] = Some(v);
                recovered.push((col.name.clone(), *only, v));
                progress = true;
            }
            if col.total.is_none() && unknown.is_empty() {
                col.total = Some(col.cells.iter().flatten().sum());
                progress = true;
            }
        }
        // Feed recovered members/screened/positives back into the derived columns of the same row.
        let get = |cols: &Vec<Column>, name: &str, g: usize| cols.iter().find(|c| c.name == name).and_then(|c| c.cells[g]);
        let n = cols[0].cells.len();
        let mut learned: Vec<(String, usize, i64)> = Vec::new();
        let pairs: Vec<(String, String, String)> = std::iter::once(("members".to_owned(), "screened".to_owned(), "not screened".to_owned()))
            .chain(report.domains.iter().map(|d| ("screened".to_owned(), format!("{d} positive"), format!("{d} negative"))))
            .collect();
        for g in 0..n {
            for (whole, a, b) in &pairs {
                match (get(&cols, whole, g), get(&cols, a, g), get(&cols, b, g)) {
                    (Some(w), Some(x), None) => learned.push((b.clone(), g, w - x)),
                    (Some(w), None, Some(y)) => learned.push((a.clone(), g, w - y)),
                    (None, Some(x), Some(y)) => learned.push((whole.clone(), g, x + y)),
                    _ => {}
                }
            }
        }
        for (name, g, v) in learned {
            if let Some(col) = cols.iter_mut().find(|c| c.name == name) {
                if col.cells[g].is_none() {
                    col.cells[g] = Some(v);
                    recovered.push((name, g, v));
                    progress = true;
                }
            }
        }
        if !progress {
            return recovered;
        }
    }
}

#[test]
fn a_suppressed_cell_cannot_be_recovered_from_the_other_cells_and_the_totals() {
    let population = synth::population(300, 23);
    let backend = Backend::sqlite();
    let hub = open(&backend, &population);
    let snapshot = Snapshot::load(hub.db(), synth::now()).expect("snapshot");
    let mut suppressed = 0;
    for dimension in intake_hub::report::equity::DIMENSIONS {
        let report = equity(&snapshot, &Filter::default(), dimension);
        suppressed += report.groups.iter().filter(|g| g.members == Cell::Suppressed).count();
        let recovered = attack(&report);
        // Recovering a cell that is then found to be 0 or at least 11 discloses nothing the rule protects;
        // anything from 1 to 10 is a failure.
        let small: Vec<_> = recovered.iter().filter(|(_, _, v)| (1..11).contains(v)).collect();
        assert!(small.is_empty(), "{}: recovered {small:?}", dimension.as_str());
    }
    assert!(suppressed > 0, "the population must have suppressed groups for this test to mean anything");

    // The attacker has teeth: against primary suppression only (hide the one small group, show the rest and
    // the total, as a naive report would), it gives the small group back.
    let mut naive = equity(&snapshot, &Filter::default(), intake_hub::report::equity::DIMENSIONS[0]);
    let truth = group_truth(&population.truth, 0);
    let smallest = naive.groups.iter().map(|g| g.group.clone()).min_by_key(|g| truth[g].members).expect("groups");
    assert!((1..11).contains(&truth[&smallest].members), "the smallest race group should be small");
    naive.overall.members = Cell::Count(population.truth.len() as u64);
    for row in &mut naive.groups {
        let t = &truth[&row.group];
        row.members = if row.group == smallest { Cell::Suppressed } else { Cell::Count(t.members) };
    }
    let recovered = attack(&naive);
    assert!(recovered.contains(&("members".to_owned(), naive.groups.iter().position(|g| g.group == smallest).expect("row"), truth[&smallest].members as i64)), "{recovered:?}");
}

#[test]
fn an_attributed_roster_is_the_denominator_and_its_rows_are_checked() {
    let population = synth::population(300, 5);
    let backend = Backend::sqlite();
    let hub = open(&backend, &population);
    let on_roster: Vec<&Truth> = population.truth.iter().take(200).collect();
    let mut csv = String::from("masshealth_id,family_name,given_name,date_of_birth,site\n");
    for t in &on_roster {
        csv.push_str(&format!("{},Synthetic,Roster,1970-01-01,{}\n", t.masshealth_id, t.site));
    }
    for i in 0..50 {
        csv.push_str(&format!("9{i:011},Synthetic,Unseen,1980-02-03,north\n"));
    }
    csv.push_str("bad id!,Synthetic,Broken,1980-02-03,north\n");
    let report = hub.import_roster(csv.as_bytes(), "test").expect("import");
    assert_eq!(report.imported, 250);
    assert_eq!(report.refused.len(), 1);
    assert_eq!(report.refused[0].line, 252);

    let snapshot = Snapshot::load(hub.db(), synth::now()).expect("snapshot");
    let aco = completeness(&snapshot, &Filter::default(), By::Aco);
    assert!(aco.roster);
    let row = &aco.rows[0];
    assert_eq!(row.members, 250);
    let mut expected = expected_counts(on_roster.iter().copied(), 0);
    expected.denominator += 50;
    expected.never_asked += 50;
    assert_eq!(row.measures[0].1, expected);
    // Per site, the roster's site; per CHW, still members seen.
    let north = completeness(&snapshot, &Filter { site: Some("north".into()), month: None }, By::Aco);
    assert_eq!(north.rows[0].members, on_roster.iter().filter(|t| t.site == "north").count() as u64 + 50);
    let chw = completeness(&snapshot, &Filter::default(), By::Chw);
    assert_eq!(chw.rows.iter().map(|r| r.members).sum::<u64>(), population.truth.len() as u64);
    assert_eq!(hub.audit_log(10).expect("audit")[0].action, "roster-import");
}

#[test]
fn a_hub_from_before_reports_works_out_the_facts_of_the_responses_it_holds() {
    let population = synth::population(200, 31);
    let backend = Backend::sqlite();
    let before = {
        let hub = open(&backend, &population);
        let report = completeness(&Snapshot::load(hub.db(), synth::now()).expect("snapshot"), &Filter::default(), By::Aco);
        // As a version-1 hub's responses would be: no facts at all.
        hub.db().with_tx(|tx| tx.exec("DELETE FROM response_facts", &[])).expect("delete");
        report.rows[0].measures.clone()
    };
    let hub = Hub::open(backend.url()).expect("reopen");
    let after = completeness(&Snapshot::load(hub.db(), synth::now()).expect("snapshot"), &Filter::default(), By::Aco);
    assert_eq!(after.rows[0].measures, before);
    assert!(after.rows[0].measures[0].1.answered > 0);
}

/// Regression (review): a later screening cut short stores `not-asked`; it must not erase the answer the
/// member gave before.
#[test]
fn a_later_not_asked_keeps_the_earlier_answer() {
    use intake_model::{AbsentReason, Answer, AnswerValue, Coding};
    let backend = Backend::sqlite();
    let hub = Hub::open(backend.url()).expect("hub");
    let member = intake_model::new_id();
    let first_at = synth::now() - chrono::Duration::days(60);
    let first = synth::response(member, "demographics", "chw-north-0", first_at, false, vec![Answer::value(
        "race-ethnicity",
        AnswerValue::Codes(vec![Coding::new("urn:oid:2.16.840.1.113883.6.238", "2028-9")]),
    )]);
    let second = synth::response(member, "demographics", "chw-north-0", first_at + chrono::Duration::days(30), false, vec![
        Answer::absent("race-ethnicity", AbsentReason::NotAsked),
    ]);
    let records = vec![intake_wire::Record::Response(first), intake_wire::Record::Response(second)];
    hub.db().with_tx(|tx| intake_hub::ingest::insert_records(tx, &records, "b", "north").map(drop)).expect("insert");
    let snapshot = Snapshot::load(hub.db(), synth::now()).expect("snapshot");
    let race = completeness(&snapshot, &Filter::default(), By::Aco).rows[0].measures[0].1;
    assert_eq!((race.denominator, race.answered, race.never_asked), (1, 1, 0));
    let groups: Vec<String> = equity(&snapshot, &Filter::default(), intake_hub::facts::Measure::RaceEthnicity).groups.into_iter().map(|g| g.group).collect();
    assert_eq!(groups, vec!["asian".to_owned()]);
}
