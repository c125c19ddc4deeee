<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC" sourcelanguage="en">
  <context>
    <name>core</name>
    <message>
      <source>new record</source>
      <translation>registro nuevo</translation>
    </message>
    <message>
      <source>change of fields</source>
      <translation>cambio de datos</translation>
    </message>
    <message>
      <source>deletion</source>
      <translation>eliminación</translation>
    </message>
    <message>
      <source>The new record will be deleted from this device and never sent.</source>
      <translation>El registro nuevo se eliminará de esta computadora y no se enviará nunca.</translation>
    </message>
    <message>
      <source>The next sync receives the server's data of this record again.</source>
      <translation>La próxima sincronización recibe otra vez los datos del servidor de este registro.</translation>
    </message>
    <message>
      <source>The record is not deleted: the next sync receives the server's copy again.</source>
      <translation>El registro no se elimina: la próxima sincronización recibe otra vez la copia del servidor.</translation>
    </message>
    <message>
      <source>Add --yes to dismiss change {seq} without being asked.</source>
      <translation>Agregue --yes para descartar el cambio {seq} sin que se le pregunte.</translation>
    </message>
    <message>
      <source>changes the server refused: list them, resend or dismiss them</source>
      <translation>cambios que el servidor rechazó: listarlos, reenviarlos o descartarlos</translation>
    </message>
    <message>
      <source>list the refused changes</source>
      <translation>listar los cambios rechazados</translation>
    </message>
    <message>
      <source>send a refused change again (after correcting its cause)</source>
      <translation>enviar otra vez un cambio rechazado (después de corregir la causa)</translation>
    </message>
    <message>
      <source>number of the change</source>
      <translation>número del cambio</translation>
    </message>
    <message>
      <source>give up a refused change</source>
      <translation>descartar un cambio rechazado</translation>
    </message>
    <message>
      <source>do not ask to confirm</source>
      <translation>no pedir confirmación</translation>
    </message>
    <message>
      <source>Change {seq}: {kind} ({owner}), {op}; {data}. {reason}</source>
      <translation>Cambio {seq}: {kind} ({owner}), {op}; {data}. {reason}</translation>
    </message>
    <message>
      <source>y</source>
      <translation>s</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <source>Dismiss change {seq}? [y/N] </source>
      <translation>¿Descartar el cambio {seq}? [s/N] </translation>
    </message>
    <message>
      <source>No change needs attention.</source>
      <translation>Ningún cambio necesita atención.</translation>
    </message>
    <message>
      <source>Change {seq} will be sent again, as change {new}, with the next sync.</source>
      <translation>El cambio {seq} se enviará otra vez, como cambio {new}, en la próxima sincronización.</translation>
    </message>
    <message>
      <source>Change {seq} was dismissed; the new record was deleted from this device.</source>
      <translation>El cambio {seq} fue descartado; el registro nuevo se eliminó de esta computadora.</translation>
    </message>
    <message>
      <source>Change {seq} was dismissed; the next sync receives the server's copy of the record again.</source>
      <translation>El cambio {seq} fue descartado; la próxima sincronización recibe otra vez la copia del servidor del registro.</translation>
    </message>
    <message>
      <source>Password: </source>
      <translation>Contraseña: </translation>
    </message>
    <message>
      <source>write an encrypted backup of the data folder</source>
      <translation>escribir una copia de seguridad cifrada de la carpeta de datos</translation>
    </message>
    <message>
      <source>backup file to write</source>
      <translation>archivo de copia de seguridad que se escribe</translation>
    </message>
    <message>
      <source>put a backup in a data folder (a new laptop)</source>
      <translation>poner una copia de seguridad en una carpeta de datos (un portátil nuevo)</translation>
    </message>
    <message>
      <source>backup file to restore</source>
      <translation>archivo de copia de seguridad que se restaura</translation>
    </message>
    <message>
      <source>folder to restore into</source>
      <translation>carpeta donde restaurar</translation>
    </message>
    <message>
      <source>replace the store already in the folder</source>
      <translation>reemplazar los datos que ya están en la carpeta</translation>
    </message>
    <message>
      <source>Wrote and checked the backup {path} ({count} records).</source>
      <translation>Se escribió y comprobó la copia de seguridad {path} ({count} registros).</translation>
    </message>
    <message>
      <source>Restored the backup into {path}. The same users and passwords open it.</source>
      <translation>Se restauró la copia de seguridad en {path}. Se abre con los mismos usuarios y contraseñas.</translation>
    </message>
    <message>
      <source>This copy is a new device: enroll it again before syncing (defensoria enroll --server {url}).</source>
      <translation>Esta copia es un dispositivo nuevo: inscríbala de nuevo antes de sincronizar (defensoria enroll --server {url}).</translation>
    </message>
    <message>
      <source>The data folder {path} has no users yet: run 'init' first.</source>
      <translation>La carpeta de datos {path} aún no tiene usuarios: ejecute primero 'init'.</translation>
    </message>
    <message>
      <source>Several users share this folder: give --username.</source>
      <translation>Varios usuarios comparten esta carpeta: indique --username.</translation>
    </message>
    <message>
      <source>Unexpected error ({kind}). Please report it to the Consejo.</source>
      <translation>Error inesperado ({kind}). Por favor, repórtelo al Consejo.</translation>
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
      <source>check this installation on a temporary store and exit</source>
      <translation>comprobar esta instalación en un almacén temporal y salir</translation>
    </message>
    <message>
      <source>with --self-test: also enroll and sync with this server</source>
      <translation>con --self-test: además registrar el equipo y sincronizar con este servidor</translation>
    </message>
    <message>
      <source>with --self-test: user name on the server</source>
      <translation>con --self-test: nombre de usuario en el servidor</translation>
    </message>
    <message>
      <source>The data is busy in another window of Defensoría (it is saving). Try again in a moment.</source>
      <translation>Los datos están ocupados por otra ventana de Defensoría (está guardando). Intente de nuevo en un momento.</translation>
    </message>
    <message>
      <source>The database could not be read or written.</source>
      <translation>No se pudo leer o escribir la base de datos.</translation>
    </message>
    <message>
      <source>File not found: {path}.</source>
      <translation>No se encontró el archivo: {path}.</translation>
    </message>
    <message>
      <source>The output file must end in .xlsx or .csv.</source>
      <translation>El archivo de salida debe terminar en .xlsx o .csv.</translation>
    </message>
    <message>
      <source>work plans (the Consejo's POA, each parish's PTA): import, list, export</source>
      <translation>planes de trabajo (el POA del Consejo, el PTA de cada parroquia): importar, listar, exportar</translation>
    </message>
    <message>
      <source>import a plan matrix (XLSX, CSV or tab-separated text)</source>
      <translation>importar una matriz de plan (XLSX, CSV o texto separado por tabulaciones)</translation>
    </message>
    <message>
      <source>the matrix file</source>
      <translation>el archivo de la matriz</translation>
    </message>
    <message>
      <source>the plan's year</source>
      <translation>el año del plan</translation>
    </message>
    <message>
      <source>the parish whose PTA it is (default: a promoter's own; the canton's POA for the técnico)</source>
      <translation>la parroquia cuyo PTA es (por omisión: la del promotor; el POA del cantón para el técnico)</translation>
    </message>
    <message>
      <source>list the plans' actions with their months planned and done</source>
      <translation>listar las acciones de los planes con sus meses planificados y cumplidos</translation>
    </message>
    <message>
      <source>the plans' year</source>
      <translation>el año de los planes</translation>
    </message>
    <message>
      <source>format</source>
      <translation>formato</translation>
    </message>
    <message>
      <source>write a plan's matrix with the done columns filled in</source>
      <translation>escribir la matriz de un plan con las columnas de cumplimiento llenas</translation>
    </message>
    <message>
      <source>output file (.xlsx or .csv)</source>
      <translation>archivo de salida (.xlsx o .csv)</translation>
    </message>
    <message>
      <source>No plans.</source>
      <translation>No hay planes.</translation>
    </message>
    <message>
      <source>There is no plan for {year} of that owner.</source>
      <translation>No hay un plan de {year} de ese responsable.</translation>
    </message>
    <message>
      <source>{plan}: imported {count} actions; {refused} rows refused.</source>
      <translation>{plan}: se importaron {count} acciones; {refused} filas rechazadas.</translation>
    </message>
    <message>
      <source>Wrote {count} actions to {path}.</source>
      <translation>Se escribieron {count} acciones en {path}.</translation>
    </message>
    <message>
      <source>Imported: {line} — {action} ({months})</source>
      <translation>Importada: {line} — {action} ({months})</translation>
    </message>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>Línea {line}: {reason}</translation>
    </message>
    <message>
      <source>{line} — {action}: planned {planned}; done {done}</source>
      <translation>{line} — {action}: planificado {planned}; cumplido {done}</translation>
    </message>
    <message>
      <source>New password: </source>
      <translation>Nueva contraseña: </translation>
    </message>
    <message>
      <source>--families must be a positive number.</source>
      <translation>--families debe ser un número positivo.</translation>
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
      <source>put everything in this parish (default: a promoter's own)</source>
      <translation>poner todo en esta parroquia (por omisión, la del promotor)</translation>
    </message>
    <message>
      <source>export every record</source>
      <translation>exportar todos los registros</translation>
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
      <source>referral form</source>
      <translation>ficha de derivación</translation>
    </message>
    <message>
      <source>record of a family visit</source>
      <translation>acta de visita familiar</translation>
    </message>
    <message>
      <source>record of a mediation</source>
      <translation>acta de mediación</translation>
    </message>
    <message>
      <source>{path} is a folder: give a file name.</source>
      <translation>{path} es una carpeta: indique un nombre de archivo.</translation>
    </message>
    <message>
      <source>The folder {path} does not exist.</source>
      <translation>La carpeta {path} no existe.</translation>
    </message>
    <message>
      <source>The year {value} is not valid: write it as YYYY, for example 2026.</source>
      <translation>El año {value} no es válido: escríbalo como AAAA, por ejemplo 2026.</translation>
    </message>
    <message>
      <source>The months --from and --to must be of the year {year}.</source>
      <translation>Los meses --from y --to deben ser del año {year}.</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
      <source>The plan report is written as a .pdf or .xlsx file.</source>
      <translation>El informe del plan se escribe como archivo .pdf o .xlsx.</translation>
    </message>
    <message>
      <source>Statistics are exported as csv or xlsx.</source>
      <translation>Las estadísticas se exportan en formato csv o xlsx.</translation>
    </message>
    <message>
      <source>The pseudonymised export is a csv file.</source>
      <translation>La exportación seudonimizada es un archivo csv.</translation>
    </message>
    <message>
      <source>Use --stats or --pseudonymized with the csv and xlsx formats.</source>
      <translation>Use --stats o --pseudonymized con los formatos csv y xlsx.</translation>
    </message>
    <message>
      <source>print a document or report (PDF)</source>
      <translation>imprimir un documento o informe (PDF)</translation>
    </message>
    <message>
      <source>certificates of participation in a training (one page per named participant)</source>
      <translation>certificados de participación en una capacitación (una página por participante con nombre)</translation>
    </message>
    <message>
      <source>activity id</source>
      <translation>id de la actividad</translation>
    </message>
    <message>
      <source>monthly report</source>
      <translation>informe mensual</translation>
    </message>
    <message>
      <source>only this user's work</source>
      <translation>solo el trabajo de este usuario</translation>
    </message>
    <message>
      <source>cantonal report for a period</source>
      <translation>informe cantonal de un período</translation>
    </message>
    <message>
      <source>only this parish</source>
      <translation>solo esta parroquia</translation>
    </message>
    <message>
      <source>plan compliance report: the canton's POA and every PTA, or one parish's PTA (PDF or XLSX)</source>
      <translation>informe de cumplimiento del plan: el POA del cantón y cada PTA, o el PTA de una parroquia (PDF o XLSX)</translation>
    </message>
    <message>
      <source>only this parish's PTA</source>
      <translation>solo el PTA de esta parroquia</translation>
    </message>
    <message>
      <source>output file (.pdf or .xlsx)</source>
      <translation>archivo de salida (.pdf o .xlsx)</translation>
    </message>
    <message>
      <source>the statistics tables (csv or xlsx)</source>
      <translation>las tablas estadísticas (csv o xlsx)</translation>
    </message>
    <message>
      <source>records without names or identifiers, for analysis (csv)</source>
      <translation>registros sin nombres ni identificadores, para análisis (csv)</translation>
    </message>
    <message>
      <source>with --stats: only this parish</source>
      <translation>con --stats: solo esta parroquia</translation>
    </message>
    <message>
      <source>The date {value} is not valid: write it as YYYY-MM-DD.</source>
      <translation>La fecha {value} no es válida: escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
      <source>Exported {count} pseudonymised rows to {path}.</source>
      <translation>Se exportaron {count} filas seudonimizadas a {path}.</translation>
    </message>
    <message>
      <source>Exported {count} statistics tables to {path}.</source>
      <translation>Se exportaron {count} tablas estadísticas a {path}.</translation>
    </message>
    <message>
      <source>record id</source>
      <translation>identificador del registro</translation>
    </message>
    <message>
      <source>Wrote {path}.</source>
      <translation>Se generó {path}.</translation>
    </message>
    <message>
      <source>{count} participants without a name or consent for it get no certificate.</source>
      <translation>{count} participantes sin nombre o sin consentimiento para él no reciben certificado.</translation>
    </message>
    <message>
      <source>version {version}</source>
      <translation>versión {version}</translation>
    </message>
    <message>
      <source>encrypted store</source>
      <translation>almacén cifrado</translation>
    </message>
    <message>
      <source>the main window did not open the store</source>
      <translation>la ventana principal no abrió el almacén</translation>
    </message>
    <message>
      <source>Qt's own texts are not translated: {text}</source>
      <translation>Los textos propios de Qt no están traducidos: {text}</translation>
    </message>
    <message>
      <source>Qt warned: {message}</source>
      <translation>Qt advirtió: {message}</translation>
    </message>
    <message>
      <source>save and search a person</source>
      <translation>guardar y buscar una persona</translation>
    </message>
    <message>
      <source>referral form PDF</source>
      <translation>PDF de la ficha de derivación</translation>
    </message>
    <message>
      <source>main window</source>
      <translation>ventana principal</translation>
    </message>
    <message>
      <source>the version is unknown: the package metadata is missing</source>
      <translation>la versión es desconocida: faltan los metadatos del paquete</translation>
    </message>
    <message>
      <source>installed program</source>
      <translation>programa instalado</translation>
    </message>
    <message>
      <source>from source code</source>
      <translation>desde el código fuente</translation>
    </message>
    <message>
      <source>the saved person was not found by the search</source>
      <translation>la búsqueda no encontró a la persona guardada</translation>
    </message>
    <message>
      <source>the PDF file is not valid</source>
      <translation>el archivo PDF no es válido</translation>
    </message>
    <message>
      <source>the server sent no key for signed updates: run 'defensoria-server init' on the server</source>
      <translation>el servidor no envió la clave de las actualizaciones firmadas: ejecute 'defensoria-server init' en el servidor</translation>
    </message>
    <message>
      <source>the sync did not finish: {sent} sent, {pending} waiting, {rejected} rejected</source>
      <translation>la sincronización no terminó: {sent} enviados, {pending} en espera, {rejected} rechazados</translation>
    </message>
    <message>
      <source>no store</source>
      <translation>no hay almacén</translation>
    </message>
    <message>
      <source>enroll and sync with {url}</source>
      <translation>registro del equipo y sincronización con {url}</translation>
    </message>
    <message>
      <source>the database file is not encrypted</source>
      <translation>el archivo de la base de datos no está cifrado</translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} KB</translation>
    </message>
    <message>
      <source>{sent} changes sent, {received} records received</source>
      <translation>{sent} cambios enviados, {received} registros recibidos</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>FALLO</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>could not delete {path}</source>
      <translation>no se pudo borrar {path}</translation>
    </message>
    <message>
      <source>Server password: </source>
      <translation>Contraseña del servidor: </translation>
    </message>
    <message>
      <source>register this device with a server</source>
      <translation>registrar este equipo en un servidor</translation>
    </message>
    <message>
      <source>server address (https://…)</source>
      <translation>dirección del servidor (https://…)</translation>
    </message>
    <message>
      <source>user name on the server (default: the local user)</source>
      <translation>nombre de usuario en el servidor (por defecto: el usuario local)</translation>
    </message>
    <message>
      <source>certificate authority file to verify the server</source>
      <translation>archivo de la autoridad certificadora para verificar el servidor</translation>
    </message>
    <message>
      <source>allow a clear http address that is not this computer</source>
      <translation>permitir una dirección http sin cifrar que no es este equipo</translation>
    </message>
    <message>
      <source>send pending changes and receive new records</source>
      <translation>enviar los cambios pendientes y recibir los registros nuevos</translation>
    </message>
    <message>
      <source>write pending changes to a USB bundle</source>
      <translation>guardar los cambios pendientes en un paquete para USB</translation>
    </message>
    <message>
      <source>bundle file to write</source>
      <translation>archivo de paquete a crear</translation>
    </message>
    <message>
      <source>apply the server's answer bundle</source>
      <translation>aplicar el paquete de respuesta del servidor</translation>
    </message>
    <message>
      <source>answer file from the server</source>
      <translation>archivo de respuesta del servidor</translation>
    </message>
    <message>
      <source>Verified: this device holds what the server holds for it.</source>
      <translation>Verificado: este equipo tiene lo que el servidor tiene para él.</translation>
    </message>
    <message>
      <source>The server has older data than this device: nothing was repaired; tell the Consejo.</source>
      <translation>El servidor tiene datos más antiguos que este equipo: no se reparó nada; avise al Consejo.</translation>
    </message>
    <message>
      <source>Sent {sent} changes, received {received} records.</source>
      <translation>Se enviaron {sent} cambios y se recibieron {received} registros.</translation>
    </message>
    <message>
      <source>Not every record was received; run sync again.</source>
      <translation>No se recibieron todos los registros; vuelva a sincronizar.</translation>
    </message>
    <message>
      <source>Repaired this device's copy: {fetched} records received again, {dropped} no longer in its scope removed.</source>
      <translation>Se reparó la copia de este equipo: {fetched} registros recibidos de nuevo, {dropped} que ya no están en su ámbito eliminados.</translation>
    </message>
    <message>
      <source>{count} changes conflict with edits made elsewhere: review them.</source>
      <translation>{count} cambios están en conflicto con ediciones hechas en otro equipo: revíselos.</translation>
    </message>
    <message>
      <source>Needs attention: change {seq} ({kind}): {reason}</source>
      <translation>Requiere atención: cambio {seq} ({kind}): {reason}</translation>
    </message>
    <message>
      <source>{count} changes are still waiting to be sent.</source>
      <translation>{count} cambios siguen esperando para enviarse.</translation>
    </message>
    <message>
      <source>This device is enrolled with {url} as {user}.</source>
      <translation>Este equipo quedó registrado en {url} como {user}.</translation>
    </message>
    <message>
      <source>Wrote {count} pending changes to {path}.</source>
      <translation>Se guardaron {count} cambios pendientes en {path}.</translation>
    </message>
    <message>
      <source>The local user {user} now has the role and parish the server assigned: {role}, {parish}.</source>
      <translation>El usuario local {user} tiene ahora el rol y la parroquia que asignó el servidor: {role}, {parish}.</translation>
    </message>
    <message>
      <source>No downloaded installer: run 'defensoria update download' or give the installer file.</source>
      <translation>No hay un instalador descargado: ejecute 'defensoria update download' o indique el archivo del instalador.</translation>
    </message>
    <message>
      <source>check, download and install new versions of the app</source>
      <translation>buscar, descargar e instalar versiones nuevas de la aplicación</translation>
    </message>
    <message>
      <source>ask the server whether a newer version exists</source>
      <translation>preguntar al servidor si hay una versión más nueva</translation>
    </message>
    <message>
      <source>download and verify the newer version</source>
      <translation>descargar y verificar la versión más nueva</translation>
    </message>
    <message>
      <source>verify an installer and start it</source>
      <translation>verificar un instalador e iniciarlo</translation>
    </message>
    <message>
      <source>installer brought on USB (default: the downloaded one)</source>
      <translation>instalador traído en USB (por omisión: el descargado)</translation>
    </message>
    <message>
      <source>verify an installer brought on USB</source>
      <translation>verificar un instalador traído en USB</translation>
    </message>
    <message>
      <source>installer file</source>
      <translation>archivo del instalador</translation>
    </message>
    <message>
      <source>Install version {version} now? The app will close. [y/N] </source>
      <translation>¿Instalar la versión {version} ahora? La aplicación se cerrará. [s/N] </translation>
    </message>
    <message>
      <source>Version {version} of the app is available ({size} MB): run 'defensoria update download'.</source>
      <translation>La versión {version} de la aplicación está disponible ({size} MB): ejecute 'defensoria update download'.</translation>
    </message>
    <message>
      <source>The installer of version {version} has started.</source>
      <translation>El instalador de la versión {version} se inició.</translation>
    </message>
    <message>
      <source>Version {version} was downloaded and verified: {path}. Install it with 'defensoria update install'.</source>
      <translation>La versión {version} se descargó y se verificó: {path}. Instálela con 'defensoria update install'.</translation>
    </message>
    <message>
      <source>The installer {name} is genuine: version {version}, signed by your server.</source>
      <translation>El instalador {name} es auténtico: versión {version}, firmado por su servidor.</translation>
    </message>
    <message>
      <source>Downloading… {percent}%</source>
      <translation>Descargando… {percent}%</translation>
    </message>
    <message>
      <source>This app is up to date ({version}).</source>
      <translation>Esta aplicación está al día ({version}).</translation>
    </message>
    <message>
      <source>Keep between 1 and 365 backups.</source>
      <translation>Conserve entre 1 y 365 copias de seguridad.</translation>
    </message>
    <message>
      <source>The backup folder {path} is not available (is the USB stick plugged in?).</source>
      <translation>La carpeta de las copias de seguridad {path} no está disponible (¿está conectada la memoria USB?).</translation>
    </message>
    <message>
      <source>The backup {path} is damaged or is not a Defensoría backup: use another copy.</source>
      <translation>La copia de seguridad {path} está dañada o no es una copia de Defensoría: use otra copia.</translation>
    </message>
    <message>
      <source>The folder {path} already holds a store. Choose an empty folder, or replace it with --force.</source>
      <translation>La carpeta {path} ya contiene datos. Elija una carpeta vacía, o reemplácelos con --force.</translation>
    </message>
    <message>
      <source>Cannot write the backup {path}: {reason}</source>
      <translation>No se puede escribir la copia de seguridad {path}: {reason}</translation>
    </message>
    <message>
      <source>Cannot restore into {path}: {reason}</source>
      <translation>No se puede restaurar en {path}: {reason}</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
      <source>Several users share this backup: give --username.</source>
      <translation>Varios usuarios comparten esta copia de seguridad: indique --username.</translation>
    </message>
    <message>
      <source>retired</source>
      <translation>retirado</translation>
    </message>
    <message>
      <source>Unexpected error ({kind}).</source>
      <translation>Error inesperado ({kind}).</translation>
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
      <source>Unknown parish: {name}.</source>
      <translation>Parroquia desconocida: {name}.</translation>
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
      <source>{value} is not a whole number from {low} to {high}</source>
      <translation>{value} no es un número entero de {low} a {high}</translation>
    </message>
    <message>
      <source>Demo data can only go into an empty store.</source>
      <translation>Los datos de demostración solo se pueden crear en una base vacía.</translation>
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
      <source>Open</source>
      <translation>Abierto</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En proceso</translation>
    </message>
    <message>
      <source>Referred</source>
      <translation>Derivado</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Cerrado</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Enviada</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Recibida</translation>
    </message>
    <message>
      <source>In attention</source>
      <translation>En atención</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Respondida</translation>
    </message>
    <message>
      <source>Rejected or redirected</source>
      <translation>Rechazada o redirigida</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rechazada</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <source>Immediate danger</source>
      <translation>Peligro inmediato</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Acuerdo</translation>
    </message>
    <message>
      <source>Partial agreement</source>
      <translation>Acuerdo parcial</translation>
    </message>
    <message>
      <source>No agreement</source>
      <translation>Sin acuerdo</translation>
    </message>
    <message>
      <source>Services and follow-up</source>
      <translation>Servicios y seguimiento</translation>
    </message>
    <message>
      <source>Sharing with institutions</source>
      <translation>Compartir con instituciones</translation>
    </message>
    <message>
      <source>Reports and statistics</source>
      <translation>Reportes y estadísticas</translation>
    </message>
    <message>
      <source>The person</source>
      <translation>La persona</translation>
    </message>
    <message>
      <source>A representative</source>
      <translation>Un representante</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Acceso</translation>
    </message>
    <message>
      <source>Rectification</source>
      <translation>Rectificación</translation>
    </message>
    <message>
      <source>Deletion</source>
      <translation>Eliminación</translation>
    </message>
    <message>
      <source>Objection</source>
      <translation>Oposición</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <source>Viewed</source>
      <translation>Abrió</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>Imprimió</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Exportó</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Programada</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Realizada</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <source>Planned visit</source>
      <translation>Visita programada</translation>
    </message>
    <message>
      <source>Visit done</source>
      <translation>Visita realizada</translation>
    </message>
    <message>
      <source>Visit cancelled</source>
      <translation>Visita cancelada</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Change of status</source>
      <translation>Cambio de estado</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <source>Mediation</source>
      <translation>Mediación</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Derivación</translation>
    </message>
    <message>
      <source>Referral step</source>
      <translation>Paso de la derivación</translation>
    </message>
    <message>
      <source>Children (0–11)</source>
      <translation>Niñez (0–11)</translation>
    </message>
    <message>
      <source>Adolescents (12–17)</source>
      <translation>Adolescencia (12–17)</translation>
    </message>
    <message>
      <source>Adults (18–64)</source>
      <translation>Adultos (18–64)</translation>
    </message>
    <message>
      <source>Older adults (65+)</source>
      <translation>Adultos mayores (65+)</translation>
    </message>
    <message>
      <source>Child (under 12)</source>
      <translation>Niña o niño (menor de 12)</translation>
    </message>
    <message>
      <source>Adolescent (12 to 17)</source>
      <translation>Adolescente (12 a 17)</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Persona adulta</translation>
    </message>
    <message>
      <source>Older adult</source>
      <translation>Persona adulta mayor</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Familia</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <source>Case note</source>
      <translation>Nota del caso</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <source>Community activity</source>
      <translation>Actividad comunitaria</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consentimiento</translation>
    </message>
    <message>
      <source>Conflict resolution</source>
      <translation>Resolución de un conflicto</translation>
    </message>
    <message>
      <source>Work plan</source>
      <translation>Plan de trabajo</translation>
    </message>
    <message>
      <source>Plan action</source>
      <translation>Acción del plan</translation>
    </message>
    <message>
      <source>Data request</source>
      <translation>Solicitud sobre datos personales</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participante</translation>
    </message>
    <message>
      <source>The months are for {found}, the plan for {year}.</source>
      <translation>Los meses son de {found}, el plan es de {year}.</translation>
    </message>
    <message>
      <source>The proposed action is empty.</source>
      <translation>La acción propuesta está vacía.</translation>
    </message>
    <message>
      <source>“{value}” is not a number of events.</source>
      <translation>“{value}” no es un número de eventos.</translation>
    </message>
    <message>
      <source>“{value}” is not an amount of money.</source>
      <translation>“{value}” no es un monto de dinero.</translation>
    </message>
    <message>
      <source>“{value}” is not an activity type.</source>
      <translation>“{value}” no es un tipo de actividad.</translation>
    </message>
    <message>
      <source>No month found in “{text}”.</source>
      <translation>No se encontró ningún mes en “{text}”.</translation>
    </message>
    <message>
      <source>“{word}” is not a month in “{text}”.</source>
      <translation>“{word}” no es un mes en “{text}”.</translation>
    </message>
    <message>
      <source>A range of months must end after it starts: “{text}”.</source>
      <translation>Un rango de meses debe terminar después de empezar: “{text}”.</translation>
    </message>
    <message>
      <source>The months name several years: {years}.</source>
      <translation>Los meses nombran varios años: {years}.</translation>
    </message>
    <message>
      <source>The file {path} cannot be read as a spreadsheet: {reason}</source>
      <translation>El archivo {path} no se puede leer como hoja de cálculo: {reason}</translation>
    </message>
    <message>
      <source>The file {path} holds no rows.</source>
      <translation>El archivo {path} no tiene filas.</translation>
    </message>
    <message>
      <source>The file has no column for the proposed actions: name it like the matrix (“acciones propuestas”).</source>
      <translation>El archivo no tiene una columna para las acciones propuestas: nómbrela como en la matriz (“acciones propuestas”).</translation>
    </message>
    <message>
      <source>The file has no column for the months: name it like the matrix (“mes a realizarse”).</source>
      <translation>El archivo no tiene una columna para los meses: nómbrela como en la matriz (“mes a realizarse”).</translation>
    </message>
    <message>
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <source>Community</source>
      <translation>Comunidad</translation>
    </message>
    <message>
      <source>Address reference</source>
      <translation>Referencia del domicilio</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation>Latitud</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation>Longitud</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Relation to the head of household</source>
      <translation>Parentesco con el jefe de hogar</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Nombres</translation>
    </message>
    <message>
      <source>Surnames</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <source>Document type</source>
      <translation>Tipo de documento</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Número de documento</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <source>Estimated age</source>
      <translation>Edad aproximada</translation>
    </message>
    <message>
      <source>Age given on</source>
      <translation>Edad indicada el</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <source>Gender identity</source>
      <translation>Identidad de género</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>Etnia</translation>
    </message>
    <message>
      <source>Disability</source>
      <translation>Discapacidad</translation>
    </message>
    <message>
      <source>Disability percentage</source>
      <translation>Porcentaje de discapacidad</translation>
    </message>
    <message>
      <source>Priority groups</source>
      <translation>Grupos de atención prioritaria</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Finalidad</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Otorgado</translation>
    </message>
    <message>
      <source>Given by</source>
      <translation>Otorgado por</translation>
    </message>
    <message>
      <source>Representative's name</source>
      <translation>Nombre del representante</translation>
    </message>
    <message>
      <source>Representative's relation</source>
      <translation>Relación del representante</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <source>Violation types</source>
      <translation>Tipos de vulneración</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation>Hechos</translation>
    </message>
    <message>
      <source>Date of the facts</source>
      <translation>Fecha de los hechos</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>Anonymous report</source>
      <translation>Denuncia anónima</translation>
    </message>
    <message>
      <source>Reporter's name</source>
      <translation>Nombre de quien informa</translation>
    </message>
    <message>
      <source>Reporter's relation</source>
      <translation>Relación de quien informa</translation>
    </message>
    <message>
      <source>Reporter's phone</source>
      <translation>Teléfono de quien informa</translation>
    </message>
    <message>
      <source>Alleged aggressor</source>
      <translation>Presunto agresor</translation>
    </message>
    <message>
      <source>Aggressor's relation</source>
      <translation>Relación del agresor</translation>
    </message>
    <message>
      <source>Risk level</source>
      <translation>Nivel de riesgo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Reason for the status</source>
      <translation>Motivo del estado</translation>
    </message>
    <message>
      <source>Opened on</source>
      <translation>Abierto el</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Visit state</source>
      <translation>Estado de la visita</translation>
    </message>
    <message>
      <source>Visit date</source>
      <translation>Fecha de la visita</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <source>Observations</source>
      <translation>Observaciones</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Acuerdos</translation>
    </message>
    <message>
      <source>Next visit</source>
      <translation>Próxima visita</translation>
    </message>
    <message>
      <source>Parties</source>
      <translation>Partes</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Asunto</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Urgencia</translation>
    </message>
    <message>
      <source>Answer or measure</source>
      <translation>Respuesta o medida</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>Vence el</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>Qué hacer</translation>
    </message>
    <message>
      <source>Activity type</source>
      <translation>Tipo de actividad</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Asistencia</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Value chosen</source>
      <translation>Valor elegido</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Resuelto</translation>
    </message>
    <message>
      <source>Responsible promoter</source>
      <translation>Promotor responsable</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Strategic objective</source>
      <translation>Objetivo estratégico</translation>
    </message>
    <message>
      <source>Specific objectives</source>
      <translation>Objetivos específicos</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Orden</translation>
    </message>
    <message>
      <source>Line of action</source>
      <translation>Línea de acción</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Aspects to keep</source>
      <translation>Aspectos a conservar</translation>
    </message>
    <message>
      <source>Aspects to correct</source>
      <translation>Aspectos a corregir</translation>
    </message>
    <message>
      <source>Proposed action</source>
      <translation>Acción propuesta</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Meses</translation>
    </message>
    <message>
      <source>Target events</source>
      <translation>Meta de eventos</translation>
    </message>
    <message>
      <source>Target participants</source>
      <translation>Meta de participantes</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Horas</translation>
    </message>
    <message>
      <source>Age group</source>
      <translation>Grupo de edad</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Edad</translation>
    </message>
    <message>
      <source>Consent for the name</source>
      <translation>Consentimiento para el nombre</translation>
    </message>
    <message>
      <source>Consent given on</source>
      <translation>Consentimiento dado el</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Family in {place}</source>
      <translation>Familia en {place}</translation>
    </message>
    <message>
      <source>Family of {name}</source>
      <translation>Familia de {name}</translation>
    </message>
    <message>
      <source>Case {code}</source>
      <translation>Caso {code}</translation>
    </message>
    <message>
      <source>A case of sexual violence cannot be closed before it is referred to the Fiscalía.</source>
      <translation>Un caso de violencia sexual no se puede cerrar antes de derivarlo a la Fiscalía.</translation>
    </message>
    <message>
      <source>For {types} the risk level is at least {risk}.</source>
      <translation>Para {types} el nivel de riesgo es al menos {risk}.</translation>
    </message>
    <message>
      <source>This case cannot be mediated ({types}): the law requires a referral. Refer it to: {route}.</source>
      <translation>Este caso no se puede mediar ({types}): la ley exige derivarlo. Derívelo a: {route}.</translation>
    </message>
    <message>
      <source>Choose a value from the list.</source>
      <translation>Elija un valor de la lista.</translation>
    </message>
    <message>
      <source>An action cannot plan more than {most} events.</source>
      <translation>Una acción no puede planificar más de {most} eventos.</translation>
    </message>
    <message>
      <source>An action cannot plan more than {most} participants in one group.</source>
      <translation>Una acción no puede planificar más de {most} participantes en un grupo.</translation>
    </message>
    <message>
      <source>The budget of an action cannot be more than {most} dollars.</source>
      <translation>El presupuesto de una acción no puede superar los {most} dólares.</translation>
    </message>
    <message>
      <source>The year is not valid.</source>
      <translation>El año no es válido.</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
      <source>Months go from 1 to 12, each once.</source>
      <translation>Los meses van del 1 al 12, cada uno una vez.</translation>
    </message>
    <message>
      <source>Targets cannot be negative.</source>
      <translation>Las metas no pueden ser negativas.</translation>
    </message>
    <message>
      <source>This document number is already registered for {name}.</source>
      <translation>Este número de documento ya está registrado para {name}.</translation>
    </message>
    <message>
      <source>Too long: at most {limit} characters.</source>
      <translation>Demasiado largo: como máximo {limit} caracteres.</translation>
    </message>
    <message>
      <source>This step does not follow the referral's current step (an answer before its receipt, a step after its closing): choose one of the steps offered.</source>
      <translation>Este paso no sigue al paso actual de la derivación (una respuesta antes de su recepción, un paso después de su cierre): elija uno de los pasos ofrecidos.</translation>
    </message>
    <message>
      <source>The due date is 15 days after the request was received.</source>
      <translation>El plazo vence 15 días después de recibida la solicitud.</translation>
    </message>
    <message>
      <source>The answer date must be between the day received and today.</source>
      <translation>La fecha de respuesta debe estar entre el día de recepción y hoy.</translation>
    </message>
    <message>
      <source>The date cannot be in the future.</source>
      <translation>La fecha no puede estar en el futuro.</translation>
    </message>
    <message>
      <source>Under 15, the legal representative must give consent.</source>
      <translation>Para menores de 15 años, el consentimiento lo da el representante legal.</translation>
    </message>
    <message>
      <source>The age must be between 0 and 120.</source>
      <translation>La edad debe estar entre 0 y 120.</translation>
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
      <source>A participant's name is kept only with consent: record who gave it, or leave the name empty (the participant is counted).</source>
      <translation>El nombre de un participante se guarda solo con consentimiento: registre quién lo dio, o deje el nombre vacío (el participante se cuenta).</translation>
    </message>
    <message>
      <source>The age is not of the age group chosen.</source>
      <translation>La edad no corresponde al grupo de edad elegido.</translation>
    </message>
    <message>
      <source>The cédula {number} is not valid: check the 10 digits.</source>
      <translation>La cédula {number} no es válida: revise los 10 dígitos.</translation>
    </message>
    <message>
      <source>Write the participant's age: an adolescent consents alone only from 15.</source>
      <translation>Escriba la edad del participante: un adolescente consiente solo desde los 15 años.</translation>
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
      <source>A person with the same name and a close birth date already exists: {names}. Check before saving.</source>
      <translation>Ya existe una persona con el mismo nombre y una fecha de nacimiento cercana: {names}. Revise antes de guardar.</translation>
    </message>
    <message>
      <source>The database file is damaged. Restore it from a backup.</source>
      <translation>El archivo de la base de datos está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>The canton's POA is written by the Consejo's técnico; promoters read it.</source>
      <translation>El POA del cantón lo escribe el técnico del Consejo; los promotores lo leen.</translation>
    </message>
    <message>
      <source>This plan belongs to another parish's defensoría.</source>
      <translation>Este plan pertenece a la defensoría de otra parroquia.</translation>
    </message>
    <message>
      <source>There is already a plan of this owner for {year}: add the actions to it.</source>
      <translation>Ya existe un plan de este responsable para {year}: agregue las acciones a ese plan.</translation>
    </message>
    <message>
      <source>There is no plan action {id}.</source>
      <translation>No existe la acción del plan {id}.</translation>
    </message>
    <message>
      <source>The data on this computer was erased.</source>
      <translation>Los datos de este computador fueron borrados.</translation>
    </message>
    <message>
      <source>The database file is damaged or was not made for these users. Restore it from a backup.</source>
      <translation>El archivo de la base de datos está dañado o no corresponde a estos usuarios. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>This device was revoked: nothing more can be saved on it.</source>
      <translation>Este dispositivo fue revocado: ya no se puede guardar nada en él.</translation>
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
      <source>The user name is required.</source>
      <translation>El nombre de usuario es obligatorio.</translation>
    </message>
    <message>
      <source>There is no local user {user} in this data folder.</source>
      <translation>No hay un usuario local {user} en esta carpeta de datos.</translation>
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
      <source>The list of users (keyring.json) is damaged. Restore it from a backup.</source>
      <translation>La lista de usuarios (keyring.json) está dañada. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
      <source>This data was written by a newer version of Defensoría. Update the app to open it.</source>
      <translation>Estos datos fueron escritos por una versión más reciente de Defensoría. Actualice la aplicación para abrirlos.</translation>
    </message>
    <message>
      <source>This change was already resent or dismissed.</source>
      <translation>Este cambio ya fue reenviado o descartado.</translation>
    </message>
    <message>
      <source>The server does not have this record yet: resend or dismiss the change that creates it first.</source>
      <translation>El servidor aún no tiene este registro: primero reenvíe o descarte el cambio que lo crea.</translation>
    </message>
    <message>
      <source>The record of this change is no longer on this device: dismiss the change instead.</source>
      <translation>El registro de este cambio ya no está en esta computadora: descarte el cambio.</translation>
    </message>
    <message>
      <source>Other changes not yet accepted by the server refer to this record (for example the persons of a family): synchronise, then resend or dismiss those first.</source>
      <translation>Otros cambios que el servidor aún no aceptó se refieren a este registro (por ejemplo, las personas de una familia): sincronice y luego reenvíe o descarte primero esos cambios.</translation>
    </message>
    <message>
      <source>This value cannot be used: {problems}</source>
      <translation>No se puede usar este valor: {problems}</translation>
    </message>
    <message>
      <source>This conflict was already resolved.</source>
      <translation>Este conflicto ya fue resuelto.</translation>
    </message>
    <message>
      <source>Your role may not make this change.</source>
      <translation>Su rol no permite hacer este cambio.</translation>
    </message>
    <message>
      <source>The record belongs to a parish or case outside your territory.</source>
      <translation>El registro pertenece a una parroquia o caso fuera de su territorio.</translation>
    </message>
    <message>
      <source>The server found the data not valid.</source>
      <translation>El servidor encontró que los datos no son válidos.</translation>
    </message>
    <message>
      <source>The server does not know this kind of record; update the server.</source>
      <translation>El servidor no conoce este tipo de registro; actualice el servidor.</translation>
    </message>
    <message>
      <source>The server does not have the record this change refers to.</source>
      <translation>El servidor no tiene el registro al que se refiere este cambio.</translation>
    </message>
    <message>
      <source>This record cannot be changed; add a new entry instead.</source>
      <translation>Este registro no se puede modificar; agregue una entrada nueva.</translation>
    </message>
    <message>
      <source>A record with the same identifier already exists on the server.</source>
      <translation>Ya existe en el servidor un registro con el mismo identificador.</translation>
    </message>
    <message>
      <source>The case can no longer be mediated: a type of violence that must be referred was added to it on another device. Refer the case.</source>
      <translation>El caso ya no se puede mediar: en otro equipo se le añadió un tipo de violencia que la ley obliga a derivar. Derive el caso.</translation>
    </message>
    <message>
      <source>The referral had already moved on to another step on another device. Look at its steps, and record this one again if it still applies.</source>
      <translation>La derivación ya había pasado a otro paso en otro equipo. Revise sus pasos y registre este de nuevo si todavía corresponde.</translation>
    </message>
    <message>
      <source>The server already received a different change with the same number from this device. Resend it to keep it.</source>
      <translation>El servidor ya recibió de este dispositivo un cambio distinto con el mismo número. Reenvíelo para conservarlo.</translation>
    </message>
    <message>
      <source>A text of the record is longer than the server accepts.</source>
      <translation>Un texto del registro es más largo de lo que el servidor acepta.</translation>
    </message>
    <message>
      <source>A number of the record is larger than the server accepts.</source>
      <translation>Un número del registro es más grande de lo que el servidor acepta.</translation>
    </message>
    <message>
      <source>The person's data was erased: this change cannot be kept. Dismiss it.</source>
      <translation>Los datos de la persona fueron borrados: este cambio no se puede conservar. Descártelo.</translation>
    </message>
    <message>
      <source>The server refused the change.</source>
      <translation>El servidor rechazó el cambio.</translation>
    </message>
    <message>
      <source>This folder already holds a database. Restore its keyring.json from a backup instead of starting again.</source>
      <translation>Esta carpeta ya contiene una base de datos. Restaure su keyring.json desde una copia de seguridad en lugar de empezar de nuevo.</translation>
    </message>
    <message>
      <source>this computer</source>
      <translation>este equipo</translation>
    </message>
    <message>
      <source>Personal data access report</source>
      <translation>Informe de acceso a datos personales</translation>
    </message>
    <message>
      <source>1 other person</source>
      <translation>1 otra persona</translation>
    </message>
    <message>
      <source>{count} other persons</source>
      <translation>{count} otras personas</translation>
    </message>
    <message>
      <source>1. The person</source>
      <translation>1. La persona</translation>
    </message>
    <message>
      <source>Names and surnames</source>
      <translation>Nombres y apellidos</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Documento de identidad</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <source>3. Cases</source>
      <translation>3. Casos</translation>
    </message>
    <message>
      <source>4. Visits and referrals</source>
      <translation>4. Visitas y derivaciones</translation>
    </message>
    <message>
      <source>5. Consents</source>
      <translation>5. Consentimientos</translation>
    </message>
    <message>
      <source>6. Requests about these data</source>
      <translation>6. Solicitudes sobre estos datos</translation>
    </message>
    <message>
      <source>7. Who opened, printed or exported their cases</source>
      <translation>7. Quién abrió, imprimió o exportó sus casos</translation>
    </message>
    <message>
      <source>Other people's data are not shown: they are counted. Accounts written by the defenders (facts, observations, notes) may speak of other people and are not copied here; ask for them and they will be given without others' data.</source>
      <translation>No se muestran datos de otras personas: solo se cuentan. Los relatos escritos por los defensores (hechos, observaciones, notas) pueden hablar de otras personas y no se copian aquí; si los pide, se le entregarán sin los datos de otras personas.</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Ninguno.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <source>Everything the Defensorías Comunitarias hold about this person, and who opened their cases (LOPDP, right of access).</source>
      <translation>Todo lo que las Defensorías Comunitarias guardan sobre esta persona, y quién abrió sus casos (LOPDP, derecho de acceso).</translation>
    </message>
    <message>
      <source>2. Household</source>
      <translation>2. Hogar</translation>
    </message>
    <message>
      <source>Made without a connection to the server: only the openings recorded on this computer are listed.</source>
      <translation>Hecho sin conexión con el servidor: solo se listan las aperturas registradas en este equipo.</translation>
    </message>
    <message>
      <source>Type of violation</source>
      <translation>Tipo de vulneración</translation>
    </message>
    <message>
      <source>Also affected</source>
      <translation>También afectadas</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>Otorgado</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Solicitud</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Recibida el</translation>
    </message>
    <message>
      <source>Case document</source>
      <translation>Documento del caso</translation>
    </message>
    <message>
      <source>Other members</source>
      <translation>Otros miembros</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Record of a family visit</source>
      <translation>Acta de visita familiar</translation>
    </message>
    <message>
      <source>Record of a mediation</source>
      <translation>Acta de mediación</translation>
    </message>
    <message>
      <source>1. Participants</source>
      <translation>1. Participantes</translation>
    </message>
    <message>
      <source>2. Observations</source>
      <translation>2. Observaciones</translation>
    </message>
    <message>
      <source>3. Agreements</source>
      <translation>3. Acuerdos</translation>
    </message>
    <message>
      <source>Community defender</source>
      <translation>Defensor/a comunitario/a</translation>
    </message>
    <message>
      <source>1. Parties</source>
      <translation>1. Partes</translation>
    </message>
    <message>
      <source>2. Agreements</source>
      <translation>2. Acuerdos</translation>
    </message>
    <message>
      <source>The parties took part freely. Community mediation covers only conflicts that can be settled by agreement; it never applies to sexual violence or violence against women or members of the family, which must be referred (COIP Art. 663).</source>
      <translation>Las partes participaron libre y voluntariamente. La mediación comunitaria solo procede en conflictos transigibles; nunca en casos de violencia sexual ni de violencia contra la mujer o miembros del núcleo familiar, que deben ser derivados (COIP Art. 663).</translation>
    </message>
    <message>
      <source>Community defender, mediator</source>
      <translation>Defensor/a comunitario/a, mediador/a</translation>
    </message>
    <message>
      <source>There is no visit with the id {id}.</source>
      <translation>No existe una visita con el identificador {id}.</translation>
    </message>
    <message>
      <source>Acta de visita familiar of the Defensoría Comunitaria of {parish}</source>
      <translation>Defensoría Comunitaria de {parish}</translation>
    </message>
    <message>
      <source>Family member</source>
      <translation>Miembro de la familia</translation>
    </message>
    <message>
      <source>4. Signatures</source>
      <translation>4. Firmas</translation>
    </message>
    <message>
      <source>Acta de mediación of the Defensoría Comunitaria of {parish}</source>
      <translation>Defensoría Comunitaria de {parish}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>Parte</translation>
    </message>
    <message>
      <source>3. Signatures</source>
      <translation>3. Firmas</translation>
    </message>
    <message>
      <source>There is no mediation with the id {id}.</source>
      <translation>No existe una mediación con el identificador {id}.</translation>
    </message>
    <message>
      <source>Date of the visit</source>
      <translation>Fecha de la visita</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>N.º de caso</translation>
    </message>
    <message>
      <source>Subject of the conflict</source>
      <translation>Asunto del conflicto</translation>
    </message>
    <message>
      <source>No case</source>
      <translation>Sin caso</translation>
    </message>
    <message>
      <source>referral</source>
      <translation>ficha-derivacion</translation>
    </message>
    <message>
      <source>visit</source>
      <translation>acta-visita</translation>
    </message>
    <message>
      <source>mediation</source>
      <translation>acta-mediacion</translation>
    </message>
    <message>
      <source>monthly-report</source>
      <translation>informe-mensual</translation>
    </message>
    <message>
      <source>canton-report</source>
      <translation>informe-cantonal</translation>
    </message>
    <message>
      <source>statistics</source>
      <translation>estadisticas</translation>
    </message>
    <message>
      <source>pseudonymised</source>
      <translation>seudonimizado</translation>
    </message>
    <message>
      <source>data-access-report</source>
      <translation>informe-acceso-datos</translation>
    </message>
    <message>
      <source>plan-compliance</source>
      <translation>cumplimiento-plan</translation>
    </message>
    <message>
      <source>certificates</source>
      <translation>certificados</translation>
    </message>
    <message>
      <source>The logo must be an existing PNG or JPEG file.</source>
      <translation>El logotipo debe ser un archivo PNG o JPEG existente.</translation>
    </message>
    <message>
      <source>A case with several types counts under each of them, so the shares may add up to more than 100 %.</source>
      <translation>Un caso con varios tipos cuenta en cada uno de ellos; por eso los porcentajes pueden sumar más de 100 %.</translation>
    </message>
    <message>
      <source>Community Defence Offices (Defensorías Comunitarias)</source>
      <translation>Sistema de Defensorías Comunitarias</translation>
    </message>
    <message>
      <source>Cantonal Council for the Protection of Rights of {canton}</source>
      <translation>Consejo Cantonal para la Protección de Derechos de {canton}</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <source>Attentions</source>
      <translation>Atenciones</translation>
    </message>
    <message>
      <source>Cantonal report on rights violations</source>
      <translation>Informe cantonal de vulneración de derechos</translation>
    </message>
    <message>
      <source>1. Cases by type of violation</source>
      <translation>1. Casos por tipo de vulneración</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Cases registered per month</source>
      <translation>Casos registrados por mes</translation>
    </message>
    <message>
      <source>3. Cases by parish</source>
      <translation>3. Casos por parroquia</translation>
    </message>
    <message>
      <source>4. Attentions by sex</source>
      <translation>4. Atenciones por sexo</translation>
    </message>
    <message>
      <source>5. Attentions by age group</source>
      <translation>5. Atenciones por grupo de edad</translation>
    </message>
    <message>
      <source>6. Attentions by ethnic self-identification</source>
      <translation>6. Atenciones por autoidentificación étnica</translation>
    </message>
    <message>
      <source>7. Referrals by institution</source>
      <translation>7. Derivaciones por institución</translation>
    </message>
    <message>
      <source>8. Referrals by outcome (current status)</source>
      <translation>8. Derivaciones por resultado (estado actual)</translation>
    </message>
    <message>
      <source>Definitions</source>
      <translation>Definiciones</translation>
    </message>
    <message>
      <source>A case counts in the period when it was opened in it. An attention is one affected person in one case: a person affected in two cases counts twice. Age groups follow the Código de la Niñez y Adolescencia and use the age on the day the case was opened. Referrals are those of the cases of the period; their outcome is their current status. Deleted records are not counted.</source>
      <translation>Un caso cuenta en el período si se abrió dentro de él. Una atención es una persona afectada en un caso: una persona afectada en dos casos cuenta dos veces. Los grupos de edad siguen el Código de la Niñez y Adolescencia y usan la edad al día de apertura del caso. Las derivaciones son las de los casos del período; su resultado es su estado actual. Los registros eliminados no se cuentan.</translation>
    </message>
    <message>
      <source>Cantonal report</source>
      <translation>Informe cantonal</translation>
    </message>
    <message>
      <source>Parish {parish}, canton {canton}</source>
      <translation>Parroquia {parish}, cantón {canton}</translation>
    </message>
    <message>
      <source>Canton {canton}</source>
      <translation>Cantón {canton}</translation>
    </message>
    <message>
      <source>Period from {start} to {end} · {where}</source>
      <translation>Período del {start} al {end} · {where}</translation>
    </message>
    <message>
      <source>Cases registered in the period</source>
      <translation>Casos registrados en el período</translation>
    </message>
    <message>
      <source>Attentions (affected persons)</source>
      <translation>Atenciones (personas afectadas)</translation>
    </message>
    <message>
      <source>Parishes with cases</source>
      <translation>Parroquias con casos</translation>
    </message>
    <message>
      <source>2. Month-by-month trend</source>
      <translation>2. Tendencia mensual</translation>
    </message>
    <message>
      <source>Attentions by age group and sex</source>
      <translation>Atenciones por grupo de edad y sexo</translation>
    </message>
    <message>
      <source>Certificates of participation are for trainings: this activity is not one.</source>
      <translation>Los certificados de participación son para capacitaciones: esta actividad no es una capacitación.</translation>
    </message>
    <message>
      <source>No participant of this activity consented to their name on a certificate: there is nothing to print.</source>
      <translation>Ningún participante de esta actividad consintió que su nombre figure en un certificado: no hay nada que imprimir.</translation>
    </message>
    <message>
      <source>for having taken part in the training «{topic}», held on {day} in {place}</source>
      <translation>por haber participado en la capacitación «{topic}», realizada el {day} en {place}</translation>
    </message>
    <message>
      <source>CERTIFICATE OF PARTICIPATION</source>
      <translation>CERTIFICADO DE PARTICIPACIÓN</translation>
    </message>
    <message>
      <source>is awarded to</source>
      <translation>se otorga a</translation>
    </message>
    <message>
      <source>Certificates of participation</source>
      <translation>Certificados de participación</translation>
    </message>
    <message>
      <source>, lasting {hours} hours</source>
      <translation>, con una duración de {hours} horas</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Sin dato</translation>
    </message>
    <message>
      <source>Cases by type of violation</source>
      <translation>Casos por tipo de vulneración</translation>
    </message>
    <message>
      <source>Cases by parish</source>
      <translation>Casos por parroquia</translation>
    </message>
    <message>
      <source>Cases by status</source>
      <translation>Casos por estado</translation>
    </message>
    <message>
      <source>Attentions by sex</source>
      <translation>Atenciones por sexo</translation>
    </message>
    <message>
      <source>Attentions by age group</source>
      <translation>Atenciones por grupo de edad</translation>
    </message>
    <message>
      <source>Attentions by ethnicity</source>
      <translation>Atenciones por etnia</translation>
    </message>
    <message>
      <source>Referrals by institution</source>
      <translation>Derivaciones por institución</translation>
    </message>
    <message>
      <source>Referrals by outcome</source>
      <translation>Derivaciones por resultado</translation>
    </message>
    <message>
      <source>table</source>
      <translation>tabla</translation>
    </message>
    <message>
      <source>code</source>
      <translation>codigo</translation>
    </message>
    <message>
      <source>category</source>
      <translation>categoria</translation>
    </message>
    <message>
      <source>count</source>
      <translation>cantidad</translation>
    </message>
    <message>
      <source>percent</source>
      <translation>porcentaje</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>Every case in the store</source>
      <translation>Todos los casos registrados</translation>
    </message>
    <message>
      <source>All parishes</source>
      <translation>Todas las parroquias</translation>
    </message>
    <message>
      <source>Cases by month</source>
      <translation>Casos por mes</translation>
    </message>
    <message>
      <source>Referrals by institution and outcome</source>
      <translation>Derivaciones por institución y resultado</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <source>Generated on {date} at {time} by {author}</source>
      <translation>Generado el {date} a las {time} por {author}</translation>
    </message>
    <message>
      <source>January</source>
      <translation>enero</translation>
    </message>
    <message>
      <source>February</source>
      <translation>febrero</translation>
    </message>
    <message>
      <source>March</source>
      <translation>marzo</translation>
    </message>
    <message>
      <source>April</source>
      <translation>abril</translation>
    </message>
    <message>
      <source>May</source>
      <translation>mayo</translation>
    </message>
    <message>
      <source>June</source>
      <translation>junio</translation>
    </message>
    <message>
      <source>July</source>
      <translation>julio</translation>
    </message>
    <message>
      <source>August</source>
      <translation>agosto</translation>
    </message>
    <message>
      <source>September</source>
      <translation>septiembre</translation>
    </message>
    <message>
      <source>October</source>
      <translation>octubre</translation>
    </message>
    <message>
      <source>November</source>
      <translation>noviembre</translation>
    </message>
    <message>
      <source>December</source>
      <translation>diciembre</translation>
    </message>
    <message>
      <source>{month} {year}</source>
      <translation>{month} de {year}</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Página {page} de {pages}</translation>
    </message>
    <message>
      <source>CONFIDENTIAL</source>
      <translation>CONFIDENCIAL</translation>
    </message>
    <message>
      <source>Contains personal data protected by law (LOPDP). Do not copy or share it beyond its addressee.</source>
      <translation>Contiene datos personales protegidos por la ley (LOPDP). No lo copie ni lo comparta fuera de su destinatario.</translation>
    </message>
    <message>
      <source>The month must be written as YYYY-MM, for example 2026-03.</source>
      <translation>El mes debe escribirse como AAAA-MM, por ejemplo 2026-03.</translation>
    </message>
    <message>
      <source>Monthly report</source>
      <translation>Informe mensual</translation>
    </message>
    <message>
      <source>1. Attentions</source>
      <translation>1. Atenciones</translation>
    </message>
    <message>
      <source>2. Family visits</source>
      <translation>2. Visitas familiares</translation>
    </message>
    <message>
      <source>3. Mediations</source>
      <translation>3. Mediaciones</translation>
    </message>
    <message>
      <source>4. Referrals by status</source>
      <translation>4. Derivaciones por estado</translation>
    </message>
    <message>
      <source>New cases are those opened in the month; an attention is one affected person in one case. Visits, mediations and activities count by the day they took place. Referrals are those of the month's cases, with their current status.</source>
      <translation>Los casos nuevos son los abiertos en el mes; una atención es una persona afectada en un caso. Las visitas, mediaciones y actividades cuentan por el día en que se realizaron. Las derivaciones son las de los casos del mes, con su estado actual.</translation>
    </message>
    <message>
      <source>Case status</source>
      <translation>Estado del caso</translation>
    </message>
    <message>
      <source>Mediations</source>
      <translation>Mediaciones</translation>
    </message>
    <message>
      <source>5. Community activities</source>
      <translation>5. Actividades comunitarias</translation>
    </message>
    <message>
      <source>{month} · {who}</source>
      <translation>{month} · {who}</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>Visitas</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <source>No activities were recorded this month.</source>
      <translation>No se registraron actividades en este mes.</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Firmas</translation>
    </message>
    <message>
      <source>New cases</source>
      <translation>Casos nuevos</translation>
    </message>
    <message>
      <source>Family visits done</source>
      <translation>Visitas familiares realizadas</translation>
    </message>
    <message>
      <source>Community activities</source>
      <translation>Actividades comunitarias</translation>
    </message>
    <message>
      <source>Participants in activities</source>
      <translation>Participantes en actividades</translation>
    </message>
    <message>
      <source>Households visited</source>
      <translation>Hogares visitados</translation>
    </message>
    <message>
      <source>Planned for the month</source>
      <translation>Programadas para el mes</translation>
    </message>
    <message>
      <source>Planned and still pending</source>
      <translation>Programadas y aún pendientes</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Actividad</translation>
    </message>
    <message>
      <source>Parish {name}</source>
      <translation>Parroquia {name}</translation>
    </message>
    <message>
      <source>promoter {name}</source>
      <translation>promotor/a {name}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Attendance by age group and sex</source>
      <translation>Asistencia por grupo de edad y sexo</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Elaborado por</translation>
    </message>
    <message>
      <source>Reviewed by (Consejo / coordination)</source>
      <translation>Revisado por (Consejo / coordinación)</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Mujeres</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Hombres</translation>
    </message>
    <message>
      <source>Date of birth (age)</source>
      <translation>Fecha de nacimiento (edad)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
    <message>
      <source>{date} ({age} years)</source>
      <translation>{date} ({age} años)</translation>
    </message>
    <message>
      <source>Unknown; about {age} years</source>
      <translation>Desconocida; aproximadamente {age} años</translation>
    </message>
    <message>
      <source>Actions planned and done per month</source>
      <translation>Acciones planificadas y realizadas por mes</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Atrasado</translation>
    </message>
    <message>
      <source>Plan compliance report</source>
      <translation>Informe de cumplimiento del plan</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Eventos</translation>
    </message>
    <message>
      <source>Particip.</source>
      <translation>Particip.</translation>
    </message>
    <message>
      <source>{done} of {planned} planned months done ({rate}) · activities: {events} · participants: {people}</source>
      <translation>{done} de {planned} meses planificados realizados ({rate}) · actividades: {events} · participantes: {people}</translation>
    </message>
    <message>
      <source>Actions planned</source>
      <translation>Planificadas</translation>
    </message>
    <message>
      <source>Actions done</source>
      <translation>Realizadas</translation>
    </message>
    <message>
      <source>What is late</source>
      <translation>Lo atrasado</translation>
    </message>
    <message>
      <source>Participants by age group and sex</source>
      <translation>Participantes por grupo de edad y sexo</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Realizado</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <source>A planned month is done when an activity of the action was held in it; a month is late when it is over and no activity was held. Activities in months not planned count as events and participants. Targets are the plan's, for the whole year. Deleted records are not counted; no person is named.</source>
      <translation>Un mes planificado está realizado cuando en él se hizo una actividad de la acción; está atrasado cuando terminó sin ninguna actividad. Las actividades en meses no planificados cuentan como eventos y participantes. Las metas son las del plan, para todo el año. Los registros eliminados no se cuentan; no se nombra a ninguna persona.</translation>
    </message>
    <message>
      <source>Nothing is late: every planned month already over has an activity.</source>
      <translation>Nada atrasado: cada mes planificado que ya terminó tiene una actividad.</translation>
    </message>
    <message>
      <source>There is no plan for this year and scope.</source>
      <translation>No hay plan para este año y ámbito.</translation>
    </message>
    <message>
      <source>planned for {months}, no activity recorded</source>
      <translation>planificado para {months}, sin actividad registrada</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Plans</source>
      <translation>Planes</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Acciones</translation>
    </message>
    <message>
      <source>Planned months done</source>
      <translation>Meses planificados realizados</translation>
    </message>
    <message>
      <source>Planned months late</source>
      <translation>Meses planificados atrasados</translation>
    </message>
    <message>
      <source>Activities held</source>
      <translation>Actividades realizadas</translation>
    </message>
    <message>
      <source>{done} of {planned} ({rate})</source>
      <translation>{done} de {planned} ({rate})</translation>
    </message>
    <message>
      <source>Components</source>
      <translation>Componentes</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Ámbito</translation>
    </message>
    <message>
      <source>Planned months</source>
      <translation>Meses planificados</translation>
    </message>
    <message>
      <source>Compliance (%)</source>
      <translation>Cumplimiento (%)</translation>
    </message>
    <message>
      <source>Component / line</source>
      <translation>Componente / línea</translation>
    </message>
    <message>
      <source>Months done</source>
      <translation>Meses cumplidos</translation>
    </message>
    <message>
      <source>Months late</source>
      <translation>Meses atrasados</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>Unidad responsable</translation>
    </message>
    <message>
      <source>Line / axis / component</source>
      <translation>Línea / eje / componente</translation>
    </message>
    <message>
      <source>Positive aspects to keep</source>
      <translation>Aspectos positivos a conservar</translation>
    </message>
    <message>
      <source>Proposed actions</source>
      <translation>Acciones propuestas</translation>
    </message>
    <message>
      <source>Month to carry out</source>
      <translation>Mes a realizarse</translation>
    </message>
    <message>
      <source>Budget (USD)</source>
      <translation>Presupuesto (USD)</translation>
    </message>
    <message>
      <source>Months without activity</source>
      <translation>Meses sin actividad</translation>
    </message>
    <message>
      <source>Without a component</source>
      <translation>Sin componente</translation>
    </message>
    <message>
      <source>✓ done · ✗ late (the month is over, no activity) · ○ planned, not over yet · + an activity in a month not planned. Events and participants: held / target of the year.</source>
      <translation>✓ realizado · ✗ atrasado (el mes terminó sin actividad) · ○ planificado, aún no termina · + actividad en un mes no planificado. Eventos y participantes: realizados / meta del año.</translation>
    </message>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} y {last}</translation>
    </message>
    <message>
      <source>Parish {parish}: PTA</source>
      <translation>Parroquia {parish}: PTA</translation>
    </message>
    <message>
      <source>Year {year} · {first} to {last}</source>
      <translation>Año {year} · {first} a {last}</translation>
    </message>
    <message>
      <source>Canton {canton}: POA and every parish's PTA</source>
      <translation>Cantón {canton}: POA y PTA de cada parroquia</translation>
    </message>
    <message>
      <source>Canton {canton}: POA</source>
      <translation>Cantón {canton}: POA</translation>
    </message>
    <message>
      <source>Referral form</source>
      <translation>Ficha de derivación</translation>
    </message>
    <message>
      <source>Complaint of a rights violation (Código de la Niñez y Adolescencia, Arts. 236 and 237)</source>
      <translation>Denuncia de vulneración de derechos (Código de la Niñez y Adolescencia, Arts. 236 y 237)</translation>
    </message>
    <message>
      <source>1. Authority addressed</source>
      <translation>1. Autoridad a la que se dirige</translation>
    </message>
    <message>
      <source>2. Complainant</source>
      <translation>2. Denunciante</translation>
    </message>
    <message>
      <source>3. Affected persons</source>
      <translation>3. Personas afectadas</translation>
    </message>
    <message>
      <source>4. Person or entity accused</source>
      <translation>4. Persona o entidad denunciada</translation>
    </message>
    <message>
      <source>5. Circumstances of the facts</source>
      <translation>5. Circunstancias de los hechos</translation>
    </message>
    <message>
      <source>Account of the facts</source>
      <translation>Relato de los hechos</translation>
    </message>
    <message>
      <source>6. Rights affected</source>
      <translation>6. Derechos vulnerados</translation>
    </message>
    <message>
      <source>7. Reason for the referral and what is requested</source>
      <translation>7. Motivo de la derivación y lo que se solicita</translation>
    </message>
    <message>
      <source>There is no referral with the id {id}.</source>
      <translation>No existe una derivación con el identificador {id}.</translation>
    </message>
    <message>
      <source>The Junta Cantonal de Protección de Derechos must take up this complaint within 48 hours (CONA Art. 237).</source>
      <translation>La Junta Cantonal de Protección de Derechos debe avocar conocimiento de esta denuncia dentro de las 48 horas (CONA Art. 237).</translation>
    </message>
    <message>
      <source>8. Signatures</source>
      <translation>8. Firmas</translation>
    </message>
    <message>
      <source>Referral date</source>
      <translation>Fecha de derivación</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Calidad en que comparece</translation>
    </message>
    <message>
      <source>Source of the information</source>
      <translation>Origen de la información</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <source>Relation to the affected person</source>
      <translation>Relación con la persona afectada</translation>
    </message>
    <message>
      <source>Informant who asked for reserve of identity</source>
      <translation>Informante con reserva de identidad</translation>
    </message>
    <message>
      <source>Not identified</source>
      <translation>No identificada</translation>
    </message>
    <message>
      <source>Community defender who refers</source>
      <translation>Defensor/a comunitario/a que deriva</translation>
    </message>
    <message>
      <source>Received by (name, date and time)</source>
      <translation>Recibido por (nombre, fecha y hora)</translation>
    </message>
    <message>
      <source>Community defender of the Defensoría Comunitaria of {parish} (CONA Art. 236)</source>
      <translation>Defensor/a comunitario/a de la Defensoría Comunitaria de {parish} (CONA Art. 236)</translation>
    </message>
    <message>
      <source>Informant: {relation}</source>
      <translation>Informante: {relation}</translation>
    </message>
    <message>
      <source>No user {user}.</source>
      <translation>No existe el usuario {user}.</translation>
    </message>
    <message>
      <source>No device {device}.</source>
      <translation>No existe el dispositivo {device}.</translation>
    </message>
    <message>
      <source>User {user} already exists.</source>
      <translation>El usuario {user} ya existe.</translation>
    </message>
    <message>
      <source>Choose two different promoters.</source>
      <translation>Elija dos promotores distintos.</translation>
    </message>
    <message>
      <source>{user} is not a promoter.</source>
      <translation>{user} no es promotor.</translation>
    </message>
    <message>
      <source>{user} and {other} are promoters of different parishes: a caseload moves only within its parish.</source>
      <translation>{user} y {other} son promotores de parroquias distintas: una carga de casos solo pasa dentro de su parroquia.</translation>
    </message>
    <message>
      <source>{user} is disabled: choose an active promoter.</source>
      <translation>{user} está desactivado: elija un promotor activo.</translation>
    </message>
    <message>
      <source>The user name must have 1 to {max} characters, without control characters.</source>
      <translation>El nombre de usuario debe tener de 1 a {max} caracteres, sin caracteres de control.</translation>
    </message>
    <message>
      <source>A promoter needs a parish.</source>
      <translation>Un promotor necesita una parroquia.</translation>
    </message>
    <message>
      <source>An administrator cannot disable their own account.</source>
      <translation>Un administrador no puede desactivar su propia cuenta.</translation>
    </message>
    <message>
      <source>Say why the data is erased.</source>
      <translation>Indique por qué se borran los datos.</translation>
    </message>
    <message>
      <source>There is no person with id {id}.</source>
      <translation>No existe una persona con id {id}.</translation>
    </message>
    <message>
      <source>This person's data was already erased.</source>
      <translation>Los datos de esta persona ya fueron borrados.</translation>
    </message>
    <message>
      <source>The person's data cannot be erased: case {code} about them is still open (LOPDP Art. 18). Close the case first.</source>
      <translation>No se pueden borrar los datos de la persona: el caso {code} sobre ella sigue abierto (LOPDP Art. 18). Cierre primero el caso.</translation>
    </message>
    <message>
      <source>The person's data cannot be erased: the referral of case {code} to {institution} is not closed yet (LOPDP Art. 18).</source>
      <translation>No se pueden borrar los datos de la persona: la derivación del caso {code} a {institution} aún no está cerrada (LOPDP Art. 18).</translation>
    </message>
    <message>
      <source>This device is no longer authorised by the server. Ask the administrator and enroll the device again.</source>
      <translation>El servidor ya no autoriza este dispositivo. Consulte al administrador y vuelva a registrar el equipo.</translation>
    </message>
    <message>
      <source>Your user was disabled on the server. Ask the administrator.</source>
      <translation>Su usuario fue desactivado en el servidor. Consulte al administrador.</translation>
    </message>
    <message>
      <source>Wrong user name or password on the server.</source>
      <translation>Usuario o contraseña incorrectos en el servidor.</translation>
    </message>
    <message>
      <source>Too many failed attempts. Wait a few minutes and try again.</source>
      <translation>Demasiados intentos fallidos. Espere unos minutos e intente de nuevo.</translation>
    </message>
    <message>
      <source>This device is not enrolled with a server yet.</source>
      <translation>Este dispositivo todavía no está registrado en un servidor.</translation>
    </message>
    <message>
      <source>This device's authorisation with the server expired. Enroll the device again.</source>
      <translation>La autorización de este dispositivo en el servidor caducó. Vuelva a inscribir el dispositivo.</translation>
    </message>
    <message>
      <source>This device is enrolled on the server for another user. Ask the administrator.</source>
      <translation>Este dispositivo está inscrito en el servidor para otro usuario. Consulte al administrador.</translation>
    </message>
    <message>
      <source>Only an administrator may do this on the server.</source>
      <translation>Solo un administrador puede hacer esto en el servidor.</translation>
    </message>
    <message>
      <source>This device is not enrolled with a server yet: run 'enroll' first.</source>
      <translation>Este dispositivo todavía no está registrado en un servidor: ejecute primero 'enroll'.</translation>
    </message>
    <message>
      <source>Cannot reach the server {url}. Check the network and try again later.</source>
      <translation>No se puede conectar con el servidor {url}. Revise la red e intente más tarde.</translation>
    </message>
    <message>
      <source>The server needs a newer version of this app. Update the app.</source>
      <translation>El servidor necesita una versión más nueva de esta aplicación. Actualice la aplicación.</translation>
    </message>
    <message>
      <source>The server failed (HTTP {status}). Try again later.</source>
      <translation>El servidor falló (HTTP {status}). Intente más tarde.</translation>
    </message>
    <message>
      <source>The address {url} is not encrypted (https). Use https, or allow clear http explicitly.</source>
      <translation>La dirección {url} no está cifrada (https). Use https o permita http sin cifrar de forma explícita.</translation>
    </message>
    <message>
      <source>The server certificate of {url} could not be verified.</source>
      <translation>No se pudo verificar el certificado del servidor {url}.</translation>
    </message>
    <message>
      <source>The server refused the operation.</source>
      <translation>El servidor rechazó la operación.</translation>
    </message>
    <message>
      <source>The server revoked this device. Its {count} unsent changes were saved, encrypted for the Consejo, in {path}: hand that file to the administrator. The data on this computer was erased.</source>
      <translation>El servidor revocó este dispositivo. Sus {count} cambios sin enviar se guardaron, cifrados para el Consejo, en {path}: entregue ese archivo al administrador. Los datos de este computador fueron borrados.</translation>
    </message>
    <message>
      <source>The server revoked this device. Its {count} unsent changes were saved, encrypted for the Consejo, in {path}: hand that file to the administrator. The data on this computer was erased, but {left} files were in use and could only be overwritten: they will be deleted the next time the app starts. Close the app and open it again.</source>
      <translation>El servidor revocó este dispositivo. Sus {count} cambios sin enviar se guardaron, cifrados para el Consejo, en {path}: entregue ese archivo al administrador. Los datos de este computador fueron borrados, pero {left} archivos estaban en uso y solo se pudieron sobrescribir: se eliminarán la próxima vez que se abra la aplicación. Cierre la aplicación y vuelva a abrirla.</translation>
    </message>
    <message>
      <source>The server revoked this device, but its unsent changes could not be saved to {path}; nothing was erased. Free some space or choose another folder, and try again.</source>
      <translation>El servidor revocó este dispositivo, pero sus cambios sin enviar no se pudieron guardar en {path}; no se borró nada. Libere espacio o elija otra carpeta, e intente de nuevo.</translation>
    </message>
    <message>
      <source>The bundle file is damaged or is not a Defensoría bundle.</source>
      <translation>El archivo del paquete está dañado o no es un paquete de Defensoría.</translation>
    </message>
    <message>
      <source>The bundle was altered after it was made: refused.</source>
      <translation>El paquete fue alterado después de crearse: rechazado.</translation>
    </message>
    <message>
      <source>The bundle was not made for this server or by an enrolled device.</source>
      <translation>El paquete no fue hecho para este servidor o por un dispositivo registrado.</translation>
    </message>
    <message>
      <source>The device that made this bundle is revoked.</source>
      <translation>El dispositivo que hizo este paquete está revocado.</translation>
    </message>
    <message>
      <source>The user of this bundle is disabled.</source>
      <translation>El usuario de este paquete está desactivado.</translation>
    </message>
    <message>
      <source>Not a record id: {value}.</source>
      <translation>No es un identificador de registro: {value}.</translation>
    </message>
    <message>
      <source>who sent, received, opened, printed or exported records (ids and counts, never content)</source>
      <translation>quién envió, recibió, abrió, imprimió o exportó registros (ids y cantidades, nunca el contenido)</translation>
    </message>
    <message>
      <source>only events carrying this record id</source>
      <translation>solo los eventos con este identificador de registro</translation>
    </message>
    <message>
      <source>only this user's events</source>
      <translation>solo los eventos de este usuario</translation>
    </message>
    <message>
      <source>how many of the newest events to show</source>
      <translation>cuántos de los eventos más recientes mostrar</translation>
    </message>
    <message>
      <source>Database ready; release signing key in {path}.</source>
      <translation>Base de datos lista; clave de firma de versiones en {path}.</translation>
    </message>
    <message>
      <source>User {user} added.</source>
      <translation>Usuario {user} creado.</translation>
    </message>
    <message>
      <source>User {user} disabled.</source>
      <translation>Usuario {user} desactivado.</translation>
    </message>
    <message>
      <source>User {user} unlocked.</source>
      <translation>Usuario {user} desbloqueado.</translation>
    </message>
    <message>
      <source>Device {device} revoked.</source>
      <translation>Dispositivo {device} revocado.</translation>
    </message>
    <message>
      <source>Reassigned to {user}: {cases} cases, {visits} planned visits, {follow_ups} follow-ups, {referrals} referrals.</source>
      <translation>Reasignados a {user}: {cases} casos, {visits} visitas planificadas, {follow_ups} seguimientos, {referrals} derivaciones.</translation>
    </message>
    <message>
      <source>Give both --tls-cert and --tls-key.</source>
      <translation>Indique tanto --tls-cert como --tls-key.</translation>
    </message>
    <message>
      <source>Refusing to serve clear HTTP on {host}: give --tls-cert and --tls-key, or --behind-tls-proxy when a TLS proxy is in front.</source>
      <translation>No se sirve HTTP sin cifrar en {host}: indique --tls-cert y --tls-key, o --behind-tls-proxy si hay un proxy TLS delante.</translation>
    </message>
    <message>
      <source>A promotor needs --parish.</source>
      <translation>Un promotor necesita --parish.</translation>
    </message>
    <message>
      <source>Unknown command.</source>
      <translation>Orden desconocida.</translation>
    </message>
    <message>
      <source>Defensoría central office server: its database, users, devices, published installers and the sync service.</source>
      <translation>Servidor de la oficina central de Defensoría: su base de datos, usuarios, dispositivos, instaladores publicados y el servicio de sincronización.</translation>
    </message>
    <message>
      <source>SQLAlchemy URL (default: DEFENSORIA_SERVER_DB, else a SQLite file in the data folder)</source>
      <translation>URL de SQLAlchemy (por omisión: DEFENSORIA_SERVER_DB, si no, un archivo SQLite en la carpeta de datos)</translation>
    </message>
    <message>
      <source>create or upgrade the database and the release signing key</source>
      <translation>crear o actualizar la base de datos y la clave de firma de versiones</translation>
    </message>
    <message>
      <source>add a user (asks for the password)</source>
      <translation>crear un usuario (pide la contraseña)</translation>
    </message>
    <message>
      <source>user name</source>
      <translation>nombre de usuario</translation>
    </message>
    <message>
      <source>parish code or name (required for a promotor)</source>
      <translation>código o nombre de la parroquia (obligatorio para un promotor)</translation>
    </message>
    <message>
      <source>list the users (tab-separated)</source>
      <translation>listar los usuarios (separados por tabulaciones)</translation>
    </message>
    <message>
      <source>disable a user: their devices stop syncing</source>
      <translation>desactivar un usuario: sus dispositivos dejan de sincronizar</translation>
    </message>
    <message>
      <source>let a user's logins through again after too many failed attempts</source>
      <translation>volver a permitir los inicios de sesión de un usuario tras demasiados intentos fallidos</translation>
    </message>
    <message>
      <source>list the devices (tab-separated)</source>
      <translation>listar los dispositivos (separados por tabulaciones)</translation>
    </message>
    <message>
      <source>revoke a device: it can no longer sync</source>
      <translation>revocar un dispositivo: ya no puede sincronizar</translation>
    </message>
    <message>
      <source>device id (see 'device list')</source>
      <translation>identificador del dispositivo (vea 'device list')</translation>
    </message>
    <message>
      <source>give a promoter's open cases, planned visits, follow-ups and referrals to another promoter of the same parish</source>
      <translation>pasar los casos abiertos, visitas planificadas, seguimientos y derivaciones de un promotor a otro promotor de la misma parroquia</translation>
    </message>
    <message>
      <source>the promoter who leaves</source>
      <translation>el promotor que se va</translation>
    </message>
    <message>
      <source>the promoter who takes the caseload over</source>
      <translation>el promotor que recibe la carga de casos</translation>
    </message>
    <message>
      <source>run the HTTP(S) server</source>
      <translation>ejecutar el servidor HTTP(S)</translation>
    </message>
    <message>
      <source>address to listen on</source>
      <translation>dirección en la que escucha</translation>
    </message>
    <message>
      <source>port to listen on</source>
      <translation>puerto en el que escucha</translation>
    </message>
    <message>
      <source>TLS certificate (PEM)</source>
      <translation>certificado TLS (PEM)</translation>
    </message>
    <message>
      <source>TLS private key (PEM)</source>
      <translation>clave privada TLS (PEM)</translation>
    </message>
    <message>
      <source>clear HTTP on a non-loopback address is allowed: a TLS proxy (nginx) in front encrypts the traffic</source>
      <translation>permite HTTP sin cifrar en una dirección que no es local: un proxy TLS (nginx) delante cifra el tráfico</translation>
    </message>
    <message>
      <source>apply a device's USB bundle; prints a JSON summary</source>
      <translation>aplicar el paquete USB de un dispositivo; muestra un resumen en JSON</translation>
    </message>
    <message>
      <source>bundle file from the device</source>
      <translation>archivo de paquete traído del dispositivo</translation>
    </message>
    <message>
      <source>answer bundle to carry back to the device</source>
      <translation>paquete de respuesta para llevar de vuelta al dispositivo</translation>
    </message>
    <message>
      <source>There is no database at {path}: run init first.</source>
      <translation>No hay base de datos en {path}: ejecute init primero.</translation>
    </message>
    <message>
      <source>The database address (--db or DEFENSORIA_SERVER_DB) is not valid.</source>
      <translation>La dirección de la base de datos (--db o DEFENSORIA_SERVER_DB) no es válida.</translation>
    </message>
    <message>
      <source>manage users</source>
      <translation>administrar usuarios</translation>
    </message>
    <message>
      <source>manage devices</source>
      <translation>administrar dispositivos</translation>
    </message>
    <message>
      <source>a promoter's caseload</source>
      <translation>la carga de casos de un promotor</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>Error de la base de datos: {detail}</translation>
    </message>
    <message>
      <source>No USB-bundle key at {path}: run 'defensoria-server init' on this server, or copy the key file here.</source>
      <translation>No hay clave de paquetes USB en {path}: ejecute 'defensoria-server init' en este servidor, o copie aquí el archivo de la clave.</translation>
    </message>
    <message>
      <source>{path} is not a USB-bundle key.</source>
      <translation>{path} no es una clave de paquetes USB.</translation>
    </message>
    <message>
      <source>No USB-bundle key at {path}, but this database already has one: copy the key file from the server that made it.</source>
      <translation>No hay clave de paquetes USB en {path}, pero esta base de datos ya tiene una: copie el archivo de la clave desde el servidor que la creó.</translation>
    </message>
    <message>
      <source>There is no person with the id {value}.</source>
      <translation>No hay ninguna persona con el id {value}.</translation>
    </message>
    <message>
      <source>Consejo (server)</source>
      <translation>Consejo (servidor)</translation>
    </message>
    <message>
      <source>write everything held about a person, and who opened their cases, as a PDF</source>
      <translation>escribe en un PDF todo lo que se guarda sobre una persona y quién abrió sus casos</translation>
    </message>
    <message>
      <source>the person's id</source>
      <translation>el id de la persona</translation>
    </message>
    <message>
      <source>the PDF to write</source>
      <translation>el PDF que se escribe</translation>
    </message>
    <message>
      <source>erase a person's data on every device (LOPDP)</source>
      <translation>borrar los datos de una persona en todos los equipos (LOPDP)</translation>
    </message>
    <message>
      <source>why the data is erased</source>
      <translation>por qué se borran los datos</translation>
    </message>
    <message>
      <source>Writing PDF documents needs reportlab on this server: pip install reportlab.</source>
      <translation>Para escribir documentos PDF este servidor necesita reportlab: pip install reportlab.</translation>
    </message>
    <message>
      <source>Erased: {count} records become tombstones that every device receives.</source>
      <translation>Borrado: {count} registros quedan como lápidas que reciben todos los equipos.</translation>
    </message>
    <message>
      <source>a person's data (LOPDP rights)</source>
      <translation>los datos de una persona (derechos LOPDP)</translation>
    </message>
    <message>
      <source>This server already has a recovery key; keep its private key file safe.</source>
      <translation>Este servidor ya tiene una clave de recuperación; guarde en un lugar seguro el archivo de su clave privada.</translation>
    </message>
    <message>
      <source>Folder not found: {path}.</source>
      <translation>No se encontró la carpeta: {path}.</translation>
    </message>
    <message>
      <source>{path} is not a recovery key.</source>
      <translation>{path} no es una clave de recuperación.</translation>
    </message>
    <message>
      <source>There is no Defensoría data folder at {path}.</source>
      <translation>No hay una carpeta de datos de Defensoría en {path}.</translation>
    </message>
    <message>
      <source>This data folder was never enrolled with a server that has a recovery key: it cannot be recovered.</source>
      <translation>Esta carpeta de datos nunca se registró en un servidor con clave de recuperación: no se puede recuperar.</translation>
    </message>
    <message>
      <source>{path} already exists; choose another file.</source>
      <translation>{path} ya existe; elija otro archivo.</translation>
    </message>
    <message>
      <source>Recovering a data folder needs the desktop app's components: run it where the Defensoría app is installed.</source>
      <translation>Recuperar una carpeta de datos necesita los componentes de la aplicación de escritorio: ejecútelo donde esté instalada la aplicación Defensoría.</translation>
    </message>
    <message>
      <source>This recovery key does not open this data folder.</source>
      <translation>Esta clave de recuperación no abre esta carpeta de datos.</translation>
    </message>
    <message>
      <source>New local password: </source>
      <translation>Nueva contraseña local: </translation>
    </message>
    <message>
      <source>the Consejo's recovery key for forgotten local passwords</source>
      <translation>la clave de recuperación del Consejo para contraseñas locales olvidadas</translation>
    </message>
    <message>
      <source>make the key pair: the public half stays on the server, the private half goes to a file the Consejo keeps offline</source>
      <translation>crear el par de claves: la parte pública queda en el servidor, la privada va a un archivo que el Consejo guarda sin conexión</translation>
    </message>
    <message>
      <source>file for the private key (created owner-only)</source>
      <translation>archivo para la clave privada (creado solo para su dueño)</translation>
    </message>
    <message>
      <source>give a local user of a device's data folder a new password, with the recovery key</source>
      <translation>dar una contraseña nueva a un usuario local de la carpeta de datos de un dispositivo, con la clave de recuperación</translation>
    </message>
    <message>
      <source>the device's data folder</source>
      <translation>la carpeta de datos del dispositivo</translation>
    </message>
    <message>
      <source>local user name</source>
      <translation>nombre del usuario local</translation>
    </message>
    <message>
      <source>the recovery private key file</source>
      <translation>el archivo de la clave privada de recuperación</translation>
    </message>
    <message>
      <source>file holding the new local password (default: asked, or DEFENSORIA_PASSWORD)</source>
      <translation>archivo con la nueva contraseña local (por defecto: se pregunta, o DEFENSORIA_PASSWORD)</translation>
    </message>
    <message>
      <source>Recovery key made. Keep {path} offline, in a safe place: without it a forgotten password cannot be recovered; with it, every enrolled device's data can be opened.</source>
      <translation>Clave de recuperación creada. Guarde {path} sin conexión, en un lugar seguro: sin ella no se recupera una contraseña olvidada; con ella se pueden abrir los datos de todo dispositivo registrado.</translation>
    </message>
    <message>
      <source>Cannot read the password file {path}.</source>
      <translation>No se puede leer el archivo de contraseña {path}.</translation>
    </message>
    <message>
      <source>The local user {user} has a new password: the data folder opens again, and its unsent work is sent at the next sync.</source>
      <translation>El usuario local {user} tiene una contraseña nueva: la carpeta de datos vuelve a abrirse y su trabajo sin enviar se envía en la próxima sincronización.</translation>
    </message>
    <message>
      <source>{path} is not a release signing key.</source>
      <translation>{path} no es una clave de firma de versiones.</translation>
    </message>
    <message>
      <source>Unknown platform {platform}; use one of {platforms}.</source>
      <translation>Plataforma desconocida: {platform}; use una de {platforms}.</translation>
    </message>
    <message>
      <source>No release signing key at {path}: run 'defensoria-server init' on this server first.</source>
      <translation>No hay clave de firma de versiones en {path}: ejecute primero 'defensoria-server init' en este servidor.</translation>
    </message>
    <message>
      <source>{path} is empty.</source>
      <translation>{path} está vacío.</translation>
    </message>
    <message>
      <source>{version} is not a version number (e.g. 0.2.0).</source>
      <translation>{version} no es un número de versión (p. ej. 0.2.0).</translation>
    </message>
    <message>
      <source>Version {version} for {platform} is already published.</source>
      <translation>La versión {version} para {platform} ya está publicada.</translation>
    </message>
    <message>
      <source>publish app installers to the devices</source>
      <translation>publicar instaladores de la aplicación para los dispositivos</translation>
    </message>
    <message>
      <source>sign and publish an installer</source>
      <translation>firmar y publicar un instalador</translation>
    </message>
    <message>
      <source>app version, e.g. 0.2.0</source>
      <translation>versión de la aplicación, p. ej. 0.2.0</translation>
    </message>
    <message>
      <source>the kind of computer it installs on</source>
      <translation>el tipo de computadora en que se instala</translation>
    </message>
    <message>
      <source>published installers (tab-separated)</source>
      <translation>instaladores publicados (separados por tabulaciones)</translation>
    </message>
    <message>
      <source>Published {platform} {version} ({size} bytes); for USB copies, carry {sidecar} beside the installer.</source>
      <translation>Publicado {platform} {version} ({size} bytes); para copias por USB, lleve {sidecar} junto al instalador.</translation>
    </message>
    <message>
      <source>Retention period ended</source>
      <translation>Terminó el plazo de conservación</translation>
    </message>
    <message>
      <source>Retention set: {type} records are anonymised after {years} years.</source>
      <translation>Retención fijada: los registros {type} se anonimizan después de {years} años.</translation>
    </message>
    <message>
      <source>Retention set: {type} records are erased after {years} years.</source>
      <translation>Retención fijada: los registros {type} se borran después de {years} años.</translation>
    </message>
    <message>
      <source>set the retention of a record type</source>
      <translation>fijar la retención de un tipo de registro</translation>
    </message>
    <message>
      <source>record type: case, person, household or attendee</source>
      <translation>tipo de registro: case (caso), person (persona), household (hogar) o attendee (asistente)</translation>
    </message>
    <message>
      <source>years after which its records are due</source>
      <translation>años tras los cuales sus registros se anonimizan o borran</translation>
    </message>
    <message>
      <source>anonymise or erase</source>
      <translation>anonymise (anonimizar) o erase (borrar)</translation>
    </message>
    <message>
      <source>stop applying retention to a type</source>
      <translation>dejar de aplicar la retención a un tipo</translation>
    </message>
    <message>
      <source>list the retention rules (tab-separated)</source>
      <translation>listar las reglas de retención (separadas por tabuladores)</translation>
    </message>
    <message>
      <source>apply the retention rules now</source>
      <translation>aplicar ahora las reglas de retención</translation>
    </message>
    <message>
      <source>count the records due, change nothing</source>
      <translation>contar los registros vencidos sin cambiar nada</translation>
    </message>
    <message>
      <source>No retention rules: nothing is anonymised or erased until the Consejo sets them (docs/RETENTION.md).</source>
      <translation>Ninguna regla de retención: nada se anonimiza ni se borra hasta que el Consejo las fije (docs/RETENTION.md).</translation>
    </message>
    <message>
      <source>Retention removed: {type} records are kept.</source>
      <translation>Retención retirada: los registros {type} se conservan.</translation>
    </message>
    <message>
      <source>how long records are kept before they are anonymised or erased</source>
      <translation>cuánto tiempo se conservan los registros antes de anonimizarlos o borrarlos</translation>
    </message>
    <message>
      <source>Due, nothing changed (dry run): {count} records.</source>
      <translation>Vencidos, sin cambiar nada (simulación): {count} registros.</translation>
    </message>
    <message>
      <source>Anonymised or erased: {count} records.</source>
      <translation>Anonimizados o borrados: {count} registros.</translation>
    </message>
    <message>
      <source>Retention applies to these record types: {types}.</source>
      <translation>La retención se aplica a estos tipos de registro: {types}.</translation>
    </message>
    <message>
      <source>The years must be a whole number from 1 to {max}.</source>
      <translation>Los años deben ser un número entero de 1 a {max}.</translation>
    </message>
    <message>
      <source>The action must be 'anonymise' or 'erase'.</source>
      <translation>La acción debe ser 'anonymise' o 'erase'.</translation>
    </message>
    <message>
      <source>There is no retention rule for {type}.</source>
      <translation>No hay una regla de retención para {type}.</translation>
    </message>
    <message>
      <source>The installer {name} has no signature: it was not published by the Consejo's server. Do not install it.</source>
      <translation>El instalador {name} no tiene firma: no fue publicado por el servidor del Consejo. No lo instale.</translation>
    </message>
    <message>
      <source>The signature file of {name} is damaged. Copy the installer and its .sig file again.</source>
      <translation>El archivo de firma de {name} está dañado. Copie otra vez el instalador y su archivo .sig.</translation>
    </message>
    <message>
      <source>The installer {name} was not signed by your server's key: it may be forged. Do not install it and tell the Consejo's technician.</source>
      <translation>El instalador {name} no fue firmado con la clave de su servidor: puede ser falso. No lo instale y avise al técnico del Consejo.</translation>
    </message>
    <message>
      <source>The installer {name} was changed after it was signed: it is damaged or tampered with. Do not install it; download or copy it again.</source>
      <translation>El instalador {name} cambió después de ser firmado: está dañado o manipulado. No lo instale; descárguelo o cópielo otra vez.</translation>
    </message>
    <message>
      <source>The installer {name} is incomplete. Download or copy it again.</source>
      <translation>El instalador {name} está incompleto. Descárguelo o cópielo otra vez.</translation>
    </message>
    <message>
      <source>This device has no update key from the server yet: enroll it again with the Consejo's server.</source>
      <translation>Este equipo todavía no tiene la clave de actualizaciones del servidor: regístrelo otra vez en el servidor del Consejo.</translation>
    </message>
    <message>
      <source>The installer {name} is for another kind of computer ({platform}).</source>
      <translation>El instalador {name} es para otro tipo de computadora ({platform}).</translation>
    </message>
    <message>
      <source>The installer {name} holds version {version}, which is not newer than this one ({current}).</source>
      <translation>El instalador {name} trae la versión {version}, que no es más nueva que esta ({current}).</translation>
    </message>
    <message>
      <source>The file is damaged or is not a Defensoría bundle.</source>
      <translation>El archivo está dañado o no es un paquete de Defensoría.</translation>
    </message>
    <message>
      <source>The bundle was altered after it was made; it was refused.</source>
      <translation>El paquete fue alterado después de crearse; fue rechazado.</translation>
    </message>
    <message>
      <source>The bundle was made for another device or by another server; it was refused.</source>
      <translation>El paquete fue hecho para otro dispositivo o por otro servidor; fue rechazado.</translation>
    </message>
  </context>
</TS>
