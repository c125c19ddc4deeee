"""Small shared widgets: catalog combos, date fields and error labels beside fields."""

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogs import Catalog, Territory

ERROR_STYLE = "color: #b3261e;"


def combo(items: list[tuple[str, str]], empty: str | None = None, name: str = "") -> QComboBox:
    """A combo of (code, label); `empty` adds a first entry with code ''."""
    box = QComboBox()
    entries = ([("", empty)] if empty is not None else []) + list(items)
    # addItems + setItemData: the (text, data) overload of addItem makes PySide resolve
    # its QIcon overloads and build ~150 enum types on first use (80 ms at start-up).
    box.addItems([label for _, label in entries])
    for index, (code, _) in enumerate(entries):
        box.setItemData(index, code)
    box.setAccessibleName(name)
    return box


def catalog_items(catalog: Catalog, language: str) -> list[tuple[str, str]]:
    return [(i.code, i.label(language)) for i in catalog.active()]


def parish_items(territory: Territory) -> list[tuple[str, str]]:
    """Active parishes, rural first (where the defensorías work), by name."""
    parishes = [p for p in territory.parishes.values() if p.active]
    return [(p.code, p.name) for p in sorted(parishes, key=lambda p: (p.kind != "rural",
                                                                      p.name))]


def select_code(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    box.setCurrentIndex(max(index, 0))


def check_list(items: list[tuple[str, str]], name: str) -> QListWidget:
    """A list of checkable items (multi-select catalogs)."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    for code, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_codes(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(widget: QListWidget, codes: list[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        state = item.data(Qt.ItemDataRole.UserRole) in codes
        item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


class DateField(QLineEdit):
    """A date typed as DD/MM/YYYY; empty is allowed. `value()` is None when not a date."""

    def __init__(self, name: str, placeholder: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setMaxLength(10)

    def value(self) -> date | None:
        try:
            return datetime.strptime(self.text().strip(), "%d/%m/%Y").date()
        except ValueError:
            return None

    def is_invalid(self) -> bool:
        return bool(self.text().strip()) and self.value() is None

    def set_value(self, value: date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value else "")


class ErrorLabel(QLabel):
    """The message shown right under a field; hidden while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


# Fonts relative to the application's: set with `scaled_font`, kept in step with the
# larger-text preference by `rescale_fonts` (an explicit font no longer follows the
# application font by itself).
FONT_SCALE, FONT_BOLD = "fontScale", "fontBold"


def scaled_font(widget: QWidget, scale: float, bold: bool = False) -> None:
    """The application's font times `scale` (a heading, the navigation)."""
    widget.setProperty(FONT_SCALE, scale)
    widget.setProperty(FONT_BOLD, bold)
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def rescale_fonts(root: QWidget) -> None:
    """After the application font changed: every `scaled_font` under root follows it."""
    for widget in [root, *root.findChildren(QWidget)]:
        scale = widget.property(FONT_SCALE)
        if scale is not None:
            scaled_font(widget, float(scale), bool(widget.property(FONT_BOLD)))


def heading(text: str, size: float = 1.35) -> QLabel:
    label = QLabel(text)
    scaled_font(label, size, bold=True)
    return label


def column_widths(table: QTableView, widths: dict[int, int]) -> None:
    """Column widths in average characters of the table's font, so that they grow with
    larger text; never narrower than the column's header."""
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    for column, chars in widths.items():
        need = header.sectionSizeFromContents(column).width()
        table.setColumnWidth(column, max(chars * metrics.averageCharWidth(), need))


def wrapped(text: str) -> QLabel:
    """A paragraph of explanation that wraps to the page's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


CANCEL = QT_TRANSLATE_NOOP("Confirm", "Cancel")


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before a destructive action; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("Confirm", str(CANCEL)),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to its field."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def labelled_filters(pairs: Sequence[tuple[str, QWidget]], stretch: int = 1) -> QHBoxLayout:
    """A row of filters, each behind its label (mnemonics reach the field)."""
    row = QHBoxLayout()
    for text, widget in pairs:
        row.addWidget(buddy(text, widget))
        row.addWidget(widget, stretch)
    return row


def button_row(specs: Sequence[tuple[str, str, Callable[[], object]]]
               ) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """A row of action buttons (key, text, slot), left-aligned; the buttons by key."""
    row = QHBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for key, text, slot in specs:
        button = QPushButton(text)
        button.clicked.connect(slot)
        buttons[key] = button
        row.addWidget(button)
    row.addStretch()
    return row, buttons
