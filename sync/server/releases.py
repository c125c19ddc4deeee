"""Installers the server publishes to its devices, signed with its own release key.

The Ed25519 private key is a file on the server (`release_key_path()`, mode 0600), made
by `defensoria-server init`; it is never stored in the database nor sent anywhere, so a
database dump or a stolen backup cannot sign releases. Only its public key goes into the
database, from where every server process hands it to devices at enrollment.
Installers are kept in the database in 1 MiB chunks, so that several server processes
behind a load balancer share them and a download resumes from any byte (HTTP Range,
routes/releases.py).
"""

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, insert, select

from app.core.errors import UserError
from app.core.files import create_private, private_folder
from app.core.i18n import N_
from sync.release import CHUNK, PLATFORMS, Manifest, SignedManifest, file_digest, sign, version_key
from sync.release import public_key_of as public_of_raw
from sync.server import state
from sync.server.schema import release_chunks, release_signers, releases
from sync.server.store import ServerStore

KEY_ENV = state.RELEASE_KEY_ENV

class ReleaseAdminError(UserError):
    """A release that cannot be published: English source text, translated by the CLI."""


# The signing key --------------------------------------------------------------------
def release_key_path(store: ServerStore) -> Path:
    return state.release_key_path(store.url)


def ensure_signing_key(store: ServerStore, path: Path | None = None) -> str:
    """Create the key file if there is none; record its public key; return that key."""
    path = path or release_key_path(store)
    if not path.exists():
        private_folder(path.parent)
        raw = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
            serialization.NoEncryption())
        # Created 0600 from the start: never readable by others, not even for a moment.
        create_private(path, raw)
    public = public_of_raw(_read_key(path))
    with store.write() as conn:
        known = conn.execute(select(release_signers.c.public_key)
                             .where(release_signers.c.public_key == public)).first()
        if known is None:
            conn.execute(insert(release_signers).values(public_key=public,
                                                        created_at=store.clock.now()))
    return public


def _read_key(path: Path) -> bytes:
    raw = path.read_bytes()
    if len(raw) != 32:
        raise ReleaseAdminError(N_("{path} is not a release signing key."), path=path)
    return raw


def public_key(store: ServerStore) -> str:
    """The newest release public key ('' before `init` made one)."""
    with store.read() as conn:
        return conn.execute(select(release_signers.c.public_key)
                            .order_by(release_signers.c.created_at.desc())).scalar() or ""


# Publishing ---------------------------------------------------------------------------
def add_release(store: ServerStore, installer: Path, version: str, platform: str,
                key_path: Path | None = None) -> SignedManifest:
    if platform not in PLATFORMS:
        raise ReleaseAdminError(N_("Unknown platform {platform}; use one of {platforms}."),
                                platform=platform, platforms=", ".join(PLATFORMS))
    try:
        version_key(version)
    except ValueError:
        raise ReleaseAdminError(N_("{version} is not a version number (e.g. 0.2.0)."),
                                version=version) from None
    key_path = key_path or release_key_path(store)
    if not key_path.exists():
        raise ReleaseAdminError(N_("No release signing key at {path}: run "
                                   "'defensoria-server init' on this server first."),
                                path=key_path)
    public = ensure_signing_key(store, key_path)
    size, sha256 = file_digest(installer)
    if size == 0:
        raise ReleaseAdminError(N_("{path} is empty."), path=installer)
    signed = sign(_read_key(key_path), Manifest(platform, version, installer.name, size,
                                                sha256))
    with store.write() as conn:
        exists = conn.execute(select(releases.c.id).where(
            releases.c.platform == platform, releases.c.version == version)).first()
        if exists is not None:
            raise ReleaseAdminError(N_("Version {version} for {platform} is already "
                                       "published."), version=version, platform=platform)
        inserted = conn.execute(insert(releases).values(
            platform=platform, version=version, filename=installer.name, size=size,
            sha256=sha256, signature=signed.signature, public_key=public,
            created_at=store.clock.now())).inserted_primary_key
        assert inserted is not None  # a single-row insert
        release_id = inserted[0]
        with open(installer, "rb") as handle:
            index = 0
            while block := handle.read(CHUNK):
                conn.execute(insert(release_chunks).values(release_id=release_id, idx=index,
                                                           data=block))
                index += 1
    return signed


def list_releases(store: ServerStore) -> list[tuple[int, Manifest]]:
    with store.read() as conn:
        rows = conn.execute(select(releases).order_by(releases.c.platform, releases.c.id))
        return [(r.id, Manifest(r.platform, r.version, r.filename, r.size, r.sha256))
                for r in rows]


def latest(store: ServerStore, platform: str) -> tuple[int, SignedManifest] | None:
    with store.read() as conn:
        rows = conn.execute(select(releases).where(releases.c.platform == platform)).all()
    if not rows:
        return None
    row = max(rows, key=lambda r: version_key(r.version))
    manifest = Manifest(row.platform, row.version, row.filename, row.size, row.sha256)
    return row.id, SignedManifest(manifest, row.signature)


def stored_file(store: ServerStore, release_id: int) -> tuple[int, str] | None:
    """(size, filename) of a release whose file is stored; None if there is none."""
    with store.read() as conn:
        row = conn.execute(select(releases.c.size, releases.c.filename)
                           .where(releases.c.id == release_id)).first()
        count = conn.execute(select(func.count()).select_from(release_chunks)
                             .where(release_chunks.c.release_id == release_id)).scalar()
    if row is None or not count:
        return None
    return row.size, row.filename


def read_file(store: ServerStore, release_id: int, start: int, end: int) -> Iterator[bytes]:
    """Bytes start..end (inclusive) of a stored installer, a chunk at a time."""
    first, last = start // CHUNK, end // CHUNK
    for index in range(first, last + 1):
        with store.read() as conn:
            data = conn.execute(select(release_chunks.c.data).where(
                release_chunks.c.release_id == release_id,
                release_chunks.c.idx == index)).scalar_one()
        lo = start - index * CHUNK if index == first else 0
        hi = end - index * CHUNK + 1 if index == last else len(data)
        yield bytes(data[lo:hi])
