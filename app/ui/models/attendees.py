"""A training's attendance list: one row per participant, with a name only where it was
consented to (the others are counted, and the row says so)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex

from app.ui import labels
from app.ui.models.rows import RowsTableModel

# A participant as the list holds it: Attendee's fields (given_names, surnames, sex,
# age_group, name_consent, consent_on, age) and, once saved, its "id".
Entry = dict[str, Any]


NAME = QT_TRANSLATE_NOOP("AttendeesModel", "Name")
NO_NAME = QT_TRANSLATE_NOOP("AttendeesModel", "(counted, no name)")
SEX = QT_TRANSLATE_NOOP("AttendeesModel", "Sex")
AGE_GROUP = QT_TRANSLATE_NOOP("AttendeesModel", "Age group")
CONSENT = QT_TRANSLATE_NOOP("AttendeesModel", "Name consent")
BY_SELF = QT_TRANSLATE_NOOP("AttendeesModel", "By the participant")
BY_REPRESENTATIVE = QT_TRANSLATE_NOOP("AttendeesModel", "By the legal representative")


def _t(source: object) -> str:
    # QT_TRANSLATE_NOOP returns its text, though PySide6 declares it as object.
    return QCoreApplication.translate("AttendeesModel", str(source))


def entry_name(entry: Entry) -> str:
    return f"{entry.get('given_names', '')} {entry.get('surnames', '')}".strip()


class AttendeesModel(RowsTableModel):
    def __init__(self, sex_label: Callable[[str], str]) -> None:
        super().__init__([
            (_t(NAME), lambda e: entry_name(e) or _t(NO_NAME)),
            (_t(SEX), lambda e: sex_label(e.get("sex", ""))),
            (_t(AGE_GROUP), lambda e: labels.attendance_group(e.get("age_group", ""))),
            (_t(CONSENT), lambda e: self.consent(e.get("name_consent", ""))),
        ], lambda e: str(e.get("id", "")))

    @staticmethod
    def consent(code: str) -> str:
        return {"self": _t(BY_SELF),
                "representative": _t(BY_REPRESENTATIVE)}.get(code, "—")

    def add(self, entry: Entry) -> None:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(entry)
        self.endInsertRows()

    def remove(self, row: int) -> Entry:
        self.beginRemoveRows(QModelIndex(), row, row)
        entry = self.items.pop(row)
        self.endRemoveRows()
        return entry
