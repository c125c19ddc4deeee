"""A revocation notice the device can prove came from its server.

A `401 revoked` makes a device erase itself (sync/revocation.py). Clear http is allowed
on some links (loopback, a LAN the user allowed: sync/transport.py), where anyone on the
path could forge that answer. So the server signs it with its Ed25519 bundle key, which
the device pinned at enrollment, over the device's id and the hash of the very token
it presented: the notice names this device, and an old notice (another device's, or this
device's before it enrolled again with a new token) proves nothing. A device erases only
on a valid notice; without one it hears "access refused, ask the Consejo" and keeps its
data (a device enrolled before notices existed and talking over verified https, where
no one can forge the answer, still erases: it has no pinned key to check against).
"""

import hashlib
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from sync.bundle import b64, unb64

CONTEXT = b"defensoria-revoked-1"


def _message(device_id: str, token: str) -> bytes:
    token_digest = hashlib.sha256(token.encode("utf-8")).hexdigest()
    return b"\n".join((CONTEXT, device_id.encode("utf-8"), token_digest.encode("ascii")))


def sign(private_sign_key: str, device_id: str, token: str) -> str:
    """The notice for `device_id`, which presented `token`: a base64 signature."""
    key = Ed25519PrivateKey.from_private_bytes(unb64(private_sign_key))
    return b64(key.sign(_message(device_id, token)))


def valid(public_sign_key: str, device_id: str, token: str, notice: object) -> bool:
    """Whether `notice` is the pinned server key's signature for this device and token."""
    if not isinstance(notice, str) or not notice or not public_sign_key:
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(public_sign_key))
        key.verify(unb64(notice), _message(device_id, token))
    except (ValueError, InvalidSignature):
        return False
    return True


def proven(pinned_sign_key: str, server_url: str, device_id: str, token: str,
           notice: object) -> bool:
    """Whether a device may believe it was revoked (see the module's docstring)."""
    if pinned_sign_key:
        return valid(pinned_sign_key, device_id, token, notice)
    return urlsplit(server_url).scheme == "https"
