"""Spanish (Ecuador) for the strings of branch `h14f` (issue 15 part 1: plans as synced
records, the plan matrix import/export, `defensoria plan`): re-apply after a merge with
`.venv/bin/python tools/fill_translations.py tools/es_h14f.py` (core strings only: this
branch adds no UI strings)."""

ES = {
    # The command line.
    "The output file must end in .xlsx or .csv.":
        "El archivo de salida debe terminar en .xlsx o .csv.",
    "work plans (the Consejo's POA, each parish's PTA): import, list, export":
        "planes de trabajo (el POA del Consejo, el PTA de cada parroquia): importar, "
        "listar, exportar",
    "import a plan matrix (XLSX, CSV or tab-separated text)":
        "importar una matriz de plan (XLSX, CSV o texto separado por tabulaciones)",
    "the matrix file": "el archivo de la matriz",
    "the plan's year": "el año del plan",
    "the parish whose PTA it is (default: a promoter's own; the canton's POA for the "
    "técnico)":
        "la parroquia cuyo PTA es (por omisión: la del promotor; el POA del cantón para el "
        "técnico)",
    "list the plans' actions with their months planned and done":
        "listar las acciones de los planes con sus meses planificados y cumplidos",
    "the plans' year": "el año de los planes",
    "write a plan's matrix with the done columns filled in":
        "escribir la matriz de un plan con las columnas de cumplimiento llenas",
    "output file (.xlsx or .csv)": "archivo de salida (.xlsx o .csv)",
    "No plans.": "No hay planes.",
    "There is no plan for {year} of that owner.":
        "No hay un plan de {year} de ese responsable.",
    "{plan}: imported {count} actions; {refused} rows refused.":
        "{plan}: se importaron {count} acciones; {refused} filas rechazadas.",
    "Wrote {count} actions to {path}.": "Se escribieron {count} acciones en {path}.",
    "Imported: {line} — {action} ({months})": "Importada: {line} — {action} ({months})",
    "{line} — {action}: planned {planned}; done {done}":
        "{line} — {action}: planificado {planned}; cumplido {done}",
    # Importing the matrix.
    "The months are for {found}, the plan for {year}.":
        "Los meses son de {found}, el plan es de {year}.",
    "The proposed action is empty.": "La acción propuesta está vacía.",
    "“{value}” is not a number of events.": "“{value}” no es un número de eventos.",
    "“{value}” is not an amount of money.": "“{value}” no es un monto de dinero.",
    "“{value}” is not an activity type.": "“{value}” no es un tipo de actividad.",
    "No month found in “{text}”.": "No se encontró ningún mes en “{text}”.",
    "“{word}” is not a month in “{text}”.": "“{word}” no es un mes en “{text}”.",
    "A range of months must end after it starts: “{text}”.":
        "Un rango de meses debe terminar después de empezar: “{text}”.",
    "The months name several years: {years}.": "Los meses nombran varios años: {years}.",
    "The file has no column for the proposed actions: name it like the matrix "
    "(“acciones propuestas”).":
        "El archivo no tiene una columna para las acciones propuestas: nómbrela como en "
        "la matriz (“acciones propuestas”).",
    "The file has no column for the months: name it like the matrix "
    "(“mes a realizarse”).":
        "El archivo no tiene una columna para los meses: nómbrela como en la matriz "
        "(“mes a realizarse”).",
    "The file {path} cannot be read as a spreadsheet: {reason}":
        "El archivo {path} no se puede leer como hoja de cálculo: {reason}",
    "The file {path} holds no rows.": "El archivo {path} no tiene filas.",
    # Record words.
    "Work plan": "Plan de trabajo",
    "Plan action": "Acción del plan",
    "Year": "Año",
    "Title": "Título",
    "Strategic objective": "Objetivo estratégico",
    "Specific objectives": "Objetivos específicos",
    "Order": "Orden",
    "Line of action": "Línea de acción",
    "Responsible": "Responsable",
    "Aspects to keep": "Aspectos a conservar",
    "Aspects to correct": "Aspectos a corregir",
    "Proposed action": "Acción propuesta",
    "Months": "Meses",
    "Target events": "Meta de eventos",
    "Target participants": "Meta de participantes",
    "Budget": "Presupuesto",
    # Rules and the service.
    "The year is not valid.": "El año no es válido.",
    "Months go from 1 to 12, each once.": "Los meses van del 1 al 12, cada uno una vez.",
    "Targets cannot be negative.": "Las metas no pueden ser negativas.",
    "The canton's POA is written by the Consejo's técnico; promoters read it.":
        "El POA del cantón lo escribe el técnico del Consejo; los promotores lo leen.",
    "This plan belongs to another parish's defensoría.":
        "Este plan pertenece a la defensoría de otra parroquia.",
    "There is no plan action {id}.": "No existe la acción del plan {id}.",
    # The exported matrix: its planned columns are named so the import finds them again.
    "Responsible unit": "Unidad responsable",
    "Line / axis / component": "Línea / eje / componente",
    "Positive aspects to keep": "Aspectos positivos a conservar",
    "Proposed actions": "Acciones propuestas",
    "Month to carry out": "Mes a realizarse",
    "Budget (USD)": "Presupuesto (USD)",
    "Months done": "Meses cumplidos",
    "Months without activity": "Meses sin actividad",
    "Activities held": "Actividades realizadas",
    "Participants": "Participantes",
}
