"""Families table: each household with its head, place and number of members, paged
like the persons table."""

from app.core.services.households_listing import HouseholdListing, HouseholdRow
from app.ui.models.paged import PagedTableModel
from app.ui.shell.context import UiContext

HOUSEHOLD_COLUMNS = ("head", "parish", "community", "members")


class HouseholdTableModel(PagedTableModel):
    COLUMNS = HOUSEHOLD_COLUMNS
    NUMERIC = frozenset({"members"})

    def __init__(self, ctx: UiContext, listing: HouseholdListing) -> None:
        super().__init__(listing)
        self.ctx = ctx
        self._headers = [self.tr("Head of household"), self.tr("Parish"),
                         self.tr("Community"), self.tr("Members")]

    def household_at(self, row: int) -> HouseholdRow:
        return self.row_at(row)

    def text(self, row: HouseholdRow, column: str) -> str:
        if column == "head":
            return row.head or self.tr("(no members yet)")
        if column == "parish":
            return self.ctx.parish_name(row.parish)
        if column == "community":
            return row.community
        return str(row.members)
