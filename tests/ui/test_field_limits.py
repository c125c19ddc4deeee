"""One-line fields take no more than the shared limit (app/core/records/limits.py)."""

from app.core.records.limits import SHORT_TEXT
from app.ui.shell.shell import FORMS


def test_a_one_line_field_stops_at_the_shared_limit(shell, qtbot) -> None:
    dialog = shell.open_form(FORMS["household"], {})
    qtbot.keyClicks(dialog.address, "a" * (SHORT_TEXT + 20))
    assert dialog.address.text() == "a" * SHORT_TEXT
    dialog.park()
