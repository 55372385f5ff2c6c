<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>BudgetPage</name>
    <message numerus="yes">
      <source>%n expenditure line(s) left out: in another currency with no US$ rate to convert it.</source>
      <translation>
        <numerusform>%n expenditure line left out: in another currency with no US$ rate to convert it.</numerusform>
        <numerusform>%n expenditure lines left out: in another currency with no US$ rate to convert it.</numerusform>
      </translation>
    </message>
  </context>
</TS>
