"""Preferences kept per laptop (QSettings): language, larger text, minutes before locking.
Case data never goes here."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from app.ui.shell.context import UiContext
from app.ui.shell.first_run_page import LANGUAGE_NAMES
from app.ui.widgets import combo, select_code

LARGE_TEXT_FACTOR = 1.25


class PreferencesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = combo(list(LANGUAGE_NAMES), name=self.tr("Language"))
        select_code(self.language, ctx.language)
        self.large_text = QCheckBox(self.tr("Use larger text"))
        self.large_text.setChecked(ctx.settings.value("ui/large_text", "false") == "true")
        self.idle = QSpinBox()
        self.idle.setRange(1, 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(ctx.idle_minutes())
        self.idle.setAccessibleName(self.tr("Lock after minutes without use"))
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Text"), self.large_text)
        form.addRow(self.tr("Lock a&fter"), self.idle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        settings = self.ctx.settings
        settings.setValue("ui/language", self.language.currentData())
        settings.setValue("ui/large_text", "true" if self.large_text.isChecked() else "false")
        settings.setValue("security/idle_minutes", self.idle.value())
        super().accept()
