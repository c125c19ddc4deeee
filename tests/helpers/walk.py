"""What every screen owes every user, checked on any window: no two mnemonics clash, every
label's and button's text fits, nothing is cut off by the window's edge, no column header
is clipped. The walking tests (test_every_screen.py) call these on each page and dialog
they find; each returns readable problems ([] when the window is right).
"""

import importlib
import pkgutil
import re
import unicodedata
from collections.abc import Iterable

from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)

import app.ui

# A laptop screen of 1366×768, less a task bar (40) and the dialog's title bar (32).
SCREEN_W, SCREEN_H = 1366, 768
DIALOG_MAX_H = SCREEN_H - 40 - 32


def mnemonic(text: str) -> str:
    """The letter Alt+ reaches in a Qt text ('&&' is a plain '&'); '' when none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return ""


def shown(text: str) -> str:
    """The text as drawn: mnemonic marks removed."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _visible(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic visible together in a window: its menu bar's titles
    and its visible buttons, labels with a buddy, group boxes and tabs."""
    found: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        found += [(mnemonic(a.text()), a.text()) for a in window.menuBar().actions()
                  if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if not _visible(widget, window):
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            found.append((mnemonic(widget.text()), widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((mnemonic(widget.title()), widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(mnemonic(widget.tabText(i)), widget.tabText(i))
                      for i in range(widget.count()) if widget.isTabVisible(i)]
    return [(letter, text) for letter, text in found if letter]


def clashes(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """'Alt+X: A / B' for each letter used by more than one text."""
    by_letter: dict[str, list[str]] = {}
    for letter, text in pairs:
        by_letter.setdefault(_fold(letter), []).append(text)
    return [f"Alt+{letter.upper()}: {' / '.join(texts)}"
            for letter, texts in sorted(by_letter.items()) if len(texts) > 1]


def menu_clashes(window: QMainWindow) -> list[str]:
    """Clashes among the entries of each menu of the window's menu bar."""
    out = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            entries = [(mnemonic(a.text()), a.text()) for a in menu.actions()
                       if a.isVisible() and not a.isSeparator()]
            out += [f"{shown(action.text())} › {c}" for c in clashes(entries)]
    return out


def _fold(letter: str) -> str:
    return unicodedata.normalize("NFC", letter.casefold())


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _rich(text: str) -> bool:
    return QtGui.Qt.mightBeRichText(text)


def _text_needs(widget: QWidget) -> int | None:
    """Width the text of a label or button needs beyond its contents rect, or None."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if widget.wordWrap() or _rich(text):
            return None  # measured by height below / by the label's own size hint
        room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        return widget.fontMetrics().horizontalAdvance(shown(text)) - room
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.sizeHint().width() - widget.width()
    return None


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit, or that the window cuts off."""
    problems = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not _visible(widget, window) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {_describe(widget)!r}"
        if isinstance(widget, QLabel | QAbstractButton):
            over = _text_needs(widget)
            if over is not None and over > 0:
                problems.append(f"{name}: text {over}px wider than its room")
            elif isinstance(widget, QLabel) and widget.text() and (
                    widget.wordWrap() or _rich(widget.text())):
                need = (widget.heightForWidth(widget.width()) if widget.wordWrap()
                        else widget.minimumSizeHint().height())
                if need > widget.height() + 1:
                    problems.append(f"{name}: text {need - widget.height()}px taller than "
                                    "its room")
                if not widget.wordWrap() and \
                        widget.minimumSizeHint().width() > widget.width() + 1:
                    problems.append(f"{name}: text wider than its room")
            if not _in_scroll_area(widget):
                where = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
                if not frame.contains(where):
                    problems.append(f"{name}: cut off by the window's edge")
        if isinstance(widget, QHeaderView) and widget.orientation() == \
                Qt.Orientation.Horizontal:
            problems += _clipped_headers(widget, name)
        if isinstance(widget, QTableView) and not (
                widget.wordWrap() and widget.verticalHeader().sectionResizeMode(0)
                == QHeaderView.ResizeMode.ResizeToContents):  # rows that grow do not cut
            problems += clipped_cells(widget)
    return problems


# Cell texts this short (a code, a date, a status, a name) are never cut; longer free text
# (facts, reasons) may end in "…" and show whole in its page.
SHORT_CELL = 30


def clipped_cells(view: QTableView, rows: int = 30) -> list[str]:
    """Short cell texts a table cuts with "…" (its column too narrow)."""
    model, header = view.model(), view.horizontalHeader()
    if model is None:
        return []
    metrics, out = view.fontMetrics(), []
    for column in range(model.columnCount(QModelIndex())):
        if view.isColumnHidden(column):
            continue
        room = header.sectionSize(column) - 8  # the cell's margins
        for row in range(min(rows, model.rowCount(QModelIndex()))):
            text = str(model.index(row, column).data() or "")
            if 0 < len(text) <= SHORT_CELL and "\n" not in text and \
                    metrics.horizontalAdvance(text) > room:
                out.append(f"table {view.accessibleName()!r}: {text!r} cut in column "
                           f"{model.headerData(column, Qt.Orientation.Horizontal)!r}")
                break
    return out


def _clipped_headers(header: QHeaderView, name: str) -> list[str]:
    model = header.model()
    if model is None:
        return []
    out = []
    metrics = header.fontMetrics()
    bold = header.font()
    bold.setBold(True)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        # The style's padding and the sort arrow: the header's own size hint for it.
        need = header.sectionSizeFromContents(section).width()
        if text and header.sectionSize(section) < need and \
                metrics.horizontalAdvance(text) + 8 > header.sectionSize(section):
            out.append(f"{name}: column {text!r} clipped "
                       f"({header.sectionSize(section)} < {need}px)")
    return out


# Dates the UI must not show: ISO (2026-11-22) and two-digit years (22/11/26).
OTHER_DATES = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2}\b(?!/)")


def texts(window: QWidget, rows: int = 30) -> list[tuple[str, str]]:
    """(where, text) of what a window shows: labels, buttons, and the first rows of its
    tables and lists."""
    found = []
    for widget in window.findChildren(QWidget):
        if not _visible(widget, window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((type(widget).__name__, widget.text()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            # A list model's columnCount is private in Qt: it has one column.
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            for row in range(min(rows, model.rowCount(top))):
                for column in range(columns):
                    value = model.index(row, column).data()
                    if value is not None:
                        found.append((widget.accessibleName(), str(value)))
    return found


def other_dates(window: QWidget) -> list[str]:
    """Dates shown in another format than dd/mm/aaaa."""
    return [f"{where}: date {match.group()!r} in {text[:60]!r}"
            for where, text in texts(window) for match in OTHER_DATES.finditer(text)]


def small_text(window: QWidget) -> list[str]:
    """Text drawn smaller than the application's font: it would not grow with the
    larger-text preference."""
    base = QApplication.font().pointSizeF()
    return [f"{type(w).__name__} {_describe(w)!r}: {w.font().pointSizeF():.1f} pt < "
            f"{base:.1f} pt" for w in window.findChildren(QWidget)
            if _visible(w, window) and isinstance(w, QLabel | QAbstractButton |
                                                  QAbstractItemView)
            and w.font().pointSizeF() < base - 0.01]


def too_big(dialog: QDialog) -> list[str]:
    """A dialog taller or wider than a 1366×768 laptop screen shows."""
    size = dialog.size()
    if size.width() > SCREEN_W or size.height() > DIALOG_MAX_H:
        return [f"{size.width()}×{size.height()} does not fit a {SCREEN_W}×{SCREEN_H} "
                "screen"]
    return []


def _describe(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return shown(widget.text())[:60]
    return widget.accessibleName() or widget.objectName()


def ui_classes(base: type) -> set[type]:
    """Every subclass of `base` defined in app.ui (all its modules imported)."""
    for info in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        importlib.import_module(info.name)
    found: set[type] = set()
    todo = [base]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in found:
                todo.append(sub)
                if sub.__module__.startswith("app.ui."):
                    found.add(sub)
    return found


def settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()
