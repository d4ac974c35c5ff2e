//! What the hub signs with its receipt key: receipts, and announcements of its current HPKE key.
//!
//! A signed value travels as its JSON text plus a signature over a context string and that text, so the
//! device verifies the exact bytes the hub signed, and a receipt can never be passed off as an announcement.

use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::WireError;
use crate::keys::{HubPublicKey, ReceiptKey, ReceiptPublicKey};
use intake_model::Timestamp;

/// A body the hub signs; `CONTEXT` separates the kinds.
pub trait SignedBody: Serialize + DeserializeOwned {
    const CONTEXT: &'static [u8];
}

/// The hub's answer to an accepted batch (or to a retry of the last one: the same receipt again).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub batch_id: Uuid,
    pub device_id: Uuid,
    pub sequence: u64,
    pub record_count: u32,
    /// [`crate::record_ids_digest`] of the records the hub holds for this batch.
    pub record_ids_digest: String,
    /// How many of them the hub did not have before (the rest it already held from an earlier batch).
    pub records_new: u32,
    pub accepted_at: Timestamp,
    /// The hub's current HPKE key: after a rotation the device seals its next batch to this one.
    pub hub_key: HubPublicKey,
}

impl SignedBody for Receipt {
    const CONTEXT: &'static [u8] = b"equity-intake receipt v1\0";
}

/// Sent with a refusal of a batch sealed to a key the hub no longer accepts, so the device can re-seal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HubKeyAnnouncement {
    pub device_id: Uuid,
    pub hub_key: HubPublicKey,
    pub announced_at: Timestamp,
}

impl SignedBody for HubKeyAnnouncement {
    const CONTEXT: &'static [u8] = b"equity-intake hub key v1\0";
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signed<T> {
    /// The JSON text of the body, exactly as signed.
    pub body: String,
    /// Hex Ed25519 signature by the hub's receipt key over `T::CONTEXT || body`.
    pub signature: String,
    #[serde(skip)]
    kind: PhantomData<T>,
}

impl<T: SignedBody> Signed<T> {
    pub fn sign(value: &T, key: &ReceiptKey) -> Signed<T> {
        let body = serde_json::to_string(value).unwrap_or_default();
        let signature = hex::encode(key.sign(&[T::CONTEXT, body.as_bytes()].concat()));
        Signed { body, signature, kind: PhantomData }
    }

    /// Rebuilds a signed value from stored parts (the hub keeps receipts to answer retries).
    pub fn from_parts(body: String, signature: String) -> Signed<T> {
        Signed { body, signature, kind: PhantomData }
    }

    /// The body, if and only if the signature is the pinned key's.
    pub fn verify(&self, key: &ReceiptPublicKey) -> Result<T, WireError> {
        let sig = hex::decode(&self.signature).map_err(|_| WireError::BadSignature)?;
        key.verify(&[T::CONTEXT, self.body.as_bytes()].concat(), &sig)?;
        serde_json::from_str(&self.body).map_err(|e| WireError::BadSignedBody(e.to_string()))
    }
}
