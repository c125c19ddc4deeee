"""Charts drawn with reportlab.graphics (vector, in the embedded font)."""

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm

from app.reports.blocks import WIDTH
from app.reports.fonts import BOLD, REGULAR
from app.reports.layout import INK

BAR = colors.HexColor("#3f6fb5")
AXIS = colors.HexColor("#5f6368")


def _caption(drawing: Drawing, text: str) -> None:
    drawing.add(String(0, drawing.height - 10, text, fontName=BOLD, fontSize=8.5,
                       fillColor=INK))


def _nice_max(value: int) -> int:
    """An axis end above the value, on a round step."""
    if value <= 5:
        return 5
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value / step <= 8:
            return step * (value // step + 1)
    return value + 1


def horizontal_bars(rows: Sequence[tuple[str, int]], caption: str,
                    width: float = WIDTH, label_width: float = 5.5 * cm) -> Drawing:
    """One bar per category, largest first, value printed at the bar's end."""
    rows = list(rows)[::-1]  # reportlab draws the first category at the bottom
    bar_h = 10
    height = max(1, len(rows)) * bar_h + 36
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 18
    chart.width, chart.height = width - label_width - 30, height - 36
    chart.data = [[n for _, n in rows] or [0]]
    chart.categoryAxis.categoryNames = [label[:38] for label, _ in rows] or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = AXIS
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max((n for _, n in rows), default=0))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ec")
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    _caption(drawing, caption)
    return drawing


def vertical_bars(rows: Sequence[tuple[str, int]], caption: str, width: float = WIDTH,
                  height: float = 5.5 * cm) -> Drawing:
    """A bar per period (the monthly trend), value above each bar."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 40, height - 50
    chart.data = [[n for _, n in rows] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _ in rows] or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(rows) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 8 else "n"
    chart.categoryAxis.strokeColor = AXIS
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max((n for _, n in rows), default=0))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ec")
    chart.valueAxis.strokeColor = AXIS
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    _caption(drawing, caption)
    return drawing


PLANNED = colors.HexColor("#c5cfdd")
GRID = colors.HexColor("#dde3ec")


def paired_bars(categories: Sequence[str], planned: Sequence[int], done: Sequence[int],
                caption: str, legend: tuple[str, str], width: float = WIDTH,
                height: float = 4.6 * cm) -> Drawing:
    """Two bars per category (planned, light; done, dark), with a legend after the
    caption: the plan compliance report's chart per component. Drawn from plain shapes,
    not a chart widget: a canton's report has one per component, and the widget's layout
    costs ~30 ms each."""
    drawing = Drawing(width, height)
    x0, y0 = 30.0, 18.0
    w, h = width - 40, height - 42
    top = _nice_max(max([*planned, *done, 0]))
    for i in range(6):  # the value axis: five steps of a round number (top is one)
        y = y0 + h * i / 5
        drawing.add(Line(x0, y, x0 + w, y, strokeColor=GRID if i else AXIS,
                         strokeWidth=0.5 if i else 0.8))
        drawing.add(String(x0 - 4, y - 2.5, f"{top * i // 5}", fontName=REGULAR,
                           fontSize=7, fillColor=INK, textAnchor="end"))
    drawing.add(Line(x0, y0, x0, y0 + h, strokeColor=AXIS, strokeWidth=0.8))
    group = w / max(len(categories), 1)
    bar = group * 0.32
    for i, name in enumerate(categories):
        left = x0 + i * group + (group - 2 * bar) / 2
        for j, (value, fill) in enumerate(((planned[i], PLANNED), (done[i], BAR))):
            x, tall = left + j * bar, h * value / top
            if value:
                drawing.add(Rect(x, y0, bar, tall, fillColor=fill, strokeColor=None))
                drawing.add(String(x + bar / 2, y0 + tall + 2, str(value), fontName=REGULAR,
                                   fontSize=6, fillColor=INK, textAnchor="middle"))
        drawing.add(String(x0 + (i + 0.5) * group, y0 - 10, name, fontName=REGULAR,
                           fontSize=6.5, fillColor=INK, textAnchor="middle"))
    _caption(drawing, caption)
    x = width - 200
    for fill, label in zip((PLANNED, BAR), legend, strict=True):
        drawing.add(Rect(x, height - 10, 8, 8, fillColor=fill, strokeColor=None))
        drawing.add(String(x + 11, height - 9, label, fontName=REGULAR, fontSize=7.5,
                           fillColor=INK))
        x += 100
    return drawing
