<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>Compliance</name>
    <message numerus="yes">
      <source>{evaluation} was due {due} and is {status} (%n day(s) overdue)</source>
      <translation>
        <numerusform>{evaluation} was due {due} and is {status} (%n day overdue)</numerusform>
        <numerusform>{evaluation} was due {due} and is {status} (%n days overdue)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EvaluationPlan</name>
    <message numerus="yes">
      <source>{reason} ({evaluation} due %n month(s) after the start)</source>
      <translation>
        <numerusform>{reason} ({evaluation} due %n month after the start)</numerusform>
        <numerusform>{reason} ({evaluation} due %n months after the start)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{reason} ({evaluation} due %n month(s) before the end date)</source>
      <translation>
        <numerusform>{reason} ({evaluation} due %n month before the end date)</numerusform>
        <numerusform>{reason} ({evaluation} due %n months before the end date)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OddDate</name>
    <message numerus="yes">
      <source>This date is {value} day(s) in the future.</source>
      <translation>
        <numerusform>This date is {value} day in the future.</numerusform>
        <numerusform>This date is {value} days in the future.</numerusform>
      </translation>
    </message>
  </context>
</TS>
