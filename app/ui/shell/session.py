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
from app.core.workspace import Desk, Workspace


@dataclass
class Session:
    """An unlocked workspace and the desk services the views use (built by the
    workspace: `Workspace.open_desk`)."""

    ws: Workspace
    desk: Desk
    authors: dict[str, str]  # display names of this laptop's users, by username

    @classmethod
    def open(cls, ws: Workspace) -> "Session":
        return cls(ws, ws.open_desk(), ws.display_names())

    # The desk services most views use, by their short names.
    @property
    def agenda(self) -> AgendaService:
        return self.desk.agenda

    @property
    def persons(self) -> PersonListing:
        return self.desk.persons

    @property
    def lists(self) -> WorkLists:
        return self.desk.lists

    @property
    def drafts(self) -> DraftService:
        return self.desk.drafts

    @property
    def followups(self) -> FollowUpService:
        return self.desk.followups

    @property
    def answers(self) -> AnswerService:
        return self.desk.answers

    @property
    def people(self) -> CasePeople:
        return self.desk.people

    def author(self, username: str) -> str:
        """Who recorded something: a display name where this laptop knows one."""
        return self.authors.get(username) or username

    def may(self, action: str) -> bool:
        """Whether this user's role is offered `action` (app.core.permissions)."""
        return permissions.may(self.ws.user.role, action)

    def close(self) -> None:
        self.ws.close()
