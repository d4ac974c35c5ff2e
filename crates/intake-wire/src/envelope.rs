//! The batch envelope: its clear header and its byte layout.
//!
//! ```text
//! "EIB" 0x01                        magic and format version
//! u32 BE  header length | header    the BatchHeader as JSON; these exact bytes are the AEAD's AAD
//! u16 BE  32            | enc       the HPKE encapsulated key
//! u32 BE  length        | ct        the HPKE ciphertext of the compressed payload, tag included
//! u16 BE  64            | signature Ed25519 by the device over SIGNATURE_CONTEXT || everything above
//! ```
//!
//! The header travels as the bytes the device signed, never re-serialized, so no canonical-JSON rules are
//! needed. The decoder is strict (exact lengths, bounded sizes, nothing after the signature) because it runs
//! on bytes from the network before anything is authenticated.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::WireError;
use crate::keys::KeyId;
use intake_model::Timestamp;

/// The envelope format this crate writes and reads.
pub const FORMAT_VERSION: u8 = 1;
const MAGIC: &[u8; 3] = b"EIB";
pub const MAX_HEADER_BYTES: usize = 4096;
/// The largest envelope the hub accepts (its HTTP body limit is the same number).
pub const MAX_ENVELOPE_BYTES: usize = 16 * 1024 * 1024;
pub(crate) const SIGNATURE_CONTEXT: &[u8] = b"equity-intake batch signature v1\0";

/// What anyone on the path may read, and what the hub checks before decrypting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchHeader {
    pub batch_id: Uuid,
    pub device_id: Uuid,
    /// Per device, strictly increasing from 1.
    pub sequence: u64,
    pub created_at: Timestamp,
    /// The hub key the payload is sealed to.
    pub hub_key_id: KeyId,
    /// Hex SHA-256 of the payload JSON before compression.
    pub payload_digest: String,
    pub record_count: u32,
}

/// A decoded envelope. `header` is parsed from `header_bytes`; both are kept because the bytes are what was
/// signed and what the AEAD authenticates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub header: BatchHeader,
    pub header_bytes: Vec<u8>,
    pub enc: Vec<u8>,
    pub ciphertext: Vec<u8>,
    pub signature: Vec<u8>,
}

impl Envelope {
    /// The bytes the signature covers: the context string, then the envelope up to the signature.
    pub(crate) fn signed_bytes(header_bytes: &[u8], enc: &[u8], ciphertext: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(SIGNATURE_CONTEXT.len() + 16 + header_bytes.len() + enc.len() + ciphertext.len());
        out.extend_from_slice(SIGNATURE_CONTEXT);
        write_unsigned_part(&mut out, header_bytes, enc, ciphertext);
        out
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.header_bytes.len() + self.enc.len() + self.ciphertext.len() + 66);
        write_unsigned_part(&mut out, &self.header_bytes, &self.enc, &self.ciphertext);
        out.extend_from_slice(&(self.signature.len() as u16).to_be_bytes());
        out.extend_from_slice(&self.signature);
        out
    }

    pub fn decode(bytes: &[u8]) -> Result<Envelope, WireError> {
        if bytes.len() > MAX_ENVELOPE_BYTES {
            return Err(WireError::Malformed("larger than the envelope limit"));
        }
        let mut r = Reader(bytes);
        if r.take(3)? != MAGIC {
            return Err(WireError::Malformed("wrong magic bytes"));
        }
        let version = r.take(1)?[0];
        if version != FORMAT_VERSION {
            return Err(WireError::UnsupportedVersion(version));
        }
        let header_len = r.u32()? as usize;
        if header_len > MAX_HEADER_BYTES {
            return Err(WireError::Malformed("header too long"));
        }
        let header_bytes = r.take(header_len)?.to_vec();
        let enc_len = r.u16()? as usize;
        if enc_len != 32 {
            return Err(WireError::Malformed("encapsulated key is not 32 bytes"));
        }
        let enc = r.take(enc_len)?.to_vec();
        let ct_len = r.u32()? as usize;
        let ciphertext = r.take(ct_len)?.to_vec();
        let sig_len = r.u16()? as usize;
        if sig_len != 64 {
            return Err(WireError::Malformed("signature is not 64 bytes"));
        }
        let signature = r.take(sig_len)?.to_vec();
        if !r.0.is_empty() {
            return Err(WireError::Malformed("bytes after the signature"));
        }
        let header: BatchHeader =
            serde_json::from_slice(&header_bytes).map_err(|e| WireError::BadHeader(e.to_string()))?;
        if header.sequence == 0 {
            return Err(WireError::BadHeader("sequence starts at 1".into()));
        }
        Ok(Envelope { header, header_bytes, enc, ciphertext, signature })
    }
}

fn write_unsigned_part(out: &mut Vec<u8>, header_bytes: &[u8], enc: &[u8], ciphertext: &[u8]) {
    out.extend_from_slice(MAGIC);
    out.push(FORMAT_VERSION);
    out.extend_from_slice(&(header_bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(header_bytes);
    out.extend_from_slice(&(enc.len() as u16).to_be_bytes());
    out.extend_from_slice(enc);
    out.extend_from_slice(&(ciphertext.len() as u32).to_be_bytes());
    out.extend_from_slice(ciphertext);
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        if self.0.len() < n {
            return Err(WireError::Malformed("truncated"));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u16(&mut self) -> Result<u16, WireError> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, WireError> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
}
