"""Spanish pairs of branch h14d (erasure of a person, issue 14 §1)."""

ES = {
    "a person's data": "los datos de una persona",
    "erase a person's data on every device (LOPDP)":
        "borrar los datos de una persona en todos los equipos (LOPDP)",
    "Erased: {count} records become tombstones that every device receives.":
        "Borrado: {count} registros quedan como lápidas que reciben todos los equipos.",
    "The person's data cannot be erased: case {code} about them is still open "
    "(LOPDP Art. 18). Close the case first.":
        "No se pueden borrar los datos de la persona: el caso {code} sobre ella sigue "
        "abierto (LOPDP Art. 18). Cierre primero el caso.",
    "The person's data cannot be erased: the referral of case {code} to {institution} "
    "is not closed yet (LOPDP Art. 18).":
        "No se pueden borrar los datos de la persona: la derivación del caso {code} a "
        "{institution} aún no está cerrada (LOPDP Art. 18).",
    "Say why the data is erased.": "Indique por qué se borran los datos.",
    "There is no person with id {id}.": "No existe una persona con id {id}.",
    "This person's data was already erased.": "Los datos de esta persona ya fueron borrados.",
    "why the data is erased": "por qué se borran los datos",
}
