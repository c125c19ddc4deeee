"""Sync failures a user must read, worded in English source strings (translated at the edge)."""

from typing import Any

from app.core.errors import UserError
from app.core.i18n import N_
from sync.admin_words import KNOWN


class SyncError(UserError):
    """`code` tells callers (status bar, CLI exit) what kind of failure it was."""

    # Positional-only: a server's text may have a parameter called "code" (a case's).
    def __init__(self, code: str, message: str, /, **params: object) -> None:
        super().__init__(message, **params)
        self.code = code
        # A `revoked` answer's signed notice, if it carried one (sync/notice.py).
        self.notice: object = ""


AUTH_MESSAGES = {
    "revoked": N_("This device is no longer authorised by the server. Ask the "
                  "administrator and enroll the device again."),
    "disabled": N_("Your user was disabled on the server. Ask the administrator."),
    "bad_credentials": N_("Wrong user name or password on the server."),
    "too_many_attempts": N_("Too many failed attempts. Wait a few minutes and try again."),
    "no_token": N_("This device is not enrolled with a server yet."),
    "expired": N_("This device's authorisation with the server expired. Enroll the device "
                  "again."),
    "device_taken": N_("This device is enrolled on the server for another user. Ask the "
                       "administrator."),
    "forbidden": N_("Only an administrator may do this on the server."),
}

def not_enrolled() -> SyncError:
    return SyncError("not_enrolled", N_("This device is not enrolled with a server yet: "
                                        "run 'enroll' first."))


def unreachable(url: str) -> SyncError:
    return SyncError("unreachable", N_("Cannot reach the server {url}. Check the network "
                                       "and try again later."), url=url)


def update_required() -> SyncError:
    return SyncError("update_required", N_("The server needs a newer version of this app. "
                                           "Update the app."))


def server_failed(status: int) -> SyncError:
    return SyncError("server", N_("The server failed (HTTP {status}). Try again later."),
                     status=status)


def auth_failed(code: str) -> SyncError:
    return SyncError(code, AUTH_MESSAGES.get(code, AUTH_MESSAGES["revoked"]))


def insecure(url: str) -> SyncError:
    return SyncError("insecure", N_("The address {url} is not encrypted (https). Use "
                                    "https, or allow clear http explicitly."), url=url)


def tls_failed(url: str) -> SyncError:
    return SyncError("tls", N_("The server certificate of {url} could not be verified."),
                     url=url)


def refused(body: Any) -> SyncError:
    """An administrative operation the server refused, in its words when they are one
    of the shared texts (sync/admin_words.py), else in general terms."""
    detail = body.get("detail") if isinstance(body, dict) else None
    params = body.get("params") if isinstance(body, dict) else None
    if detail in KNOWN and isinstance(params, dict) and all(
            isinstance(v, str | int) for v in params.values()):
        try:
            detail.format(**params)
        except (KeyError, IndexError, ValueError):
            pass
        else:
            return SyncError("refused", detail, **params)
    return SyncError("refused", N_("The server refused the operation."))
