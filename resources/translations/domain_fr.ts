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
    <name>Evaluation</name>
    <message>
      <source>{evaluation} {number}</source>
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
      <source>project {code}</source>
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
