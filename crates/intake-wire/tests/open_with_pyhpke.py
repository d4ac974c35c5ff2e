"""Opens an Equity Intake batch with independent implementations, to prove the format is standard:
pyhpke (HPKE, RFC 9180), the `cryptography` package (Ed25519) and Python's zlib (raw DEFLATE).

Usage: open_with_pyhpke.py BATCH_FILE HUB_SECRET_HEX DEVICE_PUBLIC_HEX
Prints the payload JSON on stdout; exits non-zero on any mismatch.
"""
import hashlib
import json
import struct
import sys
import zlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyhpke import AEADId, CipherSuite, KDFId, KEMId, KEMKey

INFO = b"equity-intake batch v1"
SIGNATURE_CONTEXT = b"equity-intake batch signature v1\0"


def main(batch_path, hub_secret_hex, device_public_hex):
    data = open(batch_path, "rb").read()
    assert data[:4] == b"EIB\x01", "magic and version"
    pos = 4
    (hlen,) = struct.unpack_from(">I", data, pos); pos += 4
    header = data[pos:pos + hlen]; pos += hlen
    (elen,) = struct.unpack_from(">H", data, pos); pos += 2
    enc = data[pos:pos + elen]; pos += elen
    (clen,) = struct.unpack_from(">I", data, pos); pos += 4
    ct = data[pos:pos + clen]; pos += clen
    (slen,) = struct.unpack_from(">H", data, pos); pos += 2
    sig = data[pos:pos + slen]; pos += slen
    assert pos == len(data), "nothing after the signature"

    # Ed25519 over the context string and everything before the signature length.
    signed = SIGNATURE_CONTEXT + data[:4 + 4 + hlen + 2 + elen + 4 + clen]
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(device_public_hex)).verify(sig, signed)

    suite = CipherSuite.new(KEMId.DHKEM_X25519_HKDF_SHA256, KDFId.HKDF_SHA256, AEADId.CHACHA20_POLY1305)
    sk = KEMKey.from_pyca_cryptography_key(
        __import__("cryptography.hazmat.primitives.asymmetric.x25519", fromlist=["X25519PrivateKey"])
        .X25519PrivateKey.from_private_bytes(bytes.fromhex(hub_secret_hex)))
    recipient = suite.create_recipient_context(enc, sk, info=INFO)
    compressed = recipient.open(ct, aad=header)
    payload = zlib.decompress(compressed, -15)

    head = json.loads(header)
    assert hashlib.sha256(payload).hexdigest() == head["payload_digest"], "payload digest"
    records = json.loads(payload)["records"]
    assert len(records) == head["record_count"], "record count"
    sys.stdout.write(payload.decode("utf-8"))


if __name__ == "__main__":
    main(*sys.argv[1:4])
