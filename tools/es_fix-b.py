"""Spanish for the strings added on branch fix-b (plan numbers that no plan holds, a
number beyond 64 bits refused by the server).

Apply with: .venv/bin/python tools/fill_translations.py tools/es_fix-b.py
"""

ES = {
    "An action cannot plan more than {most} events.":
        "Una acción no puede planificar más de {most} eventos.",
    "An action cannot plan more than {most} participants in one group.":
        "Una acción no puede planificar más de {most} participantes en un grupo.",
    "The budget of an action cannot be more than {most} dollars.":
        "El presupuesto de una acción no puede superar los {most} dólares.",
    "A number of the record is larger than the server accepts.":
        "Un número del registro es más grande de lo que el servidor acepta.",
}
