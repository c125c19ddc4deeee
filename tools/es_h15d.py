"""Spanish of the plan page, the plan action dialog and Inicio's plan list (branch h15d).

Apply with: .venv/bin/python tools/fill_ui_translations.py tools/es_h15d.py
"""

ES = {
    "— none —": "— ninguna —",
    "Action of the p&lan": "Acción del p&lan",
    "This month's plan actions without an activity":
        "Acciones del plan de este mes sin actividad",
    "Work &plans": "&Planes de trabajo",
    "Work plans": "Planes de trabajo",
    "Plan action": "Acción del plan",
    "Edit plan action": "Editar acción del plan",
    "&Line / axis": "&Línea / eje",
    "&Responsible": "&Responsable",
    "Proposed &action": "&Acción propuesta",
    "Aspects to &keep": "Aspectos a ma&ntener",
    "Aspects to c&orrect": "Aspectos a &corregir",
    "&Months": "&Meses",
    "Activity &type": "&Tipo de actividad",
    "no target": "sin meta",
    "Target &events": "Meta de &eventos",
    "Target &participants": "Meta de &participantes",
    "no budget": "sin presupuesto",
    "&Budget": "Pres&upuesto",
    "Women and girls": "Mujeres y niñas",
    "Men and boys": "Hombres y niños",
    "Nothing pending.": "Nada pendiente.",
    "POA of the canton (Consejo)": "POA del cantón (Consejo)",
    "PTA of {0}": "PTA de {0}",
    "Ye&ar": "Añ&o",
    "P&lan": "&Plan",
    "&New action": "&Nueva acción",
    "&Edit action": "&Editar acción",
    "I&mport matrix…": "I&mportar matriz…",
    "E&xport matrix…": "E&xportar matriz…",
    "Plan actions": "Acciones del plan",
    "Months: {0} done · {1} late (the month is over, no activity recorded) · {2} planned "
    "· {3} not planned": "Meses: {0} hecho · {1} atrasado (el mes terminó sin actividad "
                         "registrada) · {2} planificado · {3} no planificado",
    "Rows not imported": "Filas no importadas",
    "<b>Rows not &imported</b>": "<b>Filas no importa&das</b>",
    "There is no plan for {0} yet.": "No hay un plan para {0} todavía.",
    "Add its actions or import its matrix.": "Agregue sus acciones o importe su matriz.",
    "Read-only: the POA is written by the Consejo's técnico.":
        "Solo lectura: el POA lo escribe el técnico del Consejo.",
    "Read-only: this plan belongs to another parish.":
        "Solo lectura: este plan es de otra parroquia.",
    "Import a plan matrix": "Importar una matriz del plan",
    "Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)":
        "Hojas de cálculo (*.xlsx *.csv *.tsv *.txt);;Todos los archivos (*)",
    "Actions imported: {0}; rows not imported: {1}.":
        "Acciones importadas: {0}; filas no importadas: {1}.",
    "Line {0}: {1}": "Línea {0}: {1}",
    "Export the plan matrix": "Exportar la matriz del plan",
    "Excel workbook (*.xlsx);;CSV text (*.csv)": "Libro de Excel (*.xlsx);;Texto CSV (*.csv)",
    "The file could not be written: {0}": "No se pudo escribir el archivo: {0}",
    "Saved in {0}": "Guardado en {0}",
    "The file could not be read: {0}": "No se pudo leer el archivo: {0}",
    "done": "hecho",
    "late": "atrasado",
    "planned": "planificado",
}
# The activity type's "none" is masculine (el tipo).
CHANGED = {"PlanActionDialog|— none —": "— ninguno —"}
