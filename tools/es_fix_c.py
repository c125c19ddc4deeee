"""Spanish for the strings added on branch fix-c (an adolescent's own consent to their
name on an attendance list, from 15 as for persons)."""

ES = {
    # core (tools/fill_translations.py)
    "Age": "Edad",
    "Write the participant's age: an adolescent consents alone only from 15.":
        "Escriba la edad del participante: un adolescente consiente solo desde los 15 "
        "años.",
    "The age is not of the age group chosen.":
        "La edad no corresponde al grupo de edad elegido.",
    # UI (tools/fill_ui_translations.py)
    "Ag&e": "Edad (a&ños)",
    "not asked": "sin preguntar",
}
