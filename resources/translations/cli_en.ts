<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>CliCheck</name>
    <message numerus="yes">
      <source>the totals of %n project(s) were stored again from the detail</source>
      <translation>
        <numerusform>the totals of %n project were stored again from the detail</numerusform>
        <numerusform>the totals of %n projects were stored again from the detail</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more project(s) whose plan is out of date</source>
      <translation>
        <numerusform>… and %n more project whose plan is out of date</numerusform>
        <numerusform>… and %n more projects whose plan is out of date</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more project(s) behind the policy in force</source>
      <translation>
        <numerusform>… and %n more project behind the policy in force</numerusform>
        <numerusform>… and %n more projects behind the policy in force</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliClusters</name>
    <message numerus="yes">
      <source>this would delete cluster {code}; its %n project(s) would leave it, each keeping its evaluation as its own ({projects}); add --yes to delete it</source>
      <translation>
        <numerusform>this would delete cluster {code}; its %n project would leave it, each keeping its evaluation as its own ({projects}); add --yes to delete it</numerusform>
        <numerusform>this would delete cluster {code}; its %n projects would leave it, each keeping its evaluation as its own ({projects}); add --yes to delete it</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code} created: {kind} of the projects sharing the {basis}, %n project(s)</source>
      <translation>
        <numerusform>cluster {code} created: {kind} of the projects sharing the {basis}, %n project</numerusform>
        <numerusform>cluster {code} created: {kind} of the projects sharing the {basis}, %n projects</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code}: %n project(s) added</source>
      <translation>
        <numerusform>cluster {code}: %n project added</numerusform>
        <numerusform>cluster {code}: %n projects added</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code}: %n project(s) removed</source>
      <translation>
        <numerusform>cluster {code}: %n project removed</numerusform>
        <numerusform>cluster {code}: %n projects removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code} completed on {on} by {evaluator} ({independence}) for %n project(s): {projects}</source>
      <translation>
        <numerusform>cluster {code} completed on {on} by {evaluator} ({independence}) for %n project: {projects}</numerusform>
        <numerusform>cluster {code} completed on {on} by {evaluator} ({independence}) for %n projects: {projects}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliExchange</name>
    <message numerus="yes">
      <source>{count} demo project(s) ({codes}) left out: the file holds real projects only; `tracker demo --remove` removes them from the database</source>
      <translation>
        <numerusform>{count} demo project ({codes}) left out: the file holds real projects only; `tracker demo --remove` removes them from the database</numerusform>
        <numerusform>{count} demo projects ({codes}) left out: the file holds real projects only; `tracker demo --remove` removes them from the database</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliPartners</name>
    <message numerus="yes">
      <source>{count} funding line(s)</source>
      <translation>
        <numerusform>{count} funding line</numerusform>
        <numerusform>{count} funding lines</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliPortfolio</name>
    <message numerus="yes">
      <source>{count} project(s)</source>
      <translation>
        <numerusform>{count} project</numerusform>
        <numerusform>{count} projects</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} evaluation(s) overdue as of {date}</source>
      <translation>
        <numerusform>{count} evaluation overdue as of {date}</numerusform>
        <numerusform>{count} evaluations overdue as of {date}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliProjectCommands</name>
    <message numerus="yes">
      <source>{count} demo project(s)</source>
      <translation>
        <numerusform>{count} demo project</numerusform>
        <numerusform>{count} demo projects</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} demo partner(s)</source>
      <translation>
        <numerusform>{count} demo partner</numerusform>
        <numerusform>{count} demo partners</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliReport</name>
    <message numerus="yes">
      <source>{count} check(s) to look at before sending the report:</source>
      <translation>
        <numerusform>{count} check to look at before sending the report:</numerusform>
        <numerusform>{count} checks to look at before sending the report:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliRuleSets</name>
    <message numerus="yes">
      <source>{file}: not usable: %n problem(s)</source>
      <translation>
        <numerusform>{file}: not usable: %n problem</numerusform>
        <numerusform>{file}: not usable: %n problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n duration band(s)</source>
      <translation>
        <numerusform>%n duration band</numerusform>
        <numerusform>%n duration bands</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget tier(s)</source>
      <translation>
        <numerusform>%n budget tier</numerusform>
        <numerusform>%n budget tiers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n appraisal requirement(s)</source>
      <translation>
        <numerusform>%n appraisal requirement</numerusform>
        <numerusform>%n appraisal requirements</numerusform>
      </translation>
    </message>
  </context>
</TS>
