"""Spanish for the strings of branch h15e (plan compliance report), to re-apply after
merging the .ts files: tools/fill_translations.py and tools/fill_ui_translations.py."""

ES = {
    "Without a component": "Sin componente",
    "Actions planned and done per month": "Acciones planificadas y realizadas por mes",
    "Actions planned": "Planificadas",
    "Actions done": "Realizadas",
    "Late": "Atrasado",
    "Plan compliance report": "Informe de cumplimiento del plan",
    "{first} and {last}": "{first} y {last}",
    "Parish {parish}: PTA": "Parroquia {parish}: PTA",
    "Year {year} · {first} to {last}": "Año {year} · {first} a {last}",
    "Events": "Eventos",
    "Particip.": "Particip.",
    "{done} of {planned} planned months done ({rate}) · activities: {events} · "
    "participants: {people}": "{done} de {planned} meses planificados realizados ({rate}) · "
    "actividades: {events} · participantes: {people}",
    "What is late": "Lo atrasado",
    "Participants by age group and sex": "Participantes por grupo de edad y sexo",
    "Held": "Realizado",
    "Target": "Meta",
    "✓ done · ✗ late (the month is over, no activity) · ○ planned, not over yet · + an "
    "activity in a month not planned. Events and participants: held / target of the year.":
    "✓ realizado · ✗ atrasado (el mes terminó sin actividad) · ○ planificado, aún no "
    "termina · + actividad en un mes no planificado. Eventos y participantes: realizados / "
    "meta del año.",
    "A planned month is done when an activity of the action was held in it; a month is "
    "late when it is over and no activity was held. Activities in months not planned count "
    "as events and participants. Targets are the plan's, for the whole year. Deleted "
    "records are not counted; no person is named.":
    "Un mes planificado está realizado cuando en él se hizo una actividad de la acción; "
    "está atrasado cuando terminó sin ninguna actividad. Las actividades en meses no "
    "planificados cuentan como eventos y participantes. Las metas son las del plan, para "
    "todo el año. Los registros eliminados no se cuentan; no se nombra a ninguna persona.",
    "Canton {canton}: POA and every parish's PTA": "Cantón {canton}: POA y PTA de cada "
                                                   "parroquia",
    "Canton {canton}: POA": "Cantón {canton}: POA",
    "Nothing is late: every planned month already over has an activity.":
    "Nada atrasado: cada mes planificado que ya terminó tiene una actividad.",
    "There is no plan for this year and scope.": "No hay plan para este año y ámbito.",
    "planned for {months}, no activity recorded":
    "planificado para {months}, sin actividad registrada",
    "Plan": "Plan",
    "Plans": "Planes",
    "Actions": "Acciones",
    "Planned months done": "Meses planificados realizados",
    "Planned months late": "Meses planificados atrasados",
    "{done} of {planned} ({rate})": "{done} de {planned} ({rate})",
    "Components": "Componentes",
    "Scope": "Ámbito",
    "Planned months": "Meses planificados",
    "Compliance (%)": "Cumplimiento (%)",
    "Component / line": "Componente / línea",
    "Months late": "Meses atrasados",
    "plan-compliance": "cumplimiento-plan",
    "plan compliance report: the canton's POA and every PTA, or one parish's PTA (PDF or "
    "XLSX)": "informe de cumplimiento del plan: el POA del cantón y cada PTA, o el PTA de "
    "una parroquia (PDF o XLSX)",
    "only this parish's PTA": "solo el PTA de esta parroquia",
    "output file (.pdf or .xlsx)": "archivo de salida (.pdf o .xlsx)",
    "The year {value} is not valid: write it as YYYY, for example 2026.":
    "El año {value} no es válido: escríbalo como AAAA, por ejemplo 2026.",
    "The months --from and --to must be of the year {year}.":
    "Los meses --from y --to deben ser del año {year}.",
    "The plan report is written as a .pdf or .xlsx file.":
    "El informe del plan se escribe como archivo .pdf o .xlsx.",
    # UI (tools/fill_ui_translations.py): the Reportes page's plan compliance box (and
    # "Plan compliance report" above).
    "Plan year": "Año del plan",
    "January": "enero", "February": "febrero", "March": "marzo", "April": "abril",
    "May": "mayo", "June": "junio", "July": "julio", "August": "agosto",
    "September": "septiembre", "October": "octubre", "November": "noviembre",
    "December": "diciembre",
    "First month": "Mes de inicio",
    "Last month": "Mes final",
    "Format of the plan report": "Formato del informe del plan",
    "Plan complia&nce report": "Informe de cump&limiento",
    "Pl&an year": "Añ&o del plan",
    "Fir&st month": "Mes d&e inicio",
    "&Last month": "Mes &final",
    "The first month comes after the last: correct the months.":
    "El mes de inicio es posterior al mes final: corrija los meses.",
    "PDF documents (*.pdf)": "Documentos PDF (*.pdf)",
    "Excel workbooks (*.xlsx)": "Libros de Excel (*.xlsx)",
}
