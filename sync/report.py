"""What a sync reports (`SyncReport`), and the callbacks a sync is driven with.

Separate from the engine (client.py) because every step of it — push, pull, repair —
fills the same report, and the USB exchange (usb.py) reports in the same shape.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

# `progress(sent, received)` reports counts; `cancelled()` is checked between batches.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class SyncReport:
    sent: int = 0
    rejected: int = 0
    conflicts: int = 0
    received: int = 0
    pending: int = 0
    pulled_all: bool = False
    # Verified sync: the device holds what its scope holds (False: a mismatch left, or
    # an older server that sends no digest); a repair's records fetched and dropped.
    verified: bool = False
    fetched: int = 0
    dropped: int = 0
    # The server holds fewer versions than this device received: restored from an older
    # backup. Nothing is repaired; the técnico must be told (the CLI and status say so).
    server_behind: bool = False
    # Audit events (opened, printed, exported) the server now holds.
    audit_sent: int = 0
    # Records of the changes answered "conflict": taken again from the server after
    # the pull (repair.refresh_conflicted).
    conflicted: list[str] = field(default_factory=list)

    @property
    def repaired(self) -> int:
        return self.fetched + self.dropped

    @property
    def complete(self) -> bool:
        return self.pending == 0 and self.pulled_all and self.rejected == 0
