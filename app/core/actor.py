"""Who is acting, on which device: stamped on every record, outbox entry and audit event."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    username: str
    role: str
    device_id: str
    parish: str = ""
