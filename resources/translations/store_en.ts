<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>Clusters</name>
    <message numerus="yes">
      <source>cluster {code} cannot be deleted: it was completed for %n project(s), where it counts ({projects}); only a cluster that no project completed can be deleted</source>
      <translation>
        <numerusform>cluster {code} cannot be deleted: it was completed for %n project, where it counts ({projects}); only a cluster that no project completed can be deleted</numerusform>
        <numerusform>cluster {code} cannot be deleted: it was completed for %n projects, where it counts ({projects}); only a cluster that no project completed can be deleted</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StoreDemo</name>
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
    <message numerus="yes">
      <source>%n project(s) already present</source>
      <translation>
        <numerusform>%n project already present</numerusform>
        <numerusform>%n projects already present</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unearmarked funding line(s)</source>
      <translation>
        <numerusform>%n unearmarked funding line</numerusform>
        <numerusform>%n unearmarked funding lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; kept the partner(s) {codes}, which your own funding names (no longer marked as demo data)</source>
      <translation>
        <numerusform>; kept the partner {codes}, which your own funding names (no longer marked as demo data)</numerusform>
        <numerusform>; kept the partners {codes}, which your own funding names (no longer marked as demo data)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StorePortfolio</name>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n overdue</numerusform>
        <numerusform>%n overdue</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StoreProject</name>
    <message numerus="yes">
      <source>%n funding line(s)</source>
      <translation>
        <numerusform>%n funding line</numerusform>
        <numerusform>%n funding lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget revision(s)</source>
      <translation>
        <numerusform>%n budget revision</numerusform>
        <numerusform>%n budget revisions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n expenditure line(s)</source>
      <translation>
        <numerusform>%n expenditure line</numerusform>
        <numerusform>%n expenditure lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evaluation(s)</source>
      <translation>
        <numerusform>%n evaluation</numerusform>
        <numerusform>%n evaluations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n result indicator(s)</source>
      <translation>
        <numerusform>%n result indicator</numerusform>
        <numerusform>%n result indicators</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget line(s)</source>
      <translation>
        <numerusform>%n budget line</numerusform>
        <numerusform>%n budget lines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress report(s)</source>
      <translation>
        <numerusform>%n progress report</numerusform>
        <numerusform>%n progress reports</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StoreReplan</name>
    <message numerus="yes">
      <source>{projects} project(s) checked: {unchanged} skipped as unchanged, {planned} re-planned, {changed} changed ({added} evaluations added, {updated} updated)</source>
      <translation>
        <numerusform>{projects} project checked: {unchanged} skipped as unchanged, {planned} re-planned, {changed} changed ({added} evaluations added, {updated} updated)</numerusform>
        <numerusform>{projects} projects checked: {unchanged} skipped as unchanged, {planned} re-planned, {changed} changed ({added} evaluations added, {updated} updated)</numerusform>
      </translation>
    </message>
  </context>
</TS>
