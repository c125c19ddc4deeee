"""Spanish (Ecuador) of the screens added on branch h14e (ui_es.ts):
`tools/fill_ui_translations.py tools/es_h14e_ui.py`."""

ES = {
    "Data re&quest": "Solicitud de &datos",
    "Data request of {0}": "Solicitud sobre los datos de {0}",
    "&Request": "&Solicitud",
    "&Asked by": "&Pedida por",
    "The person": "La persona",
    "A representative": "Un representante",
    "Representative's &name": "&Nombre del representante",
    "Representative's re&lation": "&Relación del representante",
    "Received &on": "Recibida &el",
    "Received on": "Recibida el",
    "DD/MM/YYYY": "DD/MM/AAAA",
    "Write the date as day/month/year, e.g. 03/04/2016.":
        "Escriba la fecha como día/mes/año, p. ej. 03/04/2016.",
    "Answer a data request": "Responder una solicitud sobre datos",
    "&Answered on": "&Respondida el",
    "Answered on": "Respondida el",
    "&Note": "&Nota",
    "Person": "Persona",
    "Request": "Solicitud",
    "Received": "Recibida",
    "Due": "Vence",
    "State": "Estado",
    "Data requests not yet answered": "Solicitudes sobre datos sin responder",
    "<b>&Data requests not yet answered</b> (15 days)":
        "<b>Solicitudes sobre &datos sin responder</b> (15 días)",
    "No data request is waiting for an answer.":
        "Ninguna solicitud sobre datos espera respuesta.",
    "A&nswer request…": "&Responder solicitud…",
    "Overdue by 1 day": "Vencida hace 1 día",
    "Overdue by {0} days": "Vencida hace {0} días",
    "Due today": "Vence hoy",
    "1 day left": "Queda 1 día",
    "{0} days left": "Quedan {0} días",
    "Who opened it…": "Quién lo abrió…",
    "Who opened their cases…": "Quién abrió sus casos…",
    "Who opened it: {0}": "Quién lo abrió: {0}",
    "Asking the server…": "Consultando al servidor…",
    "When": "Cuándo",
    "User": "Usuario",
    "Device": "Equipo",
    "Action": "Acción",
    "What": "Qué",
    "Openings, prints and exports": "Aperturas, impresiones y exportaciones",
    "&Close": "&Cerrar",
    "{0} openings, prints or exports, newest first.":
        "{0} aperturas, impresiones o exportaciones, las más recientes primero.",
    "Nobody has opened, printed or exported it yet.":
        "Nadie lo ha abierto, impreso ni exportado todavía.",
    "Who opened it is kept on the server: connect this computer to the network and open "
    "this again.":
        "Quién lo abrió se guarda en el servidor: conecte este equipo a la red y vuelva a "
        "abrir esto.",
    "The server could not be asked. Try again.":
        "No se pudo consultar al servidor. Inténtelo de nuevo.",
    "Data access report (PDF)…": "Informe de acceso a datos (PDF)…",
    "Data access report": "Informe de acceso a datos",
    "PDF documents (*.pdf)": "Documentos PDF (*.pdf)",
}
