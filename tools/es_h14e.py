"""Spanish (Ecuador) of the strings added on branch h14e (issue 14 §2, §4)."""

ES = {
    "1 other person": "1 otra persona",
    "{count} other persons": "{count} otras personas",
    "1. The person": "1. La persona",
    "2. Household": "2. Hogar",
    "3. Cases": "3. Casos",
    "4. Visits and referrals": "4. Visitas y derivaciones",
    "5. Consents": "5. Consentimientos",
    "6. Requests about these data": "6. Solicitudes sobre estos datos",
    "7. Who opened, printed or exported their cases":
        "7. Quién abrió, imprimió o exportó sus casos",
    "Access": "Acceso",
    "Action": "Acción",
    "Also affected": "También afectadas",
    "Case document": "Documento del caso",
    "Consejo (server)": "Consejo (servidor)",
    "Data request": "Solicitud sobre datos personales",
    "Date of birth": "Fecha de nacimiento",
    "Deletion": "Eliminación",
    "Device": "Equipo",
    "Everything the Defensorías Comunitarias hold about this person, and who opened their "
    "cases (LOPDP, right of access).":
        "Todo lo que las Defensorías Comunitarias guardan sobre esta persona, y quién abrió "
        "sus casos (LOPDP, derecho de acceso).",
    "Exported": "Exportó",
    "Given": "Otorgado",
    "No": "No",
    "None.": "Ninguno.",
    "Objection": "Oposición",
    "Viewed": "Abrió",
    "Other members": "Otros miembros",
    "Other people's data are not shown: they are counted. Accounts written by the defenders "
    "(facts, observations, notes) may speak of other people and are not copied here; ask "
    "for them and they will be given without others' data.":
        "No se muestran datos de otras personas: solo se cuentan. Los relatos escritos por "
        "los defensores (hechos, observaciones, notas) pueden hablar de otras personas y no "
        "se copian aquí; si los pide, se le entregarán sin los datos de otras personas.",
    "Pending": "Pendiente",
    "Personal data access report": "Informe de acceso a datos personales",
    "Printed": "Imprimió",
    "Received on": "Recibida el",
    "Rectification": "Rectificación",
    "Request": "Solicitud",
    "The answer date must be between the day received and today.":
        "La fecha de respuesta debe estar entre el día de recepción y hoy.",
    "The due date is 15 days after the request was received.":
        "El plazo vence 15 días después de recibida la solicitud.",
    "There is no person with the id {value}.": "No hay ninguna persona con el id {value}.",
    "User": "Usuario",
    "What": "Qué",
    "When": "Cuándo",
    "Writing PDF documents needs reportlab on this server: pip install reportlab.":
        "Para escribir documentos PDF este servidor necesita reportlab: pip install "
        "reportlab.",
    "Yes": "Sí",
    "a person's data (LOPDP rights)": "los datos de una persona (derechos LOPDP)",
    "the PDF to write": "el PDF que se escribe",
    "the person's id": "el id de la persona",
    "who sent, received, opened, printed or exported records (ids and counts, never "
    "content)":
        "quién envió, recibió, abrió, imprimió o exportó registros (ids y cantidades, "
        "nunca el contenido)",
    "write everything held about a person, and who opened their cases, as a PDF":
        "escribe en un PDF todo lo que se guarda sobre una persona y quién abrió sus casos",
    "Made without a connection to the server: only the openings recorded on this "
    "computer are listed.":
        "Hecho sin conexión con el servidor: solo se listan las aperturas registradas en "
        "este equipo.",
    "this computer": "este equipo",
    "data-access-report": "informe-acceso-datos",
}
