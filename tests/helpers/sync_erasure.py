"""Erasure in the stateful sync test (issue 14, sync invariant 13): the SyncMachine of
tests/helpers/sync_machine.py with one more rule, the Consejo erasing a person.

The server erases through its own code (sync/server/erasure.py); the model learns what
became a tombstone by reading the server's documents before and after, never by choosing
them itself (erasure_scope.py alone says what "only concerns" a person). Every device must
then drop the content at its next sync or answer bundle, and the server must refuse any
later edit (`erased`): the invariants erased_names_are_gone, nothing_acknowledged_is_lost
and only_strays_are_refused (tests/helpers/sync_model.py) check it after every step.
"""

from app.core.records.erasure import is_erased
from sync.server.erasure import ErasureRefused, erase
from tests.helpers.sync_machine import PICK, SyncMachine, weighted

REASON = "Pedido de la representante"


class ErasureMachine(SyncMachine):
    def erased_on_server(self) -> set[str]:
        return {rid for rid, doc in self.world.server_docs().items() if is_erased(doc.data)}

    def open_case_names(self, person_id: str) -> bool:
        return any(doc.type == "case" and not doc.deleted
                   and doc.data.get("status") != "closed"
                   and person_id in (doc.data.get("affected_person_ids") or [])
                   for doc in self.world.server_docs().values())

    def erase_person(self, pick: int) -> None:
        """The Consejo erases a person the server holds (live or deleted), on their
        request; refused while an open case names them (LOPDP Art. 18)."""
        server = self.world.server_docs()
        ids = [rid for rid, (rtype, _p) in self.model.created.items()
               if rtype == "person" and rid in server and rid not in self.model.erased]
        if not ids:
            return
        rid = ids[pick % len(ids)]
        before = self.erased_on_server()
        try:
            count = erase(self.world.store, rid, REASON, by="cli")
        except ErasureRefused as refused:
            assert refused.code == "open_case" and self.open_case_names(rid), refused.code
            assert self.erased_on_server() == before, "a refused erasure erased"
            return
        new = self.erased_on_server() - before
        assert rid in new and len(new) <= count, (rid, len(new), count)
        for erased in new:
            self.model.erased[erased] = self.model.values_of(erased)


# Twice as often as a rare event: Hypothesis leaves some rules out of each example, and
# an erasure matters through the syncs, edits and bundles that follow it.
for _name, _rule in weighted(ErasureMachine.erase_person, 2, pick=PICK).items():
    setattr(ErasureMachine, _name, _rule)
