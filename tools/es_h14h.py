"""Spanish (Ecuador) for the strings of branch `h14h` (issue 15 item 3: trainings, the
attendance list, certificates of participation): re-apply after a merge with
`.venv/bin/python tools/fill_translations.py tools/es_h14h.py` (core strings only)."""

ES = {
    "Participant": "Participante",
    "Hours": "Horas",
    "Age group": "Grupo de edad",
    "Consent for the name": "Consentimiento para el nombre",
    "Consent given on": "Consentimiento dado el",
    "A participant's name is kept only with consent: record who gave it, or leave the "
    "name empty (the participant is counted).":
        "El nombre de un participante se guarda solo con consentimiento: registre quién "
        "lo dio, o deje el nombre vacío (el participante se cuenta).",
    "No participant of this activity consented to their name on a certificate: there is "
    "nothing to print.":
        "Ningún participante de esta actividad consintió que su nombre figure en un "
        "certificado: no hay nada que imprimir.",
    "for having taken part in the training «{topic}», held on {day} in {place}":
        "por haber participado en la capacitación «{topic}», realizada el {day} en {place}",
    ", lasting {hours} hours": ", con una duración de {hours} horas",
    "CERTIFICATE OF PARTICIPATION": "CERTIFICADO DE PARTICIPACIÓN",
    "is awarded to": "se otorga a",
    "Certificates of participation": "Certificados de participación",
    "certificates of participation in a training (one page per named participant)":
        "certificados de participación en una capacitación (una página por participante "
        "con nombre)",
    "activity id": "id de la actividad",
    "{count} participants without a name or consent for it get no certificate.":
        "{count} participantes sin nombre o sin consentimiento para él no reciben "
        "certificado.",
}
