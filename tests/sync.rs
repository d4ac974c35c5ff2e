//! Sync, end to end: real device stores, the real `intake-hub` binary on loopback, over SQLite and
//! PostgreSQL. Every test runs on both backends through [`check`]; none is skipped.

mod hubkit;

use std::time::Duration;

use hubkit::{binary, Backend, Device, HubProcess, PIN};
use intake_core::{Error, SyncError};
use intake_model::Need;
use intake_wire::{
    seal_batch, BatchPayload, DeviceKey, EnrollReply, EnrollRequest, EnrollmentCode, HubKeyAnnouncement, HubPublicKey,
    Receipt, ReceiptPublicKey, Record, Signed,
};
use rand::{Rng, SeedableRng};
use uuid::Uuid;

/// Runs a test body on each backend, saying which one failed.
fn check(test: impl Fn(&Backend)) {
    for backend in Backend::both() {
        eprintln!("--- on {}", backend.name());
        test(&backend);
    }
}

const RECORD_STATS: [&str; 5] = ["member_versions", "responses", "retractions", "needs", "follow_ups"];

fn hub_records(b: &Backend) -> i64 {
    let s = b.stats();
    RECORD_STATS.iter().map(|k| s.get(*k).copied().unwrap_or(0)).sum()
}

#[test]
fn every_record_arrives_once() {
    check(|b| {
        let hub = HubProcess::start(b);
        let mut dev = Device::new("Clinic A");
        dev.add_work(25, 1);
        dev.enroll(b, &hub);
        let first = dev.session.sync(&mut |_| {}).expect("sync");
        assert_eq!(first.records as i64, dev.session.outbox_counts().expect("counts").delivered);
        assert_eq!(first.records_new, first.records, "all new to the hub");
        // More work the same day, some of it enough for a second batch.
        dev.add_work(90, 2);
        let second = dev.session.sync(&mut |_| {}).expect("second sync");
        assert!(second.batches >= 2, "{} records in {} batches", second.records, second.batches);
        assert_eq!(dev.pending(), 0);
        assert_eq!(dev.session.sync(&mut |_| {}).expect("nothing left").records, 0);
        assert_eq!(dev.record_keys(), b.record_keys(), "the hub holds exactly the device's records");
        let s = b.stats();
        assert_eq!(s["members"], 115);
        assert_eq!(s["batches_accepted"], i64::from(first.batches + second.batches));
        assert_eq!(s["batches_rejected"], 0);
        // The answers travelled with their responses.
        assert!(s["answers"] > s["responses"] * 5, "{s:?}");
        let history = dev.session.sync_history(10).expect("history");
        assert_eq!(history.len(), 3);
        assert_eq!(history[1].receipts.len() as u32, second.batches, "receipts kept with the sync that got them");
        assert!(history.iter().all(|r| r.error.is_none() && r.finished_at.is_some()));
    });
}

/// A device made from the wire crate alone, to send exactly the bytes a test wants.
struct WireDevice {
    id: Uuid,
    key: DeviceKey,
    hub_key: HubPublicKey,
    receipt_key: ReceiptPublicKey,
    sequence: u64,
}

struct Answer {
    status: u16,
    body: serde_json::Value,
}

impl Answer {
    fn reason(&self) -> &str {
        self.body["reason"].as_str().unwrap_or("")
    }
}

fn post(url: &str, content_type: &str, body: &[u8]) -> Answer {
    let answer = match ureq::post(url).set("content-type", content_type).timeout(Duration::from_secs(60)).send_bytes(body) {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("POST {url}: {e}"),
    };
    let status = answer.status();
    let text = answer.into_string().expect("body");
    Answer { status, body: serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)) }
}

fn send(hub: &HubProcess, bytes: &[u8]) -> Answer {
    post(&format!("{}/v1/batches", hub.url), "application/octet-stream", bytes)
}

impl WireDevice {
    fn enroll(b: &Backend, hub: &HubProcess) -> WireDevice {
        let code = EnrollmentCode::parse(&b.enroll_code("Clinic W")).expect("code");
        let key = DeviceKey::generate(&mut rand::rngs::OsRng);
        let id = intake_model::new_id();
        let request = EnrollRequest::new(&code, id, &key.public(), "wire test device");
        let a = post(&format!("{}/v1/enroll", hub.url), "application/json", &serde_json::to_vec(&request).expect("json"));
        assert_eq!(a.status, 200, "{:?}", a.body);
        let reply: EnrollReply = serde_json::from_value(a.body).expect("reply");
        let (answer, receipt_key) = reply.open(&code, &key.public()).expect("the hub knew the code");
        WireDevice { id, key, hub_key: answer.hub_key, receipt_key, sequence: 0 }
    }

    /// A stranger: never enrolled.
    fn stranger(like: &WireDevice) -> WireDevice {
        WireDevice { id: intake_model::new_id(), key: DeviceKey::generate(&mut rand::rngs::OsRng), sequence: 0, ..like.clone_keys() }
    }

    fn clone_keys(&self) -> WireDevice {
        WireDevice { id: self.id, key: DeviceKey::from_secret_hex(&self.key.secret_hex()).expect("key"), hub_key: self.hub_key.clone(), receipt_key: self.receipt_key, sequence: self.sequence }
    }

    /// The next batch: `n` synthetic needs (a need names no device, so any device may send one).
    fn batch(&mut self, n: usize) -> Vec<u8> {
        self.sequence += 1;
        let records = (0..n)
            .map(|_| {
                Record::Need(Need {
                    id: intake_model::new_id(),
                    member_id: intake_model::new_id(),
                    response_id: intake_model::new_id(),
                    domain: "food".into(),
                    opened_by: "wire".into(),
                    opened_at: chrono::Utc::now(),
                })
            })
            .collect();
        let sealed = seal_batch(
            intake_model::new_id(),
            self.id,
            self.sequence,
            chrono::Utc::now(),
            &BatchPayload { records },
            &self.hub_key,
            &self.key,
            &mut rand::rngs::OsRng,
        )
        .expect("seal");
        sealed.bytes
    }

    fn receipt(&self, a: &Answer) -> Receipt {
        let signed: Signed<Receipt> = serde_json::from_value(a.body.clone()).expect("signed receipt");
        signed.verify(&self.receipt_key).expect("signed by the pinned receipt key")
    }
}

#[test]
fn bad_input_is_refused_with_a_reason_and_nothing_is_stored() {
    check(|b| {
        let hub = HubProcess::start(b);
        let mut dev = WireDevice::enroll(b, &hub);
        let first = dev.batch(3);
        assert_eq!(send(&hub, &first).status, 200);
        let second = dev.batch(3);
        let receipt = dev.receipt(&send(&hub, &second));
        assert_eq!((receipt.sequence, receipt.records_new), (2, 3));
        let stored = hub_records(b);
        assert_eq!(stored, 6);

        let refused = |a: Answer, reason: &str, what: &str| {
            assert!((400..500).contains(&a.status), "{what}: status {} {:?}", a.status, a.body);
            assert_eq!(a.reason(), reason, "{what}: {:?}", a.body);
            assert!(!a.body["message"].as_str().unwrap_or("").is_empty(), "{what}: a message");
        };

        // A flipped bit anywhere: spread over the header, the encapsulated key, the ciphertext, the signature.
        let third = dev.batch(3);
        for i in (0..third.len() * 8).step_by(third.len() * 8 / 48) {
            let mut bytes = third.clone();
            bytes[i / 8] ^= 1 << (i % 8);
            let a = send(&hub, &bytes);
            assert!((400..500).contains(&a.status), "bit {i}: {} {:?}", a.status, a.body);
        }
        assert_eq!(hub_records(b), stored, "nothing stored from a changed batch");
        // The untouched batch still goes through: the refusals did not use up its sequence number.
        assert_eq!(send(&hub, &third).status, 200);
        let stored = hub_records(b);

        // A retry of the last batch gets the original receipt and stores nothing more; an older one is a replay.
        let again = send(&hub, &third);
        assert_eq!((again.status, dev.receipt(&again).sequence), (200, 3));
        refused(send(&hub, &first), "replayed", "replay of batch 1");
        let mut behind = dev.clone_keys();
        behind.sequence = 1;
        refused(send(&hub, &behind.batch(1)), "sequence-reused", "a new batch with an old sequence number");

        // Unknown device; a signature by another key; a revoked device.
        let mut stranger = WireDevice::stranger(&dev);
        let bytes = stranger.batch(1);
        refused(send(&hub, &bytes), "unknown-device", "unknown device");
        let mut forger = WireDevice::stranger(&dev);
        forger.id = dev.id;
        forger.sequence = dev.sequence;
        let bytes = forger.batch(1);
        refused(send(&hub, &bytes), "bad-signature", "signed by another key");
        let mut revoked = WireDevice::enroll(b, &hub);
        b.admin(&["revoke", &revoked.id.to_string()]);
        let bytes = revoked.batch(1);
        refused(send(&hub, &bytes), "device-revoked", "revoked device");

        // Garbage and oversize bodies.
        for (what, body) in [("empty", Vec::new()), ("text", b"hello hub".to_vec()), ("json", b"{\"records\":[]}".to_vec())] {
            let a = send(&hub, &body);
            assert_eq!(a.status, 400, "{what}: {:?}", a.body);
        }
        let noise: Vec<u8> = (0..4096).map(|_| rand::random()).collect();
        assert_eq!(send(&hub, &noise).status, 400);
        refused(send(&hub, &vec![0u8; intake_wire::MAX_ENVELOPE_BYTES + 1]), "too-large", "oversize body");
        assert_eq!(hub_records(b), stored, "nothing stored from any refused request");

        // Key rotation: a batch sealed to the old key is accepted within the grace period...
        b.admin(&["rotate-key", "--grace-hours", "1"]);
        let within_grace = dev.batch(2);
        let a = send(&hub, &within_grace);
        assert_eq!(a.status, 200, "{:?}", a.body);
        let announced = dev.receipt(&a).hub_key;
        assert_ne!(announced, dev.hub_key, "the receipt carries the new key");
        // ...and refused after it, with the new key signed by the receipt key.
        b.admin(&["rotate-key", "--grace-hours", "0"]);
        dev.hub_key = announced;
        let expired = send(&hub, &dev.clone_keys().batch_at(dev.sequence + 1));
        assert_eq!((expired.status, expired.reason()), (409, "hub-key-expired"), "{:?}", expired.body);
        assert_eq!(hub_records(b), stored + 2, "nothing stored from the batch sealed to the retired key");
        let signed: Signed<HubKeyAnnouncement> = serde_json::from_value(expired.body["hub_key"].clone()).expect("announcement");
        let newest = signed.verify(&dev.receipt_key).expect("signed by the receipt key").hub_key;
        assert_ne!(newest, dev.hub_key, "the announcement names the newest key");
        dev.hub_key = newest;
        assert_eq!(send(&hub, &dev.clone_keys().batch_at(dev.sequence + 1)).status, 200, "re-sealed to the new key");

        let s = b.stats();
        for reason in ["replayed", "sequence_reused", "unknown_device", "bad_signature", "device_revoked", "too_large", "hub_key_expired", "malformed"] {
            assert!(s.get(&format!("rejected_{reason}")).copied().unwrap_or(0) >= 1, "rejected_{reason} counted: {s:?}");
        }
        assert_eq!(s["batches_rejected"], s.iter().filter(|(k, _)| k.starts_with("rejected_")).map(|(_, v)| v).sum::<i64>());
    });
}

impl WireDevice {
    /// A one-record batch at `sequence`, sealed to this device's idea of the hub key.
    fn batch_at(mut self, sequence: u64) -> Vec<u8> {
        self.sequence = sequence - 1;
        self.batch(1)
    }
}

#[test]
fn a_device_picks_up_a_rotated_key_and_reseals() {
    check(|b| {
        let hub = HubProcess::start(b);
        let mut dev = Device::new("Clinic R");
        dev.add_work(3, 5);
        dev.enroll(b, &hub);
        let old = dev.session.hub_link().expect("link").expect("enrolled").hub_key_id;
        b.admin(&["rotate-key", "--grace-hours", "0"]);
        let summary = dev.session.sync(&mut |_| {}).expect("sync after rotation");
        assert!(summary.records > 0);
        let new = dev.session.hub_link().expect("link").expect("enrolled").hub_key_id;
        assert_ne!(old, new, "the device pinned the announced key");
        assert_eq!(dev.record_keys(), b.record_keys());
        assert_eq!(b.stat("rejected_hub_key_expired"), 1);
    });
}

#[test]
fn errors_a_supervisor_can_act_on_lose_nothing() {
    check(|b| {
        let mut hub = HubProcess::start(b);
        let mut dev = Device::new("Clinic E");
        dev.add_work(4, 9);
        dev.enroll(b, &hub);
        let pending = dev.pending();

        // No network (the hub is down): a clear error, nothing lost, and the next sync carries on.
        hub.kill();
        let e = dev.session.sync(&mut |_| {}).expect_err("hub is down");
        assert!(matches!(e, Error::Sync(SyncError::Offline { .. })), "{e:?}");
        let l = intake_core::l10n::Localizer::global();
        assert_eq!(e.message(l, "en"), "no network, or the hub cannot be reached: nothing was lost, try again when you are online");
        assert_ne!(e.message(l, "es"), e.message(l, "en"), "said in the supervisor's language");
        assert_eq!(dev.pending(), pending);
        let hub = HubProcess::start_on(b, hub.port);
        dev.session.sync(&mut |_| {}).expect("sync once the hub is back");
        assert_eq!(dev.pending(), 0);

        // Revoked: said plainly; what was recorded since stays queued.
        b.admin(&["revoke", &dev.session.device_id().to_string()]);
        dev.add_work(1, 10);
        let e = dev.session.sync(&mut |_| {}).expect_err("revoked");
        assert!(matches!(e, Error::Sync(SyncError::Revoked)), "{e:?}");
        assert!(e.message(intake_core::l10n::Localizer::global(), "en").starts_with("the hub revoked this device"));
        assert!(dev.pending() > 0);
        let history = dev.session.sync_history(1).expect("history");
        assert_eq!(history[0].error.as_deref(), Some("revoked"));
        drop(hub);

        // Plain http:// to another machine is refused before anything is sent; a wrong code is explained.
        let mut other = Device::new("Clinic F");
        let e = other.session.enroll("http://hub.example.org", "ABCD-EFGH-JKMN-PQRS", None).expect_err("plain http");
        assert!(matches!(e, Error::Sync(SyncError::InsecureUrl)), "{e:?}");
        let hub = HubProcess::start(b);
        let e = other.session.enroll(&hub.url, "ABCD-EFGH-JKMN-PQRS", None).expect_err("unknown code");
        assert!(matches!(e, Error::Sync(SyncError::BadCode)), "{e:?}");
        let code = b.enroll_code("Clinic F");
        other.session.enroll(&hub.url, &code, None).expect("enroll");
        let mut third = Device::new("Clinic G");
        let e = third.session.enroll(&hub.url, &code, None).expect_err("a used code");
        assert!(matches!(e, Error::Sync(SyncError::BadCode)), "{e:?}");
    });
}

/// `intake sync` as its own process, killed with SIGKILL at random moments; then the hub killed during
/// ingest; then one last sync. The hub must hold exactly the device's records.
#[test]
fn kills_of_the_device_and_the_hub_lose_nothing_and_store_nothing_twice() {
    check(|b| {
        let seed: u64 = std::env::var("INTAKE_FAULT_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(rand::random);
        eprintln!("fault seed {seed} (INTAKE_FAULT_SEED to replay)");
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut hub = HubProcess::start(b);
        let mut dev = Device::new("Clinic K");
        dev.enroll(b, &hub);
        let sync = |dev: &Device| {
            std::process::Command::new(binary("intake"))
                .arg("--data-dir")
                .arg(dev.store_dir())
                .arg("sync")
                .env("INTAKE_USER", "sup")
                .env("INTAKE_PIN", PIN)
                .env("INTAKE_LANG", "en")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("intake sync")
        };
        // Until the device has been killed while still running at least 5 times (a sync that finished before
        // its kill proves nothing), in at most 40 rounds.
        let mut killed_device = 0;
        let mut round = 0u64;
        while killed_device < 5 && round < 40 {
            dev.add_work(rng.gen_range(20..90), 100 + round);
            let mut child = sync(&dev);
            std::thread::sleep(Duration::from_millis(rng.gen_range(0..1200)));
            if child.try_wait().expect("wait").is_none() {
                killed_device += 1;
            }
            let _ = child.kill();
            let _ = child.wait();
            round += 1;
        }
        let mut killed_hub = 0;
        for round in 0..4u64 {
            dev.add_work(rng.gen_range(80..160), 200 + round);
            let mut child = sync(&dev);
            std::thread::sleep(Duration::from_millis(rng.gen_range(250..1200)));
            hub.kill();
            killed_hub += 1;
            let _ = child.wait();
            hub = HubProcess::start_on(b, hub.port);
        }
        eprintln!("device killed mid-sync {killed_device} times, hub killed {killed_hub} times");
        let status = sync(&dev).wait().expect("final sync");
        assert!(status.success(), "the last sync finished");
        dev.reopen();
        assert_eq!(dev.pending(), 0);
        let device = dev.record_keys();
        let at_hub = b.record_keys();
        assert_eq!(device.len(), at_hub.len(), "as many records at the hub as on the device");
        assert_eq!(device, at_hub, "exactly the device's records: none lost, none extra");
        // Primary keys make a second copy of a row impossible; what is left to check is that no retry after
        // a kill was acknowledged as new a second time.
        assert_eq!(b.records_new_in_receipts(), at_hub.len() as i64, "each record counted new in exactly one receipt");
        assert!(killed_device >= 5, "the device was killed while running only {killed_device} times in {round} rounds");
    });
}

/// 50 devices with a day's work each, syncing at once: all accepted. (The numbers are in the benchmark.)
#[test]
fn fifty_devices_sync_at_once() {
    check(|b| {
        let hub = HubProcess::start(b);
        let report = hubkit::load(b, &hub, 50, 12);
        assert_eq!(report.failures, 0, "{report:?}");
        assert_eq!(b.stat("members"), 50 * 12);
        assert_eq!(b.stat("batches_rejected"), 0);
        assert_eq!(hub_records(b) as u64, report.records);
    });
}

/// Regression (review): the hub enrolled a device but its answer was lost; the device's retry, with the same
/// id and key, must get the answer again, not "code used" (which would lock the device out for good).
#[test]
fn an_enrollment_whose_answer_was_lost_is_answered_again() {
    check(|b| {
        let hub = HubProcess::start(b);
        let code = EnrollmentCode::parse(&b.enroll_code("Clinic L")).expect("code");
        let key = DeviceKey::generate(&mut rand::rngs::OsRng);
        let id = intake_model::new_id();
        let request = serde_json::to_vec(&EnrollRequest::new(&code, id, &key.public(), "lost answer")).expect("json");
        let url = format!("{}/v1/enroll", hub.url);
        let first = post(&url, "application/json", &request);
        let again = post(&url, "application/json", &request);
        assert_eq!((first.status, again.status), (200, 200), "{:?}", again.body);
        let open = |a: Answer| serde_json::from_value::<EnrollReply>(a.body).expect("reply").open(&code, &key.public()).expect("opens").0;
        assert_eq!(open(first), open(again));
        // Anyone else presenting the spent code is refused.
        let other = DeviceKey::generate(&mut rand::rngs::OsRng);
        let thief = serde_json::to_vec(&EnrollRequest::new(&code, id, &other.public(), "thief")).expect("json");
        assert_eq!(post(&url, "application/json", &thief).reason(), "code-used");
        assert_eq!(b.stat("devices"), 1);
    });
}

/// Regression (review): a member version names its site, but the hub files it under the site it enrolled
/// the device for, so a device cannot put members into another site's reports.
#[test]
fn members_are_filed_under_the_site_the_device_was_enrolled_for() {
    check(|b| {
        let hub = HubProcess::start(b);
        let dev = WireDevice::enroll(b, &hub);
        let member = intake_model::MemberVersion {
            version_id: intake_model::new_id(),
            member_id: intake_model::new_id(),
            supersedes: None,
            identity: intake_model::MemberIdentity {
                given_name: "Synthetic".into(),
                family_name: "Sitecheck".into(),
                date_of_birth: chrono::NaiveDate::from_ymd_opt(1970, 5, 6).expect("date"),
                masshealth_id: None,
                mrn: None,
            },
            site: "Another Health Center".into(),
            recorded_by: "wire".into(),
            recorded_at: chrono::Utc::now(),
            device_id: dev.id,
        };
        let payload = BatchPayload { records: vec![Record::Member(member)] };
        let sealed = seal_batch(intake_model::new_id(), dev.id, 1, chrono::Utc::now(), &payload, &dev.hub_key, &dev.key, &mut rand::rngs::OsRng)
            .expect("seal");
        assert_eq!(send(&hub, &sealed.bytes).status, 200);
        let hubdb = intake_hub::Hub::open(b.url()).expect("hub db");
        let sites = hubdb
            .db()
            .with_tx(|tx| -> Result<Vec<String>, intake_hub::db::DbError> {
                tx.query("SELECT site FROM member_versions", &[])?.iter().map(|r| r.text(0)).collect()
            })
            .expect("sites");
        assert_eq!(sites, vec!["Clinic W".to_owned()]);
    });
}

/// The hub over TLS (rustls) with a certificate from its own authority: a device that pinned that authority
/// at enrollment syncs; one that did not is told the certificate is not trusted, and nothing is sent.
#[test]
fn the_hub_serves_tls_and_devices_trust_only_what_they_pinned() {
    check(|b| {
        let dir = tempfile::tempdir().expect("temp dir");
        let ca_key = rcgen::KeyPair::generate().expect("key");
        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params.distinguished_name.push(rcgen::DnType::CommonName, "Synthetic ACO test authority");
        let ca = ca_params.self_signed(&ca_key).expect("CA");
        let leaf_key = rcgen::KeyPair::generate().expect("key");
        let leaf = rcgen::CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .expect("params")
            .signed_by(&leaf_key, &ca, &ca_key)
            .expect("leaf");
        let (cert, key) = (dir.path().join("hub.pem"), dir.path().join("hub.key"));
        std::fs::write(&cert, leaf.pem()).expect("cert");
        std::fs::write(&key, leaf_key.serialize_pem()).expect("key");
        let hub = HubProcess::start_with(b, 0, &["--tls-cert", &cert.display().to_string(), "--tls-key", &key.display().to_string()]);
        assert!(hub.url.starts_with("https://"), "{}", hub.url);

        let mut stranger = Device::new("Clinic T");
        let code = b.enroll_code("Clinic T");
        let e = stranger.session.enroll(&hub.url, &code, None).expect_err("an unknown authority");
        assert!(matches!(e, Error::Sync(SyncError::Certificate { .. })), "{e:?}");
        stranger.session.enroll(&hub.url, &code, Some(&ca.pem())).expect("enroll with the pinned authority");
        stranger.add_work(3, 77);
        stranger.session.sync(&mut |_| {}).expect("sync over TLS");
        assert_eq!(stranger.record_keys(), b.record_keys());
    });
}

#[test]
fn the_hub_reports_health_readiness_and_metrics() {
    let b = Backend::sqlite();
    let hub = HubProcess::start(&b);
    for (path, want) in [("/healthz", "ok"), ("/readyz", "ready")] {
        let body = ureq::get(&format!("{}{path}", hub.url)).call().expect(path).into_string().expect("body");
        assert_eq!(body.trim(), want);
    }
    let mut dev = Device::new("Clinic M");
    dev.add_work(2, 3);
    dev.enroll(&b, &hub);
    dev.session.sync(&mut |_| {}).expect("sync");
    let metrics = ureq::get(&format!("{}/metrics", hub.url)).call().expect("metrics").into_string().expect("body");
    assert!(metrics.contains("intake_hub_batches_accepted_total 1"), "{metrics}");
}
