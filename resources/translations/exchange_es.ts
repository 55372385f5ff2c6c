<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>DemoData</name>
    <message>
      <source>DEMO DATA: every project in this workbook belongs to tracker's demo portfolio and its figures are invented. Import it only into the demo portfolio or an empty database; a database with real projects refuses it.</source>
      <translation>DATOS DE DEMOSTRACIÓN: todos los proyectos de este libro pertenecen a la cartera de demostración de tracker y sus cifras son ficticias. Impórtelo solo en la cartera de demostración o en una base de datos vacía; una base de datos con proyectos reales lo rechaza.</translation>
    </message>
    <message>
      <source>{codes} and {count} more</source>
      <translation>{codes} y {count} más</translation>
    </message>
    <message>
      <source>{file} holds demo projects ({codes}); demo data is not imported into a database with real projects, so nothing was imported (import it into the demo portfolio, or export the file from a working database)</source>
      <translation>{file} contiene proyectos de demostración ({codes}); los datos de demostración no se importan en una base de datos con proyectos reales, por lo que no se importó nada (impórtelo en la cartera de demostración o exporte el archivo desde una base de datos de trabajo)</translation>
    </message>
  </context>
  <context>
    <name>DetectFile</name>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: el archivo no existe</translation>
    </message>
    <message>
      <source>{file} is a folder, not a file</source>
      <translation>{file} es una carpeta, no un archivo</translation>
    </message>
    <message>
      <source>{file} is empty</source>
      <translation>{file} está vacío</translation>
    </message>
    <message>
      <source>{file} is a damaged or truncated zip file, not a readable workbook</source>
      <translation>{file} es un archivo zip dañado o truncado, no un libro legible</translation>
    </message>
    <message>
      <source>{file} is a zip file but not an Excel workbook (.xlsx)</source>
      <translation>{file} es un archivo zip pero no un libro de Excel (.xlsx)</translation>
    </message>
    <message>
      <source>{file} is a password-protected workbook or an old .xls file; remove the password or save it as .xlsx (Excel Workbook) and import that</source>
      <translation>{file} es un libro protegido con contraseña o un archivo .xls antiguo; quite la contraseña o guárdelo como .xlsx (Libro de Excel) e importe ese archivo</translation>
    </message>
    <message>
      <source>{file} is an XML file but not an IATI activity file (no &lt;iati-activities&gt; element)</source>
      <translation>{file} es un archivo XML pero no un archivo de actividades IATI (no tiene el elemento &lt;iati-activities&gt;)</translation>
    </message>
    <message>
      <source>{file} is a text (CSV) file, not an Excel workbook; open it in Excel and save it as .xlsx</source>
      <translation>{file} es un archivo de texto (CSV), no un libro de Excel; ábralo en Excel y guárdelo como .xlsx</translation>
    </message>
    <message>
      <source>{file} is neither an import workbook (.xlsx) nor an IATI activity file (.xml)</source>
      <translation>{file} no es ni un libro de importación (.xlsx) ni un archivo de actividades IATI (.xml)</translation>
    </message>
  </context>
  <context>
    <name>FieldPackage</name>
    <message>
      <source>exporting the field package was cancelled; no file was written</source>
      <translation>se canceló la exportación del paquete de campo; no se escribió ningún archivo</translation>
    </message>
    <message>
      <source>line {line} of {member} is longer than {limit} bytes, longer than any record</source>
      <translation>la línea {line} de {member} supera los {limit} bytes, más que cualquier registro</translation>
    </message>
    <message>
      <source>{file} is damaged or was altered: {member} does not match its checksum; nothing was merged</source>
      <translation>{file} está dañado o fue alterado: {member} no coincide con su suma de control; no se fusionó nada</translation>
    </message>
    <message>
      <source>{file}: {why}; nothing was merged</source>
      <translation>{file}: {why}; no se fusionó nada</translation>
    </message>
    <message>
      <source>{member} is larger than a field package's ({limit} bytes at most)</source>
      <translation>{member} es mayor que el de un paquete de campo ({limit} bytes como máximo)</translation>
    </message>
    <message>
      <source>it is nested too deeply to be a record</source>
      <translation>está anidado a demasiada profundidad para ser un registro</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>no es texto UTF-8</translation>
    </message>
    <message>
      <source>it is not valid JSON ({error})</source>
      <translation>no es JSON válido ({error})</translation>
    </message>
    <message>
      <source>{value} is not a number JSON allows</source>
      <translation>{value} no es un número que JSON admita</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: el archivo no existe</translation>
    </message>
    <message>
      <source>it holds {count} files; a field package holds 3</source>
      <translation>contiene {count} archivos; un paquete de campo contiene 3</translation>
    </message>
    <message>
      <source>{file} is not a tracker field package (no {member})</source>
      <translation>{file} no es un paquete de campo de tracker (falta {member})</translation>
    </message>
    <message>
      <source>{file} is damaged or was altered: the manifest does not match its checksum; nothing was merged</source>
      <translation>{file} está dañado o fue alterado: el manifiesto no coincide con su suma de control; no se fusionó nada</translation>
    </message>
    <message>
      <source>its manifest is nested too deeply</source>
      <translation>su manifiesto está anidado a demasiada profundidad</translation>
    </message>
    <message>
      <source>{file} is not a tracker field package</source>
      <translation>{file} no es un paquete de campo de tracker</translation>
    </message>
    <message>
      <source>{file} was written in field-package format {version}, newer than this tracker reads ({supported}); update tracker before merging it</source>
      <translation>{file} se escribió en el formato de paquete de campo {version}, más reciente que el que lee este tracker ({supported}); actualice tracker antes de fusionarlo</translation>
    </message>
    <message>
      <source>{file} is incomplete: {member} is missing; nothing was merged</source>
      <translation>{file} está incompleto: falta {member}; no se fusionó nada</translation>
    </message>
    <message>
      <source>its manifest does not give the size and checksum of {member}</source>
      <translation>su manifiesto no indica el tamaño ni la suma de control de {member}</translation>
    </message>
    <message>
      <source>{member} holds {size} bytes; a field package holds at most {limit}</source>
      <translation>{member} contiene {size} bytes; un paquete de campo contiene como máximo {limit}</translation>
    </message>
    <message>
      <source>{file} is truncated or damaged ({error}); nothing was merged</source>
      <translation>{file} está truncado o dañado ({error}); no se fusionó nada</translation>
    </message>
    <message>
      <source>{member} has more than {limit} lines, more than a field package holds</source>
      <translation>{member} tiene más de {limit} líneas, más de las que contiene un paquete de campo</translation>
    </message>
    <message>
      <source>{file}: line {line} of {member}: {why}; nothing was merged</source>
      <translation>{file}: línea {line} de {member}: {why}; no se fusionó nada</translation>
    </message>
    <message>
      <source>it carries {count} attached files; a field package carries at most {limit}</source>
      <translation>lleva {count} archivos adjuntos; un paquete de campo lleva {limit} como máximo</translation>
    </message>
    <message>
      <source>its attached files add up to {size} MB; a field package carries at most {limit} MB</source>
      <translation>sus archivos adjuntos suman {size} MB; un paquete de campo lleva {limit} MB como máximo</translation>
    </message>
    <message>
      <source>its manifest names attached files, which its format does not carry</source>
      <translation>su manifiesto designa archivos adjuntos, que su formato no lleva</translation>
    </message>
    <message>
      <source>its manifest's list of attached files is malformed</source>
      <translation>la lista de archivos adjuntos de su manifiesto está mal formada</translation>
    </message>
    <message>
      <source>an attached file has {size} bytes; tracker keeps files up to {limit}</source>
      <translation>un archivo adjunto tiene {size} bytes; tracker conserva archivos de hasta {limit}</translation>
    </message>
    <message>
      <source>{file} is incomplete or was altered: its attached files are not the ones its manifest names; nothing was merged</source>
      <translation>{file} está incompleto o fue alterado: sus archivos adjuntos no son los que designa su manifiesto; no se fusionó nada</translation>
    </message>
    <message>
      <source>{file} is damaged or was altered: the attached file {member} does not have the size its manifest gives; nothing was merged</source>
      <translation>{file} está dañado o fue alterado: el archivo adjunto {member} no tiene el tamaño que indica su manifiesto; no se fusionó nada</translation>
    </message>
    <message>
      <source>its manifest does not name the database it came from</source>
      <translation>su manifiesto no indica la base de datos de origen</translation>
    </message>
    <message>
      <source>its manifest's package id is not a UUID</source>
      <translation>el identificador del paquete en su manifiesto no es un UUID</translation>
    </message>
    <message>
      <source>its manifest's source identity is not a UUID</source>
      <translation>la identidad de origen en su manifiesto no es un UUID</translation>
    </message>
    <message>
      <source>its manifest's source name is missing or is not plain text of at most 500 characters</source>
      <translation>el nombre de origen en su manifiesto falta o no es texto simple de 500 caracteres como máximo</translation>
    </message>
    <message>
      <source>its manifest's base marker is not a UUID</source>
      <translation>la marca de base de su manifiesto no es un UUID</translation>
    </message>
    <message>
      <source>its manifest's counts or members are malformed</source>
      <translation>los recuentos o los miembros de su manifiesto están mal formados</translation>
    </message>
    <message numerus="yes">
      <source>{file}: %n changed record(s)</source>
      <translation>
        <numerusform>{file}: %n registro modificado</numerusform>
        <numerusform>{file}: %n registros modificados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n deletion(s)</source>
      <translation>
        <numerusform>, %n eliminación</numerusform>
        <numerusform>, %n eliminaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n attached file(s)</source>
      <translation>
        <numerusform>, %n archivo adjunto</numerusform>
        <numerusform>, %n archivos adjuntos</numerusform>
      </translation>
    </message>
    <message>
      <source>the package</source>
      <translation>el paquete</translation>
    </message>
    <message>
      <source>Reading the records…</source>
      <translation>Leyendo los registros…</translation>
    </message>
    <message numerus="yes">
      <source>Writing %n record(s)…</source>
      <translation>
        <numerusform>Escribiendo %n registro…</numerusform>
        <numerusform>Escribiendo %n registros…</numerusform>
      </translation>
    </message>
    <message>
      <source>Package written</source>
      <translation>Paquete escrito</translation>
    </message>
  </context>
  <context>
    <name>IatiCheck</name>
    <message numerus="yes">
      <source>%n project(s) checked: nothing an assessor would find missing</source>
      <translation>
        <numerusform>%n proyecto comprobado: nada que un evaluador echaría en falta</numerusform>
        <numerusform>%n proyectos comprobados: nada que un evaluador echaría en falta</numerusform>
      </translation>
    </message>
    <message>
      <source>{checked}: {incomplete}, {gaps}</source>
      <translation>{checked}: {incomplete}, {gaps}</translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) checked</source>
      <translation>
        <numerusform>%n proyecto comprobado</numerusform>
        <numerusform>%n proyectos comprobados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with something missing</source>
      <translation>
        <numerusform>%n al que le falta algo</numerusform>
        <numerusform>%n a los que les falta algo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n thing(s) missing in all</source>
      <translation>
        <numerusform>%n elemento que falta en total</numerusform>
        <numerusform>%n elementos que faltan en total</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(%n ended more than a year ago: assessors look at current activities only)</source>
      <translation>
        <numerusform>(%n finalizado hace más de un año: los evaluadores solo examinan las actividades en curso)</numerusform>
        <numerusform>(%n finalizados hace más de un año: los evaluadores solo examinan las actividades en curso)</numerusform>
      </translation>
    </message>
    <message>
      <source>{code}: no planned start or end date: record both on the project</source>
      <translation>{code}: no hay fecha de inicio o de fin prevista: registre ambas en el proyecto</translation>
    </message>
    <message>
      <source>{code}: no actual start date although it is under way: record 'Start implementation' with the day the work started</source>
      <translation>{code}: no hay fecha de inicio real aunque el proyecto está en marcha: registre «Iniciar la ejecución» con el día en que empezaron los trabajos</translation>
    </message>
    <message>
      <source>{code}: no description beyond its title: describe the project's objectives</source>
      <translation>{code}: no hay descripción más allá del título: describa los objetivos del proyecto</translation>
    </message>
    <message>
      <source>{code}: no contact: give the organisation's contact in Tools &gt; Organisation Settings</source>
      <translation>{code}: no hay contacto: indique el contacto de la organización en Herramientas &gt; Configuración de la organización</translation>
    </message>
    <message>
      <source>{code}: no sub-national location: add the places where the project works</source>
      <translation>{code}: no hay ubicación subnacional: añada los lugares donde trabaja el proyecto</translation>
    </message>
    <message>
      <source>{code}: no detailed purpose code (sector 99810, not specified): give the project its OECD DAC purpose code</source>
      <translation>{code}: no hay código de finalidad detallado (sector 99810, no especificado): asigne al proyecto su código de finalidad del CAD de la OCDE</translation>
    </message>
    <message>
      <source>{code}: no default flow, finance, aid or tied-aid type: set the defaults of its funding modality in Tools &gt; Organisation Settings</source>
      <translation>{code}: no hay tipo de flujo, de financiación o de ayuda ni vinculación de la ayuda por defecto: defina los de su modalidad de financiación en Herramientas &gt; Configuración de la organización</translation>
    </message>
    <message>
      <source>{code}: no capital spend: record the share of the budget spent on assets (0 where the project buys none)</source>
      <translation>{code}: no hay gasto de capital: registre la parte del presupuesto destinada a activos (0 si el proyecto no compra ninguno)</translation>
    </message>
    <message>
      <source>{code}: no budget by year: record the budget and the planned dates</source>
      <translation>{code}: no hay presupuesto por año: registre el presupuesto y las fechas previstas</translation>
    </message>
    <message>
      <source>{code}: no commitment of its approved budget: record the budget and the day it was approved</source>
      <translation>{code}: no hay compromiso de su presupuesto aprobado: registre el presupuesto y el día en que se aprobó</translation>
    </message>
    <message>
      <source>{code}: no incoming commitment: record the funding that pays for it</source>
      <translation>{code}: no hay compromiso recibido: registre la financiación que lo cubre</translation>
    </message>
    <message>
      <source>{code}: no results on a current activity: record its indicators with baseline and target</source>
      <translation>{code}: no hay resultados en una actividad en curso: registre sus indicadores con valor de referencia y meta</translation>
    </message>
    <message>
      <source>{code}: no project document (objectives, A02) with a web address</source>
      <translation>{code}: no hay documento de proyecto (objetivos, A02) con dirección web</translation>
    </message>
    <message>
      <source>{code}: no budget document (A05) with a web address</source>
      <translation>{code}: no hay documento presupuestario (A05) con dirección web</translation>
    </message>
    <message>
      <source>{code}: no appraisal (A01) with a web address</source>
      <translation>{code}: no hay evaluación ex ante (A01) con dirección web</translation>
    </message>
    <message>
      <source>{code}: no contract or agreement (A11) with a web address</source>
      <translation>{code}: no hay contrato ni acuerdo (A11) con dirección web</translation>
    </message>
    <message>
      <source>{code}: no results or progress report (A08) with a web address</source>
      <translation>{code}: no hay informe de resultados o de avance (A08) con dirección web</translation>
    </message>
    <message>
      <source>{code}: {evaluation} completed, but no evaluation report (A07) of it with a web address</source>
      <translation>{code}: {evaluation} finalizada, pero no hay informe de evaluación (A07) de ella con dirección web</translation>
    </message>
    <message>
      <source>{code}: the document '{title}' has no web address, so the file cannot link to it</source>
      <translation>{code}: el documento «{title}» no tiene dirección web, por lo que el archivo no puede enlazarlo</translation>
    </message>
  </context>
  <context>
    <name>IatiExport</name>
    <message>
      <source>the IATI file</source>
      <translation>el archivo IATI</translation>
    </message>
    <message>
      <source>export cancelled; no file was written</source>
      <translation>exportación cancelada; no se escribió ningún archivo</translation>
    </message>
    <message>
      <source>done</source>
      <translation>terminado</translation>
    </message>
    <message>
      <source>line {line}: {message}</source>
      <translation>línea {line}: {message}</translation>
    </message>
    <message>
      <source>funded by {partner}</source>
      <translation>financiado por {partner}</translation>
    </message>
    <message>
      <source>in stage {stage}</source>
      <translation>en la etapa {stage}</translation>
    </message>
    <message>
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <source>no project other than demo data {what}; no file was written</source>
      <translation>ningún proyecto que no sea de demostración {what}; no se escribió ningún archivo</translation>
    </message>
    <message>
      <source>no project other than demo data in the database; no file was written</source>
      <translation>ningún proyecto que no sea de demostración en la base de datos; no se escribió ningún archivo</translation>
    </message>
    <message>
      <source>no project {what}; no file was written</source>
      <translation>ningún proyecto {what}; no se escribió ningún archivo</translation>
    </message>
    <message>
      <source>no project in the database; no file was written</source>
      <translation>ningún proyecto en la base de datos; no se escribió ningún archivo</translation>
    </message>
  </context>
  <context>
    <name>IatiFile</name>
    <message>
      <source>{file} declares a DOCTYPE with entity declarations, which IATI activity files never do; it is refused for safety and nothing was imported</source>
      <translation>{file} declara un DOCTYPE con declaraciones de entidades, algo que los archivos de actividades IATI nunca hacen; se rechaza por seguridad y no se importó nada</translation>
    </message>
    <message>
      <source>{file} declares a DOCTYPE, which IATI activity files never do; it is refused for safety and nothing was imported</source>
      <translation>{file} declara un DOCTYPE, algo que los archivos de actividades IATI nunca hacen; se rechaza por seguridad y no se importó nada</translation>
    </message>
    <message>
      <source>{file} is not well-formed XML ({error})</source>
      <translation>{file} no es XML bien formado ({error})</translation>
    </message>
    <message>
      <source>{file} holds no XML element</source>
      <translation>{file} no contiene ningún elemento XML</translation>
    </message>
    <message>
      <source>{message}, line {line}</source>
      <translation>{message}, línea {line}</translation>
    </message>
    <message>
      <source>{file} refers to an external DTD or entity, which IATI activity files never do; it is refused for safety and nothing was imported</source>
      <translation>{file} hace referencia a una DTD o entidad externa, algo que los archivos de actividades IATI nunca hacen; se rechaza por seguridad y no se importó nada</translation>
    </message>
    <message>
      <source>{file} is not well-formed XML ({error}); nothing was imported</source>
      <translation>{file} no es XML bien formado ({error}); no se importó nada</translation>
    </message>
    <message>
      <source>{file} is XML but not an IATI activity file (its root is &lt;{root}&gt;, not &lt;iati-activities&gt;)</source>
      <translation>{file} es XML pero no un archivo de actividades IATI (su raíz es &lt;{root}&gt;, no &lt;iati-activities&gt;)</translation>
    </message>
    <message>
      <source>{file} is an IATI version {version} file (IATI 1.0x, with text codes and no narratives); tracker reads IATI 2.01 to 2.03: convert it to 2.0x with the IATI converter or ask the publisher for a 2.0x file</source>
      <translation>{file} es un archivo IATI de la versión {version} (IATI 1.0x, con códigos de texto y sin narrativas); tracker lee IATI 2.01 a 2.03: conviértalo a 2.0x con el conversor de IATI o pida al publicador un archivo 2.0x</translation>
    </message>
    <message>
      <source>{file} declares IATI version {version}; tracker reads IATI 2.01 to 2.03</source>
      <translation>{file} declara la versión {version} de IATI; tracker lee IATI 2.01 a 2.03</translation>
    </message>
  </context>
  <context>
    <name>IatiImport</name>
    <message>
      <source>{count} incoming funds not imported</source>
      <translation>{count} fondos recibidos no importados</translation>
    </message>
    <message>
      <source>{count} outgoing commitments not imported</source>
      <translation>{count} compromisos salientes no importados</translation>
    </message>
    <message>
      <source>{count} disbursements not imported</source>
      <translation>{count} desembolsos no importados</translation>
    </message>
    <message>
      <source>{count} interest payments not imported</source>
      <translation>{count} pagos de intereses no importados</translation>
    </message>
    <message>
      <source>{count} loan repayments not imported</source>
      <translation>{count} reembolsos de préstamos no importados</translation>
    </message>
    <message>
      <source>{count} reimbursements not imported</source>
      <translation>{count} reintegros no importados</translation>
    </message>
    <message>
      <source>{count} purchases of equity not imported</source>
      <translation>{count} compras de participaciones no importadas</translation>
    </message>
    <message>
      <source>{count} sales of equity not imported</source>
      <translation>{count} ventas de participaciones no importadas</translation>
    </message>
    <message>
      <source>{count} credit guarantees not imported</source>
      <translation>{count} garantías de crédito no importadas</translation>
    </message>
    <message>
      <source>{count} outgoing pledges not imported</source>
      <translation>{count} promesas de contribución salientes no importadas</translation>
    </message>
    <message>
      <source>{count} incoming pledges not imported</source>
      <translation>{count} promesas de contribución recibidas no importadas</translation>
    </message>
    <message numerus="yes">
      <source>%n incoming commitment(s) recorded as funding</source>
      <translation>
        <numerusform>%n compromiso recibido registrado como financiación</numerusform>
        <numerusform>%n compromisos recibidos registrados como financiación</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n incoming fund(s) recorded as funding (their activities have no commitment)</source>
      <translation>
        <numerusform>%n ingreso de fondos registrado como financiación (su actividad no tiene compromiso)</numerusform>
        <numerusform>%n ingresos de fondos registrados como financiación (sus actividades no tienen compromiso)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n incoming fund(s) not recorded: their activities' commitments already record that funding</source>
      <translation>
        <numerusform>%n ingreso de fondos no registrado: los compromisos de su actividad ya registran esa financiación</numerusform>
        <numerusform>%n ingresos de fondos no registrados: los compromisos de sus actividades ya registran esa financiación</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n expenditure transaction(s) recorded as expenditure</source>
      <translation>
        <numerusform>%n transacción de gasto registrada como gasto</numerusform>
        <numerusform>%n transacciones de gasto registradas como gastos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) recorded as expenditure (subcontracts: money passed on to implementing partners)</source>
      <translation>
        <numerusform>%n desembolso registrado como gasto (subcontratos: fondos transferidos a los asociados en la ejecución)</numerusform>
        <numerusform>%n desembolsos registrados como gastos (subcontratos: fondos transferidos a los asociados en la ejecución)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) recorded as funding given by the reporting organisation</source>
      <translation>
        <numerusform>%n desembolso registrado como financiación aportada por la organización informante</numerusform>
        <numerusform>%n desembolsos registrados como financiación aportada por la organización informante</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) not recorded: their activities' commitments already record that funding</source>
      <translation>
        <numerusform>%n desembolso no registrado: los compromisos de su actividad ya registran esa financiación</numerusform>
        <numerusform>%n desembolsos no registrados: los compromisos de sus actividades ya registran esa financiación</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) not recorded, as chosen for this file</source>
      <translation>
        <numerusform>%n desembolso no registrado, según lo elegido para este archivo</numerusform>
        <numerusform>%n desembolsos no registrados, según lo elegido para este archivo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) recorded as expenditure (subcontracts: money passed on to implementing partners)</source>
      <translation>
        <numerusform>%n compromiso saliente registrado como gasto (subcontratos: fondos transferidos a los asociados en la ejecución)</numerusform>
        <numerusform>%n compromisos salientes registrados como gastos (subcontratos: fondos transferidos a los asociados en la ejecución)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) recorded as funding given by the reporting organisation</source>
      <translation>
        <numerusform>%n compromiso saliente registrado como financiación aportada por la organización informante</numerusform>
        <numerusform>%n compromisos salientes registrados como financiación aportada por la organización informante</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) not recorded: their activities report the payments themselves (disbursements or expenditure), which are recorded</source>
      <translation>
        <numerusform>%n compromiso saliente no registrado: su actividad declara los propios pagos (desembolsos o gastos), que sí se registran</numerusform>
        <numerusform>%n compromisos salientes no registrados: sus actividades declaran los propios pagos (desembolsos o gastos), que sí se registran</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) not recorded, as chosen for this file</source>
      <translation>
        <numerusform>%n compromiso saliente no registrado, según lo elegido para este archivo</numerusform>
        <numerusform>%n compromisos salientes no registrados, según lo elegido para este archivo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) of approved budgets (written by tracker) read as the projects' budgets</source>
      <translation>
        <numerusform>%n compromiso saliente de presupuesto aprobado (escrito por tracker) leído como el presupuesto del proyecto</numerusform>
        <numerusform>%n compromisos salientes de presupuestos aprobados (escritos por tracker) leídos como los presupuestos de los proyectos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>activities read: %n</source>
      <translation>
        <numerusform>actividades leídas: %n</numerusform>
        <numerusform>actividades leídas: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>import cancelled; nothing was imported</source>
      <translation>importación cancelada; no se importó nada</translation>
    </message>
    <message>
      <source>activity skipped: {why}</source>
      <translation>actividad omitida: {why}</translation>
    </message>
    <message>
      <source>{code}: appears twice in the file; the later copy skipped</source>
      <translation>{code}: aparece dos veces en el archivo; se omitió la segunda copia</translation>
    </message>
    <message>
      <source>{count} transactions of type {kind} not imported</source>
      <translation>{count} transacciones de tipo {kind} no importadas</translation>
    </message>
    <message>
      <source>{what}: tracker records funding (incoming commitments) and expenditure</source>
      <translation>{what}: tracker registra la financiación (compromisos recibidos) y los gastos</translation>
    </message>
    <message>
      <source>the file holds no activity</source>
      <translation>el archivo no contiene ninguna actividad</translation>
    </message>
    <message>
      <source>activity {code} skipped: {why}</source>
      <translation>actividad {code} omitida: {why}</translation>
    </message>
    <message>
      <source>the project is suspended here and the stage it was suspended from is not recorded, so it cannot resume towards {stage}</source>
      <translation>el proyecto está suspendido aquí y no consta la etapa en la que se suspendió, por lo que no puede reanudarse hacia la etapa {stage}</translation>
    </message>
    <message>
      <source>no project-cycle action leads from {stage} to {target}</source>
      <translation>ninguna acción del ciclo del proyecto lleva de la etapa {stage} a la etapa {target}</translation>
    </message>
    <message>
      <source>{code}: stage change refused: {why}; the project stays in {stage}</source>
      <translation>{code}: cambio de etapa rechazado: {why}; el proyecto sigue en la etapa {stage}</translation>
    </message>
    <message>
      <source>{code}: stage change refused: '{action}' (on the way to {target}, as the file says): {why}; the project stays in {stage}</source>
      <translation>{code}: cambio de etapa rechazado: «{action}» (camino de la etapa {target}, como indica el archivo): {why}; el proyecto sigue en la etapa {stage}</translation>
    </message>
    <message>
      <source>dated outside the years {first}-{last}</source>
      <translation>con fecha fuera de los años {first}-{last}</translation>
    </message>
    <message>
      <source>the US$ rate given for {currency} is refused: {why}; nothing was imported</source>
      <translation>se rechaza el tipo de cambio en US$ indicado para {currency}: {why}; no se importó nada</translation>
    </message>
    <message>
      <source>no value</source>
      <translation>sin valor</translation>
    </message>
    <message>
      <source>value '{value}' is not a number tracker can keep</source>
      <translation>el valor «{value}» no es un número que tracker pueda guardar</translation>
    </message>
    <message>
      <source>value</source>
      <translation>valor</translation>
    </message>
    <message>
      <source>no currency (neither the value nor the activity names one)</source>
      <translation>sin moneda (ni el valor ni la actividad la indican)</translation>
    </message>
    <message>
      <source>'{currency}' is not an ISO 4217 currency</source>
      <translation>«{currency}» no es una moneda ISO 4217</translation>
    </message>
    <message>
      <source>value {currency} {amount} is worth more US$ than tracker keeps (below {limit})</source>
      <translation>el valor {currency} {amount} equivale a más US$ de lo que tracker guarda (menos de {limit})</translation>
    </message>
    <message>
      <source>an activity without iati-identifier</source>
      <translation>una actividad sin iati-identifier</translation>
    </message>
    <message numerus="yes">
      <source>{code}: the identifier cannot be a tracker code: it has %n characters, and a code has at most {width}</source>
      <translation>
        <numerusform>{code}: el identificador no puede ser un código de tracker: tiene %n carácter, y un código tiene como máximo {width}</numerusform>
        <numerusform>{code}: el identificador no puede ser un código de tracker: tiene %n caracteres, y un código tiene como máximo {width}</numerusform>
      </translation>
    </message>
    <message>
      <source>{code}: the identifier cannot be a tracker code (2-{width} printable characters, starting with a letter or digit)</source>
      <translation>{code}: el identificador no puede ser un código de tracker (de 2 a {width} caracteres imprimibles, empezando por una letra o una cifra)</translation>
    </message>
    <message>
      <source>{code}: no title; the identifier stands in</source>
      <translation>{code}: sin título; se usa el identificador</translation>
    </message>
    <message>
      <source>{code}: title shortened to 500 characters</source>
      <translation>{code}: título acortado a 500 caracteres</translation>
    </message>
    <message>
      <source>{code}: planned end {end} is before the start {start}; end date not imported</source>
      <translation>{code}: el fin previsto {end} es anterior al inicio {start}; no se importó la fecha de fin</translation>
    </message>
    <message>
      <source>{code}: actual end {end} is before the start; not imported</source>
      <translation>{code}: el fin real {end} es anterior al inicio; no se importó</translation>
    </message>
    <message>
      <source>{code}: no planned start date; imported without it (no evaluation plan until the dates are set)</source>
      <translation>{code}: sin fecha de inicio prevista; se importó sin ella (no habrá plan de evaluación hasta que se fijen las fechas)</translation>
    </message>
    <message>
      <source>{code}: no planned end date; imported without it (no evaluation plan until the dates are set)</source>
      <translation>{code}: sin fecha de fin prevista; se importó sin ella (no habrá plan de evaluación hasta que se fijen las fechas)</translation>
    </message>
    <message>
      <source>{code}: no activity status (or an unknown one: '{status}'); the stage is left as it is (a new project starts in {stage})</source>
      <translation>{code}: sin estado de la actividad (o uno desconocido: «{status}»); la etapa no cambia (un proyecto nuevo empieza en la etapa {stage})</translation>
    </message>
    <message>
      <source>activity date (type {type})</source>
      <translation>fecha de la actividad (tipo {type})</translation>
    </message>
    <message>
      <source>{code}: {why}; not imported</source>
      <translation>{code}: {why}; no se importó</translation>
    </message>
    <message>
      <source>{code}: recipient country '{country}' is not an ISO 3166 code; not imported</source>
      <translation>{code}: el país receptor «{country}» no es un código ISO 3166; no se importó</translation>
    </message>
    <message>
      <source>{code}: recipient-country percentages add up to {total}; countries imported without shares</source>
      <translation>{code}: los porcentajes de los países receptores suman {total}; países importados sin reparto</translation>
    </message>
    <message>
      <source>{code}: a budget line skipped: {why}</source>
      <translation>{code}: se omitió una línea presupuestaria: {why}</translation>
    </message>
    <message>
      <source>{code}: a budget line without a valid period skipped</source>
      <translation>{code}: se omitió una línea presupuestaria sin período válido</translation>
    </message>
    <message>
      <source>{code}: a budget line for {start} to {end} skipped: {why}</source>
      <translation>{code}: se omitió una línea presupuestaria del {start} al {end}: {why}</translation>
    </message>
    <message>
      <source>{code}: a negative budget line ({currency} {amount}) skipped</source>
      <translation>{code}: se omitió una línea presupuestaria negativa ({currency} {amount})</translation>
    </message>
    <message>
      <source>{code}: no budget element; its planned disbursements stand for the budget</source>
      <translation>{code}: ningún elemento de presupuesto; sus desembolsos previstos hacen las veces de presupuesto</translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n budget line(s) replaced by revised or later budgets for the same period</source>
      <translation>
        <numerusform>{code}: %n línea presupuestaria sustituida por presupuestos revisados o posteriores del mismo período</numerusform>
        <numerusform>{code}: %n líneas presupuestarias sustituidas por presupuestos revisados o posteriores del mismo período</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n budget line(s) outside the activity dates not counted</source>
      <translation>
        <numerusform>{code}: %n línea presupuestaria fuera de las fechas de la actividad no contabilizada</numerusform>
        <numerusform>{code}: %n líneas presupuestarias fuera de las fechas de la actividad no contabilizadas</numerusform>
      </translation>
    </message>
    <message>
      <source>{code}: budget not imported: {why}</source>
      <translation>{code}: presupuesto no importado: {why}</translation>
    </message>
    <message>
      <source>the budget</source>
      <translation>el presupuesto</translation>
    </message>
    <message>
      <source>the budget is worth more US$ than tracker keeps (below {limit})</source>
      <translation>el presupuesto equivale a más US$ de lo que tracker guarda (menos de {limit})</translation>
    </message>
    <message>
      <source>{code}: the budget adds up to {currency} {amount}; no budget imported</source>
      <translation>{code}: el presupuesto suma {currency} {amount}; no se importó ningún presupuesto</translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n transaction(s) skipped: {why}</source>
      <translation>
        <numerusform>{code}: %n transacción omitida: {why}</numerusform>
        <numerusform>{code}: %n transacciones omitidas: {why}</numerusform>
      </translation>
    </message>
    <message>
      <source>funding {why}</source>
      <translation>financiación: {why}</translation>
    </message>
    <message>
      <source>funding of zero or a negative amount (tracker records contributions only)</source>
      <translation>financiación nula o negativa (tracker solo registra contribuciones)</translation>
    </message>
    <message>
      <source>funding without a date</source>
      <translation>financiación sin fecha</translation>
    </message>
    <message>
      <source>funding without a provider organisation (and not one funding organisation to credit)</source>
      <translation>financiación sin organización proveedora (y sin una única organización financiadora a la que atribuirla)</translation>
    </message>
    <message>
      <source>funding from an organisation with neither name nor reference</source>
      <translation>financiación de una organización sin nombre ni referencia</translation>
    </message>
    <message>
      <source>expenditure {why}</source>
      <translation>gasto: {why}</translation>
    </message>
    <message>
      <source>expenditure without a date</source>
      <translation>gasto sin fecha</translation>
    </message>
    <message>
      <source>expenditure for a year outside {first}-{last} or a month outside 1-12</source>
      <translation>gasto de un año fuera de {first}-{last} o de un mes fuera de 1-12</translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n indicator value(s) not imported: not a number, or not below {limit}</source>
      <translation>
        <numerusform>{code}: %n valor de indicador no importado: no es un número o no es inferior a {limit}</numerusform>
        <numerusform>{code}: %n valores de indicadores no importados: no son números o no son inferiores a {limit}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n document link(s) not imported: no web address starting with https:// or http:// (of at most {width} characters), or no IATI document category</source>
      <translation>
        <numerusform>{code}: %n enlace a documento no importado: sin dirección web que empiece por https:// o http:// (de {width} caracteres como máximo), o sin categoría de documento de la IATI</numerusform>
        <numerusform>{code}: %n enlaces a documentos no importados: sin dirección web que empiece por https:// o http:// (de {width} caracteres como máximo), o sin categoría de documento de la IATI</numerusform>
      </translation>
    </message>
    <message>
      <source>{code}: capital spend '{value}' is not a percentage between 0 and 100; not imported</source>
      <translation>{code}: el gasto de capital «{value}» no es un porcentaje entre 0 y 100; no importado</translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n location(s) with neither name nor description not imported</source>
      <translation>
        <numerusform>{code}: %n ubicación sin nombre ni descripción no importada</numerusform>
        <numerusform>{code}: %n ubicaciones sin nombre ni descripción no importadas</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportCell</name>
    <message>
      <source>{value} is not a finite number</source>
      <translation>{value} no es un número finito</translation>
    </message>
    <message>
      <source>{what} must be a number, not {value}</source>
      <translation>{what} debe ser un número, no {value}</translation>
    </message>
    <message>
      <source>{what} must be a number, not a date</source>
      <translation>{what} debe ser un número, no una fecha</translation>
    </message>
    <message>
      <source>{what} is far too large: tracker keeps numbers below {limit}</source>
      <translation>{what} es demasiado grande: tracker guarda números inferiores a {limit}</translation>
    </message>
    <message>
      <source>'{value}' is not a number</source>
      <translation>«{value}» no es un número</translation>
    </message>
    <message>
      <source>{why}; check the year</source>
      <translation>{why}; compruebe el año</translation>
    </message>
    <message>
      <source>{value} has a time of day; give a date only</source>
      <translation>{value} incluye una hora; indique solo una fecha</translation>
    </message>
    <message>
      <source>{value} is a time of day, not a date; type YYYY-MM-DD or format the cell as a date</source>
      <translation>{value} es una hora, no una fecha; escriba AAAA-MM-DD o dé formato de fecha a la celda</translation>
    </message>
    <message>
      <source>{value} is a number, not a date; type YYYY-MM-DD or format the cell as a date</source>
      <translation>{value} es un número, no una fecha; escriba AAAA-MM-DD o dé formato de fecha a la celda</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use YYYY-MM-DD (e.g. 2025-01-31) or an Excel date</source>
      <translation>«{value}» no es una fecha; use AAAA-MM-DD (p. ej., 2025-01-31) o una fecha de Excel</translation>
    </message>
    <message>
      <source>{value} is not a plausible US$ rate (one unit worth {limit} US$ or more)</source>
      <translation>{value} no es un tipo de cambio en US$ verosímil (una unidad valdría {limit} US$ o más)</translation>
    </message>
    <message>
      <source>{value} is too large: tracker keeps numbers below {limit}</source>
      <translation>{value} es demasiado grande: tracker guarda números inferiores a {limit}</translation>
    </message>
    <message>
      <source>'{value}' is not a whole number</source>
      <translation>«{value}» no es un número entero</translation>
    </message>
    <message>
      <source>{value} is far too large for {column}</source>
      <translation>{value} es demasiado grande para la columna {column}</translation>
    </message>
    <message>
      <source>the text holds a NUL character (invisible, and no database keeps it); retype the cell</source>
      <translation>el texto contiene un carácter NUL (invisible, y ninguna base de datos lo guarda); vuelva a escribir la celda</translation>
    </message>
    <message>
      <source>'{value}' is not {yes} or {no}</source>
      <translation>«{value}» no es {yes} ni {no}</translation>
    </message>
  </context>
  <context>
    <name>ImportProblem</name>
    <message>
      <source>sheet {sheet}</source>
      <translation>hoja {sheet}</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>fila {row}</translation>
    </message>
    <message>
      <source>column {column}</source>
      <translation>columna {column}</translation>
    </message>
    <message>
      <source>{place}: {message}</source>
      <translation>{place}: {message}</translation>
    </message>
  </context>
  <context>
    <name>ImportReport</name>
    <message>
      <source>{source}: {created} created, {updated} updated, {unchanged} unchanged records would be imported</source>
      <translation>{source}: registros que se importarían: {created} creados, {updated} actualizados, {unchanged} sin cambios</translation>
    </message>
    <message>
      <source>{source}: {created} created, {updated} updated, {unchanged} unchanged records were imported</source>
      <translation>{source}: registros importados: {created} creados, {updated} actualizados, {unchanged} sin cambios</translation>
    </message>
    <message numerus="yes">
      <source>; %n skipped</source>
      <translation>
        <numerusform>; %n omitido</numerusform>
        <numerusform>; %n omitidos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n stage change(s) refused</source>
      <translation>
        <numerusform>; %n cambio de etapa rechazado</numerusform>
        <numerusform>; %n cambios de etapa rechazados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{source}: %n problem(s); nothing was imported</source>
      <translation>
        <numerusform>{source}: %n problema; no se importó nada</numerusform>
        <numerusform>{source}: %n problemas; no se importó nada</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportWorkbook</name>
    <message>
      <source>the import template</source>
      <translation>la plantilla de importación</translation>
    </message>
    <message>
      <source>tracker import workbook</source>
      <translation>Libro de importación de tracker</translation>
    </message>
    <message>
      <source>Fill in the sheets and import the file with 'tracker import FILE' or File &gt; Import in the app.</source>
      <translation>Rellene las hojas e importe el archivo con «tracker import ARCHIVO» o con Archivo &gt; Importar en la aplicación.</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>Obligatorio.</translation>
    </message>
    <message>
      <source>Choose a value from the list ({what}).</source>
      <translation>Elija un valor de la lista ({what}).</translation>
    </message>
    <message>
      <source>How to import</source>
      <translation>Cómo importar</translation>
    </message>
    <message>
      <source>tracker import FILE.xlsx (add --dry-run to check without writing), or File &gt; Import… in the app.</source>
      <translation>tracker import ARCHIVO.xlsx (añada --dry-run para comprobar sin escribir), o Archivo &gt; Importar… en la aplicación.</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Reglas</translation>
    </message>
    <message>
      <source>All or nothing</source>
      <translation>Todo o nada</translation>
    </message>
    <message>
      <source>Every row is checked first. If any row has a problem, nothing is written and every problem is listed with its sheet, row, column and reason. Otherwise the whole file is imported in one transaction.</source>
      <translation>Primero se comprueban todas las filas. Si alguna tiene un problema, no se escribe nada y se indica cada problema con su hoja, fila, columna y motivo. Si no, todo el archivo se importa en una sola transacción.</translation>
    </message>
    <message>
      <source>Matching</source>
      <translation>Correspondencia</translation>
    </message>
    <message>
      <source>Projects and partners are matched by code. Other rows are matched by their project code and a natural key (listed per sheet below). A matching row updates the stored record; a new one is added. Importing the same file again changes nothing.</source>
      <translation>Los proyectos y los socios se emparejan por su código. Las demás filas se emparejan por el código del proyecto y una clave natural (indicada más abajo para cada hoja). Una fila que coincide actualiza el registro guardado; una nueva se añade. Importar de nuevo el mismo archivo no cambia nada.</translation>
    </message>
    <message>
      <source>Blank cells</source>
      <translation>Celdas vacías</translation>
    </message>
    <message>
      <source>A blank cell keeps what tracker already holds (for a new record: the default). An import never deletes records.</source>
      <translation>Una celda vacía conserva lo que tracker ya tiene (para un registro nuevo: el valor por defecto). Una importación nunca elimina registros.</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>A new project starts in the stage given (blank: Design). An existing project's stage changes only through a project-cycle action in tracker; a different stage in the file is refused.</source>
      <translation>Un proyecto nuevo empieza en la etapa indicada (vacía: Diseño). La etapa de un proyecto existente solo cambia mediante una acción del ciclo del proyecto en tracker; se rechaza una etapa distinta en el archivo.</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Evaluaciones</translation>
    </message>
    <message>
      <source>tracker plans the evaluations the rules require from the dates and budget; rows on the Evaluations sheet record their status and results, or add evaluations the rules do not require.</source>
      <translation>tracker planifica las evaluaciones que exigen las reglas a partir de las fechas y el presupuesto; las filas de la hoja Evaluaciones registran su estado y sus resultados, o añaden evaluaciones que las reglas no exigen.</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Límites</translation>
    </message>
    <message>
      <source>At most {count} rows in all. Rows with every cell blank are ignored; columns and sheets not in the template are ignored (and listed).</source>
      <translation>Como máximo {count} filas en total. Se ignoran las filas con todas las celdas vacías; se ignoran (y se indican) las columnas y hojas que no están en la plantilla.</translation>
    </message>
    <message>
      <source>Input formats</source>
      <translation>Formatos de entrada</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Fechas</translation>
    </message>
    <message>
      <source>YYYY-MM-DD typed as text (2025-01-31), or a real Excel date.</source>
      <translation>AAAA-MM-DD escrito como texto (2025-01-31), o una fecha real de Excel.</translation>
    </message>
    <message>
      <source>Amounts</source>
      <translation>Importes</translation>
    </message>
    <message>
      <source>Numbers, without currency signs; at most two decimals. Thousands separators are accepted in text.</source>
      <translation>Números, sin símbolos de moneda; dos decimales como máximo. Se aceptan separadores de miles en el texto.</translation>
    </message>
    <message>
      <source>Currencies</source>
      <translation>Monedas</translation>
    </message>
    <message>
      <source>ISO 4217 codes: USD, EUR, CHF, XOF, ... Blank means USD.</source>
      <translation>Códigos ISO 4217: USD, EUR, CHF, XOF, ... Vacío significa USD.</translation>
    </message>
    <message>
      <source>US$ rate</source>
      <translation>Tipo de cambio (US$)</translation>
    </message>
    <message>
      <source>The US$ value of ONE unit of the currency: EUR at 1.08 means 1 EUR = 1.08 US$. Leave blank for USD. For another currency a blank cell takes the rate in force on the row's date in tracker's table of exchange rates (Tools &gt; Exchange Rates, or tracker rates import): a funding line's approval date, an expenditure line's month (the 1st), or 1 July of its year when it has no month, a project's planned start. A rate typed in the cell is kept as typed.</source>
      <translation>El valor en US$ de UNA unidad de la moneda: EUR a 1,08 significa 1 EUR = 1,08 US$. Déjelo vacío para USD. Para otra moneda, una celda vacía toma el tipo de cambio vigente en la fecha de la fila en la tabla de tipos de cambio de tracker (Herramientas &gt; Tipos de cambio, o tracker rates import): la fecha de aprobación de una línea de financiación, el mes de una línea de gastos (el día 1), o el 1 de julio de su año si no tiene mes, el inicio previsto de un proyecto. Un tipo de cambio escrito en la celda se conserva tal como está.</translation>
    </message>
    <message>
      <source>Lists</source>
      <translation>Listas</translation>
    </message>
    <message>
      <source>Classifications take the codes of the drop-down lists; their labels (e.g. 'Asia and the Pacific') are accepted too, in English, French or Spanish. Themes and countries are comma-separated lists.</source>
      <translation>Las clasificaciones toman los códigos de las listas desplegables; también se aceptan sus etiquetas (p. ej., «Asia y el Pacífico»), en inglés, francés o español. Los temas y los países son listas separadas por comas.</translation>
    </message>
    <message>
      <source>Yes/no</source>
      <translation>Sí/no</translation>
    </message>
    <message>
      <source>yes or no (also true/false, 1/0).</source>
      <translation>sí o no (también verdadero/falso, 1/0, o en inglés yes/no).</translation>
    </message>
    <message>
      <source>Required columns</source>
      <translation>Columnas obligatorias</translation>
    </message>
    <message>
      <source>Headers in red and ending in * are required on every row.</source>
      <translation>Los encabezados en rojo que terminan en * son obligatorios en todas las filas.</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <source>This workbook is written in English; a workbook written in English, French or Spanish imports whatever the language tracker is set to.</source>
      <translation>Este libro está redactado en español; un libro redactado en inglés, francés o español se importa sea cual sea el idioma elegido en tracker.</translation>
    </message>
    <message>
      <source>matched by {key}</source>
      <translation>emparejado por {key}</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obligatorio</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>opcional</translation>
    </message>
    <message>
      <source>Ratings</source>
      <translation>Calificaciones</translation>
    </message>
    <message>
      <source>{scale}. Criteria: {criteria}.</source>
      <translation>{scale}. Criterios: {criteria}.</translation>
    </message>
    <message>
      <source>Codes: {codes}.</source>
      <translation>Códigos: {codes}.</translation>
    </message>
    <message>
      <source>Demo data left out: the {count} demo projects this database holds ({codes}) are not in this workbook, which holds real projects only. Remove them from the database with File &gt; Remove Demo Data… in the app (tracker demo --remove).</source>
      <translation>Datos de demostración omitidos: los {count} proyectos de demostración de esta base de datos ({codes}) no figuran en este libro, que solo contiene proyectos reales. Quítelos de la base de datos con Archivo &gt; Eliminar datos de demostración… en la aplicación (tracker demo --remove).</translation>
    </message>
    <message>
      <source>Exporting project {done} of {total}…</source>
      <translation>Exportando el proyecto {done} de {total}…</translation>
    </message>
    <message>
      <source>Importing project {done} of {total}…</source>
      <translation>Importando el proyecto {done} de {total}…</translation>
    </message>
    <message numerus="yes">
      <source>... and {count} more problem(s); fix these first</source>
      <translation>
        <numerusform>... y {count} problema más; corrija primero estos</numerusform>
        <numerusform>... y {count} problemas más; corrija primero estos</numerusform>
      </translation>
    </message>
    <message>
      <source>the same {what} is already on row {row}</source>
      <translation>{what}: la misma clave ya figura en la fila {row}</translation>
    </message>
    <message>
      <source>the project already has {count} records that match this row; edit them in tracker</source>
      <translation>el proyecto ya tiene {count} registros que coinciden con esta fila; modifíquelos en tracker</translation>
    </message>
    <message>
      <source>no partner {code} on the {partners} sheet or in tracker</source>
      <translation>no hay ningún socio {code} en la hoja {partners} ni en tracker</translation>
    </message>
    <message>
      <source>funding line (project, partner, approved on, modality)</source>
      <translation>línea de financiación (proyecto, socio, fecha de aprobación, modalidad)</translation>
    </message>
    <message>
      <source>expenditure line (project, year, month, type, output)</source>
      <translation>línea de gastos (proyecto, año, mes, tipo, producto)</translation>
    </message>
    <message>
      <source>indicator (project, name)</source>
      <translation>indicador (proyecto, nombre)</translation>
    </message>
    <message>
      <source>evaluation (project, kind, sequence)</source>
      <translation>evaluación (proyecto, tipo, número)</translation>
    </message>
    <message>
      <source>the rules do not plan a {kind} for {code}; give its due date</source>
      <translation>las reglas no prevén una evaluación «{kind}» para {code}; indique su fecha límite</translation>
    </message>
    <message>
      <source>budget line (project, heading, output)</source>
      <translation>línea presupuestaria (proyecto, partida, producto)</translation>
    </message>
    <message>
      <source>progress report (project, period start, period end)</source>
      <translation>informe de avance (proyecto, inicio del período, fin del período)</translation>
    </message>
    <message>
      <source>project {code} has no indicator named '{name}' (on the {sheet} sheet or in tracker)</source>
      <translation>el proyecto {code} no tiene ningún indicador llamado «{name}» (ni en la hoja {sheet} ni en tracker)</translation>
    </message>
    <message>
      <source>project {code} has several indicators named '{name}'; rename them in tracker</source>
      <translation>el proyecto {code} tiene varios indicadores llamados «{name}»; cámbieles el nombre en tracker</translation>
    </message>
    <message>
      <source>indicator value (project, indicator, measured on)</source>
      <translation>valor del indicador (proyecto, indicador, fecha de medición)</translation>
    </message>
    <message>
      <source>location (project, name)</source>
      <translation>lugar (proyecto, nombre)</translation>
    </message>
    <message>
      <source>{country} is not among the countries of project {code}</source>
      <translation>{country} no figura entre los países del proyecto {code}</translation>
    </message>
    <message>
      <source>appraisal record (project, requirement, recorded on)</source>
      <translation>registro de evaluación ex ante (proyecto, requisito, registrado el)</translation>
    </message>
    <message>
      <source>partner {code} is already on row {row}</source>
      <translation>el socio {code} ya figura en la fila {row}</translation>
    </message>
    <message>
      <source>partner {code} already has the name '{name}'</source>
      <translation>el socio {code} ya tiene el nombre «{name}»</translation>
    </message>
    <message>
      <source>project {code} is already on row {row}; a code appears once in the file</source>
      <translation>el proyecto {code} ya figura en la fila {row}; un código aparece una sola vez en el archivo</translation>
    </message>
    <message>
      <source>project {code} is in {stage}; the file says {given}. An existing project changes stage only through a project-cycle action (tracker stage CODE ACTION); clear the cell or set it back</source>
      <translation>el proyecto {code} está en la etapa {stage}; el archivo indica {given}. Un proyecto existente solo cambia de etapa mediante una acción del ciclo del proyecto (tracker stage CÓDIGO ACCIÓN); vacíe la celda o restablezca su valor</translation>
    </message>
    <message>
      <source>a new project cannot start suspended; import it in the stage it was suspended from and suspend it in tracker</source>
      <translation>un proyecto nuevo no puede empezar suspendido; impórtelo en la etapa en la que se suspendió y suspéndalo en tracker</translation>
    </message>
    <message>
      <source>{amount} at a US$ rate of {rate} is worth more US$ than tracker keeps (below {limit})</source>
      <translation>{amount} a un tipo de cambio de {rate} US$ equivale a más US$ de lo que tracker guarda (menos de {limit})</translation>
    </message>
    <message>
      <source>no project {code} on the {projects} sheet or in tracker ({sheet} row for an unknown project)</source>
      <translation>no hay ningún proyecto {code} en la hoja {projects} ni en tracker (fila de la hoja {sheet} para un proyecto desconocido)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>{file} is a damaged or truncated workbook ({error}); save it again from Excel</source>
      <translation>{file} es un libro dañado o truncado ({error}); vuelva a guardarlo desde Excel</translation>
    </message>
    <message>
      <source>{file} holds {count} parts; that is not an import workbook</source>
      <translation>{file} contiene {count} partes; no es un libro de importación</translation>
    </message>
    <message>
      <source>{file} unpacks to {size} GB, more than the {limit} GB an import may hold; split it into smaller files</source>
      <translation>{file} ocupa {size} GB descomprimido, más de los {limit} GB que admite una importación; divídalo en archivos más pequeños</translation>
    </message>
    <message>
      <source>{file}: part {part} unpacks {ratio} times its packed size; this looks like a zip bomb, not a workbook, and was not opened</source>
      <translation>{file}: la parte {part} ocupa descomprimida {ratio} veces su tamaño comprimido; parece una bomba zip, no un libro, y no se abrió</translation>
    </message>
    <message>
      <source>{file} is an IATI activity file, not an import workbook; import it as IATI</source>
      <translation>{file} es un archivo de actividades IATI, no un libro de importación; impórtelo como IATI</translation>
    </message>
    <message>
      <source>{file} cannot be read as a workbook ({error}); save it again from Excel as .xlsx</source>
      <translation>{file} no puede leerse como libro ({error}); vuelva a guardarlo desde Excel como .xlsx</translation>
    </message>
    <message>
      <source>{file} is damaged and cannot be read ({error}); save it again from Excel as .xlsx</source>
      <translation>{file} está dañado y no puede leerse ({error}); vuelva a guardarlo desde Excel como .xlsx</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>oculta</translation>
    </message>
    <message>
      <source>very hidden</source>
      <translation>muy oculta</translation>
    </message>
    <message>
      <source>sheet '{sheet}': {state} in the workbook; hidden sheets are never read, ignored</source>
      <translation>hoja «{sheet}»: {state} en el libro; las hojas ocultas nunca se leen, ignorada</translation>
    </message>
    <message>
      <source>sheet {sheet}: not a sheet of the import template, ignored</source>
      <translation>hoja {sheet}: no es una hoja de la plantilla de importación, ignorada</translation>
    </message>
    <message>
      <source>{file}: the {sheet} sheet is there only as a hidden sheet ('{title}'), and tracker never reads a hidden sheet: unhide it in Excel (right-click a sheet tab, Unhide) or delete it, then import again</source>
      <translation>{file}: la hoja {sheet} solo figura como hoja oculta («{title}»), y tracker nunca lee una hoja oculta: muéstrela en Excel (clic derecho en una pestaña, Mostrar) o elimínela, y vuelva a importar</translation>
    </message>
    <message>
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <source>{file}: sheets {titles} are both the {sheet} sheet; keep one of them and import again</source>
      <translation>{file}: las hojas {titles} son ambas la hoja {sheet}; conserve solo una y vuelva a importar</translation>
    </message>
    <message>
      <source>{file} has none of the import template's sheets ({sheets}); write a template with 'tracker template' and fill it in</source>
      <translation>{file} no tiene ninguna de las hojas de la plantilla de importación ({sheets}); cree una plantilla con «tracker template» y rellénela</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet} declares {count} columns; an import sheet has at most {limit}</source>
      <translation>{file}: la hoja {sheet} declara {count} columnas; una hoja de importación tiene como máximo {limit}</translation>
    </message>
    <message>
      <source>{file} declares {count} rows; an import takes at most {limit} rows: split the file</source>
      <translation>{file} declara {count} filas; una importación admite como máximo {limit} filas: divida el archivo</translation>
    </message>
    <message>
      <source>the cell holds a character no workbook may hold (such as a NUL); retype it in Excel</source>
      <translation>la celda contiene un carácter que ningún libro puede contener (como un NUL); vuelva a escribirla en Excel</translation>
    </message>
    <message>
      <source>{file}: {place} cannot be read ({error}); the file is damaged there: save it again from Excel as .xlsx</source>
      <translation>{file}: {place} no puede leerse ({error}); el archivo está dañado en ese punto: vuelva a guardarlo desde Excel como .xlsx</translation>
    </message>
    <message>
      <source>'{value}' is stored as a number but is not one; retype the cell in Excel</source>
      <translation>«{value}» está guardado como número pero no lo es; vuelva a escribir la celda en Excel</translation>
    </message>
    <message>
      <source>'{value}' is stored as a date but is not one; retype the cell in Excel</source>
      <translation>«{value}» está guardado como fecha pero no lo es; vuelva a escribir la celda en Excel</translation>
    </message>
    <message>
      <source>'{value}' is stored as yes/no but is neither; retype the cell in Excel</source>
      <translation>«{value}» está guardado como sí/no pero no es ninguno de los dos; vuelva a escribir la celda en Excel</translation>
    </message>
    <message>
      <source>the header row is empty; copy it from the template</source>
      <translation>la fila de encabezados está vacía; cópiela de la plantilla</translation>
    </message>
    <message>
      <source>sheet {sheet} column {letter} ({header}): not a template column, ignored</source>
      <translation>hoja {sheet} columna {letter} ({header}): no es una columna de la plantilla, ignorada</translation>
    </message>
    <message>
      <source>the column '{header}' appears twice</source>
      <translation>la columna «{header}» aparece dos veces</translation>
    </message>
    <message>
      <source>the required column '{header}' is missing (renamed or deleted?); copy the header row from the template</source>
      <translation>falta la columna obligatoria «{header}» (¿se cambió el nombre o se eliminó?); copie la fila de encabezados de la plantilla</translation>
    </message>
    <message>
      <source>sheet {sheet} goes past {limit} rows in all; an import takes at most {limit} rows: split the file</source>
      <translation>la hoja {sheet} supera las {limit} filas en total; una importación admite como máximo {limit} filas: divida el archivo</translation>
    </message>
    <message>
      <source>Reading {sheet}, row {row}…</source>
      <translation>Leyendo {sheet}, fila {row}…</translation>
    </message>
    <message>
      <source>{column} is required</source>
      <translation>{column} es obligatorio</translation>
    </message>
    <message>
      <source>Project code</source>
      <translation>Código del proyecto</translation>
    </message>
    <message>
      <source>Code of a project on the Projects sheet or already in tracker.</source>
      <translation>Código de un proyecto de la hoja Proyectos o que ya está en tracker.</translation>
    </message>
    <message>
      <source>A number (no currency sign); at most two decimals.</source>
      <translation>Un número (sin símbolo de moneda); dos decimales como máximo.</translation>
    </message>
    <message>
      <source>US$ value of one unit of the currency (EUR at 1.08 means 1 EUR = 1.08 US$). Blank: 1 for USD; for another currency, the rate in force on the row's date in tracker's table of exchange rates (a funding line's approval date; an expenditure line's month, or 1 July of its year without a month; a project's planned start).</source>
      <translation>Valor en US$ de una unidad de la moneda (EUR a 1,08 significa 1 EUR = 1,08 US$). Vacío: 1 para USD; para otra moneda, el tipo de cambio vigente en la fecha de la fila en la tabla de tipos de cambio de tracker (la fecha de aprobación de una línea de financiación; el mes de una línea de gastos, o el 1 de julio de su año sin mes; el inicio previsto de un proyecto).</translation>
    </message>
    <message>
      <source>Drop-down list.</source>
      <translation>Lista desplegable.</translation>
    </message>
    <message>
      <source>A number.</source>
      <translation>Un número.</translation>
    </message>
    <message>
      <source>Free text.</source>
      <translation>Texto libre.</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <source>ISO 4217 code (blank: USD).</source>
      <translation>Código ISO 4217 (vacío: USD).</translation>
    </message>
    <message>
      <source>The output of the agreement, where the budget is set by output (e.g. Output 1); blank otherwise.</source>
      <translation>El producto del acuerdo, cuando el presupuesto se establece por producto (p. ej., Producto 1); en otro caso, dejar en blanco.</translation>
    </message>
    <message>
      <source>1 (highly unsatisfactory) to 6 (highly satisfactory).</source>
      <translation>De 1 (muy insatisfactorio) a 6 (muy satisfactorio).</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Socios</translation>
    </message>
    <message>
      <source>partner code</source>
      <translation>código del socio</translation>
    </message>
    <message>
      <source>Funding partners. Only needed for partners not yet in tracker; a partner already there is matched by its code and updated.</source>
      <translation>Socios financiadores. Solo se necesitan para los socios que aún no están en tracker; un socio que ya está se empareja por su código y se actualiza.</translation>
    </message>
    <message>
      <source>Short code, e.g. LUX (2-40 letters, digits, - _ . /).</source>
      <translation>Código corto, p. ej., LUX (de 2 a 40 letras, cifras, - _ . /).</translation>
    </message>
    <message>
      <source>Full name, unique among partners.</source>
      <translation>Nombre completo, único entre los socios.</translation>
    </message>
    <message>
      <source>Partner category (drop-down list).</source>
      <translation>Categoría del socio (lista desplegable).</translation>
    </message>
    <message>
      <source>Only for non-state actors, and required for them.</source>
      <translation>Solo para actores no estatales, y obligatorio para ellos.</translation>
    </message>
    <message>
      <source>ISO 3166 two-letter code of the partner's country, if any.</source>
      <translation>Código ISO 3166 de dos letras del país del socio, si lo hay.</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <source>project code</source>
      <translation>código del proyecto</translation>
    </message>
    <message>
      <source>One row per project. A code already in tracker updates that project; a new code creates one.</source>
      <translation>Una fila por proyecto. Un código que ya está en tracker actualiza ese proyecto; un código nuevo crea uno.</translation>
    </message>
    <message>
      <source>Project code, e.g. SEN/24/01/LUX; unique in the file.</source>
      <translation>Código del proyecto, p. ej., SEN/24/01/LUX; único en el archivo.</translation>
    </message>
    <message>
      <source>Title (under 500 characters).</source>
      <translation>Título (menos de 500 caracteres).</translation>
    </message>
    <message>
      <source>Only for new projects (blank: Design). An existing project changes stage only through a project-cycle action in tracker.</source>
      <translation>Solo para proyectos nuevos (vacío: Diseño). Un proyecto existente solo cambia de etapa mediante una acción del ciclo del proyecto en tracker.</translation>
    </message>
    <message>
      <source>ILO region (drop-down list).</source>
      <translation>Región de la OIT (lista desplegable).</translation>
    </message>
    <message>
      <source>ISO codes or names separated by commas, e.g. SN, ML or Senegal, Mali.</source>
      <translation>Códigos ISO o nombres separados por comas, p. ej., SN, ML o Senegal, Malí.</translation>
    </message>
    <message>
      <source>Cross-cutting themes as a comma-separated list of codes: {codes}.</source>
      <translation>Temas transversales, como lista de códigos separados por comas: {codes}.</translation>
    </message>
    <message>
      <source>Responsible office.</source>
      <translation>Oficina responsable.</translation>
    </message>
    <message>
      <source>Responsible officer.</source>
      <translation>Oficial de proyecto responsable.</translation>
    </message>
    <message>
      <source>Date (YYYY-MM-DD or an Excel date).</source>
      <translation>Fecha (AAAA-MM-DD o una fecha de Excel).</translation>
    </message>
    <message>
      <source>Last day of the project (YYYY-MM-DD or an Excel date).</source>
      <translation>Último día del proyecto (AAAA-MM-DD o una fecha de Excel).</translation>
    </message>
    <message>
      <source>Once the project has ended.</source>
      <translation>Una vez terminado el proyecto.</translation>
    </message>
    <message>
      <source>Approved budget in the project's currency.</source>
      <translation>Presupuesto aprobado en la moneda del proyecto.</translation>
    </message>
    <message>
      <source>yes or no (projects over 30 months).</source>
      <translation>sí o no (proyectos de más de 30 meses).</translation>
    </message>
    <message>
      <source>The OECD DAC 5-digit purpose code of what the project does, e.g. 16020 (employment creation); blank: the code its themes stand for.</source>
      <translation>El código de finalidad de 5 dígitos del CAD de la OCDE que corresponde a la actividad del proyecto, por ejemplo 16020 (creación de empleo); vacío: el código que corresponde a sus temas.</translation>
    </message>
    <message>
      <source>Per cent of the budget spent on assets (buildings, equipment): 0 for technical cooperation that buys none; blank when not known.</source>
      <translation>Porcentaje del presupuesto destinado a activos (edificios, equipos): 0 para una cooperación técnica que no los adquiere; vacío si no se conoce.</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Financiación</translation>
    </message>
    <message>
      <source>project code + partner code + approved on + modality</source>
      <translation>código del proyecto + código del socio + fecha de aprobación + modalidad</translation>
    </message>
    <message>
      <source>Approved contributions to a project.</source>
      <translation>Contribuciones aprobadas a un proyecto.</translation>
    </message>
    <message>
      <source>Partner code</source>
      <translation>Código del socio</translation>
    </message>
    <message>
      <source>A partner on the Partners sheet or already in tracker; blank only for regular budget (rbtc).</source>
      <translation>Un socio de la hoja Socios o que ya está en tracker; vacío solo para el presupuesto ordinario (rbtc).</translation>
    </message>
    <message>
      <source>Funding modality (drop-down list).</source>
      <translation>Modalidad de financiación (lista desplegable).</translation>
    </message>
    <message>
      <source>Date of approval (YYYY-MM-DD or an Excel date).</source>
      <translation>Fecha de aprobación (AAAA-MM-DD o una fecha de Excel).</translation>
    </message>
    <message>
      <source>Greater than zero.</source>
      <translation>Mayor que cero.</translation>
    </message>
    <message>
      <source>yes or no (blank: no).</source>
      <translation>sí o no (vacío: no).</translation>
    </message>
    <message>
      <source>The funding agreement's reference number, as the partner's financial reports quote it.</source>
      <translation>El número de referencia del acuerdo de financiación, tal como lo citan los informes financieros destinados al socio.</translation>
    </message>
    <message>
      <source>Expenditure</source>
      <translation>Gastos</translation>
    </message>
    <message>
      <source>project code + year + month + type of expenditure + output</source>
      <translation>código del proyecto + año + mes + tipo de gasto + producto</translation>
    </message>
    <message>
      <source>Expenditure by year (and month, if known) and type of assistance.</source>
      <translation>Gastos por año (y por mes, si se conoce) y por tipo de asistencia.</translation>
    </message>
    <message>
      <source>Calendar year, e.g. 2025.</source>
      <translation>Año civil, p. ej., 2025.</translation>
    </message>
    <message>
      <source>1-12, or blank for a whole-year figure.</source>
      <translation>1-12, o vacío para una cifra anual.</translation>
    </message>
    <message>
      <source>Negative for refunds or corrections.</source>
      <translation>Negativo para reembolsos o correcciones.</translation>
    </message>
    <message>
      <source>project code + kind + sequence</source>
      <translation>código del proyecto + tipo + número</translation>
    </message>
    <message>
      <source>Evaluations and their results. Evaluations the rules require are planned by tracker itself; a row here records their status and results, or adds an evaluation the rules do not require.</source>
      <translation>Evaluaciones y sus resultados. tracker planifica por sí mismo las evaluaciones que exigen las reglas; una fila aquí registra su estado y sus resultados, o añade una evaluación que las reglas no exigen.</translation>
    </message>
    <message>
      <source>Number of an annual review (1, 2, ...); blank: 1.</source>
      <translation>Número de un examen anual (1, 2, ...); vacío: 1.</translation>
    </message>
    <message>
      <source>Due date. Required for an evaluation the rules do not plan; the rules set the due date of a planned one they require.</source>
      <translation>Fecha límite. Obligatoria para una evaluación que las reglas no prevén; las reglas fijan la fecha límite de las que exigen.</translation>
    </message>
    <message>
      <source>Drop-down list (blank: planned).</source>
      <translation>Lista desplegable (vacío: planned).</translation>
    </message>
    <message>
      <source>Drop-down list (blank: self).</source>
      <translation>Lista desplegable (vacío: self).</translation>
    </message>
    <message>
      <source>Required for a completed evaluation.</source>
      <translation>Obligatorio para una evaluación terminada.</translation>
    </message>
    <message>
      <source>Rating relevance</source>
      <translation>Calif. pertinencia</translation>
    </message>
    <message>
      <source>Rating efficiency</source>
      <translation>Calif. eficiencia</translation>
    </message>
    <message>
      <source>Rating effectiveness</source>
      <translation>Calif. eficacia</translation>
    </message>
    <message>
      <source>Rating impact</source>
      <translation>Calif. impacto</translation>
    </message>
    <message>
      <source>Rating sustainability</source>
      <translation>Calif. sostenibilidad</translation>
    </message>
    <message>
      <source>Required for a waived evaluation.</source>
      <translation>Obligatorio para una evaluación dispensada.</translation>
    </message>
    <message>
      <source>Result indicators</source>
      <translation>Indicadores de resultados</translation>
    </message>
    <message>
      <source>project code + indicator name</source>
      <translation>código del proyecto + nombre del indicador</translation>
    </message>
    <message>
      <source>Result indicators: baseline, target and what has been achieved.</source>
      <translation>Indicadores de resultados: línea de base, meta y lo logrado.</translation>
    </message>
    <message>
      <source>Indicator name, unique within its project.</source>
      <translation>Nombre del indicador, único dentro de su proyecto.</translation>
    </message>
    <message>
      <source>E.g. people, %, policies.</source>
      <translation>P. ej., personas, %, políticas.</translation>
    </message>
    <message>
      <source>Per cent of the people counted who are women (0-100).</source>
      <translation>Porcentaje de mujeres entre las personas contadas (0-100).</translation>
    </message>
    <message>
      <source>Budget lines</source>
      <translation>Líneas presupuestarias</translation>
    </message>
    <message>
      <source>project code + heading + output</source>
      <translation>código del proyecto + partida + producto</translation>
    </message>
    <message>
      <source>The approved budget by budget line, in the project's currency: one row per heading (and output, where the agreement budgets by output).</source>
      <translation>El presupuesto aprobado por línea presupuestaria, en la moneda del proyecto: una fila por partida (y por producto, cuando el acuerdo presupuesta por producto).</translation>
    </message>
    <message>
      <source>The type of expenditure the line budgets (drop-down list).</source>
      <translation>El tipo de gasto que presupuesta la línea (lista desplegable).</translation>
    </message>
    <message>
      <source>In the project's currency.</source>
      <translation>En la moneda del proyecto.</translation>
    </message>
    <message>
      <source>Why expenditure departs from the line, in a sentence the partner reads.</source>
      <translation>Por qué el gasto se aparta de la línea, en una frase que lee el socio.</translation>
    </message>
    <message>
      <source>Progress reports</source>
      <translation>Informes de avance</translation>
    </message>
    <message>
      <source>project code + period start + period end</source>
      <translation>código del proyecto + inicio del período + fin del período</translation>
    </message>
    <message>
      <source>What the project reports on a period: the narrative a funding partner asks for.</source>
      <translation>Lo que el proyecto informa sobre un período: la parte narrativa que pide un socio financiador.</translation>
    </message>
    <message>
      <source>First day of the period reported on.</source>
      <translation>Primer día del período del informe.</translation>
    </message>
    <message>
      <source>Last day of the period reported on.</source>
      <translation>Último día del período del informe.</translation>
    </message>
    <message>
      <source>Who prepared the report.</source>
      <translation>Quién preparó el informe.</translation>
    </message>
    <message>
      <source>Indicator values</source>
      <translation>Valores de indicadores</translation>
    </message>
    <message>
      <source>project code + indicator + measured on</source>
      <translation>código del proyecto + indicador + fecha de medición</translation>
    </message>
    <message>
      <source>The value an indicator reached on a date (at the end of a reported period).</source>
      <translation>El valor que alcanzó un indicador en una fecha (al final de un período del informe).</translation>
    </message>
    <message>
      <source>The name of one of the project's indicators (on the Result indicators sheet or already in tracker).</source>
      <translation>El nombre de uno de los indicadores del proyecto (en la hoja Indicadores de resultados o ya en tracker).</translation>
    </message>
    <message>
      <source>Date of the measurement (YYYY-MM-DD or an Excel date).</source>
      <translation>Fecha de la medición (AAAA-MM-DD o una fecha de Excel).</translation>
    </message>
    <message>
      <source>Decimal degrees, north and east positive (e.g. 14.69 and -17.44 for Dakar); give both coordinates or neither.</source>
      <translation>Grados decimales, positivos al norte y al este (por ejemplo 14.69 y -17.44 para Dakar); indique ambas coordenadas o ninguna.</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>Lugares</translation>
    </message>
    <message>
      <source>project code + name</source>
      <translation>código del proyecto + nombre</translation>
    </message>
    <message>
      <source>Places within the project's countries where it works (a province, a district, a town), published with its IATI activity.</source>
      <translation>Lugares de los países del proyecto donde actúa (una provincia, un distrito, una ciudad), publicados con su actividad IATI.</translation>
    </message>
    <message>
      <source>The place's name, unique within its project.</source>
      <translation>El nombre del lugar, único dentro de su proyecto.</translation>
    </message>
    <message>
      <source>One of the project's countries: ISO code or name.</source>
      <translation>Uno de los países del proyecto: código ISO o nombre.</translation>
    </message>
    <message>
      <source>Appraisal records</source>
      <translation>Registros de evaluación ex ante</translation>
    </message>
    <message>
      <source>project code + requirement + recorded on</source>
      <translation>código del proyecto + requisito + registrado el</translation>
    </message>
    <message>
      <source>What the appraisal recorded to meet an appraisal requirement of the project's evaluation rule set (the environmental and social screening with its risk category, for example): approving a project looks for them.</source>
      <translation>Lo que la evaluación ex ante registró para cumplir un requisito de las reglas de evaluación del proyecto (el examen ambiental y social con su categoría de riesgo, por ejemplo): la aprobación de un proyecto los verifica.</translation>
    </message>
    <message>
      <source>The code of the rule set's appraisal requirement, e.g. ess-screening.</source>
      <translation>El código del requisito de evaluación ex ante de las reglas, por ejemplo ess-screening.</translation>
    </message>
    <message>
      <source>Date of the record (YYYY-MM-DD or an Excel date).</source>
      <translation>Fecha del registro (AAAA-MM-DD o una fecha de Excel).</translation>
    </message>
    <message>
      <source>What it found, e.g. the risk category; one of the rule set's choices where it names some.</source>
      <translation>Lo que constató, por ejemplo la categoría de riesgo; una de las opciones de las reglas cuando las indican.</translation>
    </message>
    <message>
      <source>Who recorded it.</source>
      <translation>Quién lo registró.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>PackageFiles</name>
    <message>
      <source>the package was not written: {why}; exchange packages more often, or publish files and give their web addresses</source>
      <translation>el paquete no se escribió: {why}; intercambie paquetes con más frecuencia, o publique los archivos e indique sus direcciones web</translation>
    </message>
    <message>
      <source>the file carried for it has {size} bytes, not the {named} it names</source>
      <translation>el archivo que se lleva para él tiene {size} bytes, no los {named} que indica</translation>
    </message>
    <message>
      <source>the file carried for it is not the one it names (its checksum differs)</source>
      <translation>el archivo que se lleva para él no es el que designa (su suma de control es distinta)</translation>
    </message>
    <message>
      <source>{file} is damaged or was altered: the attached file {member} does not match its checksum; nothing was merged</source>
      <translation>{file} está dañado o fue alterado: el archivo adjunto {member} no coincide con su suma de control; no se fusionó nada</translation>
    </message>
    <message>
      <source>{file} is truncated or damaged ({error}); nothing was merged</source>
      <translation>{file} está truncado o dañado ({error}); no se fusionó nada</translation>
    </message>
    <message>
      <source>{file}: document “{title}” ({uuid}): {why}; nothing was merged</source>
      <translation>{file}: documento «{title}» ({uuid}): {why}; no se fusionó nada</translation>
    </message>
  </context>
  <context>
    <name>PackageMerge</name>
    <message>
      <source>{file}: this package from {source} was already merged; nothing changed</source>
      <translation>{file}: este paquete de {source} ya se fusionó; no cambió nada</translation>
    </message>
    <message>
      <source>{file} from {source}: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged</source>
      <translation>{file} de {source}: {created} creados, {updated} actualizados, {deleted} eliminados, {unchanged} sin cambios</translation>
    </message>
    <message numerus="yes">
      <source>; %n conflict(s) to resolve</source>
      <translation>
        <numerusform>; %n conflicto por resolver</numerusform>
        <numerusform>; %n conflictos por resolver</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n skipped</source>
      <translation>
        <numerusform>; %n omitido</numerusform>
        <numerusform>; %n omitidos</numerusform>
      </translation>
    </message>
    <message>
      <source>record {uuid}</source>
      <translation>registro {uuid}</translation>
    </message>
    <message>
      <source>{what} appears twice (lines {first} and {second})</source>
      <translation>{what} aparece dos veces (líneas {first} y {second})</translation>
    </message>
    <message>
      <source>it is {kind} here; a package cannot turn one kind of record into another</source>
      <translation>aquí es {kind}; un paquete no puede convertir un tipo de registro en otro</translation>
    </message>
    <message>
      <source>not a rate tracker can record: {problems}</source>
      <translation>no es un tipo de cambio que tracker pueda registrar: {problems}</translation>
    </message>
    <message>
      <source>tracker keeps every cluster evaluation: a package cannot delete one</source>
      <translation>tracker conserva todas las evaluaciones agrupadas: un paquete no puede eliminar ninguna</translation>
    </message>
    <message>
      <source>the stage history is kept as it happened: a package cannot delete an entry of it</source>
      <translation>el historial de etapas se conserva tal como ocurrió: un paquete no puede eliminar ninguna de sus entradas</translation>
    </message>
    <message>
      <source>deleted there; the package does not say of which project</source>
      <translation>eliminado allí; el paquete no indica de qué proyecto</translation>
    </message>
    <message>
      <source>the package deletes it as a record of another project</source>
      <translation>el paquete lo elimina como registro de otro proyecto</translation>
    </message>
    <message>
      <source>the package moves this stage-history entry to another project</source>
      <translation>el paquete traslada esta entrada del historial de etapas a otro proyecto</translation>
    </message>
    <message>
      <source>the stage history is kept as it happened: a package cannot change an entry of it ({fields})</source>
      <translation>el historial de etapas se conserva tal como ocurrió: un paquete no puede modificar ninguna de sus entradas ({fields})</translation>
    </message>
    <message>
      <source>no project (unearmarked)</source>
      <translation>ningún proyecto (sin asignación específica)</translation>
    </message>
    <message>
      <source>project {code}</source>
      <translation>proyecto {code}</translation>
    </message>
    <message>
      <source>it belongs to {owner} here; a package cannot move it to {other}</source>
      <translation>aquí pertenece a: {owner}; un paquete no puede trasladarlo a: {other}</translation>
    </message>
    <message>
      <source>project {code}: the indicator value of {date} ({uuid}) measures an indicator the project does not have ({indicator})</source>
      <translation>proyecto {code}: el valor del indicador del {date} ({uuid}) mide un indicador que el proyecto no tiene ({indicator})</translation>
    </message>
    <message>
      <source>'{action}' is not a project-cycle action from {stage} to {target}</source>
      <translation>«{action}» no es una acción del ciclo del proyecto de la etapa {stage} a la etapa {target}</translation>
    </message>
    <message>
      <source>'{action}' leads from {stage} nowhere, not to {target}</source>
      <translation>«{action}» no lleva a ninguna parte desde la etapa {stage}, ni a la etapa {target}</translation>
    </message>
    <message>
      <source>'{action}' leads from {stage} to {leads}, not to {target}</source>
      <translation>«{action}» lleva de la etapa {stage} a la etapa {leads}, no a la etapa {target}</translation>
    </message>
    <message>
      <source>Applying the changes…</source>
      <translation>Aplicando los cambios…</translation>
    </message>
    <message>
      <source>project {code}: {why}</source>
      <translation>proyecto {code}: {why}</translation>
    </message>
    <message>
      <source>{record}: deleted there, but funding here still names it; kept</source>
      <translation>{record}: eliminado allí, pero una financiación de aquí aún lo nombra; se conserva</translation>
    </message>
    <message>
      <source>{record}: {why}; the local rates are kept</source>
      <translation>{record}: {why}; se conservan los tipos de cambio locales</translation>
    </message>
    <message>
      <source>{record}: {why}</source>
      <translation>{record}: {why}</translation>
    </message>
    <message>
      <source>{record}: {why}; the local partner is kept</source>
      <translation>{record}: {why}; se conserva el socio local</translation>
    </message>
    <message>
      <source>project {code} was changed by someone else during the merge; merge the package again</source>
      <translation>otra persona modificó el proyecto {code} durante la fusión; vuelva a fusionar el paquete</translation>
    </message>
    <message>
      <source>{record}: its project is not in this database (deleted here?)</source>
      <translation>{record}: su proyecto no está en esta base de datos (¿eliminado aquí?)</translation>
    </message>
    <message>
      <source>{record}: its project is not in this database</source>
      <translation>{record}: su proyecto no está en esta base de datos</translation>
    </message>
    <message>
      <source>the project is in {stage} here, not in {other}</source>
      <translation>aquí el proyecto está en la etapa {stage}, no en la etapa {other}</translation>
    </message>
    <message>
      <source>stays in {stage}: no project-cycle action leads from {stage} to {goal}</source>
      <translation>sigue en la etapa {stage}: ninguna acción del ciclo del proyecto lleva de la etapa {stage} a la etapa {goal}</translation>
    </message>
    <message>
      <source>stays in {stage}: {why}</source>
      <translation>sigue en la etapa {stage}: {why}</translation>
    </message>
    <message>
      <source>{record} of project {code}</source>
      <translation>{record} del proyecto {code}</translation>
    </message>
    <message>
      <source>Checking the package…</source>
      <translation>Comprobando el paquete…</translation>
    </message>
    <message>
      <source>{file}: {why}; nothing was merged</source>
      <translation>{file}: {why}; no se fusionó nada</translation>
    </message>
    <message>
      <source>{file} was exported from this database (or from a copy of it); merge it into another one, or give a copied database its own identity first</source>
      <translation>{file} se exportó desde esta base de datos (o desde una copia de ella); fusiónelo en otra, o dé primero a la copia su propia identidad</translation>
    </message>
    <message>
      <source>merging the field package was cancelled; nothing was changed</source>
      <translation>se canceló la fusión del paquete de campo; no se cambió nada</translation>
    </message>
    <message>
      <source>Package merged</source>
      <translation>Paquete fusionado</translation>
    </message>
    <message>
      <source>{file} holds demo projects ({codes}); demo data is not merged into a database with real projects, so nothing was merged (merge it into the demo portfolio, or export the package from a working database)</source>
      <translation>{file} contiene proyectos de demostración ({codes}); los datos de demostración no se fusionan en una base de datos con proyectos reales, por lo que no se fusionó nada (fusiónelo en la cartera de demostración o exporte el paquete desde una base de datos de trabajo)</translation>
    </message>
    <message>
      <source>{file}: cluster evaluation {code} ({uuid}) is not the cluster evaluation {local} of this database ({local_uuid}): two databases made a cluster with one code; nothing was merged</source>
      <translation>{file}: la evaluación agrupada {code} ({uuid}) no es la evaluación agrupada {local} de esta base de datos ({local_uuid}): dos bases de datos crearon un grupo con el mismo código; no se fusionó nada</translation>
    </message>
    <message>
      <source>{record}: refused: {why}</source>
      <translation>{record}: rechazado: {why}</translation>
    </message>
  </context>
  <context>
    <name>PackageRecord</name>
    <message>
      <source>a partner</source>
      <translation>un socio</translation>
    </message>
    <message>
      <source>a project</source>
      <translation>un proyecto</translation>
    </message>
    <message>
      <source>a funding</source>
      <translation>una financiación</translation>
    </message>
    <message>
      <source>a budget revision</source>
      <translation>una revisión presupuestaria</translation>
    </message>
    <message>
      <source>an expenditure</source>
      <translation>un gasto</translation>
    </message>
    <message>
      <source>an evaluation</source>
      <translation>una evaluación</translation>
    </message>
    <message>
      <source>a result indicator</source>
      <translation>un indicador de resultados</translation>
    </message>
    <message>
      <source>a budget line</source>
      <translation>una línea presupuestaria</translation>
    </message>
    <message>
      <source>a progress report</source>
      <translation>un informe de avance</translation>
    </message>
    <message>
      <source>an indicator value</source>
      <translation>un valor del indicador</translation>
    </message>
    <message>
      <source>a document</source>
      <translation>un documento</translation>
    </message>
    <message>
      <source>an appraisal record</source>
      <translation>un registro de evaluación ex ante</translation>
    </message>
    <message>
      <source>a stage change</source>
      <translation>un cambio de etapa</translation>
    </message>
    <message>
      <source>an exchange rate</source>
      <translation>un tipo de cambio</translation>
    </message>
    <message>
      <source>a cluster evaluation</source>
      <translation>una evaluación agrupada</translation>
    </message>
    <message>
      <source>exchange rate of {currency} from {day}</source>
      <translation>tipo de cambio de {currency} desde el {day}</translation>
    </message>
    <message>
      <source>it is not a record (a JSON object)</source>
      <translation>no es un registro (un objeto JSON)</translation>
    </message>
    <message>
      <source>{kind} is not a kind of record tracker exchanges</source>
      <translation>{kind} no es un tipo de registro que tracker intercambie</translation>
    </message>
    <message>
      <source>{what}: it has no valid UUID ({uuid})</source>
      <translation>{what}: no tiene un UUID válido ({uuid})</translation>
    </message>
    <message>
      <source>{what} {uuid}: the UUID of its project is not valid ({owner})</source>
      <translation>{what} {uuid}: el UUID de su proyecto no es válido ({owner})</translation>
    </message>
    <message>
      <source>{what} {uuid}: this kind of record belongs to no project</source>
      <translation>{what} {uuid}: este tipo de registro no pertenece a ningún proyecto</translation>
    </message>
    <message>
      <source>{what} {uuid}: its values are not a JSON object</source>
      <translation>{what} {uuid}: sus valores no son un objeto JSON</translation>
    </message>
    <message>
      <source>{what} {uuid}: it does not name its project</source>
      <translation>{what} {uuid}: no indica su proyecto</translation>
    </message>
    <message>
      <source>{what} {uuid}: its ancestors are not a list of content hashes</source>
      <translation>{what} {uuid}: sus antecesores no son una lista de hashes de contenido</translation>
    </message>
    <message>
      <source>{what} {uuid}: its values do not match its hash</source>
      <translation>{what} {uuid}: sus valores no coinciden con su hash</translation>
    </message>
    <message>
      <source>{record}: {field}: at most {width} characters (it has {count})</source>
      <translation>{record}: {field}: {width} caracteres como máximo (tiene {count})</translation>
    </message>
    <message>
      <source>{record}: {fields} missing</source>
      <translation>{record}: falta {fields}</translation>
    </message>
    <message>
      <source>{record}: {field}: {amount} at the US$ rate {rate} is too large: tracker keeps amounts below {limit} US$</source>
      <translation>{record}: {field}: {amount} al tipo de cambio de {rate} US$ es demasiado grande: tracker guarda importes inferiores a {limit} US$</translation>
    </message>
    <message>
      <source>a value is required</source>
      <translation>se necesita un valor</translation>
    </message>
    <message>
      <source>a list was expected, not {found}</source>
      <translation>se esperaba una lista, no {found}</translation>
    </message>
    <message>
      <source>a mapping was expected, not {found}</source>
      <translation>se esperaba un diccionario, no {found}</translation>
    </message>
    <message>
      <source>a value of a type this tracker cannot read</source>
      <translation>un valor de un tipo que este tracker no sabe leer</translation>
    </message>
    <message>
      <source>a code was expected, not {found}</source>
      <translation>se esperaba un código, no {found}</translation>
    </message>
    <message>
      <source>{value} is not a {noun} tracker knows (use one of: {known})</source>
      <translation>{value} no es un valor conocido por tracker ({noun}) (use uno de estos: {known})</translation>
    </message>
    <message>
      <source>true or false was expected, not {found}</source>
      <translation>se esperaba true o false, no {found}</translation>
    </message>
    <message>
      <source>a whole number was expected, not {found}</source>
      <translation>se esperaba un número entero, no {found}</translation>
    </message>
    <message>
      <source>{value} is too large</source>
      <translation>{value} es demasiado grande</translation>
    </message>
    <message>
      <source>a text was expected, not {found}</source>
      <translation>se esperaba un texto, no {found}</translation>
    </message>
    <message>
      <source>it holds a character no database can store (NUL, or half of a surrogate pair)</source>
      <translation>contiene un carácter que ninguna base de datos puede guardar (NUL, o la mitad de un par suplente)</translation>
    </message>
    <message>
      <source>an exact number written as text was expected, not {found}</source>
      <translation>se esperaba un número exacto escrito como texto, no {found}</translation>
    </message>
    <message>
      <source>{value} has too many digits</source>
      <translation>{value} tiene demasiadas cifras</translation>
    </message>
    <message>
      <source>{value} is not a number</source>
      <translation>{value} no es un número</translation>
    </message>
    <message>
      <source>{value} is not a finite number</source>
      <translation>{value} no es un número finito</translation>
    </message>
    <message>
      <source>{value} is too large: tracker keeps numbers below {limit}</source>
      <translation>{value} es demasiado grande: tracker guarda números inferiores a {limit}</translation>
    </message>
    <message>
      <source>a date (YYYY-MM-DD) was expected, not {found}</source>
      <translation>se esperaba una fecha (AAAA-MM-DD), no {found}</translation>
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD)</source>
      <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
      <source>a time was expected, not {found}</source>
      <translation>se esperaba una fecha y hora, no {found}</translation>
    </message>
    <message>
      <source>{value} is not a time (YYYY-MM-DDTHH:MM:SS)</source>
      <translation>{value} no es una fecha y hora (AAAA-MM-DDTHH:MM:SS)</translation>
    </message>
    <message>
      <source>{value} has a time zone; tracker records UTC times without one</source>
      <translation>{value} tiene zona horaria; tracker registra las horas UTC sin zona horaria</translation>
    </message>
    <message>
      <source>{value} is outside the years {first}-{last}</source>
      <translation>{value} está fuera de los años {first}-{last}</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation>true/false</translation>
    </message>
    <message>
      <source>the number {value}</source>
      <translation>el número {value}</translation>
    </message>
    <message>
      <source>the text {value}</source>
      <translation>el texto {value}</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>una lista</translation>
    </message>
    <message>
      <source>a mapping</source>
      <translation>un diccionario</translation>
    </message>
    <message>
      <source>partner</source>
      <translation>socio</translation>
    </message>
    <message>
      <source>project</source>
      <translation>proyecto</translation>
    </message>
    <message>
      <source>funding</source>
      <translation>financiación</translation>
    </message>
    <message>
      <source>budget revision</source>
      <translation>revisión presupuestaria</translation>
    </message>
    <message>
      <source>expenditure</source>
      <translation>gasto</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>evaluación</translation>
    </message>
    <message>
      <source>result indicator</source>
      <translation>indicador de resultados</translation>
    </message>
    <message>
      <source>budget line</source>
      <translation>línea presupuestaria</translation>
    </message>
    <message>
      <source>progress report</source>
      <translation>informe de avance</translation>
    </message>
    <message>
      <source>indicator value</source>
      <translation>valor del indicador</translation>
    </message>
    <message>
      <source>document</source>
      <translation>documento</translation>
    </message>
    <message>
      <source>appraisal record</source>
      <translation>registro de evaluación ex ante</translation>
    </message>
    <message>
      <source>stage change</source>
      <translation>cambio de etapa</translation>
    </message>
    <message>
      <source>exchange rate</source>
      <translation>tipo de cambio</translation>
    </message>
    <message>
      <source>cluster evaluation</source>
      <translation>evaluación agrupada</translation>
    </message>
  </context>
  <context>
    <name>RatesImport</name>
    <message>
      <source>{file}: {added} rates would be added, {changed} corrected, {unchanged} unchanged</source>
      <translation>{file}: tipos de cambio que se añadirían: {added}, que se corregirían: {changed}, sin cambios: {unchanged}</translation>
    </message>
    <message>
      <source>{file}: {added} rates added, {changed} corrected, {unchanged} unchanged</source>
      <translation>{file}: tipos de cambio añadidos: {added}, corregidos: {changed}, sin cambios: {unchanged}</translation>
    </message>
    <message>
      <source>; currencies: {count}; source: {source}</source>
      <translation>; monedas: {count}; fuente: {source}</translation>
    </message>
    <message>
      <source>{currencies}: from {first}</source>
      <translation>{currencies}: desde el {first}</translation>
    </message>
    <message>
      <source>{currency}: from {first}</source>
      <translation>{currency}: desde el {first}</translation>
    </message>
    <message>
      <source>{currency}: {count} rates, {first} to {last}</source>
      <translation>{currency}: {count} tipos de cambio, del {first} al {last}</translation>
    </message>
    <message>
      <source>UN operational rates of exchange</source>
      <translation>tipos de cambio operacionales de las Naciones Unidas</translation>
    </message>
    <message>
      <source>the currency is missing</source>
      <translation>falta la moneda</translation>
    </message>
    <message>
      <source>the US$ is worth one US$ on every day, not {rate}</source>
      <translation>el dólar de los Estados Unidos vale un dólar todos los días, no {rate}</translation>
    </message>
    <message>
      <source>'{code}' is not an ISO 4217 currency code</source>
      <translation>«{code}» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
      <source>{rate} is not plausible: one unit of {currency} would be worth {value} US$ (units per US$ and US$ per unit swapped?)</source>
      <translation>{rate} no es verosímil: una unidad de {currency} valdría {value} US$ (¿se han invertido unidades por US$ y US$ por unidad?)</translation>
    </message>
    <message>
      <source>{currency} on {day} already has another rate on row {row}</source>
      <translation>{currency} el {day} ya tiene otro tipo de cambio en la fila {row}</translation>
    </message>
    <message>
      <source>{file}, entry {row} (line {line}), element &lt;{element}&gt;: {what}</source>
      <translation>{file}, entrada {row} (línea {line}), elemento &lt;{element}&gt;: {what}</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}, row {row}, column {column}: {what}</source>
      <translation>{file}, hoja {sheet}, fila {row}, columna {column}: {what}</translation>
    </message>
    <message>
      <source>{file}, row {row}, column {column}: {what}</source>
      <translation>{file}, fila {row}, columna {column}: {what}</translation>
    </message>
    <message>
      <source>{value} has a time of day; give the date only</source>
      <translation>{value} incluye una hora; indique solo la fecha</translation>
    </message>
    <message>
      <source>the date is missing</source>
      <translation>falta la fecha</translation>
    </message>
    <message>
      <source>{value} is a number, not a date; write it as YYYY-MM-DD</source>
      <translation>{value} es un número, no una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
      <source>'{value}' is not a date; write it as YYYY-MM-DD (e.g. 2026-10-01) or as the UN does (01 Oct 2026)</source>
      <translation>«{value}» no es una fecha; escríbala como AAAA-MM-DD (p. ej., 2026-10-01) o como lo hacen las Naciones Unidas (01 Oct 2026)</translation>
    </message>
    <message>
      <source>the rate</source>
      <translation>el tipo de cambio</translation>
    </message>
    <message>
      <source>the rate is missing</source>
      <translation>falta el tipo de cambio</translation>
    </message>
    <message>
      <source>{value} is not a number</source>
      <translation>{value} no es un número</translation>
    </message>
    <message>
      <source>the rate must be greater than zero, not {value}</source>
      <translation>el tipo de cambio debe ser mayor que cero, no {value}</translation>
    </message>
    <message>
      <source>{file} is a database, not a list of exchange rates; choose the file of rates you downloaded</source>
      <translation>{file} es una base de datos, no una lista de tipos de cambio; elija el archivo de tipos de cambio que descargó</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: el archivo no existe</translation>
    </message>
    <message>
      <source>{file} is a folder, not a file</source>
      <translation>{file} es una carpeta, no un archivo</translation>
    </message>
    <message>
      <source>{file} is empty</source>
      <translation>{file} está vacío</translation>
    </message>
    <message>
      <source>{file} holds {size} MB, more than a list of exchange rates ({limit} MB at most)</source>
      <translation>{file} ocupa {size} MB, más que una lista de tipos de cambio ({limit} MB como máximo)</translation>
    </message>
    <message>
      <source>{file} declares a DOCTYPE, which the UN's list of rates never does; it is refused for safety and nothing was imported</source>
      <translation>{file} declara un DOCTYPE, cosa que la lista de tipos de cambio de las Naciones Unidas nunca hace; se rechaza por seguridad y no se importó nada</translation>
    </message>
    <message>
      <source>{file} is not well-formed XML ({error}, line {line}); nothing was imported</source>
      <translation>{file} no es un XML bien formado ({error}, línea {line}); no se importó nada</translation>
    </message>
    <message>
      <source>{file} is an IATI activity file, not a list of exchange rates; import it with tracker import</source>
      <translation>{file} es un archivo de actividades de la IATI, no una lista de tipos de cambio; impórtelo con tracker import</translation>
    </message>
    <message>
      <source>{file} is an XML file but not the UN's list of operational rates of exchange (no &lt;UN_OPERATIONAL_RATES_DATASET&gt; element)</source>
      <translation>{file} es un archivo XML, pero no la lista de tipos de cambio operacionales de las Naciones Unidas (no tiene el elemento &lt;UN_OPERATIONAL_RATES_DATASET&gt;)</translation>
    </message>
    <message>
      <source>{file} holds no rates (no &lt;UN_OPERATIONAL_RATES&gt; entries)</source>
      <translation>{file} no contiene ningún tipo de cambio (no hay entradas &lt;UN_OPERATIONAL_RATES&gt;)</translation>
    </message>
    <message>
      <source>{file} holds more than {limit} rows; that is not a list of exchange rates</source>
      <translation>{file} tiene más de {limit} filas; no es una lista de tipos de cambio</translation>
    </message>
    <message>
      <source>{file}: give either a usd_per_unit column or a units_per_usd column, not both</source>
      <translation>{file}: indique una columna usd_por_unidad o una columna unidades_por_usd, no ambas</translation>
    </message>
    <message>
      <source>{file} is neither a list of exchange rates (.csv, .xlsx) nor the UN's XML list</source>
      <translation>{file} no es ni una lista de tipos de cambio (.csv, .xlsx) ni la lista XML de las Naciones Unidas</translation>
    </message>
    <message>
      <source>{file} has no header row tracker knows: a table of rates needs the columns currency, date and usd_per_unit or units_per_usd (or the UN's list: code, rate and effective date)</source>
      <translation>{file} no tiene una fila de encabezado que tracker conozca: una tabla de tipos de cambio necesita las columnas moneda, fecha y usd_por_unidad o unidades_por_usd (o, para la lista de las Naciones Unidas: código, tipo y fecha de vigencia)</translation>
    </message>
    <message>
      <source>{file} is a zip file but not an Excel workbook (.xlsx)</source>
      <translation>{file} es un archivo zip, pero no un libro de Excel (.xlsx)</translation>
    </message>
    <message>
      <source>{file} is a damaged or truncated workbook; save it again from Excel</source>
      <translation>{file} es un libro dañado o truncado; vuelva a guardarlo desde Excel</translation>
    </message>
    <message>
      <source>{file} cannot be read as a workbook ({error})</source>
      <translation>{file} no se puede leer como libro ({error})</translation>
    </message>
    <message>
      <source>sheet {sheet} is hidden: not read</source>
      <translation>la hoja {sheet} está oculta: no se lee</translation>
    </message>
    <message>
      <source>{file}: the rates are on the hidden sheet {sheet}; hidden sheets are never read, so unhide it in Excel and import the file again</source>
      <translation>{file}: los tipos de cambio están en la hoja oculta {sheet}; las hojas ocultas nunca se leen, así que muéstrela en Excel y vuelva a importar el archivo</translation>
    </message>
    <message>
      <source>{file} is an old .xls or a password-protected workbook; save it as .xlsx (Excel Workbook), or download the UN's list as XML, and import that</source>
      <translation>{file} es un archivo .xls antiguo o un libro protegido con contraseña; guárdelo como .xlsx (Libro de Excel), o descargue la lista de las Naciones Unidas en XML, e importe ese archivo</translation>
    </message>
    <message>
      <source>{file} is a web page, not a list of exchange rates; download the UN's list as XML (or Excel) and import that</source>
      <translation>{file} es una página web, no una lista de tipos de cambio; descargue la lista de las Naciones Unidas en XML (o Excel) e importe ese archivo</translation>
    </message>
    <message>
      <source>Reading the rates…</source>
      <translation>Lectura de los tipos de cambio…</translation>
    </message>
    <message>
      <source>{file} holds no exchange rate to import</source>
      <translation>{file} no contiene ningún tipo de cambio que importar</translation>
    </message>
    <message>
      <source>the UN's list is recorded with the source "{source}"; the source given is not used</source>
      <translation>la lista de las Naciones Unidas se registra con la fuente «{source}»; la fuente indicada no se utiliza</translation>
    </message>
    <message numerus="yes">
      <source>%n currency code(s) tracker does not know left out: {codes}</source>
      <translation>
        <numerusform>%n código de moneda que tracker no conoce se ha omitido: {codes}</numerusform>
        <numerusform>%n códigos de moneda que tracker no conoce se han omitido: {codes}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saving %n rate(s)…</source>
      <translation>
        <numerusform>Guardando %n tipo de cambio…</numerusform>
        <numerusform>Guardando %n tipos de cambio…</numerusform>
      </translation>
    </message>
    <message>
      <source>Rates imported</source>
      <translation>Tipos de cambio importados</translation>
    </message>
  </context>
</TS>
