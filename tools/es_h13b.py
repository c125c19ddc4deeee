"""Spanish (Ecuador) for the strings of branch `h13b` (issue 13 §2, backups): re-apply
after a merge with `.venv/bin/python tools/fill_translations.py tools/es_h13b.py` (core)
and `.venv/bin/python tools/fill_ui_translations.py tools/es_h13b.py` (UI), then compile
ui_es.qm with pyside6-lrelease."""

ES = {
    # Core (app/core/backups.py, app/core/backup_schedule.py)
    "The backup {path} is damaged or is not a Defensoría backup: use another copy.":
        "La copia de seguridad {path} está dañada o no es una copia de Defensoría: use "
        "otra copia.",
    "Cannot write the backup {path}: {reason}":
        "No se puede escribir la copia de seguridad {path}: {reason}",
    "The folder {path} already holds a store. Choose an empty folder, or replace it with "
    "--force.":
        "La carpeta {path} ya contiene datos. Elija una carpeta vacía, o reemplácelos con "
        "--force.",
    "Several users share this backup: give --username.":
        "Varios usuarios comparten esta copia de seguridad: indique --username.",
    "The file {path} does not exist.": "El archivo {path} no existe.",
    "Cannot restore into {path}: {reason}": "No se puede restaurar en {path}: {reason}",
    "Keep between 1 and 365 backups.": "Conserve entre 1 y 365 copias de seguridad.",
    "The backup folder {path} is not available (is the USB stick plugged in?).":
        "La carpeta de las copias de seguridad {path} no está disponible (¿está conectada "
        "la memoria USB?).",
    # Command line (app/cli/backup.py)
    "write an encrypted backup of the data folder":
        "escribir una copia de seguridad cifrada de la carpeta de datos",
    "backup file to write": "archivo de copia de seguridad que se escribe",
    "put a backup in a data folder (a new laptop)":
        "poner una copia de seguridad en una carpeta de datos (un portátil nuevo)",
    "backup file to restore": "archivo de copia de seguridad que se restaura",
    "folder to restore into": "carpeta donde restaurar",
    "replace the store already in the folder": "reemplazar los datos que ya están en la carpeta",
    "Wrote and checked the backup {path} ({count} records).":
        "Se escribió y comprobó la copia de seguridad {path} ({count} registros).",
    "Restored the backup into {path}. The same users and passwords open it.":
        "Se restauró la copia de seguridad en {path}. Se abre con los mismos usuarios y "
        "contraseñas.",
    "This copy is a new device: enroll it again before syncing (defensoria enroll "
    "--server {url}).":
        "Esta copia es un dispositivo nuevo: inscríbala de nuevo antes de sincronizar "
        "(defensoria enroll --server {url}).",
    # Desktop (app/ui/shell/auto_backup.py, preferences_dialog.py)
    "Backup saved: {0}": "Copia de seguridad guardada: {0}",
    "The automatic backup failed; it will be tried again later.":
        "La copia de seguridad automática falló; se intentará de nuevo más tarde.",
    "This data was restored from a backup: enroll this laptop with the server again "
    "before synchronising.":
        "Estos datos se restauraron de una copia de seguridad: inscriba de nuevo este "
        "portátil en el servidor antes de sincronizar.",
    "No automatic backups": "Sin copias de seguridad automáticas",
    "Folder for the daily backups": "Carpeta de las copias de seguridad diarias",
    "C&hoose…": "&Elegir…",
    "Backups to keep": "Copias que se conservan",
    "Daily &backups in": "Copias &diarias en",
    "Backups to &keep": "Copias a &mantener",
}
