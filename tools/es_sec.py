"""Spanish (Ecuador) for the strings of branch `sec` (issue 11): re-apply after a merge
with `.venv/bin/python tools/fill_translations.py tools/es_sec.py`."""

ES = {
    "This device's authorisation with the server expired. Enroll the device again.":
        "La autorización de este dispositivo en el servidor caducó. Vuelva a inscribir el "
        "dispositivo.",
    "This device is enrolled on the server for another user. Ask the administrator.":
        "Este dispositivo está inscrito en el servidor para otro usuario. Consulte al "
        "administrador.",
    "The server already received a different change with the same number from this "
    "device. Resend it to keep it.":
        "El servidor ya recibió de este dispositivo un cambio distinto con el mismo número. "
        "Reenvíelo para conservarlo.",
    "A text of the record is longer than the server accepts.":
        "Un texto del registro es más largo de lo que el servidor acepta.",
    "Too long: at most {limit} characters.":
        "Demasiado largo: como máximo {limit} caracteres.",
    "No USB-bundle key at {path}: run 'defensoria-server init' on this server, or copy "
    "the key file here.":
        "No hay clave de paquetes USB en {path}: ejecute 'defensoria-server init' en este "
        "servidor, o copie aquí el archivo de la clave.",
    "{path} is not a USB-bundle key.":
        "{path} no es una clave de paquetes USB.",
    "No USB-bundle key at {path}, but this database already has one: copy the key file "
    "from the server that made it.":
        "No hay clave de paquetes USB en {path}, pero esta base de datos ya tiene una: "
        "copie el archivo de la clave desde el servidor que la creó.",
    "let a user's logins through again after too many failed attempts":
        "volver a permitir los inicios de sesión de un usuario tras demasiados intentos "
        "fallidos",
    "clear HTTP on a non-loopback address is allowed: a TLS proxy (nginx) in front "
    "encrypts the traffic":
        "permite HTTP sin cifrar en una dirección que no es local: un proxy TLS (nginx) "
        "delante cifra el tráfico",
    "Refusing to serve clear HTTP on {host}: give --tls-cert and --tls-key, or "
    "--behind-tls-proxy when a TLS proxy is in front.":
        "No se sirve HTTP sin cifrar en {host}: indique --tls-cert y --tls-key, o "
        "--behind-tls-proxy si hay un proxy TLS delante.",
    "User {user} unlocked.": "Usuario {user} desbloqueado.",
}
