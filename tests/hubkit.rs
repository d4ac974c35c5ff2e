//! Test kit for sync: a real `intake-hub` process on a free loopback port, over SQLite or PostgreSQL, and
//! real device stores. Each PostgreSQL test gets its own schema in the `test` database, so tests run in
//! parallel and leave nothing behind.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use intake_core::{Session, Store};

pub const PIN: &str = "246810";

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A workspace binary (`intake-hub` or `intake`): `$INTAKE_HUB_BIN` or `$INTAKE_CLI_BIN`, else the debug
/// build (scripts/test builds every target first).
pub fn binary(name: &str) -> PathBuf {
    let var = if name == "intake-hub" { "INTAKE_HUB_BIN" } else { "INTAKE_CLI_BIN" };
    std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| repo_root().join("target/debug").join(name))
}

/// Where the hub keeps its data for one test.
pub enum Backend {
    Sqlite { _dir: tempfile::TempDir, url: String },
    Postgres { schema: String, url: String },
}

/// The PostgreSQL the tests use: `INTAKE_TEST_PG`, else the one CI runs (trust auth, database `test`).
pub fn postgres_base() -> String {
    std::env::var("INTAKE_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

impl Backend {
    pub fn sqlite() -> Backend {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("hub.db").display());
        Backend::Sqlite { _dir: dir, url }
    }

    /// A fresh schema. Fails (never skips) when PostgreSQL is not there: scripts/test starts one.
    pub fn postgres() -> Backend {
        let schema = format!("t_{}", uuid_simple());
        let mut client = postgres::Client::connect(&postgres_base(), postgres::NoTls)
            .unwrap_or_else(|e| panic!("PostgreSQL at {} is required (scripts/test starts one): {e}", postgres_base()));
        client.batch_execute(&format!("CREATE SCHEMA {schema}")).expect("create schema");
        let sep = if postgres_base().contains('?') { '&' } else { '?' };
        let url = format!("{}{sep}options=-csearch_path%3D{schema}", postgres_base());
        Backend::Postgres { schema, url }
    }

    pub fn both() -> [Backend; 2] {
        [Backend::sqlite(), Backend::postgres()]
    }

    pub fn url(&self) -> &str {
        match self {
            Backend::Sqlite { url, .. } | Backend::Postgres { url, .. } => url,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Backend::Sqlite { .. } => "sqlite",
            Backend::Postgres { .. } => "postgres",
        }
    }

    /// Runs the hub's admin command line on this database; returns stdout, panics with stderr on failure.
    pub fn admin(&self, args: &[&str]) -> String {
        let out = Command::new(binary("intake-hub")).arg("--db").arg(self.url()).args(args).output().expect("run intake-hub");
        assert!(out.status.success(), "intake-hub {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `intake-hub stats` as numbers.
    pub fn stats(&self) -> std::collections::BTreeMap<String, i64> {
        self.admin(&["stats"])
            .lines()
            .filter_map(|l| l.split_once(": "))
            .map(|(k, v)| (k.to_owned(), v.trim().parse().expect("a number")))
            .collect()
    }

    pub fn stat(&self, name: &str) -> i64 {
        self.stats().get(name).copied().unwrap_or(0)
    }

    pub fn enroll_code(&self, site: &str) -> String {
        self.admin(&["enroll-code", "--site", site]).trim().to_owned()
    }

    /// Every record the hub holds, as (kind, id), read straight from its database.
    pub fn record_keys(&self) -> BTreeSet<(String, String)> {
        let hub = intake_hub::Hub::open(self.url()).expect("open hub db");
        let mut keys = BTreeSet::new();
        hub.db()
            .with_tx(|tx| -> Result<(), intake_hub::db::DbError> {
                for (kind, sql) in [
                    ("member", "SELECT version_id FROM member_versions"),
                    ("response", "SELECT id FROM responses"),
                    ("retraction", "SELECT id FROM retractions"),
                    ("need", "SELECT id FROM needs"),
                    ("follow-up", "SELECT id FROM follow_ups"),
                ] {
                    for row in tx.query(sql, &[])? {
                        keys.insert((kind.to_owned(), row.text(0)?));
                    }
                }
                Ok(())
            })
            .expect("read hub records");
        keys
    }
}

impl Backend {
    /// The sum of `records_new` over the receipts the hub signed: each record counted new exactly once
    /// means no receipt claimed a record a second time.
    pub fn records_new_in_receipts(&self) -> i64 {
        let hub = intake_hub::Hub::open(self.url()).expect("open hub db");
        hub.db()
            .with_tx(|tx| tx.query("SELECT CAST(COALESCE(sum(records_new), 0) AS BIGINT) FROM batches", &[]))
            .expect("sum")
            .first()
            .map(|r| r.int(0).expect("a number"))
            .unwrap_or(0)
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        if let Backend::Postgres { schema, .. } = self {
            if let Ok(mut c) = postgres::Client::connect(&postgres_base(), postgres::NoTls) {
                let _ = c.batch_execute(&format!("DROP SCHEMA {schema} CASCADE"));
            }
        }
    }
}

pub fn uuid_simple() -> String {
    intake_model::new_id().simple().to_string()
}

/// A running `intake-hub serve`.
pub struct HubProcess {
    child: Child,
    pub url: String,
    pub port: u16,
    db: String,
}

impl HubProcess {
    pub fn start(backend: &Backend) -> HubProcess {
        HubProcess::start_on(backend, 0)
    }

    /// Starts the hub on `port` (0: any free port) and waits for its `listening on` line.
    pub fn start_on(backend: &Backend, port: u16) -> HubProcess {
        HubProcess::start_with(backend, port, &[])
    }

    /// As `start_on`, with more `serve` arguments (TLS).
    pub fn start_with(backend: &Backend, port: u16, extra: &[&str]) -> HubProcess {
        let mut child = Command::new(binary("intake-hub"))
            .arg("--db")
            .arg(backend.url())
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .args(extra)
            .env("INTAKE_HUB_LOG", "error")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start intake-hub");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(60)).expect("the hub printed where it listens");
        let url = line.trim().strip_prefix("listening on ").unwrap_or_else(|| panic!("hub said {line:?}")).to_owned();
        let port = url.rsplit(':').next().and_then(|p| p.parse().ok()).expect("port");
        HubProcess { child, url, port, db: backend.url().to_owned() }
    }

    /// SIGKILL: no shutdown, no flush; whatever the hub was doing stops mid-way.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for HubProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A device: a real encrypted store with a supervisor signed in.
pub struct Device {
    pub dir: tempfile::TempDir,
    pub session: Session,
}

impl Device {
    pub fn new(site: &str) -> Device {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::at(dir.path().join("store"));
        let session = store.initialize(site, "sup", PIN).expect("initialize").session;
        Device { dir, session }
    }

    pub fn store_dir(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// Adds `members` synthetic members, each with their screenings (about 6 records per member).
    pub fn add_work(&mut self, members: usize, seed: u64) {
        intake_core::demo::populate(&mut self.session, members, seed, |_, _| {}).expect("demo data");
    }

    pub fn enroll(&mut self, backend: &Backend, hub: &HubProcess) {
        let code = backend.enroll_code(self.session.site());
        self.session.enroll(&hub.url, &code, None).expect("enroll");
    }

    /// Every record this device holds, as (kind, id): the delivered and the pending.
    pub fn record_keys(&self) -> BTreeSet<(String, String)> {
        let mut all = self.session.outbox_delivered().expect("delivered");
        all.extend(self.session.outbox_pending(usize::MAX >> 1).expect("pending"));
        all.into_iter().map(|e| (e.kind.as_str().to_owned(), e.record_id.to_string())).collect()
    }

    pub fn pending(&self) -> i64 {
        self.session.outbox_counts().expect("counts").pending
    }

    /// Signs in again (after another process used the store).
    pub fn reopen(&mut self) {
        self.session = Store::at(self.store_dir()).sign_in("sup", PIN).expect("sign in");
    }
}

/// What a load run measured.
#[derive(Debug, Clone)]
pub struct LoadReport {
    pub devices: usize,
    pub records: u64,
    pub batches: u64,
    pub failures: usize,
    /// From the first device starting to the last receipt.
    pub wall: Duration,
    /// Each device's sync, start to last verified receipt, sorted.
    pub sync_times: Vec<Duration>,
}

impl LoadReport {
    pub fn percentile(&self, p: f64) -> Duration {
        if self.sync_times.is_empty() {
            return Duration::ZERO;
        }
        let i = ((self.sync_times.len() as f64 * p).ceil() as usize).clamp(1, self.sync_times.len()) - 1;
        self.sync_times[i]
    }

    pub fn records_per_second(&self) -> f64 {
        self.records as f64 / self.wall.as_secs_f64()
    }
}

/// `devices` devices, each with `members` members' screenings (a CHW's day is 8 to 15), enrolled, then all
/// syncing at the same moment, each on its own thread.
pub fn load(backend: &Backend, hub: &HubProcess, devices: usize, members: usize) -> LoadReport {
    let fleet: Vec<Device> = (0..devices)
        .map(|i| {
            let mut d = Device::new(&format!("Clinic {i}"));
            d.add_work(members, 1000 + i as u64);
            d.enroll(backend, hub);
            d
        })
        .collect();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(devices + 1));
    let threads: Vec<_> = fleet
        .into_iter()
        .map(|mut d| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                let t = std::time::Instant::now();
                let result = d.session.sync(&mut |_| {});
                (result, t.elapsed(), d)
            })
        })
        .collect();
    barrier.wait();
    let started = std::time::Instant::now();
    let mut report = LoadReport { devices, records: 0, batches: 0, failures: 0, wall: Duration::ZERO, sync_times: Vec::new() };
    for t in threads {
        let (result, took, _device) = t.join().expect("device thread");
        match result {
            Ok(s) => {
                report.records += s.records;
                report.batches += u64::from(s.batches);
            }
            Err(e) => {
                eprintln!("a device failed to sync: {e}");
                report.failures += 1;
            }
        }
        report.sync_times.push(took);
    }
    report.wall = started.elapsed();
    report.sync_times.sort();
    report
}
