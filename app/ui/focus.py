"""Where the keyboard is always shows: a ring around the focused button, table, list, combo
or check box. Qt's Fusion style draws no focus on them; a style sheet would, but polishing
every widget through it costs a fifth of a second at unlock. One QFocusFrame follows the
focus instead (it tracks the control's moves and resizes by itself)."""

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFocusFrame,
    QWidget,
)

FOCUS_COLOR = QColor("#1f5f99")
RINGED = (QAbstractButton, QAbstractItemView, QComboBox)


class FocusRing(QFocusFrame):
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(FOCUS_COLOR, 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)


class FocusTracker(QObject):
    """Moves the ring to each focused control of the application's windows."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        ringed = isinstance(new, RINGED) and new.parentWidget() is not None \
            and not new.isWindow()
        if self.ring is None and not ringed:
            return
        if self.ring is None:
            self.ring = FocusRing()
            self.ring.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            # The ring lives in the control's parent: it goes when that parent goes.
            self.ring.destroyed.connect(self._lost)
        # Qt takes None (the ring lets go); PySide6's stub only declares QWidget.
        self.ring.setWidget(new if ringed else None)  # type: ignore[arg-type]

    def _lost(self) -> None:
        self.ring = None
