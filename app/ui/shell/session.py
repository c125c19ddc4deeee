"""An unlocked workspace and the desk services the views read through."""

from dataclasses import dataclass

from app.core import permissions
from app.core.services.affected import CasePeople
from app.core.services.agenda import AgendaService
from app.core.services.answers import AnswerService
from app.core.services.drafts import DraftService
from app.core.services.followups import FollowUpService
from app.core.services.listing import PersonListing
from app.core.services.worklists import WorkLists
from app.core.workspace import Workspace


@dataclass
class Session:
    """An unlocked workspace and the desk services the views use."""

    ws: Workspace
    agenda: AgendaService
    persons: PersonListing
    lists: WorkLists
    drafts: DraftService
    followups: FollowUpService
    answers: AnswerService  # institutions' answers the user has (not) read
    people: CasePeople  # whom each case affects
    authors: dict[str, str]  # display names of this laptop's users, by username

    @classmethod
    def open(cls, ws: Workspace) -> "Session":
        name = ws.user.username
        return cls(ws, AgendaService(ws.db, ws.clock, name, ws.catalogs), PersonListing(ws.db),
                   WorkLists(ws.db, name, ws.clock), DraftService(ws.db, name, ws.clock),
                   FollowUpService(ws.context()), AnswerService(ws.db, name),
                   CasePeople(ws.db, ws.clock), ws.display_names())

    def author(self, username: str) -> str:
        """Who recorded something: a display name where this laptop knows one."""
        return self.authors.get(username) or username

    def may(self, action: str) -> bool:
        """Whether this user's role is offered `action` (app.core.permissions)."""
        return permissions.may(self.ws.user.role, action)

    def close(self) -> None:
        self.ws.close()

