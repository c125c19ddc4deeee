"""Spanish for branch h15b (erasure that reaches every device): core and UI strings.
Apply with tools/fill_translations.py and tools/fill_ui_translations.py."""

ES = {
    # core (app/core/sync/outbox.py)
    "The person's data was erased: this change cannot be kept. Dismiss it.":
        "Los datos de la persona fueron borrados: este cambio no se puede conservar. "
        "Descártelo.",
    # UI (app/ui/families/erase_person_dialog.py, household_page.py)
    "Erase their data…": "Borrar sus datos…",
    "Erase the data of {0}": "Borrar los datos de {0}",
    "The server erases the data of {0}, and what concerns only them, on every device at "
    "its next synchronisation (LOPDP Art. 15). It cannot be undone. It is refused while a "
    "case about them is open or their referral to the Junta or the Fiscalía is not closed "
    "(Art. 18). It needs a connection to the server.":
        "El servidor borra los datos de {0}, y lo que solo le concierne, en todos los "
        "equipos en su próxima sincronización (LOPDP Art. 15). No se puede deshacer. Se "
        "rechaza mientras un caso sobre la persona esté abierto o su derivación a la Junta "
        "o a la Fiscalía no esté cerrada (Art. 18). Necesita conexión con el servidor.",
    "Reason": "Motivo",
    "&Why is it erased?": "¿&Por qué se borran?",
    "&Erase on every device": "&Borrar en todos los equipos",
    "&Cancel": "&Cancelar",
    "&Close": "&Cerrar",
    "Asking the server…": "Consultando al servidor…",
    "Erasing is done on the server: connect this computer to the network and try again.":
        "El borrado se hace en el servidor: conecte este equipo a la red e intente de "
        "nuevo.",
    "The server could not be asked. Try again.":
        "No se pudo consultar al servidor. Inténtelo de nuevo.",
}
