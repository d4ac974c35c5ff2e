//! The contract between a device and the ACO hub. Pure: no I/O, no clock, no randomness of its own (callers
//! pass the time and an RNG), so both sides, the tests and the fuzzer run exactly the same code.
//!
//! A batch travels as an [`Envelope`]:
//! - a clear [`BatchHeader`] (batch id, device id, sequence, created time, hub key id, payload digest),
//! - the payload ([`BatchPayload`]: the records), deflate-compressed and sealed with HPKE base mode
//!   (RFC 9180: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305) to the hub's current key, with the
//!   header bytes as the AEAD's associated data and [`HPKE_INFO`] as the info string,
//! - and the device's Ed25519 signature over everything before it.
//!
//! The hub checks the signature (who sent it, and that no bit changed) before it decrypts anything, and
//! answers with a [`Receipt`] signed by its receipt key, which the device pinned at enrollment.
//! See the crate README for the byte layout and how to open a batch with an independent HPKE library.

mod enroll;
mod envelope;
mod error;
mod keys;
mod payload;
mod seal;
mod signed;

pub use enroll::{EnrollAnswer, EnrollReply, EnrollRequest, EnrollmentCode};
pub use envelope::{BatchHeader, Envelope, FORMAT_VERSION, MAX_ENVELOPE_BYTES, MAX_HEADER_BYTES};
pub use error::WireError;
pub use keys::{DeviceKey, DevicePublicKey, HubKeyPair, HubPublicKey, KeyId, ReceiptKey, ReceiptPublicKey};
pub use payload::{record_ids_digest, BatchPayload, Record, MAX_PAYLOAD_BYTES};
pub use seal::{hpke_open, hpke_seal, open_payload, seal_batch, SealedBatch, HPKE_INFO};
pub use signed::{HubKeyAnnouncement, Receipt, Signed, SignedBody};

/// Hex SHA-256, the one digest used on the wire.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}
