//! RFC 9180 test vectors for the one suite we use: mode_base, DHKEM(X25519, HKDF-SHA256) (0x0020),
//! HKDF-SHA256 (0x0001), ChaCha20-Poly1305 (0x0003).
//!
//! The vector file is the matching entry of the CFRG's `test-vectors.json` (the RFC's Appendix A.2.1), cut
//! to the fields we check. It goes through `hpke_seal` and `hpke_open`, the functions every batch uses.

use intake_wire::{hpke_open, hpke_seal, HubKeyPair};
use rand::{CryptoRng, RngCore};

#[derive(serde::Deserialize)]
struct Vector {
    mode: u8,
    kem_id: u16,
    kdf_id: u16,
    aead_id: u16,
    info: String,
    #[serde(rename = "ikmR")]
    ikm_r: String,
    #[serde(rename = "ikmE")]
    ikm_e: String,
    #[serde(rename = "pkRm")]
    pk_rm: String,
    enc: String,
    encryptions: Vec<Encryption>,
}

#[derive(serde::Deserialize)]
struct Encryption {
    aad: String,
    pt: String,
    ct: String,
}

/// Hands out the vector's ephemeral IKM as "randomness": the HPKE library derives the ephemeral key from
/// the first 32 bytes it draws (RFC 9180 `GenerateKeyPair` = `DeriveKeyPair(random(Nsk))`).
struct Replay(Vec<u8>);

impl RngCore for Replay {
    fn next_u32(&mut self) -> u32 {
        unimplemented!("HPKE draws bytes")
    }
    fn next_u64(&mut self) -> u64 {
        unimplemented!("HPKE draws bytes")
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        assert!(dest.len() <= self.0.len(), "HPKE drew more randomness than the vector provides");
        let rest = self.0.split_off(dest.len());
        dest.copy_from_slice(&self.0);
        self.0 = rest;
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand::Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}
impl CryptoRng for Replay {}

fn h(s: &str) -> Vec<u8> {
    hex::decode(s).expect("hex in the vector file")
}

fn vectors() -> Vec<Vector> {
    serde_json::from_str(include_str!("rfc9180-base-x25519-sha256-chacha20poly1305.json")).expect("vector file")
}

#[test]
fn the_vector_is_for_our_suite() {
    let v = vectors();
    assert_eq!(v.len(), 1);
    assert_eq!((v[0].mode, v[0].kem_id, v[0].kdf_id, v[0].aead_id), (0, 0x0020, 0x0001, 0x0003));
}

#[test]
fn seal_reproduces_the_vector_byte_for_byte() {
    for v in vectors() {
        let hub = HubKeyPair::derive(&h(&v.ikm_r));
        assert_eq!(hub.public().public_key, v.pk_rm, "DeriveKeyPair(ikmR)");
        let first = &v.encryptions[0];
        let (enc, ct) =
            hpke_seal(hub.public(), &h(&v.info), &h(&first.aad), &h(&first.pt), &mut Replay(h(&v.ikm_e))).expect("seal");
        assert_eq!(hex::encode(enc), v.enc);
        assert_eq!(hex::encode(ct), first.ct);
    }
}

#[test]
fn open_recovers_the_vector_plaintext_and_refuses_a_changed_aad() {
    for v in vectors() {
        let hub = HubKeyPair::derive(&h(&v.ikm_r));
        let first = &v.encryptions[0];
        let pt = hpke_open(&hub, &h(&v.enc), &h(&v.info), &h(&first.aad), &h(&first.ct)).expect("open");
        assert_eq!(hex::encode(pt), first.pt);
        let mut aad = h(&first.aad);
        aad[0] ^= 1;
        assert!(hpke_open(&hub, &h(&v.enc), &h(&v.info), &aad, &h(&first.ct)).is_err());
    }
}
