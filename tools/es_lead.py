"""Spanish for the strings the lead wrote while merging wave 2 (see tools/fill_*)."""

ES = {
    "Se&arch": "&Buscar",
    "Cases to refer, no referral sent": "Casos que deben derivarse, sin derivación enviada",
    "This device was revoked: nothing more can be saved on it.":
        "Este dispositivo fue revocado: ya no se puede guardar nada en él.",
    "Certificates of participation are for trainings: this activity is not one.":
        "Los certificados de participación son para capacitaciones: esta actividad no es "
        "una capacitación.",
    "What": "Qué",
    "Family": "Familia",
    "There is already a plan of this owner for {year}: add the actions to it.":
        "Ya existe un plan de este responsable para {year}: agregue las acciones a ese plan.",
    "Importing {0}…": "Importando {0}…",
    "Writing {0}…": "Escribiendo {0}…",
    "Erased: {0} records. This computer drops them now, as it synchronises; every other "
    "device at its next synchronisation.":
        "Borrado: {0} registros. Este equipo los elimina ahora, al sincronizarse; cada uno "
        "de los demás, en su próxima sincronización.",
}
