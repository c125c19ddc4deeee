"""Spanish for the strings of branch reorg-defs (issue 12 §2: one table of labels in the
core, app/core/labels.py). Core strings: tools/fill_translations.py FILE.py."""

ES = {
    # The UI's wordings, now core strings (the UI's "Labels" context is gone).
    "Planned visit": "Visita programada",
    "Visit done": "Visita realizada",
    "Visit cancelled": "Visita cancelada",
    "Child (under 12)": "Niña o niño (menor de 12)",
    "Adolescent (12 to 17)": "Adolescente (12 a 17)",
    "Adult": "Persona adulta",
    "Older adult": "Persona adulta mayor",
    # One Spanish where the UI and the core said it two ways.
    "Services and follow-up": "Atención y seguimiento",
}
