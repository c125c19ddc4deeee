"""Spanish pairs added on branch h14b (issue 13: server behind)."""

ES = {
    "Server has older data than this laptop: tell the Consejo":
        "El servidor tiene datos más antiguos que este equipo: avise al Consejo",
    "The server has older data than this laptop: nothing was repaired; tell the Consejo.":
        "El servidor tiene datos más antiguos que este equipo: no se reparó nada; avise al "
        "Consejo.",
    "The server has older data than this device: nothing was repaired; tell the Consejo.":
        "El servidor tiene datos más antiguos que este equipo: no se reparó nada; avise al "
        "Consejo.",
}
