"""What an administrator's desktop shows: its account manages users and devices on the
server and receives no case data (sync/server/scope.py), so there is nothing to work on
here but synchronisation and enrollment."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.widgets import heading, wrapped


class AdminPage(QWidget):
    """`users`: the page managing users and devices online (app/ui/sync/users_page.py),
    shown below the explanation."""

    def __init__(self, users: QWidget | None = None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Administration")))
        layout.addWidget(wrapped(self.tr(
            "This account manages users and devices on the server (defensoria-server user "
            "and device commands). It receives no data of families or cases, so this "
            "computer shows none.")))
        if users is not None:
            layout.addWidget(users, 1)
        else:
            layout.addStretch()
