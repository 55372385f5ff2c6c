<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ComplianceReport</name>
    <message numerus="yes">
      <source>{count} project(s): evaluations required by the rules, completed, open and overdue; the independence requirement</source>
      <translation>
        <numerusform>{count} project: evaluations required by the rules, completed, open and overdue; the independence requirement</numerusform>
        <numerusform>{count} projects: evaluations required by the rules, completed, open and overdue; the independence requirement</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} required (mandatory) evaluation(s) with status, due date and overdue flag</source>
      <translation>
        <numerusform>{count} required (mandatory) evaluation with status, due date and overdue flag</numerusform>
        <numerusform>{count} required (mandatory) evaluations with status, due date and overdue flag</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DonorReport</name>
    <message numerus="yes">
      <source>Share: of all the funding recorded for the project, in US$ at the recorded rates ({count} line(s) of co-financing).</source>
      <translation>
        <numerusform>Share: of all the funding recorded for the project, in US$ at the recorded rates ({count} line of co-financing).</numerusform>
        <numerusform>Share: of all the funding recorded for the project, in US$ at the recorded rates ({count} lines of co-financing).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortfolioReport</name>
    <message numerus="yes">
      <source>{period} ({count} year(s)): approvals by year of approval, expenditure by year</source>
      <translation>
        <numerusform>{period} ({count} year): approvals by year of approval, expenditure by year</numerusform>
        <numerusform>{period} ({count} years): approvals by year of approval, expenditure by year</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Average = total / {count} year(s); % share = the partner's total / the total of all partners. Blank year cells and dashes mean no approval that year.</source>
      <translation>
        <numerusform>Average = total / {count} year; % share = the partner's total / the total of all partners. Blank year cells and dashes mean no approval that year.</numerusform>
        <numerusform>Average = total / {count} years; % share = the partner's total / the total of all partners. Blank year cells and dashes mean no approval that year.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportChecks</name>
    <message numerus="yes">
      <source>Its %n budget line(s) total {total}, but the project has no budget.</source>
      <translation>
        <numerusform>Its %n budget line total {total}, but the project has no budget.</numerusform>
        <numerusform>Its %n budget lines total {total}, but the project has no budget.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n budget line(s) total {total}, {difference} less than the project's budget of {budget}.</source>
      <translation>
        <numerusform>Its %n budget line total {total}, {difference} less than the project's budget of {budget}.</numerusform>
        <numerusform>Its %n budget lines total {total}, {difference} less than the project's budget of {budget}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n budget line(s) total {total}, {difference} more than the project's budget of {budget}.</source>
      <translation>
        <numerusform>Its %n budget line total {total}, {difference} more than the project's budget of {budget}.</numerusform>
        <numerusform>Its %n budget lines total {total}, {difference} more than the project's budget of {budget}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Expenditure of {amount} is recorded for %n year(s) outside the project's dates ({start} to {end}): {years}.</source>
      <translation>
        <numerusform>Expenditure of {amount} is recorded for %n year outside the project's dates ({start} to {end}): {years}.</numerusform>
        <numerusform>Expenditure of {amount} is recorded for %n years outside the project's dates ({start} to {end}): {years}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportCover</name>
    <message numerus="yes">
      <source>Includes DEMO DATA: {demo} of {count} project(s) are demo records (illustrative, not real ILO figures).</source>
      <translation>
        <numerusform>Includes DEMO DATA: {demo} of {count} project are demo records (illustrative, not real ILO figures).</numerusform>
        <numerusform>Includes DEMO DATA: {demo} of {count} projects are demo records (illustrative, not real ILO figures).</numerusform>
      </translation>
    </message>
  </context>
</TS>
