<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC" sourcelanguage="en">
  <context>
    <name>core</name>
    <message>
      <source>New password: </source>
      <translation>Nueva contraseña: </translation>
    </message>
    <message>
      <source>Invalid command: {detail}. Use --help to see the options.</source>
      <translation>Orden no válida: {detail}. Use --help para ver las opciones.</translation>
    </message>
    <message>
      <source>Set DEFENSORIA_PASSWORD or run the command in a terminal.</source>
      <translation>Defina DEFENSORIA_PASSWORD o ejecute la orden en una terminal.</translation>
    </message>
    <message>
      <source>The data folder {path} has no users yet: run 'init' first.</source>
      <translation>La carpeta de datos {path} aún no tiene usuarios: ejecute primero 'init'.</translation>
    </message>
    <message>
      <source>Password: </source>
      <translation>Contraseña: </translation>
    </message>
    <message>
      <source>--families must be a positive number.</source>
      <translation>--families debe ser un número positivo.</translation>
    </message>
    <message>
      <source>File not found: {path}.</source>
      <translation>No se encontró el archivo: {path}.</translation>
    </message>
    <message>
      <source>Defensoría: registers families, cases, visits, mediations and referrals of the Defensorías Comunitarias. Without a command it opens the desktop app.</source>
      <translation>Defensoría: registra familias, casos, visitas, mediaciones y derivaciones de las Defensorías Comunitarias. Sin una orden abre la aplicación de escritorio.</translation>
    </message>
    <message>
      <source>folder holding the encrypted data</source>
      <translation>carpeta con los datos cifrados</translation>
    </message>
    <message>
      <source>local user (default: the only one)</source>
      <translation>usuario local (por omisión: el único)</translation>
    </message>
    <message>
      <source>create the data folder and its first user</source>
      <translation>crear la carpeta de datos y su primer usuario</translation>
    </message>
    <message>
      <source>name of the first user</source>
      <translation>nombre del primer usuario</translation>
    </message>
    <message>
      <source>role</source>
      <translation>rol</translation>
    </message>
    <message>
      <source>parish code or name</source>
      <translation>código o nombre de la parroquia</translation>
    </message>
    <message>
      <source>fill the store with demo data</source>
      <translation>llenar la base con datos de demostración</translation>
    </message>
    <message>
      <source>households</source>
      <translation>hogares</translation>
    </message>
    <message>
      <source>random seed</source>
      <translation>semilla aleatoria</translation>
    </message>
    <message>
      <source>put everything in this parish</source>
      <translation>poner todo en esta parroquia</translation>
    </message>
    <message>
      <source>export every record</source>
      <translation>exportar todos los registros</translation>
    </message>
    <message>
      <source>format</source>
      <translation>formato</translation>
    </message>
    <message>
      <source>output file</source>
      <translation>archivo de salida</translation>
    </message>
    <message>
      <source>import households and persons</source>
      <translation>importar hogares y personas</translation>
    </message>
    <message>
      <source>CSV file</source>
      <translation>archivo CSV</translation>
    </message>
    <message>
      <source>Several users share this folder: give --username.</source>
      <translation>Varios usuarios comparten esta carpeta: indique --username.</translation>
    </message>
    <message>
      <source>Unknown parish: {name}.</source>
      <translation>Parroquia desconocida: {name}.</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <source>Created {path} for user {user}.</source>
      <translation>Se creó {path} para el usuario {user}.</translation>
    </message>
    <message>
      <source>Created {households} households, {persons} persons and {cases} cases.</source>
      <translation>Se crearon {households} hogares, {persons} personas y {cases} casos.</translation>
    </message>
    <message>
      <source>Exported {count} records to {path}.</source>
      <translation>Se exportaron {count} registros a {path}.</translation>
    </message>
    <message>
      <source>Imported {persons} persons in {households} households; {errors} rows with errors.</source>
      <translation>Se importaron {persons} personas en {households} hogares; {errors} filas con errores.</translation>
    </message>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>Línea {line}: {reason}</translation>
    </message>
    <message>
      <source>A catalog file is damaged: {detail}</source>
      <translation>Un archivo de catálogo está dañado: {detail}</translation>
    </message>
    <message>
      <source>Cannot use the file {path}: {reason}</source>
      <translation>No se puede usar el archivo {path}: {reason}</translation>
    </message>
    <message>
      <source>retired</source>
      <translation>retirado</translation>
    </message>
    <message>
      <source>The form has errors.</source>
      <translation>El formulario tiene errores.</translation>
    </message>
    <message>
      <source>The date is not valid.</source>
      <translation>La fecha no es válida.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>El archivo está vacío.</translation>
    </message>
    <message>
      <source>The file lacks the columns: {columns}.</source>
      <translation>Al archivo le faltan las columnas: {columns}.</translation>
    </message>
    <message>
      <source>This case cannot be mediated ({types}): the law requires a referral. Refer it to: {route}.</source>
      <translation>Este caso no se puede mediar ({types}): la ley exige derivarlo. Derívelo a: {route}.</translation>
    </message>
    <message>
      <source>A case of sexual violence cannot be closed before it is referred to the Fiscalía.</source>
      <translation>Un caso de violencia sexual no se puede cerrar antes de derivarlo a la Fiscalía.</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
      <source>The date cannot be in the future.</source>
      <translation>La fecha no puede estar en el futuro.</translation>
    </message>
    <message>
      <source>Choose a value from the list.</source>
      <translation>Elija un valor de la lista.</translation>
    </message>
    <message>
      <source>Enter the document number, or choose 'Sin documento'.</source>
      <translation>Ingrese el número de documento o elija 'Sin documento'.</translation>
    </message>
    <message>
      <source>The GPS point is not valid.</source>
      <translation>El punto GPS no es válido.</translation>
    </message>
    <message>
      <source>Enter the birth date or an estimated age.</source>
      <translation>Ingrese la fecha de nacimiento o una edad estimada.</translation>
    </message>
    <message>
      <source>The age must be between 0 and 120.</source>
      <translation>La edad debe estar entre 0 y 120.</translation>
    </message>
    <message>
      <source>The birth date is too far in the past.</source>
      <translation>La fecha de nacimiento es demasiado antigua.</translation>
    </message>
    <message>
      <source>The percentage must be between 1 and 100.</source>
      <translation>El porcentaje debe estar entre 1 y 100.</translation>
    </message>
    <message>
      <source>The phone number may hold only digits.</source>
      <translation>El teléfono solo puede tener dígitos.</translation>
    </message>
    <message>
      <source>Under 15, the legal representative must give consent.</source>
      <translation>Para menores de 15 años, el consentimiento lo da el representante legal.</translation>
    </message>
    <message>
      <source>Enter who reported, or mark the report as anonymous.</source>
      <translation>Indique quién denunció o marque la denuncia como anónima.</translation>
    </message>
    <message>
      <source>The next visit must come after this one.</source>
      <translation>La próxima visita debe ser posterior a esta.</translation>
    </message>
    <message>
      <source>A mediation needs at least two parties.</source>
      <translation>Una mediación necesita al menos dos partes.</translation>
    </message>
    <message>
      <source>Attendance cannot be negative.</source>
      <translation>La asistencia no puede ser negativa.</translation>
    </message>
    <message>
      <source>The cédula {number} is not valid: check the 10 digits.</source>
      <translation>La cédula {number} no es válida: revise los 10 dígitos.</translation>
    </message>
    <message>
      <source>The value is not valid.</source>
      <translation>El valor no es válido.</translation>
    </message>
    <message>
      <source>Say why the status changes.</source>
      <translation>Indique por qué cambia el estado.</translation>
    </message>
    <message>
      <source>This document number is already registered for {name}.</source>
      <translation>Este número de documento ya está registrado para {name}.</translation>
    </message>
    <message>
      <source>A person with the same name and a close birth date already exists: {names}. Check before saving.</source>
      <translation>Ya existe una persona con el mismo nombre y una fecha de nacimiento cercana: {names}. Revise antes de guardar.</translation>
    </message>
    <message>
      <source>The database file is damaged or was not made for these users. Restore it from a backup.</source>
      <translation>El archivo de la base de datos está dañado o no corresponde a estos usuarios. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>The database file is damaged. Restore it from a backup.</source>
      <translation>El archivo de la base de datos está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>This data folder already has users.</source>
      <translation>Esta carpeta de datos ya tiene usuarios.</translation>
    </message>
    <message>
      <source>That user name is already taken.</source>
      <translation>Ese nombre de usuario ya existe.</translation>
    </message>
    <message>
      <source>Wrong user name or password.</source>
      <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
      <source>Unknown role.</source>
      <translation>Rol desconocido.</translation>
    </message>
    <message>
      <source>The user name is required.</source>
      <translation>El nombre de usuario es obligatorio.</translation>
    </message>
  </context>
</TS>
