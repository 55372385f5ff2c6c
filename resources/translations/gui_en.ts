<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ClusterDialog</name>
    <message numerus="yes">
      <source>Completed for %n project(s).</source>
      <translation>
        <numerusform>Completed for %n project.</numerusform>
        <numerusform>Completed for %n projects.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClusterForm</name>
    <message numerus="yes">
      <source>%n project(s) share it.</source>
      <translation>
        <numerusform>%n project share it.</numerusform>
        <numerusform>%n projects share it.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>%n day overdue</numerusform>
        <numerusform>%n days overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>due in %n day(s)</source>
      <translation>
        <numerusform>due in %n day</numerusform>
        <numerusform>due in %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Evaluations due in %n day(s)</source>
      <translation>
        <numerusform>Evaluations due in %n day</numerusform>
        <numerusform>Evaluations due in %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Evaluations due in the next %n day(s), and overdue, as of {date}</source>
      <translation>
        <numerusform>Evaluations due in the next %n day, and overdue, as of {date}</numerusform>
        <numerusform>Evaluations due in the next %n days, and overdue, as of {date}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FileCommands</name>
    <message numerus="yes">
      <source>%n demo project(s)</source>
      <translation>
        <numerusform>%n demo project</numerusform>
        <numerusform>%n demo projects</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>the %n demo partner(s)</source>
      <translation>
        <numerusform>the %n demo partner</numerusform>
        <numerusform>the %n demo partners</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Demo portfolio ready: %n project(s), in a database of its own</source>
      <translation>
        <numerusform>Demo portfolio ready: %n project, in a database of its own</numerusform>
        <numerusform>Demo portfolio ready: %n projects, in a database of its own</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s)</source>
      <translation>
        <numerusform>%n project</numerusform>
        <numerusform>%n projects</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n partner(s)</source>
      <translation>
        <numerusform>%n partner</numerusform>
        <numerusform>%n partners</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <source>%n record(s) will be created</source>
      <translation>
        <numerusform>%n record will be created</numerusform>
        <numerusform>%n records will be created</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>%n updated</numerusform>
        <numerusform>%n updated</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n unchanged</numerusform>
        <numerusform>%n unchanged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) must be fixed in the workbook before it can be imported; nothing was imported.</source>
      <translation>
        <numerusform>%n problem must be fixed in the workbook before it can be imported; nothing was imported.</numerusform>
        <numerusform>%n problems must be fixed in the workbook before it can be imported; nothing was imported.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportMenu</name>
    <message numerus="yes">
      <source>(%n demo project(s) left out: File &gt; Remove Demo Data… removes them from the database)</source>
      <translation>
        <numerusform>(%n demo project left out: File &gt; Remove Demo Data… removes them from the database)</numerusform>
        <numerusform>(%n demo projects left out: File &gt; Remove Demo Data… removes them from the database)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>{total} project(s)</source>
      <translation>
        <numerusform>{total} project</numerusform>
        <numerusform>{total} projects</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{shown} of {total} project(s)</source>
      <translation>
        <numerusform>{shown} of {total} project</numerusform>
        <numerusform>{shown} of {total} projects</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PackageMenu</name>
    <message numerus="yes">
      <source>{file}: %n changed record(s)</source>
      <translation>
        <numerusform>{file}: %n changed record</numerusform>
        <numerusform>{file}: %n changed records</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n deletion(s)</source>
      <translation>
        <numerusform>, %n deletion</numerusform>
        <numerusform>, %n deletions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n conflict(s) to resolve</source>
      <translation>
        <numerusform>; %n conflict to resolve</numerusform>
        <numerusform>; %n conflicts to resolve</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n skipped</source>
      <translation>
        <numerusform>; %n skipped</numerusform>
        <numerusform>; %n skipped</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProjectSummary</name>
    <message numerus="yes">
      <source>{n} project(s) selected.</source>
      <translation>
        <numerusform>{n} project selected.</numerusform>
        <numerusform>{n} projects selected.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RatesDialog</name>
    <message numerus="yes">
      <source>In force on {day}: %n rate(s), one a currency.</source>
      <translation>
        <numerusform>In force on {day}: %n rate, one a currency.</numerusform>
        <numerusform>In force on {day}: %n rates, one a currency.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rate(s).</source>
      <translation>
        <numerusform>%n rate.</numerusform>
        <numerusform>%n rates.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) must be fixed in the file before it can be imported; nothing was imported.</source>
      <translation>
        <numerusform>%n problem must be fixed in the file before it can be imported; nothing was imported.</numerusform>
        <numerusform>%n problems must be fixed in the file before it can be imported; nothing was imported.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReplanCommand</name>
    <message numerus="yes">
      <source>{count} evaluation plan(s) changed.</source>
      <translation>
        <numerusform>{count} evaluation plan changed.</numerusform>
        <numerusform>{count} evaluation plans changed.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checked {done} of {total} project(s)…</source>
      <translation>
        <numerusform>Checked {done} of {total} project…</numerusform>
        <numerusform>Checked {done} of {total} projects…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RuleSetEditor</name>
    <message numerus="yes">
      <source>Pro&amp;blems (%n):</source>
      <translation>
        <numerusform>Pro&amp;blems (%n):</numerusform>
        <numerusform>Pro&amp;blems (%n):</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported {file}: %n problem(s) to fix before it can be saved.</source>
      <translation>
        <numerusform>Imported {file}: %n problem to fix before it can be saved.</numerusform>
        <numerusform>Imported {file}: %n problems to fix before it can be saved.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RuleSetImpact</name>
    <message numerus="yes">
      <source>Checked {done} of {total} project(s)…</source>
      <translation>
        <numerusform>Checked {done} of {total} project…</numerusform>
        <numerusform>Checked {done} of {total} projects…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with an evaluation more</source>
      <translation>
        <numerusform>%n project with an evaluation more</numerusform>
        <numerusform>%n projects with an evaluation more</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with an evaluation fewer</source>
      <translation>
        <numerusform>%n project with an evaluation fewer</numerusform>
        <numerusform>%n projects with an evaluation fewer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with an evaluation moved</source>
      <translation>
        <numerusform>%n project with an evaluation moved</numerusform>
        <numerusform>%n projects with an evaluation moved</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with the independence requirement changed</source>
      <translation>
        <numerusform>%n project with the independence requirement changed</numerusform>
        <numerusform>%n projects with the independence requirement changed</numerusform>
      </translation>
    </message>
  </context>
</TS>
