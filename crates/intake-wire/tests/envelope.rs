//! The envelope as the hub sees it: what opens, and everything that must not.

use chrono::TimeZone;
use intake_model::{FollowUp, Need, NeedStatus};
use intake_wire::{
    open_payload, seal_batch, BatchPayload, DeviceKey, Envelope, HubKeyPair, Record, SealedBatch, WireError,
};
use proptest::prelude::*;
use rand::rngs::OsRng;
use uuid::Uuid;

/// Synthetic needs and follow-ups: no member data.
fn payload(n: usize) -> BatchPayload {
    let at = chrono::Utc.with_ymd_and_hms(2026, 11, 2, 15, 0, 0).single().expect("time");
    let records = (0..n)
        .map(|i| {
            let need = Need {
                id: Uuid::now_v7(),
                member_id: Uuid::now_v7(),
                response_id: Uuid::now_v7(),
                domain: "food".into(),
                opened_by: "test-chw".into(),
                opened_at: at,
            };
            if i % 2 == 0 {
                Record::Need(need)
            } else {
                Record::FollowUp(FollowUp {
                    id: Uuid::now_v7(),
                    need_id: need.id,
                    status: NeedStatus::Referred,
                    organization: Some("Pantry ñ 食物".into()),
                    note: None,
                    recorded_by: "test-chw".into(),
                    recorded_at: at,
                })
            }
        })
        .collect();
    BatchPayload { records }
}

struct Setup {
    hub: HubKeyPair,
    device: DeviceKey,
    payload: BatchPayload,
    sealed: SealedBatch,
}

fn setup(n: usize) -> Setup {
    let hub = HubKeyPair::generate(&mut OsRng);
    let device = DeviceKey::generate(&mut OsRng);
    let payload = payload(n);
    let sealed =
        seal_batch(Uuid::now_v7(), Uuid::now_v7(), 7, chrono::Utc::now(), &payload, hub.public(), &device, &mut OsRng)
            .expect("seal");
    Setup { hub, device, payload, sealed }
}

/// What the hub does with bytes from the network, in its order: decode, verify, open.
fn hub_opens(s: &Setup, bytes: &[u8]) -> Result<BatchPayload, WireError> {
    let envelope = Envelope::decode(bytes)?;
    envelope.verify(&s.device.public())?;
    open_payload(&envelope, &s.hub)
}

#[test]
fn a_sealed_batch_opens_to_the_same_records() {
    let s = setup(20);
    assert_eq!(hub_opens(&s, &s.sealed.bytes).expect("opens"), s.payload);
    assert_eq!(s.sealed.header.record_count, 20);
    assert_eq!(s.sealed.header.hub_key_id, s.hub.public().id);
}

#[test]
fn every_single_flipped_bit_is_refused() {
    let s = setup(3);
    let bytes = &s.sealed.bytes;
    for i in 0..bytes.len() * 8 {
        let mut changed = bytes.clone();
        changed[i / 8] ^= 1 << (i % 8);
        assert!(hub_opens(&s, &changed).is_err(), "bit {i} of {} flipped and the batch still opened", bytes.len() * 8);
    }
}

#[test]
fn a_signature_by_another_key_is_refused_before_decrypting() {
    let s = setup(2);
    let other = DeviceKey::generate(&mut OsRng);
    let forged = seal_batch(
        s.sealed.header.batch_id,
        s.sealed.header.device_id,
        7,
        s.sealed.header.created_at,
        &s.payload,
        s.hub.public(),
        &other,
        &mut OsRng,
    )
    .expect("seal");
    let envelope = Envelope::decode(&forged.bytes).expect("well formed");
    assert!(matches!(envelope.verify(&s.device.public()), Err(WireError::BadSignature)));
}

#[test]
fn a_batch_sealed_to_another_hub_key_does_not_open() {
    let s = setup(2);
    let envelope = Envelope::decode(&s.sealed.bytes).expect("decode");
    let other = HubKeyPair::generate(&mut OsRng);
    assert!(matches!(open_payload(&envelope, &other), Err(WireError::CannotDecrypt)));
}

#[test]
fn truncations_and_extensions_are_refused() {
    let s = setup(2);
    let bytes = &s.sealed.bytes;
    for len in 0..bytes.len() {
        assert!(Envelope::decode(&bytes[..len]).is_err(), "truncated to {len}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(matches!(Envelope::decode(&longer), Err(WireError::Malformed(_))));
}

#[test]
fn the_payload_is_compressed() {
    let s = setup(200);
    let json = serde_json::to_vec(&s.payload).expect("json");
    assert!(s.sealed.bytes.len() * 3 < json.len(), "{} sealed bytes for {} bytes of JSON", s.sealed.bytes.len(), json.len());
}

/// The independent check described in the README: pyhpke, `cryptography` and zlib open our batch.
/// The test command installs them in `target/py`; `INTAKE_PYTHON` may name another interpreter.
#[test]
fn an_independent_hpke_implementation_opens_the_batch() {
    let s = setup(5);
    let python = std::env::var("INTAKE_PYTHON")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/py/bin/python").to_owned());
    let dir = std::env::temp_dir().join(format!("intake-wire-{}", Uuid::now_v7()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let batch = dir.join("batch.eib");
    std::fs::write(&batch, &s.sealed.bytes).expect("write batch");
    let out = std::process::Command::new(&python)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/open_with_pyhpke.py"))
        .arg(&batch)
        .arg(s.hub.secret_hex().as_str())
        .arg(s.device.public().to_hex())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python} (scripts/setup installs it): {e}"));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "pyhpke refused the batch: {}", String::from_utf8_lossy(&out.stderr));
    let opened: BatchPayload = serde_json::from_slice(&out.stdout).expect("payload JSON");
    assert_eq!(opened, s.payload);
}

proptest! {
    // 20,000 cases per run in the test suite; PROPTEST_CASES=N for a longer fuzzing session.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(20_000),
        ..ProptestConfig::default()
    })]

    /// Fuzzing the decoder: arbitrary bytes never panic, and never decode unless they are well framed.
    #[test]
    fn the_decoder_survives_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = Envelope::decode(&bytes);
    }

    /// Mutations of a real batch (the inputs a fuzzer finds interesting): never panic, never open.
    #[test]
    fn mutated_batches_never_open(edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let s = SETUP.with(|s| s.sealed.bytes.clone());
        let mut bytes = s.clone();
        for (at, value) in &edits {
            let i = at % bytes.len();
            bytes[i] = *value;
        }
        prop_assume!(bytes != s);
        let opened = SETUP.with(|setup| hub_opens(setup, &bytes).is_ok());
        prop_assert!(!opened);
    }
}

thread_local! {
    static SETUP: Setup = setup(4);
}
