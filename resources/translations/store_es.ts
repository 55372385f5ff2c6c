<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>StoreDashboard</name>
    <message>
      <source>No region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ILO regular budget (RBTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No funding line recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{evaluation} {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active portfolio</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreDatabase</name>
    <message>
      <source>cannot create the folder for the database {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot read the database {path}: permission denied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>opened read-only because the file cannot be written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>opened read-only because its folder cannot be written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>opened read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot open the database {path} read-only: there is no such file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database {path} is read-only and has schema version {version}, older than this tracker's ({latest}); it cannot be updated: make the file writable and open it again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is not a tracker database ({reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>opened read-only because this account may not change projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database {path} is opened read-only and has schema version {version}, older than this tracker's ({latest}); open it with an account that may change it to update it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database {path} is on a server: its administrator backs it up (pg_dump), not tracker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no SQLite database is open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the backup must go to another file than the database itself</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is a folder; give a file name for the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk is full: the backup {path} was not written; the database is unchanged; free some space and try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write the backup {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server address {address} names no database: write it as postgresql://user@host:5432/dbname</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server address {address} has a port that is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database {path} may not be changed by this account ({reason}): nothing was saved; what was saved before is unchanged; ask the database administrator for write access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database server {path} is out of space or memory ({reason}): nothing was saved; what was saved before is intact; tell the database administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database {path} is busy with another user's change ({reason}): nothing was saved; try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the connection to the database server {path} was cut ({reason}): nothing of this action was saved; what was saved before is intact; check the network and that the server is running, then try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the connection to the database server {path} was cut (found closed): nothing of this action was saved; what was saved before is intact; check the network and try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot connect to the database server {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database {path} is read-only ({reason}): nothing was saved; what was saved before is unchanged; make the file writable (or save a backup copy and open that) to make changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database {path} is read-only: nothing was saved; what was saved before is unchanged; make the file writable (or save a backup copy and open that) to make changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk is full: nothing was saved to the database {path}; what was saved before is intact; free some space on the disk and try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database {path} is locked by another program (waited {seconds} s): nothing was saved; try again when the other program has finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot open the database {path} ({reason}): check that the file and its folder exist and that the folder can be written (SQLite keeps -wal and -shm files beside the database)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database {path} is damaged ({reason}): nothing was read or saved by this action; open your latest backup copy (File &gt; Open…), or ask for help to recover what the file still holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the drive holding the database {path} reported an error ({reason}): nothing was saved; check that the drive or network folder is still there and try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the transaction on the database {path} was cancelled by an earlier error; its changes were not saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreDemo</name>
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
    <message numerus="yes">
      <source>%n project(s) already present</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>demo portfolio: {projects} and {partners} added, {present}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>demo file {name} is not valid JSON: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>demo file {name}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>loading the demo portfolio was cancelled; nothing was added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading the demo portfolio: {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>removed the demo data: {projects}, {partners} and {fundings}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n unearmarked funding line(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>; kept the partner(s) {codes}, which your own funding names (no longer marked as demo data)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>removing the demo data was cancelled; nothing was removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removing the demo portfolio: {code}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreMigration</name>
    <message>
      <source>the database holds tables but no tracker schema version: it is not a tracker database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this database has schema version {version}, newer than this tracker knows ({latest}); update tracker before opening it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreOutput</name>
    <message>
      <source>{path} already exists; {what} was not written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is a folder; give a file name for {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is the open database; {what} must go to another file (nothing was written)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is a database; {what} never replaces one: choose another file (nothing was written)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot create a temporary file beside {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StorePartner</name>
    <message>
      <source>no partner with code or name '{name}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no partner with code '{code}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner {other} already has this code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner {other} already has this code (as {stored})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner {other} already has this name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner {other} already has this name (as {stored})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner {code} cannot be merged into itself; name two different partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moving the funding of {project}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unearmarked funding names no project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>funding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>funding here still names this partner; it is kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this funding line pays for project {project}; it is deleted only through that project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this funding line pays for project {project}; it is changed only through that project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' is not a reporting language: use en (English), fr (French) or es (Spanish)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StorePortfolio</name>
    <message>
      <source>{evaluation} {number}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>none open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at most {count} projects at a time; read the whole list instead</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreProject</name>
    <message>
      <source>{field} {value} is worth more US$ than tracker keeps (below {limit})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a new project cannot start suspended; create it in the stage it was suspended from and suspend it with the project-cycle action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no partner with code '{code}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the project cannot start in {stage}: {reasons}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project {code}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project {code} has no evaluation '{which}'; its evaluations: {known}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no project with code '{code}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the stage changes only through a project-cycle action such as 'Approve'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project {code} was deleted by someone else since you opened it; it is not saved again (copy what you need from this window, then close it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a new project starts in Design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project {code} was changed by someone else while saving; reload it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project {code} was changed by someone else since you opened it (version {stored}, yours {yours}); reload it and make your change again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>two records share one identifier</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n funding line(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget revision(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n expenditure line(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evaluation(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>%n result indicator(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>its stage history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nothing else</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{list} and {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project {code} was changed by someone else meanwhile; try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{action} of project {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the project is in {stage} here, not {expected}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget revision</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreReplan</name>
    <message>
      <source>re-planning cancelled; nothing was changed</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{planned} of {projects} project(s) re-planned: {changed} changed ({added} evaluations added, {updated} updated)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>; {count} skipped (rule set not available)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the re-planning helper process failed ({reason})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreSync</name>
    <message>
      <source>no conflict number {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>conflict {number} ({label}) was already resolved ({resolution})</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
