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
