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
    # Self-test: the bundle's Qt translations
    "Qt's own texts are not translated: {text}":
        "Los textos propios de Qt no están traducidos: {text}",
    # Reports: the number counts cases opened in the period, closed ones included.
    "Cases registered in the period": "Casos registrados en el período",
    "Cases registered per month": "Casos registrados por mes",
    "The local user {user} now has the role and parish the server assigned: {role}, "
    "{parish}.":
        "El usuario local {user} tiene ahora el rol y la parroquia que asignó el servidor: "
        "{role}, {parish}.",
}

# Records in words (app/core/record_words.py): "needs attention", conflicts, the CLI.
WORDS_ES = {
    "Change {seq}: {kind} ({owner}), {op}; {data}. {reason}":
        "Cambio {seq}: {kind} ({owner}), {op}; {data}. {reason}",
    "Family": "Familia", "Person": "Persona", "Case": "Caso", "Case note": "Nota del caso",
    "Visit": "Visita", "Mediation": "Mediación", "Referral": "Derivación",
    "Referral step": "Paso de la derivación", "Follow-up": "Seguimiento",
    "Community activity": "Actividad comunitaria", "Consent": "Consentimiento",
    "Conflict resolution": "Resolución de un conflicto", "Latitude": "Latitud",
    "Longitude": "Longitud", "Notes": "Notas",
    "Relation to the head of household": "Parentesco con el jefe de hogar",
    "Given names": "Nombres", "Surnames": "Apellidos", "Document type": "Tipo de documento",
    "Document number": "Número de documento", "Birth date": "Fecha de nacimiento",
    "Estimated age": "Edad aproximada", "Age given on": "Edad indicada el",
    "Gender identity": "Identidad de género", "Disability": "Discapacidad",
    "Disability percentage": "Porcentaje de discapacidad",
    "Priority groups": "Grupos de atención prioritaria", "Phone": "Teléfono",
    "Purpose": "Finalidad", "Granted": "Otorgado", "Given by": "Otorgado por",
    "Representative's name": "Nombre del representante",
    "Representative's relation": "Relación del representante", "Code": "Código",
    "Affected persons": "Personas afectadas", "Violation types": "Tipos de vulneración",
    "Facts": "Hechos", "Anonymous report": "Denuncia anónima",
    "Reporter's name": "Nombre de quien informa",
    "Reporter's relation": "Relación de quien informa",
    "Reporter's phone": "Teléfono de quien informa", "Alleged aggressor": "Presunto agresor",
    "Aggressor's relation": "Relación del agresor",
    "Reason for the status": "Motivo del estado", "Opened on": "Abierto el",
    "Kind": "Tipo", "Text": "Texto", "Visit state": "Estado de la visita",
    "Visit date": "Fecha de la visita", "Observations": "Observaciones",
    "Agreements": "Acuerdos", "Parties": "Partes", "Subject": "Asunto", "Reason": "Motivo",
    "Note": "Nota", "Answer or measure": "Respuesta o medida", "Due on": "Vence el",
    "What to do": "Qué hacer", "Activity type": "Tipo de actividad",
    "Attendance": "Asistencia", "Field": "Campo", "Value chosen": "Valor elegido",
    "Resolved": "Resuelto", "Drafted": "Borrador", "Immediate danger": "Peligro inmediato",
    "Services and follow-up": "Servicios y seguimiento",
    "Sharing with institutions": "Compartir con instituciones",
    "Reports and statistics": "Reportes y estadísticas", "The person": "La persona",
    "A representative": "Un representante", "Change of status": "Cambio de estado",
    "yes": "sí", "no": "no", "Family in {place}": "Familia en {place}",
    "Family of {name}": "Familia de {name}", "Case {code}": "Caso {code}",
}
ES.update(WORDS_ES)

UI_ES = {
    "Belongs to": "Pertenece a",
    # Two passwords, said plainly: this computer's (unlock) and the server's (enroll).
    "Register this laptop with the Consejo's server. Type your user and password on the "
    "server (your account at the Consejo). This password will also open this computer; if "
    "you change it later on the server, this computer keeps the one you type now.":
        "Registre esta computadora en el servidor del Consejo. Escriba su usuario y su "
        "contraseña del servidor (su cuenta en el Consejo). Esa contraseña abrirá también "
        "esta computadora; si después la cambia en el servidor, esta computadora conserva "
        "la que escribe ahora.",
    "Register this laptop with the Consejo's server. Type your user and password on the "
    "server (your account at the Consejo), not the password of this computer.":
        "Registre esta computadora en el servidor del Consejo. Escriba su usuario y su "
        "contraseña del servidor (su cuenta en el Consejo), no la contraseña de esta "
        "computadora.",
    "Your password on the server": "Su contraseña del servidor",
    "&User on the server": "&Usuario del servidor",
    "&Password on the server": "&Contraseña del servidor",
    "Connection without encryption": "Conexión sin cifrado",
    "The address {0} starts with http://, not https://: your password and the data of the "
    "cases would travel over the network without encryption, and anyone on that network "
    "could read them. Use the https:// address of the server. Continue only if the "
    "Consejo's technician told you to, on a network you trust.":
        "La dirección {0} empieza con http://, no con https://: su contraseña y los datos "
        "de los casos viajarían por la red sin cifrar, y cualquiera en esa red podría "
        "leerlos. Use la dirección https:// del servidor. Continúe solo si el técnico del "
        "Consejo se lo indicó, en una red de confianza.",
    "&Use http anyway": "&Usar http de todos modos",
    "Not enrolled: type the https:// address of the server.":
        "No se registró: escriba la dirección https:// del servidor.",
    "Enter the password of this computer to open the register.":
        "Escriba la contraseña de esta computadora para abrir el registro.",
    "&Password of this computer": "&Contraseña de esta computadora",
    "Locked after a while without use. Enter the password of this computer to continue, "
    "or choose another user.":
        "Bloqueado tras un rato sin uso. Escriba la contraseña de esta computadora para "
        "continuar, o elija otro usuario.",
    "Locked. Enter the password of this computer to continue, or choose another user.":
        "Bloqueado. Escriba la contraseña de esta computadora para continuar, o elija otro "
        "usuario.",
    "Choose the user and enter the password of this computer.":
        "Elija el usuario y escriba la contraseña de esta computadora.",
    "Enter the password of this computer to open the register: the one chosen when your "
    "user was created here (it can differ from your password on the server).":
        "Escriba la contraseña de esta computadora para abrir el registro: la que se eligió "
        "al crear su usuario aquí (puede ser distinta de su contraseña del servidor).",
    # Mnemonics moved so that no two clash in one window (English sources).
    "Changes in c&onflict": "Cambios en c&onflicto",
    "Only my &work ({0})": "Solo mi &trabajo ({0})",
    "Fr&om": "&Desde",
    "Referral ste&p": "Avance de la de&rivación",
    "Follo&w-up": "Se&guimiento",
    "Priority g&roup": "&Grupo prioritario",
    "&Anonymous report": "Denuncia &anónima",
    "Ne&xt >": "S&iguiente >",
    "Register &case": "Registrar &caso",
    "Su&bject": "&Asunto",
    "Lock a&fter": "&Bloquear tras",
    "New s&tatus": "Nuevo &estado",
    "Representative's re&lation": "&Relación del representante",
    "Mark as sent &now": "Marcar como &enviada ahora",
    "S&tatus": "&Estado",
    "Repea&t the password": "&Repita la contraseña",
}
ES.update(UI_ES)

# "Context|source": the Spanish of existing entries, mnemonics moved off a clash.
CHANGED = {
    "Menus|&Search": "B&uscar",
    "SyncFeature|Needs &attention": "Necesitan a&tención",
    "ReportsPage|Monthly &report (PDF)": "Informe me&nsual (PDF)",
    "HouseholdPage|&Add member": "Agregar &miembro",
    "ReferralInboxPage|Save &answer": "&Guardar respuesta",
    "CaseWizard|< &Back": "< Atrá&s",
    "MediationDialog|Second part&y": "&Segunda parte",
    "MediationDialog|&Agreements": "A&cuerdos",
    "PersonDialog|&Birth date": "&Fecha de nacimiento",
    "PersonDialog|Self-identified &ethnicity": "Aut&oidentificación étnica",
    "PersonDialog|&Priority groups": "G&rupos de atención prioritaria",
    "VisitDialog|&Next visit": "Próxima &visita",
    "FirstRunPage|Pass&word": "Con&traseña",
    "FirstRunPage|This laptop has no users yet. Create yours: your password protects "
    "everything stored here.":
        "Esta computadora todavía no tiene usuarios. Cree el suyo: su contraseña protege "
        "todo lo que se guarda aquí.",
    "FirstRunPage|&Enroll with the central office instead":
        "Registrarse con la &oficina central",
}
