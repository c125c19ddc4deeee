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

    # UI: who a case affects (shared by the inbox and the Junta's case view)
    "Names and surnames": "Nombres y apellidos",
    "Age": "Edad",
    "Category": "Categoría",
    "Sex": "Sexo",
    "Identity document": "Documento de identidad",
    "Address": "Dirección",
    "Age not recorded": "Edad no registrada",
    "about {0} years": "unos {0} años",
    "{0} years": "{0} años",
    # UI: the Junta's step form and case view
    "New status": "Nuevo estado",
    "New &status": "Nuevo e&stado",
    "Measure or answer": "Medida o respuesta",
    "&Measure or answer": "&Medida o respuesta",
    "Note": "Nota",
    "&Note": "&Nota",
    "Mark as &received": "Marcar como &recibida",
    "Sa&ve step": "&Guardar paso",
    "Type the measure or the answer.": "Escriba la medida o la respuesta.",
    "This referral is closed: no step follows.":
        "Esta derivación está cerrada: no le sigue ningún paso.",
    "Affected persons": "Personas afectadas",
    "Affected &persons": "&Personas afectadas",
    "Facts": "Hechos",
    "Referral to the Junta": "Derivación a la Junta",
    "Referral to the &Junta": "Derivación a la &Junta",
    "Date": "Fecha",
    "Status": "Estado",
    "By": "Registrado por",
    "Steps of the referral": "Pasos de la derivación",
    "S&teps of the referral": "Pasos de la &derivación",
    "Case {0}": "Caso {0}",
    "{0} · risk {1} · opened {2} · {3} · {4}": "{0} · riesgo {1} · abierto el {2} · {3} · {4}",
    "{0} · {1} · {2}": "{0} · {1} · {2}",
    "Reason: {0} · urgency: {1}": "Motivo: {0} · urgencia: {1}",
    "No referral to the Junta.": "No hay derivación a la Junta.",
    # UI: sections per role
    "Canton overview": "Resumen cantonal",
    "Canton &overview": "&Resumen cantonal",
    "Administration": "Administración",
    "A&dministration": "A&dministración",
    "This account manages users and devices on the server (defensoria-server user and "
    "device commands). It receives no data of families or cases, so this computer shows "
    "none.":
        "Esta cuenta administra usuarios y equipos en el servidor (órdenes user y device de "
        "defensoria-server). No recibe datos de familias ni de casos, así que este "
        "computador no muestra ninguno.",
    # UI: the técnico's canton overview
    "Parish": "Parroquia",
    "Open cases": "Casos abiertos",
    "Referrals without answer > 48 h": "Derivaciones sin respuesta > 48 h",
    "Overdue visits": "Visitas atrasadas",
    "Overdue follow-ups": "Seguimientos atrasados",
    "Whole canton": "Todo el cantón",
    "Figures per parish": "Cifras por parroquia",
    "<b>Figures per &parish</b>": "<b>Cifras por &parroquia</b>",
    "Click a number to see the cases, referrals, visits or follow-ups behind it.":
        "Haga clic en un número para ver los casos, derivaciones, visitas o seguimientos "
        "que cuenta.",
    "Promoter": "Promotor",
    "Last successful sync": "Última sincronización completa",
    "Since then": "Desde entonces",
    "Promoters' last synchronisation": "Última sincronización de los promotores",
    "<b>Promoters' last &synchronisation</b>":
        "<b>Última &sincronización de los promotores</b>",
    "never synchronised": "nunca sincronizó",
    "not synchronised for {0} days": "sin sincronizar hace {0} días",
    "today": "hoy",
    "{0} days ago": "hace {0} días",
    "As of the last synchronisation: {0}": "Datos de la última sincronización: {0}",
    "Not synchronised with the server yet": "Aún no sincronizado con el servidor",
    # UI: the list behind a figure
    "Referrals without an answer after 48 hours": "Derivaciones sin respuesta después de 48 horas",
    "Opened": "Apertura",
    "Since": "Desde",
    "Planned for": "Planificada para",
    "Due": "Vence",
    "Risk": "Riesgo",
    "Institution": "Institución",
    "Community": "Comunidad",
    "What to do": "Qué hacer",
    "risk {0}": "riesgo {0}",
    "&Back to the overview": "&Volver al resumen",
    "{0} in the list": "{0} en la lista",
    "Case": "Caso",
    "Family visit": "Visita a la familia",
    "Open a row (Enter or double click) to see its case or family.":
        "Abra una fila (Enter o doble clic) para ver su caso o su familia.",
}
