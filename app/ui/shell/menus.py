"""The menu bar of the unlocked window; every entry has a keyboard shortcut."""

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.shell.offers import tag

# Each section keeps its shortcut in every role (the technician's overview and the
# administrator's page take the home page's).
SHORTCUTS = {"home": 1, "overview": 1, "about": 1, "families": 2, "cases": 3, "referrals": 4,
             "activities": 5, "reports": 6, "inbox": 7, "plans": 8}


class Menus(QObject):
    """Builds the menus for a window and its shell; `set_enabled` while locked."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []

    def build(self, shell: Any, lock: Callable[[], object], switch_user: Callable[[], object],
              preferences: Callable[[], object]) -> None:
        """Only what the user's role may do (app.core.permissions): no entry, and so no
        shortcut, for another role's work."""
        bar = self.window.menuBar()
        bar.clear()
        self.actions = []
        may = shell.session.may
        file = bar.addMenu(self.tr("&File"))
        if may("family.create"):
            self.offer(file, self.tr("New &family"), "Ctrl+N", shell.new_family,
                       "family.create")
        if may("case.register"):
            self.offer(file, self.tr("Register &case"), "Ctrl+Shift+N",
                       lambda: shell.register_case(), "case.register")
        if shell.search is not None:
            self.add(file, self.tr("&Search"), "Ctrl+K", shell.focus_search)
        if not file.isEmpty():
            file.addSeparator()
        self.add(file, self.tr("&Lock"), "Ctrl+L", lock)
        self.add(file, self.tr("S&witch user"), "", switch_user)
        self.add(file, self.tr("&Preferences…"), "Ctrl+,", preferences)
        file.addSeparator()
        self.add(file, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.window.close)
        go = bar.addMenu(self.tr("&Go"))
        titles = {"home": self.tr("&Home"), "overview": self.tr("Canton &overview"),
                  "families": self.tr("&Families and persons"), "cases": self.tr("&Cases"),
                  "referrals": self.tr("My &referrals"),
                  "activities": self.tr("Community &activities"), "reports": self.tr("R&eports"),
                  "plans": self.tr("Work &plans"),
                  "inbox": self.tr("Referral &inbox"), "about": self.tr("A&dministration")}
        for key in shell.sections:
            self.add(go, titles[key], f"Ctrl+{SHORTCUTS[key]}",
                     functools.partial(shell.go_to_section, key))

    def offer(self, menu: QMenu, text: str, shortcut: str, slot: Callable[[], object],
              action: str) -> QAction:
        return tag(self.add(menu, text, shortcut, slot), action)

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
