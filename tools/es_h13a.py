"""Spanish for the strings added on branch h13a (issue 13 §1, verified sync)."""

ES = {
    "Repaired this device's copy: {fetched} records received again, {dropped} no longer "
    "in its scope removed.":
        "Se reparó la copia de este equipo: {fetched} registros recibidos de nuevo, "
        "{dropped} que ya no están en su ámbito eliminados.",
    "Verified: this device holds what the server holds for it.":
        "Verificado: este equipo tiene lo que el servidor tiene para él.",
}

# Desktop (ui_es.ts): tools/fill_ui_translations.py tools/es_h13a.py
ES.update({
    "{0}, verified": "{0}, verificado",
    "{0} · verified {1}": "{0} · verificado {1}",
})
