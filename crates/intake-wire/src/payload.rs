//! What a batch carries: records, as the model's own types. Compressed with raw DEFLATE (RFC 1951) before
//! sealing, because JSON records compress about five to one and batches go over clinic Wi-Fi.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use intake_model::{FollowUp, MemberVersion, Need, RecordKind, Response, Retraction};

use crate::error::WireError;

/// The largest payload the hub will decompress (a bound on decompression bombs).
pub const MAX_PAYLOAD_BYTES: usize = 64 * 1024 * 1024;

/// One record of the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "record")]
pub enum Record {
    #[serde(rename = "member")]
    Member(MemberVersion),
    #[serde(rename = "response")]
    Response(Response),
    #[serde(rename = "retraction")]
    Retraction(Retraction),
    #[serde(rename = "need")]
    Need(Need),
    #[serde(rename = "follow-up")]
    FollowUp(FollowUp),
}

impl Record {
    pub fn kind(&self) -> RecordKind {
        match self {
            Record::Member(_) => RecordKind::Member,
            Record::Response(_) => RecordKind::Response,
            Record::Retraction(_) => RecordKind::Retraction,
            Record::Need(_) => RecordKind::Need,
            Record::FollowUp(_) => RecordKind::FollowUp,
        }
    }

    /// The record's id: for a member, the id of this version.
    pub fn id(&self) -> Uuid {
        match self {
            Record::Member(m) => m.version_id,
            Record::Response(r) => r.id,
            Record::Retraction(r) => r.id,
            Record::Need(n) => n.id,
            Record::FollowUp(f) => f.id,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchPayload {
    pub records: Vec<Record>,
}

impl BatchPayload {
    pub(crate) fn to_json(&self) -> Vec<u8> {
        // Serializing model types to a Vec cannot fail: every map key is a string.
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub(crate) fn from_json(bytes: &[u8]) -> Result<Self, WireError> {
        serde_json::from_slice(bytes).map_err(|e| WireError::BadPayload(e.to_string()))
    }

    /// The digest a receipt confirms: the record keys, sorted, so both sides compute it from what they hold.
    pub fn record_ids_digest(&self) -> String {
        record_ids_digest(self.records.iter().map(|r| (r.kind(), r.id())))
    }
}

/// SHA-256 over the sorted lines `kind:uuid\n` of a batch's records.
pub fn record_ids_digest(keys: impl IntoIterator<Item = (RecordKind, Uuid)>) -> String {
    let mut lines: Vec<String> = keys.into_iter().map(|(k, id)| format!("{}:{}\n", k.as_str(), id)).collect();
    lines.sort();
    crate::sha256_hex(lines.concat().as_bytes())
}

pub(crate) fn compress(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

pub(crate) fn decompress(bytes: &[u8]) -> Result<Vec<u8>, WireError> {
    let mut out = Vec::new();
    flate2::read::DeflateDecoder::new(bytes)
        .take(MAX_PAYLOAD_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|_| WireError::BadPayload("not valid DEFLATE data".into()))?;
    if out.len() > MAX_PAYLOAD_BYTES {
        return Err(WireError::PayloadTooLarge { limit: MAX_PAYLOAD_BYTES });
    }
    Ok(out)
}
