"""A household (family): where it lives. Its members are added from the family page."""

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.core.records import Household
from app.ui.forms import FormDialog
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import combo, parish_items, select_code


class HouseholdDialog(FormDialog):
    FORM = "household"

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, session, context, parent)
        self.setWindowTitle(self.tr("Family"))
        self.parish = self.add_field("parish", self.tr("&Parish"), combo(
            parish_items(ctx.catalogs.territory), self.tr("— choose —")))
        self.community = QComboBox()
        self.community.setEditable(True)
        self.add_field("community", self.tr("&Community or neighbourhood"), self.community)
        self.address = self.add_field("address_reference", self.tr("&Address reference"),
                                      QLineEdit())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        self.parish.currentIndexChanged.connect(self._fill_communities)
        self.finish()
        editor = self.community.lineEdit()
        assert editor is not None  # an editable combo box always has its line edit
        editor.textEdited.connect(self.touch)
        self.resize(520, 320)
        if session.ws.user.parish and "household_id" not in context:
            select_code(self.parish, session.ws.user.parish)
        if "household_id" in context:
            h = session.ws.families.get_household(context["household_id"])
            self.restore({"parish": h.parish, "community": h.community,
                          "address_reference": h.address_reference, "notes": h.notes})
            self.dirty = False

    def _fill_communities(self) -> None:
        parish = self.ctx.catalogs.territory.parishes.get(self.parish.currentData() or "")
        current = self.community.currentText()
        self.community.clear()
        self.community.addItems(list(parish.communities) if parish else [])
        self.community.setEditText(current)

    def values(self) -> dict[str, Any]:
        return {"parish": self.parish.currentData(), "community": self.community.currentText(),
                "address_reference": self.address.text(),
                "notes": self.notes.toPlainText()}

    def restore(self, values: dict[str, Any]) -> None:
        select_code(self.parish, values.get("parish", ""))
        self.community.setEditText(values.get("community", ""))
        self.address.setText(values.get("address_reference", ""))
        self.notes.setPlainText(values.get("notes", ""))

    def submit(self) -> Household:
        data = self.values()
        families = self.session.ws.families
        if "household_id" in self.context:
            return families.update_household(self.context["household_id"], **data)
        return families.create_household(**data)
