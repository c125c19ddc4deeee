"""Loading the UI translations: ours (ui_*.qm, compiled from resources/translations/
ui_*.ts), the core's (core_*.qm from core_*.ts: messages and app/core/labels.py),
Qt's own (qtbase_*.qm from PySide6, bundled by installer/defensoria.spec) and our
corrections of Qt's (qt_*.qm: file dialog strings qtbase leaves in English)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from app.core.i18n import TRANSLATIONS

LANGUAGES = ("es", "en")


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"ui_{language}.qm"


def install(app: QCoreApplication, language: str,
            owner: QObject | None = None) -> list[QTranslator]:
    """Install our and Qt's own translators, owned by `owner` (a translator leaves the
    application when its owner is destroyed)."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    # The core's messages and labels (context "core"), compiled from core_*.ts; installed
    # first, so searched last: only what the others do not know reaches it.
    core = QTranslator(owner or app)
    if core.load(str(TRANSLATIONS / f"core_{language}.qm")):
        app.installTranslator(core)
        installed.append(core)
    ours = QTranslator(owner or app)
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(owner or app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    # Installed last, so searched first: what qtbase leaves in English or says otherwise.
    qt_ours = QTranslator(owner or app)
    if qt_ours.load(str(TRANSLATIONS / f"qt_{language}.qm")):
        app.installTranslator(qt_ours)
        installed.append(qt_ours)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
