"""The base of every data-entry dialog: errors beside fields, autosaved drafts, and a
confirmation before typed input is thrown away."""

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError, ValidationFailed
from app.core.records.limits import SHORT_TEXT
from app.ui.shell.context import UiContext
from app.ui.shell.session import Session
from app.ui.widgets import ERROR_STYLE, ErrorLabel, confirm, with_error

SAVE = QT_TRANSLATE_NOOP("FormDialog", "&Save")
CANCEL = QT_TRANSLATE_NOOP("FormDialog", "Cancel")
CHECK_FIELDS = QT_TRANSLATE_NOOP("FormDialog", "Check the fields marked in red.")
DISCARD_TITLE = QT_TRANSLATE_NOOP("FormDialog", "Discard changes?")
DISCARD = QT_TRANSLATE_NOOP("FormDialog", "&Discard")
DISCARD_TEXT = QT_TRANSLATE_NOOP("FormDialog",
                                 "What you typed in this form will be lost. Discard it?")


def _t(source: object) -> str:
    # QT_TRANSLATE_NOOP returns its text, though PySide6 declares it as object.
    return QCoreApplication.translate("FormDialog", str(source))


# add_field hands back the widget it was given, with its own type (QLineEdit stays one).
W = TypeVar("W", bound=QWidget)

OpenForm = Callable[[type["FormDialog"], dict[str, Any]], "FormDialog"]



class FormDialog(QDialog):
    """Subclasses add fields with `add_field`, and implement values/restore/submit."""

    FORM = "form"
    saved = Signal(object)
    # How a destructive step is confirmed (a modal question; tests answer it directly).
    confirm: Callable[[QWidget, str, str, str], bool] = staticmethod(confirm)

    def __init__(self, ctx: UiContext, session: Session, context: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session, self.context = ctx, session, context
        self.errors: dict[str, ErrorLabel] = {}
        self.draft_key = session.drafts.new_key(self.FORM)
        self.dirty = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(ctx.autosave_ms)
        self._autosave.timeout.connect(self.save_draft)
        self.banner = QLabel()
        self.banner.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(_t(SAVE))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t(CANCEL))
        self.buttons.accepted.connect(self.try_submit)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+S saves the open form, as in any program (the button says "Guardar").
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.try_submit)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.banner)
        self.body.addLayout(self.form)

    # Building -----------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: W) -> W:
        error = ErrorLabel()
        self.errors[name] = error
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        if isinstance(widget, QLineEdit) and widget.maxLength() > SHORT_TEXT:
            widget.setMaxLength(SHORT_TEXT)  # no one-line field holds more anywhere
        self.form.addRow(label, with_error(widget, error))
        return widget

    def finish(self) -> None:
        """Call once the fields exist: adds the buttons and watches every input."""
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)
        for line in self.findChildren(QLineEdit):
            line.textEdited.connect(self.touch)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self.touch)
        for combo in self.findChildren(QComboBox):
            combo.activated.connect(self.touch)
        for check in self.findChildren(QCheckBox):
            check.clicked.connect(self.touch)
        for spin in self.findChildren(QSpinBox):
            spin.valueChanged.connect(self.touch)
        for listing in self.findChildren(QListWidget):
            listing.itemChanged.connect(self.touch)

    # Drafts -------------------------------------------------------------------
    def touch(self, *_: object) -> None:
        self.dirty = True
        self._autosave.start()

    def save_draft(self) -> None:
        self._autosave.stop()
        self.session.drafts.save(self.draft_key, self.FORM,
                                 {"context": self.context, "values": self.values()})

    def adopt_draft(self, key: str, values: dict[str, Any]) -> None:
        """Continue a draft left by a crash: same key, the typed values back in place."""
        self.draft_key = key
        self.restore(values)
        self.dirty = True

    def park(self) -> None:
        """Close without losing anything: the draft stays, offered back next time."""
        if self.dirty:
            self.save_draft()
        self._autosave.stop()
        self.dirty = False
        QDialog.done(self, QDialog.DialogCode.Rejected)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def submit(self) -> Any:
        raise NotImplementedError

    # Saving -------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.banner.hide()
        for error in self.errors.values():
            error.show_message("")

    def show_problems(self, exc: ValidationFailed) -> None:
        self.clear_errors()
        general = []
        for problem in exc.problems:
            text = problem.render(self.ctx.core_tr)
            if problem.field in self.errors:
                self.errors[problem.field].show_message(text)
            else:
                general.append(text)
        self.show_banner(" ".join(general) or _t(CHECK_FIELDS))

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def try_submit(self) -> None:
        try:
            result = self.submit()
        except ValidationFailed as exc:
            if exc.problems:
                self.show_problems(exc)
            return
        except UserError as exc:
            self.show_banner(exc.render(self.ctx.core_tr))
            return
        if result is None:
            return
        self._autosave.stop()
        self.session.drafts.discard(self.draft_key)
        self.dirty = False
        self.saved.emit(result)
        self.accept()

    def reject(self) -> None:
        if self.dirty and not self.confirm(self, _t(DISCARD_TITLE), _t(DISCARD_TEXT),
                                           _t(DISCARD)):
            return
        self._autosave.stop()
        self.session.drafts.discard(self.draft_key)
        super().reject()
