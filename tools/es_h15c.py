"""Spanish (Ecuador) of the strings branch h15c added (retention): re-applied after merges."""

ES = {
    "Retention applies to these record types: {types}.":
        "La retención se aplica a estos tipos de registro: {types}.",
    "The years must be a whole number from 1 to {max}.":
        "Los años deben ser un número entero de 1 a {max}.",
    "The action must be 'anonymise' or 'erase'.":
        "La acción debe ser 'anonymise' o 'erase'.",
    "There is no retention rule for {type}.":
        "No hay una regla de retención para {type}.",
    "Retention period ended": "Terminó el plazo de conservación",
    "how long records are kept before they are anonymised or erased":
        "cuánto tiempo se conservan los registros antes de anonimizarlos o borrarlos",
    "set the retention of a record type": "fijar la retención de un tipo de registro",
    "record type: case, person or attendee":
        "tipo de registro: case (caso), person (persona) o attendee (asistente)",
    "years after which its records are due":
        "años tras los cuales sus registros se anonimizan o borran",
    "anonymise or erase": "anonymise (anonimizar) o erase (borrar)",
    "stop applying retention to a type": "dejar de aplicar la retención a un tipo",
    "list the retention rules (tab-separated)":
        "listar las reglas de retención (separadas por tabuladores)",
    "apply the retention rules now": "aplicar ahora las reglas de retención",
    "count the records due, change nothing":
        "contar los registros vencidos sin cambiar nada",
    "Retention set: {type} records are anonymised after {years} years.":
        "Retención fijada: los registros {type} se anonimizan después de {years} años.",
    "Retention set: {type} records are erased after {years} years.":
        "Retención fijada: los registros {type} se borran después de {years} años.",
    "Retention removed: {type} records are kept.":
        "Retención retirada: los registros {type} se conservan.",
    "No retention rules: nothing is anonymised or erased until the Consejo sets them "
    "(docs/RETENTION.md).":
        "Ninguna regla de retención: nada se anonimiza ni se borra hasta que el Consejo "
        "las fije (docs/RETENTION.md).",
    "Due, nothing changed (dry run): {count} records.":
        "Vencidos, sin cambiar nada (simulación): {count} registros.",
    "Anonymised or erased: {count} records.": "Anonimizados o borrados: {count} registros.",
}
