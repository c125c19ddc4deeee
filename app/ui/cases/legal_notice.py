"""Where the law sends a case, said when it matters: in the case wizard as soon as the
types are chosen, and on the case page until the referrals are really sent."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton

from app.core.catalogs import Catalogs
from app.core.rules.legal import at_least_minimum, minimum_risk
from app.ui.shell.context import UiContext
from app.ui.widgets import select_code

NOTICE_STYLE = ("QFrame#referralDue { background: #fff4e5; border: 1px solid #b26a00;"
                " border-radius: 4px; }")


class ReferralDue(QFrame):
    """The institutions a case must be referred to; with `action`, a button that asks
    for the referral form of the first one still missing."""

    # Not `create`: that name is QWidget.create().
    refer_requested = Signal(str)  # institution code

    def __init__(self, ctx: UiContext, action: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.institutions: list[str] = []
        self.setObjectName("referralDue")
        self.setStyleSheet(NOTICE_STYLE)
        row = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Referrals the law requires"))
        row.addWidget(self.text, 1)
        self.button = QPushButton(self.tr("Create the referral"))
        self.button.clicked.connect(lambda: self.refer_requested.emit(self.institutions[0])
                                    if self.institutions else None)
        self.button.setVisible(action)
        row.addWidget(self.button)
        self.hide()

    def names(self, institutions: list[str]) -> str:
        return ", ".join(self.ctx.label("institutions", code) for code in institutions)

    def show_required(self, institutions: list[str]) -> None:
        """Before the case exists: where the chosen types send it."""
        self._show(institutions, self.tr("The law requires referring this case to: {0}."))

    def show_missing(self, institutions: list[str]) -> None:
        """An existing case: the required institutions it was not really sent to yet."""
        self._show(institutions, self.tr("This case must be referred to {0} and the "
                                         "referral has not been sent yet."))

    def _show(self, institutions: list[str], text: str) -> None:
        self.institutions = list(institutions)
        self.text.setText(text.format(self.names(institutions)))
        self.button.setToolTip(self.tr("Opens the referral form to {0}").format(
            self.names(institutions[:1])))
        self.setVisible(bool(institutions))


def limit_risk(box: QComboBox, violation_types: list[str], catalogs: Catalogs) -> str | None:
    """A risk-level combo that offers only the levels these types allow, raised to their
    minimum if it was below; returns the minimum (None when the types set none)."""
    model = box.model()
    if isinstance(model, QStandardItemModel):
        for row in range(box.count()):
            code = box.itemData(row)
            model.item(row).setEnabled(at_least_minimum(code, violation_types, catalogs) == code)
    select_code(box, at_least_minimum(box.currentData(), violation_types, catalogs))
    return minimum_risk(violation_types, catalogs)
