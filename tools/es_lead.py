"""Spanish for the strings the lead wrote while merging wave 2 (see tools/fill_*)."""

ES = {
    "Se&arch": "&Buscar",
    "Cases to refer, no referral sent": "Casos que deben derivarse, sin derivación enviada",
}
