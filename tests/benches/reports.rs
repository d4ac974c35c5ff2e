//! Benchmark of reports and exports (issue 7): `cargo bench -p intake-e2e --bench reports`.
//!
//! A synthetic population of 100,000 members with 300,000 responses (tests/synth.rs, plus older AHC
//! screenings to reach the count) is written into a hub on SQLite and on PostgreSQL. Then, on each:
//! - the snapshot load (one read of what reports need) and every report computed from it: completeness
//!   ACO-wide, by site, by CHW and by month, and equity for each of the five dimensions. A report as the
//!   dashboard shows it costs the load plus its computation; both are written down.
//! - a full FHIR export (Patient, QuestionnaireResponse, Observation NDJSON) and a full CSV export, in
//!   resources (or rows) per second.
//!
//! Targets (issue 7): each report under 2 s; the FHIR export at least 20,000 resources per second.
//! Prints a table and writes bench-results/reports.json.

#[path = "../hubkit.rs"]
mod hubkit;
#[path = "../synth.rs"]
mod synth;

use std::time::Instant;

use chrono::Duration;
use hubkit::Backend;
use intake_hub::export::{Format, Role};
use intake_hub::facts::Measure;
use intake_hub::report::completeness::{completeness, By};
use intake_hub::report::equity::{equity, DIMENSIONS};
use intake_hub::report::{Filter, Snapshot};
use intake_hub::Hub;
use intake_wire::Record;
use serde_json::json;

const MEMBERS: usize = 100_000;
const RESPONSES: usize = 300_000;

fn main() {
    let t = Instant::now();
    let mut population = synth::population(MEMBERS, 99);
    // Older screenings (a year of follow-up visits) until there are RESPONSES responses.
    let mut extra = RESPONSES.saturating_sub(population.responses);
    'fill: for (_, records) in population.records.iter_mut() {
        let members: Vec<(uuid::Uuid, String, chrono::DateTime<chrono::Utc>)> = records
            .iter()
            .filter_map(|r| match r {
                Record::Member(m) => Some((m.member_id, m.recorded_by.clone(), m.recorded_at)),
                _ => None,
            })
            .collect();
        for (member, chw, at) in members {
            if extra == 0 {
                break 'fill;
            }
            for months in [3, 6] {
                if extra == 0 {
                    break;
                }
                let answers = synth::screening_answers(if months == 3 { &["food"] } else { &[] });
                records.push(Record::Response(synth::response(member, "ahc-core", &chw, at - Duration::days(30 * months), false, answers)));
                extra -= 1;
            }
        }
    }
    let responses: usize = population.records.iter().flat_map(|(_, r)| r).filter(|r| matches!(r, Record::Response(_))).count();
    println!("generated {MEMBERS} members, {responses} responses in {:.1} s", t.elapsed().as_secs_f64());

    let mut results = serde_json::Map::new();
    let mut lines = vec![format!("{:<10} {:<34} {:>10} {:>12}", "engine", "step", "seconds", "rate")];
    for backend in Backend::both() {
        let engine = backend.name();
        let hub = Hub::open(backend.url()).expect("hub");
        let t = Instant::now();
        synth::load(&hub, &population, synth::now());
        let load_s = t.elapsed().as_secs_f64();
        lines.push(format!("{engine:<10} {:<34} {load_s:>10.2}", "write the population"));

        let t = Instant::now();
        let snapshot = Snapshot::load(hub.db(), synth::now()).expect("snapshot");
        let snapshot_s = t.elapsed().as_secs_f64();
        lines.push(format!("{engine:<10} {:<34} {snapshot_s:>10.3}", "snapshot load"));
        let mut reports = serde_json::Map::new();
        let all = Filter::default();
        let mut worst: f64 = 0.0;
        let mut time = |name: String, f: &mut dyn FnMut() -> usize, lines: &mut Vec<String>| {
            let t = Instant::now();
            let rows = f();
            let s = t.elapsed().as_secs_f64();
            worst = worst.max(snapshot_s + s);
            lines.push(format!("{engine:<10} {:<34} {s:>10.3} {rows:>8} rows", name));
            reports.insert(name, json!({"compute_s": s, "with_load_s": snapshot_s + s, "rows": rows}));
        };
        for (name, by) in [("aco", By::Aco), ("site", By::Site), ("chw", By::Chw), ("month", By::Month)] {
            time(format!("completeness by {name}"), &mut || completeness(&snapshot, &all, by).rows.len(), &mut lines);
        }
        for d in DIMENSIONS {
            let dim: Measure = d;
            time(format!("equity by {}", dim.as_str()), &mut || equity(&snapshot, &all, dim).groups.len(), &mut lines);
        }

        let dir = tempfile::tempdir().expect("dir");
        let t = Instant::now();
        let files = hub.export(Format::Fhir, &dir.path().join("fhir"), None, Role::Admin, "bench").expect("fhir");
        let fhir_s = t.elapsed().as_secs_f64();
        let resources: u64 = files.iter().map(|f| f.records).sum();
        lines.push(format!("{engine:<10} {:<34} {fhir_s:>10.2} {:>8.0} resources/s ({resources})", "FHIR export", resources as f64 / fhir_s));
        let t = Instant::now();
        let files = hub.export(Format::Csv, &dir.path().join("csv"), None, Role::Admin, "bench").expect("csv");
        let csv_s = t.elapsed().as_secs_f64();
        let rows: u64 = files.iter().map(|f| f.records).sum();
        lines.push(format!("{engine:<10} {:<34} {csv_s:>10.2} {:>8.0} rows/s ({rows})", "CSV export", rows as f64 / csv_s));

        results.insert(
            engine.to_owned(),
            json!({
                "write_population_s": load_s,
                "snapshot_load_s": snapshot_s,
                "reports": reports,
                "slowest_report_with_load_s": worst,
                "fhir_export": {"seconds": fhir_s, "resources": resources, "resources_per_s": resources as f64 / fhir_s,
                                "files": files_json(&files_of(&dir.path().join("fhir")))},
                "csv_export": {"seconds": csv_s, "rows": rows, "rows_per_s": rows as f64 / csv_s},
            }),
        );
    }
    for l in &lines {
        println!("{l}");
    }
    let out = json!({
        "members": MEMBERS,
        "responses": responses,
        "targets": {"report_s": 2.0, "fhir_resources_per_s": 20000},
        "machine": {"cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0)},
        "results": results,
    });
    let path = hubkit::repo_root().join("bench-results/reports.json");
    std::fs::write(&path, serde_json::to_string_pretty(&out).expect("json")).expect("write results");
    println!("wrote {}", path.display());
}

fn files_of(dir: &std::path::Path) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| (e.file_name().to_string_lossy().into_owned(), e.metadata().map(|m| m.len()).unwrap_or(0))).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn files_json(files: &[(String, u64)]) -> serde_json::Value {
    json!(files.iter().map(|(n, b)| json!({"name": n, "bytes": b})).collect::<Vec<_>>())
}
