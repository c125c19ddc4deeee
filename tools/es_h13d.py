"""Spanish (Ecuador) for the strings of branch `h13d` (issue 13 §4: caseload
reassignment, administration from the desktop): re-apply after a merge with
`.venv/bin/python tools/fill_translations.py tools/es_h13d.py` (core strings) and
`.venv/bin/python tools/fill_ui_translations.py tools/es_h13d.py` (the UI's), then
compile ui_es.qm with pyside6-lrelease."""

ES = {
    # Core (N_): record words, the administration's messages, the server's command line.
    "Responsible promoter": "Promotor responsable",
    "Choose two different promoters.": "Elija dos promotores distintos.",
    "{user} is not a promoter.": "{user} no es promotor.",
    "{user} and {other} are promoters of different parishes: a caseload moves only "
    "within its parish.":
        "{user} y {other} son promotores de parroquias distintas: una carga de casos solo "
        "pasa dentro de su parroquia.",
    "{user} is disabled: choose an active promoter.":
        "{user} está desactivado: elija un promotor activo.",
    "A promoter needs a parish.": "Un promotor necesita una parroquia.",
    "An administrator cannot disable their own account.":
        "Un administrador no puede desactivar su propia cuenta.",
    "No device {device}.": "No existe el dispositivo {device}.",
    "No user {user}.": "No existe el usuario {user}.",
    "Only an administrator may do this on the server.":
        "Solo un administrador puede hacer esto en el servidor.",
    "The server refused the operation.": "El servidor rechazó la operación.",
    "a promoter's caseload": "la carga de casos de un promotor",
    "give a promoter's open cases, planned visits, follow-ups and referrals to another "
    "promoter of the same parish":
        "pasar los casos abiertos, visitas planificadas, seguimientos y derivaciones de un "
        "promotor a otro promotor de la misma parroquia",
    "the promoter who leaves": "el promotor que se va",
    "the promoter who takes the caseload over": "el promotor que recibe la carga de casos",
    "Reassigned to {user}: {cases} cases, {visits} planned visits, {follow_ups} "
    "follow-ups, {referrals} referrals.":
        "Reasignados a {user}: {cases} casos, {visits} visitas planificadas, {follow_ups} "
        "seguimientos, {referrals} derivaciones.",
    # UI (tr) of app/ui/sync/users_page.py.
    "Promoter": "Promotor",
    "Technician": "Técnico",
    "Junta": "Junta",
    "Administrator": "Administrador",
    "Users and devices": "Usuarios y dispositivos",
    "This account manages users and devices on the server, here or with the "
    "defensoria-server commands. It receives no data of families or cases, so this "
    "computer shows none.":
        "Esta cuenta administra usuarios y dispositivos en el servidor, aquí o con las "
        "órdenes de defensoria-server. No recibe datos de familias ni de casos, así que "
        "este computador no muestra ninguno.",
    "Server answer": "Respuesta del servidor",
    "User": "Usuario",
    "Role": "Rol",
    "Parish": "Parroquia",
    "State": "Estado",
    "Disabled": "Desactivado",
    "Active": "Activo",
    "Users": "Usuarios",
    "&Users": "&Usuarios",
    "Device": "Dispositivo",
    "Revoked": "Revocado",
    "Last sync": "Última sincronización",
    "Devices": "Dispositivos",
    "D&evices": "Disposi&tivos",
    "Re&voke device": "Re&vocar dispositivo",
    "Re&load": "Actua&lizar",
    "&Disable user": "&Desactivar usuario",
    "New password": "Contraseña nueva",
    "New &password:": "Contraseña &nueva:",
    "Re&set password": "Cambiar contra&seña",
    "Promoter who takes the caseload over": "Promotor que recibe la carga de casos",
    "Caseload &to:": "Carga de casos &para:",
    "Reassign &caseload": "Reasignar &carga de casos",
    "New user": "Usuario nuevo",
    "User name": "Nombre de usuario",
    "Password": "Contraseña",
    "(none)": "(ninguna)",
    "User &name:": "Nombre de usuari&o:",
    "R&ole:": "&Rol:",
    "Pa&rish:": "Parro&quia:",
    "Pass&word:": "Contras&eña:",
    "&Add user": "A&gregar usuario",
    "never": "nunca",
    "Managing users and devices needs a connection to the server. Connect this computer "
    "to the network and press Reload (F5).":
        "Para administrar usuarios y dispositivos se necesita conexión con el servidor. "
        "Conecte este computador a la red y pulse Actualizar (F5).",
    "The operation failed. Try again.": "La operación falló. Inténtelo de nuevo.",
    "User {user} added.": "Usuario {user} creado.",
    "Disable user": "Desactivar usuario",
    "{user}'s devices will stop syncing.":
        "Los dispositivos de {user} dejarán de sincronizar.",
    "Disable": "Desactivar",
    "User {user} disabled.": "Usuario {user} desactivado.",
    "New password set for {user}.": "Contraseña nueva establecida para {user}.",
    "Reassigned to {user}: {cases} cases, {visits} planned visits, {follow_ups} "
    "follow-ups, {referrals} referrals. They reach the devices at their next sync.":
        "Reasignados a {user}: {cases} casos, {visits} visitas planificadas, {follow_ups} "
        "seguimientos, {referrals} derivaciones. Llegan a los dispositivos en su próxima "
        "sincronización.",
    "Revoke device": "Revocar dispositivo",
    "The device {device} of {user} will no longer sync.":
        "El dispositivo {device} de {user} ya no podrá sincronizar.",
    "Revoke": "Revocar",
    "Device revoked.": "Dispositivo revocado.",
}
