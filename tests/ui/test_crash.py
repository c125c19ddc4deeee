"""An exception nothing caught (a bug in a slot) shows a message naming only its kind,
never a traceback nor its text; the traceback is logged only where a log was made."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.ui.shell.crash import LOG_NAME, UnexpectedErrors
from tests.helpers.ui import make_window, snap

CASE_DATA = "Sisa Chicaiza, 10 años"


def failing_button(window) -> QPushButton:
    button = QPushButton("falla", window)
    button.clicked.connect(lambda: (_ for _ in ()).throw(ValueError(CASE_DATA)))
    button.show()
    return button


def click_with_handler(qtbot, window, folder) -> UnexpectedErrors:
    errors = UnexpectedErrors(window, folder)
    button = failing_button(window)
    # pytest-qt's own hook is in place within this block: ours replaces it, so whatever
    # reaches pytest-qt's is an exception our handler let through.
    with qtbot.capture_exceptions() as leaked:
        errors.install()
        try:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        finally:
            errors.uninstall()
    assert leaked == []
    return errors


def test_an_exception_in_a_slot_shows_its_kind_only(qtbot, qapp, ui_ctx, tmp_path) -> None:
    window = make_window(qtbot, ui_ctx, qapp)
    errors = click_with_handler(qtbot, window, tmp_path)
    box = errors.box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    snap(box, "crash-message")
    assert box.text().startswith("Error inesperado (ValueError).")
    assert CASE_DATA not in box.text() and "Traceback" not in box.text()
    assert not (tmp_path / LOG_NAME).exists()  # no log made: nothing written
    box.accept()


def test_the_traceback_goes_only_to_a_log_made_on_purpose(qtbot, qapp, ui_ctx,
                                                         tmp_path) -> None:
    (tmp_path / LOG_NAME).write_text("")
    window = make_window(qtbot, ui_ctx, qapp)
    errors = click_with_handler(qtbot, window, tmp_path)
    assert "ValueError" in (tmp_path / LOG_NAME).read_text()
    assert errors.box is not None
    errors.box.accept()
