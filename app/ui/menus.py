"""The menu bar of the unlocked window; every entry has a keyboard shortcut."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class Menus(QObject):
    """Builds the menus for a window and its shell; `set_enabled` while locked."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []

    def build(self, shell: Any, lock: Callable[[], object], switch_user: Callable[[], object],
              preferences: Callable[[], object]) -> None:
        bar = self.window.menuBar()
        bar.clear()
        self.actions = []
        file = bar.addMenu(self.tr("&File"))
        self.add(file, self.tr("New &family"), "Ctrl+N", shell.new_family)
        self.add(file, self.tr("Register &case"), "Ctrl+Shift+N", lambda: shell.register_case())
        self.add(file, self.tr("&Search"), "Ctrl+K", shell.focus_search)
        file.addSeparator()
        self.add(file, self.tr("&Lock"), "Ctrl+L", lock)
        self.add(file, self.tr("S&witch user"), "", switch_user)
        self.add(file, self.tr("&Preferences…"), "Ctrl+,", preferences)
        file.addSeparator()
        self.add(file, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.window.close)
        go = bar.addMenu(self.tr("&Go"))
        for i, text in enumerate((self.tr("&Home"), self.tr("&Families and persons"),
                                  self.tr("&Cases"), self.tr("My &referrals"),
                                  self.tr("Community &activities"), self.tr("R&eports"))):
            self.add(go, text, f"Ctrl+{i + 1}", lambda i=i: shell.go_to(i))
        if shell.inbox is not None:
            self.add(go, self.tr("Referral &inbox"), "Ctrl+7", shell.go_to_inbox)

    def add(self, menu: QMenu, text: str, shortcut: str | QKeySequence.StandardKey,
            slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        self.actions.append(action)
        return action

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)
