"""Spanish pairs added on branch promoter-b (issue 10, §1 items 4-7 and §5), for
re-applying after a merge of the .ts files:
  .venv/bin/python tools/fill_translations.py tools/es_promoter-b.py
  .venv/bin/python tools/fill_ui_translations.py tools/es_promoter-b.py
  .venv/bin/pyside6-lrelease resources/translations/ui_es.ts -qm resources/translations/ui_es.qm
"""

ES = {
    # core (core_es.ts)
    "For {types} the risk level is at least {risk}.":
        "Para {types} el nivel de riesgo es al menos {risk}.",
    # ui (ui_es.ts): the law at the right moment
    "Referrals the law requires": "Derivaciones que exige la ley",
    "Create the referral": "Crear la derivación",
    "The law requires referring this case to: {0}.":
        "La ley exige derivar este caso a: {0}.",
    "This case must be referred to {0} and the referral has not been sent yet.":
        "Este caso debe derivarse a {0} y la derivación aún no se ha enviado.",
    "Opens the referral form to {0}": "Abre la ficha de derivación a {0}",
    "&Open the referral form after registering":
        "Abrir la ficha de deri&vación al registrar",
    "Find and choose the family first.": "Primero busque y elija la familia.",
    "By law, these types need at least this risk: {0}.":
        "Por ley, estos tipos de vulneración requieren al menos este riesgo: {0}.",
    "Cases that must be referred and have no referral sent":
        "Casos que deben derivarse y no tienen derivación enviada",
    "{0} · to {1}": "{0} · a {1}",
    # the case wizard's family finder
    "Type a member's name or document": "Escriba el nombre o la cédula de un miembro",
    "Find the family": "Buscar la familia",
    "Families found": "Familias encontradas",
    "Write the date as day/month/year, e.g. 03/04/2016.":
        "Escriba la fecha como día/mes/año, p. ej. 03/04/2016.",
    # visits
    "Visits in the next 14 days": "Visitas de los próximos 14 días",
    "Visit of {0}": "Visita del {0}",
    "Date": "Fecha",
    "Case": "Caso",
    "Purpose": "Propósito",
    "Outcome": "Resultado",
    "Participants": "Participantes",
    "Reason": "Motivo",
    "Observations": "Observaciones",
    "Agreements": "Acuerdos",
    "Next visit": "Próxima visita",
    "Close": "Cerrar",
    "&Record this visit": "&Registrar esta visita",
    "Still to be done": "Por realizar",
    "Double-click or press Enter to see the visit":
        "Doble clic o Enter para ver la visita",
    "&Cancel them": "&Cancelarlas",
    "&Keep them": "&Mantenerlas",
    "Still planned: {0}. What happens to them?":
        "Aún planificadas: {0}. ¿Qué pasa con ellas?",
    "Planned visits": "Visitas planificadas",
    "Say whether the visits still planned are cancelled or kept.":
        "Indique si las visitas aún planificadas se cancelan o se mantienen.",
    # ages
    "{0} years": "{0} años",
    "~{0} years": "~{0} años",
}
ES.update({
    # families and persons list
    "Persons": "Personas",
    "Families": "Familias",
    "Show": "Mostrar",
    "Name, document or community": "Nombre, documento o comunidad",
    "Search the list": "Buscar en la lista",
    "Searc&h": "&Buscar",
    "Families: {0}": "Familias: {0}",
    "Number of families": "Número de familias",
    "Head of household": "Jefe/a de hogar",
    "Members": "Miembros",
    "Parish": "Parroquia",
    "Community": "Comunidad",
    "(no members yet)": "(sin miembros aún)",
})
