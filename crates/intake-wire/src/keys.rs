//! The keys of the protocol, and their one text form (lowercase hex) for storage and JSON.
//!
//! - The hub's HPKE key pair (X25519): batches are sealed to its public half. It rotates; each has a [`KeyId`].
//! - The hub's receipt key (Ed25519): signs receipts and key announcements. Devices pin it at enrollment.
//! - A device's key (Ed25519): signs every batch. The hub learns its public half at enrollment.

use std::fmt;

use ed25519_dalek::Signer;
use hpke::{Deserializable, Kem as _, Serializable};
use rand::{CryptoRng, RngCore};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::WireError;

pub(crate) type Kem = hpke::kem::X25519HkdfSha256;

/// Names a hub key: the first 8 bytes of SHA-256 of the public key, in hex. Short enough to read in a log,
/// long enough that two keys of one hub never collide by accident.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KeyId(pub String);

impl KeyId {
    pub fn of(public_key: &[u8]) -> Self {
        KeyId(crate::sha256_hex(public_key)[..16].to_owned())
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn bytes32(hex_text: &str, what: &'static str) -> Result<[u8; 32], WireError> {
    let v = hex::decode(hex_text).map_err(|_| WireError::BadKey(what))?;
    v.try_into().map_err(|_| WireError::BadKey(what))
}

/// The hub's HPKE key pair. The private half never leaves the hub.
pub struct HubKeyPair {
    secret: <Kem as hpke::Kem>::PrivateKey,
    public: HubPublicKey,
}

impl fmt::Debug for HubKeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HubKeyPair").field("public", &self.public).finish_non_exhaustive()
    }
}

impl HubKeyPair {
    pub fn generate(rng: &mut (impl RngCore + CryptoRng)) -> Self {
        let (secret, public) = Kem::gen_keypair(&mut crate::seal::Rng09(rng));
        let public = HubPublicKey::from_kem(&public);
        HubKeyPair { secret, public }
    }

    /// The deterministic derivation of RFC 9180 §7.1.3, used by the test vectors.
    pub fn derive(ikm: &[u8]) -> Self {
        let (secret, public) = Kem::derive_keypair(ikm);
        HubKeyPair { secret, public: HubPublicKey::from_kem(&public) }
    }

    pub fn from_secret_hex(secret_hex: &str) -> Result<Self, WireError> {
        let bytes = Zeroizing::new(bytes32(secret_hex, "hub secret key")?);
        let secret = <Kem as hpke::Kem>::PrivateKey::from_bytes(bytes.as_slice())
            .map_err(|_| WireError::BadKey("hub secret key"))?;
        let public = HubPublicKey::from_kem(&Kem::sk_to_pk(&secret));
        Ok(HubKeyPair { secret, public })
    }

    pub fn secret_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.secret.to_bytes()))
    }

    pub fn public(&self) -> &HubPublicKey {
        &self.public
    }

    pub(crate) fn kem_secret(&self) -> &<Kem as hpke::Kem>::PrivateKey {
        &self.secret
    }
}

/// The public half of a hub HPKE key, with its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HubPublicKey {
    pub id: KeyId,
    /// 32 bytes, hex: the serialized X25519 public key (RFC 9180 `SerializePublicKey`).
    pub public_key: String,
}

impl HubPublicKey {
    fn from_kem(pk: &<Kem as hpke::Kem>::PublicKey) -> Self {
        let bytes = pk.to_bytes();
        HubPublicKey { id: KeyId::of(&bytes), public_key: hex::encode(bytes) }
    }

    /// Checks the key parses and that its id is the one derived from it.
    pub(crate) fn kem_public(&self) -> Result<<Kem as hpke::Kem>::PublicKey, WireError> {
        let bytes = bytes32(&self.public_key, "hub public key")?;
        if KeyId::of(&bytes) != self.id {
            return Err(WireError::BadKey("hub key id does not match its key"));
        }
        <Kem as hpke::Kem>::PublicKey::from_bytes(&bytes).map_err(|_| WireError::BadKey("hub public key"))
    }
}

macro_rules! ed25519_pair {
    ($(#[$doc:meta])* $secret:ident, $public:ident, $what:literal) => {
        $(#[$doc])*
        pub struct $secret(ed25519_dalek::SigningKey);

        impl fmt::Debug for $secret {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($secret)).field(&self.public()).finish()
            }
        }

        impl $secret {
            pub fn generate(rng: &mut (impl RngCore + CryptoRng)) -> Self {
                $secret(ed25519_dalek::SigningKey::generate(rng))
            }

            pub fn from_secret_hex(secret_hex: &str) -> Result<Self, WireError> {
                let bytes = Zeroizing::new(bytes32(secret_hex, $what)?);
                Ok($secret(ed25519_dalek::SigningKey::from_bytes(&bytes)))
            }

            pub fn secret_hex(&self) -> Zeroizing<String> {
                Zeroizing::new(hex::encode(self.0.to_bytes()))
            }

            pub fn public(&self) -> $public {
                $public(self.0.verifying_key())
            }

            pub(crate) fn sign(&self, message: &[u8]) -> [u8; 64] {
                self.0.sign(message).to_bytes()
            }
        }

        /// The public half: verifies what the secret half signed.
        #[derive(Clone, Copy, PartialEq, Eq)]
        pub struct $public(ed25519_dalek::VerifyingKey);

        impl fmt::Debug for $public {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($public), self.to_hex())
            }
        }

        impl $public {
            pub fn from_hex(text: &str) -> Result<Self, WireError> {
                let bytes = bytes32(text, $what)?;
                ed25519_dalek::VerifyingKey::from_bytes(&bytes).map($public).map_err(|_| WireError::BadKey($what))
            }

            pub fn to_hex(&self) -> String {
                hex::encode(self.0.as_bytes())
            }

            /// Strict verification (RFC 8032 with the checks that rule out malleable and small-order
            /// signatures), so one batch has exactly one valid signature.
            pub(crate) fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), WireError> {
                let sig = ed25519_dalek::Signature::from_slice(signature).map_err(|_| WireError::BadSignature)?;
                self.0.verify_strict(message, &sig).map_err(|_| WireError::BadSignature)?;
                Ok(())
            }
        }
    };
}

ed25519_pair!(
    /// A device's signing key. Lives in the device's encrypted store.
    DeviceKey,
    DevicePublicKey,
    "device key"
);
ed25519_pair!(
    /// The hub's receipt-signing key. Lives in the hub's database.
    ReceiptKey,
    ReceiptPublicKey,
    "receipt key"
);
