<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>FieldPackage</name>
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
      <source>, %n attached file(s)</source>
      <translation>
        <numerusform>, %n attached file</numerusform>
        <numerusform>, %n attached files</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Writing %n record(s)…</source>
      <translation>
        <numerusform>Writing %n record…</numerusform>
        <numerusform>Writing %n records…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>IatiCheck</name>
    <message numerus="yes">
      <source>%n project(s) checked: nothing an assessor would find missing</source>
      <translation>
        <numerusform>%n project checked: nothing an assessor would find missing</numerusform>
        <numerusform>%n projects checked: nothing an assessor would find missing</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) checked</source>
      <translation>
        <numerusform>%n project checked</numerusform>
        <numerusform>%n projects checked</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with something missing</source>
      <translation>
        <numerusform>%n with something missing</numerusform>
        <numerusform>%n with something missing</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n thing(s) missing in all</source>
      <translation>
        <numerusform>%n thing missing in all</numerusform>
        <numerusform>%n things missing in all</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(%n ended more than a year ago: assessors look at current activities only)</source>
      <translation>
        <numerusform>(%n ended more than a year ago: assessors look at current activities only)</numerusform>
        <numerusform>(%n ended more than a year ago: assessors look at current activities only)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>IatiImport</name>
    <message numerus="yes">
      <source>%n incoming commitment(s) recorded as funding</source>
      <translation>
        <numerusform>%n incoming commitment recorded as funding</numerusform>
        <numerusform>%n incoming commitments recorded as funding</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n incoming fund(s) recorded as funding (their activities have no commitment)</source>
      <translation>
        <numerusform>%n incoming fund recorded as funding (their activities have no commitment)</numerusform>
        <numerusform>%n incoming funds recorded as funding (their activities have no commitment)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n incoming fund(s) not recorded: their activities' commitments already record that funding</source>
      <translation>
        <numerusform>%n incoming fund not recorded: their activities' commitments already record that funding</numerusform>
        <numerusform>%n incoming funds not recorded: their activities' commitments already record that funding</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n expenditure transaction(s) recorded as expenditure</source>
      <translation>
        <numerusform>%n expenditure transaction recorded as expenditure</numerusform>
        <numerusform>%n expenditure transactions recorded as expenditure</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) recorded as expenditure (subcontracts: money passed on to implementing partners)</source>
      <translation>
        <numerusform>%n disbursement recorded as expenditure (subcontracts: money passed on to implementing partners)</numerusform>
        <numerusform>%n disbursements recorded as expenditure (subcontracts: money passed on to implementing partners)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) recorded as funding given by the reporting organisation</source>
      <translation>
        <numerusform>%n disbursement recorded as funding given by the reporting organisation</numerusform>
        <numerusform>%n disbursements recorded as funding given by the reporting organisation</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) not recorded: their activities' commitments already record that funding</source>
      <translation>
        <numerusform>%n disbursement not recorded: their activities' commitments already record that funding</numerusform>
        <numerusform>%n disbursements not recorded: their activities' commitments already record that funding</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) not recorded, as chosen for this file</source>
      <translation>
        <numerusform>%n disbursement not recorded, as chosen for this file</numerusform>
        <numerusform>%n disbursements not recorded, as chosen for this file</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) recorded as expenditure (subcontracts: money passed on to implementing partners)</source>
      <translation>
        <numerusform>%n outgoing commitment recorded as expenditure (subcontracts: money passed on to implementing partners)</numerusform>
        <numerusform>%n outgoing commitments recorded as expenditure (subcontracts: money passed on to implementing partners)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) recorded as funding given by the reporting organisation</source>
      <translation>
        <numerusform>%n outgoing commitment recorded as funding given by the reporting organisation</numerusform>
        <numerusform>%n outgoing commitments recorded as funding given by the reporting organisation</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) not recorded: their activities report the payments themselves (disbursements or expenditure), which are recorded</source>
      <translation>
        <numerusform>%n outgoing commitment not recorded: their activities report the payments themselves (disbursements or expenditure), which are recorded</numerusform>
        <numerusform>%n outgoing commitments not recorded: their activities report the payments themselves (disbursements or expenditure), which are recorded</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) not recorded, as chosen for this file</source>
      <translation>
        <numerusform>%n outgoing commitment not recorded, as chosen for this file</numerusform>
        <numerusform>%n outgoing commitments not recorded, as chosen for this file</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) of approved budgets (written by tracker) read as the projects' budgets</source>
      <translation>
        <numerusform>%n outgoing commitment of approved budgets (written by tracker) read as the projects' budgets</numerusform>
        <numerusform>%n outgoing commitments of approved budgets (written by tracker) read as the projects' budgets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>activities read: %n</source>
      <translation>
        <numerusform>activities read: %n</numerusform>
        <numerusform>activities read: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: the identifier cannot be a tracker code: it has %n characters, and a code has at most {width}</source>
      <translation>
        <numerusform>{code}: the identifier cannot be a tracker code: it has %n characters, and a code has at most {width}</numerusform>
        <numerusform>{code}: the identifier cannot be a tracker code: it has %n characters, and a code has at most {width}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n budget line(s) replaced by revised or later budgets for the same period</source>
      <translation>
        <numerusform>{code}: %n budget line replaced by revised or later budgets for the same period</numerusform>
        <numerusform>{code}: %n budget lines replaced by revised or later budgets for the same period</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n budget line(s) outside the activity dates not counted</source>
      <translation>
        <numerusform>{code}: %n budget line outside the activity dates not counted</numerusform>
        <numerusform>{code}: %n budget lines outside the activity dates not counted</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n transaction(s) skipped: {why}</source>
      <translation>
        <numerusform>{code}: %n transaction skipped: {why}</numerusform>
        <numerusform>{code}: %n transactions skipped: {why}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n indicator value(s) not imported: not a number, or not below {limit}</source>
      <translation>
        <numerusform>{code}: %n indicator value not imported: not a number, or not below {limit}</numerusform>
        <numerusform>{code}: %n indicator values not imported: not a number, or not below {limit}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n document link(s) not imported: no web address starting with https:// or http:// (of at most {width} characters), or no IATI document category</source>
      <translation>
        <numerusform>{code}: %n document link not imported: no web address starting with https:// or http:// (of at most {width} characters), or no IATI document category</numerusform>
        <numerusform>{code}: %n document links not imported: no web address starting with https:// or http:// (of at most {width} characters), or no IATI document category</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n location(s) with neither name nor description not imported</source>
      <translation>
        <numerusform>{code}: %n location with neither name nor description not imported</numerusform>
        <numerusform>{code}: %n locations with neither name nor description not imported</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportReport</name>
    <message numerus="yes">
      <source>; %n skipped</source>
      <translation>
        <numerusform>; %n skipped</numerusform>
        <numerusform>; %n skipped</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n stage change(s) refused</source>
      <translation>
        <numerusform>; %n stage change refused</numerusform>
        <numerusform>; %n stage changes refused</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{source}: %n problem(s); nothing was imported</source>
      <translation>
        <numerusform>{source}: %n problem; nothing was imported</numerusform>
        <numerusform>{source}: %n problems; nothing was imported</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportWorkbook</name>
    <message numerus="yes">
      <source>... and {count} more problem(s); fix these first</source>
      <translation>
        <numerusform>... and {count} more problem; fix these first</numerusform>
        <numerusform>... and {count} more problems; fix these first</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PackageMerge</name>
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
    <name>RatesImport</name>
    <message numerus="yes">
      <source>%n currency code(s) tracker does not know left out: {codes}</source>
      <translation>
        <numerusform>%n currency code tracker does not know left out: {codes}</numerusform>
        <numerusform>%n currency codes tracker does not know left out: {codes}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saving %n rate(s)…</source>
      <translation>
        <numerusform>Saving %n rate…</numerusform>
        <numerusform>Saving %n rates…</numerusform>
      </translation>
    </message>
  </context>
</TS>
