"""The checks the screen walk runs find what they look for (so a green walk means
something): a mnemonic clash with the menu bar, cut text, a clipped column header, a date
in another format, text that does not grow with the application's font."""

from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTableView, QVBoxLayout, QWidget

from tests.helpers.walk import (
    clashes,
    clipped,
    menu_clashes,
    mnemonic,
    mnemonics,
    other_dates,
    settle,
    small_text,
)


def test_mnemonic_letters() -> None:
    assert [mnemonic(t) for t in ("&Archivo", "Ca&mbiar", "A && B", "Sin", "&&&Ver")] == \
        ["a", "m", "", "", "v"]


def window_with(*widgets: QWidget) -> QMainWindow:
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    for widget in widgets:
        layout.addWidget(widget)
    window.setCentralWidget(body)
    return window


def test_a_page_button_clashing_with_a_menu_title_is_found(qtbot) -> None:
    window = window_with(QPushButton("&Agregar miembro"), QPushButton("&Editar familia"))
    qtbot.addWidget(window)
    file = window.menuBar().addMenu("&Archivo")
    file.addAction("&Buscar")
    file.addAction("&Bloquear")
    window.show()
    settle()
    assert clashes(mnemonics(window)) == ["Alt+A: &Archivo / &Agregar miembro"]
    assert menu_clashes(window) == ["Archivo › Alt+B: &Buscar / &Bloquear"]


def test_cut_text_and_clipped_headers_are_found(qtbot) -> None:
    label = QLabel("Registrar consentimiento del representante legal")
    label.setFixedWidth(80)
    button = QPushButton("Registrar consentimiento")
    button.setFixedWidth(60)
    table = QTableView()
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Fecha de nacimiento", "Sexo"])
    table.setModel(model)
    table.setColumnWidth(0, 40)
    window = window_with(label, button, table)
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    settle()
    found = clipped(window)
    assert any(p.startswith("QLabel 'Registrar consentimiento del") for p in found)
    assert any(p.startswith("QPushButton 'Registrar consentimiento'") for p in found)
    assert any("column 'Fecha de nacimiento' clipped" in p for p in found)
    assert not any("'Sexo'" in p for p in found)


def test_other_date_formats_and_fixed_small_fonts_are_found(qtbot) -> None:
    small = QLabel("Nota al pie")
    font = QFont(small.font())
    font.setPointSizeF(font.pointSizeF() - 2)
    small.setFont(font)
    window = window_with(QLabel("Abierto el 2026-11-22"), QLabel("Visita: 22/11/26"),
                         QLabel("Abierto el 22/11/2026"), small)
    qtbot.addWidget(window)
    window.show()
    settle()
    assert [p.split(": ", 1)[1][:17] for p in other_dates(window)] == [
        "date '2026-11-22'", "date '22/11/26' i"]
    assert [p.split(":")[0] for p in small_text(window)] == ["QLabel 'Nota al pie'"]
