"""Spanish for the strings of branch h14g (plan page model)."""

ES = {
    "Line": "Línea",
    "Action": "Acción",
    "Months (Jan–Dec)": "Meses (ene–dic)",
    "Events": "Eventos",
    "Participants": "Participantes",
    "Late": "Atrasado",
    "✔ done, ✘ late, ○ planned, · not planned":
        "✔ realizado, ✘ atrasado, ○ planificado, · no planificado",
    "January": "enero", "February": "febrero", "March": "marzo", "April": "abril",
    "May": "mayo", "June": "junio", "July": "julio", "August": "agosto",
    "September": "septiembre", "October": "octubre", "November": "noviembre",
    "December": "diciembre",
    "Planned for %1, no activity recorded": "Planificado para %1, sin actividad registrada",
}
