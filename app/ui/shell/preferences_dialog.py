"""Preferences kept per laptop (QSettings): language, larger text, minutes before locking.
Case data never goes here. With a session open, also the automatic backups' folder and
how many to keep (kept in the store by the core's BackupService)."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.errors import UserError
from app.ui.shell.context import UiContext
from app.ui.shell.first_run_page import LANGUAGE_NAMES
from app.ui.widgets import combo, select_code

if TYPE_CHECKING:  # the store's modules load only after unlocking
    from app.core.backup_schedule import BackupService

LARGE_TEXT_FACTOR = 1.25
MAX_KEEP = 365  # app.core.backup_schedule.MAX_KEEP


class PreferencesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 backups: "BackupService | None" = None) -> None:
        super().__init__(parent)
        self.ctx, self.backups = ctx, backups
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
        if backups is not None:
            self._backup_rows(form, backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _backup_rows(self, form: QFormLayout, backups: "BackupService") -> None:
        current = backups.settings()
        self.backup_folder = QLineEdit(current.folder)
        self.backup_folder.setPlaceholderText(self.tr("No automatic backups"))
        self.backup_folder.setMinimumWidth(280)
        self.backup_folder.setAccessibleName(self.tr("Folder for the daily backups"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, MAX_KEEP)
        self.backup_keep.setValue(current.keep)
        self.backup_keep.setAccessibleName(self.tr("Backups to keep"))
        folder_label = QLabel(self.tr("Daily &backups in"))
        folder_label.setBuddy(self.backup_folder)
        form.addRow(folder_label, row)
        form.addRow(self.tr("Backups to &keep"), self.backup_keep)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the daily backups"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def accept(self) -> None:
        if self.backups is not None:
            try:
                self.backups.save_settings(self.backup_folder.text(),
                                           self.backup_keep.value())
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Preferences"),
                                    exc.render(self.ctx.core_tr))
                return
        settings = self.ctx.settings
        settings.setValue("ui/language", self.language.currentData())
        settings.setValue("ui/large_text", "true" if self.large_text.isChecked() else "false")
        settings.setValue("security/idle_minutes", self.idle.value())
        super().accept()
