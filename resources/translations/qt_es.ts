<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that qtbase_es.qm leaves in English ("&Look in:" since Qt 6 added
     the mnemonic) or says in Spain's Spanish ("fichero"): loaded after qtbase_es.qm, so
     these win. Compile: pyside6-lrelease resources/translations/qt_es.ts -->
<TS version="2.1" language="es_EC" sourcelanguage="en">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Buscar en:</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Buscar en:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Archivos de tipo:</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Mostrar archivos &amp;ocultos</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
No se encontró el archivo.
Compruebe que el nombre del archivo es correcto.</translation>
    </message>
  </context>
</TS>
