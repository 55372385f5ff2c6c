<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AppraisalSection</name>
    <message>
      <source>Add appraisal re&amp;cord</source>
      <translation>Añadir &amp;registro</translation>
    </message>
    <message>
      <source>Remo&amp;ve record</source>
      <translation>&amp;Quitar registro</translation>
    </message>
    <message>
      <source>&lt;b&gt;Appraisal&lt;/b&gt;: what the rule set requires recorded before the project is approved</source>
      <translation>&lt;b&gt;Evaluación ex ante&lt;/b&gt;: lo que el conjunto de reglas exige registrar antes de aprobar el proyecto</translation>
    </message>
    <message>
      <source>Rule set {rule_set} requires nothing to be recorded at appraisal for this project.</source>
      <translation>El conjunto de reglas {rule_set} no exige registrar nada en la evaluación ex ante de este proyecto.</translation>
    </message>
    <message>
      <source>Before approval, rule set {rule_set} requires:</source>
      <translation>Antes de la aprobación, el conjunto de reglas {rule_set} exige:</translation>
    </message>
    <message>
      <source>missing: {why}</source>
      <translation>falta: {why}</translation>
    </message>
    <message>
      <source>met</source>
      <translation>cumplido</translation>
    </message>
    <message>
      <source>• {requirement}: {state}</source>
      <translation>• {requirement}: {state}</translation>
    </message>
  </context>
  <context>
    <name>BudgetPage</name>
    <message>
      <source>Heading</source>
      <translation>Partida</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Producto</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <source>Expenditure to date</source>
      <translation>Gasto a la fecha</translation>
    </message>
    <message>
      <source>Variance</source>
      <translation>Variación</translation>
    </message>
    <message>
      <source>Variance %</source>
      <translation>Variación %</translation>
    </message>
    <message>
      <source>Variance explanation</source>
      <translation>Explicación de la variación</translation>
    </message>
    <message>
      <source>Expenditure recorded under a heading and output that no budget line has</source>
      <translation>Gasto registrado en una partida y un producto que ninguna línea presupuestaria prevé</translation>
    </message>
    <message>
      <source>not budgeted</source>
      <translation>no presupuestado</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>No budget lines yet: financial statements show the project's total budget only.</source>
      <translation>Aún no hay líneas presupuestarias: los estados financieros solo muestran el presupuesto total del proyecto.</translation>
    </message>
    <message>
      <source>Budget lines total {total}; the project has no budget yet.</source>
      <translation>Total de las líneas presupuestarias: {total}; el proyecto aún no tiene presupuesto.</translation>
    </message>
    <message>
      <source>Budget lines total {total}, equal to the project's budget.</source>
      <translation>Total de las líneas presupuestarias: {total}, igual al presupuesto del proyecto.</translation>
    </message>
    <message>
      <source>Budget lines total {total}; the project's budget is {budget}: {difference} is in no line.</source>
      <translation>Total de las líneas presupuestarias: {total}; el presupuesto del proyecto es de {budget}: {difference} no figura en ninguna línea.</translation>
    </message>
    <message>
      <source>Budget lines total {total}; the project's budget is {budget}: the lines are {difference} over it.</source>
      <translation>Total de las líneas presupuestarias: {total}; el presupuesto del proyecto es de {budget}: las líneas lo superan en {difference}.</translation>
    </message>
    <message>
      <source>Add budget &amp;line</source>
      <translation>Añadir línea presupues&amp;taria</translation>
    </message>
    <message>
      <source>Budget against expenditure to date, in the project's currency</source>
      <translation>Presupuesto frente al gasto a la fecha, en la moneda del proyecto</translation>
    </message>
    <message numerus="yes">
      <source>%n expenditure line(s) left out: in another currency with no US$ rate to convert it.</source>
      <translation>
        <numerusform>%n línea de gasto no incluida: en otra moneda, sin tipo de cambio en US$ para convertirla.</numerusform>
        <numerusform>%n líneas de gasto no incluidas: en otra moneda, sin tipo de cambio en US$ para convertirlas.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CompletionDialog</name>
    <message>
      <source>Record completion: {evaluation}</source>
      <translation>Finalización: {evaluation}</translation>
    </message>
    <message>
      <source>&amp;Completed on:</source>
      <translation>&amp;Fecha de finalización:</translation>
    </message>
    <message>
      <source>&amp;Evaluator:</source>
      <translation>E&amp;valuador/a:</translation>
    </message>
    <message>
      <source>&amp;Independence:</source>
      <translation>&amp;Independencia:</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>sin calificar</translation>
    </message>
    <message>
      <source>{criterion}:</source>
      <translation>{criterion}:</translation>
    </message>
    <message>
      <source>&amp;Findings:</source>
      <translation>&amp;Constataciones:</translation>
    </message>
    <message>
      <source>the completion date</source>
      <translation>la fecha de finalización</translation>
    </message>
    <message>
      <source>name who carried out the evaluation</source>
      <translation>indique quién realizó la evaluación</translation>
    </message>
    <message>
      <source>this evaluation must be independent (internal or external): the budget is over the threshold</source>
      <translation>esta evaluación debe ser independiente (interna o externa): el presupuesto supera el umbral</translation>
    </message>
  </context>
  <context>
    <name>CycleActions</name>
    <message>
      <source>&amp;Submit for appraisal</source>
      <translation>&amp;Presentar para evaluación ex ante</translation>
    </message>
    <message>
      <source>Re&amp;turn to design</source>
      <translation>De&amp;volver al diseño</translation>
    </message>
    <message>
      <source>&amp;Approve</source>
      <translation>&amp;Aprobar</translation>
    </message>
    <message>
      <source>Start &amp;implementation</source>
      <translation>&amp;Iniciar la ejecución</translation>
    </message>
    <message>
      <source>&amp;Begin evaluation and closing</source>
      <translation>Pasar a la evaluación y el &amp;cierre</translation>
    </message>
    <message>
      <source>C&amp;lose project</source>
      <translation>Ce&amp;rrar el proyecto</translation>
    </message>
    <message>
      <source>Sus&amp;pend</source>
      <translation>&amp;Suspender</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>Reanu&amp;dar</translation>
    </message>
    <message>
      <source>&amp;Cancel project</source>
      <translation>Ca&amp;ncelar el proyecto</translation>
    </message>
    <message>
      <source>Close project</source>
      <translation>Cerrar el proyecto</translation>
    </message>
    <message>
      <source>Cancel project</source>
      <translation>Cancelar el proyecto</translation>
    </message>
  </context>
  <context>
    <name>CycleCommands</name>
    <message>
      <source>Save your changes before '{action}'?</source>
      <translation>¿Guardar los cambios antes de «{action}»?</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Every project-cycle action (also on the Project menu)</source>
      <translation>Todas las acciones del ciclo del proyecto (también en el menú Proyecto)</translation>
    </message>
    <message>
      <source>Next step of the project cycle: {action}</source>
      <translation>Siguiente paso del ciclo del proyecto: {action}</translation>
    </message>
    <message>
      <source>Save the new project first</source>
      <translation>Guarde primero el nuevo proyecto</translation>
    </message>
    <message>
      <source>Applies only from {stages}</source>
      <translation>Solo se aplica desde: {stages}</translation>
    </message>
    <message>
      <source>Moves the project to {stage}</source>
      <translation>Pasa el proyecto a la etapa {stage}</translation>
    </message>
    <message>
      <source>{action} on {day}: {before} → {after}</source>
      <translation>{action} el {day}: {before} → {after}</translation>
    </message>
  </context>
  <context>
    <name>DateLineEdit</name>
    <message>
      <source>Choose a date from the calendar</source>
      <translation>Elegir una fecha en el calendario</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <source>Add a document's file</source>
      <translation>Adjuntar el archivo de un documento</translation>
    </message>
    <message>
      <source>Save the document's file as</source>
      <translation>Guardar el archivo del documento como</translation>
    </message>
    <message>
      <source>Add &amp;document</source>
      <translation>Añadir documen&amp;to</translation>
    </message>
    <message>
      <source>Add fi&amp;le…</source>
      <translation>Adjuntar arc&amp;hivo…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>Abri&amp;r</translation>
    </message>
    <message>
      <source>Sa&amp;ve As…</source>
      <translation>&amp;Guardar como…</translation>
    </message>
    <message>
      <source>A file kept in the database and carried in field packages (up to {limit} MB)</source>
      <translation>Un archivo conservado en la base de datos y llevado en los paquetes de campo (hasta {limit} MB)</translation>
    </message>
    <message>
      <source>Open the document's file, or its web address</source>
      <translation>Abrir el archivo del documento, o su dirección web</translation>
    </message>
    <message>
      <source>(the project)</source>
      <translation>(el proyecto)</translation>
    </message>
    <message>
      <source>Added {file}; it is kept in the database when the project is saved</source>
      <translation>{file} añadido; se conserva en la base de datos al guardar el proyecto</translation>
    </message>
    <message>
      <source>No program on this computer opens {what}</source>
      <translation>Ningún programa de este equipo abre {what}</translation>
    </message>
    <message>
      <source>the document's file</source>
      <translation>el archivo del documento</translation>
    </message>
    <message>
      <source>Saved {file}</source>
      <translation>{file} guardado</translation>
    </message>
  </context>
  <context>
    <name>EditorDialogs</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <source>{what} is required</source>
      <translation>{what}: obligatorio</translation>
    </message>
  </context>
  <context>
    <name>EditorState</name>
    <message>
      <source>a rate is needed: the US$ value of one {currency}</source>
      <translation>se necesita un tipo de cambio: el valor en US$ de una unidad de {currency}</translation>
    </message>
    <message>
      <source>US${amount}</source>
      <translation>{amount} US$</translation>
    </message>
    <message>
      <source>{currency} {amount}</source>
      <translation>{amount} {currency}</translation>
    </message>
    <message>
      <source>{budget} ≈ US$ unknown until the rate is given</source>
      <translation>{budget} ≈ ? US$ (falta el tipo de cambio)</translation>
    </message>
    <message>
      <source>{budget} ≈ {usd} at {rate}</source>
      <translation>{budget} ≈ {usd} a {rate}</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$</source>
      <translation>1 {currency} = {rate} US$</translation>
    </message>
    <message>
      <source>a US$ rate is required (1 for US$)</source>
      <translation>se requiere un tipo de cambio (US$) (1 para el dólar)</translation>
    </message>
    <message>
      <source>{needed} (none in force on {day}: Tools &gt; Exchange Rates)</source>
      <translation>{needed} (ninguno vigente el {day}: Herramientas &gt; Tipos de cambio)</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} meses</translation>
    </message>
    <message>
      <source>its result must be one of: {choices}</source>
      <translation>su resultado debe ser uno de estos: {choices}</translation>
    </message>
  </context>
  <context>
    <name>EditorTables</name>
    <message>
      <source>(none: ILO regular budget)</source>
      <translation>(ninguno: presupuesto ordinario de la OIT)</translation>
    </message>
  </context>
  <context>
    <name>EvaluationActions</name>
    <message>
      <source>completion of {evaluation}</source>
      <translation>finalización: {evaluation}</translation>
    </message>
    <message>
      <source>withdrawal of the waiver of {evaluation}</source>
      <translation>retiro de la exención: {evaluation}</translation>
    </message>
    <message>
      <source>waiver of {evaluation}</source>
      <translation>exención: {evaluation}</translation>
    </message>
    <message>
      <source>planning of {evaluation} as {form}</source>
      <translation>planificación: {evaluation}, {form}</translation>
    </message>
    <message>
      <source>independence required of {evaluation}</source>
      <translation>independencia exigida: {evaluation}</translation>
    </message>
    <message>
      <source>start of {evaluation}</source>
      <translation>inicio: {evaluation}</translation>
    </message>
    <message>
      <source>addition of an optional {evaluation}</source>
      <translation>adición opcional: {evaluation}</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPanel</name>
    <message>
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Exigida</translation>
    </message>
    <message>
      <source>Independence</source>
      <translation>Independencia</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Part of cluster evaluation {code}</source>
      <translation>Forma parte de la evaluación agrupada {code}</translation>
    </message>
    <message>
      <source>Part of cluster evaluation {code}: {title}</source>
      <translation>Forma parte de la evaluación agrupada {code}: {title}</translation>
    </message>
    <message>
      <source>the {evaluation} is part of cluster evaluation {code}: it is recorded for every project the cluster covers at once, in Tools &gt; Cluster Evaluations</source>
      <translation>la actividad «{evaluation}» forma parte de la evaluación agrupada {code}: se registra a la vez para todos los proyectos del grupo, en Herramientas &gt; Evaluaciones agrupadas</translation>
    </message>
    <message>
      <source>must be independent</source>
      <translation>debe ser independiente</translation>
    </message>
    <message>
      <source>Overdue ({status})</source>
      <translation>Atrasada ({status})</translation>
    </message>
    <message>
      <source>mandatory</source>
      <translation>obligatoria</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>opcional</translation>
    </message>
    <message>
      <source>Completed {day} by {evaluator}</source>
      <translation>Finalizada el {day} por {evaluator}</translation>
    </message>
    <message>
      <source>Waived: {reason}</source>
      <translation>Exención: {reason}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Evaluation plan&lt;/b&gt;</source>
      <translation>&lt;b&gt;Plan de evaluación&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Mid-term review a&amp;greed in the initial evaluation plan</source>
      <translation>Examen de medio término pre&amp;visto en el plan inicial</translation>
    </message>
    <message>
      <source>&amp;Add optional…</source>
      <translation>Aña&amp;dir (opcional)…</translation>
    </message>
    <message>
      <source>Record completio&amp;n…</source>
      <translation>Registrar finali&amp;zación…</translation>
    </message>
    <message>
      <source>&amp;Waive…</source>
      <translation>E&amp;ximir…</translation>
    </message>
    <message>
      <source>&amp;More</source>
      <translation>&amp;Más</translation>
    </message>
    <message>
      <source>Mark as &amp;in progress</source>
      <translation>Marcar como &amp;en curso</translation>
    </message>
    <message>
      <source>Plan as {form}</source>
      <translation>Planificar como: {form}</translation>
    </message>
    <message>
      <source>&amp;Require this one to be independent</source>
      <translation>E&amp;xigir que esta sea independiente</translation>
    </message>
    <message>
      <source>&lt;b&gt;{title}&lt;/b&gt;: {details}</source>
      <translation>&lt;b&gt;{title}&lt;/b&gt;: {details}</translation>
    </message>
    <message>
      <source>Documents (Results tab, Documents): {titles}</source>
      <translation>Documentos (pestaña Resultados, Documentos): {titles}</translation>
    </message>
    <message>
      <source>&amp;Withdraw waiver</source>
      <translation>Retirar e&amp;xención</translation>
    </message>
    <message>
      <source>The rules engine plans the evaluations once the planned start, planned end and budget are set.</source>
      <translation>El motor de reglas planifica las evaluaciones en cuanto se indican el inicio previsto, la finalización prevista y el presupuesto.</translation>
    </message>
    <message>
      <source>Rule set {label}: {title}</source>
      <translation>Reglas {label}: {title}</translation>
    </message>
    <message>
      <source>Independence: {reason}.</source>
      <translation>Independencia: {reason}.</translation>
    </message>
    <message>
      <source>&lt;b&gt;On saving, the plan changes:&lt;/b&gt;</source>
      <translation>&lt;b&gt;Al guardar, el plan cambia:&lt;/b&gt;</translation>
    </message>
  </context>
  <context>
    <name>LineRates</name>
    <message>
      <source>no US$ rate for {currency} on {day}: import that month's rates (Tools &gt; Exchange Rates) or type the rate</source>
      <translation>no hay tipo en US$ para {currency} el {day}: importe los tipos de ese mes (Herramientas &gt; Tipos de cambio) o escriba el tipo</translation>
    </message>
  </context>
  <context>
    <name>LocationsTable</name>
    <message>
      <source>Add &amp;location</source>
      <translation>Añadir &amp;lugar</translation>
    </message>
    <message>
      <source>Remo&amp;ve location</source>
      <translation>Quitar l&amp;ugar</translation>
    </message>
    <message>
      <source>Latitude and longitude in decimal degrees (north and east positive), e.g. {example}</source>
      <translation>Latitud y longitud en grados decimales (positivas al norte y al este), por ejemplo {example}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Locations&lt;/b&gt; within the project's countries (published with its IATI activity)</source>
      <translation>&lt;b&gt;Lugares&lt;/b&gt; en los países del proyecto (publicados con su actividad IATI)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ninguno)</translation>
    </message>
  </context>
  <context>
    <name>OptionalEvaluationDialog</name>
    <message>
      <source>Add an optional evaluation</source>
      <translation>Añadir una evaluación opcional</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Tipo:</translation>
    </message>
    <message>
      <source>&amp;Due:</source>
      <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
      <source>&amp;Independence:</source>
      <translation>&amp;Independencia:</translation>
    </message>
    <message>
      <source>the due date</source>
      <translation>la fecha de vencimiento</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Línea de base</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <source>Value at the period's end</source>
      <translation>Valor al final del período</translation>
    </message>
    <message>
      <source>Measured on {date}; type a value to record one on the period's end</source>
      <translation>Medido el {date}; escriba un valor para registrar uno al final del período</translation>
    </message>
    <message>
      <source>No value measured by the period's end: the indicator's achieved value; type a value to record one</source>
      <translation>Ningún valor medido al final del período: el valor alcanzado del indicador; escriba un valor para registrar uno</translation>
    </message>
    <message>
      <source>Measured on {date}</source>
      <translation>Medido el {date}</translation>
    </message>
    <message>
      <source>Add progress rep&amp;ort</source>
      <translation>Añadir i&amp;nforme de avance</translation>
    </message>
    <message>
      <source>&amp;Summary of progress:</source>
      <translation>&amp;Resumen de los avances:</translation>
    </message>
    <message>
      <source>&amp;Challenges and risks:</source>
      <translation>Dificultades y r&amp;iesgos:</translation>
    </message>
    <message>
      <source>&amp;Lessons learned:</source>
      <translation>&amp;Lecciones aprendidas:</translation>
    </message>
    <message>
      <source>Next s&amp;teps:</source>
      <translation>Próximos pas&amp;os:</translation>
    </message>
    <message>
      <source>Indicator &amp;values at the period's end:</source>
      <translation>Valores de los indi&amp;cadores al final del período:</translation>
    </message>
    <message>
      <source>The project has no indicators yet: add them on the Results tab.</source>
      <translation>El proyecto aún no tiene indicadores: añádalos en la pestaña Resultados.</translation>
    </message>
    <message>
      <source>Add a progress report, or select one in the list, to write its narrative.</source>
      <translation>Añada un informe de avance, o seleccione uno en la lista, para redactar su texto.</translation>
    </message>
    <message>
      <source>Progress report {start} to {end}</source>
      <translation>Informe de avance del {start} al {end}</translation>
    </message>
  </context>
  <context>
    <name>ProjectEditor</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <source>Save your changes to {title} before closing?</source>
      <translation>¿Guardar los cambios de {title} antes de cerrar?</translation>
    </message>
    <message>
      <source>Add f&amp;unding line</source>
      <translation>Añadir &amp;línea de financiación</translation>
    </message>
    <message>
      <source>Add e&amp;xpenditure line</source>
      <translation>Añadir línea de &amp;gasto</translation>
    </message>
    <message>
      <source>Add &amp;indicator</source>
      <translation>Añadir &amp;indicador</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>Identificación</translation>
    </message>
    <message>
      <source>Dates and budget</source>
      <translation>Fechas y presupuesto</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Financiación</translation>
    </message>
    <message>
      <source>Revise &amp;budget or extend…</source>
      <translation>Revisar presupuesto o p&amp;rorrogar…</translation>
    </message>
    <message>
      <source>Budget lines</source>
      <translation>Líneas presupuestarias</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>Revisiones</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <source>Expenditure</source>
      <translation>Gastos</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indicadores</translation>
    </message>
    <message>
      <source>Progress reports</source>
      <translation>Informes de avance</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <source>&amp;Project</source>
      <translation>&amp;Proyecto</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <source>New indicator</source>
      <translation>Nuevo indicador</translation>
    </message>
    <message>
      <source>{months} months (band {band})</source>
      <translation>{months} meses (tramo {band})</translation>
    </message>
    <message>
      <source>1 problem to fix before saving: {first}</source>
      <translation>1 problema que corregir antes de guardar: {first}</translation>
    </message>
    <message>
      <source>{count} problems to fix before saving; the first: {first}</source>
      <translation>{count} problemas que corregir antes de guardar; el primero: {first}</translation>
    </message>
    <message>
      <source>US${amount}</source>
      <translation>{amount} US$</translation>
    </message>
    <message>
      <source>This page has something to fix</source>
      <translation>Esta página tiene algo que corregir</translation>
    </message>
    <message>
      <source>Row {row}: {field}: {message}</source>
      <translation>Fila {row}: {field}: {message}</translation>
    </message>
    <message>
      <source>Value of {indicator} on {date}: {message}</source>
      <translation>Valor de {indicator} al {date}: {message}</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Nuevo proyecto</translation>
    </message>
    <message>
      <source> &lt;i&gt;(demo data)&lt;/i&gt;</source>
      <translation> &lt;i&gt;(datos de demostración)&lt;/i&gt;</translation>
    </message>
    <message>
      <source>&lt;i&gt;untitled&lt;/i&gt;</source>
      <translation>&lt;i&gt;sin título&lt;/i&gt;</translation>
    </message>
    <message>
      <source>Stage: &lt;b&gt;{stage}&lt;/b&gt;</source>
      <translation>Etapa: &lt;b&gt;{stage}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>project {code}</source>
      <translation>proyecto {code}</translation>
    </message>
    <message>
      <source>the new project</source>
      <translation>el nuevo proyecto</translation>
    </message>
    <message>
      <source>Saved {code}</source>
      <translation>{code} guardado</translation>
    </message>
    <message>
      <source>Saved {code}; the evaluation plan has 1 change</source>
      <translation>{code} guardado; el plan de evaluación tiene 1 cambio</translation>
    </message>
    <message>
      <source>Saved {code}; the evaluation plan has {count} changes</source>
      <translation>{code} guardado; el plan de evaluación tiene {count} cambios</translation>
    </message>
  </context>
  <context>
    <name>ProjectForm</name>
    <message>
      <source>Up to {count} characters</source>
      <translation>Hasta {count} caracteres</translation>
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation>&amp;Código:</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>p. ej., {example}</translation>
    </message>
    <message>
      <source>2-{count} characters, starting with a letter or digit; an IATI identifier as it is written</source>
      <translation>de 2 a {count} caracteres, empezando por una letra o un dígito; un identificador de la IATI tal como está escrito</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Título:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>Descr&amp;ipción:</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>Re&amp;gión:</translation>
    </message>
    <message>
      <source>(choose a region)</source>
      <translation>(elija una región)</translation>
    </message>
    <message>
      <source>Countr&amp;ies:</source>
      <translation>Paí&amp;ses:</translation>
    </message>
    <message>
      <source>ISO codes or names, separated by commas</source>
      <translation>Códigos ISO o nombres, separados por comas</translation>
    </message>
    <message>
      <source>e.g. SN, Burkina Faso, Lao PDR, The Gambia</source>
      <translation>p. ej., SN, Burkina Faso, Laos, Gambia</translation>
    </message>
    <message>
      <source>Strategic &amp;objective:</source>
      <translation>&amp;Objetivo estratégico:</translation>
    </message>
    <message>
      <source>(choose an objective)</source>
      <translation>(elija un objetivo)</translation>
    </message>
    <message>
      <source>Cross-cutting themes:</source>
      <translation>Temas transversales:</translation>
    </message>
    <message>
      <source>DAC p&amp;urpose code:</source>
      <translation>Código de &amp;finalidad CAD:</translation>
    </message>
    <message>
      <source>The OECD DAC 5-digit code of what the project does, as IATI publishes it</source>
      <translation>El código de 5 dígitos del CAD de la OCDE que corresponde a la actividad del proyecto, tal como lo publica la IATI</translation>
    </message>
    <message>
      <source>Re&amp;sponsible office:</source>
      <translation>Oficina &amp;responsable:</translation>
    </message>
    <message>
      <source>Responsible officer:</source>
      <translation>Oficial de proyecto:</translation>
    </message>
    <message>
      <source>YYYY-MM-DD or the short date of your settings; Alt+Down opens a calendar</source>
      <translation>AAAA-MM-DD o la fecha corta de su configuración regional (DD/MM/AAAA); Alt+Abajo abre un calendario</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <source>Planned &amp;start:</source>
      <translation>&amp;Inicio previsto:</translation>
    </message>
    <message>
      <source>Planned en&amp;d (last day):</source>
      <translation>&amp;Finalización prevista (último día):</translation>
    </message>
    <message>
      <source>Duration:</source>
      <translation>Duración:</translation>
    </message>
    <message>
      <source>Ac&amp;tual end:</source>
      <translation>Finalización rea&amp;l:</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, when the project has ended</source>
      <translation>AAAA-MM-DD, una vez terminado el proyecto</translation>
    </message>
    <message>
      <source>Approved &amp;budget:</source>
      <translation>Presupuesto apro&amp;bado:</translation>
    </message>
    <message>
      <source>C&amp;urrency:</source>
      <translation>Mo&amp;neda:</translation>
    </message>
    <message>
      <source>US$ &amp;rate:</source>
      <translation>&amp;Tipo de cambio (US$):</translation>
    </message>
    <message>
      <source>US$ value of one unit of the currency</source>
      <translation>Valor en US$ de una unidad de la moneda</translation>
    </message>
    <message>
      <source>1 for US$; e.g. {example} for EUR</source>
      <translation>1 para el US$; p. ej., {example} para el EUR</translation>
    </message>
    <message>
      <source>Budget in US$:</source>
      <translation>Presupuesto en US$:</translation>
    </message>
    <message>
      <source>Capital spend %:</source>
      <translation>Gasto de capital (%):</translation>
    </message>
    <message>
      <source>e.g. 0</source>
      <translation>p. ej., 0</translation>
    </message>
    <message>
      <source>The share of the spending that buys assets (buildings, equipment), in per cent: 0 for technical cooperation that buys none; blank when not known</source>
      <translation>La parte del gasto destinada a activos (edificios, equipos), en porcentaje: 0 para una cooperación técnica que no los adquiere; vacío si no se conoce</translation>
    </message>
    <message>
      <source>Evaluation ru&amp;le set:</source>
      <translation>Re&amp;glas de evaluación:</translation>
    </message>
    <message>
      <source>Until it is approved a project follows the evaluation policy in force; from its approval on it keeps the one in force that day. Choose a rule set to assign it instead.</source>
      <translation>Hasta su aprobación, un proyecto sigue la política de evaluación vigente; desde entonces conserva la que estaba vigente el día de su aprobación. Elija un conjunto de reglas para asignárselo en su lugar.</translation>
    </message>
    <message>
      <source>Policy in force on approval: {name} (automatic)</source>
      <translation>Política vigente en la aprobación: {name} (automática)</translation>
    </message>
    <message>
      <source>Policy in force: {name} (automatic)</source>
      <translation>Política vigente: {name} (automática)</translation>
    </message>
  </context>
  <context>
    <name>PurposePicker</name>
    <message>
      <source>(none)</source>
      <translation>(ninguno)</translation>
    </message>
    <message>
      <source>none: the code its themes stand for; type a code or words of its name</source>
      <translation>ninguno: el código que corresponde a sus temas; escriba un código o palabras de su nombre</translation>
    </message>
  </context>
  <context>
    <name>RecordTable</name>
    <message>
      <source>{field} is required</source>
      <translation>{field}: obligatorio</translation>
    </message>
    <message>
      <source>{field} '{text}' is not a whole number</source>
      <translation>{field}: «{text}» no es un número entero</translation>
    </message>
    <message>
      <source>{field}: up to {count} characters</source>
      <translation>{field}: hasta {count} caracteres</translation>
    </message>
    <message>
      <source>Row {row}, {field}: {message}</source>
      <translation>Fila {row}, {field}: {message}</translation>
    </message>
    <message>
      <source>&amp;Remove selected</source>
      <translation>Eliminar &amp;selección</translation>
    </message>
  </context>
  <context>
    <name>RevisionDialog</name>
    <message>
      <source>Revise the budget or extend</source>
      <translation>Revisar el presupuesto o prorrogar</translation>
    </message>
    <message>
      <source>e.g. {example}; empty: unchanged</source>
      <translation>p. ej., {example}; vacío: sin cambios</translation>
    </message>
    <message>
      <source>YYYY-MM-DD; empty: unchanged</source>
      <translation>AAAA-MM-DD; vacío: sin cambios</translation>
    </message>
    <message>
      <source>e.g. no-cost extension agreed with the donor</source>
      <translation>p. ej., prórroga sin costo acordada con el donante</translation>
    </message>
    <message>
      <source>Revised &amp;on:</source>
      <translation>Revisado &amp;el:</translation>
    </message>
    <message>
      <source>New &amp;budget ({currency}):</source>
      <translation>Nuevo &amp;presupuesto ({currency}):</translation>
    </message>
    <message>
      <source>New planned &amp;end:</source>
      <translation>Nueva &amp;finalización prevista:</translation>
    </message>
    <message>
      <source>New US$ &amp;rate:</source>
      <translation>Nuevo &amp;tipo de cambio (US$):</translation>
    </message>
    <message>
      <source>Re&amp;ason:</source>
      <translation>&amp;Motivo:</translation>
    </message>
    <message>
      <source>The rate in force on {day} in the table of exchange rates.</source>
      <translation>El tipo vigente el {day} en la tabla de tipos de cambio.</translation>
    </message>
    <message>
      <source>{currency} {amount}</source>
      <translation>{amount} {currency}</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>sin indicar</translation>
    </message>
    <message>
      <source> at {rate} US$</source>
      <translation> al tipo de {rate} US$</translation>
    </message>
    <message>
      <source>Now: budget {budget}; planned end {end}.</source>
      <translation>Actualmente: presupuesto {budget}; finalización prevista {end}.</translation>
    </message>
    <message>
      <source>the revision date</source>
      <translation>la fecha de revisión</translation>
    </message>
    <message>
      <source>the new planned end</source>
      <translation>la nueva finalización prevista</translation>
    </message>
    <message>
      <source>the new budget</source>
      <translation>el nuevo presupuesto</translation>
    </message>
    <message>
      <source>the new US$ rate</source>
      <translation>el nuevo tipo de cambio (US$)</translation>
    </message>
    <message>
      <source>this changes nothing: the budget, the planned end and the US$ rate are as they are now</source>
      <translation>esto no cambia nada: el presupuesto, la finalización prevista y el tipo de cambio (US$) siguen iguales</translation>
    </message>
  </context>
  <context>
    <name>StageDialog</name>
    <message>
      <source>the stage it was suspended from</source>
      <translation>la etapa desde la que se suspendió</translation>
    </message>
    <message>
      <source>&lt;b&gt;{action}&lt;/b&gt; of {code}: {stage} → {target}</source>
      <translation>&lt;b&gt;{action}&lt;/b&gt; ({code}): {stage} → {target}</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Fecha:</translation>
    </message>
    <message>
      <source>Required: why, in a sentence or two</source>
      <translation>Obligatorio: el motivo, en una o dos frases</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Motivo:</translation>
    </message>
    <message>
      <source>the date</source>
      <translation>la fecha</translation>
    </message>
    <message>
      <source>give a reason to {action}</source>
      <translation>indique el motivo: {action}</translation>
    </message>
  </context>
  <context>
    <name>UndoTexts</name>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} y {last}</translation>
    </message>
    <message>
      <source>change of {field}</source>
      <translation>cambio: {field}</translation>
    </message>
    <message>
      <source>change of {field} in {record} {number}</source>
      <translation>cambio: {field}, {record} {number}</translation>
    </message>
    <message>
      <source>addition of {record} {number}</source>
      <translation>adición: {record} {number}</translation>
    </message>
    <message>
      <source>removal of {record} {number}</source>
      <translation>eliminación: {record} {number}</translation>
    </message>
    <message>
      <source>value of {indicator} on {date}</source>
      <translation>valor de {indicator} al {date}</translation>
    </message>
    <message>
      <source>revision of {fields}</source>
      <translation>revisión: {fields}</translation>
    </message>
    <message>
      <source>&amp;Undo {step}</source>
      <translation>&amp;Deshacer ({step})</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;Redo {step}</source>
      <translation>&amp;Rehacer ({step})</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
  </context>
  <context>
    <name>WaiverDialog</name>
    <message>
      <source>Waive: {evaluation}</source>
      <translation>Exención: {evaluation}</translation>
    </message>
    <message>
      <source>&amp;Reason for the waiver:</source>
      <translation>&amp;Motivo de la exención:</translation>
    </message>
    <message>
      <source>a waiver needs its reason</source>
      <translation>una exención debe estar motivada</translation>
    </message>
  </context>
</TS>
