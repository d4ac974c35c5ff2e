//! Benchmark of sync (issue 6): `cargo build --release -p intake-hub && cargo bench -p intake-e2e --bench sync`.
//! 1. End to end, device to verified receipt: a real device store with 10,000 screenings (5,000 synthetic
//!    members, each with a demographics and an AHC HRSN response, their needs) synced over loopback HTTP to
//!    the real `intake-hub` binary, on SQLite and on PostgreSQL. Records per second.
//! 2. Hub ingest alone (in process, no HTTP): sealed batches of the same kind of records through
//!    `Hub::ingest` (decode, device and signature check, replay check, HPKE open, decompress, validate, insert,
//!    sign the receipt) beside the raw insert of the same rows into the same database
//!    (`insert_records`, one transaction per batch). The ratio is what sealing and checking cost.
//! 3. Load: 50 devices with a day's work each, syncing at once: throughput and p50/p99 per-device latency.
//!
//! Prints a table and writes bench-results/sync.json.

#[path = "../hubkit.rs"]
mod hubkit;

use std::time::Instant;

use hubkit::{Backend, Device, HubProcess};
use intake_hub::Hub;
use intake_model::{AbsentReason, Answer, AnswerValue, Coding, Consent, MemberIdentity, MemberVersion, Mode, Need, Respondent, Response, TranslationStatus};
use intake_wire::{seal_batch, BatchPayload, DeviceKey, EnrollRequest, Record};
use serde_json::json;

const SCREENINGS: usize = 10_000;
const BATCH: usize = intake_core::BATCH_RECORDS;

fn main() {
    if std::env::var_os("INTAKE_HUB_BIN").is_none() {
        let hub = hubkit::repo_root().join("target/release/intake-hub");
        assert!(hub.exists(), "build the release hub first: cargo build --release -p intake-hub");
        std::env::set_var("INTAKE_HUB_BIN", hub);
    }
    let mut results = serde_json::Map::new();
    let mut lines = Vec::new();

    // 1. End to end.
    let t = Instant::now();
    let mut template = Device::new("Bench Center (synthetic)");
    template.add_work(SCREENINGS / 2, 42);
    let records = template.pending();
    eprintln!("device store with {records} records ({} s to create)", t.elapsed().as_secs());
    for backend in [Backend::sqlite(), Backend::postgres()] {
        let copy = tempfile::tempdir().expect("temp dir");
        copy_dir(&template.store_dir(), &copy.path().join("store"));
        let mut dev = Device { session: intake_core::Store::at(copy.path().join("store")).sign_in("sup", hubkit::PIN).expect("sign in"), dir: copy };
        let hub = HubProcess::start(&backend);
        dev.enroll(&backend, &hub);
        let t = Instant::now();
        let summary = dev.session.sync(&mut |_| {}).expect("sync");
        let secs = t.elapsed().as_secs_f64();
        assert_eq!(summary.records as i64, records);
        let rate = summary.records as f64 / secs;
        lines.push(format!("end to end on {:8}: {} records ({} screenings) in {secs:.1} s = {rate:.0} records/s", backend.name(), summary.records, SCREENINGS));
        results.insert(format!("end_to_end_{}", backend.name()), json!({ "records": summary.records, "screenings": SCREENINGS, "batches": summary.batches, "seconds": secs, "records_per_second": rate }));
    }

    // 2. Ingest against raw insert, in process.
    for backend in [Backend::sqlite(), Backend::postgres()] {
        let hub = Hub::open(backend.url()).expect("hub");
        let key = DeviceKey::generate(&mut rand::rngs::OsRng);
        let device_id = intake_model::new_id();
        let code = hub.create_enroll_code("Bench", chrono::Duration::hours(1)).expect("code");
        let reply = hub.enroll(&EnrollRequest::new(&code, device_id, &key.public(), "bench")).expect("enroll");
        let (answer, _) = reply.open(&code, &key.public()).expect("answer");
        let batches: Vec<Vec<Record>> = synthetic_records(device_id, SCREENINGS).chunks(BATCH).map(<[Record]>::to_vec).collect();
        let n: usize = batches.iter().map(Vec::len).sum();

        let t = Instant::now();
        let sealed: Vec<Vec<u8>> = batches
            .iter()
            .enumerate()
            .map(|(i, records)| {
                let payload = BatchPayload { records: records.clone() };
                seal_batch(intake_model::new_id(), device_id, i as u64 + 1, chrono::Utc::now(), &payload, &answer.hub_key, &key, &mut rand::rngs::OsRng)
                    .expect("seal")
                    .bytes
            })
            .collect();
        let seal_secs = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for bytes in &sealed {
            hub.ingest(bytes).expect("accepted");
        }
        let ingest_secs = t.elapsed().as_secs_f64();

        let raw_backend = match backend {
            Backend::Sqlite { .. } => Backend::sqlite(),
            Backend::Postgres { .. } => Backend::postgres(),
        };
        let raw = Hub::open(raw_backend.url()).expect("raw hub");
        let t = Instant::now();
        for (i, records) in batches.iter().enumerate() {
            raw.db()
                .with_tx(|tx| intake_hub::ingest::insert_records(tx, records, &format!("raw-{i}"), "Bench"))
                .expect("raw insert");
        }
        let raw_secs = t.elapsed().as_secs_f64();
        let (ingest_rate, raw_rate, seal_rate) = (n as f64 / ingest_secs, n as f64 / raw_secs, n as f64 / seal_secs);
        lines.push(format!(
            "hub ingest on {:8}: {ingest_rate:.0} records/s; raw insert {raw_rate:.0} records/s; ingest/raw = {:.2}; device sealing {seal_rate:.0} records/s",
            backend.name(),
            ingest_rate / raw_rate
        ));
        results.insert(
            format!("ingest_{}", backend.name()),
            json!({ "records": n, "batches": sealed.len(), "ingest_records_per_second": ingest_rate, "raw_insert_records_per_second": raw_rate, "ingest_over_raw": ingest_rate / raw_rate, "seal_records_per_second": seal_rate }),
        );
    }

    // 3. Load.
    for backend in [Backend::sqlite(), Backend::postgres()] {
        let hub = HubProcess::start(&backend);
        let report = hubkit::load(&backend, &hub, 50, 12);
        assert_eq!(report.failures, 0);
        let (p50, p99) = (report.percentile(0.5).as_secs_f64() * 1000.0, report.percentile(0.99).as_secs_f64() * 1000.0);
        lines.push(format!(
            "50 devices at once on {:8}: {} records in {:.2} s = {:.0} records/s; per-device sync p50 {p50:.0} ms, p99 {p99:.0} ms",
            backend.name(),
            report.records,
            report.wall.as_secs_f64(),
            report.records_per_second()
        ));
        results.insert(
            format!("load_{}", backend.name()),
            json!({ "devices": 50, "records": report.records, "batches": report.batches, "seconds": report.wall.as_secs_f64(), "records_per_second": report.records_per_second(), "p50_ms": p50, "p99_ms": p99 }),
        );
    }

    for l in &lines {
        println!("{l}");
    }
    let out = hubkit::repo_root().join("bench-results/sync.json");
    let doc = json!({ "profile": if cfg!(debug_assertions) { "debug" } else { "release" }, "machine": "2 cores, see /work/.library/env", "results": results });
    std::fs::write(&out, serde_json::to_string_pretty(&doc).expect("json") + "\n").expect("write results");
    println!("written to {}", out.display());
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// `screenings` synthetic screenings as records: per member, a member version, a demographics response
/// with 9 answers, an AHC HRSN response with 12 answers (one declined) and a food need. Made-up values.
fn synthetic_records(device_id: uuid::Uuid, screenings: usize) -> Vec<Record> {
    let now = chrono::Utc::now();
    let mut out = Vec::new();
    for i in 0..screenings / 2 {
        let member_id = intake_model::new_id();
        out.push(Record::Member(MemberVersion {
            version_id: intake_model::new_id(),
            member_id,
            supersedes: None,
            identity: MemberIdentity {
                given_name: format!("Synthetic{i}"),
                family_name: "Benchmark".into(),
                date_of_birth: chrono::NaiveDate::from_ymd_opt(1950 + (i % 50) as i32, 1 + (i % 12) as u32, 1 + (i % 28) as u32).expect("date"),
                masshealth_id: Some(format!("{:012}", 100_000_000_000u64 + i as u64)),
                mrn: None,
            },
            site: "Bench".into(),
            recorded_by: "bench".into(),
            recorded_at: now,
            device_id,
        }));
        for (instrument, version, items) in [("demographics", "2026.1", 9), ("ahc-core", "2018", 12)] {
            let answers = (0..items)
                .map(|k| {
                    if k == 3 {
                        Answer::absent(format!("{instrument}.item-{k}"), AbsentReason::AskedDeclined)
                    } else {
                        Answer::value(format!("{instrument}.item-{k}"), AnswerValue::Code(Coding { system: "http://loinc.org".into(), code: "LA33-6".into() }))
                    }
                })
                .collect();
            let response = Response {
                id: intake_model::new_id(),
                member_id,
                instrument_id: instrument.into(),
                instrument_version: version.into(),
                wording_version: version.into(),
                locale: "es".into(),
                translation_status: TranslationStatus::Draft,
                mode: Mode::InPerson,
                interpreter_used: false,
                respondent: Respondent::SelfReported,
                consent: Consent { screening: true, share_for_referral: true },
                collected_by: "bench".into(),
                device_id,
                started_at: now,
                completed_at: now,
                supersedes: None,
                answers,
            };
            if instrument == "ahc-core" {
                out.push(Record::Need(Need {
                    id: intake_model::new_id(),
                    member_id,
                    response_id: response.id,
                    domain: "food".into(),
                    opened_by: "bench".into(),
                    opened_at: now,
                }));
            }
            out.push(Record::Response(response));
        }
    }
    out
}
