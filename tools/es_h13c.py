"""Spanish (Ecuador) for the strings of branch `h13c` (issue 13 §3 recovery key, §4 revoked
device wipe): re-apply after a merge with
`.venv/bin/python tools/fill_translations.py tools/es_h13c.py` (core strings) and
`.venv/bin/python tools/fill_ui_translations.py tools/es_h13c.py` (the UI string), then
compile ui_es.ts with pyside6-lrelease."""

ES = {
    # Core: keyring and store
    "There is no local user {user} in this data folder.":
        "No hay un usuario local {user} en esta carpeta de datos.",
    "The data on this computer was erased.":
        "Los datos de este computador fueron borrados.",
    # Core: recovery key (defensoria-server recovery-key / recover)
    "This server already has a recovery key; keep its private key file safe.":
        "Este servidor ya tiene una clave de recuperación; guarde en un lugar seguro el "
        "archivo de su clave privada.",
    "Folder not found: {path}.": "No se encontró la carpeta: {path}.",
    "{path} already exists; choose another file.": "{path} ya existe; elija otro archivo.",
    "{path} is not a recovery key.": "{path} no es una clave de recuperación.",
    "Recovering a data folder needs the desktop app's components: run it where the "
    "Defensoría app is installed.":
        "Recuperar una carpeta de datos necesita los componentes de la aplicación de "
        "escritorio: ejecútelo donde esté instalada la aplicación Defensoría.",
    "There is no Defensoría data folder at {path}.":
        "No hay una carpeta de datos de Defensoría en {path}.",
    "This data folder was never enrolled with a server that has a recovery key: it "
    "cannot be recovered.":
        "Esta carpeta de datos nunca se registró en un servidor con clave de recuperación: "
        "no se puede recuperar.",
    "This recovery key does not open this data folder.":
        "Esta clave de recuperación no abre esta carpeta de datos.",
    "the Consejo's recovery key for forgotten local passwords":
        "la clave de recuperación del Consejo para contraseñas locales olvidadas",
    "make the key pair: the public half stays on the server, the private half goes to a "
    "file the Consejo keeps offline":
        "crear el par de claves: la parte pública queda en el servidor, la privada va a un "
        "archivo que el Consejo guarda sin conexión",
    "file for the private key (created owner-only)":
        "archivo para la clave privada (creado solo para su dueño)",
    "give a local user of a device's data folder a new password, with the recovery key":
        "dar una contraseña nueva a un usuario local de la carpeta de datos de un "
        "dispositivo, con la clave de recuperación",
    "the device's data folder": "la carpeta de datos del dispositivo",
    "local user name": "nombre del usuario local",
    "the recovery private key file": "el archivo de la clave privada de recuperación",
    "file holding the new local password (default: asked, or DEFENSORIA_PASSWORD)":
        "archivo con la nueva contraseña local (por defecto: se pregunta, o "
        "DEFENSORIA_PASSWORD)",
    "Recovery key made. Keep {path} offline, in a safe place: without it a forgotten "
    "password cannot be recovered; with it, every enrolled device's data can be opened.":
        "Clave de recuperación creada. Guarde {path} sin conexión, en un lugar seguro: sin "
        "ella no se recupera una contraseña olvidada; con ella se pueden abrir los datos "
        "de todo dispositivo registrado.",
    "New local password: ": "Nueva contraseña local: ",
    "Cannot read the password file {path}.":
        "No se puede leer el archivo de contraseña {path}.",
    "The local user {user} has a new password: the data folder opens again, and its "
    "unsent work is sent at the next sync.":
        "El usuario local {user} tiene una contraseña nueva: la carpeta de datos vuelve a "
        "abrirse y su trabajo sin enviar se envía en la próxima sincronización.",
    # Core: a revoked device
    "The server revoked this device. Its {count} unsent changes were saved, encrypted "
    "for the Consejo, in {path}: hand that file to the administrator. The data on this "
    "computer was erased.":
        "El servidor revocó este dispositivo. Sus {count} cambios sin enviar se guardaron, "
        "cifrados para el Consejo, en {path}: entregue ese archivo al administrador. Los "
        "datos de este computador fueron borrados.",
    "The server revoked this device, but its unsent changes could not be saved to "
    "{path}; nothing was erased. Free some space or choose another folder, and try "
    "again.":
        "El servidor revocó este dispositivo, pero sus cambios sin enviar no se pudieron "
        "guardar en {path}; no se borró nada. Libere espacio o elija otra carpeta, e "
        "intente de nuevo.",
    # UI (SyncController)
    "Device revoked: its data was erased": "Dispositivo revocado: sus datos fueron borrados",
}
