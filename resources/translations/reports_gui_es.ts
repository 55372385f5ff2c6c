<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name />
    <message>
      <source>Donor report {partner} {period}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Portfolio statistics {period}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluation compliance {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace the file?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} already exists in {folder}. Replace it with the new report?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot write the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {folder} does not exist: choose another folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is a folder: give a file name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be replaced: it is read-only or open in another program (close it there, or choose another name).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {folder} cannot be written to: choose another folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the report as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export a report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compare with the years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Without it, Table V.1 compares the period with as many years just before it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Report:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Partner:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Years:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;As of (YYYY-MM-DD):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>there is no funding partner in this database yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the first year is after the last year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the comparison period starts after it ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>choose the file to write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the report is an Excel workbook: give the file name the extension .xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The report was written to
{path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the &amp;report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the &amp;folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report written: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing the report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export cancelled; no file was written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Donor report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Portfolio statistics…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Evaluation compliance…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Donor report (one funding partner)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Portfolio statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluation compliance</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
