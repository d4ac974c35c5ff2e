//! Enrollment: a hub admin prints a one-time code for a site; a supervisor types it into the device.
//!
//! The code itself never crosses the network. Both sides derive from it a lookup tag (which code is this)
//! and an HMAC key: the device's request carries an HMAC under that key (so the hub knows the device holds
//! the code), and the hub's answer carries one too (so the device knows the keys it is about to pin came from
//! the hub that printed the code, even over a network it does not trust). 16 characters of Crockford base32
//! are 80 bits: guessing is hopeless, and the hub burns a code on first use.

use hmac::{Hmac, Mac};
use rand::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::WireError;
use crate::keys::{DevicePublicKey, HubPublicKey, ReceiptPublicKey};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LEN: usize = 16;

/// A one-time enrollment code, normalized (16 characters, no separators).
#[derive(Clone, PartialEq, Eq)]
pub struct EnrollmentCode(String);

impl std::fmt::Debug for EnrollmentCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EnrollmentCode(..)")
    }
}

impl EnrollmentCode {
    pub fn generate(rng: &mut (impl RngCore + CryptoRng)) -> Self {
        EnrollmentCode((0..CODE_LEN).map(|_| ALPHABET[(rng.next_u32() % 32) as usize] as char).collect())
    }

    /// Accepts what a person types: any case, spaces and dashes, and the usual look-alikes (O for 0, I and L
    /// for 1), as Crockford base32 does.
    pub fn parse(text: &str) -> Result<Self, WireError> {
        let mut code = String::with_capacity(CODE_LEN);
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return Err(WireError::BadCode);
            }
            code.push(c);
        }
        if code.len() != CODE_LEN {
            return Err(WireError::BadCode);
        }
        Ok(EnrollmentCode(code))
    }

    /// For printing: `ABCD-EFGH-JKMN-PQRS`.
    pub fn display(&self) -> String {
        self.0.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
    }

    /// Which code this is, without revealing it.
    pub fn tag(&self) -> String {
        hex::encode(Sha256::digest([b"equity-intake enroll tag v1\0".as_slice(), self.0.as_bytes()].concat()))
    }

    /// The HMAC key both sides derive. The hub stores this, not the code.
    pub fn mac_key(&self) -> [u8; 32] {
        Sha256::digest([b"equity-intake enroll key v1\0".as_slice(), self.0.as_bytes()].concat()).into()
    }
}

fn mac(key: &[u8], parts: &[&[u8]]) -> Hmac<Sha256> {
    // HMAC takes a key of any length; this cannot fail.
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    for p in parts {
        m.update(&(p.len() as u32).to_be_bytes());
        m.update(p);
    }
    m
}

/// The device's request: its public key, a label for the hub's device list, and the proof of the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollRequest {
    pub code_tag: String,
    /// The device's own id (made when its store was created; every record it writes carries it).
    pub device_id: Uuid,
    pub device_public_key: String,
    pub device_label: String,
    pub mac: String,
}

impl EnrollRequest {
    pub fn new(code: &EnrollmentCode, device_id: Uuid, device: &DevicePublicKey, label: &str) -> Self {
        let key = device.to_hex();
        let tag = code.tag();
        let id = device_id.to_string();
        let m = mac(&code.mac_key(), &[b"request", tag.as_bytes(), id.as_bytes(), key.as_bytes(), label.as_bytes()]);
        EnrollRequest {
            code_tag: tag,
            device_id,
            device_public_key: key,
            device_label: label.to_owned(),
            mac: hex::encode(m.finalize().into_bytes()),
        }
    }

    /// At the hub: checks the proof with the stored key for `code_tag`, and returns the device's key.
    pub fn check(&self, mac_key: &[u8]) -> Result<DevicePublicKey, WireError> {
        let tag = hex::decode(&self.mac).map_err(|_| WireError::BadCode)?;
        let id = self.device_id.to_string();
        let parts: [&[u8]; 5] =
            [b"request", self.code_tag.as_bytes(), id.as_bytes(), self.device_public_key.as_bytes(), self.device_label.as_bytes()];
        mac(mac_key, &parts)
            .verify_slice(&tag)
            .map_err(|_| WireError::BadCode)?;
        DevicePublicKey::from_hex(&self.device_public_key)
    }
}

/// What the device pins: its id, its site, the hub's HPKE key and the hub's receipt key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollAnswer {
    pub device_id: Uuid,
    pub site: String,
    pub hub_key: HubPublicKey,
    pub receipt_public_key: String,
}

/// The answer as sent: its JSON text and the HMAC that binds it to the code and to the device's key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrollReply {
    pub answer: String,
    pub mac: String,
}

impl EnrollReply {
    pub fn new(answer: &EnrollAnswer, mac_key: &[u8], device: &DevicePublicKey) -> Self {
        let text = serde_json::to_string(answer).unwrap_or_default();
        let m = mac(mac_key, &[b"answer", text.as_bytes(), device.to_hex().as_bytes()]);
        EnrollReply { answer: text, mac: hex::encode(m.finalize().into_bytes()) }
    }

    /// On the device: the answer, if the hub that sent it knew the code.
    pub fn open(&self, code: &EnrollmentCode, device: &DevicePublicKey) -> Result<(EnrollAnswer, ReceiptPublicKey), WireError> {
        let tag = hex::decode(&self.mac).map_err(|_| WireError::BadSignedBody("enrollment answer".into()))?;
        mac(&code.mac_key(), &[b"answer", self.answer.as_bytes(), device.to_hex().as_bytes()])
            .verify_slice(&tag)
            .map_err(|_| WireError::BadSignedBody("the enrollment answer does not match the code".into()))?;
        let answer: EnrollAnswer =
            serde_json::from_str(&self.answer).map_err(|e| WireError::BadSignedBody(e.to_string()))?;
        answer.hub_key.kem_public()?;
        let receipt_key = ReceiptPublicKey::from_hex(&answer.receipt_public_key)?;
        Ok((answer, receipt_key))
    }
}
