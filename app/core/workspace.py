"""Opening a data folder: the core's composition root.

A `Workspace` is an unlocked store with its services, built once and passed to the UI,
the CLI and the sync engine. Nothing here is global.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.actor import Actor
from app.core.catalogs import Catalogs
from app.core.clock import Clock
from app.core.file_erasure import finish_erasure
from app.core.files import private_folder
from app.core.i18n import N_
from app.core.paths import default_data_dir
from app.core.search import SearchService
from app.core.services.base import ServiceContext
from app.core.services.cases import CaseService
from app.core.services.families import FamilyService
from app.core.services.fieldwork import ActivityService, MediationService, VisitService
from app.core.services.plans import PlanService
from app.core.services.referrals import ReferralService
from app.core.store.database import DB_FILENAME, Database, StoreError
from app.core.store.device import device_id as _device_id
from app.core.store.keyring import (
    KEYRING_FILENAME,
    Keyring,
    KeyringError,
    LocalUser,
    keyring_for,
)
from app.core.store.migrate import upgrade
from app.core.writer import RecordWriter

if TYPE_CHECKING:
    from app.core.backup_schedule import BackupService
    from app.core.services.affected import CasePeople
    from app.core.services.agenda import AgendaService
    from app.core.services.answers import AnswerService
    from app.core.services.drafts import DraftService
    from app.core.services.followups import FollowUpService
    from app.core.services.listing import PersonListing
    from app.core.services.overview import CantonOverview
    from app.core.services.worklists import WorkLists
    from app.core.sync.attention import AttentionService
    from app.core.sync.conflicts import ConflictService
    from app.core.sync.desk import SyncDesk

__all__ = [
    "KEYRING_FILENAME",
    "Desk",
    "Keyring",
    "Workspace",
    "default_data_dir",
    "initialise",
    "keyring_for",
    "unlock",
]


@dataclass
class Workspace:
    data_dir: Path
    db: Database
    user: LocalUser
    actor: Actor
    catalogs: Catalogs
    writer: RecordWriter
    families: FamilyService
    cases: CaseService
    visits: VisitService
    mediations: MediationService
    referrals: ReferralService
    activities: ActivityService
    plans: PlanService
    search: SearchService
    clock: Clock

    def today(self) -> date:
        return self.clock.today()

    def local_users(self) -> list[LocalUser]:
        """The users of this laptop (names only: no key material)."""
        return keyring_for(self.data_dir).users

    def display_names(self) -> dict[str, str]:
        """User name → how people call them, for this laptop's users (screens and
        documents name users so); a user list that cannot be read names nobody."""
        try:
            names = {u.username: u.display_name for u in self.local_users()
                     if u.display_name}
        except KeyringError:
            names = {}
        names.setdefault(self.user.username, self.user.display_name or self.user.username)
        return names

    def context(self) -> ServiceContext:
        """What a service is built from, for services made per page or per command."""
        return ServiceContext(self.db, self.writer, self.catalogs, self.clock)

    def open_desk(self) -> "Desk":
        """The per-user services a session's screens read through, built here with the
        ones above, from this workspace's one ServiceContext."""
        from app.core.backup_schedule import BackupService
        from app.core.services.affected import CasePeople
        from app.core.services.agenda import AgendaService
        from app.core.services.answers import AnswerService
        from app.core.services.drafts import DraftService
        from app.core.services.followups import FollowUpService
        from app.core.services.listing import PersonListing
        from app.core.services.overview import CantonOverview
        from app.core.services.worklists import WorkLists
        from app.core.sync.attention import AttentionService
        from app.core.sync.conflicts import ConflictService
        from app.core.sync.desk import SyncDesk

        ctx, name = self.context(), self.user.username
        return Desk(
            agenda=AgendaService(ctx.db, ctx.clock, name, ctx.catalogs),
            persons=PersonListing(ctx.db), lists=WorkLists(ctx.db, name, ctx.clock),
            drafts=DraftService(ctx.db, name, ctx.clock), followups=FollowUpService(ctx),
            answers=AnswerService(ctx.db, name), people=CasePeople(ctx.db, ctx.clock),
            overview=CantonOverview(ctx.db, ctx.clock), sync=SyncDesk(ctx.db, ctx.clock),
            conflicts=ConflictService(ctx), attention=AttentionService(ctx.db, ctx.writer),
            backups=BackupService(ctx.db, self.data_dir, ctx.clock))

    def close(self) -> None:
        self.db.close()


@dataclass
class Desk:
    """What the desktop's screens read and do beyond the record services: per user."""

    agenda: "AgendaService"
    persons: "PersonListing"
    lists: "WorkLists"
    drafts: "DraftService"
    followups: "FollowUpService"
    answers: "AnswerService"  # institutions' answers the user has (not) read
    people: "CasePeople"  # whom each case affects
    overview: "CantonOverview"
    sync: "SyncDesk"  # needs attention, the Junta's inbox
    conflicts: "ConflictService"
    attention: "AttentionService"
    backups: "BackupService"  # the daily automatic backup


def initialise(data_dir: Path, user: LocalUser, password: str, catalogs: Catalogs | None,
               clock: Clock) -> Workspace:
    """Create the first user and an empty encrypted store."""
    private_folder(data_dir)
    finish_erasure(data_dir)  # what a revoked device's erasure could not delete
    keyring = keyring_for(data_dir)
    if (data_dir / DB_FILENAME).exists() and not keyring.has_users():
        # A database without its keyring: a new keyring could never open it.
        raise StoreError(N_("This folder already holds a database. Restore its "
                            "keyring.json from a backup instead of starting again."))
    master_key = keyring.create_first_user(user, password)
    return _open(data_dir, user, master_key, catalogs, clock)


def unlock(data_dir: Path, username: str, password: str, catalogs: Catalogs | None,
           clock: Clock, check_integrity: bool = True) -> Workspace:
    """With `check_integrity=False` the caller runs `db.check_integrity()` itself, later
    (the desktop app does it in a worker thread: it takes seconds on a large store)."""
    user, master_key = keyring_for(data_dir).unlock(username, password)
    return _open(data_dir, user, master_key, catalogs, clock, check_integrity)


def _open(data_dir: Path, user: LocalUser, key: bytes, catalogs: Catalogs | None,
          clock: Clock, check_integrity: bool = True) -> Workspace:
    db = Database(data_dir / DB_FILENAME, key)
    try:
        if check_integrity:
            db.check_integrity()
        upgrade(db, clock)
        device_id = _device_id(db)
    except Exception:
        db.close()
        raise
    catalogs = catalogs or Catalogs.load()
    actor = Actor(user.username, user.role, device_id, user.parish)
    writer = RecordWriter(actor, clock)
    ctx = ServiceContext(db, writer, catalogs, clock)
    return Workspace(
        data_dir=data_dir, db=db, user=user, actor=actor, catalogs=catalogs, writer=writer,
        families=FamilyService(ctx), cases=CaseService(ctx), visits=VisitService(ctx),
        mediations=MediationService(ctx), referrals=ReferralService(ctx),
        activities=ActivityService(ctx), plans=PlanService(ctx),
        search=SearchService(db, catalogs.territory),
        clock=clock,
    )
