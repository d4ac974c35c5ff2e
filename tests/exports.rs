//! The hub's exports of a synthetic population, through the real `intake-hub export` command: the CSV's
//! bytes (BOM, UTF-8 in every script, RFC 4180 quoting, CRLF, formulas defused, what an analyst may see),
//! and FHIR R4 NDJSON validated by an independent validator (tests/fhir/validate.py, fhir.resources 6.1.0
//! for FHIR 4.0.1) on SQLite and PostgreSQL. Every export must leave a line in the audit log.

mod hubkit;
mod synth;

use std::path::{Path, PathBuf};
use std::process::Command;

use hubkit::{binary, repo_root, Backend};
use intake_hub::Hub;
use intake_model::{Answer, AnswerValue, Coding, MemberIdentity, MemberVersion};
use intake_wire::Record;

/// Names in the scripts the app's locales use, with the characters CSV must quote.
const NAMES: [(&str, &str); 9] = [
    ("محمد", "العربي"),
    ("伟", "陈"),
    ("Ольга", "Иванова"),
    ("सीता", "शर्मा"),
    ("አበበ", "ከበደ"),
    ("សុខា", "ចាន់"),
    ("Nguyễn, Thị", "Lan \"Lani\""),
    ("Ἑλένη", "Παπαδοπούλου"),
    ("ທອງ", "ສີສະຫວັດ"),
];

fn export(backend: &Backend, format: &str, out: &Path, role: &str) -> String {
    let result = Command::new(binary("intake-hub"))
        .args(["--db", backend.url(), "export", format, "--out"])
        .arg(out)
        .args(["--role", role])
        .output()
        .expect("intake-hub runs");
    let stdout = String::from_utf8_lossy(&result.stdout).into_owned();
    assert!(result.status.success(), "export {format} failed: {}", String::from_utf8_lossy(&result.stderr));
    stdout
}

fn members_with_names() -> Vec<Record> {
    let mut records = Vec::new();
    for (i, (given, family)) in NAMES.iter().enumerate() {
        let member_id = intake_model::new_id();
        let at = synth::now() - chrono::Duration::days(3);
        records.push(Record::Member(MemberVersion {
            version_id: intake_model::new_id(),
            member_id,
            supersedes: None,
            identity: MemberIdentity {
                given_name: (*given).into(),
                family_name: (*family).into(),
                date_of_birth: chrono::NaiveDate::from_ymd_opt(1970 + i as i32, 1, 2).expect("date"),
                masshealth_id: Some(format!("9{i:011}")),
                mrn: None,
            },
            site: "north".into(),
            recorded_by: "chw-north-0".into(),
            recorded_at: at,
            device_id: uuid::Uuid::nil(),
        }));
        // A write-in that a spreadsheet would run as a formula.
        let mut r = synth_response(member_id, at);
        r.answers = vec![
            Answer::value("race-ethnicity", AnswerValue::Codes(vec![Coding::new("urn:oid:2.16.840.1.113883.6.238", "local:another-group")])),
            Answer::value("race-ethnicity-other", AnswerValue::Text(format!("=HYPERLINK(\"x\") {family}"))),
        ];
        records.push(Record::Response(r));
    }
    records
}

fn synth_response(member_id: uuid::Uuid, at: chrono::DateTime<chrono::Utc>) -> intake_model::Response {
    let version = intake_model::instrument::all().expect("instruments").iter().find(|i| i.id == "demographics").expect("demographics").version.clone();
    intake_model::Response {
        id: intake_model::new_id(),
        member_id,
        instrument_id: "demographics".into(),
        instrument_version: version,
        wording_version: "1".into(),
        locale: "en".into(),
        translation_status: intake_model::TranslationStatus::Reference,
        mode: intake_model::Mode::InPerson,
        interpreter_used: false,
        respondent: intake_model::Respondent::SelfReported,
        consent: intake_model::Consent { screening: true, share_for_referral: false },
        collected_by: "chw-north-0".into(),
        device_id: uuid::Uuid::nil(),
        started_at: at,
        completed_at: at,
        supersedes: None,
        answers: Vec::new(),
    }
}

/// The named members arrive a day after the synthetic population (a later batch), so `--since` can tell
/// them apart.
fn load_names(hub: &Hub) {
    let records = members_with_names();
    let received = (synth::now() + chrono::Duration::days(1)).format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
    hub.db()
        .with_tx(|tx| -> Result<(), intake_hub::HubError> {
            intake_hub::ingest::insert_records(tx, &records, "names", "north")?;
            tx.exec(
                "INSERT INTO batches (batch_id, device_id, sequence, received_at, record_count, records_new, receipt_body, receipt_signature) \
                 VALUES ('names', '00000000-0000-0000-0000-0000000000ff', 1, ?1, 18, 18, '', '')",
                &[received.into()],
            )?;
            Ok(())
        })
        .expect("insert");
}

#[test]
fn the_csv_opens_with_the_right_characters_in_every_script() {
    let backend = Backend::sqlite();
    let population = synth::population(200, 17);
    {
        let hub = Hub::open(backend.url()).expect("hub");
        synth::load(&hub, &population, synth::now());
        load_names(&hub);
    }
    let dir = tempfile::tempdir().expect("dir");
    let out = export(&backend, "csv", dir.path(), "admin");
    assert!(out.contains(&format!("members.csv: {}", population.truth.len() + NAMES.len())), "{out}");

    let bytes = std::fs::read(dir.path().join("members.csv")).expect("members.csv");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 byte-order mark first");
    let text = std::str::from_utf8(&bytes[3..]).expect("valid UTF-8 after the BOM");
    assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'), "CRLF line ends only");
    for (given, family) in NAMES {
        // Each name's own bytes are in the file: no transcoding, no replacement characters.
        for name in [given, family] {
            let quoted = name.contains([',', '"']);
            let expected = if quoted { format!("\"{}\"", name.replace('"', "\"\"")) } else { name.to_owned() };
            assert!(text.contains(&expected), "{name} as {expected}");
        }
    }
    assert!(!text.contains('\u{FFFD}'));
    // A reader that follows RFC 4180 gets the exact values back, and the formula is defused.
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = reader.headers().expect("header").clone();
    let col = |n: &str| header.iter().position(|h| h == n).unwrap_or_else(|| panic!("column {n}"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let viet = rows.iter().find(|r| &r[col("given_name")] == "Nguyễn, Thị").expect("the row with a comma in the name");
    assert_eq!(&viet[col("family_name")], "Lan \"Lani\"");
    assert!(viet[col("race-ethnicity-other")].starts_with("'=HYPERLINK"), "{}", &viet[col("race-ethnicity-other")]);
    assert_eq!(&viet[col("race-ethnicity-other_method")], "self-reported");
    assert!(rows.iter().all(|r| r.len() == header.len()), "every row has every column");

    // An analyst's export leaves identifiers and free text out.
    let analyst = tempfile::tempdir().expect("dir");
    export(&backend, "csv", analyst.path(), "analyst");
    let text = std::fs::read_to_string(analyst.path().join("members.csv")).expect("members.csv");
    for (given, family) in NAMES {
        assert!(!text.contains(given) && !text.contains(family), "{given} {family} in an analyst export");
    }
    assert!(text.contains("[text]") && !text.contains("masshealth_id"));
    for file in ["responses.csv", "needs.csv", "follow_ups.csv"] {
        assert!(std::fs::read(analyst.path().join(file)).expect("file").starts_with(b"\xEF\xBB\xBF"), "{file}");
    }
    // Incremental: only what reached the hub after the cutoff (the named members' later batch).
    let since = tempfile::tempdir().expect("dir");
    let out = Command::new(binary("intake-hub"))
        .args(["--db", backend.url(), "export", "csv", "--since"])
        .arg((synth::now() + chrono::Duration::hours(1)).to_rfc3339())
        .arg("--out")
        .arg(since.path())
        .output()
        .expect("runs");
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(listed.contains(&format!("members.csv: {}", NAMES.len())) && listed.contains(&format!("responses.csv: {}", NAMES.len())), "{listed}");

    // FHIR carries identified records, so it is refused to an analyst.
    let refused = Command::new(binary("intake-hub"))
        .args(["--db", backend.url(), "export", "fhir", "--role", "analyst", "--out"])
        .arg(analyst.path().join("fhir"))
        .output()
        .expect("runs");
    assert!(!refused.status.success());

    let audit = Hub::open(backend.url()).expect("hub").audit_log(10).expect("audit");
    let exports: Vec<_> = audit.iter().filter(|e| e.action.starts_with("export-")).collect();
    assert_eq!(exports.len(), 4, "{audit:?}");
    assert!(exports.iter().any(|e| e.detail.contains("failed")), "the refused export is audited too");
}

fn python() -> PathBuf {
    std::env::var_os("INTAKE_PYTHON").map(PathBuf::from).unwrap_or_else(|| repo_root().join("target/py/bin/python"))
}

#[test]
fn every_exported_fhir_resource_validates_as_r4_on_sqlite_and_postgres() {
    let population = synth::population(300, 19);
    for backend in Backend::both() {
        {
            let hub = Hub::open(backend.url()).expect("hub");
            synth::load(&hub, &population, synth::now());
            load_names(&hub);
        }
        let dir = tempfile::tempdir().expect("dir");
        let out = export(&backend, "fhir", dir.path(), "admin");
        assert!(out.contains(&format!("Patient.ndjson: {}", population.truth.len() + NAMES.len())), "{}: {out}", backend.name());
        let result = Command::new(python()).arg(repo_root().join("tests/fhir/validate.py")).arg(dir.path()).output().expect("python");
        let stdout = String::from_utf8_lossy(&result.stdout);
        assert!(result.status.success(), "{}: the validator refused the export:\n{stdout}\n{}", backend.name(), String::from_utf8_lossy(&result.stderr));
        assert!(stdout.contains("validated"), "{stdout}");
    }
}
