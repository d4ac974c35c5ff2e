//! Sealing a batch on the device and opening it at the hub.
//!
//! [`hpke_seal`] and [`hpke_open`] are the only places that seal or open with the HPKE library (keys.rs only
//! makes and parses keys), and they are what the RFC 9180 test vectors exercise (tests/rfc9180.rs), so the
//! vectors test the very code batches go through.

use hpke::{Deserializable, OpModeR, OpModeS, Serializable};
use rand::{CryptoRng, RngCore};
use uuid::Uuid;

use crate::envelope::{BatchHeader, Envelope};
use crate::error::WireError;
use crate::keys::{DeviceKey, DevicePublicKey, HubKeyPair, HubPublicKey, Kem};
use crate::payload::{compress, decompress, BatchPayload};
use intake_model::Timestamp;

type Aead = hpke::aead::ChaCha20Poly1305;
type Kdf = hpke::kdf::HkdfSha256;

/// HPKE `info`: binds every key this protocol derives to this protocol and version.
pub const HPKE_INFO: &[u8] = b"equity-intake batch v1";

/// The `hpke` crate takes rand_core 0.9 RNGs; the rest of the workspace (and ed25519-dalek) uses rand 0.8.
/// This forwards one to the other.
pub(crate) struct Rng09<'a, R>(pub &'a mut R);

impl<R: RngCore> hpke::rand_core::RngCore for Rng09<'_, R> {
    fn next_u32(&mut self) -> u32 {
        self.0.next_u32()
    }
    fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        self.0.fill_bytes(dest)
    }
}

impl<R: RngCore + CryptoRng> hpke::rand_core::CryptoRng for Rng09<'_, R> {}

/// HPKE base-mode single-shot seal (RFC 9180 §6.1 `SealBase`): returns `(enc, ciphertext)`.
pub fn hpke_seal(
    recipient: &HubPublicKey,
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<(Vec<u8>, Vec<u8>), WireError> {
    let pk = recipient.kem_public()?;
    let (enc, ct) =
        hpke::single_shot_seal::<Aead, Kdf, Kem, _>(&OpModeS::Base, &pk, info, plaintext, aad, &mut Rng09(rng))
            .map_err(|_| WireError::SealFailed)?;
    Ok((enc.to_bytes().to_vec(), ct))
}

/// HPKE base-mode single-shot open (RFC 9180 §6.1 `OpenBase`).
pub fn hpke_open(key: &HubKeyPair, enc: &[u8], info: &[u8], aad: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, WireError> {
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(enc).map_err(|_| WireError::CannotDecrypt)?;
    hpke::single_shot_open::<Aead, Kdf, Kem>(&OpModeR::Base, key.kem_secret(), &enc, info, ciphertext, aad)
        .map_err(|_| WireError::CannotDecrypt)
}

/// A sealed batch, ready to send: the same bytes go out on every retry.
#[derive(Debug, Clone)]
pub struct SealedBatch {
    pub header: BatchHeader,
    pub bytes: Vec<u8>,
}

/// Compresses, seals and signs `payload`. The arguments are the header's fields and the two keys; a struct
/// for them would only be the header under another name.
#[allow(clippy::too_many_arguments)]
pub fn seal_batch(
    batch_id: Uuid,
    device_id: Uuid,
    sequence: u64,
    created_at: Timestamp,
    payload: &BatchPayload,
    hub_key: &HubPublicKey,
    device_key: &DeviceKey,
    rng: &mut (impl RngCore + CryptoRng),
) -> Result<SealedBatch, WireError> {
    let json = payload.to_json();
    let header = BatchHeader {
        batch_id,
        device_id,
        sequence,
        created_at,
        hub_key_id: hub_key.id.clone(),
        payload_digest: crate::sha256_hex(&json),
        record_count: u32::try_from(payload.records.len()).map_err(|_| WireError::SealFailed)?,
    };
    let header_bytes = serde_json::to_vec(&header).map_err(|_| WireError::SealFailed)?;
    let (enc, ciphertext) = hpke_seal(hub_key, HPKE_INFO, &header_bytes, &compress(&json), rng)?;
    let signature = device_key.sign(&Envelope::signed_bytes(&header_bytes, &enc, &ciphertext)).to_vec();
    let envelope = Envelope { header: header.clone(), header_bytes, enc, ciphertext, signature };
    Ok(SealedBatch { header, bytes: envelope.encode() })
}

impl Envelope {
    /// Checks the device's signature. The hub calls this before anything else touches the ciphertext.
    pub fn verify(&self, device: &DevicePublicKey) -> Result<(), WireError> {
        device.verify(&Envelope::signed_bytes(&self.header_bytes, &self.enc, &self.ciphertext), &self.signature)
    }
}

/// Decrypts, decompresses and parses a verified envelope, and checks the payload against its header.
pub fn open_payload(envelope: &Envelope, hub_key: &HubKeyPair) -> Result<BatchPayload, WireError> {
    let compressed = hpke_open(hub_key, &envelope.enc, HPKE_INFO, &envelope.header_bytes, &envelope.ciphertext)?;
    let json = decompress(&compressed)?;
    if crate::sha256_hex(&json) != envelope.header.payload_digest {
        return Err(WireError::DigestMismatch);
    }
    let payload = BatchPayload::from_json(&json)?;
    if payload.records.len() != envelope.header.record_count as usize {
        return Err(WireError::CountMismatch { expected: envelope.header.record_count, found: payload.records.len() });
    }
    Ok(payload)
}
