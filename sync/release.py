"""Signed release manifests, shared by the server that signs and the client that verifies.

A manifest names one installer: platform, version, file name, size and SHA-256. The
server signs `FORMAT + "\\n" + canonical JSON of the manifest` with its Ed25519 release
key (generated on the server, never leaving it); the client verifies with the public key
it pinned at enrollment. A signature binds size and hash, so a file that verifies against
a verified manifest is the file the Consejo published. Next to an installer carried on
USB, the same manifest and signature travel as `<installer>.sig` (JSON).
"""

import base64
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

FORMAT = "defensoria-release-1"
SIDECAR_SUFFIX = ".sig"
PLATFORMS = ("windows-x86_64", "linux-x86_64", "linux-aarch64")
_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")
CHUNK = 1024 * 1024


class ReleaseError(Exception):
    """`code`: unsigned, bad_signature, tampered, incomplete, malformed."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Manifest:
    platform: str
    version: str
    filename: str
    size: int
    sha256: str

    def message(self) -> bytes:
        body = json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))
        return f"{FORMAT}\n{body}".encode()


@dataclass(frozen=True)
class SignedManifest:
    manifest: Manifest
    signature: str  # base64 Ed25519 signature of manifest.message()

    def to_json(self) -> dict[str, object]:
        return {"format": FORMAT, **asdict(self.manifest), "signature": self.signature}

    @classmethod
    def from_json(cls, data: object) -> "SignedManifest":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ReleaseError("malformed")
        try:
            manifest = Manifest(str(data["platform"]), str(data["version"]),
                                str(data["filename"]), int(data["size"]),
                                str(data["sha256"]).lower())
            signature = str(data.get("signature") or "")
        except (KeyError, TypeError, ValueError):
            raise ReleaseError("malformed") from None
        if not signature:
            raise ReleaseError("unsigned")
        return cls(manifest, signature)


def version_key(version: str) -> tuple[int, ...]:
    """'1.10.2' → (1, 10, 2, 0): numeric, so 1.10 is newer than 1.9."""
    if not _VERSION.match(version):
        raise ValueError(f"not a version number: {version!r}")
    parts = [int(p) for p in version.split(".")]
    return tuple(parts + [0] * (4 - len(parts)))


def file_digest(path: Path) -> tuple[int, str]:
    """Size and SHA-256 (hex) of a file, read in chunks."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def public_key_of(private_raw: bytes) -> str:
    from cryptography.hazmat.primitives import serialization

    public = Ed25519PrivateKey.from_private_bytes(private_raw).public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign(private_raw: bytes, manifest: Manifest) -> SignedManifest:
    signature = Ed25519PrivateKey.from_private_bytes(private_raw).sign(manifest.message())
    return SignedManifest(manifest, base64.b64encode(signature).decode("ascii"))


def verify_manifest(signed: SignedManifest, public_key: str) -> Manifest:
    """The manifest, if the pinned key signed it; else ReleaseError('bad_signature')."""
    if not signed.signature:
        raise ReleaseError("unsigned")
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signed.signature, validate=True), signed.manifest.message())
    except (InvalidSignature, ValueError):
        raise ReleaseError("bad_signature") from None
    return signed.manifest


def verify_file(path: Path, signed: SignedManifest, public_key: str) -> Manifest:
    """Check the signature, then that the file is exactly the one the manifest names."""
    manifest = verify_manifest(signed, public_key)
    size, sha256 = file_digest(path)
    if size < manifest.size:
        raise ReleaseError("incomplete")
    if size != manifest.size or sha256 != manifest.sha256:
        raise ReleaseError("tampered")
    return manifest


def sidecar_of(installer: Path) -> Path:
    return installer.with_name(installer.name + SIDECAR_SUFFIX)


def read_sidecar(installer: Path) -> SignedManifest:
    path = sidecar_of(installer)
    if not path.is_file():
        raise ReleaseError("unsigned")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ReleaseError("malformed") from None
    return SignedManifest.from_json(data)


def write_sidecar(installer: Path, signed: SignedManifest) -> Path:
    path = sidecar_of(installer)
    path.write_text(json.dumps(signed.to_json(), indent=1) + "\n", encoding="utf-8")
    return path
