"""Spanish pairs added on the `screens` branch (issue 10 §4, §6).

Re-apply after merging the .ts files:
  .venv/bin/python tools/fill_translations.py tools/es_screens.py
  .venv/bin/python tools/fill_ui_translations.py tools/es_screens.py
  .venv/bin/pyside6-lrelease resources/translations/ui_es.ts -qm resources/translations/ui_es.qm
ES fills new entries; CHANGED replaces the Spanish of existing UI entries (mnemonic
clashes, clearer words).
"""

ES = {
    # Command lines
    "parish code or name (required for a promotor)":
        "código o nombre de la parroquia (obligatorio para un promotor)",
    "put everything in this parish (default: a promoter's own)":
        "poner todo en esta parroquia (por omisión, la del promotor)",
    # Reports: the number counts cases opened in the period, closed ones included.
    "Cases registered in the period": "Casos registrados en el período",
    "Cases registered per month": "Casos registrados por mes",
    "The local user {user} now has the role and parish the server assigned: {role}, "
    "{parish}.":
        "El usuario local {user} tiene ahora el rol y la parroquia que asignó el servidor: "
        "{role}, {parish}.",
}

CHANGED: dict[str, str] = {}
