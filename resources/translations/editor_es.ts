<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>CompletionDialog</name>
    <message>
      <source>Record completion: {evaluation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Completed on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Evaluator:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Independence:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not rated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{criterion}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Findings:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the completion date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>name who carried out the evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this evaluation must be independent (internal or external): the budget is over the threshold</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CycleActions</name>
    <message>
      <source>&amp;Submit for appraisal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;turn to design</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Approve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start &amp;implementation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Begin evaluation and closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;lose project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sus&amp;pend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Cancel project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel project</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CycleCommands</name>
    <message>
      <source>Save your changes before '{action}'?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every project-cycle action (also on the Project menu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next step of the project cycle: {action}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the new project first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applies only from {stages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moves the project to {stage}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{action} on {day}: {before} → {after}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateLineEdit</name>
    <message>
      <source>Choose a date from the calendar</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditorDialogs</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{what} is required</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditorState</name>
    <message>
      <source>a rate is needed: the US$ value of one {currency}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US${amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{currency} {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{budget} ≈ US$ unknown until the rate is given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{budget} ≈ {usd} at {rate}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 {currency} = {rate} US$</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a US$ rate is required (1 for US$)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{months} months</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditorTables</name>
    <message>
      <source>(none: ILO regular budget)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluationActions</name>
    <message>
      <source>completion of {evaluation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>withdrawal of the waiver of {evaluation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>waiver of {evaluation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>planning of {evaluation} as {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>independence required of {evaluation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>start of {evaluation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>addition of an optional {evaluation}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluationPanel</name>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Independence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>must be independent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue ({status})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mandatory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Completed {day} by {evaluator}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waived: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Evaluation plan&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mid-term review a&amp;greed in the initial evaluation plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add optional…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record completio&amp;n…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Waive…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;More</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark as &amp;in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan as {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Require this one to be independent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{title}&lt;/b&gt;: {details}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Withdraw waiver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The rules engine plans the evaluations once the planned start, planned end and budget are set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rule set {label}: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Independence: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;On saving, the plan changes:&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OptionalEvaluationDialog</name>
    <message>
      <source>Add an optional evaluation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Due:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Independence:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the due date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProjectEditor</name>
    <message>
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save your changes to {title} before closing?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add f&amp;unding line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add e&amp;xpenditure line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add &amp;indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dates and budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Funding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revise &amp;budget or extend…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expenditure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{months} months (band {band})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 problem to fix before saving: {first}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} problems to fix before saving; the first: {first}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US${amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This page has something to fix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}: {field}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> &lt;i&gt;(demo data)&lt;/i&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;i&gt;untitled&lt;/i&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage: &lt;b&gt;{stage}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>project {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the new project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {code}; the evaluation plan has 1 change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {code}; the evaluation plan has {count} changes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProjectForm</name>
    <message>
      <source>Up to {count} characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2-{count} letters, digits, '-', '_', '.' or '/'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(choose a region)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Countr&amp;ies:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ISO codes or names, separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. SN, Burkina Faso, Lao PDR, The Gambia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strategic &amp;objective:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(choose an objective)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cross-cutting themes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;sponsible office:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Responsible officer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>YYYY-MM-DD or the short date of your settings; Alt+Down opens a calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned &amp;start:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planned en&amp;d (last day):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duration:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ac&amp;tual end:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>YYYY-MM-DD, when the project has ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approved &amp;budget:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;urrency:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US$ &amp;rate:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US$ value of one unit of the currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 for US$; e.g. {example} for EUR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Budget in US$:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Evaluation rule set:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordTable</name>
    <message>
      <source>{field} is required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field} '{text}' is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: up to {count} characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Row {row}, {field}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Remove selected</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RevisionDialog</name>
    <message>
      <source>Revise the budget or extend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. {example}; empty: unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>YYYY-MM-DD; empty: unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. no-cost extension agreed with the donor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revised &amp;on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;budget ({currency}):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New planned &amp;end:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New US$ &amp;rate:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;ason:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{currency} {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> at {rate} US$</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now: budget {budget}; planned end {end}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the revision date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the new planned end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the new budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the new US$ rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this changes nothing: the budget, the planned end and the US$ rate are as they are now</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StageDialog</name>
    <message>
      <source>the stage it was suspended from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{action}&lt;/b&gt; of {code}: {stage} → {target}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Required: why, in a sentence or two</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give a reason to {action}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UndoTexts</name>
    <message>
      <source>{first} and {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change of {field}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change of {field} in {record} {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>addition of {record} {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>removal of {record} {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>revision of {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WaiverDialog</name>
    <message>
      <source>Waive: {evaluation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reason for the waiver:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a waiver needs its reason</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
