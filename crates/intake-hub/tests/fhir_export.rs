//! The FHIR R4 NDJSON export, end to end: synthetic members and responses stored as ingest stores them,
//! exported, and checked by the independent validator (`tests/fhir/validate.py`, fhir.resources 6.1.0 for
//! FHIR 4.0.1 plus the US Core race and ethnicity rules). The same scenario runs on SQLite and PostgreSQL
//! (`INTAKE_TEST_PG`, default `postgres://postgres@127.0.0.1:5432/test`; scripts/test starts one).
//! The validator runs in `target/py` (scripts/setup installs it); `INTAKE_PYTHON` may name another
//! interpreter.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use intake_hub::db::Value;
use intake_hub::Hub;
use intake_model::{
    AbsentReason, Answer, AnswerValue, Coding, Consent, MemberIdentity, MemberVersion, Mode, Respondent, Response, Retraction,
    TranslationStatus,
};
use intake_wire::Record;
use serde_json::Value as Json;
use uuid::Uuid;

const CDC: &str = "urn:oid:2.16.840.1.113883.6.238";
const LOINC: &str = "http://loinc.org";
const LOCAL: &str = "urn:equity-intake:local";
const DIGITAL: &str = "urn:equity-intake:digital-access";
const DEVICE: Uuid = Uuid::from_u128(0xd);
const SITE: &str = "test-site";

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, day, 10, 0, 0).single().expect("time")
}

fn member_id(n: u128) -> Uuid {
    Uuid::from_u128(0x1000 + n)
}

fn response_id(n: u128) -> Uuid {
    Uuid::from_u128(0x2000 + n)
}

fn member(n: u128, version: u128, family: &str, day: u32) -> Record {
    Record::Member(MemberVersion {
        version_id: Uuid::from_u128(0x3000 + version),
        member_id: member_id(n),
        supersedes: None,
        identity: MemberIdentity {
            given_name: "Test".into(),
            family_name: family.into(),
            date_of_birth: NaiveDate::from_ymd_opt(1980, 1, 2).expect("date"),
            masshealth_id: (n == 1).then(|| "100000000001".into()),
            mrn: (n == 1).then(|| "MRN-0001".into()),
        },
        site: SITE.into(),
        recorded_by: "chw".into(),
        recorded_at: at(day),
        device_id: DEVICE,
    })
}

fn response(n: u128, member: u128, instrument: (&str, &str), day: u32, respondent: Respondent, answers: Vec<Answer>) -> Response {
    Response {
        id: response_id(n),
        member_id: member_id(member),
        instrument_id: instrument.0.into(),
        instrument_version: instrument.1.into(),
        wording_version: "test".into(),
        locale: "en".into(),
        translation_status: TranslationStatus::Reference,
        mode: Mode::InPerson,
        interpreter_used: false,
        respondent,
        consent: Consent { screening: true, share_for_referral: false },
        collected_by: "chw".into(),
        device_id: DEVICE,
        started_at: at(day),
        completed_at: at(day),
        supersedes: None,
        answers,
    }
}

const DEMOGRAPHICS: (&str, &str) = ("demographics", "2026.1");
const AHC: (&str, &str) = ("ahc-core", "2018");
const DIGITAL_ACCESS: (&str, &str) = ("digital-access", "1");

fn race(codes: &[(&str, &str)]) -> Answer {
    Answer::value("race-ethnicity", AnswerValue::Codes(codes.iter().map(|(s, c)| Coding::new(*s, *c)).collect()))
}

fn code(item: &str, system: &str, code: &str) -> Answer {
    Answer::value(item, AnswerValue::Code(Coding::new(system, code)))
}

fn retraction(n: u128, response: u128, day: u32) -> Record {
    Record::Retraction(Retraction {
        id: Uuid::from_u128(0x4000 + n),
        response_id: response_id(response),
        reason: "entered in error".into(),
        recorded_by: "chw".into(),
        recorded_at: at(day),
    })
}

/// The first batch (received 2026-01-10): six members, demographics in every shape, a screening, a
/// correction and a retraction.
fn first_batch() -> Vec<Record> {
    let proxy = Respondent::ReportedByRelatedPerson { relationship: "mother".into() };
    let mut corrected = response(
        2,
        1,
        DEMOGRAPHICS,
        4,
        Respondent::SelfReported,
        vec![
            race(&[(CDC, "2106-3"), (CDC, "2028-9"), (CDC, "2034-7")]),
            code("language-spoken", "urn:ietf:bcp:47", "es"),
            code("hearing", LOINC, "LA32-8"),
            code("seeing", LOINC, "LA33-6"),
            code("sexual-orientation", "http://snomed.info/sct", "20430005"),
            code("gender-identity", "http://snomed.info/sct", "446141000124107"),
            code("sex-at-birth", "http://terminology.hl7.org/CodeSystem/v3-AdministrativeGender", "F"),
            code("pronouns", LOINC, "LA29519-8"),
        ],
    );
    corrected.supersedes = Some(response_id(1));
    vec![
        member(1, 1, "Member", 1),
        member(1, 2, "Member-Renamed", 2),
        // Superseded by response 2.
        Record::Response(response(1, 1, DEMOGRAPHICS, 3, Respondent::SelfReported, vec![race(&[(CDC, "2106-3")])])),
        Record::Response(corrected),
        member(2, 3, "Member Two", 1),
        Record::Response(response(3, 2, DEMOGRAPHICS, 3, proxy, vec![race(&[(CDC, "2135-2"), (CDC, "2180-8"), (CDC, "2054-5")])])),
        member(3, 4, "Member Three", 1),
        Record::Response(response(
            4,
            3,
            DEMOGRAPHICS,
            3,
            Respondent::SelfReported,
            vec![Answer::absent("race-ethnicity", AbsentReason::AskedDeclined)],
        )),
        // Retracted: member 3's race stays "declined".
        Record::Response(response(5, 3, DEMOGRAPHICS, 5, Respondent::SelfReported, vec![race(&[(CDC, "2135-2")])])),
        retraction(1, 5, 6),
        member(4, 5, "Member Four", 1),
        Record::Response(response(
            6,
            4,
            DEMOGRAPHICS,
            3,
            Respondent::SelfReported,
            vec![
                Answer::absent("race-ethnicity", AbsentReason::AskedUnknown),
                Answer::absent("sexual-orientation", AbsentReason::AskedDeclined),
            ],
        )),
        member(5, 6, "Member Five", 1),
        Record::Response(response(
            7,
            5,
            AHC,
            3,
            Respondent::SelfReported,
            vec![
                code("living-situation", LOINC, "LA31994-9"),
                Answer::value(
                    "housing-problems",
                    AnswerValue::Codes(vec![Coding::new(LOINC, "LA28580-1"), Coding::new(LOINC, "LA32001-2")]),
                ),
                code("food-worry", LOINC, "LA6729-3"),
                code("food-ran-out", LOINC, "LA28398-8"),
                code("transportation", LOINC, "LA33-6"),
                Answer::absent("utilities", AbsentReason::AskedDeclined),
                code("safety-hurt", LOINC, "LA6270-8"),
                code("safety-insult", LOINC, "LA6482-9"),
                code("safety-threaten", LOINC, "LA6482-9"),
                code("safety-scream", LOINC, "LA16644-9"),
            ],
        )),
        Record::Response(response(
            8,
            5,
            DIGITAL_ACCESS,
            3,
            Respondent::SelfReported,
            vec![
                code("internet-home", DIGITAL, "internet-none"),
                Answer::value("devices", AnswerValue::Codes(vec![Coding::new(DIGITAL, "device-none")])),
                code("confidence", DIGITAL, "confidence-a-little"),
                code("help-available", LOINC, "LA32-8"),
                Answer::absent("portal-account", AbsentReason::AskedUnknown),
            ],
        )),
        member(6, 7, "Member Six", 1),
        Record::Response(response(
            9,
            6,
            DEMOGRAPHICS,
            3,
            Respondent::SelfReported,
            vec![
                race(&[(CDC, "2118-8"), (CDC, "2123-8"), (LOCAL, "another-group")]),
                Answer::value("race-ethnicity-other", AnswerValue::Text("Test write-in group".into())),
            ],
        )),
    ]
}

/// The second batch (received 2026-01-20): a proxy screening for member 2, a new member whose race was not
/// asked, and the retraction of member 4's only demographics response.
fn second_batch() -> Vec<Record> {
    let proxy = Respondent::ReportedByRelatedPerson { relationship: "mother".into() };
    vec![
        Record::Response(response(
            10,
            2,
            AHC,
            16,
            proxy,
            vec![code("living-situation", LOINC, "LA31993-1"), code("food-worry", LOINC, "LA28397-0")],
        )),
        member(7, 8, "Member Seven", 16),
        Record::Response(response(
            11,
            7,
            DEMOGRAPHICS,
            16,
            Respondent::SelfReported,
            vec![Answer::absent("race-ethnicity", AbsentReason::NotAsked)],
        )),
        retraction(2, 6, 17),
    ]
}

fn store(hub: &Hub, batch: &str, sequence: i64, received: DateTime<Utc>, records: &[Record]) {
    hub.db()
        .with_tx(|tx| -> Result<(), intake_hub::HubError> {
            intake_hub::ingest::insert_records(tx, records, batch, SITE)?;
            tx.exec(
                "INSERT INTO batches (batch_id, device_id, sequence, received_at, record_count, records_new, receipt_body,
                 receipt_signature) VALUES (?1, ?2, ?3, ?4, ?5, ?5, '{}', '')",
                &[
                    batch.into(),
                    DEVICE.to_string().into(),
                    Value::Int(sequence),
                    received.to_rfc3339_opts(chrono::SecondsFormat::Micros, true).into(),
                    Value::Int(records.len() as i64),
                ],
            )?;
            Ok(())
        })
        .expect("store batch");
}

fn read(dir: &Path, name: &str) -> Vec<Json> {
    std::fs::read_to_string(dir.join(name))
        .expect("read export")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON resource per line"))
        .collect()
}

fn ids(resources: &[Json]) -> BTreeSet<String> {
    resources.iter().map(|r| r["id"].as_str().expect("id").to_owned()).collect()
}

fn find<'a>(resources: &'a [Json], id: &str) -> &'a Json {
    resources.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("no resource {id}"))
}

fn extension<'a>(resource: &'a Json, url: &str) -> Option<&'a Json> {
    resource["extension"].as_array()?.iter().find(|e| e["url"].as_str().is_some_and(|u| u.ends_with(url)))
}

/// The sub-extension values of a US Core race or ethnicity extension, as `url=code` or `text=...`.
fn omb(patient: &Json, url: &str) -> Vec<String> {
    let Some(ext) = extension(patient, url) else { return Vec::new() };
    ext["extension"]
        .as_array()
        .expect("sub-extensions")
        .iter()
        .map(|e| match e["url"].as_str() {
            Some("text") => format!("text={}", e["valueString"].as_str().expect("text")),
            Some(url) => format!("{url}={}", e["valueCoding"]["code"].as_str().expect("code")),
            None => panic!("sub-extension without url"),
        })
        .collect()
}

fn repo_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Runs the independent validator on `dir`: (exit status success, stdout).
fn validate(dir: &Path) -> (bool, String) {
    let python = std::env::var_os("INTAKE_PYTHON").map(PathBuf::from).unwrap_or_else(|| repo_root().join("target/py/bin/python"));
    let out = Command::new(&python)
        .arg(repo_root().join("tests/fhir/validate.py"))
        .arg(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {} (scripts/setup installs it): {e}", python.display()));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("ModuleNotFoundError"), "the validator needs fhir.resources (scripts/setup installs it): {stderr}");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

fn scenario(url: &str, work: &Path) {
    let hub = Hub::open(url).expect("open hub");
    store(&hub, "batch-1", 1, at(10), &first_batch());
    store(&hub, "batch-2", 2, at(20), &second_batch());

    // ---- the full export
    let full = work.join("full");
    let files = intake_hub::export::fhir::write(hub.db(), &full, None).expect("export");
    let (ok, report) = validate(&full);
    assert!(ok, "the validator refused the export:\n{report}");
    let patients = read(&full, "Patient.ndjson");
    let questionnaires = read(&full, "QuestionnaireResponse.ndjson");
    let observations = read(&full, "Observation.ndjson");
    let names: Vec<(&str, u64)> = files.iter().map(|f| (f.name.as_str(), f.records)).collect();
    assert_eq!(
        names,
        [
            ("Patient.ndjson", patients.len() as u64),
            ("QuestionnaireResponse.ndjson", questionnaires.len() as u64),
            ("Observation.ndjson", observations.len() as u64)
        ]
    );
    assert_eq!(ids(&patients), (1..=7).map(|n| member_id(n).to_string()).collect());

    // Retracted (5, 6) and superseded (1) responses are absent, with every Observation derived from them.
    let exported: BTreeSet<String> = [2, 3, 4, 7, 8, 9, 10, 11].iter().map(|n| response_id(*n).to_string()).collect();
    assert_eq!(ids(&questionnaires), exported);
    for o in &observations {
        let from = o["derivedFrom"][0]["reference"].as_str().expect("derivedFrom");
        assert!(exported.contains(from.trim_start_matches("QuestionnaireResponse/")), "{from}");
    }
    // Deterministic order: by member, then completed_at.
    let order: Vec<String> = questionnaires.iter().map(|q| q["id"].as_str().expect("id").to_owned()).collect();
    let expected: Vec<String> = [2, 3, 10, 4, 7, 8, 9, 11].iter().map(|n| response_id(*n).to_string()).collect();
    assert_eq!(order, expected);

    // Patients: the latest version, identifiers, and race and ethnicity from the latest kept answer.
    let one = find(&patients, &member_id(1).to_string());
    assert_eq!(one["name"][0]["family"], "Member-Renamed");
    assert_eq!(one["birthDate"], "1980-01-02");
    assert_eq!(one["identifier"][0]["system"], "urn:equity-intake:masshealth-id");
    assert_eq!(one["identifier"][1]["system"], "urn:equity-intake:mrn:test-site");
    assert!(one.get("meta").is_none(), "no US Core profile claimed: the app does not collect administrative gender");
    assert_eq!(omb(one, "us-core-race"), ["ombCategory=2028-9", "ombCategory=2106-3", "detailed=2034-7", "text=Asian, White"]);
    assert_eq!(omb(one, "us-core-ethnicity"), ["ombCategory=2186-5", "text=Not Hispanic or Latino"]);
    let two = find(&patients, &member_id(2).to_string());
    assert_eq!(omb(two, "us-core-race"), ["ombCategory=2054-5", "text=Black or African American, Hispanic or Latino"]);
    assert_eq!(omb(two, "us-core-ethnicity"), ["ombCategory=2135-2", "detailed=2180-8", "text=Hispanic or Latino"]);
    let three = find(&patients, &member_id(3).to_string());
    assert_eq!(omb(three, "us-core-race"), ["ombCategory=ASKU", "text=Declined"], "the retracted Hispanic answer does not count");
    assert_eq!(omb(three, "us-core-ethnicity"), ["ombCategory=ASKU", "text=Declined"]);
    let four = find(&patients, &member_id(4).to_string());
    assert!(four.get("extension").is_none(), "member 4's only race answer was retracted");
    assert!(find(&patients, &member_id(5).to_string()).get("extension").is_none(), "never asked");
    let six = find(&patients, &member_id(6).to_string());
    assert_eq!(
        omb(six, "us-core-race"),
        ["ombCategory=2106-3", "detailed=2118-8", "detailed=2123-8", "text=Middle Eastern or North African, Another group"]
    );
    assert!(find(&patients, &member_id(7).to_string()).get("extension").is_none(), "not asked");

    // QuestionnaireResponses: LOINC panel or local canonical; a proxy has no source but its relationship.
    let screening = find(&questionnaires, &response_id(7).to_string());
    assert_eq!(screening["questionnaire"], "http://loinc.org/q/96777-8");
    assert_eq!(screening["source"]["reference"], format!("Patient/{}", member_id(5)));
    let by_proxy = find(&questionnaires, &response_id(3).to_string());
    assert_eq!(by_proxy["questionnaire"], "urn:equity-intake:questionnaire:demographics|2026.1");
    assert!(by_proxy.get("source").is_none());
    assert_eq!(extension(by_proxy, "respondent-relationship").expect("relationship")["valueString"], "mother");
    assert_eq!(by_proxy["item"][0]["answer"].as_array().expect("answers").len(), 3, "every selection is kept");
    let declined = find(&questionnaires, &response_id(4).to_string());
    assert_eq!(declined["item"][0]["extension"][0]["valueCode"], "asked-declined");
    assert!(declined["item"][0].get("answer").is_none());

    // Observations: codes, categories, need interpretation, method, write-ins.
    let obs = |response: u128, item: &str| find(&observations, &format!("{}-{item}", response_id(response)));
    let pos = |o: &Json| o.get("interpretation").is_some();
    assert!(pos(obs(7, "food-worry")) && !pos(obs(7, "food-ran-out")));
    assert!(pos(obs(7, "housing-problems")) && pos(obs(7, "living-situation")) && pos(obs(7, "transportation")));
    assert!(!pos(obs(7, "safety-hurt")) && pos(obs(7, "safety-insult")));
    assert_eq!(find(&observations, &format!("{}.total-interpersonal-safety", response_id(7)))["valueInteger"], 15);
    assert_eq!(obs(7, "utilities")["dataAbsentReason"]["coding"][0]["code"], "asked-declined");
    assert!(pos(obs(8, "internet-home")) && pos(obs(8, "devices")) && pos(obs(8, "confidence")) && pos(obs(8, "help-available")));
    let categories = |o: &Json| -> Vec<String> {
        o["category"].as_array().expect("category").iter().map(|c| c["coding"][0]["code"].as_str().expect("code").to_owned()).collect()
    };
    assert_eq!(categories(obs(8, "internet-home")), ["survey", "sdoh", "digital-access"]);
    assert_eq!(categories(obs(8, "confidence")), ["survey", "sdoh", "digital-literacy"]);
    assert_eq!(categories(obs(7, "safety-scream")), ["survey", "sdoh", "intimate-partner-violence"]);
    assert_eq!(categories(obs(2, "sexual-orientation")), ["survey", "social-history", "personal-characteristic"]);
    assert_eq!(categories(obs(2, "hearing")), ["survey", "disability-status"]);
    assert_eq!(obs(2, "gender-identity")["code"]["coding"][0]["code"], "76691-5");
    assert_eq!(
        obs(2, "race-ethnicity")["code"]["coding"][0],
        serde_json::json!({"system": "urn:equity-intake:item", "code": "demographics/race-ethnicity"})
    );
    assert_eq!(obs(3, "race-ethnicity")["method"]["coding"][0]["code"], "reported-by-related-person");
    assert_eq!(obs(2, "race-ethnicity")["method"]["coding"][0]["code"], "self-reported");
    assert_eq!(obs(9, "race-ethnicity-other")["valueString"], "Test write-in group");

    // ---- the incremental export: what arrived after 2026-01-15 (the second batch)
    let since = work.join("since");
    intake_hub::export::fhir::write(hub.db(), &since, Some(at(15))).expect("incremental export");
    let (ok, report) = validate(&since);
    assert!(ok, "the validator refused the incremental export:\n{report}");
    assert_eq!(
        ids(&read(&since, "Patient.ndjson")),
        [2, 4, 7].iter().map(|n| member_id(*n).to_string()).collect(),
        "members with a new response, a new version, or a new retraction"
    );
    let two_since = read(&since, "Patient.ndjson").into_iter().find(|p| p["id"] == member_id(2).to_string()).expect("member 2");
    assert_eq!(omb(&two_since, "us-core-ethnicity")[0], "ombCategory=2135-2", "race comes from every response, not only new ones");
    assert_eq!(ids(&read(&since, "QuestionnaireResponse.ndjson")), [10, 11].iter().map(|n| response_id(*n).to_string()).collect());
    assert!(read(&since, "Observation.ndjson").iter().all(|o| {
        let from = o["derivedFrom"][0]["reference"].as_str().unwrap_or_default();
        from.ends_with(&response_id(10).to_string()) || from.ends_with(&response_id(11).to_string())
    }));
}

/// The validator can fail: one damaged line in an otherwise valid export is found and named.
fn damaged_lines_are_refused(work: &Path) {
    let full = work.join("full");
    let corrupt = |name: &str, from: &str, change: &dyn Fn(&mut Json)| -> String {
        let dir = work.join(from);
        std::fs::create_dir_all(&dir).expect("dir");
        for f in ["Patient.ndjson", "QuestionnaireResponse.ndjson", "Observation.ndjson"] {
            std::fs::copy(full.join(f), dir.join(f)).expect("copy");
        }
        let mut lines = read(&dir, name);
        let target =
            lines.iter_mut().find(|r| r.to_string().contains("ASKU") || r.get("dataAbsentReason").is_some()).expect("a line to damage");
        change(target);
        let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
        std::fs::write(dir.join(name), text).expect("write");
        let (ok, report) = validate(&dir);
        assert!(!ok, "the validator passed a damaged {name}");
        report
    };
    let report = corrupt("Observation.ndjson", "both", &|o| {
        o["valueString"] = "also a value".into();
    });
    assert!(report.contains("Observation.ndjson:") && report.contains("both a value and a dataAbsentReason"), "{report}");
    let report = corrupt("Patient.ndjson", "asku", &|p| {
        let race = p["extension"][0]["extension"].as_array_mut().expect("race");
        race.insert(0, serde_json::json!({"url": "ombCategory", "valueCoding": {"system": CDC, "code": "2106-3"}}));
    });
    assert!(report.contains("Patient.ndjson:") && report.contains("null flavor must be the only ombCategory"), "{report}");
    let report = corrupt("Observation.ndjson", "invalid", &|o| {
        o["effectiveDateTime"] = "yesterday".into();
    });
    assert!(report.contains("not a valid FHIR R4 Observation") && report.contains("effectiveDateTime"), "{report}");
    let report = corrupt("Observation.ndjson", "status", &|o| {
        o["status"] = "done".into();
    });
    assert!(report.contains("'done' is not an ObservationStatus"), "{report}");
}

#[test]
fn the_export_validates_on_sqlite_and_the_validator_can_fail() {
    let work = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", work.path().join("hub.db").display());
    scenario(&url, work.path());
    damaged_lines_are_refused(work.path());
}

#[test]
fn the_export_is_the_same_on_postgres() {
    let base = std::env::var("INTAKE_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let schema = format!("t_fhir_{}", Uuid::now_v7().simple());
    let mut client = postgres::Client::connect(&base, postgres::NoTls)
        .unwrap_or_else(|e| panic!("PostgreSQL at {base} is required (scripts/test starts one): {e}"));
    client.batch_execute(&format!("CREATE SCHEMA {schema}")).expect("create schema");
    let sep = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{sep}options=-csearch_path%3D{schema}");
    let work = tempfile::tempdir().expect("temp dir");
    let result = std::panic::catch_unwind(|| scenario(&url, work.path()));
    client.batch_execute(&format!("DROP SCHEMA {schema} CASCADE")).expect("drop schema");
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
    // Byte for byte what SQLite exports: the SQL and the order are the same on both engines.
    let sqlite = tempfile::tempdir().expect("temp dir");
    scenario(&format!("sqlite://{}", sqlite.path().join("hub.db").display()), sqlite.path());
    for name in ["Patient.ndjson", "QuestionnaireResponse.ndjson", "Observation.ndjson"] {
        let a = std::fs::read(work.path().join("full").join(name)).expect("postgres export");
        let b = std::fs::read(sqlite.path().join("full").join(name)).expect("sqlite export");
        assert!(a == b, "{name} differs between PostgreSQL and SQLite");
    }
}

/// Throughput at scale: `FHIR_BENCH_MEMBERS=100000 cargo test --release -p intake-hub --test fhir_export -- --ignored`
/// (three responses a member: demographics, AHC core, digital access).
#[test]
#[ignore = "a benchmark; run it in release mode"]
fn the_export_streams_many_resources_a_second() {
    let members: u128 = std::env::var("FHIR_BENCH_MEMBERS").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let work = tempfile::tempdir().expect("temp dir");
    let hub = Hub::open(&format!("sqlite://{}", work.path().join("hub.db").display())).expect("open hub");
    let mut records = Vec::new();
    let mut sequence = 0;
    for m in 0..members {
        let n = 0x10_0000 + m * 3;
        records.push(member(n, n, "Bench", 1));
        let mut demographics = first_batch().into_iter().filter_map(|r| match r {
            Record::Response(r) if r.instrument_id == "demographics" && r.supersedes.is_some() => Some(r),
            _ => None,
        });
        let screening = first_batch().into_iter().filter_map(|r| match r {
            Record::Response(r) if r.instrument_id != "demographics" => Some(r),
            _ => None,
        });
        for (k, mut r) in demographics.next().into_iter().chain(screening).enumerate() {
            r.id = response_id(n + k as u128);
            r.member_id = member_id(n);
            r.supersedes = None;
            records.push(Record::Response(r));
        }
        if records.len() >= 4_000 || m + 1 == members {
            sequence += 1;
            store(&hub, &format!("bench-{sequence}"), sequence, at(10), &records);
            records.clear();
        }
    }
    let started = std::time::Instant::now();
    let files = intake_hub::export::fhir::write(hub.db(), &work.path().join("out"), None).expect("export");
    let seconds = started.elapsed().as_secs_f64();
    let resources: u64 = files.iter().map(|f| f.records).sum();
    let rate = resources as f64 / seconds;
    eprintln!("{members} members: {resources} resources in {seconds:.2} s = {rate:.0} resources/s");
    assert!(rate >= 20_000.0, "{rate:.0} resources/s");
}
