"""HTTP to the server: TLS verification, timeouts, retries with backoff and jitter, and
answers read against their schemas (`parse`).

Certificates are checked against the system store (truststore) or against a CA file
given at enrollment. Clear http is accepted only for loopback addresses or when the user
allowed it explicitly.
"""

import ipaddress
import random
import ssl
import time
from collections.abc import Callable
from typing import Any, TypedDict, TypeVar
from urllib.parse import urlsplit

import requests
import truststore
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter

from sync import errors
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, ROTATE_HEADER

RETRY_STATUS = {429, 500, 502, 503, 504}
Sleep = Callable[[float], None]
M = TypeVar("M", bound=BaseModel)


class Options(TypedDict, total=False):
    """How a caller tunes its transports (each keyword of `Transport` alike)."""

    timeout: tuple[float, float]
    attempts: int
    sleep: Sleep


class SystemTrustAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, allow_http: bool) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise errors.unreachable(url)
    if parts.scheme == "http" and not allow_http and not is_loopback(parts.hostname):
        raise errors.insecure(url)
    return url.rstrip("/")


class Transport:
    def __init__(self, base_url: str, *, token: str = "", ca_file: str = "",
                 allow_http: bool = False, timeout: tuple[float, float] = (5.0, 120.0),
                 attempts: int = 4, sleep: Sleep = time.sleep) -> None:
        self.base_url = check_url(base_url, allow_http)
        self.timeout, self.attempts, self.sleep = timeout, attempts, sleep
        self.session = requests.Session()
        self.session.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        # Passed on every request: a session-wide setting would lose to REQUESTS_CA_BUNDLE.
        self.verify: str | bool = ca_file or True
        # Set when an answer says the token is due for rotation (enrollment.renew_token renews it).
        self.rotate_due = False
        if not ca_file:
            self.session.mount("https://", SystemTrustAdapter())

    def close(self) -> None:
        self.session.close()

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """One request, retried on network failures and 5xx/429; raises SyncError."""
        url = self.base_url + path
        for attempt in range(self.attempts):
            last = attempt == self.attempts - 1
            try:
                resp = self.session.request(method, url, timeout=self.timeout,
                                            verify=self.verify, **kwargs)
            except requests.exceptions.SSLError:
                raise errors.tls_failed(self.base_url) from None
            except (requests.ConnectionError, requests.Timeout):
                if last:
                    raise errors.unreachable(self.base_url) from None
                self._backoff(attempt)
                continue
            if resp.status_code in RETRY_STATUS and not last:
                self._backoff(attempt)
                continue
            return self._check(resp)
        raise errors.unreachable(self.base_url)

    def _backoff(self, attempt: int) -> None:
        # Full jitter: many devices coming back online do not hammer the server together.
        self.sleep(random.uniform(0, min(30.0, 0.5 * 2 ** attempt)))

    def _check(self, resp: requests.Response) -> requests.Response:
        if resp.status_code < 400:
            if resp.headers.get(ROTATE_HEADER):
                self.rotate_due = True
            return resp
        code, body = "", None
        try:
            body = resp.json()
            code = body.get("code", "") if isinstance(body, dict) else ""
        except ValueError:
            pass
        if resp.status_code == 409 and code == "refused":
            raise errors.refused(body)
        if resp.status_code in (401, 403, 429) and code:
            error = errors.auth_failed(code)
            if isinstance(body, dict):
                error.notice = body.get("notice", "")
            raise error
        if resp.status_code == 426:
            raise errors.update_required()
        raise errors.server_failed(resp.status_code)


def parse(model: type[M], body: bytes) -> M:
    """An answer read as `model`: one that does not fit it is the server's failure."""
    try:
        return model.model_validate_json(body)
    except ValidationError:
        raise errors.server_failed(200) from None
