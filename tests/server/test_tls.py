"""HTTPS: the client verifies the server certificate against the CA given at enrollment."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.core.clock import FixedClock
from sync.client import SyncClient
from sync.errors import SyncError
from sync.server.store import ServerStore
from tests.helpers.constants import NOW, PASSWORD
from tests.helpers.server import RunningServer, start_server


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_certs(folder: Path) -> tuple[Path, Path, Path]:
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Test CA")).issuer_name(_name("Test CA"))
          .public_key(ca_key.public_key()).serial_number(1)
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(2)
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    paths = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    paths[0].write_bytes(ca.public_bytes(pem))
    paths[1].write_bytes(cert.public_bytes(pem))
    paths[2].write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[RunningServer, Path]]:
    ca, cert, key = make_certs(tmp_path)
    store = ServerStore(f"sqlite:///{tmp_path / 'tls.db'}", FixedClock(NOW))
    running = start_server(store, cert, key)
    yield running, ca
    running.stop()
    store.dispose()


def test_https_with_ca_file_and_refusal_without(tls_server, make_device) -> None:
    srv, ca = tls_server
    srv.add_user("ana", "promotor", "PIL")
    device = make_device(srv, "ana", add=False, url=None, ca_file=str(ca))
    device.ws.families.create_household(parish="PIL", community="Segura")
    assert device.sync().complete
    with pytest.raises(SyncError) as failed:
        SyncClient(device.ws.db, device.ws.clock, attempts=1).enroll(srv.url, "ana", PASSWORD)
    assert failed.value.code == "tls"
