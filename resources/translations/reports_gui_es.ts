<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Donor report (one funding partner)</source>
      <translation>Informe al donante (un socio financiador)</translation>
    </message>
    <message>
      <source>Portfolio statistics</source>
      <translation>Estadísticas de la cartera</translation>
    </message>
    <message>
      <source>Evaluation compliance</source>
      <translation>Cumplimiento de las evaluaciones</translation>
    </message>
    <message>
      <source>Donor report {partner} {period}</source>
      <translation>Informe al donante {partner} {period}</translation>
    </message>
    <message>
      <source>partner</source>
      <translation>socio</translation>
    </message>
    <message>
      <source>Portfolio statistics {period}</source>
      <translation>Estadísticas de la cartera {period}</translation>
    </message>
    <message>
      <source>Evaluation compliance {date}</source>
      <translation>Cumplimiento de las evaluaciones {date}</translation>
    </message>
    <message>
      <source>Replace the file?</source>
      <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
      <source>{name} already exists in {folder}. Replace it with the new report?</source>
      <translation>{name} ya existe en {folder}. ¿Reemplazarlo por el nuevo informe?</translation>
    </message>
    <message>
      <source>Cannot write the report</source>
      <translation>No se puede escribir el informe</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist: choose another folder.</source>
      <translation>La carpeta {folder} no existe: elija otra carpeta.</translation>
    </message>
    <message>
      <source>{path} is a folder: give a file name.</source>
      <translation>{path} es una carpeta: indique un nombre de archivo.</translation>
    </message>
    <message>
      <source>{name} cannot be replaced: it is read-only or open in another program (close it there, or choose another name).</source>
      <translation>{name} no se puede reemplazar: es de solo lectura o está abierto en otro programa (ciérrelo allí o elija otro nombre).</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to: choose another folder.</source>
      <translation>No se puede escribir en la carpeta {folder}: elija otra carpeta.</translation>
    </message>
    <message>
      <source>Save the report as</source>
      <translation>Guardar el informe como</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export a report</source>
      <translation>Exportar un informe</translation>
    </message>
    <message>
      <source>to</source>
      <translation>a</translation>
    </message>
    <message>
      <source>Compare with the years</source>
      <translation>Comparar con los años</translation>
    </message>
    <message>
      <source>Without it, Table V.1 compares the period with as many years just before it.</source>
      <translation>Si no, el cuadro V.1 compara el período con el mismo número de años justo antes.</translation>
    </message>
    <message>
      <source>Name and title; blank: a line to sign</source>
      <translation>Nombre y cargo; en blanco: una línea para firmar</translation>
    </message>
    <message>
      <source>Exchange &amp;gain or loss at the period-end rate</source>
      <translation>&amp;Ganancia o pérdida cambiaria al tipo de cierre</translation>
    </message>
    <message>
      <source>Each financial statement's totals also in US$ at the exchange rate in force on the last day of the period, beside their value at the rates recorded; remembered for this partner</source>
      <translation>Los totales de cada estado financiero también en dólares de los EE.UU. al tipo de cambio vigente el último día del período, junto a su valor a los tipos registrados; se recuerda para este socio</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>E&amp;xaminar…</translation>
    </message>
    <message>
      <source>&amp;Report:</source>
      <translation>&amp;Informe:</translation>
    </message>
    <message>
      <source>&amp;Partner:</source>
      <translation>&amp;Socio:</translation>
    </message>
    <message>
      <source>&amp;Years:</source>
      <translation>&amp;Años:</translation>
    </message>
    <message>
      <source>&amp;As of (YYYY-MM-DD):</source>
      <translation>&amp;Fecha de referencia (AAAA-MM-DD):</translation>
    </message>
    <message>
      <source>Prepare&amp;d by:</source>
      <translation>&amp;Preparado por:</translation>
    </message>
    <message>
      <source>Appro&amp;ved by:</source>
      <translation>Apro&amp;bado por:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>Idio&amp;ma:</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>A&amp;rchivo:</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exportar</translation>
    </message>
    <message>
      <source>there is no funding partner in this database yet</source>
      <translation>esta base de datos aún no contiene ningún socio financiador</translation>
    </message>
    <message>
      <source>the first year is after the last year</source>
      <translation>el primer año es posterior al último</translation>
    </message>
    <message>
      <source>the comparison period starts after it ends</source>
      <translation>el período de comparación empieza después de terminar</translation>
    </message>
    <message>
      <source>choose the file to write</source>
      <translation>elija el archivo que se escribirá</translation>
    </message>
    <message>
      <source>the report is an Excel workbook: give the file name the extension .xlsx</source>
      <translation>el informe es un libro de Excel: dé al nombre del archivo la extensión .xlsx</translation>
    </message>
  </context>
  <context>
    <name>ReportsMenu</name>
    <message>
      <source>Report written</source>
      <translation>Informe escrito</translation>
    </message>
    <message>
      <source>The report was written to
{path}</source>
      <translation>El informe se ha escrito en
{path}</translation>
    </message>
    <message>
      <source>Before sending it, look at these inconsistencies (the evaluation compliance report lists them on its Checks sheet):</source>
      <translation>Antes de enviarlo, revise estas incoherencias (el informe de cumplimiento de las evaluaciones las enumera en su hoja Controles):</translation>
    </message>
    <message>
      <source>Open the &amp;report</source>
      <translation>Abrir el &amp;informe</translation>
    </message>
    <message>
      <source>Open the &amp;folder</source>
      <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
      <source>Report written: {path}</source>
      <translation>Informe escrito: {path}</translation>
    </message>
    <message>
      <source>Writing the report…</source>
      <translation>Escribiendo el informe…</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written</source>
      <translation>Exportación cancelada; no se ha escrito ningún archivo</translation>
    </message>
    <message>
      <source>&amp;Reports</source>
      <translation>&amp;Informes</translation>
    </message>
    <message>
      <source>&amp;Donor report…</source>
      <translation>Informe al &amp;donante…</translation>
    </message>
    <message>
      <source>&amp;Portfolio statistics…</source>
      <translation>Estadísticas de la &amp;cartera…</translation>
    </message>
    <message>
      <source>&amp;Evaluation compliance…</source>
      <translation>Cumplimiento de las &amp;evaluaciones…</translation>
    </message>
  </context>
</TS>
