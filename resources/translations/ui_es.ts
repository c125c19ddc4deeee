<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../app/ui/sync/about_dialog.py" line="25" />
      <source>About Defensoría</source>
      <translation>Acerca de Defensoría</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/about_dialog.py" line="27" />
      <source>Defensoría Comunitaria</source>
      <translation>Defensoría Comunitaria</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/about_dialog.py" line="28" />
      <source>Version {0}</source>
      <translation>Versión {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/about_dialog.py" line="29" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/about_dialog.py" line="31" />
      <source>Case management for the community defenders of the Consejo Cantonal de Protección de Derechos.</source>
      <translation>Gestión de casos para las defensorías comunitarias del Consejo Cantonal de Protección de Derechos.</translation>
    </message>
  </context>
  <context>
    <name>AccessLogDialog</name>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="34" />
      <source>Who opened it: {0}</source>
      <translation>Quién lo abrió: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="36" />
      <source>Asking the server…</source>
      <translation>Consultando al servidor…</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="40" />
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="41" />
      <source>User</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="42" />
      <source>Device</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="43" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="44" />
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="47" />
      <source>Openings, prints and exports</source>
      <translation>Aperturas, impresiones y exportaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="56" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="64" />
      <source>{0} openings, prints or exports, newest first.</source>
      <translation>{0} aperturas, impresiones o exportaciones, las más recientes primero.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="66" />
      <source>Nobody has opened, printed or exported it yet.</source>
      <translation>Nadie lo ha abierto, impreso ni exportado todavía.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="71" />
      <source>Who opened it is kept on the server: connect this computer to the network and open this again.</source>
      <translation>Quién lo abrió se guarda en el servidor: conecte este equipo a la red y vuelva a abrir esto.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/access_log_dialog.py" line="76" />
      <source>The server could not be asked. Try again.</source>
      <translation>No se pudo consultar al servidor. Inténtelo de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>ActivitiesPage</name>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="40" />
      <location filename="../../app/ui/fieldwork/activities_page.py" line="72" />
      <source>Community activities</source>
      <translation>Actividades comunitarias</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="43" />
      <source>&amp;New activity</source>
      <translation>&amp;Nueva actividad</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="48" />
      <source>Participant &amp;list…</source>
      <translation>&amp;Lista de participantes…</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="52" />
      <source>Certificates of &amp;participation…</source>
      <translation>Certificados de &amp;participación…</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="54" />
      <source>One page for each participant of the selected training who consented to their name on it.</source>
      <translation>Una página por cada participante de la capacitación elegida que consintió que figure su nombre.</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="59" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="61" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="62" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="63" />
      <source>Topic</source>
      <translation>Tema</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="64" />
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="124" />
      <source>Certificates of participation</source>
      <translation>Certificados de participación</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activities_page.py" line="126" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="41" />
      <source>Community activity</source>
      <translation>Actividad comunitaria</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="42" />
      <source>&amp;Type</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="43" />
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="49" />
      <source>— choose —</source>
      <translation>— elija —</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="44" />
      <source>T&amp;opic</source>
      <translation>T&amp;ema</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="45" />
      <source>&amp;Date</source>
      <translation>&amp;Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="46" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="46" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="48" />
      <source>&amp;Parish</source>
      <translation>&amp;Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="53" />
      <source>&amp;Community</source>
      <translation>&amp;Comunidad</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="57" />
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="66" />
      <source>Women and girls</source>
      <translation>Mujeres y niñas</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="58" />
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="67" />
      <source>Men and boys</source>
      <translation>Hombres y niños</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="70" />
      <source>&amp;Attendance</source>
      <translation>&amp;Asistencia</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="72" />
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="113" />
      <source>— none —</source>
      <translation>— ninguna —</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="76" />
      <source>Action of the p&amp;lan</source>
      <translation>Acción del p&amp;lan</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/activity_dialog.py" line="145" />
      <source>Write the date as day/month/year, e.g. 03/04/2016.</source>
      <translation>Escriba la fecha como día/mes/año, p. ej. 03/04/2016.</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <source>Administration</source>
      <translation type="vanished">Administración</translation>
    </message>
    <message>
      <source>This account manages users and devices on the server (defensoria-server user and device commands). It receives no data of families or cases, so this computer shows none.</source>
      <translation type="vanished">Esta cuenta administra usuarios y equipos en el servidor (órdenes user y device de defensoria-server). No recibe datos de familias ni de casos, así que este computador no muestra ninguno.</translation>
    </message>
  </context>
  <context>
    <name>AffectedTable</name>
    <message>
      <location filename="../../app/ui/cases/affected_table.py" line="18" />
      <source>Age not recorded</source>
      <translation>Edad no registrada</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/affected_table.py" line="20" />
      <source>about {0} years</source>
      <translation>unos {0} años</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/affected_table.py" line="22" />
      <source>{0} years</source>
      <translation>{0} años</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/affected_table.py" line="40" />
      <source>Names and surnames</source>
      <translation>Nombres y apellidos</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/affected_table.py" line="41" />
      <source>Age</source>
      <translation>Edad</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/affected_table.py" line="42" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/affected_table.py" line="43" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/affected_table.py" line="44" />
      <source>Identity document</source>
      <translation>Documento de identidad</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/affected_table.py" line="45" />
      <source>Address</source>
      <translation>Dirección</translation>
    </message>
  </context>
  <context>
    <name>AnswerRequestDialog</name>
    <message>
      <location filename="../../app/ui/home/answer_request_dialog.py" line="21" />
      <source>Answer a data request</source>
      <translation>Responder una solicitud sobre datos</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/answer_request_dialog.py" line="22" />
      <source>&amp;Answered on</source>
      <translation>&amp;Respondida el</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/answer_request_dialog.py" line="23" />
      <source>Answered on</source>
      <translation>Respondida el</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/answer_request_dialog.py" line="23" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/answer_request_dialog.py" line="25" />
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/answer_request_dialog.py" line="39" />
      <source>Write the date as day/month/year, e.g. 03/04/2016.</source>
      <translation>Escriba la fecha como día/mes/año, p. ej. 03/04/2016.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceList</name>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="56" />
      <source>No list: the counts above are typed by hand.</source>
      <translation>Sin lista: las cifras de arriba se escriben a mano.</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="64" />
      <source>not asked</source>
      <translation>sin preguntar</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="66" />
      <source>Not given: counted only</source>
      <translation>No lo dio: solo se cuenta</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="69" />
      <source>Add partic&amp;ipant</source>
      <translation>Añad&amp;ir participante</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="70" />
      <source>Re&amp;move participant</source>
      <translation>&amp;Quitar participante</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="73" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="89" />
      <source>&amp;Name consent</source>
      <translation>Consentimiento para el &amp;nombre</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="90" />
      <source>&amp;Given names</source>
      <translation>N&amp;ombres</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="90" />
      <source>S&amp;urnames</source>
      <translation>Apellido&amp;s</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="94" />
      <source>Se&amp;x</source>
      <translation>Se&amp;xo</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="94" />
      <source>Age g&amp;roup</source>
      <translation>G&amp;rupo de edad</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="95" />
      <source>Ag&amp;e</source>
      <translation>Edad (a&amp;ños)</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="145" />
      <source>Write the name consented to, or choose “Not given: counted only”.</source>
      <translation>Escriba el nombre consentido, o elija «No lo dio: solo se cuenta».</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/attendance_list.py" line="197" />
      <source>{0} participants, {1} with their name</source>
      <translation>{0} participantes, {1} con su nombre</translation>
    </message>
  </context>
  <context>
    <name>AttendeesModel</name>
    <message>
      <location filename="../../app/ui/models/attendees.py" line="17" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/attendees.py" line="18" />
      <source>(counted, no name)</source>
      <translation>(contado, sin nombre)</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/attendees.py" line="19" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/attendees.py" line="20" />
      <source>Age group</source>
      <translation>Grupo de edad</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/attendees.py" line="21" />
      <source>Name consent</source>
      <translation>Consentimiento del nombre</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/attendees.py" line="22" />
      <source>By the participant</source>
      <translation>Del participante</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/attendees.py" line="23" />
      <source>By the legal representative</source>
      <translation>Del representante legal</translation>
    </message>
  </context>
  <context>
    <name>AttentionPage</name>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="37" />
      <location filename="../../app/ui/sync/attention_page.py" line="52" />
      <source>Needs attention</source>
      <translation>Necesitan atención</translation>
    </message>
    <message>
      <source>The server refused these changes. They were not applied there: correct the data or ask the Consejo's technician.</source>
      <translation type="vanished">El servidor rechazó estos cambios. No se aplicaron allí: corrija los datos o consulte al técnico del Consejo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="39" />
      <source>The server refused these changes. They were not applied there: correct the data, or ask the Consejo's technician to correct your territory or role, then resend the change; or dismiss it.</source>
      <translation>El servidor rechazó estos cambios. No se aplicaron allí: corrija los datos, o pida al técnico del Consejo que corrija su territorio o su rol, y reenvíe el cambio; o descártelo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="46" />
      <source>No.</source>
      <translation>N.º</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="47" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="48" />
      <source>Belongs to</source>
      <translation>Pertenece a</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="49" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="50" />
      <source>Data</source>
      <translation>Datos</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="62" />
      <source>&amp;Resend</source>
      <translation>&amp;Reenviar</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="63" />
      <source>&amp;Dismiss…</source>
      <translation>&amp;Descartar…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="64" />
      <source>O&amp;pen the record</source>
      <translation>A&amp;brir el registro</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="101" />
      <source>The change will be sent again with the next synchronisation.</source>
      <translation>El cambio se enviará otra vez en la próxima sincronización.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="110" />
      <source>The server never received this record ({0}). It will be deleted from this computer, with the changes made to it since, and will not be sent. This cannot be undone.</source>
      <translation>El servidor nunca recibió este registro ({0}). Se eliminará de esta computadora, con los cambios que se le hicieron después, y no se enviará. No se puede deshacer.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="114" />
      <source>This record ({0}) will not be deleted on the server. At the next synchronisation it comes back to this computer as the server has it.</source>
      <translation>Este registro ({0}) no se eliminará en el servidor. En la próxima sincronización vuelve a esta computadora tal como lo tiene el servidor.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="118" />
      <source>This change will not be sent. At the next synchronisation this computer receives the server's data of this record ({0}) again, in place of what was changed here.</source>
      <translation>Este cambio no se enviará. En la próxima sincronización esta computadora recibe otra vez los datos del servidor de este registro ({0}), en lugar de lo que se cambió aquí.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="121" />
      <source>Dismiss this change?</source>
      <translation>¿Descartar este cambio?</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="122" />
      <source>&amp;Dismiss</source>
      <translation>&amp;Descartar</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/attention_page.py" line="125" />
      <source>The change was dismissed.</source>
      <translation>El cambio fue descartado.</translation>
    </message>
  </context>
  <context>
    <name>AutoBackup</name>
    <message>
      <location filename="../../app/ui/shell/auto_backup.py" line="46" />
      <source>This data was restored from a backup: enroll this laptop with the server again before synchronising.</source>
      <translation>Estos datos se restauraron de una copia de seguridad: inscriba de nuevo este portátil en el servidor antes de sincronizar.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/auto_backup.py" line="69" />
      <source>Backup saved: {0}</source>
      <translation>Copia de seguridad guardada: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/auto_backup.py" line="76" />
      <source>The automatic backup failed; it will be tried again later.</source>
      <translation>La copia de seguridad automática falló; se intentará de nuevo más tarde.</translation>
    </message>
  </context>
  <context>
    <name>CasePage</name>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="87" />
      <source>Add &amp;note</source>
      <translation>Agregar &amp;nota</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="88" />
      <source>Change s&amp;tatus</source>
      <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="89" />
      <source>Plan &amp;visit</source>
      <translation>Planificar &amp;visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="90" />
      <source>Record vi&amp;sit</source>
      <translation>Registrar vi&amp;sita</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="91" />
      <source>&amp;Mediation</source>
      <translation>&amp;Mediación</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="92" />
      <source>&amp;Refer</source>
      <translation>&amp;Derivar</translation>
    </message>
    <message>
      <source>Referral s&amp;tep</source>
      <translation type="vanished">Avance de la deri&amp;vación</translation>
    </message>
    <message>
      <source>&amp;Follow-up</source>
      <translation type="vanished">Se&amp;guimiento</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="93" />
      <source>Referral ste&amp;p</source>
      <translation>Avance de la de&amp;rivación</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="94" />
      <source>Follo&amp;w-up</source>
      <translation>Se&amp;guimiento</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="96" />
      <source>Who opened it…</source>
      <translation>Quién lo abrió…</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="107" />
      <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
      <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="109" />
      <source>Timeline</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="114" />
      <source>Visit r&amp;ecord (PDF)</source>
      <translation>Ac&amp;ta de visita (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="115" />
      <source>Select a visit in the timeline</source>
      <translation>Seleccione una visita en la cronología</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="117" />
      <source>Mediation rec&amp;ord (PDF)</source>
      <translation>Acta de media&amp;ción (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="118" />
      <source>Select a mediation in the timeline</source>
      <translation>Seleccione una mediación en la cronología</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="130" />
      <source>&lt;b&gt;Referrals&lt;/b&gt;</source>
      <translation>&lt;b&gt;Derivaciones&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="132" />
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="134" />
      <source>Urgency</source>
      <translation>Urgencia</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="135" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="136" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="139" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="148" />
      <source>Steps of the referral</source>
      <translation>Pasos de la derivación</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="149" />
      <source>&lt;b&gt;Steps of the selected referral&lt;/b&gt;</source>
      <translation>&lt;b&gt;Pasos de la derivación seleccionada&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="153" />
      <source>Referra&amp;l form (PDF)</source>
      <translation>&amp;Ficha de derivación (PDF)</translation>
    </message>
    <message>
      <source>Referral &amp;form (PDF)</source>
      <translation type="vanished">&amp;Ficha de derivación (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="154" />
      <source>Select a referral in the table</source>
      <translation>Seleccione una derivación en la tabla</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="162" />
      <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
      <translation>&lt;b&gt;Seguimientos&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="164" />
      <source>Mark as &amp;done</source>
      <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="170" />
      <source>Follow-ups</source>
      <translation>Seguimientos</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="183" />
      <source>Case {0}</source>
      <translation>Caso {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="185" />
      <source>{0} · risk {1} · opened {2} · {3} · {4}</source>
      <translation>{0} · riesgo {1} · abierto el {2} · {3} · {4}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="199" />
      <source> — done</source>
      <translation> — hecho</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="213" />
      <source>Status: {0}</source>
      <translation>Estado: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="226" />
      <source>Measure or answer: {0}</source>
      <translation>Medida o respuesta: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="228" />
      <source>Note: {0}</source>
      <translation>Nota: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="339" />
      <source>Referral form</source>
      <translation>Ficha de derivación</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="340" />
      <location filename="../../app/ui/cases/case_page.py" line="354" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="351" />
      <source>Visit record</source>
      <translation>Acta de visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_page.py" line="351" />
      <source>Mediation record</source>
      <translation>Acta de mediación</translation>
    </message>
  </context>
  <context>
    <name>CaseWizard</name>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="55" />
      <source>Register a case</source>
      <translation>Registrar un caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="62" />
      <source>Who is affected?</source>
      <translation>¿A quién afecta?</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="62" />
      <source>What happened?</source>
      <translation>¿Qué pasó?</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="63" />
      <source>Who reported it?</source>
      <translation>¿Quién lo informó?</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="63" />
      <source>How serious is it?</source>
      <translation>¿Qué tan grave es?</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="66" />
      <source>No family chosen yet.</source>
      <translation>Todavía no se eligió la familia.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="68" />
      <source>Family</source>
      <translation>Familia</translation>
    </message>
    <message>
      <source>Type a member's name or document</source>
      <translation type="vanished">Escriba el nombre o la cédula de un miembro</translation>
    </message>
    <message>
      <source>Find the family</source>
      <translation type="vanished">Buscar la familia</translation>
    </message>
    <message>
      <source>Families found</source>
      <translation type="vanished">Familias encontradas</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="72" />
      <source>&amp;Find the family</source>
      <translation>&amp;Buscar la familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="73" />
      <source>&amp;Affected persons</source>
      <translation>Personas &amp;afectadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="76" />
      <source>&amp;Type of violation</source>
      <translation>&amp;Tipo de vulneración</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="78" />
      <source>Type of violation</source>
      <translation>Tipo de vulneración</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="82" />
      <source>&amp;Facts</source>
      <translation>&amp;Hechos</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="83" />
      <source>&amp;Date of the facts</source>
      <translation>&amp;Fecha de los hechos</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="84" />
      <source>Date of the facts</source>
      <translation>Fecha de los hechos</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="85" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="86" />
      <source>&amp;Place</source>
      <translation>&amp;Lugar</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="88" />
      <source>&amp;Anonymous report</source>
      <translation>Denuncia &amp;anónima</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="112" />
      <source>Ne&amp;xt &gt;</source>
      <translation>S&amp;iguiente &gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="118" />
      <source>Register &amp;case</source>
      <translation>Registrar &amp;caso</translation>
    </message>
    <message>
      <source>Anonymous &amp;report</source>
      <translation type="vanished">Denuncia &amp;anónima</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="89" />
      <source>The reporter asks not to be named</source>
      <translation>Quien informa pide no ser nombrado</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="91" />
      <source>Reporter's &amp;name</source>
      <translation>&amp;Nombre de quien informa</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="94" />
      <source>Reporter's &amp;relation</source>
      <translation>&amp;Relación de quien informa</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="95" />
      <source>Reporter's &amp;phone</source>
      <translation>&amp;Teléfono de quien informa</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="98" />
      <source>Alleged a&amp;ggressor</source>
      <translation>Presunto a&amp;gresor</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="100" />
      <source>&amp;Risk level</source>
      <translation>Nivel de &amp;riesgo</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="108" />
      <source>&amp;Open the referral form after registering</source>
      <translation>Abrir la ficha de deri&amp;vación al registrar</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="111" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; Atrá&amp;s</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation type="vanished">&amp;Siguiente &gt;</translation>
    </message>
    <message>
      <source>&amp;Register case</source>
      <translation type="vanished">&amp;Registrar caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="136" />
      <source>Step {0} of {1}: {2}</source>
      <translation>Paso {0} de {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="157" />
      <source>Find and choose the family first.</source>
      <translation>Primero busque y elija la familia.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="160" />
      <source>Write the date as day/month/year, e.g. 03/04/2016.</source>
      <translation>Escriba la fecha como día/mes/año, p. ej. 03/04/2016.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/case_wizard.py" line="210" />
      <source>By law, these types need at least this risk: {0}.</source>
      <translation>Por ley, estos tipos de vulneración requieren al menos este riesgo: {0}.</translation>
    </message>
    <message>
      <source> ({0} years)</source>
      <translation type="vanished"> ({0} años)</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="43" />
      <location filename="../../app/ui/cases/cases_page.py" line="65" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="46" />
      <source>&amp;Register case</source>
      <translation>&amp;Registrar caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="51" />
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="51" />
      <location filename="../../app/ui/cases/cases_page.py" line="63" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="52" />
      <source>&amp;Status</source>
      <translation>&amp;Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="56" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="57" />
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="58" />
      <source>Opened</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="59" />
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="60" />
      <source>Violation</source>
      <translation>Vulneración</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/cases_page.py" line="62" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
  </context>
  <context>
    <name>Confirm</name>
    <message>
      <location filename="../../app/ui/widgets.py" line="173" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
  </context>
  <context>
    <name>ConflictsPage</name>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="38" />
      <location filename="../../app/ui/sync/conflicts_page.py" line="52" />
      <source>Changes in conflict</source>
      <translation>Cambios en conflicto</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="40" />
      <source>Two people changed the same data at the same time. Choose the value to keep, or type the right one; your choice is sent with the next synchronisation.</source>
      <translation>Dos personas cambiaron el mismo dato a la vez. Elija el valor que se queda o escriba el correcto; su elección se envía en la próxima sincronización.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="44" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="45" />
      <source>Belongs to</source>
      <translation>Pertenece a</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="46" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="47" />
      <source>(record deleted)</source>
      <translation>(registro eliminado)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="48" />
      <source>Value kept</source>
      <translation>Valor conservado</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="49" />
      <source>Other value</source>
      <translation>Otro valor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="50" />
      <source>Other value by</source>
      <translation>Otro valor de</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="61" />
      <source>&amp;Keep the value kept</source>
      <translation>&amp;Conservar el valor actual</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="62" />
      <source>Use the &amp;other value</source>
      <translation>Usar el &amp;otro valor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="64" />
      <location filename="../../app/ui/sync/conflicts_page.py" line="65" />
      <source>Another value</source>
      <translation>Otro valor distinto</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/conflicts_page.py" line="66" />
      <source>Use &amp;this value</source>
      <translation>Usar &amp;este valor</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="24" />
      <source>Consent of {0}</source>
      <translation>Consentimiento de {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="26" />
      <source>&amp;For what</source>
      <translation>&amp;Para qué</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="28" />
      <source>&amp;Given by</source>
      <translation>&amp;Otorgado por</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="29" />
      <source>The person</source>
      <translation>La persona</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="30" />
      <source>The legal representative</source>
      <translation>El representante legal</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="32" />
      <source>&amp;Representative's name</source>
      <translation>&amp;Nombre del representante</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="34" />
      <source>Representative's re&amp;lation</source>
      <translation>&amp;Relación del representante</translation>
    </message>
    <message>
      <source>Representative's &amp;relation</source>
      <translation type="vanished">&amp;Relación del representante</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="35" />
      <source>&amp;Date</source>
      <translation>&amp;Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="36" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="36" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="41" />
      <source>Under 15, the legal representative consents.</source>
      <translation>Con menos de 15 años, consiente el representante legal.</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/consent_dialog.py" line="70" />
      <source>Write the date as day/month/year, e.g. 03/04/2016.</source>
      <translation>Escriba la fecha como día/mes/año, p. ej. 03/04/2016.</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="114" />
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="118" />
      <source>Preparing “{0}”…</source>
      <translation>Preparando «{0}»…</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="121" />
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="127" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="170" />
      <source>The document was not made</source>
      <translation>No se generó el documento</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="178" />
      <source>The document could not be made: {0}. Check that the folder exists and that you may write there, then try again; if it happens again, tell the Consejo's technician.</source>
      <translation>No se pudo generar el documento: {0}. Compruebe que la carpeta existe y que puede escribir en ella, e inténtelo de nuevo; si vuelve a ocurrir, avise al técnico del Consejo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="187" />
      <source>Document ready</source>
      <translation>Documento listo</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="188" />
      <source>Saved as {0}.</source>
      <translation>Guardado como {0}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="190" />
      <source>&amp;Open or print</source>
      <translation>&amp;Abrir o imprimir</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/documents.py" line="192" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
  </context>
  <context>
    <name>DraftsBanner</name>
    <message>
      <location filename="../../app/ui/shell/drafts_banner.py" line="29" />
      <source>&amp;Recover them</source>
      <translation>&amp;Recuperarlos</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/drafts_banner.py" line="30" />
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/drafts_banner.py" line="42" />
      <source>Forms left unsaved in an earlier session (for example after a power cut): {0}. Recover them to continue where you were.</source>
      <translation>Formularios que quedaron sin guardar en una sesión anterior (por ejemplo, tras un corte de luz): {0}. Recupérelos para continuar donde estaba.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/drafts_banner.py" line="61" />
      <source>Discard the unsaved forms?</source>
      <translation>¿Descartar los formularios sin guardar?</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/drafts_banner.py" line="62" />
      <source>What was typed in them will be lost for good.</source>
      <translation>Lo que se escribió en ellos se perderá para siempre.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/drafts_banner.py" line="63" />
      <source>&amp;Discard them</source>
      <translation>&amp;Descartarlos</translation>
    </message>
  </context>
  <context>
    <name>EnrollDialog</name>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="57" />
      <source>Enroll with the server</source>
      <translation>Registrar en el servidor</translation>
    </message>
    <message>
      <source>Register this laptop with the Consejo's server, with your user and password on the server.</source>
      <translation type="vanished">Registre este computador en el servidor del Consejo con su usuario y contraseña del servidor.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="70" />
      <source>Server address</source>
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="72" />
      <source>User on the server</source>
      <translation>Usuario en el servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="75" />
      <source>Password on the server</source>
      <translation>Contraseña en el servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="78" />
      <source>Certificate authority file (optional)</source>
      <translation>Archivo de la autoridad certificadora (opcional)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="79" />
      <source>&amp;Browse…</source>
      <translation>E&amp;xaminar…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="84" />
      <source>&amp;Server address</source>
      <translation>Dirección del &amp;servidor</translation>
    </message>
    <message>
      <source>&amp;User</source>
      <translation type="vanished">&amp;Usuario</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation type="vanished">&amp;Contraseña</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="60" />
      <source>Register this laptop with the Consejo's server. Type your user and password on the server (your account at the Consejo). This password will also open this computer; if you change it later on the server, this computer keeps the one you type now.</source>
      <translation>Registre esta computadora en el servidor del Consejo. Escriba su usuario y su contraseña del servidor (su cuenta en el Consejo). Esa contraseña abrirá también esta computadora; si después la cambia en el servidor, esta computadora conserva la que escribe ahora.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="64" />
      <source>Register this laptop with the Consejo's server. Type your user and password on the server (your account at the Consejo), not the password of this computer.</source>
      <translation>Registre esta computadora en el servidor del Consejo. Escriba su usuario y su contraseña del servidor (su cuenta en el Consejo), no la contraseña de esta computadora.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="76" />
      <source>Your password on the server</source>
      <translation>Su contraseña del servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="85" />
      <source>&amp;User on the server</source>
      <translation>&amp;Usuario del servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="86" />
      <source>&amp;Password on the server</source>
      <translation>&amp;Contraseña del servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="87" />
      <source>&amp;Certificate file (optional)</source>
      <translation>Archivo de c&amp;ertificado (opcional)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="98" />
      <location filename="../../app/ui/sync/enroll_dialog.py" line="142" />
      <source>&amp;Enroll</source>
      <translation>&amp;Registrar</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="106" />
      <source>Certificate authority file</source>
      <translation>Archivo de la autoridad certificadora</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="107" />
      <source>Certificates (*.pem *.crt);;All (*)</source>
      <translation>Certificados (*.pem *.crt);;Todos (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="115" />
      <source>Type the server address, your user and your password.</source>
      <translation>Escriba la dirección del servidor, su usuario y su contraseña.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="120" />
      <source>Connection without encryption</source>
      <translation>Conexión sin cifrado</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="122" />
      <source>The address {0} starts with http://, not https://: your password and the data of the cases would travel over the network without encryption, and anyone on that network could read them. Use the https:// address of the server. Continue only if the Consejo's technician told you to, on a network you trust.</source>
      <translation>La dirección {0} empieza con http://, no con https://: su contraseña y los datos de los casos viajarían por la red sin cifrar, y cualquiera en esa red podría leerlos. Use la dirección https:// del servidor. Continúe solo si el técnico del Consejo se lo indicó, en una red de confianza.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="126" />
      <source>&amp;Use http anyway</source>
      <translation>&amp;Usar http de todos modos</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="127" />
      <source>Not enrolled: type the https:// address of the server.</source>
      <translation>No se registró: escriba la dirección https:// del servidor.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="131" />
      <source>Enrolling…</source>
      <translation>Registrando…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/enroll_dialog.py" line="146" />
      <source>The device could not be enrolled: {0}</source>
      <translation>No se pudo registrar el dispositivo: {0}</translation>
    </message>
  </context>
  <context>
    <name>ErasePersonDialog</name>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="35" />
      <source>Erase the data of {0}</source>
      <translation>Borrar los datos de {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="38" />
      <source>The server erases the data of {0}, and what concerns only them, on every device at its next synchronisation (LOPDP Art. 15). It cannot be undone. It is refused while a case about them is open or their referral to the Junta or the Fiscalía is not closed (Art. 18). It needs a connection to the server.</source>
      <translation>El servidor borra los datos de {0}, y lo que solo le concierne, en todos los equipos en su próxima sincronización (LOPDP Art. 15). No se puede deshacer. Se rechaza mientras un caso sobre la persona esté abierto o su derivación a la Junta o a la Fiscalía no esté cerrada (Art. 18). Necesita conexión con el servidor.</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="47" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="48" />
      <source>&amp;Why is it erased?</source>
      <translation>¿&amp;Por qué se borran?</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="54" />
      <source>&amp;Erase on every device</source>
      <translation>&amp;Borrar en todos los equipos</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="56" />
      <source>&amp;Cancel</source>
      <translation>&amp;Cancelar</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="74" />
      <source>Asking the server…</source>
      <translation>Consultando al servidor…</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="79" />
      <source>Erased: {0} records. This computer drops them now, as it synchronises; every other device at its next synchronisation.</source>
      <translation>Borrado: {0} registros. Este equipo los elimina ahora, al sincronizarse; cada uno de los demás, en su próxima sincronización.</translation>
    </message>
    <message>
      <source>Erased: {0} records. This computer drops them at its next synchronisation, every other device at its own.</source>
      <translation type="vanished">Borrado: {0} registros. Este equipo los elimina en su próxima sincronización, cada uno de los demás en la suya.</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="82" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="91" />
      <source>Erasing is done on the server: connect this computer to the network and try again.</source>
      <translation>El borrado se hace en el servidor: conecte este equipo a la red e intente de nuevo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/erase_person_dialog.py" line="96" />
      <source>The server could not be asked. Try again.</source>
      <translation>No se pudo consultar al servidor. Inténtelo de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>FamilyFinder</name>
    <message>
      <location filename="../../app/ui/families/family_finder.py" line="25" />
      <source>Type a member's name or document</source>
      <translation>Escriba el nombre o la cédula de un miembro</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/family_finder.py" line="26" />
      <source>Find the family</source>
      <translation>Buscar la familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/family_finder.py" line="28" />
      <source>Families found</source>
      <translation>Familias encontradas</translation>
    </message>
  </context>
  <context>
    <name>FirstRunPage</name>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="57" />
      <source>Welcome to Defensoría</source>
      <translation>Le damos la bienvenida a Defensoría</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="61" />
      <source>This laptop has no users yet. Create yours: your password protects everything stored here.</source>
      <translation>Esta computadora todavía no tiene usuarios. Cree el suyo: su contraseña protege todo lo que se guarda aquí.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="64" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="70" />
      <source>e.g. ana.chicaiza</source>
      <translation>p. ej. ana.chicaiza</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="71" />
      <source>Community promoter</source>
      <translation>Promotor/a comunitario/a</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="72" />
      <source>Consejo technician</source>
      <translation>Técnico/a del Consejo</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="73" />
      <source>Junta clerk</source>
      <translation>Secretario/a de la Junta</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="74" />
      <source>Administrator</source>
      <translation>Administrador/a</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="75" />
      <source>— none —</source>
      <translation>— ninguna —</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="78" />
      <source>At least {0} characters</source>
      <translation>Al menos {0} caracteres</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="82" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="83" />
      <source>Your &amp;name</source>
      <translation>Su &amp;nombre</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="84" />
      <source>&amp;User name</source>
      <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="85" />
      <source>&amp;Role</source>
      <translation>&amp;Función</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="86" />
      <source>&amp;Parish</source>
      <translation>&amp;Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="87" />
      <source>Pass&amp;word</source>
      <translation>Con&amp;traseña</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="88" />
      <source>Repea&amp;t the password</source>
      <translation>&amp;Repita la contraseña</translation>
    </message>
    <message>
      <source>&amp;Repeat the password</source>
      <translation type="vanished">&amp;Repita la contraseña</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="93" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="95" />
      <source>&amp;Create user and start</source>
      <translation>&amp;Crear usuario y empezar</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="100" />
      <source>&amp;Enroll with the central office instead</source>
      <translation>Registrarse con la &amp;oficina central</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="105" />
      <source>Preparing the encrypted store…</source>
      <translation>Preparando el almacén cifrado…</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/first_run_page.py" line="111" />
      <source>The two passwords are different. Type them again.</source>
      <translation>Las dos contraseñas son distintas. Escríbalas otra vez.</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <location filename="../../app/ui/cases/follow_up_dialog.py" line="21" />
      <source>Schedule a follow-up</source>
      <translation>Programar un seguimiento</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/follow_up_dialog.py" line="22" />
      <source>&amp;By</source>
      <translation>&amp;Hasta</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/follow_up_dialog.py" line="23" />
      <source>Due date</source>
      <translation>Fecha límite</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/follow_up_dialog.py" line="23" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/follow_up_dialog.py" line="24" />
      <source>&amp;What to do</source>
      <translation>&amp;Qué hacer</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/follow_up_dialog.py" line="39" />
      <source>Write the date as day/month/year, e.g. 03/04/2016.</source>
      <translation>Escriba la fecha como día/mes/año, p. ej. 03/04/2016.</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <location filename="../../app/ui/forms.py" line="30" />
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <location filename="../../app/ui/forms.py" line="31" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../app/ui/forms.py" line="32" />
      <source>Check the fields marked in red.</source>
      <translation>Revise los campos marcados en rojo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/forms.py" line="33" />
      <source>Discard changes?</source>
      <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
      <location filename="../../app/ui/forms.py" line="34" />
      <source>&amp;Discard</source>
      <translation>&amp;Descartar</translation>
    </message>
    <message>
      <location filename="../../app/ui/forms.py" line="35" />
      <source>What you typed in this form will be lost. Discard it?</source>
      <translation>Se perderá lo que escribió en este formulario. ¿Descartarlo?</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="64" />
      <source>Good day, {0}</source>
      <translation>Buen día, {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="71" />
      <source>Cases registered</source>
      <translation>Casos registrados</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="71" />
      <source>Visits done</source>
      <translation>Visitas realizadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="72" />
      <source>Mediations</source>
      <translation>Mediaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="72" />
      <source>Referrals</source>
      <translation>Derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="73" />
      <source>Community activities</source>
      <translation>Actividades comunitarias</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="76" />
      <source>My numbers this month</source>
      <translation>Mis cifras de este mes</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="79" />
      <source>New answers to my referrals</source>
      <translation>Respuestas nuevas a mis derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="80" />
      <source>Visits for today and overdue</source>
      <translation>Visitas de hoy y atrasadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="81" />
      <source>Visits in the next 14 days</source>
      <translation>Visitas de los próximos 14 días</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="82" />
      <source>Cases to refer, no referral sent</source>
      <translation>Casos que deben derivarse, sin derivación enviada</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="83" />
      <source>Follow-ups due</source>
      <translation>Seguimientos pendientes</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="84" />
      <source>Referrals without an answer after 48 hours</source>
      <translation>Derivaciones sin respuesta después de 48 horas</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="85" />
      <source>Cases without activity for 30 days</source>
      <translation>Casos sin actividad en 30 días</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="86" />
      <source>This month's plan actions without an activity</source>
      <translation>Acciones del plan de este mes sin actividad</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="185" />
      <source>Nothing pending.</source>
      <translation>Nada pendiente.</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="190" />
      <source> — overdue</source>
      <translation> — atrasada</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="190" />
      <source> — today</source>
      <translation> — hoy</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="198" />
      <source>{0} · to {1}</source>
      <translation>{0} · a {1}</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="214" />
      <source>{0} · {1} · sent {2}</source>
      <translation>{0} · {1} · enviada el {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="219" />
      <source>{0} · risk {1} · last activity {2}</source>
      <translation>{0} · riesgo {1} · última actividad el {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/home_page.py" line="224" />
      <source>{0}: {1} on {2}</source>
      <translation>{0}: {1} el {2}</translation>
    </message>
  </context>
  <context>
    <name>HouseholdDialog</name>
    <message>
      <location filename="../../app/ui/families/household_dialog.py" line="20" />
      <source>Family</source>
      <translation>Familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_dialog.py" line="21" />
      <source>&amp;Parish</source>
      <translation>&amp;Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_dialog.py" line="22" />
      <source>— choose —</source>
      <translation>— elija —</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_dialog.py" line="25" />
      <source>&amp;Community or neighbourhood</source>
      <translation>&amp;Comunidad o barrio</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_dialog.py" line="26" />
      <source>&amp;Address reference</source>
      <translation>&amp;Referencia de la dirección</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_dialog.py" line="31" />
      <source>&amp;Notes</source>
      <translation>&amp;Notas</translation>
    </message>
  </context>
  <context>
    <name>HouseholdPage</name>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="68" />
      <source>&amp;Edit family</source>
      <translation>&amp;Editar familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="69" />
      <source>&amp;Add member</source>
      <translation>Agregar &amp;miembro</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="74" />
      <source>Edit &amp;person</source>
      <translation>Editar &amp;persona</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="75" />
      <source>Record c&amp;onsent</source>
      <translation>Registrar c&amp;onsentimiento</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="77" />
      <source>Re&amp;move person</source>
      <translation>&amp;Quitar persona</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="70" />
      <source>Plan &amp;visit</source>
      <translation>Planificar &amp;visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="71" />
      <source>Record vi&amp;sit</source>
      <translation>Registrar vi&amp;sita</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="72" />
      <source>&amp;Register case</source>
      <translation>&amp;Registrar caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="76" />
      <source>Data re&amp;quest</source>
      <translation>Solicitud de &amp;datos</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="79" />
      <source>Who opened their cases…</source>
      <translation>Quién abrió sus casos…</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="83" />
      <source>Data access report (PDF)…</source>
      <translation>Informe de acceso a datos (PDF)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="88" />
      <source>Erase their data…</source>
      <translation>Borrar sus datos…</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="97" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="98" />
      <source>Relation</source>
      <translation>Parentesco</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="99" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="100" />
      <source>Age</source>
      <translation>Edad</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="101" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="102" />
      <source>Consents</source>
      <translation>Consentimientos</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="106" />
      <source>Members</source>
      <translation>Miembros</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="117" />
      <source>&lt;b&gt;Members&lt;/b&gt;</source>
      <translation>&lt;b&gt;Miembros&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="122" />
      <source>Cases of this family</source>
      <translation>Casos de esta familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="127" />
      <source>Visits to this family</source>
      <translation>Visitas a esta familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="128" />
      <source>Double-click or press Enter to see the visit</source>
      <translation>Doble clic o Enter para ver la visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="131" />
      <source>&lt;b&gt;Cases&lt;/b&gt;</source>
      <translation>&lt;b&gt;Casos&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="132" />
      <source>&lt;b&gt;Visits&lt;/b&gt;</source>
      <translation>&lt;b&gt;Visitas&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="145" />
      <source>Family {0}</source>
      <translation>Familia {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="146" />
      <source>New family</source>
      <translation>Nueva familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="189" />
      <source>Remove {0}?</source>
      <translation>¿Quitar a {0}?</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="190" />
      <source>{0} will no longer appear in this family nor in searches. Cases keep their record.</source>
      <translation>{0} ya no aparecerá en esta familia ni en las búsquedas. Los casos conservan su registro.</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/household_page.py" line="191" />
      <source>&amp;Remove</source>
      <translation>&amp;Quitar</translation>
    </message>
  </context>
  <context>
    <name>HouseholdTableModel</name>
    <message>
      <location filename="../../app/ui/models/households.py" line="18" />
      <source>Head of household</source>
      <translation>Jefe/a de hogar</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/households.py" line="18" />
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/households.py" line="19" />
      <source>Community</source>
      <translation>Comunidad</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/households.py" line="19" />
      <source>Members</source>
      <translation>Miembros</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/households.py" line="26" />
      <source>(no members yet)</source>
      <translation>(sin miembros aún)</translation>
    </message>
  </context>
  <context>
    <name>JuntaCasePage</name>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="47" />
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="48" />
      <source>Affected &amp;persons</source>
      <translation>&amp;Personas afectadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="59" />
      <location filename="../../app/ui/cases/junta_case_page.py" line="60" />
      <source>Facts</source>
      <translation>Hechos</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="65" />
      <source>Referral to the Junta</source>
      <translation>Derivación a la Junta</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="66" />
      <source>Referral to the &amp;Junta</source>
      <translation>Derivación a la &amp;Junta</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="75" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="76" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="77" />
      <source>By</source>
      <translation>Registrado por</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="78" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="79" />
      <source>Measure or answer</source>
      <translation>Medida o respuesta</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="81" />
      <source>Steps of the referral</source>
      <translation>Pasos de la derivación</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="87" />
      <source>S&amp;teps of the referral</source>
      <translation>Pasos de la &amp;derivación</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="102" />
      <source>Case {0}</source>
      <translation>Caso {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="104" />
      <source>{0} · risk {1} · opened {2} · {3} · {4}</source>
      <translation>{0} · riesgo {1} · abierto el {2} · {3} · {4}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="116" />
      <source>{0} · {1} · {2}</source>
      <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="129" />
      <source>Reason: {0} · urgency: {1}</source>
      <translation>Motivo: {0} · urgencia: {1}</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/junta_case_page.py" line="131" />
      <source>No referral to the Junta.</source>
      <translation>No hay derivación a la Junta.</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Open</source>
      <translation type="vanished">Abierto</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation type="vanished">En proceso</translation>
    </message>
    <message>
      <source>Referred</source>
      <translation type="vanished">Derivado</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation type="vanished">Cerrado</translation>
    </message>
    <message>
      <source>Drafted</source>
      <translation type="vanished">Borrador</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation type="vanished">Enviada</translation>
    </message>
    <message>
      <source>Received</source>
      <translation type="vanished">Recibida</translation>
    </message>
    <message>
      <source>In attention</source>
      <translation type="vanished">En atención</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation type="vanished">Respondida</translation>
    </message>
    <message>
      <source>Rejected or redirected</source>
      <translation type="vanished">Rechazada o redirigida</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation type="vanished">Normal</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation type="vanished">Urgente</translation>
    </message>
    <message>
      <source>Immediate danger</source>
      <translation type="vanished">Peligro inmediato</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation type="vanished">Acuerdo</translation>
    </message>
    <message>
      <source>Partial agreement</source>
      <translation type="vanished">Acuerdo parcial</translation>
    </message>
    <message>
      <source>No agreement</source>
      <translation type="vanished">Sin acuerdo</translation>
    </message>
    <message>
      <source>Services and follow-up</source>
      <translation type="vanished">Atención y seguimiento</translation>
    </message>
    <message>
      <source>Sharing with institutions</source>
      <translation type="vanished">Compartir con instituciones</translation>
    </message>
    <message>
      <source>Reports and statistics</source>
      <translation type="vanished">Informes y estadísticas</translation>
    </message>
    <message>
      <source>Planned visit</source>
      <translation type="vanished">Visita planificada</translation>
    </message>
    <message>
      <source>Visit done</source>
      <translation type="vanished">Visita realizada</translation>
    </message>
    <message>
      <source>Visit cancelled</source>
      <translation type="vanished">Visita cancelada</translation>
    </message>
    <message>
      <source>Note</source>
      <translation type="vanished">Nota</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation type="vanished">Visita</translation>
    </message>
    <message>
      <source>Mediation</source>
      <translation type="vanished">Mediación</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation type="vanished">Derivación</translation>
    </message>
    <message>
      <source>Referral step</source>
      <translation type="vanished">Avance de derivación</translation>
    </message>
    <message>
      <source>Children (0–11)</source>
      <translation type="vanished">Niñez (0–11)</translation>
    </message>
    <message>
      <source>Adolescents (12–17)</source>
      <translation type="vanished">Adolescencia (12–17)</translation>
    </message>
    <message>
      <source>Adults (18–64)</source>
      <translation type="vanished">Adultos (18–64)</translation>
    </message>
    <message>
      <source>Older adults (65+)</source>
      <translation type="vanished">Adultos mayores (65+)</translation>
    </message>
    <message>
      <source>Children</source>
      <translation type="vanished">Niñez</translation>
    </message>
    <message>
      <source>Adolescents</source>
      <translation type="vanished">Adolescencia</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation type="vanished">Adultos</translation>
    </message>
    <message>
      <source>Older adults</source>
      <translation type="vanished">Adultos mayores</translation>
    </message>
    <message>
      <source>Child (under 12)</source>
      <translation type="vanished">Niña o niño (menor de 12)</translation>
    </message>
    <message>
      <source>Adolescent (12 to 17)</source>
      <translation type="vanished">Adolescente (12 a 17)</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation type="vanished">Persona adulta</translation>
    </message>
    <message>
      <source>Older adult</source>
      <translation type="vanished">Persona adulta mayor</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" line="80" />
      <source>{0} years</source>
      <translation>{0} años</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" line="81" />
      <source>~{0} years</source>
      <translation>~{0} años</translation>
    </message>
    <message>
      <location filename="../../app/ui/labels.py" line="121" />
      <source>and {0} more</source>
      <translation>y {0} más</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/shell/main_window.py" line="83" />
      <source>Defensoría Comunitaria</source>
      <translation>Defensoría Comunitaria</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/main_window.py" line="156" />
      <source>Something went wrong: {0}. Try again; if it happens again, tell the Consejo's technician.</source>
      <translation>Algo salió mal: {0}. Inténtelo de nuevo; si vuelve a pasar, avise al técnico del Consejo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/main_window.py" line="176" />
      <source>User: {0}</source>
      <translation>Usuario: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/main_window.py" line="194" />
      <source>Loading the list of persons…</source>
      <translation>Cargando la lista de personas…</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/main_window.py" line="202" />
      <source>The database has a problem</source>
      <translation>La base de datos tiene un problema</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/main_window.py" line="284" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/main_window.py" line="285" />
      <source>The new language is used from the next start.</source>
      <translation>El nuevo idioma se usará desde el próximo inicio.</translation>
    </message>
  </context>
  <context>
    <name>MediationBlocked</name>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="35" />
      <source>This case cannot be mediated</source>
      <translation>Este caso no se puede mediar</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="40" />
      <source>Why mediation is not allowed</source>
      <translation>Por qué no se permite la mediación</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="42" />
      <source>Mediation is only for minor family or community conflicts. Violence must be referred.</source>
      <translation>La mediación es solo para conflictos familiares o comunitarios menores. La violencia se debe derivar.</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="45" />
      <source>&amp;Create the referral</source>
      <translation>&amp;Crear la derivación</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="49" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
  </context>
  <context>
    <name>MediationDialog</name>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="66" />
      <source>Record a mediation</source>
      <translation>Registrar una mediación</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="67" />
      <source>&amp;Date</source>
      <translation>&amp;Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="68" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="68" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/AAAA</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation type="vanished">&amp;Asunto</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="70" />
      <source>Su&amp;bject</source>
      <translation>&amp;Asunto</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="71" />
      <source>&amp;First party</source>
      <translation>&amp;Primera parte</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="73" />
      <source>Second party</source>
      <translation>Segunda parte</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="74" />
      <source>Second part&amp;y</source>
      <translation>&amp;Segunda parte</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="75" />
      <source>&amp;Agreements</source>
      <translation>A&amp;cuerdos</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="76" />
      <source>&amp;Outcome</source>
      <translation>&amp;Resultado</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/mediation_dialog.py" line="98" />
      <source>Write the date as day/month/year, e.g. 03/04/2016.</source>
      <translation>Escriba la fecha como día/mes/año, p. ej. 03/04/2016.</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="35" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="37" />
      <source>New &amp;family</source>
      <translation>Nueva &amp;familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="40" />
      <source>Register &amp;case</source>
      <translation>Registrar &amp;caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="43" />
      <source>&amp;Search</source>
      <translation>B&amp;uscar</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="46" />
      <source>&amp;Lock</source>
      <translation>&amp;Bloquear</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="47" />
      <source>S&amp;witch user</source>
      <translation>Ca&amp;mbiar de usuario</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="48" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferencias…</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="50" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="51" />
      <source>&amp;Go</source>
      <translation>&amp;Ir a</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="52" />
      <source>&amp;Home</source>
      <translation>&amp;Inicio</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="52" />
      <source>Canton &amp;overview</source>
      <translation>&amp;Resumen cantonal</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="53" />
      <source>&amp;Families and persons</source>
      <translation>&amp;Familias y personas</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="53" />
      <source>&amp;Cases</source>
      <translation>&amp;Casos</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="54" />
      <source>My &amp;referrals</source>
      <translation>Mis &amp;derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="55" />
      <source>Community &amp;activities</source>
      <translation>&amp;Actividades comunitarias</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="55" />
      <source>R&amp;eports</source>
      <translation>R&amp;eportes</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="56" />
      <source>Work &amp;plans</source>
      <translation>&amp;Planes de trabajo</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="57" />
      <source>Referral &amp;inbox</source>
      <translation>&amp;Bandeja de derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/menus.py" line="57" />
      <source>A&amp;dministration</source>
      <translation>A&amp;dministración</translation>
    </message>
  </context>
  <context>
    <name>NewUserForm</name>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="12" />
      <source>New user</source>
      <translation>Usuario nuevo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="15" />
      <source>User name</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="16" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="17" />
      <source>(none)</source>
      <translation>(ninguna)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="18" />
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="21" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="22" />
      <source>User &amp;name:</source>
      <translation>Nombre de usuari&amp;o:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="23" />
      <source>R&amp;ole:</source>
      <translation>&amp;Rol:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="24" />
      <source>Pa&amp;rish:</source>
      <translation>Parro&amp;quia:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="25" />
      <source>Pass&amp;word:</source>
      <translation>Contras&amp;eña:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/new_user_form.py" line="27" />
      <source>&amp;Add user</source>
      <translation>A&amp;gregar usuario</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <location filename="../../app/ui/cases/note_dialog.py" line="20" />
      <source>Add a note</source>
      <translation>Agregar una nota</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/note_dialog.py" line="21" />
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
  </context>
  <context>
    <name>OverviewListPage</name>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="26" />
      <source>Open cases</source>
      <translation>Casos abiertos</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="27" />
      <source>Referrals without an answer after 48 hours</source>
      <translation>Derivaciones sin respuesta después de 48 horas</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="28" />
      <source>Overdue visits</source>
      <translation>Visitas atrasadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="29" />
      <source>Overdue follow-ups</source>
      <translation>Seguimientos atrasados</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="30" />
      <source>Opened</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="30" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="31" />
      <source>Planned for</source>
      <translation>Planificada para</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="31" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="32" />
      <source>Risk</source>
      <translation>Riesgo</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="32" />
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="33" />
      <source>Community</source>
      <translation>Comunidad</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="34" />
      <source>What to do</source>
      <translation>Qué hacer</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="35" />
      <source>Whole canton</source>
      <translation>Todo el cantón</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="38" />
      <source>risk {0}</source>
      <translation>riesgo {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="44" />
      <source>&amp;Back to the overview</source>
      <translation>&amp;Volver al resumen</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="49" />
      <source>{0} in the list</source>
      <translation>{0} en la lista</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="53" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="53" />
      <source>Family visit</source>
      <translation>Visita a la familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="54" />
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_list_page.py" line="67" />
      <source>Open a row (Enter or double click) to see its case or family.</source>
      <translation>Abra una fila (Enter o doble clic) para ver su caso o su familia.</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="33" />
      <source>Canton overview</source>
      <translation>Resumen cantonal</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="39" />
      <location filename="../../app/ui/home/overview_page.py" line="61" />
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="39" />
      <source>Open cases</source>
      <translation>Casos abiertos</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="40" />
      <source>Referrals without answer &gt; 48 h</source>
      <translation>Derivaciones sin respuesta &gt; 48 h</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="41" />
      <source>Overdue visits</source>
      <translation>Visitas atrasadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="42" />
      <source>Overdue follow-ups</source>
      <translation>Seguimientos atrasados</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="42" />
      <source>Whole canton</source>
      <translation>Todo el cantón</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="43" />
      <source>Figures per parish</source>
      <translation>Cifras por parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="53" />
      <source>Click a number to see the cases, referrals, visits or follow-ups behind it.</source>
      <translation>Haga clic en un número para ver los casos, derivaciones, visitas o seguimientos que cuenta.</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="56" />
      <source>&lt;b&gt;Figures per &amp;parish&lt;/b&gt;</source>
      <translation>&lt;b&gt;Cifras por &amp;parroquia&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="60" />
      <source>Promoter</source>
      <translation>Promotor</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="62" />
      <source>Last successful sync</source>
      <translation>Última sincronización completa</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="63" />
      <source>Since then</source>
      <translation>Desde entonces</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="65" />
      <source>Promoters' last synchronisation</source>
      <translation>Última sincronización de los promotores</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="70" />
      <source>&lt;b&gt;Promoters' last &amp;synchronisation&lt;/b&gt;</source>
      <translation>&lt;b&gt;Última &amp;sincronización de los promotores&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="83" />
      <source>never synchronised</source>
      <translation>nunca sincronizó</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="85" />
      <source>not synchronised for {0} days</source>
      <translation>sin sincronizar hace {0} días</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="87" />
      <source>today</source>
      <translation>hoy</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="88" />
      <source>{0} days ago</source>
      <translation>hace {0} días</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="97" />
      <source>As of the last synchronisation: {0}</source>
      <translation>Datos de la última sincronización: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/overview_page.py" line="99" />
      <source>Not synchronised with the server yet</source>
      <translation>Aún no sincronizado con el servidor</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsDialog</name>
    <message>
      <location filename="../../app/ui/fieldwork/participants_dialog.py" line="31" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/participants_dialog.py" line="35" />
      <source>No list yet: the activity keeps the counts typed for it.</source>
      <translation>Aún sin lista: la actividad conserva las cifras escritas para ella.</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/participants_dialog.py" line="40" />
      <source>{0} · {1} · {2}</source>
      <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/participants_dialog.py" line="46" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="44" />
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="47" />
      <source>&amp;Given names</source>
      <translation>&amp;Nombres</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="48" />
      <source>S&amp;urnames</source>
      <translation>&amp;Apellidos</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="49" />
      <source>Se&amp;x</source>
      <translation>&amp;Sexo</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="50" />
      <source>— choose —</source>
      <translation>— elija —</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="55" />
      <source>Document type</source>
      <translation>Tipo de documento</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="58" />
      <source>Document number</source>
      <translation>Número de documento</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="59" />
      <source>Number</source>
      <translation>Número</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="62" />
      <source>&amp;Document</source>
      <translation>&amp;Documento</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="63" />
      <source>&amp;Birth date</source>
      <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="64" />
      <source>Birth date</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="64" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="67" />
      <source>unknown</source>
      <translation>desconocida</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="69" />
      <source>Estimated &amp;age (if no date)</source>
      <translation>&amp;Edad aproximada (si no hay fecha)</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="71" />
      <source>&amp;Relation to head</source>
      <translation>&amp;Parentesco con el jefe de hogar</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="73" />
      <source>Self-identified &amp;ethnicity</source>
      <translation>Aut&amp;oidentificación étnica</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="75" />
      <source>&amp;Priority groups</source>
      <translation>G&amp;rupos de atención prioritaria</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="77" />
      <source>Priority groups</source>
      <translation>Grupos de atención prioritaria</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="80" />
      <source>P&amp;hone</source>
      <translation>Te&amp;léfono</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="85" />
      <source>It is another person: save &amp;anyway</source>
      <translation>Es otra persona: guardar de &amp;todos modos</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="110" />
      <source>Write the date as day/month/year, e.g. 03/04/2016.</source>
      <translation>Escriba la fecha como día/mes/año, p. ej. 03/04/2016.</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="112" />
      <source>The date cannot be in the future.</source>
      <translation>La fecha no puede estar en el futuro.</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/person_dialog.py" line="149" />
      <source>Check the fields marked in red.</source>
      <translation>Revise los campos marcados en rojo.</translation>
    </message>
  </context>
  <context>
    <name>PersonRights</name>
    <message>
      <location filename="../../app/ui/shell/person_rights.py" line="71" />
      <source>Data access report</source>
      <translation>Informe de acceso a datos</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/person_rights.py" line="73" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>PersonTableModel</name>
    <message>
      <location filename="../../app/ui/models/persons.py" line="18" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/persons.py" line="18" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/persons.py" line="18" />
      <source>Birth date</source>
      <translation>Fecha de nacimiento</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/persons.py" line="19" />
      <source>Sex</source>
      <translation>Sexo</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/persons.py" line="19" />
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/persons.py" line="19" />
      <source>Community</source>
      <translation>Comunidad</translation>
    </message>
  </context>
  <context>
    <name>PersonsPage</name>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="58" />
      <source>Families and persons</source>
      <translation>Familias y personas</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="60" />
      <source>&amp;New family</source>
      <translation>&amp;Nueva familia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="70" />
      <location filename="../../app/ui/families/persons_page.py" line="100" />
      <source>Families</source>
      <translation>Familias</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="71" />
      <source>Show</source>
      <translation>Mostrar</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="75" />
      <source>Name, document or community</source>
      <translation>Nombre, documento o comunidad</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="76" />
      <source>Search the list</source>
      <translation>Buscar en la lista</translation>
    </message>
    <message>
      <source>Searc&amp;h</source>
      <translation type="vanished">&amp;Buscar</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="81" />
      <source>All parishes</source>
      <translation>Todas las parroquias</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="82" />
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="84" />
      <source>Community</source>
      <translation>Comunidad</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="85" />
      <location filename="../../app/ui/families/persons_page.py" line="174" />
      <source>All communities</source>
      <translation>Todas las comunidades</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="87" />
      <source>All priority groups</source>
      <translation>Todos los grupos prioritarios</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="87" />
      <source>Priority group</source>
      <translation>Grupo prioritario</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="88" />
      <source>&amp;Parish</source>
      <translation>&amp;Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="89" />
      <source>C&amp;ommunity</source>
      <translation>C&amp;omunidad</translation>
    </message>
    <message>
      <source>Priority &amp;group</source>
      <translation type="vanished">&amp;Grupo prioritario</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="92" />
      <location filename="../../app/ui/families/persons_page.py" line="222" />
      <source>Number of persons</source>
      <translation>Número de personas</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="221" />
      <source>Number of families</source>
      <translation>Número de familias</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="69" />
      <location filename="../../app/ui/families/persons_page.py" line="96" />
      <source>Persons</source>
      <translation>Personas</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="78" />
      <source>Se&amp;arch</source>
      <translation>&amp;Buscar</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="90" />
      <source>Priority g&amp;roup</source>
      <translation>&amp;Grupo prioritario</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="192" />
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="212" />
      <source>The list could not be loaded: {0}</source>
      <translation>No se pudo cargar la lista: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="219" />
      <source>Families: {0}</source>
      <translation>Familias: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/persons_page.py" line="220" />
      <source>Persons: {0}</source>
      <translation>Personas: {0}</translation>
    </message>
  </context>
  <context>
    <name>PlanActionDialog</name>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="54" />
      <source>Plan action</source>
      <translation>Acción del plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="55" />
      <source>Edit plan action</source>
      <translation>Editar acción del plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="61" />
      <source>&amp;Line / axis</source>
      <translation>&amp;Línea / eje</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="62" />
      <source>&amp;Responsible</source>
      <translation>&amp;Responsable</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="63" />
      <source>Proposed &amp;action</source>
      <translation>&amp;Acción propuesta</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="65" />
      <source>Aspects to &amp;keep</source>
      <translation>Aspectos a ma&amp;ntener</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="67" />
      <source>Aspects to c&amp;orrect</source>
      <translation>Aspectos a &amp;corregir</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="79" />
      <source>&amp;Months</source>
      <translation>&amp;Meses</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="80" />
      <source>Activity &amp;type</source>
      <translation>&amp;Tipo de actividad</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="81" />
      <source>— none —</source>
      <translation>— ninguno —</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="84" />
      <source>no target</source>
      <translation>sin meta</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="85" />
      <source>Target &amp;events</source>
      <translation>Meta de &amp;eventos</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="86" />
      <source>Target &amp;participants</source>
      <translation>Meta de &amp;participantes</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="92" />
      <source>no budget</source>
      <translation>sin presupuesto</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="93" />
      <source>&amp;Budget</source>
      <translation>Pres&amp;upuesto</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="110" />
      <source>Women and girls</source>
      <translation>Mujeres y niñas</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_action_dialog.py" line="110" />
      <source>Men and boys</source>
      <translation>Hombres y niños</translation>
    </message>
  </context>
  <context>
    <name>PlanDuePanel</name>
    <message>
      <location filename="../../app/ui/home/plan_due.py" line="50" />
      <source>This month's plan actions without an activity</source>
      <translation>Acciones del plan de este mes sin actividad</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/plan_due.py" line="78" />
      <source>Nothing pending.</source>
      <translation>Nada pendiente.</translation>
    </message>
  </context>
  <context>
    <name>PlanOwners</name>
    <message>
      <location filename="../../app/ui/plans/owners.py" line="10" />
      <source>POA of the canton (Consejo)</source>
      <translation>POA del cantón (Consejo)</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/owners.py" line="11" />
      <source>PTA of {0}</source>
      <translation>PTA de {0}</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="61" />
      <source>Work plans</source>
      <translation>Planes de trabajo</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="71" />
      <source>Ye&amp;ar</source>
      <translation>Añ&amp;o</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="73" />
      <source>P&amp;lan</source>
      <translation>&amp;Plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="79" />
      <source>&amp;New action</source>
      <translation>&amp;Nueva acción</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="80" />
      <source>&amp;Edit action</source>
      <translation>&amp;Editar acción</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="81" />
      <source>I&amp;mport matrix…</source>
      <translation>I&amp;mportar matriz…</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="82" />
      <source>E&amp;xport matrix…</source>
      <translation>E&amp;xportar matriz…</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="92" />
      <source>Plan actions</source>
      <translation>Acciones del plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="108" />
      <source>Months: {0} done · {1} late (the month is over, no activity recorded) · {2} planned · {3} not planned</source>
      <translation>Meses: {0} hecho · {1} atrasado (el mes terminó sin actividad registrada) · {2} planificado · {3} no planificado</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="114" />
      <source>Rows not imported</source>
      <translation>Filas no importadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="116" />
      <source>&lt;b&gt;Rows not &amp;imported&lt;/b&gt;</source>
      <translation>&lt;b&gt;Filas no importa&amp;das&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="147" />
      <source>There is no plan for {0} yet.</source>
      <translation>No hay un plan para {0} todavía.</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="149" />
      <source>Add its actions or import its matrix.</source>
      <translation>Agregue sus acciones o importe su matriz.</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="154" />
      <source>Read-only: the POA is written by the Consejo's técnico.</source>
      <translation>Solo lectura: el POA lo escribe el técnico del Consejo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="156" />
      <source>Read-only: this plan belongs to another parish.</source>
      <translation>Solo lectura: este plan es de otra parroquia.</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="198" />
      <source>Import a plan matrix</source>
      <translation>Importar una matriz del plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="199" />
      <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
      <translation>Hojas de cálculo (*.xlsx *.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="204" />
      <source>Importing {0}…</source>
      <translation>Importando {0}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="235" />
      <source>Writing {0}…</source>
      <translation>Escribiendo {0}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="248" />
      <source>The file could not be read: {0}</source>
      <translation>No se pudo leer el archivo: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="210" />
      <source>Actions imported: {0}; rows not imported: {1}.</source>
      <translation>Acciones importadas: {0}; filas no importadas: {1}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="212" />
      <source>Line {0}: {1}</source>
      <translation>Línea {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="226" />
      <source>Export the plan matrix</source>
      <translation>Exportar la matriz del plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="228" />
      <source>Excel workbook (*.xlsx);;CSV text (*.csv)</source>
      <translation>Libro de Excel (*.xlsx);;Texto CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="249" />
      <source>The file could not be written: {0}</source>
      <translation>No se pudo escribir el archivo: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/plans/plan_page.py" line="241" />
      <source>Saved in {0}</source>
      <translation>Guardado en {0}</translation>
    </message>
  </context>
  <context>
    <name>PlanProgressModel</name>
    <message>
      <location filename="../../app/ui/models/plans.py" line="50" />
      <source>Line</source>
      <translation>Línea</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="51" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="52" />
      <source>Months (Jan–Dec)</source>
      <translation>Meses (ene–dic)</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="53" />
      <source>Events</source>
      <translation>Eventos</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="56" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="60" />
      <source>Late</source>
      <translation>Atrasado</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="62" />
      <source>✔ done, ✘ late, ○ planned, · not planned</source>
      <translation>✔ realizado, ✘ atrasado, ○ planificado, · no planificado</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="75" />
      <source>done</source>
      <translation>hecho</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="76" />
      <source>late</source>
      <translation>atrasado</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="77" />
      <source>planned</source>
      <translation>planificado</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="83" />
      <source>January</source>
      <translation>enero</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="83" />
      <source>February</source>
      <translation>febrero</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="83" />
      <source>March</source>
      <translation>marzo</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="83" />
      <source>April</source>
      <translation>abril</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="84" />
      <source>May</source>
      <translation>mayo</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="84" />
      <source>June</source>
      <translation>junio</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="84" />
      <source>July</source>
      <translation>julio</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="84" />
      <source>August</source>
      <translation>agosto</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="85" />
      <source>September</source>
      <translation>septiembre</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="85" />
      <source>October</source>
      <translation>octubre</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="85" />
      <source>November</source>
      <translation>noviembre</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="86" />
      <source>December</source>
      <translation>diciembre</translation>
    </message>
    <message>
      <location filename="../../app/ui/models/plans.py" line="93" />
      <source>Planned for %1, no activity recorded</source>
      <translation>Planificado para %1, sin actividad registrada</translation>
    </message>
  </context>
  <context>
    <name>PlanReportBox</name>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="22" />
      <location filename="../../app/ui/reports/plan_report_box.py" line="74" />
      <source>Plan compliance report</source>
      <translation>Informe de cumplimiento del plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="27" />
      <source>Plan year</source>
      <translation>Año del plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="28" />
      <source>January</source>
      <translation>enero</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="28" />
      <source>February</source>
      <translation>febrero</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="28" />
      <source>March</source>
      <translation>marzo</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="28" />
      <source>April</source>
      <translation>abril</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="29" />
      <source>May</source>
      <translation>mayo</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="29" />
      <source>June</source>
      <translation>junio</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="29" />
      <source>July</source>
      <translation>julio</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="29" />
      <source>August</source>
      <translation>agosto</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="30" />
      <source>September</source>
      <translation>septiembre</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="30" />
      <source>October</source>
      <translation>octubre</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="30" />
      <source>November</source>
      <translation>noviembre</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="31" />
      <source>December</source>
      <translation>diciembre</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="33" />
      <source>First month</source>
      <translation>Mes de inicio</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="34" />
      <source>Last month</source>
      <translation>Mes final</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="42" />
      <source>Format of the plan report</source>
      <translation>Formato del informe del plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="43" />
      <source>Plan complia&amp;nce report</source>
      <translation>Informe de cump&amp;limiento</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="46" />
      <source>Pl&amp;an year</source>
      <translation>Añ&amp;o del plan</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="49" />
      <source>Fir&amp;st month</source>
      <translation>Mes d&amp;e inicio</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="51" />
      <source>&amp;Last month</source>
      <translation>Mes &amp;final</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="66" />
      <source>The first month comes after the last: correct the months.</source>
      <translation>El mes de inicio es posterior al mes final: corrija los meses.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="71" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/plan_report_box.py" line="72" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Libros de Excel (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="39" />
      <location filename="../../app/ui/shell/preferences_dialog.py" line="95" />
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="41" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="43" />
      <source>Use larger text</source>
      <translation>Usar texto más grande</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="47" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="49" />
      <source>Lock after minutes without use</source>
      <translation>Bloquear tras minutos sin uso</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="50" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="51" />
      <source>&amp;Text</source>
      <translation>&amp;Texto</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="52" />
      <source>Lock a&amp;fter</source>
      <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="66" />
      <source>No automatic backups</source>
      <translation>Sin copias de seguridad automáticas</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="68" />
      <location filename="../../app/ui/shell/preferences_dialog.py" line="85" />
      <source>Folder for the daily backups</source>
      <translation>Carpeta de las copias de seguridad diarias</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="69" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Elegir…</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="77" />
      <source>Backups to keep</source>
      <translation>Copias que se conservan</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="78" />
      <source>Daily &amp;backups in</source>
      <translation>Copias &amp;diarias en</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="81" />
      <source>Backups to &amp;keep</source>
      <translation>Copias a &amp;mantener</translation>
    </message>
    <message>
      <source>Lock &amp;after</source>
      <translation type="vanished">Bloquear &amp;tras</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="57" />
      <source>&amp;Apply</source>
      <translation>&amp;Aplicar</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/preferences_dialog.py" line="58" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
  </context>
  <context>
    <name>ReferralDialog</name>
    <message>
      <location filename="../../app/ui/referrals/referral_dialog.py" line="40" />
      <source>Refer case {0}</source>
      <translation>Derivar el caso {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_dialog.py" line="42" />
      <source>&amp;Institution</source>
      <translation>&amp;Institución</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_dialog.py" line="44" />
      <source>Show &amp;every institution</source>
      <translation>Mostrar &amp;todas las instituciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_dialog.py" line="47" />
      <source>&amp;Reason</source>
      <translation>&amp;Motivo</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_dialog.py" line="48" />
      <source>&amp;Urgency</source>
      <translation>&amp;Urgencia</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_dialog.py" line="50" />
      <source>Mark as sent &amp;now</source>
      <translation>Marcar como &amp;enviada ahora</translation>
    </message>
    <message>
      <source>Mark as &amp;sent now</source>
      <translation type="vanished">Marcar como &amp;enviada ahora</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_dialog.py" line="60" />
      <source> (required by law)</source>
      <translation> (obligatoria por ley)</translation>
    </message>
  </context>
  <context>
    <name>ReferralDue</name>
    <message>
      <location filename="../../app/ui/cases/legal_notice.py" line="33" />
      <source>Referrals the law requires</source>
      <translation>Derivaciones que exige la ley</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/legal_notice.py" line="35" />
      <source>Create the referral</source>
      <translation>Crear la derivación</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/legal_notice.py" line="47" />
      <source>The law requires referring this case to: {0}.</source>
      <translation>La ley exige derivar este caso a: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/legal_notice.py" line="51" />
      <source>This case must be referred to {0} and the referral has not been sent yet.</source>
      <translation>Este caso debe derivarse a {0} y la derivación aún no se ha enviado.</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/legal_notice.py" line="57" />
      <source>Opens the referral form to {0}</source>
      <translation>Abre la ficha de derivación a {0}</translation>
    </message>
  </context>
  <context>
    <name>ReferralInboxPage</name>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="36" />
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="48" />
      <source>Referral inbox</source>
      <translation>Bandeja de derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="40" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="41" />
      <source>Affected persons</source>
      <translation>Personas afectadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="42" />
      <source>Urgency</source>
      <translation>Urgencia</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="43" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="44" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="45" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="46" />
      <source>Measure or answer</source>
      <translation>Medida o respuesta</translation>
    </message>
    <message>
      <source>Names and surnames</source>
      <translation type="vanished">Nombres y apellidos</translation>
    </message>
    <message>
      <source>Age</source>
      <translation type="vanished">Edad</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="vanished">Categoría</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation type="vanished">Sexo</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation type="vanished">Documento de identidad</translation>
    </message>
    <message>
      <source>Address</source>
      <translation type="vanished">Dirección</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="62" />
      <source>Affected persons of the referral</source>
      <translation>Personas afectadas de la derivación</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="63" />
      <source>Affected &amp;persons of the referral</source>
      <translation>&amp;Personas afectadas de la derivación</translation>
    </message>
    <message>
      <source>Mark as &amp;received</source>
      <translation type="vanished">Marcar como &amp;recibida</translation>
    </message>
    <message>
      <source>New status</source>
      <translation type="vanished">Nuevo estado</translation>
    </message>
    <message>
      <source>Note</source>
      <translation type="vanished">Nota</translation>
    </message>
    <message>
      <source>New &amp;status</source>
      <translation type="vanished">Nuevo e&amp;stado</translation>
    </message>
    <message>
      <source>&amp;Measure or answer</source>
      <translation type="vanished">&amp;Medida o respuesta</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation type="vanished">&amp;Nota</translation>
    </message>
    <message>
      <source>Save &amp;answer</source>
      <translation type="vanished">Guardar &amp;respuesta</translation>
    </message>
    <message>
      <source>Age not recorded</source>
      <translation type="vanished">Edad no registrada</translation>
    </message>
    <message>
      <source>about {0} years</source>
      <translation type="vanished">unos {0} años</translation>
    </message>
    <message>
      <source>{0} years</source>
      <translation type="vanished">{0} años</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/referral_inbox_page.py" line="84" />
      <source>Referrals: {0} · not yet received: {1}</source>
      <translation>Derivaciones: {0} · sin recibir: {1}</translation>
    </message>
    <message>
      <source>{0} referrals, {1} not yet received</source>
      <translation type="vanished">{0} derivaciones, {1} aún sin recibir</translation>
    </message>
    <message>
      <source>Type the measure or the answer.</source>
      <translation type="vanished">Escriba la medida o la respuesta.</translation>
    </message>
  </context>
  <context>
    <name>ReferralStepDialog</name>
    <message>
      <location filename="../../app/ui/referrals/referral_step_dialog.py" line="24" />
      <source>Referral: new step</source>
      <translation>Derivación: nuevo avance</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation type="vanished">&amp;Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_dialog.py" line="27" />
      <source>S&amp;tatus</source>
      <translation>&amp;Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_dialog.py" line="30" />
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_dialog.py" line="31" />
      <source>&amp;Answer or measure issued</source>
      <translation>&amp;Respuesta o medida emitida</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_dialog.py" line="35" />
      <source>This referral is closed: no step follows.</source>
      <translation>Esta derivación está cerrada: no le sigue ningún paso.</translation>
    </message>
  </context>
  <context>
    <name>ReferralStepForm</name>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="46" />
      <source>New status</source>
      <translation>Nuevo estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="47" />
      <source>Measure or answer</source>
      <translation>Medida o respuesta</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="48" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="49" />
      <source>This referral is closed: no step follows.</source>
      <translation>Esta derivación está cerrada: no le sigue ningún paso.</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="51" />
      <source>Mark as &amp;received</source>
      <translation>Marcar como &amp;recibida</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="53" />
      <source>Sa&amp;ve step</source>
      <translation>&amp;Guardar paso</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="56" />
      <source>New &amp;status</source>
      <translation>Nuevo e&amp;stado</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="57" />
      <source>&amp;Measure or answer</source>
      <translation>&amp;Medida o respuesta</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="58" />
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_step_form.py" line="114" />
      <source>Type the measure or the answer.</source>
      <translation>Escriba la medida o la respuesta.</translation>
    </message>
  </context>
  <context>
    <name>ReferralSteps</name>
    <message>
      <location filename="../../app/ui/referrals/referral_steps.py" line="64" />
      <source>Measure or answer: {0}</source>
      <translation>Medida o respuesta: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referral_steps.py" line="66" />
      <source>Note: {0}</source>
      <translation>Nota: {0}</translation>
    </message>
  </context>
  <context>
    <name>ReferralsPage</name>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="36" />
      <location filename="../../app/ui/referrals/referrals_page.py" line="50" />
      <source>My referrals</source>
      <translation>Mis derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="38" />
      <source>Every status</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="38" />
      <location filename="../../app/ui/referrals/referrals_page.py" line="46" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="39" />
      <source>&amp;Status</source>
      <translation>&amp;Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="44" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="45" />
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="48" />
      <source>Measure or answer</source>
      <translation>Medida o respuesta</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="64" />
      <source>Steps of the referral</source>
      <translation>Pasos de la derivación</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="66" />
      <source>&lt;b&gt;Steps of the selected referral&lt;/b&gt;</source>
      <translation>&lt;b&gt;Pasos de la derivación seleccionada&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="68" />
      <source>&amp;Open the case</source>
      <translation>Abrir el &amp;caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="80" />
      <source>{0} · new answer</source>
      <translation>{0} · respuesta nueva</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation type="vanished">Urgencia</translation>
    </message>
    <message>
      <location filename="../../app/ui/referrals/referrals_page.py" line="47" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="88" />
      <source>Reports</source>
      <translation>Reportes</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="90" />
      <source>Documents for the Consejo and the central office. Choose the period and the parish, then the report; you choose where it is saved.</source>
      <translation>Documentos para el Consejo y la oficina central. Elija el período y la parroquia, luego el reporte; usted decide dónde se guarda.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="97" />
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="96" />
      <source>All parishes</source>
      <translation>Todas las parroquias</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="99" />
      <source>&amp;Parish</source>
      <translation>&amp;Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="102" />
      <location filename="../../app/ui/reports/reports_page.py" line="193" />
      <source>Monthly report</source>
      <translation>Informe mensual</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="104" />
      <source>Month</source>
      <translation>Mes</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="107" />
      <source>Only my &amp;work ({0})</source>
      <translation>Solo mi &amp;trabajo ({0})</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="109" />
      <source>&amp;Month</source>
      <translation>&amp;Mes</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="105" />
      <source>Monthly &amp;report (PDF)</source>
      <translation>Informe me&amp;nsual (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="94" />
      <source>Filter</source>
      <translation>Filtro</translation>
    </message>
    <message>
      <source>&amp;Only my work ({0})</source>
      <translation type="vanished">Solo mi &amp;trabajo ({0})</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="113" />
      <source>Period: canton report and figures</source>
      <translation>Período: informe cantonal y cifras</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="115" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="116" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation type="vanished">&amp;Desde</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="118" />
      <source>&amp;To</source>
      <translation>&amp;Hasta</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="120" />
      <source>&amp;Canton report (PDF)</source>
      <translation>Informe &amp;cantonal (PDF)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="125" />
      <source>Format of the figures</source>
      <translation>Formato de las cifras</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="126" />
      <source>E&amp;xport figures</source>
      <translation>E&amp;xportar cifras</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="139" />
      <source>For analysis</source>
      <translation>Para análisis</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="141" />
      <source>Every case without names, document numbers, phones or addresses; each person keeps the same pseudonymous id. The whole store, whatever the period and parish.</source>
      <translation>Todos los casos sin nombres, números de documento, teléfonos ni direcciones; cada persona conserva el mismo identificador seudónimo. Toda la base, sin importar el período ni la parroquia.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="146" />
      <source>Ps&amp;eudonymised export (CSV)</source>
      <translation>Exportación &amp;seudonimizada (CSV)</translation>
    </message>
    <message>
      <source>&amp;Pseudonymised export (CSV)</source>
      <translation type="vanished">Exportación &amp;seudonimizada (CSV)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="117" />
      <source>Fr&amp;om</source>
      <translation>&amp;Desde</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="151" />
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="156" />
      <source>Saved: {0}</source>
      <translation>Guardado: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="158" />
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="179" />
      <source>The period starts after it ends: correct the dates “From” and “To”.</source>
      <translation>El período empieza después de terminar: corrija las fechas «Desde» y «Hasta».</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="196" />
      <location filename="../../app/ui/reports/reports_page.py" line="210" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="207" />
      <source>Canton report</source>
      <translation>Informe cantonal</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="219" />
      <location filename="../../app/ui/reports/reports_page.py" line="237" />
      <source>CSV files (*.csv)</source>
      <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="220" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="223" />
      <source>Export figures</source>
      <translation>Exportar cifras</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports/reports_page.py" line="235" />
      <source>Pseudonymised export</source>
      <translation>Exportación seudonimizada</translation>
    </message>
  </context>
  <context>
    <name>RequestDialog</name>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="26" />
      <source>Data request of {0}</source>
      <translation>Solicitud sobre los datos de {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="28" />
      <source>&amp;Request</source>
      <translation>&amp;Solicitud</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="30" />
      <source>&amp;Asked by</source>
      <translation>&amp;Pedida por</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="31" />
      <source>The person</source>
      <translation>La persona</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="32" />
      <source>A representative</source>
      <translation>Un representante</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="34" />
      <source>Representative's &amp;name</source>
      <translation>&amp;Nombre del representante</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="36" />
      <source>Representative's re&amp;lation</source>
      <translation>&amp;Relación del representante</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="37" />
      <source>Received &amp;on</source>
      <translation>Recibida &amp;el</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="38" />
      <source>Received on</source>
      <translation>Recibida el</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="38" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../app/ui/families/request_dialog.py" line="67" />
      <source>Write the date as day/month/year, e.g. 03/04/2016.</source>
      <translation>Escriba la fecha como día/mes/año, p. ej. 03/04/2016.</translation>
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message>
      <source>Person</source>
      <translation type="vanished">Persona</translation>
    </message>
    <message>
      <source>Request</source>
      <translation type="vanished">Solicitud</translation>
    </message>
    <message>
      <source>Received</source>
      <translation type="vanished">Recibida</translation>
    </message>
    <message>
      <source>Due</source>
      <translation type="vanished">Vence</translation>
    </message>
    <message>
      <source>State</source>
      <translation type="vanished">Estado</translation>
    </message>
    <message>
      <source>Data requests not yet answered</source>
      <translation type="vanished">Solicitudes sobre datos sin responder</translation>
    </message>
    <message>
      <source>&lt;b&gt;&amp;Data requests not yet answered&lt;/b&gt; (15 days)</source>
      <translation type="vanished">&lt;b&gt;Solicitudes sobre &amp;datos sin responder&lt;/b&gt; (15 días)</translation>
    </message>
    <message>
      <source>No data request is waiting for an answer.</source>
      <translation type="vanished">Ninguna solicitud sobre datos espera respuesta.</translation>
    </message>
    <message>
      <source>A&amp;nswer request…</source>
      <translation type="vanished">&amp;Responder solicitud…</translation>
    </message>
    <message>
      <source>Overdue by 1 day</source>
      <translation type="vanished">Vencida hace 1 día</translation>
    </message>
    <message>
      <source>Overdue by {0} days</source>
      <translation type="vanished">Vencida hace {0} días</translation>
    </message>
    <message>
      <source>Due today</source>
      <translation type="vanished">Vence hoy</translation>
    </message>
    <message>
      <source>1 day left</source>
      <translation type="vanished">Queda 1 día</translation>
    </message>
    <message>
      <source>{0} days left</source>
      <translation type="vanished">Quedan {0} días</translation>
    </message>
  </context>
  <context>
    <name>RequestsPanel</name>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="35" />
      <source>Person</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="36" />
      <source>Request</source>
      <translation>Solicitud</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="37" />
      <source>Received</source>
      <translation>Recibida</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="38" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="39" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="42" />
      <source>Data requests not yet answered</source>
      <translation>Solicitudes sobre datos sin responder</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="50" />
      <source>&lt;b&gt;&amp;Data requests not yet answered&lt;/b&gt; (15 days)</source>
      <translation>&lt;b&gt;Solicitudes sobre &amp;datos sin responder&lt;/b&gt; (15 días)</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="54" />
      <source>No data request is waiting for an answer.</source>
      <translation>Ninguna solicitud sobre datos espera respuesta.</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="57" />
      <source>A&amp;nswer request…</source>
      <translation>&amp;Responder solicitud…</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="65" />
      <source>Overdue by 1 day</source>
      <translation>Vencida hace 1 día</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="67" />
      <source>Overdue by {0} days</source>
      <translation>Vencida hace {0} días</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="69" />
      <source>Due today</source>
      <translation>Vence hoy</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="71" />
      <source>1 day left</source>
      <translation>Queda 1 día</translation>
    </message>
    <message>
      <location filename="../../app/ui/home/requests_panel.py" line="72" />
      <source>{0} days left</source>
      <translation>Quedan {0} días</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <location filename="../../app/ui/shell/search_box.py" line="32" />
      <source>Search persons or cases (Ctrl+K)</source>
      <translation>Buscar personas o casos (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/search_box.py" line="33" />
      <source>Search persons or cases</source>
      <translation>Buscar personas o casos</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/search_box.py" line="37" />
      <source>Search results</source>
      <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/search_box.py" line="54" />
      <source>Case {0} · {1} · {2}</source>
      <translation>Caso {0} · {1} · {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/search_box.py" line="65" />
      <source>No matches. Check the spelling, or register the person.</source>
      <translation>Sin resultados. Revise la escritura o registre a la persona.</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="94" />
      <source>Defensoría Comunitaria</source>
      <translation>Defensoría Comunitaria</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="102" />
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="150" />
      <source>Home</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="150" />
      <source>Canton overview</source>
      <translation>Resumen cantonal</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="151" />
      <source>Families and persons</source>
      <translation>Familias y personas</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="151" />
      <source>Cases</source>
      <translation>Casos</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="152" />
      <source>My referrals</source>
      <translation>Mis derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="153" />
      <source>Community activities</source>
      <translation>Actividades comunitarias</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="153" />
      <source>Reports</source>
      <translation>Reportes</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="154" />
      <source>Work plans</source>
      <translation>Planes de trabajo</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="155" />
      <source>Referral inbox</source>
      <translation>Bandeja de derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/shell.py" line="155" />
      <source>Administration</source>
      <translation>Administración</translation>
    </message>
    <message>
      <source>Data access report</source>
      <translation type="vanished">Informe de acceso a datos</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation type="vanished">Documentos PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="../../app/ui/shell/status_bar.py" line="57" />
      <source>Changes waiting to be sent</source>
      <translation>Cambios por enviar</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/status_bar.py" line="62" />
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/status_bar.py" line="76" />
      <source>Changes waiting to be sent: {0}</source>
      <translation>Cambios por enviar: {0}</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <location filename="../../app/ui/cases/status_dialog.py" line="26" />
      <source>Change the status</source>
      <translation>Cambiar el estado</translation>
    </message>
    <message>
      <source>New &amp;status</source>
      <translation type="vanished">Nuevo &amp;estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/status_dialog.py" line="27" />
      <source>New s&amp;tatus</source>
      <translation>Nuevo &amp;estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/status_dialog.py" line="29" />
      <source>&amp;Why</source>
      <translation>&amp;Por qué</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/status_dialog.py" line="31" />
      <source>&amp;Cancel them</source>
      <translation>&amp;Cancelarlas</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/status_dialog.py" line="32" />
      <source>&amp;Keep them</source>
      <translation>&amp;Mantenerlas</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/status_dialog.py" line="36" />
      <source>Still planned: {0}. What happens to them?</source>
      <translation>Aún planificadas: {0}. ¿Qué pasa con ellas?</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/status_dialog.py" line="43" />
      <source>Planned visits</source>
      <translation>Visitas planificadas</translation>
    </message>
    <message>
      <location filename="../../app/ui/cases/status_dialog.py" line="81" />
      <source>Say whether the visits still planned are cancelled or kept.</source>
      <translation>Indique si las visitas aún planificadas se cancelan o se mantienen.</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="66" />
      <source>Synchronise &amp;now</source>
      <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="68" />
      <source>Send pending changes and receive new records (F9)</source>
      <translation>Enviar los cambios pendientes y recibir registros nuevos (F9)</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="70" />
      <source>&amp;Cancel synchronisation</source>
      <translation>&amp;Cancelar la sincronización</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="106" />
      <source>Synchronising…</source>
      <translation>Sincronizando…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="126" />
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="130" />
      <source>Synchronising: {0} sent, {1} received</source>
      <translation>Sincronizando: {0} enviados, {1} recibidos</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="149" />
      <source>Synchronisation cancelled</source>
      <translation>Sincronización cancelada</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="153" />
      <source>Server has older data than this laptop: tell the Consejo</source>
      <translation>El servidor tiene datos más antiguos que este equipo: avise al Consejo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="156" />
      <source>The server has older data than this laptop: nothing was repaired; tell the Consejo.</source>
      <translation>El servidor tiene datos más antiguos que este equipo: no se reparó nada; avise al Consejo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="172" />
      <source>Synchronisation failed: {0}. Try again later; if it happens again, tell the Consejo's technician.</source>
      <translation>La sincronización falló: {0}. Intente más tarde; si vuelve a pasar, avise al técnico del Consejo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="179" />
      <source>Device revoked: its data was erased</source>
      <translation>Dispositivo revocado: sus datos fueron borrados</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="200" />
      <source>Server not reachable</source>
      <translation>Servidor no disponible</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="202" />
      <source>Device no longer authorised</source>
      <translation>Dispositivo ya no autorizado</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="204" />
      <source>User disabled on the server</source>
      <translation>Usuario desactivado en el servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="206" />
      <source>Not authorised by the server</source>
      <translation>Sin autorización del servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="208" />
      <location filename="../../app/ui/sync/controller.py" line="215" />
      <source>Not enrolled with a server</source>
      <translation>Sin registro en un servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="210" />
      <source>Update the app to synchronise</source>
      <translation>Actualice la aplicación para sincronizar</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="211" />
      <source>Synchronisation failed</source>
      <translation>La sincronización falló</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="216" />
      <source>Use Synchronisation › Enroll with the server…</source>
      <translation>Use Sincronización › Registrar en el servidor…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="221" />
      <source>Synchronised</source>
      <translation>Sincronizado</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="231" />
      <source>{0}, verified</source>
      <translation>{0}, verificado</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="233" />
      <source>{0} · verified {1}</source>
      <translation>{0} · verificado {1}</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="220" />
      <source>Not everything was sent</source>
      <translation>No se envió todo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="224" />
      <source>{0} need attention</source>
      <translation>{0} necesitan atención</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/controller.py" line="226" />
      <source>{0} in conflict</source>
      <translation>{0} en conflicto</translation>
    </message>
  </context>
  <context>
    <name>SyncFeature</name>
    <message>
      <location filename="../../app/ui/sync/feature.py" line="83" />
      <source>S&amp;ynchronisation</source>
      <translation>Sincroni&amp;zación</translation>
    </message>
    <message>
      <source>Changes in &amp;conflict</source>
      <translation type="vanished">Cambios en &amp;conflicto</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/feature.py" line="90" />
      <source>Needs &amp;attention</source>
      <translation>Necesitan a&amp;tención</translation>
    </message>
    <message>
      <source>Referral &amp;inbox</source>
      <translation type="vanished">&amp;Bandeja de derivaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/feature.py" line="88" />
      <source>Changes in c&amp;onflict</source>
      <translation>Cambios en c&amp;onflicto</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/feature.py" line="92" />
      <source>&amp;Enroll with the server…</source>
      <translation>&amp;Registrar en el servidor…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/feature.py" line="93" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/feature.py" line="94" />
      <source>&amp;About Defensoría…</source>
      <translation>&amp;Acerca de Defensoría…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/feature.py" line="113" />
      <source>Synchronisation</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <source>Enroll with the server</source>
      <translation type="vanished">Registrar en el servidor</translation>
    </message>
    <message>
      <source>First create your local user on this laptop; then enroll it with Synchronisation › Enroll with the server…</source>
      <translation type="vanished">Primero cree su usuario local en este computador; luego regístrelo con Sincronización › Registrar en el servidor…</translation>
    </message>
  </context>
  <context>
    <name>SyncPages</name>
    <message>
      <source>Family</source>
      <translation type="vanished">Familia</translation>
    </message>
    <message>
      <source>Person</source>
      <translation type="vanished">Persona</translation>
    </message>
    <message>
      <source>Case</source>
      <translation type="vanished">Caso</translation>
    </message>
    <message>
      <source>Case note</source>
      <translation type="vanished">Nota del caso</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation type="vanished">Visita</translation>
    </message>
    <message>
      <source>Mediation</source>
      <translation type="vanished">Mediación</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation type="vanished">Derivación</translation>
    </message>
    <message>
      <source>Referral step</source>
      <translation type="vanished">Paso de la derivación</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation type="vanished">Seguimiento</translation>
    </message>
    <message>
      <source>Community activity</source>
      <translation type="vanished">Actividad comunitaria</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation type="vanished">Consentimiento</translation>
    </message>
    <message>
      <source>Conflict resolution</source>
      <translation type="vanished">Resolución de conflicto</translation>
    </message>
    <message>
      <source>Parish</source>
      <translation type="vanished">Parroquia</translation>
    </message>
    <message>
      <source>Community</source>
      <translation type="vanished">Comunidad</translation>
    </message>
    <message>
      <source>Address reference</source>
      <translation type="vanished">Referencia de la dirección</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation type="vanished">Latitud</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation type="vanished">Longitud</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation type="vanished">Notas</translation>
    </message>
    <message>
      <source>Relation to the head of household</source>
      <translation type="vanished">Parentesco con el jefe de hogar</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation type="vanished">Nombres</translation>
    </message>
    <message>
      <source>Surnames</source>
      <translation type="vanished">Apellidos</translation>
    </message>
    <message>
      <source>Document type</source>
      <translation type="vanished">Tipo de documento</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation type="vanished">Número de documento</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation type="vanished">Fecha de nacimiento</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation type="vanished">Sexo</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation type="vanished">Etnia</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation type="vanished">Teléfono</translation>
    </message>
    <message>
      <source>Facts</source>
      <translation type="vanished">Hechos</translation>
    </message>
    <message>
      <source>Place</source>
      <translation type="vanished">Lugar</translation>
    </message>
    <message>
      <source>Risk level</source>
      <translation type="vanished">Nivel de riesgo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation type="vanished">Estado</translation>
    </message>
    <message>
      <source>Violation types</source>
      <translation type="vanished">Tipos de vulneración</translation>
    </message>
  </context>
  <context>
    <name>SyncSlot</name>
    <message>
      <location filename="../../app/ui/shell/status_bar.py" line="33" />
      <source>Not synchronised yet</source>
      <translation>Aún sin sincronizar</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/status_bar.py" line="34" />
      <source>Synchronisation state</source>
      <translation>Estado de la sincronización</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/status_bar.py" line="42" />
      <source>{0} · last sync {1} {2}</source>
      <translation>{0} · última sincronización {1} {2}</translation>
    </message>
  </context>
  <context>
    <name>TrainingFields</name>
    <message>
      <location filename="../../app/ui/fieldwork/training_fields.py" line="27" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/training_fields.py" line="31" />
      <source>&amp;Hours</source>
      <translation>&amp;Horas</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/training_fields.py" line="32" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
  </context>
  <context>
    <name>UnexpectedErrors</name>
    <message>
      <location filename="../../app/ui/shell/crash.py" line="47" />
      <source>Unexpected error ({kind}). What was saved is safe; if it happens again, tell the administrator.</source>
      <translation>Error inesperado ({kind}). Lo guardado está a salvo; si vuelve a ocurrir, avise al administrador.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/crash.py" line="49" />
      <location filename="../../app/ui/shell/crash.py" line="51" />
      <source>Unexpected error</source>
      <translation>Error inesperado</translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="17" />
      <source>Defensoría</source>
      <translation>Defensoría</translation>
    </message>
    <message>
      <source>Enter your password to open the register.</source>
      <translation type="vanished">Escriba su contraseña para abrir el registro.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="18" />
      <source>Enter the password of this computer to open the register.</source>
      <translation>Escriba la contraseña de esta computadora para abrir el registro.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="25" />
      <source>User</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="28" />
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="29" />
      <source>&amp;User</source>
      <translation>&amp;Usuario</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="32" />
      <source>&amp;Password of this computer</source>
      <translation>&amp;Contraseña de esta computadora</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="56" />
      <source>Locked after a while without use. Enter the password of this computer to continue, or choose another user.</source>
      <translation>Bloqueado tras un rato sin uso. Escriba la contraseña de esta computadora para continuar, o elija otro usuario.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="58" />
      <source>Locked. Enter the password of this computer to continue, or choose another user.</source>
      <translation>Bloqueado. Escriba la contraseña de esta computadora para continuar, o elija otro usuario.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="61" />
      <source>Choose the user and enter the password of this computer.</source>
      <translation>Elija el usuario y escriba la contraseña de esta computadora.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="65" />
      <source>Enter the password of this computer to open the register: the one chosen when your user was created here (it can differ from your password on the server).</source>
      <translation>Escriba la contraseña de esta computadora para abrir el registro: la que se eligió al crear su usuario aquí (puede ser distinta de su contraseña del servidor).</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation type="vanished">&amp;Contraseña</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="35" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="37" />
      <source>&amp;Open</source>
      <translation>&amp;Abrir</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="42" />
      <source>Opening…</source>
      <translation>Abriendo…</translation>
    </message>
    <message>
      <source>Locked after a while without use. Enter your password to continue, or choose another user.</source>
      <translation type="vanished">Bloqueado por falta de uso. Escriba su contraseña para continuar, o elija otro usuario.</translation>
    </message>
    <message>
      <source>Choose the user and enter their password.</source>
      <translation type="vanished">Elija el usuario y escriba su contraseña.</translation>
    </message>
    <message>
      <location filename="../../app/ui/shell/unlock_page.py" line="72" />
      <source>Type your password.</source>
      <translation>Escriba su contraseña.</translation>
    </message>
  </context>
  <context>
    <name>UpdateNotice</name>
    <message>
      <location filename="../../app/ui/sync/update_notice.py" line="51" />
      <source>Version {0} of the app is available: downloading it in the background…</source>
      <translation>La versión {0} de la aplicación está disponible: se descarga en segundo plano…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/update_notice.py" line="59" />
      <source>Downloading version {0}…</source>
      <translation>Descargando la versión {0}…</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/update_notice.py" line="72" />
      <source>New version</source>
      <translation>Nueva versión</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/update_notice.py" line="73" />
      <source>Version {0} was downloaded and verified. Install it now? The app closes and your data stays as it is.</source>
      <translation>La versión {0} se descargó y verificó. ¿Instalarla ahora? La aplicación se cerrará y sus datos quedan como están.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/update_notice.py" line="76" />
      <source>&amp;Install now</source>
      <translation>&amp;Instalar ahora</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/update_notice.py" line="78" />
      <source>&amp;Later</source>
      <translation>&amp;Más tarde</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/update_notice.py" line="102" />
      <source>The new version could not be installed: {0}</source>
      <translation>No se pudo instalar la nueva versión: {0}</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="55" />
      <source>Promoter</source>
      <translation>Promotor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="55" />
      <source>Technician</source>
      <translation>Técnico</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="56" />
      <source>Junta</source>
      <translation>Junta</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="56" />
      <source>Administrator</source>
      <translation>Administrador</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="58" />
      <source>Users and devices</source>
      <translation>Usuarios y dispositivos</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="60" />
      <source>This account manages users and devices on the server, here or with the defensoria-server commands. It receives no data of families or cases, so this computer shows none.</source>
      <translation>Esta cuenta administra usuarios y dispositivos en el servidor, aquí o con las órdenes de defensoria-server. No recibe datos de familias ni de casos, así que este computador no muestra ninguno.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="64" />
      <source>Server answer</source>
      <translation>Respuesta del servidor</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="67" />
      <location filename="../../app/ui/sync/users_page.py" line="80" />
      <source>User</source>
      <translation>Usuario</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="68" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="69" />
      <source>Parish</source>
      <translation>Parroquia</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="70" />
      <location filename="../../app/ui/sync/users_page.py" line="82" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="70" />
      <source>Disabled</source>
      <translation>Desactivado</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="71" />
      <location filename="../../app/ui/sync/users_page.py" line="83" />
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="72" />
      <source>Users</source>
      <translation>Usuarios</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="73" />
      <source>&amp;Users</source>
      <translation>&amp;Usuarios</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="81" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="82" />
      <source>Revoked</source>
      <translation>Revocado</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="84" />
      <source>Last sync</source>
      <translation>Última sincronización</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="86" />
      <source>Devices</source>
      <translation>Dispositivos</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="87" />
      <source>D&amp;evices</source>
      <translation>Disposi&amp;tivos</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="90" />
      <source>Re&amp;voke device</source>
      <translation>Re&amp;vocar dispositivo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="91" />
      <source>Re&amp;load</source>
      <translation>Actua&amp;lizar</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="111" />
      <source>&amp;Disable user</source>
      <translation>&amp;Desactivar usuario</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="116" />
      <source>New password</source>
      <translation>Contraseña nueva</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="117" />
      <source>New &amp;password:</source>
      <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="119" />
      <source>Re&amp;set password</source>
      <translation>Cambiar contra&amp;seña</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="123" />
      <source>Promoter who takes the caseload over</source>
      <translation>Promotor que recibe la carga de casos</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="124" />
      <source>Caseload &amp;to:</source>
      <translation>Carga de casos &amp;para:</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="126" />
      <source>Reassign &amp;caseload</source>
      <translation>Reasignar &amp;carga de casos</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="138" />
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="180" />
      <source>Managing users and devices needs a connection to the server. Connect this computer to the network and press Reload (F5).</source>
      <translation>Para administrar usuarios y dispositivos se necesita conexión con el servidor. Conecte este computador a la red y pulse Actualizar (F5).</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="186" />
      <source>The operation failed. Try again.</source>
      <translation>La operación falló. Inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="217" />
      <source>User {user} added.</source>
      <translation>Usuario {user} creado.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="223" />
      <source>Disable user</source>
      <translation>Desactivar usuario</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="224" />
      <source>{user}'s devices will stop syncing.</source>
      <translation>Los dispositivos de {user} dejarán de sincronizar.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="225" />
      <source>Disable</source>
      <translation>Desactivar</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="228" />
      <source>User {user} disabled.</source>
      <translation>Usuario {user} desactivado.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="236" />
      <source>New password set for {user}.</source>
      <translation>Contraseña nueva establecida para {user}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="247" />
      <source>Reassigned to {user}: {cases} cases, {visits} planned visits, {follow_ups} follow-ups, {referrals} referrals. They reach the devices at their next sync.</source>
      <translation>Reasignados a {user}: {cases} casos, {visits} visitas planificadas, {follow_ups} seguimientos, {referrals} derivaciones. Llegan a los dispositivos en su próxima sincronización.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="257" />
      <source>Revoke device</source>
      <translation>Revocar dispositivo</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="258" />
      <source>The device {device} of {user} will no longer sync.</source>
      <translation>El dispositivo {device} de {user} ya no podrá sincronizar.</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="260" />
      <source>Revoke</source>
      <translation>Revocar</translation>
    </message>
    <message>
      <location filename="../../app/ui/sync/users_page.py" line="263" />
      <source>Device revoked.</source>
      <translation>Dispositivo revocado.</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="31" />
      <source>Record a visit</source>
      <translation>Registrar una visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="32" />
      <source>Plan a visit</source>
      <translation>Planificar una visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="33" />
      <source>&amp;Date</source>
      <translation>&amp;Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="34" />
      <source>Visit date</source>
      <translation>Fecha de la visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="34" />
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="40" />
      <source>DD/MM/YYYY</source>
      <translation>DD/MM/AAAA</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="37" />
      <source>Names, separated by commas</source>
      <translation>Nombres, separados por comas</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="40" />
      <source>Next visit</source>
      <translation>Próxima visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="42" />
      <source>&amp;Participants</source>
      <translation>&amp;Participantes</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="43" />
      <source>&amp;Observations</source>
      <translation>&amp;Observaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="44" />
      <source>&amp;Agreements</source>
      <translation>&amp;Acuerdos</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="45" />
      <source>&amp;Next visit</source>
      <translation>Próxima &amp;visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="47" />
      <source>&amp;Purpose of the visit</source>
      <translation>&amp;Motivo de la visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="71" />
      <source>Write the date as day/month/year, e.g. 03/04/2016.</source>
      <translation>Escriba la fecha como día/mes/año, p. ej. 03/04/2016.</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_dialog.py" line="92" />
      <source>Follow-up of the visit of {0}</source>
      <translation>Seguimiento de la visita del {0}</translation>
    </message>
  </context>
  <context>
    <name>VisitView</name>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="43" />
      <source>Visit of {0}</source>
      <translation>Visita del {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="60" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="62" />
      <source>Case</source>
      <translation>Caso</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="64" />
      <location filename="../../app/ui/fieldwork/visit_view.py" line="65" />
      <source>Purpose</source>
      <translation>Propósito</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="66" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="69" />
      <location filename="../../app/ui/fieldwork/visit_view.py" line="70" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="71" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="72" />
      <source>Observations</source>
      <translation>Observaciones</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="75" />
      <location filename="../../app/ui/fieldwork/visit_view.py" line="76" />
      <source>Agreements</source>
      <translation>Acuerdos</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="77" />
      <source>Next visit</source>
      <translation>Próxima visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="80" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="84" />
      <source>&amp;Record this visit</source>
      <translation>&amp;Registrar esta visita</translation>
    </message>
    <message>
      <location filename="../../app/ui/fieldwork/visit_view.py" line="92" />
      <source>Still to be done</source>
      <translation>Por realizar</translation>
    </message>
  </context>
</TS>
