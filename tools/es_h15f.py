"""Spanish for issue 15 item 3 (trainings in the app): UI and core strings."""

ES = {
    # core (tools/fill_translations.py)
    "certificates": "certificados",
    "A child under 12 does not consent alone: the legal representative does.":
        "Un niño o niña menor de 12 años no consiente solo: consiente su representante "
        "legal.",
    # UI (tools/fill_ui_translations.py)
    " h": " h",
    "&Hours": "&Horas",
    "Participants": "Participantes",
    "Not given: counted only": "No lo dio: solo se cuenta",
    "Add partic&ipant": "Añad&ir participante",
    "Re&move participant": "&Quitar participante",
    "&Name consent": "Consentimiento para el &nombre",
    "&Given names": "N&ombres",
    "S&urnames": "Apellido&s",
    "Se&x": "Se&xo",
    "Age g&roup": "G&rupo de edad",
    "Write the name consented to, or choose “Not given: counted only”.":
        "Escriba el nombre consentido, o elija «No lo dio: solo se cuenta».",
    "{0} participants, {1} with their name": "{0} participantes, {1} con su nombre",
    "No list: the counts above are typed by hand.":
        "Sin lista: las cifras de arriba se escriben a mano.",
    "Name": "Nombre",
    "(counted, no name)": "(contado, sin nombre)",
    "Sex": "Sexo",
    "Age group": "Grupo de edad",
    "Name consent": "Consentimiento del nombre",
    "By the participant": "Del participante",
    "By the legal representative": "Del representante legal",
    "Certificates of &participation…": "Certificados de &participación…",
    "One page for each participant of the selected training who consented to their name "
    "on it.": "Una página por cada participante de la capacitación elegida que consintió "
              "que figure su nombre.",
    "Certificates of participation": "Certificados de participación",
    "PDF documents (*.pdf)": "Documentos PDF (*.pdf)",
    "Participant &list…": "&Lista de participantes…",
    "No list yet: the activity keeps the counts typed for it.":
        "Aún sin lista: la actividad conserva las cifras escritas para ella.",
    "{0} · {1} · {2}": "{0} · {1} · {2}",
    "&Close": "&Cerrar",
}
