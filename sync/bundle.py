"""USB bundles: the sync protocol as a file (sync invariant 11).

A bundle is JSON `{"format", "sender", "recipient_key", "ephemeral", "nonce",
"ciphertext", "signature"}`. The payload is encrypted for the recipient (X25519 with an
ephemeral key → HKDF-SHA256 → AES-256-GCM) and the whole envelope is signed (Ed25519) by
the sender: a device signs what it sends to the server, the server signs its answer.
A tampered or foreign bundle fails verification or decryption and is refused.
"""

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "defensoria-bundle-1"
# Authenticated data of a store's master key sealed for the Consejo's recovery key.
RECOVERY_CONTEXT = b"defensoria-recovery-1"
RAW = serialization.Encoding.Raw
PUB = serialization.PublicFormat.Raw
PRIV = serialization.PrivateFormat.Raw
NOENC = serialization.NoEncryption()


class BundleError(Exception):
    """`code`: damaged, tampered, foreign."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_keys() -> dict[str, str]:
    """A fresh signing and encryption key pair, as base64 raw private keys."""
    return {"sign": b64(Ed25519PrivateKey.generate().private_bytes(RAW, PRIV, NOENC)),
            "box": b64(X25519PrivateKey.generate().private_bytes(RAW, PRIV, NOENC))}


def public_of(private: dict[str, str]) -> dict[str, str]:
    sign = Ed25519PrivateKey.from_private_bytes(unb64(private["sign"])).public_key()
    box = X25519PrivateKey.from_private_bytes(unb64(private["box"])).public_key()
    return {"sign": b64(sign.public_bytes(RAW, PUB)), "box": b64(box.public_bytes(RAW, PUB))}


def _aead_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None,
                info=b"defensoria-bundle" + ephemeral + recipient).derive(shared)


def _signed_part(env: dict[str, Any]) -> bytes:
    fields = ("format", "sender", "recipient_key", "ephemeral", "nonce", "ciphertext")
    return json.dumps([env[k] for k in fields]).encode()


def _ephemeral_key(recipient_box_key: str) -> tuple[bytes, bytes]:
    """A fresh X25519 key's public half, and the AES key it agrees with the recipient."""
    recipient = unb64(recipient_box_key)
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(RAW, PUB)
    return eph_pub, _aead_key(eph.exchange(X25519PublicKey.from_public_bytes(recipient)),
                              eph_pub, recipient)


def seal(payload: dict[str, Any], sender: str, sender_keys: dict[str, str],
         recipient_box_key: str) -> bytes:
    eph_pub, key = _ephemeral_key(recipient_box_key)
    nonce = os.urandom(12)
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    env = {"format": FORMAT, "sender": sender, "recipient_key": recipient_box_key,
           "ephemeral": b64(eph_pub), "nonce": b64(nonce),
           "ciphertext": b64(AESGCM(key).encrypt(nonce, plain, sender.encode()))}
    signer = Ed25519PrivateKey.from_private_bytes(unb64(sender_keys["sign"]))
    env["signature"] = b64(signer.sign(_signed_part(env)))
    return json.dumps(env).encode()


def envelope(blob: bytes) -> dict[str, Any]:
    """The outer, unverified envelope (to find out who claims to have sent it)."""
    try:
        env = json.loads(blob)
        if not isinstance(env, dict) or env.get("format") != FORMAT:
            raise BundleError("damaged")
        for name in ("sender", "recipient_key", "ephemeral", "nonce", "ciphertext",
                     "signature"):
            if not isinstance(env.get(name), str):
                raise BundleError("damaged")
    except (ValueError, UnicodeError):
        raise BundleError("damaged") from None
    return env


def open_sealed(blob: bytes, sender_sign_key: str, recipient_keys: dict[str, str]
                ) -> dict[str, Any]:
    env = envelope(blob)
    try:
        verifier = Ed25519PublicKey.from_public_bytes(unb64(sender_sign_key))
        verifier.verify(unb64(env["signature"]), _signed_part(env))
    except (InvalidSignature, ValueError):
        raise BundleError("tampered") from None
    if env["recipient_key"] != public_of(recipient_keys)["box"]:
        raise BundleError("foreign")
    try:
        me = X25519PrivateKey.from_private_bytes(unb64(recipient_keys["box"]))
        eph = unb64(env["ephemeral"])
        key = _aead_key(me.exchange(X25519PublicKey.from_public_bytes(eph)), eph,
                        unb64(env["recipient_key"]))
        plain = AESGCM(key).decrypt(unb64(env["nonce"]), unb64(env["ciphertext"]),
                                    env["sender"].encode())
        payload = json.loads(plain)
    except (InvalidTag, ValueError):
        raise BundleError("tampered") from None
    if not isinstance(payload, dict):
        raise BundleError("damaged")
    return payload


def seal_secret(secret: bytes, recipient_box_key: str, context: bytes) -> dict[str, str]:
    """A small secret (a store's master key) encrypted for one X25519 key, unsigned: the
    same X25519 → HKDF → AES-GCM as a bundle. `context` is bound as authenticated data."""
    eph_pub, key = _ephemeral_key(recipient_box_key)
    nonce = os.urandom(12)
    return {"recipient_key": recipient_box_key, "ephemeral": b64(eph_pub),
            "nonce": b64(nonce), "ciphertext": b64(AESGCM(key).encrypt(nonce, secret,
                                                                       context))}


def open_secret(sealed: dict[str, str], private_box_key: bytes, context: bytes) -> bytes:
    """The secret of `seal_secret`; BundleError('foreign') for another key, 'tampered'
    when it does not decrypt."""
    try:
        me = X25519PrivateKey.from_private_bytes(private_box_key)
        mine = b64(me.public_key().public_bytes(RAW, PUB))
        if sealed["recipient_key"] != mine:
            raise BundleError("foreign")
        eph = unb64(sealed["ephemeral"])
        key = _aead_key(me.exchange(X25519PublicKey.from_public_bytes(eph)), eph,
                        unb64(mine))
        return AESGCM(key).decrypt(unb64(sealed["nonce"]), unb64(sealed["ciphertext"]),
                                   context)
    except InvalidTag:
        raise BundleError("tampered") from None
    except (KeyError, TypeError, ValueError):
        raise BundleError("damaged") from None
