"""The administrator's users and devices, managed on the server from the desktop: add a
user, disable one, reset a password, reassign a promoter's caseload, revoke a device,
and see each device's last sync. Online only (sync.admin_client over the server's
/admin endpoints): each call runs off the UI thread, and without a connection the page
says that it needs one. Nothing here is kept on this computer.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogs import Territory
from app.core.errors import UserError
from app.core.i18n import Translate
from app.ui.labels import moment
from app.ui.models.rows import RowsTableModel
from app.ui.shell.workers import Runner
from app.ui.sync.admin_api import AdminApi
from app.ui.sync.new_user_form import NewUserForm
from app.ui.widgets import buddy, button_row, confirm, heading, wrapped

OFFLINE_CODES = ("unreachable", "not_enrolled", "tls")



def device_label(device: Any) -> str:
    """The laptop's name and the end of its id: ids are time-ordered, so their start is
    shared by devices enrolled the same day, and two laptops may carry one name."""
    tail = device.id.replace("-", "")[-6:]
    return f"{device.name} · {tail}" if device.name else tail

class UsersPage(QWidget):
    loaded = Signal()  # users and devices shown (or the reason they are not)
    done = Signal(str)  # an operation finished; its message in the user's language

    def __init__(self, admin: AdminApi, runner: Runner, core_tr: Translate,
                 territory: Territory, username: str) -> None:
        super().__init__()
        self.admin, self.runner, self.core_tr = admin, runner, core_tr
        self.territory, self.username = territory, username
        self.confirm = confirm
        self.roles = {"promotor": self.tr("Promoter"), "tecnico": self.tr("Technician"),
                      "junta": self.tr("Junta"), "admin": self.tr("Administrator")}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Users and devices")))
        layout.addWidget(wrapped(self.tr(
            "This account manages users and devices on the server, here or with the "
            "defensoria-server commands. It receives no data of families or cases, so "
            "this computer shows none.")))
        self.message = wrapped("")
        self.message.setAccessibleName(self.tr("Server answer"))
        layout.addWidget(self.message)
        self.users_model = RowsTableModel([
            (self.tr("User"), lambda u: u.username),
            (self.tr("Role"), lambda u: self.roles.get(u.role, u.role)),
            (self.tr("Parish"), self._parish),
            (self.tr("State"), lambda u: self.tr("Disabled") if u.disabled
             else self.tr("Active"))], lambda u: u.username)
        self.users = self._table(self.users_model, self.tr("Users"))
        layout.addWidget(buddy(self.tr("&Users"), self.users))
        layout.addWidget(self.users, 2)
        layout.addLayout(self._user_actions())
        self.new_user = NewUserForm(self.roles, territory)
        self.new_user.add_button.clicked.connect(self.add_user)
        layout.addWidget(self.new_user)
        self.devices_model = RowsTableModel([
            (self.tr("User"), lambda d: d.username),
            (self.tr("Device"), device_label),
            (self.tr("State"), lambda d: self.tr("Revoked") if d.revoked
             else self.tr("Active")),
            (self.tr("Last sync"), self._synced, lambda d: d.synced_at or "")],
            lambda d: d.id)
        self.devices = self._table(self.devices_model, self.tr("Devices"))
        layout.addWidget(buddy(self.tr("D&evices"), self.devices))
        layout.addWidget(self.devices, 2)
        row, self.device_buttons = button_row([
            ("revoke", self.tr("Re&voke device"), self.revoke),
            ("refresh", self.tr("Re&load"), self.refresh)])
        layout.addLayout(row)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.users.selectionModel().selectionChanged.connect(self._user_selected)
        self.busy = False
        self.refresh()

    # Building ---------------------------------------------------------------------
    def _table(self, model: RowsTableModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _user_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.disable_button = QPushButton(self.tr("&Disable user"))
        self.disable_button.clicked.connect(self.disable)
        row.addWidget(self.disable_button)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setAccessibleName(self.tr("New password"))
        row.addWidget(buddy(self.tr("New &password:"), self.new_password))
        row.addWidget(self.new_password)
        self.password_button = QPushButton(self.tr("Re&set password"))
        self.password_button.clicked.connect(self.reset_password)
        row.addWidget(self.password_button)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Promoter who takes the caseload over"))
        row.addWidget(buddy(self.tr("Caseload &to:"), self.target))
        row.addWidget(self.target, 1)
        self.reassign_button = QPushButton(self.tr("Reassign &caseload"))
        self.reassign_button.clicked.connect(self.reassign)
        row.addWidget(self.reassign_button)
        return row

    # Showing ----------------------------------------------------------------------
    def _parish(self, user: Any) -> str:
        found = self.territory.parishes.get(user.parish)
        return found.name if found is not None else user.parish

    def _synced(self, device: Any) -> str:
        if not device.synced_at:
            return self.tr("never")
        return moment(datetime.fromisoformat(device.synced_at))

    def selected_user(self) -> Any:
        rows = self.users.selectionModel().selectedRows()
        return self.users_model.item_at(rows[0].row()) if rows else None

    def selected_device(self) -> Any:
        rows = self.devices.selectionModel().selectedRows()
        return self.devices_model.item_at(rows[0].row()) if rows else None

    def _user_selected(self, *_: object) -> None:
        """The caseload goes to another active promoter of the selected one's parish."""
        user = self.selected_user()
        self.target.clear()
        if user is None or user.role != "promotor":
            return
        for other in self.users_model.items:
            if other.role == "promotor" and other.parish == user.parish \
                    and other.username != user.username and not other.disabled:
                self.target.addItem(other.username, other.username)

    # Talking to the server --------------------------------------------------------
    def _run(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._set_busy(True)

        def finished(value: Any) -> None:
            self._set_busy(False)
            done(value)

        self.runner.start(lambda _report: call(), finished, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.disable_button, self.password_button, self.reassign_button,
                       self.new_user.add_button, *self.device_buttons.values()):
            button.setEnabled(not busy)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if getattr(exc, "code", "") in OFFLINE_CODES:
            self.message.setText(self.tr(
                "Managing users and devices needs a connection to the server. Connect "
                "this computer to the network and press Reload (F5)."))
            self.loaded.emit()
        elif isinstance(exc, UserError):
            self.message.setText(exc.render(self.core_tr))
        else:
            self.message.setText(self.tr("The operation failed. Try again."))
        self.done.emit(self.message.text())

    def refresh(self) -> None:
        self._run(lambda: (self.admin.users(), self.admin.devices()), self._show)

    def _show(self, value: tuple[list[Any], list[Any]]) -> None:
        users, devices = value
        chosen = self.selected_user()
        self.users_model.set_items(users)
        self.devices_model.set_items(devices)
        if chosen is not None:
            for row, user in enumerate(users):
                if user.username == chosen.username:
                    self.users.selectRow(row)
        self._user_selected()
        self.loaded.emit()

    def _after(self, text: str) -> Callable[[Any], None]:
        def show(_value: Any) -> None:
            self.message.setText(text)
            self.done.emit(text)
            self.refresh()
        return show

    def add_user(self) -> None:
        form = self.new_user
        name, secret = form.name.text(), form.secret.text()
        role, parish = form.role.currentData(), form.parish.currentData() or ""
        form.secret.clear()
        self._run(lambda: self.admin.add_user(name, role, parish, secret),
                  self._after(self.tr("User {user} added.").format(
                      user=name.strip().lower())))

    def disable(self) -> None:
        user = self.selected_user()
        if user is None or not self.confirm(
                self, self.tr("Disable user"),
                self.tr("{user}'s devices will stop syncing.").format(user=user.username),
                self.tr("Disable")):
            return
        self._run(lambda: self.admin.disable(user.username),
                  self._after(self.tr("User {user} disabled.").format(user=user.username)))

    def reset_password(self) -> None:
        user, secret = self.selected_user(), self.new_password.text()
        if user is None:
            return
        self.new_password.clear()
        self._run(lambda: self.admin.reset_password(user.username, secret),
                  self._after(self.tr("New password set for {user}.").format(
                      user=user.username)))

    def reassign(self) -> None:
        user, target = self.selected_user(), self.target.currentData()
        if user is None or not target:
            return
        self._run(lambda: self.admin.reassign(user.username, target), self._reassigned)

    def _reassigned(self, counts: dict[str, int]) -> None:
        self._after(self.tr(
            "Reassigned to {user}: {cases} cases, {visits} planned visits, {follow_ups} "
            "follow-ups, {referrals} referrals. They reach the devices at their next "
            "sync.").format(user=self.target.currentData(), cases=counts.get("case", 0),
                            visits=counts.get("visit", 0),
                            follow_ups=counts.get("follow_up", 0),
                            referrals=counts.get("referral", 0)))(counts)

    def revoke(self) -> None:
        device = self.selected_device()
        if device is None or not self.confirm(
                self, self.tr("Revoke device"),
                self.tr("The device {device} of {user} will no longer sync.").format(
                    device=device_label(device), user=device.username),
                self.tr("Revoke")):
            return
        self._run(lambda: self.admin.revoke(device.id),
                  self._after(self.tr("Device revoked.")))

