//! The store as its users would judge it: wrong PINs, stolen files, tampered audit logs, roles, search
//! in every script, append-only records, backup and restore. All data here is synthetic.

use chrono::NaiveDate;
use intake_core::{Error, NewResponse, Session, Store, FREE_ATTEMPTS};
use std::collections::HashMap;

use intake_model::instrument::{self, Instrument, ItemKind};
use intake_model::{
    AbsentReason, Answer, AnswerValue, Coding, Consent, MemberIdentity, Mode, NeedStatus, Respondent, Role,
    TranslationStatus,
};
use tempfile::TempDir;

const PIN: &str = "246810";

struct Fixture {
    _tmp: TempDir,
    store: Store,
    session: Session,
    recovery: String,
}

fn fresh() -> Fixture {
    let tmp = TempDir::new().expect("temp dir");
    let store = Store::at(tmp.path().join("data"));
    let init = store.initialize("Synthetic Health Center", "sup", PIN).expect("initialize");
    Fixture { recovery: init.recovery_key.as_str().to_owned(), _tmp: tmp, store, session: init.session }
}

fn identity(given: &str, family: &str, dob: (i32, u32, u32), mhid: Option<&str>) -> MemberIdentity {
    MemberIdentity {
        given_name: given.into(),
        family_name: family.into(),
        date_of_birth: NaiveDate::from_ymd_opt(dob.0, dob.1, dob.2).expect("date"),
        masshealth_id: mhid.map(str::to_owned),
        mrn: None,
    }
}

fn screening(member_id: uuid::Uuid, answers: Vec<Answer>) -> NewResponse {
    new_response(member_id, "ahc-core", "2018", answers)
}

fn new_response(member_id: uuid::Uuid, instrument_id: &str, version: &str, answers: Vec<Answer>) -> NewResponse {
    let inst = instrument::find(instrument_id, version).expect("instrument");
    NewResponse {
        member_id,
        instrument_id: instrument_id.into(),
        instrument_version: version.into(),
        locale: "es".into(),
        mode: Mode::InPerson,
        interpreter_used: false,
        respondent: Respondent::SelfReported,
        consent: Consent { screening: true, share_for_referral: true },
        started_at: chrono::Utc::now(),
        supersedes: None,
        answers: complete(inst, answers),
    }
}

/// Completes `given` with the first option of every other required item that applies (age 36).
fn complete(inst: &Instrument, mut answers: Vec<Answer>) -> Vec<Answer> {
    let none = HashMap::new();
    for item in &inst.items {
        if !item.required || answers.iter().any(|a| a.item_id == item.id) || !inst.is_enabled(item, &answers, Some(36), &none) {
            continue;
        }
        let first = item.options[0].code.clone();
        let value = if item.kind == ItemKind::Multi { AnswerValue::Codes(vec![first]) } else { AnswerValue::Code(first) };
        answers.push(Answer::value(&item.id, value));
    }
    answers
}

fn code(c: &str) -> AnswerValue {
    AnswerValue::Code(Coding::new("http://loinc.org", c))
}

/// A full AHC core screening with one declined item and a positive food screen.
fn core_with_food_need() -> Vec<Answer> {
    vec![
        Answer::value("living-situation", code("LA31993-1")),
        Answer::value("housing-problems", AnswerValue::Codes(vec![Coding::new("http://loinc.org", "LA9-3")])),
        Answer::value("food-worry", code("LA6729-3")),
        Answer::value("food-ran-out", code("LA28398-8")),
        Answer::absent("transportation", AbsentReason::AskedDeclined),
        Answer::value("utilities", code("LA32-8")),
        Answer::value("safety-hurt", code("LA6270-8")),
        Answer::value("safety-insult", code("LA6270-8")),
        Answer::value("safety-threaten", code("LA6270-8")),
        Answer::value("safety-scream", code("LA6270-8")),
    ]
}

#[test]
fn a_wrong_pin_opens_nothing() {
    let f = fresh();
    drop(f.session);
    assert!(matches!(f.store.sign_in("sup", "135799"), Err(Error::WrongCredentials)));
    assert!(matches!(f.store.sign_in("nobody", PIN), Err(Error::WrongCredentials)));
    // Nor does the database open without the key, or with a key derived from the PIN the naive way.
    let conn = rusqlite::Connection::open(f.store.db_path()).expect("open file");
    assert!(conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_err());
    conn.execute_batch(&format!("PRAGMA key = '{PIN}';")).expect("pragma");
    assert!(conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_err());
    assert!(f.store.sign_in("sup", PIN).is_ok());
}

#[test]
fn the_files_on_disk_hold_no_member_data_in_clear() {
    let mut f = fresh();
    let m = f
        .session
        .create_member(identity("Zuleika", "Quintanilla-Ferreira", (1977, 7, 7), Some("912345678901")))
        .expect("create");
    let race = vec![
        Answer::value("race-ethnicity", AnswerValue::Codes(vec![Coding::new("urn:equity-intake:local", "another-group")])),
        Answer::value("race-ethnicity-other", AnswerValue::Text("Xochiquetzal community".into())),
    ];
    f.session.record_response(new_response(m.member.member_id, "demographics", "2026.1", race)).expect("save");
    f.session.record_response(screening(m.member.member_id, core_with_food_need())).expect("save");
    // Read the raw bytes of every file in the folder while the WAL still holds the latest pages.
    let mut haystack = Vec::new();
    for entry in std::fs::read_dir(f.store.dir()).expect("dir") {
        haystack.extend(std::fs::read(entry.expect("entry").path()).expect("read"));
    }
    for needle in ["Zuleika", "Quintanilla", "912345678901", "1977-07-07", "LA6729-3", "Xochiquetzal", "food-worry"] {
        assert!(
            !haystack.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "{needle} is on disk in clear"
        );
    }
    // The test can fail: the same search does find a value that is stored in clear on purpose.
    assert!(haystack.windows(3).any(|w| w == b"sup"), "user names are in keyslots.json");
}

#[test]
fn lock_out_survives_a_restart_and_failed_attempts_reach_the_audit_log() {
    let mut f = fresh();
    f.session.add_user("chw1", "Casey", Role::Chw, "112233").expect("add");
    for _ in 0..FREE_ATTEMPTS {
        assert!(matches!(Store::at(f.store.dir()).sign_in("chw1", "999999"), Err(Error::WrongCredentials)));
    }
    // A new Store value reads the counters from disk: the lock-out is not just in memory.
    assert!(matches!(Store::at(f.store.dir()).sign_in("chw1", "112233"), Err(Error::LockedOut { .. })));
    // A supervisor's reset lifts it.
    f.session.reset_pin("chw1", "445566").expect("reset");
    assert!(matches!(f.store.sign_in("chw1", "112233"), Err(Error::WrongCredentials)));
    let mut chw = f.store.sign_in("chw1", "445566").expect("new PIN works");
    drop(chw.search_members("x"));
    let mut sup = f.store.sign_in("sup", PIN).expect("sign in");
    let report = sup.verify().expect("verify");
    assert!(report.audit_entries > 8, "failed logins were written: {}", report.audit_entries);
}

/// Regression: a successful sign-in must reset the failure counter on disk, even when another user's
/// sign-in has already written the earlier failures to the audit log.
#[test]
fn a_successful_sign_in_resets_the_failure_count() {
    let mut f = fresh();
    f.session.add_user("chw1", "Casey", Role::Chw, "112233").expect("add");
    for _ in 0..FREE_ATTEMPTS - 1 {
        assert!(f.store.sign_in("chw1", "999999").is_err());
    }
    drop(f.store.sign_in("sup", PIN).expect("sup signs in, flushing the failures"));
    drop(f.store.sign_in("chw1", "112233").expect("chw1 signs in"));
    for _ in 0..FREE_ATTEMPTS - 1 {
        assert!(matches!(f.store.sign_in("chw1", "999999"), Err(Error::WrongCredentials)));
    }
    assert!(f.store.sign_in("chw1", "112233").is_ok(), "not locked out by failures from before the success");
}

#[test]
fn a_chw_cannot_do_what_only_a_supervisor_may() {
    let mut f = fresh();
    f.session.add_user("chw1", "Casey", Role::Chw, "112233").expect("add");
    f.session.add_user("nav1", "Noor", Role::Navigator, "112233").expect("add");
    let m = f.session.create_member(identity("Ana", "Teste", (1990, 1, 1), None)).expect("create");
    let sup_response = f.session.record_response(screening(m.member.member_id, core_with_food_need())).expect("save").response;
    let backup = f.store.dir().join("x.bak");
    for who in ["chw1", "nav1"] {
        let mut s = f.store.sign_in(who, "112233").expect("sign in");
        let refused = |r: Result<(), Error>| matches!(r, Err(Error::Forbidden { .. }));
        assert!(refused(s.add_user("evil", "Evil", Role::Supervisor, "123456")), "{who} add user");
        assert!(refused(s.reset_pin("sup", "123456")), "{who} reset PIN");
        assert!(refused(s.deactivate_user("sup")), "{who} deactivate");
        assert!(refused(s.users().map(drop)), "{who} list users");
        assert!(refused(s.backup(&backup).map(drop)), "{who} backup");
        assert!(refused(s.verify().map(drop)), "{who} verify");
        assert!(refused(s.import_members(vec![]).map(drop)), "{who} import");
        assert!(refused(s.outbox_pending(10).map(drop)), "{who} outbox");
        assert!(refused(s.retract_response(sup_response.id, "mine now").map(drop)), "{who} retract other's");
        assert!(!backup.exists());
        // What they may do, they can.
        let own = s.record_response(screening(m.member.member_id, core_with_food_need())).expect("record").response;
        s.retract_response(own.id, "wrong member").expect("retract own");
        assert_eq!(s.search_members("ana").expect("search").len(), 1);
    }
}

/// One helper for the search table: each row names what is typed and which members should come back.
fn check_search(session: &mut Session, typed: &str, expected: &[&str]) {
    let mut got: Vec<String> =
        session.search_members(typed).expect("search").into_iter().map(|m| m.identity.display_name()).collect();
    got.sort();
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "typed {typed:?}");
}

#[test]
fn search_finds_members_in_every_script_by_prefix_id_and_birth_date() {
    let mut f = fresh();
    let people = [
        ("José", "Álvarez", (1980, 3, 4), Some("900000000001")),
        ("Josefina", "Alves", (1991, 5, 6), None),
        ("Hằng", "Nguyễn", (1957, 3, 31), Some("900000000002")),
        ("أحمد", "الحسن", (1942, 9, 20), None),
        ("伟", "陈", (2002, 12, 25), None),
        ("Анна", "Смирнова", (1985, 1, 1), None),
        ("सुनीता", "शर्मा", (1970, 2, 2), None),
        ("ትዕግስት", "በቀለ", (1999, 9, 9), None),
        ("Ολυμπία", "Παπαδοπούλου", (1966, 6, 6), None),
    ];
    for (g, fam, dob, id) in people {
        f.session.create_member(identity(g, fam, dob, id)).expect("create");
    }
    for (typed, expected) in [
        ("jos", &["José Álvarez", "Josefina Alves"][..]),
        ("JOSE alv", &["José Álvarez", "Josefina Alves"]),
        ("JOSÉ ÁLVAREZ", &["José Álvarez"]),
        ("alv", &["José Álvarez", "Josefina Alves"]),
        ("nguyen hang", &["Hằng Nguyễn"]),
        ("احمد", &["أحمد الحسن"]),
        ("陈", &["陈伟"]),
        ("伟", &["陈伟"]),
        ("анна", &["Анна Смирнова"]),
        ("शर्मा", &["सुनीता शर्मा"]),
        ("በቀለ", &["ትዕግስት በቀለ"]),
        ("ολυμπια", &["Ολυμπία Παπαδοπούλου"]),
        ("90000000000", &["José Álvarez", "Hằng Nguyễn"]),
        ("900000000002", &["Hằng Nguyễn"]),
        ("1942-09-20", &["أحمد الحسن"]),
        ("03/31/1957", &["Hằng Nguyễn"]),
        ("zzz", &[]),
        ("  ", &[]),
    ] {
        check_search(&mut f.session, typed, expected);
    }
}

#[test]
fn a_likely_duplicate_is_reported() {
    let mut f = fresh();
    f.session.create_member(identity("María", "García", (1980, 3, 4), Some("900000000001"))).expect("create");
    let dup = |s: &Session, i: MemberIdentity| s.find_likely_duplicates(&i, None).expect("check").len();
    assert_eq!(dup(&f.session, identity("Maria", "Garcia", (1980, 3, 4), None)), 1, "same dob, same name unaccented");
    assert_eq!(dup(&f.session, identity("Mariá", "Garcya", (1980, 3, 4), None)), 1, "same dob, two edits away");
    assert_eq!(dup(&f.session, identity("Pedro", "Garcia", (1980, 3, 4), None)), 1, "same dob, shared family name");
    assert_eq!(dup(&f.session, identity("Pedro", "Soto", (1971, 1, 1), Some("900000000001"))), 1, "same member ID");
    assert_eq!(dup(&f.session, identity("Maria", "Garcia", (1980, 3, 5), None)), 0, "another birth date");
    assert_eq!(dup(&f.session, identity("Pedro", "Soto", (1980, 3, 4), None)), 0, "same dob, another name");
    let created = f.session.create_member(identity("Maria", "Garcia", (1980, 3, 4), None)).expect("create");
    assert_eq!(created.likely_duplicates.len(), 1);
}

#[test]
fn edits_are_new_versions_and_records_cannot_be_rewritten() {
    let mut f = fresh();
    let m = f.session.create_member(identity("Ana", "Teste", (1990, 1, 1), None)).expect("create");
    let id = m.member.member_id;
    f.session.edit_member(id, identity("Ana", "Teste-Silva", (1990, 1, 1), None)).expect("edit");
    let history = f.session.member_history(id).expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].supersedes, Some(history[0].version_id));
    assert_eq!(f.session.member(id).expect("view").identity.family_name, "Teste-Silva");
    assert_eq!(f.session.search_members("teste-silva").expect("search").len(), 1);

    let r = f.session.record_response(screening(id, core_with_food_need())).expect("save").response;
    let stored = f.session.responses_for(id).expect("responses");
    assert_eq!(stored[0].response.answers, r.answers, "answers round-trip, declined ones included");
    let fix = NewResponse { supersedes: Some(r.id), ..screening(id, core_with_food_need()) };
    f.session.record_response(fix).expect("correction");
    let stored = f.session.responses_for(id).expect("responses");
    assert_eq!(stored.len(), 2);
    assert!(stored.iter().any(|s| s.superseded && s.response.id == r.id));

    // The database itself refuses to change a record, whoever asks.
    let key = f.store.raw_key_with_recovery(&f.recovery).expect("raw key");
    let raw = rusqlite::Connection::open(f.store.db_path()).expect("open");
    raw.execute_batch(&format!("PRAGMA key = \"{}\";", key.as_str())).expect("key");
    for sql in [
        "UPDATE answers SET value = NULL, absent_reason = 'not-asked'",
        "DELETE FROM responses",
        "UPDATE member_versions SET body = '{}'",
        "DELETE FROM audit_log",
    ] {
        let err = raw.execute(sql, []).expect_err(sql);
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    // And an answer with neither value nor reason cannot exist.
    let err = raw
        .execute("INSERT INTO answers (response_id, item_id, position) VALUES (?1, 'x', 99)", [r.id.to_string()])
        .expect_err("empty answer");
    assert!(err.to_string().contains("CHECK"), "{err}");
}

#[test]
fn a_screening_is_checked_scored_and_opens_its_needs() {
    let mut f = fresh();
    let m = f.session.create_member(identity("Ana", "Teste", (1990, 1, 1), None)).expect("create");
    let recorded = f.session.record_response(screening(m.member.member_id, core_with_food_need())).expect("save");
    assert_eq!(recorded.response.translation_status, TranslationStatus::Draft, "Spanish is a draft translation");
    assert_eq!(recorded.response.wording_version, "ahc-2018");
    let domains: Vec<&str> = recorded.needs.iter().map(|n| n.domain.as_str()).collect();
    assert_eq!(domains, ["food"]);
    let transport = recorded.scores.iter().find(|s| s.domain == "transportation").expect("scored");
    assert_eq!(transport.outcome, intake_model::Outcome::NotScored, "declined is not negative");

    // An incomplete or invalid screening is refused, and nothing is stored.
    let partial = NewResponse { answers: vec![Answer::value("food-worry", code("LA6729-3"))], ..screening(m.member.member_id, vec![]) };
    assert!(matches!(f.session.record_response(partial), Err(Error::Invalid { reason: "required-missing", .. })));
    let wrong = screening(m.member.member_id, vec![Answer::value("food-worry", code("LA33-6"))]);
    assert!(matches!(f.session.record_response(wrong), Err(Error::Invalid { reason: "unknown-option", .. })));
    let unknown = NewResponse { instrument_id: "phq-9".into(), ..screening(m.member.member_id, vec![]) };
    assert!(matches!(f.session.record_response(unknown), Err(Error::Invalid { field: "instrument", .. })));
    assert_eq!(f.session.responses_for(m.member.member_id).expect("responses").len(), 1);

    // Follow-up history on the need.
    let need = &recorded.needs[0];
    assert!(matches!(
        f.session.record_follow_up(need.id, NeedStatus::Referred, None, None),
        Err(Error::Invalid { field: "organization", .. })
    ));
    f.session.record_follow_up(need.id, NeedStatus::Referred, Some("Synthetic Food Pantry"), None).expect("refer");
    f.session.record_follow_up(need.id, NeedStatus::Resolved, None, Some("got groceries")).expect("resolve");
    let needs = f.session.needs_for(m.member.member_id).expect("needs");
    assert_eq!(needs.len(), 1);
    assert_eq!(needs[0].follow_ups.len(), 2);
    assert_eq!(needs[0].status(), NeedStatus::Resolved);
}

#[test]
fn sogi_is_asked_from_the_site_age() {
    let mut f = fresh();
    let teen = f.session.create_member(identity("Teo", "Teste", (2026 - 17, 1, 1), None)).expect("create");
    let gi = vec![Answer::value("gender-identity", AnswerValue::Code(Coding::new("http://snomed.info/sct", "33791000087105")))];
    let r = f.session.record_response(new_response(teen.member.member_id, "demographics", "2026.1", gi.clone()));
    assert!(matches!(r, Err(Error::Invalid { reason: "not-enabled", .. })), "{r:?}");
    f.session.set_setting("sogi-min-age", 16).expect("setting");
    f.session.record_response(new_response(teen.member.member_id, "demographics", "2026.1", gi)).expect("asked at 17 now");
}

#[test]
fn every_record_is_queued_for_the_hub_until_delivered() {
    let mut f = fresh();
    let m = f.session.create_member(identity("Ana", "Teste", (1990, 1, 1), None)).expect("create");
    let r = f.session.record_response(screening(m.member.member_id, core_with_food_need())).expect("save");
    f.session.record_follow_up(r.needs[0].id, NeedStatus::ResourceGiven, None, None).expect("follow up");
    let pending = f.session.outbox_pending(100).expect("pending");
    assert_eq!(pending.len(), 4, "member version, response, need, follow-up");
    assert_eq!(pending[0].kind, intake_model::RecordKind::Member, "in the order they were recorded");
    let counts = f.session.outbox_counts().expect("counts");
    assert_eq!((counts.pending, counts.delivered), (4, 0));
    // Delivery is tested end to end, against a real hub (tests/sync.rs).
}

/// Opens the database as an attacker with the key would, bypassing the app.
fn raw(f: &Fixture) -> rusqlite::Connection {
    let key = f.store.raw_key_with_recovery(&f.recovery).expect("raw key");
    let c = rusqlite::Connection::open(f.store.db_path()).expect("open");
    c.execute_batch(&format!("PRAGMA key = \"{}\";", key.as_str())).expect("key");
    c.execute_batch("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;").expect("drop triggers");
    c
}

#[test]
fn tampering_with_the_audit_log_is_detected() {
    for (what, sql, broken_at) in [
        ("edit a detail", "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 3", 3),
        ("change who acted", "UPDATE audit_log SET actor = 'chw1' WHERE seq = 2", 2),
        ("delete an entry", "DELETE FROM audit_log WHERE seq = 3", 3),
        ("delete the newest", "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)", 0),
    ] {
        let mut f = fresh();
        for i in 0..3 {
            f.session.create_member(identity("Ana", &format!("Teste{i}"), (1990, 1, 1), None)).expect("create");
        }
        f.session.verify().expect("intact before");
        raw(&f).execute(sql, []).expect(what);
        match f.session.verify() {
            Err(Error::AuditChainBroken { seq, .. }) => {
                if broken_at > 0 {
                    assert_eq!(seq, broken_at, "{what}");
                }
            }
            other => panic!("{what}: verify said {other:?}"),
        }
    }
}

#[test]
fn a_damaged_database_file_is_reported_not_trusted() {
    let f = fresh();
    drop(f.session);
    let path = f.store.db_path();
    // Checkpoint everything into the main file first, then flip bytes in the middle of it.
    let mut bytes = std::fs::read(&path).expect("read");
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 16] {
        *b ^= 0xA5;
    }
    std::fs::write(&path, &bytes).expect("write");
    let result = f.store.sign_in("sup", PIN).and_then(|mut s| s.verify().map(drop));
    assert!(matches!(result, Err(Error::Corrupt(_))), "{result:?}");
}

#[test]
fn backup_restores_elsewhere_and_a_bad_restore_changes_nothing() {
    let mut f = fresh();
    f.session.create_member(identity("Ana", "Teste", (1990, 1, 1), None)).expect("create");
    let backup = f._tmp.path().join("site.bak");
    f.session.backup(&backup).expect("backup");
    f.session.create_member(identity("Bea", "Later", (1991, 1, 1), None)).expect("after backup");

    // Onto a new laptop.
    let other = Store::at(f._tmp.path().join("other"));
    let mut s = other.restore(&backup, "sup", PIN).expect("restore");
    assert_eq!(s.search_members("ana").expect("search").len(), 1);
    assert_eq!(s.search_members("bea").expect("search").len(), 0);

    // A wrong PIN or a file that is not a backup leaves the current store as it was.
    assert!(matches!(f.store.restore(&backup, "sup", "999999"), Err(Error::WrongCredentials)));
    let junk = f._tmp.path().join("junk.bak");
    std::fs::write(&junk, b"hello").expect("write");
    assert!(matches!(f.store.restore(&junk, "sup", PIN), Err(Error::NotABackup(_))));
    let mut s = f.store.sign_in("sup", PIN).expect("still opens");
    assert_eq!(s.search_members("bea").expect("search").len(), 1);

    // Restoring over a store moves the old one aside.
    drop(s);
    drop(f.session);
    let mut s = f.store.restore(&backup, "sup", PIN).expect("restore over");
    assert_eq!(s.search_members("bea").expect("search").len(), 0);
    let aside: Vec<_> = std::fs::read_dir(f.store.dir())
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("replaced-"))
        .collect();
    assert_eq!(aside.len(), 1);
    s.verify().expect("restored store verifies");
}

#[test]
fn the_recovery_key_resets_a_forgotten_supervisor_pin() {
    let f = fresh();
    drop(f.session);
    assert!(matches!(f.store.recover("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "sup", "777777"), Err(Error::WrongRecoveryKey)));
    f.store.recover(&f.recovery.to_lowercase(), "sup", "777777").expect("recover");
    assert!(f.store.sign_in("sup", PIN).is_err());
    assert!(f.store.sign_in("sup", "777777").is_ok());
}

#[test]
fn a_deactivated_user_cannot_sign_in() {
    let mut f = fresh();
    f.session.add_user("chw1", "Casey", Role::Chw, "112233").expect("add");
    f.session.deactivate_user("chw1").expect("deactivate");
    assert!(f.store.sign_in("chw1", "112233").is_err());
    assert!(f.session.deactivate_user("sup").is_err(), "not yourself");
}
