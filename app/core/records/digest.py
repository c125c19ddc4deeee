"""The digest of what a device holds in its scope (sync invariant 12).

One definition for both ends: the device keeps it over its synced rows (every row with a
server version, tombstones included: SQL triggers, migration 0006), the server works it
out over the rows the device's scope receives. It is order-independent (a sum modulo a
prime of a 64-bit hash of each (id, version)), so rows can be added and taken away one by
one, and equal digests mean, short of a hash collision, equal holdings.
"""

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

# A Mersenne prime: sums of three terms stay below 2**63 (SQLite's integers).
MODULUS = 2 ** 61 - 1


def item_hash(record_id: str, version: int | None) -> int | None:
    """The term of one row; None for a row the server never acknowledged."""
    if version is None:
        return None
    raw = hashlib.blake2b(f"{record_id}:{version}".encode(), digest_size=8).digest()
    return int.from_bytes(raw, "big") % MODULUS


@dataclass(frozen=True)
class Digest:
    count: int
    total: int
    # The server's last version when it sent the digest: a device that has received a
    # later one talks to a server restored from an older backup (no repair then).
    head: int | None = field(default=None, compare=False)

    @classmethod
    def of(cls, items: Iterable[tuple[str, int]]) -> "Digest":
        count = total = 0
        for record_id, version in items:
            count += 1
            total += item_hash(record_id, version) or 0
        return cls(count, total % MODULUS)

    def wire(self) -> dict[str, int]:
        found = {"count": self.count, "sum": self.total}
        return found if self.head is None else {**found, "head": self.head}

    @classmethod
    def from_wire(cls, value: object) -> "Digest | None":
        """The digest a server sent; None when it sent none (an older server)."""
        if not isinstance(value, dict):
            return None
        count, total = value.get("count"), value.get("sum")
        if type(count) is not int or type(total) is not int:
            return None
        head = value.get("head")
        return cls(count, total, head if type(head) is int else None)
