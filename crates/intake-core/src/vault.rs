//! Key slots: how a user's PIN opens the database without the database key ever touching the disk in clear.
//!
//! The database is encrypted (SQLCipher) with one random 256-bit key. That key is stored only *wrapped*:
//! once per user, by a key derived from the user's PIN with Argon2id, and once by the recovery key shown at
//! initialisation. A supervisor who is signed in holds the database key, so resetting a PIN is just wrapping
//! it again: nothing is re-encrypted.
//!
//! The slots live in `keyslots.json` next to the database, because they must be readable *before* the
//! database can be opened. That file also holds what must be known before sign-in: failed attempts and
//! lock-out per user, and failed sign-ins not yet written to the (encrypted) audit log. It holds no member
//! data; it does hold staff user names.
//!
//! Durability: the file is replaced atomically (write a temporary file, fsync, rename, fsync the folder), so
//! a crash leaves either the old or the new file, never half of one.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};

pub(crate) const FILE_NAME: &str = "keyslots.json";
const FORMAT: u32 = 1;

/// Failed attempts allowed before a lock-out starts.
pub const FREE_ATTEMPTS: u32 = 5;
/// The first lock-out; it doubles with each further failure, up to [`MAX_LOCKOUT_SECS`].
pub const FIRST_LOCKOUT_SECS: u64 = 30;
pub const MAX_LOCKOUT_SECS: u64 = 15 * 60;
/// PINs shorter than this are refused: a 4-digit PIN falls to an offline search in hours even with Argon2id.
pub const MIN_PIN_LEN: usize = 6;

/// The database key. Zeroed when dropped; printable only as SQLCipher's raw-key literal.
pub struct DatabaseKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DatabaseKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseKey(..)")
    }
}

impl DatabaseKey {
    fn random() -> Self {
        let mut k = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(k.as_mut());
        Self(k)
    }

    /// The key as SQLCipher's raw key literal, `x'...'`, which skips SQLCipher's own PBKDF2 (we already
    /// derived the key with Argon2id; deriving again would only slow every open).
    pub fn sqlcipher_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(self.0.as_ref())))
    }
}

/// Argon2id cost, stored with each slot so it can be raised later without locking anyone out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfCost {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfCost {
    /// 64 MiB, 3 passes: about a quarter of a second on a slow laptop, once per sign-in.
    pub const INTERACTIVE: KdfCost = KdfCost { memory_kib: 64 * 1024, iterations: 3, parallelism: 1 };
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Wrapped {
    salt: String,
    nonce: String,
    ciphertext: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct UserSlot {
    pub username: String,
    kdf: KdfCost,
    wrapped: Wrapped,
    #[serde(default)]
    pub failed_attempts: u32,
    /// Unix seconds until which sign-in is refused without trying the PIN.
    #[serde(default)]
    pub locked_until: i64,
}

/// A sign-in that failed while the database was closed; written to the audit log at the next sign-in.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct PendingFailure {
    pub username: String,
    pub at: String,
    pub locked_out: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Vault {
    format: u32,
    slots: Vec<UserSlot>,
    recovery: Wrapped,
    #[serde(default)]
    pub pending_failures: Vec<PendingFailure>,
}

/// The recovery key, shown once at initialisation: 160 random bits as eight groups of four base32
/// characters, easy to write on paper and to type back.
#[derive(Clone)]
pub struct RecoveryKey(Zeroizing<String>);

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(..)")
    }
}

impl RecoveryKey {
    fn random() -> Self {
        let mut bytes = Zeroizing::new([0u8; 20]);
        rand::rngs::OsRng.fill_bytes(bytes.as_mut());
        let b32 = base32(bytes.as_ref());
        let grouped: Vec<&str> = (0..b32.len()).step_by(4).map(|i| &b32[i..i + 4]).collect();
        Self(Zeroizing::new(grouped.join("-")))
    }

    /// Parses what a person typed back: case, spaces and dashes do not matter.
    pub fn parse(typed: &str) -> Result<Self> {
        let cleaned: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if cleaned.len() != 32 || !cleaned.chars().all(|c| B32.contains(&(c as u8))) {
            return Err(Error::WrongRecoveryKey);
        }
        let grouped: Vec<&str> = (0..32).step_by(4).map(|i| &cleaned[i..i + 4]).collect();
        Ok(Self(Zeroizing::new(grouped.join("-"))))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn wrapping_key(&self, salt: &[u8]) -> Zeroizing<[u8; 32]> {
        // 160 bits of entropy need no slow KDF: a salted hash is enough.
        let mut h = Sha256::new();
        h.update(b"equity-intake recovery v1");
        h.update(salt);
        h.update(self.0.as_bytes());
        Zeroizing::new(h.finalize().into())
    }
}

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buf, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buf = (buf << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(B32[((buf >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(B32[((buf << (5 - bits)) & 31) as usize] as char);
    }
    out
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

fn aad(username: Option<&str>) -> Vec<u8> {
    // Binding the slot to its user name means a slot copied onto another user's entry does not open.
    let mut a = b"equity-intake keyslot v1|".to_vec();
    a.extend_from_slice(username.unwrap_or("<recovery>").as_bytes());
    a
}

fn seal(key: &[u8; 32], salt: &[u8], db_key: &DatabaseKey, username: Option<&str>) -> Wrapped {
    let cipher = ChaCha20Poly1305::new(key.into());
    let nonce = random_bytes::<12>();
    let aad = aad(username);
    let ciphertext = cipher
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: db_key.0.as_ref(), aad: &aad })
        // Encryption of 32 bytes with a valid key cannot fail; the AEAD API is fallible only for huge inputs.
        .unwrap_or_default();
    Wrapped { salt: hex::encode(salt), nonce: hex::encode(nonce), ciphertext: hex::encode(ciphertext) }
}

fn open(key: &[u8; 32], w: &Wrapped, username: Option<&str>) -> Option<DatabaseKey> {
    let cipher = ChaCha20Poly1305::new(key.into());
    let nonce = hex::decode(&w.nonce).ok()?;
    let ct = hex::decode(&w.ciphertext).ok()?;
    if nonce.len() != 12 {
        return None;
    }
    let aad = aad(username);
    let mut plain = cipher.decrypt(Nonce::from_slice(&nonce), Payload { msg: &ct, aad: &aad }).ok()?;
    let result = <[u8; 32]>::try_from(plain.as_slice()).ok().map(|k| DatabaseKey(Zeroizing::new(k)));
    plain.zeroize();
    result
}

fn pin_key(pin: &str, salt: &[u8], cost: KdfCost) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(cost.memory_kib, cost.iterations, cost.parallelism, Some(32))
        .map_err(|e| Error::Corrupt(format!("key slot has invalid Argon2 parameters: {e}")))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(pin.as_bytes(), salt, out.as_mut())
        .map_err(|e| Error::Corrupt(format!("key derivation failed: {e}")))?;
    Ok(out)
}

pub(crate) fn check_pin_rules(pin: &str) -> Result<()> {
    if pin.chars().count() < MIN_PIN_LEN {
        return Err(Error::invalid("pin", "pin-too-short"));
    }
    Ok(())
}

impl Vault {
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(FILE_NAME)
    }

    /// A new vault with a fresh database key, the first user's slot and the recovery slot.
    pub fn create(username: &str, pin: &str) -> Result<(Vault, DatabaseKey, RecoveryKey)> {
        check_pin_rules(pin)?;
        let db_key = DatabaseKey::random();
        let recovery = RecoveryKey::random();
        let salt = random_bytes::<16>();
        let recovery_slot = seal(&*recovery.wrapping_key(&salt), &salt, &db_key, None);
        let mut vault =
            Vault { format: FORMAT, slots: Vec::new(), recovery: recovery_slot, pending_failures: Vec::new() };
        vault.set_pin(username, pin, &db_key)?;
        Ok((vault, db_key, recovery))
    }

    pub fn load(dir: &Path) -> Result<Vault> {
        let path = Self::path(dir);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::NotInitialized(dir.to_owned()))
            }
            Err(e) => return Err(Error::io(&path)(e)),
        };
        let vault: Vault = serde_json::from_str(&text)
            .map_err(|e| Error::Corrupt(format!("{FILE_NAME} does not parse: {e}")))?;
        if vault.format != FORMAT {
            return Err(Error::Corrupt(format!("{FILE_NAME} has unknown format {}", vault.format)));
        }
        Ok(vault)
    }

    pub fn from_json(text: &str) -> Result<Vault> {
        serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("key slots do not parse: {e}")))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Replaces the file atomically and durably (see the module docs).
    pub fn save(&self, dir: &Path) -> Result<()> {
        write_atomically(&Self::path(dir), self.to_json().as_bytes())
    }

    fn slot_mut(&mut self, username: &str) -> Option<&mut UserSlot> {
        self.slots.iter_mut().find(|s| s.username == username)
    }

    pub fn has_user(&self, username: &str) -> bool {
        self.slots.iter().any(|s| s.username == username)
    }

    /// Wraps the database key for `username` under a new PIN (adding the slot if it is new) and clears
    /// any lock-out.
    pub fn set_pin(&mut self, username: &str, pin: &str, db_key: &DatabaseKey) -> Result<()> {
        check_pin_rules(pin)?;
        let salt = random_bytes::<16>();
        let cost = KdfCost::INTERACTIVE;
        let wrapped = seal(&*pin_key(pin, &salt, cost)?, &salt, db_key, Some(username));
        let slot = UserSlot { username: username.to_owned(), kdf: cost, wrapped, failed_attempts: 0, locked_until: 0 };
        match self.slot_mut(username) {
            Some(s) => *s = slot,
            None => self.slots.push(slot),
        }
        Ok(())
    }

    pub fn remove_user(&mut self, username: &str) {
        self.slots.retain(|s| s.username != username);
    }

    /// Tries a PIN. On failure, counts the attempt and records it for the audit log; the caller saves the
    /// vault either way (the counters must survive a restart, or a lock-out is one reboot away from gone).
    pub fn unlock(&mut self, username: &str, pin: &str, now_unix: i64) -> Result<DatabaseKey> {
        let now_text = chrono::DateTime::from_timestamp(now_unix, 0).unwrap_or_default().to_rfc3339();
        let Some(slot) = self.slot_mut(username) else {
            self.pending_failures.push(PendingFailure {
                username: username.chars().take(64).collect(),
                at: now_text,
                locked_out: false,
            });
            return Err(Error::WrongCredentials);
        };
        if slot.locked_until > now_unix {
            let seconds = (slot.locked_until - now_unix) as u64;
            return Err(Error::LockedOut { seconds });
        }
        let salt = hex::decode(&slot.wrapped.salt).map_err(|_| Error::Corrupt("key slot salt".into()))?;
        let key = pin_key(pin, &salt, slot.kdf)?;
        if let Some(db_key) = open(&*key, &slot.wrapped, Some(username)) {
            slot.failed_attempts = 0;
            slot.locked_until = 0;
            return Ok(db_key);
        }
        slot.failed_attempts += 1;
        let locked_out = slot.failed_attempts >= FREE_ATTEMPTS;
        if locked_out {
            let doublings = (slot.failed_attempts - FREE_ATTEMPTS).min(16);
            let secs = (FIRST_LOCKOUT_SECS << doublings).min(MAX_LOCKOUT_SECS);
            slot.locked_until = now_unix + secs as i64;
        }
        self.pending_failures.push(PendingFailure { username: username.to_owned(), at: now_text, locked_out });
        Err(Error::WrongCredentials)
    }

    pub fn unlock_with_recovery(&self, recovery: &RecoveryKey) -> Result<DatabaseKey> {
        let salt = hex::decode(&self.recovery.salt).map_err(|_| Error::Corrupt("recovery salt".into()))?;
        open(&*recovery.wrapping_key(&salt), &self.recovery, None).ok_or(Error::WrongRecoveryKey)
    }
}

/// Writes `bytes` to `path` so that after a crash the file is either the old or the new content.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = path.with_extension("tmp");
    let write = || -> std::io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        fs::File::open(dir)?.sync_all()
    };
    write().map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(path)(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_opens_its_slot_and_a_wrong_pin_counts_towards_lock_out() {
        let (mut vault, key, _) = Vault::create("sup", "246810").expect("create");
        let now = 1_800_000_000;
        let opened = vault.unlock("sup", "246810", now).expect("right PIN opens");
        assert_eq!(opened.sqlcipher_literal(), key.sqlcipher_literal());
        for i in 1..FREE_ATTEMPTS {
            assert!(matches!(vault.unlock("sup", "000000", now), Err(Error::WrongCredentials)), "attempt {i}");
        }
        // The fifth failure locks; then even the right PIN is refused until the lock-out ends.
        assert!(matches!(vault.unlock("sup", "000000", now), Err(Error::WrongCredentials)));
        assert!(matches!(vault.unlock("sup", "246810", now + 1), Err(Error::LockedOut { seconds: 29 })));
        assert!(vault.unlock("sup", "246810", now + 31).is_ok());
        assert_eq!(vault.pending_failures.len(), 5);
        assert!(vault.pending_failures[4].locked_out);
    }

    #[test]
    fn lock_out_doubles_and_is_capped() {
        let (mut vault, _, _) = Vault::create("sup", "246810").expect("create");
        let mut now = 1_800_000_000;
        let mut waits = Vec::new();
        for _ in 0..12 {
            match vault.unlock("sup", "999999", now) {
                Err(Error::WrongCredentials) => {}
                Err(Error::LockedOut { seconds }) => {
                    waits.push(seconds);
                    now += seconds as i64;
                    continue;
                }
                other => panic!("unexpected {other:?}"),
            }
            let slot = vault.slots.iter().find(|s| s.username == "sup").expect("slot");
            if slot.locked_until > now {
                waits.push((slot.locked_until - now) as u64);
                now = slot.locked_until;
            }
        }
        assert_eq!(&waits[..6], &[30, 60, 120, 240, 480, 900]);
        assert!(waits.iter().all(|w| *w <= MAX_LOCKOUT_SECS));
    }

    #[test]
    fn a_slot_moved_to_another_user_does_not_open() {
        let (mut vault, _, _) = Vault::create("sup", "246810").expect("create");
        let stolen = vault.slots[0].wrapped.clone();
        vault.slots.push(UserSlot {
            username: "mallory".into(),
            kdf: KdfCost::INTERACTIVE,
            wrapped: stolen,
            failed_attempts: 0,
            locked_until: 0,
        });
        assert!(vault.unlock("mallory", "246810", 0).is_err());
    }

    #[test]
    fn the_recovery_key_opens_the_vault_however_it_is_typed() {
        let (vault, key, recovery) = Vault::create("sup", "246810").expect("create");
        let typed = recovery.as_str().to_lowercase().replace('-', " ");
        let parsed = RecoveryKey::parse(&typed).expect("parse");
        let opened = vault.unlock_with_recovery(&parsed).expect("opens");
        assert_eq!(opened.sqlcipher_literal(), key.sqlcipher_literal());
        let other = RecoveryKey::random();
        assert!(matches!(vault.unlock_with_recovery(&other), Err(Error::WrongRecoveryKey)));
        assert!(RecoveryKey::parse("not a key").is_err());
    }

    #[test]
    fn short_pins_are_refused() {
        assert!(matches!(Vault::create("sup", "1234"), Err(Error::Invalid { field: "pin", .. })));
    }
}
