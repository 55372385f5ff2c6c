<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name />
    <message>
      <source>&amp;New Database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create an empty database and open it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open another database file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;Server Database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a database shared on a PostgreSQL server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a &amp;Backup Copy…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy the open database with SQLite's online backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;Demo Portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the illustrative demo projects, in a database of their own (yours is left as it is)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>R&amp;emove Demo Data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the demo projects an earlier version loaded into this database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Project…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the editor on a new project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the selected project in the editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search the portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read the database again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show &amp;Overdue Only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only projects with a mandatory evaluation past its due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset &amp;Filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show every project again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About tracker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Funding &amp;Partners…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>List, add, edit, deactivate or merge funding partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(none yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About tracker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;tracker&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;A portfolio tracker for development-cooperation projects: project cycle, evaluation rules and donor reports, on a local SQLite file or a shared PostgreSQL database.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expenditure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delivery rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluations due in %1 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluations overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Projects approved, in implementation, or in evaluation and closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Projects by stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget and expenditure by region (active projects)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget and expenditure by partner (active projects)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the figures…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the dashboard…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluations due in the next %1 days, and overdue, as of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tracker databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a backup copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove Demo Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the demo data from {where}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{projects}, with their funding, expenditure, evaluations and history, and {partners} that none of your own funding names will be deleted. Your own projects and partners stay as they are. The deletions are in the audit trail, and field packages carry them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove Demo Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} already exists; use File &gt; Open to open it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created the database {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} no longer exists; it was removed from Open Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No longer found, removed from Open Recent: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back Up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database is on a server ({address}): the server's administrator backs it up with the server's tools (pg_dump), not tracker.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opened the demo portfolio, a database of its own; your own projects are not in it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{where} holds your own projects, and the demo never goes among them: use File &gt; Open Demo Portfolio, which opens it in a database of its own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading the demo portfolio…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading the demo was cancelled; nothing was added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database holds no demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removing the demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed the demo data: {projects} and {partners}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removing the demo data was cancelled; nothing was removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo portfolio: illustrative projects, not real data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Includes demo data (File &gt; Remove Demo Data…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the ILO's regular budget for technical cooperation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Funding: {modalities}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No funding recorded yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo data: an illustrative project with invented figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No approved budget yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US$ {spent} spent of a budget of US$ {budget}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next: {kind}, due {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No mandatory evaluation open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>funding lines: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget revisions: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expenditure lines: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluations: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>result indicators: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its stage history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete project {code} “{title}”?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted with it: {records}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It has no funding, expenditure or evaluations yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The deletion is in the audit trail, and field packages carry it to the other databases. To keep a project on record but out of the list, archive it instead (Edit &gt; Archive Project).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a project in the portfolio first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is open in an editor: close the editor first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted project {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Archived {code}: it stays on record and in reports; View &gt; Show Archived Projects shows it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is back in the portfolio list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete Project…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Archive Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore from Arc&amp;hive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show Arc&amp;hived Projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the selected project with all its records (after a confirmation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the selected project on record but out of the portfolio list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring the selected archived project back to the portfolio list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>List archived projects too, in grey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recompute Evaluation Plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recompute the evaluation plan of every project under its rule set?

Evaluations the rules now require are added, planned ones are rescheduled or marked no longer required; completed, waived and in-progress evaluations are kept. Every change is recorded in the project's history. A large portfolio takes a while; Cancel while it runs changes nothing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No evaluation plan changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 evaluation plan changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count:,} evaluation plans changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing the changed plans…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading the portfolio…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not re-planned, their rule set is not available: {codes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recomputing evaluation plans…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recomputing evaluation plans was cancelled; nothing was changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recompute &amp;Evaluation Plans…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recompute every project's evaluation plan under its rule set (after a rule set changed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open Server Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>empty: from ~/.pgpass or PGPASSWORD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A database shared on a PostgreSQL server, e.g. {example}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The address starts with postgresql:// and ends with the database name, e.g. {example}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <source>Resolve conflicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mine (this database)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Theirs (package)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keep mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Take theirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No conflicts to resolve.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changed here and in a package from %1 since the last exchange</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>due in %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>EmptyPortfolioHint</name>
    <message>
      <source>No projects to list.

Edit &gt; New Project… (Ctrl+N) creates one; File &gt; Import… reads a workbook or an IATI file; File &gt; Open Demo Portfolio shows an example portfolio in a database of its own; View &gt; Show Archived Projects lists archived ones.

Help &gt; User Guide (F1) walks through an officer's first day.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FileCommands</name>
    <message numerus="yes">
      <source>%n demo project(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>the %n demo partner(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>Demo portfolio ready: %n project(s), in a database of its own</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n partner(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Search code, title, partner or country (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All stages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Project-cycle stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ILO region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Funding partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All funding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Funding modality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All objectives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strategic objective (outcome)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only projects with a mandatory evaluation past its due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show every project again</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Find in the guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not found</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the workbook…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking was cancelled; nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{created}, {updated} and {unchanged}.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n record(s) will be created</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Ignored:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage changes refused (the projects stay where they are):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press Import to write it, in one transaction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is nothing to import.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n problem(s) must be fixed in the workbook before it can be imported; nothing was imported.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>The workbook could not be checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The import was cancelled; nothing was written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportMenu</name>
    <message numerus="yes">
      <source>(%n demo project(s) left out: File &gt; Remove Demo Data… removes them from the database)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>{code} is saved; the filters hide it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (read-only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo portfolio: </source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{total} project(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>{shown} of {total} project(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>MergeForm</name>
    <message>
      <source>Merge Funding Partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(choose the partner that stays)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merge:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Into:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Merge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the partner record that stays.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 funding line of %1 moves to %2 and partner %1 is deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%3 funding lines of %1 move to %2 and partner %1 is deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merging the partners…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The merge was cancelled; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Operation</name>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PackageMenu</name>
    <message>
      <source>Export Field Package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merge Field Package</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{file}: %n changed record(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n deletion(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n conflict(s) to resolve</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n skipped</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>Records changed on both sides (both versions kept):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use File &gt; Resolve Conflicts… to choose.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xport Field Package…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Merge Field Package…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolve &amp;Conflicts…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PartnerDelegate</name>
    <message>
      <source>Row %1, Partner: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PartnerForm</name>
    <message>
      <source>Edit Funding Partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Funding Partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. LUX</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. Luxembourg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not a non-state actor)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ISO code or name, e.g. LU or Luxembourg (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;ategory:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Non-state &amp;kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;ountry:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PartnerPicker</name>
    <message>
      <source>(none: ILO regular budget)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New partner…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no active partner's code or name contains '%1'; correct it, or choose New partner…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'%1' is part of %2 partners' codes or names; type more of it, or choose one from the list</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PartnerTableModel</name>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Funding lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PartnersDialog</name>
    <message>
      <source>Funding Partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find a partner: part of its code, name or country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Merge…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ac&amp;tivate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is active: it is offered for new funding lines again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is deactivated: its funding stays, new funding lines are not offered it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merged %1 into %2.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PortfolioColumns</name>
    <message>
      <source>{stage} (archived)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PortfolioView</name>
    <message>
      <source>Default column widths</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProjectSummary</name>
    <message>
      <source>Selected project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} projects selected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a project to see its summary; Enter or a double-click opens it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget US$ {budget} · spent US$ {spent} · delivery {rate}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no strategic objective</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReplanCommand</name>
    <message numerus="yes">
      <source>Checked {done:,} of {total:,} project(s)…</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <source>tracker User Guide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find &amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find Pre&amp;vious</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Guide</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <source>Import a workbook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write an import template</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <source>Import template written: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing the import template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import projects, funding, expenditure, evaluations and indicators from an import workbook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write Import &amp;Template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write an Excel workbook to fill in and import</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
