//! The `intake` contract, run as a user or a script would: the real binary, a real data folder.
//! All member data is synthetic.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use rand::{Rng, SeedableRng};
use tempfile::TempDir;

const PIN: &str = "246810";

fn intake(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_intake"));
    c.arg("--data-dir")
        .arg(dir)
        .env("INTAKE_USER", "sup")
        .env("INTAKE_PIN", PIN)
        .env("INTAKE_LANG", "en")
        .env_remove("INTAKE_DATA_DIR");
    c
}

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().expect("run intake")
}

/// What a person reads: the bidi isolation marks around placeables are invisible, so drop them.
fn visible(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace(['\u{2068}', '\u{2069}'], "")
}

fn stdout(o: &Output) -> String {
    visible(&o.stdout)
}

fn stderr(o: &Output) -> String {
    visible(&o.stderr)
}

/// A failure a user can cause: non-zero, exactly one line on stderr saying `what`, no panic or backtrace.
fn assert_clear_error(o: &Output, what: &str) {
    assert!(!o.status.success(), "should fail: {}", stdout(o));
    let err = stderr(o);
    assert_eq!(err.trim_end().lines().count(), 1, "one line, got: {err}");
    assert!(err.contains(what), "expected {what:?} in {err:?}");
    for bad in ["panicked", "backtrace", "RUST_BACKTRACE", "internal error"] {
        assert!(!err.contains(bad), "{bad} in {err}");
    }
}

fn init(dir: &Path) -> String {
    let o = run(intake(dir).args(["init", "--site", "Synthetic Health Center", "--supervisor", "sup"]));
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let key = out.lines().last().expect("recovery key line").trim().to_owned();
    assert_eq!(key.len(), 39, "eight groups of four: {key}");
    key
}

#[test]
fn init_demo_data_search_verify_backup_restore() {
    let tmp = TempDir::new().expect("tmp");
    let dir = tmp.path().join("data");
    init(&dir);
    let o = run(intake(&dir).args(["demo-data", "--members", "40"]));
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(intake(&dir).args(["verify"]));
    assert!(stdout(&o).starts_with("ok:"), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("40 members"), "{}", stdout(&o));

    // Add, refuse the duplicate, force it.
    let add = ["member", "add", "--given", "Zuleika", "--family", "Quintana", "--dob", "1977-07-07"];
    let o = run(intake(&dir).args(add));
    assert!(o.status.success(), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    let o = run(intake(&dir).args(["member", "search", "ZUL", "quint"]));
    assert!(stdout(&o).contains(&id) && stdout(&o).ends_with("1 found\n"), "{}", stdout(&o));
    let o = run(intake(&dir).args(["member", "add", "--given", "Zuleica", "--family", "Quintana", "--dob", "1977-07-07"]));
    assert_clear_error(&o, "like the same person");
    let o = run(intake(&dir).args(["member", "show", &id]));
    assert!(stdout(&o).contains("Zuleika Quintana"), "{}", stdout(&o));

    let backup = tmp.path().join("site.bak");
    let o = run(intake(&dir).arg("backup").arg(&backup));
    assert!(o.status.success(), "{}", stderr(&o));
    let elsewhere = tmp.path().join("laptop2");
    let o = run(intake(&elsewhere).arg("restore").arg(&backup));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Restored 41 members"), "{}", stdout(&o));
}

#[test]
fn user_errors_are_one_clear_line() {
    let tmp = TempDir::new().expect("tmp");
    let dir = tmp.path().join("data");
    assert_clear_error(&run(intake(&dir).arg("verify")), "no Equity Intake store");
    init(&dir);
    assert_clear_error(&run(intake(&dir).arg("verify").env("INTAKE_PIN", "999999")), "wrong user name or PIN");
    assert_clear_error(
        &run(intake(&dir).args(["init", "--site", "X", "--supervisor", "sup"])),
        "already holds an Equity Intake store",
    );
    assert_clear_error(&run(intake(&dir).args(["user", "add", "chw1", "--role", "chw"]).env("INTAKE_NEW_PIN", "12")), "PIN: use at least");
    assert_clear_error(&run(intake(&dir).arg("restore").arg(tmp.path().join("missing.bak"))), "file error");
    let junk = tmp.path().join("junk.bak");
    std::fs::write(&junk, "not a backup").expect("write");
    assert_clear_error(&run(intake(&dir).arg("restore").arg(&junk)), "is not an Equity Intake backup");

    // A corrupt database file.
    let db = dir.join("intake.db");
    let mut bytes = std::fs::read(&db).expect("read");
    let n = bytes.len();
    bytes[n / 2..n / 2 + 64].fill(0x5a);
    std::fs::write(&db, bytes).expect("write");
    let o = run(intake(&dir).arg("verify"));
    assert_clear_error(&o, "damaged");
}

#[test]
fn a_chw_is_refused_supervisor_commands() {
    let tmp = TempDir::new().expect("tmp");
    let dir = tmp.path().join("data");
    init(&dir);
    let o = run(intake(&dir).args(["user", "add", "chw1", "--role", "chw"]).env("INTAKE_NEW_PIN", "112233"));
    assert!(o.status.success(), "{}", stderr(&o));
    let as_chw = |args: &[&str]| run(intake(&dir).args(args).env("INTAKE_USER", "chw1").env("INTAKE_PIN", "112233"));
    for args in [
        &["user", "list"][..],
        &["user", "reset-pin", "sup"],
        &["demo-data", "--members", "1"],
        &["verify"],
        &["backup", "/tmp/should-not-exist.bak"],
        &["outbox"],
    ] {
        assert_clear_error(&as_chw(args), "your role (community health worker) may not");
    }
    assert!(!Path::new("/tmp/should-not-exist.bak").exists());
    assert!(as_chw(&["member", "search", "x"]).status.success());
}

/// The failure CHWs fear most: the laptop dies mid-save. Kill the process with SIGKILL at random points of
/// many runs of saves; every save it acknowledged (printed after its commit) must be there, and the store
/// must open and pass `verify`.
#[test]
fn sigkill_during_saves_loses_no_acknowledged_save() {
    let tmp = TempDir::new().expect("tmp");
    let dir = tmp.path().join("data");
    init(&dir);
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x5eed);
    let mut acknowledged: Vec<(String, String)> = Vec::new();
    let rounds = 15;
    for round in 0..rounds {
        let mut child = intake(&dir)
            .args(["demo-data", "--members", "100000", "--progress", "--seed"])
            .arg(round.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        let out = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            BufReader::new(out).lines().map_while(Result::ok).collect::<Vec<String>>()
        });
        // Sign-in takes Argon2id time; kill somewhere in the saves after it.
        std::thread::sleep(Duration::from_millis(rng.gen_range(150..900)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        for line in reader.join().expect("reader") {
            // "saved N member <uuid> response <uuid>"
            let parts: Vec<&str> = line.split_whitespace().collect();
            if let ["saved", _, "member", m, "response", r] = parts[..] {
                acknowledged.push((m.to_owned(), r.to_owned()));
            }
        }
    }
    assert!(acknowledged.len() > rounds, "the kills should land after some saves: {}", acknowledged.len());

    let store = intake_core::Store::at(&dir);
    let mut session = store.sign_in("sup", PIN).expect("store opens after the kills");
    let report = session.verify().expect("verify passes after the kills");
    for (member, response) in &acknowledged {
        let member_id = member.parse().expect("uuid");
        session.member(member_id).expect("acknowledged member is there");
        let responses = session.responses_for(member_id).expect("responses");
        assert!(responses.iter().any(|r| r.response.id.to_string() == *response), "response {response}");
    }
    eprintln!("{} kills, {} acknowledged saves all present, {} members in store", rounds, acknowledged.len(), report.members);
}

/// A full disk: the save fails with a clear message, and nothing already saved is lost.
#[test]
fn a_full_disk_is_a_clear_error_and_loses_nothing() {
    let tmp = TempDir::new().expect("tmp");
    let mount = tmp.path().join("small");
    std::fs::create_dir(&mount).expect("mkdir");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1200k", "tmpfs"])
        .arg(&mount)
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    assert!(mounted, "this test needs to mount a small tmpfs (run as root, as CI does)");
    let _unmount = Unmount(mount.clone());
    let dir = mount.join("data");
    init(&dir);
    let o = run(intake(&dir).args(["demo-data", "--members", "3"]));
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(intake(&dir).args(["demo-data", "--members", "100000", "--seed", "9", "--progress"]));
    assert_clear_error(&o, "disk is full");
    let acknowledged: Vec<String> = stdout(&o)
        .lines()
        .filter_map(|l| l.split_whitespace().nth(3).map(str::to_owned))
        .filter(|id| id.len() == 36)
        .collect();
    assert!(!acknowledged.is_empty(), "some saves fit before the disk filled");
    // Take the store off the full disk, as IT would, and check it: everything acknowledged is there.
    let rescued = tmp.path().join("rescued");
    std::fs::create_dir(&rescued).expect("mkdir");
    for entry in std::fs::read_dir(&dir).expect("dir") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), rescued.join(entry.file_name())).expect("copy");
    }
    let mut session = intake_core::Store::at(&rescued).sign_in("sup", PIN).expect("opens");
    let report = session.verify().expect("intact");
    // The member whose screening hit the full disk may itself have been saved (its own commit fit).
    let members = report.members as usize;
    assert!((3 + acknowledged.len()..=4 + acknowledged.len()).contains(&members), "{members}");
    for id in &acknowledged {
        session.member(id.parse().expect("uuid")).expect("acknowledged member present");
    }
}

/// The same errors, in the user's language: Spanish and Arabic, chosen by --lang or LANG.
#[test]
fn errors_and_messages_speak_the_users_language() {
    let tmp = TempDir::new().expect("tmp");
    let dir = tmp.path().join("data");
    let o = run(intake(&dir).arg("verify").env("INTAKE_LANG", "es"));
    assert_clear_error(&o, "intake init");
    assert!(!stderr(&o).contains("no Equity Intake store"), "Spanish, not English: {}", stderr(&o));
    init(&dir);
    let o = run(intake(&dir).arg("verify").env("INTAKE_PIN", "999999").env_remove("INTAKE_LANG").env("LANG", "ar_EG.UTF-8"));
    assert_clear_error(&o, "PIN");
    assert!(stderr(&o).chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "Arabic: {}", stderr(&o));
    let o = run(intake(&dir).args(["--lang", "es", "member", "search", "nadie"]));
    assert!(o.status.success());
    assert!(!stdout(&o).contains("found"), "{}", stdout(&o));
}

/// Regression: piping into a reader that stops early (`| head -1`) must not print an internal error.
#[test]
fn a_closed_pipe_is_not_an_error() {
    let tmp = TempDir::new().expect("tmp");
    let dir = tmp.path().join("data");
    init(&dir);
    assert!(run(intake(&dir).args(["demo-data", "--members", "30"])).status.success());
    let mut child = intake(&dir)
        .args(["member", "search", "1"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take()); // the reader goes away before the first line
    let o = child.wait_with_output().expect("wait");
    assert!(!stderr(&o).contains("internal error"), "{}", stderr(&o));
}

struct Unmount(PathBuf);
impl Drop for Unmount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}
