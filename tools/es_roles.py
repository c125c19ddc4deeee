"""Spanish (Ecuador) for the strings of branch `roles` (issue 10 §2 and §3): core and UI.

Apply with tools/fill_translations.py (core) and tools/fill_ui_translations.py (UI).
"""

ES = {
    # Core: the referral life cycle
    "This step does not follow the referral's current step (an answer before its receipt, "
    "a step after its closing): choose one of the steps offered.":
        "Este paso no sigue al paso actual de la derivación (una respuesta antes de su "
        "recepción, un paso después de su cierre): elija uno de los pasos ofrecidos.",
    "The referral had already moved on to another step on another device. Look at its "
    "steps, and record this one again if it still applies.":
        "La derivación ya había pasado a otro paso en otro equipo. Revise sus pasos y "
        "registre este de nuevo si todavía corresponde.",
}
