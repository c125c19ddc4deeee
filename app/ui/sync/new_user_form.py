"""The users page's form for a new user on the server: name, role, parish, password."""

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPushButton

from app.core.catalogs import Territory
from app.ui.widgets import buddy, combo, parish_items


class NewUserForm(QGroupBox):
    def __init__(self, roles: dict[str, str], territory: Territory) -> None:
        super().__init__()
        self.setTitle(self.tr("New user"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("User name"))
        self.role = combo(list(roles.items()), name=self.tr("Role"))
        self.parish = combo(parish_items(territory), empty=self.tr("(none)"),
                            name=self.tr("Parish"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Password"))
        for text, field in ((self.tr("User &name:"), self.name),
                            (self.tr("R&ole:"), self.role),
                            (self.tr("Pa&rish:"), self.parish),
                            (self.tr("Pass&word:"), self.secret)):
            form.addRow(buddy(text, field), field)
        self.add_button = QPushButton(self.tr("&Add user"))
        form.addRow(self.add_button)
