<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>PortfolioReport</name>
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
