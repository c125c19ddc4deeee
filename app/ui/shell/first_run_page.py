"""First run: choose the language and create the first local user of this laptop.

"Enroll with the central office" is offered when the composition root is given an enroll
handler (the sync issue adds it); until then the page creates a local user only.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.accounts import MIN_PASSWORD_LENGTH, LocalUser
from app.ui.shell.context import UiContext
from app.ui.widgets import ErrorLabel, combo, heading, parish_items, select_code, wrapped

LANGUAGE_NAMES = (("es", "Español (Ecuador)"), ("en", "English"))


def centered_card(host: QWidget, width: int = 460) -> QVBoxLayout:
    outer = QVBoxLayout(host)
    outer.addStretch(1)
    card = QFrame()
    card.setObjectName("card")
    card.setStyleSheet("QFrame#card { background: palette(base); border: 1px solid "
                       "palette(mid); border-radius: 8px; }")
    card.setFixedWidth(width)
    # Centred by stretches, not by an alignment flag: an aligned widget gets its size
    # hint's height, and a wrapped paragraph whose text changes would be cut.
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(1)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(28, 24, 28, 24)
    inner.setSpacing(10)
    return inner


class FirstRunPage(QWidget):
    language_changed = Signal(str)
    create_requested = Signal(object, str)
    enroll_requested = Signal()

    def __init__(self, ctx: UiContext, enroll_available: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        box = centered_card(self, 520)
        title = heading(self.tr("Welcome to Defensoría"), 1.6)
        title.setWordWrap(True)  # larger text: the card keeps its width
        box.addWidget(title)
        box.addWidget(wrapped(self.tr(
            "This laptop has no users yet. Create yours: your password "
            "protects everything stored here.")))
        form = QFormLayout()
        self.language = combo(list(LANGUAGE_NAMES), name=self.tr("Language"))
        select_code(self.language, ctx.language)
        self.language.activated.connect(
            lambda _: self.language_changed.emit(self.language.currentData()))
        self.display_name = QLineEdit()
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. ana.chicaiza"))
        self.role = combo([("promotor", self.tr("Community promoter")),
                           ("tecnico", self.tr("Consejo technician")),
                           ("junta", self.tr("Junta clerk")),
                           ("admin", self.tr("Administrator"))])
        self.parish = combo(parish_items(ctx.catalogs.territory), self.tr("— none —"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("At least {0} characters").format(
            MIN_PASSWORD_LENGTH))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        for label, widget in ((self.tr("&Language"), self.language),
                              (self.tr("Your &name"), self.display_name),
                              (self.tr("&User name"), self.username),
                              (self.tr("&Role"), self.role),
                              (self.tr("&Parish"), self.parish),
                              (self.tr("Pass&word"), self.password),
                              (self.tr("Repea&t the password"), self.confirm)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        box.addLayout(form)
        self.error = ErrorLabel()
        self.error.setAccessibleName(self.tr("Error"))
        box.addWidget(self.error)
        self.create_button = QPushButton(self.tr("&Create user and start"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.confirm.returnPressed.connect(self._create)
        box.addWidget(self.create_button)
        self.enroll = QPushButton(self.tr("&Enroll with the central office instead"))
        self.enroll.setFlat(True)
        self.enroll.clicked.connect(self.enroll_requested)
        self.enroll.setVisible(enroll_available)
        box.addWidget(self.enroll)
        self.busy = QLabel(self.tr("Preparing the encrypted store…"))
        self.busy.hide()
        box.addWidget(self.busy)

    def _create(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.show_message(self.tr("The two passwords are different. Type them "
                                            "again."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        user = LocalUser(self.username.text(), self.role.currentData(),
                         self.parish.currentData() or "", self.display_name.text().strip())
        self.create_requested.emit(user, self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.error.show_message("")

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.show_message(text)
