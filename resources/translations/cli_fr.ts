<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>Argparse</name>
    <message>
      <source>usage: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>positional arguments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>options</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected %s argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unexpected option string: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CliArguments</name>
    <message>
      <source>{what} '{text}' must be greater than zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US$ rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' is not an ISO 4217 currency code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' is not a year such as 2004</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' is not CUR=RATE, e.g. EUR={rate}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US$ rate of {code}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CliDatabase</name>
    <message>
      <source>the backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>backed up {database} to {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(read-only: this account may not change projects, so nothing can be saved)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(read-only: {reason}, so nothing can be saved)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>({reason}, so nothing can be saved)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>database: {database}{note}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>engine: {engine}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>schema version: {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>projects: {projects}, partners: {partners}, evaluations: {evaluations}, expenditure lines: {expenditures}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file cannot be written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its folder cannot be written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>opened read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>band {band}: {description}: {requires}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget over {amount}: {description}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When (UTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Old</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CliEvaluation</name>
    <message>
      <source>'{text}' is not CRITERION=RATING, e.g. relevance=4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{value}' is not a rating: use a whole number from 1 to 6</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} has no evaluations yet (the rules plan them once the planned start, end and budget are set)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(must be independent)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mandatory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Independence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluator / waiver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>plan: {change}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--rating gives {criterion} twice ({first} and {second}); give each criterion once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code}: {evaluation} due {due} added (optional, {independence}; named '{reference}')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code}: {evaluation} due {due} is in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code}: {evaluation} due {due} completed on {on} by {evaluator} ({independence})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code}: {evaluation} due {due} waived: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code}: {evaluation} due {due} is planned again (waiver withdrawn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code}: {evaluation} due {due} planned as {independence}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code}: {evaluation} due {due} must be independent (planned as {independence})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CliExchange</name>
    <message>
      <source>the import template</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{count} demo project(s) ({codes}) left out: the file holds real projects only; `tracker demo --remove` removes them from the database</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>skipped: {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>refused: {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the IATI file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>conflict: {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>say which version to keep: --keep mine or --keep theirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>conflict {id} ({label}) resolved: kept mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>conflict {id} ({label}) resolved: kept theirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no conflicts to resolve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{id}: {kind} {label} (from {source}, {detected})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: mine {mine}, theirs {theirs}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CliHelp</name>
    <message>
      <source>replace the file if it exists (without it, an existing file is refused and left as it is)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>database file, or a shared database on a server: postgresql://user@host:port/dbname (default: $TRACKER_DB, else tracker.sqlite3 in your data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Portfolio tracker for development-cooperation projects.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show the version and exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the language of tracker's messages: en (English), fr (French) or es (Spanish); numbers are read and written as in that language (default: the system's language, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only projects in this stage (e.g. implementation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only projects this partner funds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>date for overdue flags (default today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only archived projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>archived projects too (left out by default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the evaluations the rules require, with reasons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>plan a stored project (instead of --start/--end/--budget)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>planned start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>planned end, the project's last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>approved budget in --currency, written as in your language (e.g. {example})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget currency (default USD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US$ value of one unit of the currency, e.g. {example} for EUR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a mid-term review is agreed in the initial plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rule set to apply (default ilo-2002)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list evaluations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mandatory evaluations past their due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reference date (default today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the project's code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a project with its evaluation plan and compliance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reference date for compliance (default today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>take a project-cycle action: submit, approve, start, begin-closing, close, suspend, resume, cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>action code, or the stage to move to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reason (required to suspend, cancel or return to design)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>date of the change (default today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>copy the database safely, even while the app is open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>backup file to write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>where the database is and what it holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list the evaluation rule sets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write an Excel report: donor, portfolio or evaluations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the workbook to write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one funding partner: contributions, projects, results and evaluations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the language the report is written in: en, fr or es (default: the partner's reporting language)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner code or name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>first year of the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>last year of the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>portfolio statistics: approvals and expenditure tables after the ILO's report on technical cooperation (Table V.1, Annexes 1-4, ...)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the language the report is written in: en, fr or es (default: tracker's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Table V.1's comparison period (default: as many years just before --from)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>last year of the comparison period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluation compliance of every project, with a summary by region and partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reference date for overdue flags (default today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recompute every project's evaluation plan (e.g. after a rule set changed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write the Excel import template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fill it with the current portfolio (for editing and re-import)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>import an import workbook or an IATI activity file (told apart by content)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the .xlsx workbook or IATI .xml file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check everything and report, writing nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US$ value of one unit of CUR for IATI amounts in that currency, e.g. EUR={example} (repeatable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>export data: iati</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an IATI 2.03 activity file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the portfolio, or part of it, as an IATI 2.03 activity file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file to write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only projects in this stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>offline field packages: export the changes since the last exchange, or merge one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write a package of the changes since the last exchange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the package to write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>every record, not only the changes (e.g. after a lost package)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>merge a package from another database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the package to merge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>records changed on both sides of a field-package exchange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>resolve this conflict</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>which version to keep: mine or theirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the audit trail of a project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at most this many entries (default 200)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a project's evaluations: list them, start, complete, waive one, require independence, add an optional one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>self, independent-internal or external</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>which evaluation: final, mid-term, mid-term-review, annual-review N, ex-post N, or its uuid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the project's evaluations with their status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mark a planned evaluation as in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>record a completed evaluation (again, to correct the record)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the date it was completed (not in the future)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>who carried it out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{forms} (default: the form it was planned in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a rating from 1 (highly unsatisfactory) to 6 (highly satisfactory) on relevance, efficiency, effectiveness, impact or sustainability (repeatable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>waive an evaluation that will not be carried out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>why it is waived</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>plan a waived evaluation again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>plan the form of an evaluation still to be done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>make this the evaluation that must be independent (projects over the budget threshold)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>independent-internal or external (default: its planned form if independent, else independent-internal)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>add an evaluation the rules do not require (e.g. an ex-post evaluation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its due date (not before the project's start)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{forms} (default self)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list the funding partners (the active ones; --all for every one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>include deactivated partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a funding partner: add, edit, deactivate, activate, or merge two records of one partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{categories} (code or label, any case)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>for a non-state actor: {kinds}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its country: ISO code or name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the language of its reports: en, fr or es (default en)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the partner's code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>add a funding partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a short code, e.g. LUX</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its name, e.g. Luxembourg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change a funding partner's code, name, category or country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its new code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>its new name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stop offering a partner for new funding lines (its funding stays)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>offer a deactivated partner for new funding lines again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>merge two records of one partner: FROM's funding moves to INTO and FROM is deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the code of the partner record that goes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the code of the partner record that stays</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>merge (without it: show what would move, change nothing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open the demo portfolio in a database of its own (created or completed; says where it is)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>remove demo data loaded into the working database (or --db) by an earlier tracker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>with --remove: remove without asking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delete a project with all its records (audited; field packages carry the deletion)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delete it (without --yes: say what would be deleted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>archive a project: on record, out of the portfolio list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bring an archived project back to the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bring an archived project back to the portfolio list</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CliPartners</name>
    <message>
      <source>'{text}' is not a partner category; use one of: {categories}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no partners are active (--all lists the deactivated ones too)</source>
      <translation type="unfinished" />
    </message>
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
      <source>Language</source>
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
      <source>(deactivated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner {code}: a non-state actor needs --non-state-kind, one of: {kinds}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>added partner {partner}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nothing to change: give --name, --code, --category, --non-state-kind, --country or --language ({partner})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>changed partner {partner}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner {code} is active: it is offered for new funding lines again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner {code} is deactivated: its funding stays, new funding lines are not offered it</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{count} funding line(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>unearmarked funding ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>would move {moved} from {source} ({source_name}) to {target} ({target_name}) and delete partner {source}; nothing was changed (add --yes to merge)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>merged partner {source} into {target}: moved {moved}; partner {source} deleted</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CliPortfolio</name>
    <message>
      <source>no projects match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no projects yet; `tracker demo` opens a demo portfolio in a database of its own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OVERDUE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>[archived]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget US$</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spent US$</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deliv.%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{count} project(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>project {code} has no planned start, end or budget yet, so no evaluation plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give --project CODE, or all of {options}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a budget in {currency} needs --rate, the US$ value of one {currency}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--end {end} is before --start {start}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rule set: {label} ({title})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duration: {reason} (band {band})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Independence: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Independent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>say which evaluations: --overdue (more listings come with the desktop app)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no evaluations overdue as of {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Days overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{count} evaluation(s) overdue as of {date}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>[demo data]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage: {stage}   Region: {region}   Countries: {countries}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned: {start} to {end}   Actual end: {actual_end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget: {budget} at {rate} = {budget_usd}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expenditure: {spent}   Fundings: {fundings}   Revisions: {revisions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluation rules: {band}; {independence}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(independent required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mandatory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Independence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compliant as of {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not compliant: {reasons} as of {date}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CliProjectCommands</name>
    <message>
      <source>{database} holds real projects, and the demo never goes among them: run `tracker demo` for the demo's own database, or give --db a new file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{result}; the demo portfolio is in {database}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{database} holds no demo data</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{count} demo project(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} demo partner(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>this would remove {projects} and {partners} (with their records) from {database}; add --yes to remove them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this would delete project {code} “{title}”; add --yes to delete it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this would delete project {code} “{title}” with {records}; add --yes to delete it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deleted project {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deleted project {code} with {records}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is back in the portfolio list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} was not archived; nothing changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>archived {code}: it stays on record (reports, `tracker show`) and leaves the portfolio list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is archived already; nothing changed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tracker: warning: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} already exists; add --overwrite to replace it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{program}: error: {message} (see {program} --help)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' is not a language tracker speaks: choose one of {languages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tracker: error: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tracker: interrupted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tracker: internal error: {error} (set TRACKER_DEBUG=1 for details)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
