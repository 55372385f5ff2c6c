<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>Classification</name>
    <message>
      <source>'{text}' is not a {noun}; use one of: {codes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project-cycle stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>non-state actor kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>funding modality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>strategic objective</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>type of expenditure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cross-cutting theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluation kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluation status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>independence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluation criterion</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Compliance</name>
    <message>
      <source>no independent evaluation has been completed yet</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{evaluation} was due {due} and is {status} (%n day(s) overdue)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
  <context>
    <name>Country</name>
    <message>
      <source>'{text}' is not a known country name or ISO 3166 code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' is not a known country name or ISO 3166 code; did you mean {names}?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Criterion</name>
    <message>
      <source>Relevance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Efficiency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Effectiveness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sustainability</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Cycle</name>
    <message>
      <source>give a reason to return to design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give a reason to suspend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give a reason to cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' is not a project-cycle action or a stage reachable from {stage}; actions: {codes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the project is in {stage}; '{action}' applies only from {allowed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give a reason for this action: {action}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no approval without an approved budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no implementation without at least one funding line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>record the actual end date before closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the mandatory {evaluation} due {due} is {status}: complete it, or waive it with a reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the stage the project was suspended from is not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a project cannot start suspended: create it in the stage it was suspended from, then suspend it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{action}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>choose a region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>choose the strategic objective the project serves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>set the planned start and end dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the planned end is before the planned start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{evaluation} {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no approval without an evaluation plan: {evaluations} not planned yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{action} refused: {reasons}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CycleAction</name>
    <message>
      <source>Submit for appraisal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Return to design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start implementation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Begin evaluation and closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suspend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Date</name>
    <message>
      <source>the end date {end} is before the start date {start}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} {value} is outside the years {first}-{last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>there is no month {month} (months are 01-12)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>there is no year 0000</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>days are counted from 01</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{month} {year} has {days} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' is not a day of the calendar: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' is not a date in the form YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Evaluation</name>
    <message>
      <source>{evaluation} {number}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluationAction</name>
    <message>
      <source>Added by the project officer (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the {evaluation} due {due}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' names no evaluation; use a kind ({kinds}) and, for a repeated kind, its number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}' is not a kind of evaluation; use one of: {kinds}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{text}': evaluations are numbered from 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project (new)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project {code} has no evaluation at position {index}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be completed; add an optional evaluation instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be started; add an optional evaluation instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be planned again; add an optional evaluation instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be required to be independent; add an optional evaluation instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be completed; withdraw the waiver first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be started; withdraw the waiver first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be planned again; withdraw the waiver first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be required to be independent; withdraw the waiver first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was completed on {date}, so it cannot be started; record its completion again to correct it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was completed on {date}, so it cannot be planned again; record its completion again to correct it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was completed on {date}, so it cannot be required to be independent; record its completion again to correct it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is already in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was completed on {date}; a completed evaluation cannot be waived</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is no longer required by the rules: there is nothing to waive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is {status}, not waived: there is no waiver to withdraw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be rated on '{criterion}', which is not an evaluation criterion; use one of: {codes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be rated {rating} on {criterion}: ratings run from {low} ({low_label}) to {high} ({high_label})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} needs the date it was completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be completed on {date}, a date in the future (today is {today})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be completed on {date}, before the project's start on {start}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} needs the name of who carried it out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: keep the evaluator's name to {width} characters (it has {length})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} must be independent (independent internal or external), not a {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>waiving {name} needs the reason for the waiver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} must be independent (independent internal or external), so it cannot be planned as a {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is already required to be independent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be required to be independent as a {form}; choose independent internal or external</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be required to be independent before the project's planned start, end and budget are set: the rules decide whether an independent evaluation is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be required to be independent: the rules require no independent evaluation ({comparison}); plan it as independent instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an optional {evaluation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} needs its due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} cannot be due on {due}, before the project's start on {start}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} cannot be added: the project already has {name} ({status}), and has one {evaluation} at most</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluationKind</name>
    <message>
      <source>Final evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mid-term evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annual review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mid-term review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ex-post evaluation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluationPlan</name>
    <message>
      <source>{reason} ({evaluation} due on the end date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{reason} ({evaluation} due on the end date, agreed in the initial evaluation plan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{reason} ({evaluation} due at the midpoint)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{reason} ({evaluation} due at the midpoint, agreed in the initial evaluation plan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{reason} ({evaluation} due on anniversary {number} of the start)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{reason} ({evaluation} due on anniversary {number} of the start, agreed in the initial evaluation plan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget {budget} is over {threshold}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget {budget} is not over {threshold}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is under {high} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is up to {high} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is over {low} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is {low} months or more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is within {low}-{high} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is from {low} months and under {high} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is over {low} months and up to {high} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is over {low} months and under {high} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is of any duration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{evaluation} if agreed in the initial evaluation plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{duration} months {band}: {requires}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rule set {rule_set} has no independence rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{comparison}: {rule}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{comparison}: no independent evaluation required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{reason}; independent: {comparison}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluationStatus</name>
    <message>
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waived</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No longer required</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExpenditureType</name>
    <message>
      <source>International experts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other personnel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subcontracts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training and fellowships</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Equipment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Miscellaneous</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FieldProblem</name>
    <message>
      <source>{field}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{record} {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{place} {field}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{subject}: {problems}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{place}: {field}: {message}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FundingModality</name>
    <message>
      <source>Regular budget (RBTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voluntary core funding (RBSA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earmarked extra-budgetary (XB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Domestic trust fund</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Independence</name>
    <message>
      <source>Self-evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Independent internal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>External</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Money</name>
    <message>
      <source>the US$ rate of a US$ amount must be 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a US$ rate is required for an amount in {currency}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the US$ rate must be greater than zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the US$ rate {rate} is not plausible (one unit of {currency} worth {limit} US$ or more)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{code}' is not an ISO 4217 currency code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US${amount}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Month</name>
    <message>
      <source>January</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>February</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>March</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>April</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>May</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>June</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>July</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>August</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>September</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>October</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>November</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>December</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NonStateKind</name>
    <message>
      <source>Foundation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Private sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Social partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public institution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other non-state actor</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Number</name>
    <message>
      <source>amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} {value} is too large: tracker keeps amounts below {limit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' is ambiguous: tracker reads a comma only between groups of three digits; write {decimal} for a decimal, or {whole} for a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' is ambiguous: use a point for decimals and commas only between groups of three digits (1,234.56)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} must be given as text or Decimal, not {type}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' is too large: tracker keeps numbers below {limit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a comma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an apostrophe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' is not a number as written: use {decimal} for decimals and {group} only between groups of digits ({example})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} '{text}' is ambiguous: it could be {first} or {second} (here {decimal} marks decimals); write {first} for the first or {second} for the second</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OddDate</name>
    <message>
      <source>Implementation would start before the planned start ({value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This date is before the planned start ({value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The project would be closed before its actual end ({value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This date is after the planned end ({value}).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>This date is {value} day(s) in the future.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>This date is before the project's last stage change ({value}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Partner</name>
    <message>
      <source>the reporting language must be en (English), fr (French) or es (Spanish), not '{value}'</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PartnerCategory</name>
    <message>
      <source>Multi-bilateral government</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>European Union</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>UN agency or multi-partner trust fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>International financial institution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Non-state actor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Domestic trust fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other intergovernmental organization</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanChange</name>
    <message>
      <source>added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>required again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rescheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no longer required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>marked independent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>independence moved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>independence no longer required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{evaluation} {action}: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due {due}; {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>from {before} to {after}; {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{reason} (rule set {rule_set})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>already met by {evaluation}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <source>cancelled; nothing was changed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Rating</name>
    <message>
      <source>Highly unsatisfactory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unsatisfactory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Somewhat unsatisfactory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Somewhat satisfactory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Satisfactory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Highly satisfactory</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordField</name>
    <message>
      <source>rating {criterion}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>revision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US$ rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>non-state kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reporting language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>country shares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>strategic objective</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>themes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>planned start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>planned end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>actual end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mid-term review agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluation rule set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>suspended from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>archived</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>modality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>approved on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>locally mobilized</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>revised on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>new US$ rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>type of expenditure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sequence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>independence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>independence required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mandatory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rule set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>completed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ratings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>waiver reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>achieved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>women %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>share %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>from stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recorded at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>who</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordKind</name>
    <message>
      <source>partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>funding line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>funding lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unearmarked funding line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unearmarked funding lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget revision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget revisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expenditure line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expenditure lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>result indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>result indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>country share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>country shares</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stage change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stage changes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordName</name>
    <message>
      <source>project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>funding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unearmarked funding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>budget revision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expenditure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>result indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>country share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stage change</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Region</name>
    <message>
      <source>Africa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Americas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Arab States</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asia and the Pacific</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Europe and Central Asia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interregional/Global</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RuleSet</name>
    <message>
      <source>rule set {rule_set} has no duration band for {months} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{where}: '{key}' must be a number, not {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{where}: '{key}' is missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{origin}, band {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{where}: timing '{timing}' is not one of {timings}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{where}: only_if '{condition}' is not one of {conditions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rule set {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown rule set '{name}' (available: {known})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{origin}: not valid JSON ({error} at line {line})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{origin}: the file is named '{name}' but declares name '{declared}'</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RuleSetText</name>
    <message>
      <source>is under 18 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is within 18-30 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>is over 30 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>final evaluation on completion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mid-term and final evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>annual reviews, a mid-term review if agreed in the initial evaluation plan, and a final evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at least one independent evaluation during the cycle</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Stage</name>
    <message>
      <source>Design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Appraisal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Implementation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluation and closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suspended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StrategicObjective</name>
    <message>
      <source>Standards and fundamental principles and rights at work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Employment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Social protection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Social dialogue and tripartism</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Others (cross-cutting, management, field offices)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TextCheck</name>
    <message>
      <source>keep it on one line (there is a line break at character {position})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>keep it on one line (there is a tab at character {position}; use spaces)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>remove the broken character {code} at character {position} (half of a pair)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>remove the invisible control character {code} at character {position}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>keep the {field} to {width} characters (it has {length})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Theme</name>
    <message>
      <source>Gender equality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tripartism and social dialogue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>International labour standards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Environmental sustainability / just transition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>South-South and triangular cooperation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>project {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>use 2-{width} letters, digits, '-', '_', '.' or '/', starting with a letter or digit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{code}' is not an ISO 3166 country code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>code {code} is already used by another project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>code {code} is already used by another project (as {stored})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a partner needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>say which kind of non-state actor this is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only non-state actors have a non-state kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{modality} funding needs a partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>earmarked funding must name the project it pays for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a revision changes the budget, the end date or both</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the revised budget must be greater than zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the US$ rate must be greater than zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>say why the budget or end date changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{year} is not a plausible year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{month} is not a month (1-12)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a completed evaluation needs its completion date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name who carried out the evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this evaluation must be independent (internal or external)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a waived evaluation needs the reason for the waiver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ratings run from 1 (highly unsatisfactory) to 6 (highly satisfactory)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an indicator needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the share of women is a percentage between 0 and 100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a project needs a title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a country is listed twice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{country} has a share but is not among the countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the share of {country} must be between 0 and 100 per cent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the country shares add up to more than 100 per cent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the planned end is before the planned start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the actual end is before the start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project (no code)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an amount is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>amounts are exact decimals, never floating point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the amount cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the amount must be greater than zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>amounts are kept to the cent; use at most two decimals</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
