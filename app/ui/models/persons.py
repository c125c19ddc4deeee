"""Persons table over 100,000 rows: ordered keys up front, rows fetched page by page."""

from app.core.services.listing import PersonListing, PersonRow
from app.ui import labels
from app.ui.models.paged import PAGE, PagedTableModel
from app.ui.shell.context import UiContext

__all__ = ["COLUMNS", "PAGE", "PersonTableModel"]
COLUMNS = ("name", "doc", "birth", "sex", "parish", "community")


class PersonTableModel(PagedTableModel):
    COLUMNS = COLUMNS

    def __init__(self, ctx: UiContext, listing: PersonListing) -> None:
        super().__init__(listing)
        self.ctx = ctx
        self._headers = [self.tr("Name"), self.tr("Document"), self.tr("Birth date"),
                         self.tr("Sex"), self.tr("Parish"), self.tr("Community")]

    def person_at(self, row: int) -> PersonRow:
        return self.row_at(row)

    def text(self, row: PersonRow, column: str) -> str:
        if column == "name":
            return row.full_name
        if column == "doc":
            return row.doc_number
        if column == "birth":
            return labels.birth_or_age(row.birth_date, row.estimated_age, row.estimated_on,
                                       self.ctx.today())
        if column == "sex":
            return self.ctx.label("sexes", row.sex)
        if column == "parish":
            return self.ctx.parish_name(row.parish)
        return row.community
