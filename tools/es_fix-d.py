"""Spanish (Ecuador) of the strings branch fix-d added (household retention): re-applied
after merges."""

ES = {
    "record type: case, person, household or attendee":
        "tipo de registro: case (caso), person (persona), household (hogar) o attendee "
        "(asistente)",
}
