//! Store benchmark: member search over 100,000 members, saving a 30-answer response, and opening the
//! store (Argon2id), each beside the raw SQLite cost of the same work, so the overhead is a visible ratio.
//!
//! Run: `cargo bench -p intake-core --bench store` (add `-- --members 20000` for a quicker look).
//! Prints a table and writes it to `bench-results/store.json` at the workspace root.
//!
//! "Raw" means: the same SQL on a plain (unencrypted) SQLite copy of the same database, with the same
//! pragmas, without folding, role checks, audit entries or record decoding. Targets (issue 2): search p95
//! under 15 ms, save p95 under 10 ms.

use std::time::{Duration, Instant};

use intake_core::fold::{fold, prefix_upper_bound};
use intake_core::{NewResponse, Store};
use intake_model::{Answer, AnswerValue, Coding, Consent, Mode, Respondent};
use rand::{Rng, SeedableRng};

const PIN: &str = "246810";

fn percentile(samples: &mut [Duration], p: f64) -> f64 {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i].as_secs_f64() * 1000.0
}

struct Row {
    name: &'static str,
    ours: Vec<Duration>,
    raw: Vec<Duration>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let members: usize = args
        .iter()
        .position(|a| a == "--members")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let tmp = tempfile::TempDir::new().expect("temp dir");
    let store = Store::at(tmp.path().join("data"));
    let init = store.initialize("Bench Health Center", "sup", PIN).expect("init");
    let recovery = init.recovery_key.as_str().to_owned();
    let mut session = init.session;

    let t = Instant::now();
    let identities = intake_core::demo::identities(members, 42);
    let names: Vec<(String, String, String)> = identities
        .iter()
        .map(|m| (m.given_name.clone(), m.family_name.clone(), m.date_of_birth.to_string()))
        .collect();
    for chunk in identities.chunks(10_000) {
        session.import_members(chunk.to_vec()).expect("import");
    }
    eprintln!("imported {members} members in {:.1} s", t.elapsed().as_secs_f64());
    // An adult, so every demographic item applies.
    let adult = names.iter().find(|(_, _, dob)| dob.as_str() < "2000").expect("an adult");
    let member_id = session.search_members(&adult.2).expect("search")[0].member_id;

    // A plain SQLite copy of the same database, for the raw side.
    let plain_path = tmp.path().join("plain.db");
    {
        let key = store.raw_key_with_recovery(&recovery).expect("key");
        let c = rusqlite::Connection::open(store.db_path()).expect("open");
        c.execute_batch(&format!("PRAGMA key = \"{}\";", key.as_str())).expect("key");
        c.execute("ATTACH DATABASE ?1 AS plain KEY ''", [plain_path.to_str().expect("utf-8")]).expect("attach");
        c.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(())).expect("export");
        c.execute_batch("DETACH DATABASE plain").expect("detach");
    }
    let plain = rusqlite::Connection::open(&plain_path).expect("open plain");
    plain.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;").expect("pragmas");

    // Queries a CHW would type: a prefix of a given name, of a family name, both, a date of birth.
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let queries: Vec<String> = (0..400)
        .map(|i| {
            let (g, f, dob) = &names[rng.gen_range(0..names.len())];
            let prefix = |s: &str, n: usize| s.chars().take(n).collect::<String>();
            match i % 4 {
                0 => prefix(g, 3),
                1 => prefix(f, 4),
                2 => format!("{} {}", prefix(g, 2), prefix(f, 2)),
                _ => dob.clone(),
            }
        })
        .collect();
    let mut search = Row { name: "member search (prefix, 100k)", ours: vec![], raw: vec![] };
    for q in &queries {
        let t = Instant::now();
        std::hint::black_box(session.search_members(q).expect("search"));
        search.ours.push(t.elapsed());
        let t = Instant::now();
        let terms = intake_core::fold::terms(&fold(q));
        let n: usize = if q.contains('-') && q.len() == 10 {
            let mut s = plain.prepare_cached("SELECT member_id FROM members_current WHERE date_of_birth = ?1 LIMIT 50").expect("prep");
            s.query_map([q], |r| r.get::<_, String>(0)).expect("q").count()
        } else {
            let t0 = &terms[0];
            let mut s = plain
                .prepare_cached("SELECT DISTINCT member_id FROM member_terms WHERE term >= ?1 AND term < ?2 LIMIT 50")
                .expect("prep");
            s.query_map([t0.clone(), prefix_upper_bound(t0)], |r| r.get::<_, String>(0)).expect("q").count()
        };
        std::hint::black_box(n);
        search.raw.push(t.elapsed());
    }

    // The largest real response: demographics with every item answered, write-ins included (24 answers).
    // (Issue 2 asked for 30; no instrument has 30 items, and every saved response is now checked against
    // its instrument.)
    let answers = full_demographics();
    let mut save = Row { name: "save 24-answer response", ours: vec![], raw: vec![] };
    plain
        .execute_batch("CREATE TABLE raw_answers (response_id TEXT, item_id TEXT, value TEXT, PRIMARY KEY (response_id, item_id));")
        .expect("raw table");
    for i in 0..300 {
        let new = NewResponse {
            member_id,
            instrument_id: "demographics".into(),
            instrument_version: "2026.1".into(),
            locale: "es".into(),
            mode: Mode::InPerson,
            interpreter_used: false,
            respondent: Respondent::SelfReported,
            consent: Consent { screening: true, share_for_referral: true },
            started_at: chrono::Utc::now(),
            supersedes: None,
            answers: answers.clone(),
        };
        let t = Instant::now();
        session.record_response(new).expect("save");
        save.ours.push(t.elapsed());
        let t = Instant::now();
        let tx = plain.unchecked_transaction().expect("tx");
        {
            let mut s = tx.prepare_cached("INSERT INTO raw_answers VALUES (?1, ?2, ?3)").expect("prep");
            for a in &answers {
                s.execute([format!("r{i}"), a.item_id.clone(), serde_json::to_string(&a.outcome).expect("json")]).expect("insert");
            }
        }
        tx.commit().expect("commit");
        save.raw.push(t.elapsed());
    }

    drop(session);
    let mut open = Row { name: "open store (Argon2id + key + first read)", ours: vec![], raw: vec![] };
    for _ in 0..10 {
        let t = Instant::now();
        std::hint::black_box(store.sign_in("sup", PIN).expect("sign in"));
        open.ours.push(t.elapsed());
        let t = Instant::now();
        let c = rusqlite::Connection::open(&plain_path).expect("open");
        let _: i64 = c.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)).expect("read");
        open.raw.push(t.elapsed());
    }

    let mut json = Vec::new();
    println!("\n{:<42} {:>9} {:>9} {:>9} {:>9} {:>7}", "store benchmark", "ours p50", "ours p95", "raw p50", "raw p95", "ratio");
    for mut row in [search, save, open] {
        let (o50, o95) = (percentile(&mut row.ours, 0.5), percentile(&mut row.ours, 0.95));
        let (r50, r95) = (percentile(&mut row.raw, 0.5), percentile(&mut row.raw, 0.95));
        println!("{:<42} {:>7.2}ms {:>7.2}ms {:>7.3}ms {:>7.3}ms {:>6.1}x", row.name, o50, o95, r50, r95, o95 / r95);
        json.push(serde_json::json!({
            "name": row.name, "samples": row.ours.len(),
            "ours_p50_ms": o50, "ours_p95_ms": o95, "raw_p50_ms": r50, "raw_p95_ms": r95,
        }));
    }
    let out = serde_json::json!({
        "members": members,
        "machine": format!("{} cores", std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0)),
        "when": chrono::Utc::now().to_rfc3339(),
        "results": json,
    });
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench-results");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let path = dir.join("store.json");
    std::fs::write(&path, serde_json::to_string_pretty(&out).expect("json")).expect("write");
    println!("written to {}", path.display());
}

fn full_demographics() -> Vec<Answer> {
    let local = |c: &str| Coding::new("urn:equity-intake:local", c);
    let loinc = |c: &str| AnswerValue::Code(Coding::new("http://loinc.org", c));
    let text = |t: &str| AnswerValue::Text(t.to_owned());
    let yes = loinc("LA33-6");
    let no = loinc("LA32-8");
    vec![
        Answer::value("race-ethnicity", AnswerValue::Codes(vec![Coding::new("urn:oid:2.16.840.1.113883.6.238", "1002-5"), local("another-group")])),
        Answer::value("tribe", text("Synthetic Nation")),
        Answer::value("race-ethnicity-other", text("Synthetic group")),
        Answer::value("language-spoken", AnswerValue::Code(local("other-language"))),
        Answer::value("language-spoken-other", text("Synthetic language")),
        Answer::value("language-written", AnswerValue::Code(local("other-language"))),
        Answer::value("language-written-other", text("Synthetic script")),
        Answer::value("interpreter", yes.clone()),
        Answer::value("english", AnswerValue::Code(local("english-not-well"))),
        Answer::value("hearing", no.clone()),
        Answer::value("seeing", no.clone()),
        Answer::value("concentrating", no.clone()),
        Answer::value("walking", yes),
        Answer::value("dressing", no.clone()),
        Answer::value("errands", no),
        Answer::value("accommodations", AnswerValue::Codes(vec![local("accommodation-other")])),
        Answer::value("accommodations-describe", text("A synthetic need")),
        Answer::value("sexual-orientation", AnswerValue::Code(Coding::new("http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "OTH"))),
        Answer::value("sexual-orientation-other", text("Synthetic")),
        Answer::value("gender-identity", AnswerValue::Code(Coding::new("http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "OTH"))),
        Answer::value("gender-identity-other", text("Synthetic")),
        Answer::value("sex-at-birth", AnswerValue::Code(Coding::new("http://terminology.hl7.org/CodeSystem/v3-AdministrativeGender", "F"))),
        Answer::value("pronouns", AnswerValue::Code(local("pronouns-other"))),
        Answer::value("pronouns-other", text("xe/xem")),
    ]
}
