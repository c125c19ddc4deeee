"""Spanish (Ecuador) for the strings branch promoter-a added (issue 10 §1 items 1–3):
re-apply after merging the .ts files with tools/fill_ui_translations.py THIS_FILE."""

ES = {
    # The referral's steps (case page, Mis derivaciones)
    "Steps of the referral": "Pasos de la derivación",
    "<b>Steps of the selected referral</b>": "<b>Pasos de la derivación seleccionada</b>",
    "Measure or answer: {0}": "Medida o respuesta: {0}",
    "Note: {0}": "Nota: {0}",
    "Measure or answer": "Medida o respuesta",
    "&Open the case": "Abrir el &caso",
    "{0} · new answer": "{0} · respuesta nueva",
    # Inicio
    "New answers to my referrals": "Respuestas nuevas a mis derivaciones",
    "{0}: {1} on {2}": "{0}: {1} el {2}",
    # Whom a case affects
    "Affected persons": "Personas afectadas",
    "and {0} more": "y {0} más",
}
