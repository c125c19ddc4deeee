"""Spanish for the strings added on branch fix (hardening follow-up)."""

ES = {
    "{value} is not a whole number from {low} to {high}":
        "{value} no es un número entero de {low} a {high}",
    "The user name must have 1 to {max} characters, without control characters.":
        "El nombre de usuario debe tener de 1 a {max} caracteres, sin caracteres de "
        "control.",
    "There is no database at {path}: run init first.":
        "No hay base de datos en {path}: ejecute init primero.",
}

# Desktop (ui_es.ts): tools/fill_ui_translations.py tools/es_fix.py
ES.update({
    "Unexpected error ({kind}). What was saved is safe; if it happens again, tell the "
    "administrator.":
        "Error inesperado ({kind}). Lo guardado está a salvo; si vuelve a ocurrir, avise "
        "al administrador.",
    "Unexpected error": "Error inesperado",
})
