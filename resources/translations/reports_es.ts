<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>ComplianceReport</name>
    <message>
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <source>Not yet started</source>
      <translation>Aún no iniciados</translation>
    </message>
    <message>
      <source>Evaluations required</source>
      <translation>Evaluaciones requeridas</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Finalizadas</translation>
    </message>
    <message>
      <source>Overdue evaluations</source>
      <translation>Evaluaciones atrasadas</translation>
    </message>
    <message>
      <source>Projects with overdue</source>
      <translation>Proyectos con atrasos</translation>
    </message>
    <message>
      <source>Independence required</source>
      <translation>Independencia requerida</translation>
    </message>
    <message>
      <source>Independence met</source>
      <translation>Independencia cumplida</translation>
    </message>
    <message>
      <source>Independence not met</source>
      <translation>Independencia no cumplida</translation>
    </message>
    <message>
      <source>Compliant projects</source>
      <translation>Proyectos conformes</translation>
    </message>
    <message>
      <source>% compliant</source>
      <translation>% conformes</translation>
    </message>
    <message>
      <source>% independence met</source>
      <translation>% independencia cumplida</translation>
    </message>
    <message>
      <source>Evaluation compliance as of {date}</source>
      <translation>Cumplimiento de las evaluaciones al {date}</translation>
    </message>
    <message>
      <source>Evaluation compliance</source>
      <translation>Cumplimiento de las evaluaciones</translation>
    </message>
    <message>
      <source>Required evaluations of every project, overdue flags and the independence requirement, as of one date.</source>
      <translation>Evaluaciones requeridas de cada proyecto, retrasos y requisito de independencia, a una fecha de referencia.</translation>
    </message>
    <message>
      <source>evaluation; compliance</source>
      <translation>evaluación; cumplimiento</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>Fecha de referencia</translation>
    </message>
    <message>
      <source>{date}: every stage, completion, due date and overdue flag in this report is as of this date (a project's stage from its stage history)</source>
      <translation>{date}: cada etapa, finalización, vencimiento y retraso de este informe corresponde a esta fecha (la etapa de un proyecto según el historial de sus etapas)</translation>
    </message>
    <message>
      <source>Nil report</source>
      <translation>Informe sin novedades</translation>
    </message>
    <message>
      <source>Nothing to report: no project was under way or in the pipeline on {date} (cancelled ones aside), so no evaluation was required.</source>
      <translation>Nada que informar: ningún proyecto estaba en curso o en preparación al {date} (aparte de los cancelados), por lo que no se requería ninguna evaluación.</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtros</translation>
    </message>
    <message>
      <source>Every project except those cancelled by that date (their evaluations are no longer due)</source>
      <translation>Todos los proyectos salvo los cancelados a esa fecha (sus evaluaciones ya no son exigibles)</translation>
    </message>
    <message>
      <source>Evaluation rule set</source>
      <translation>Normas de evaluación</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>Compliance by region and by funding partner</source>
      <translation>Cumplimiento por región y por socio financiador</translation>
    </message>
    <message>
      <source>Records that disagree with each other, to correct or explain before sending: funding or expenditure above the budget, budget lines, dates, evaluations</source>
      <translation>Datos incoherentes entre sí, para corregir o explicar antes del envío: financiación o gastos superiores al presupuesto, partidas presupuestarias, fechas, evaluaciones</translation>
    </message>
    <message numerus="yes">
      <source>{count} project(s): evaluations required by the rules, completed, open and overdue; the independence requirement</source>
      <translation>
        <numerusform>{count} proyecto: evaluaciones requeridas por las normas, finalizadas, abiertas y atrasadas; requisito de independencia</numerusform>
        <numerusform>{count} proyectos: evaluaciones requeridas por las normas, finalizadas, abiertas y atrasadas; requisito de independencia</numerusform>
      </translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Evaluaciones</translation>
    </message>
    <message numerus="yes">
      <source>{count} required (mandatory) evaluation(s) with status, due date and overdue flag</source>
      <translation>
        <numerusform>{count} evaluación requerida (obligatoria) con su estado, plazo y posible atraso</numerusform>
        <numerusform>{count} evaluaciones requeridas (obligatorias) con su estado, plazo y posible atraso</numerusform>
      </translation>
    </message>
    <message>
      <source>Not yet due: a project not started on the reference date (in design, appraisal or approved on that date, or planned to start after it) has no evaluation due yet. It is never counted as non-compliant and is left out of the compliance rate: % compliant = compliant projects / (projects - projects not yet started).</source>
      <translation>Aún no exigible: un proyecto no iniciado en la fecha de referencia (en diseño, evaluación ex ante o aprobado en esa fecha, o cuyo inicio está previsto después) aún no tiene ninguna evaluación exigible. Nunca se cuenta como no conforme y queda fuera de la tasa de cumplimiento: % conformes = proyectos conformes / (proyectos - proyectos aún no iniciados).</translation>
    </message>
    <message>
      <source>Overdue: a mandatory evaluation of a started project, past its due date and not completed by the reference date (nor waived). One due later is not yet due.</source>
      <translation>Atrasada: evaluación obligatoria de un proyecto iniciado, vencida y no finalizada en la fecha de referencia (ni dispensada). Una que vence después aún no es exigible.</translation>
    </message>
    <message>
      <source>Completed: completed on or before the reference date. An evaluation recorded as completed without a date counts as completed and is listed in the checks.</source>
      <translation>Finalizada: finalizada en la fecha de referencia o antes. Una evaluación registrada como finalizada sin fecha cuenta como finalizada y figura en los controles.</translation>
    </message>
    <message>
      <source>Independence requirement: a project whose budget is over the threshold of its evaluation rules (over US${amount} under the ILO evaluation framework of November 2002) needs at least one independent evaluation (independent internal or external) during its cycle; it is met by a completed one. Self-evaluation never counts. It is not met once the evaluation that must be independent is past due, or the project has ended, without one; before that it is not yet due. % independence met = met / (met + not met).</source>
      <translation>Requisito de independencia: un proyecto cuyo presupuesto supera el umbral de sus reglas de evaluación (más de {amount} US$ según el marco de evaluación de la OIT de noviembre de 2002) necesita al menos una evaluación independiente (independiente interna o externa) durante su ciclo; se cumple con una finalizada. La autoevaluación nunca cuenta. No se cumple cuando la evaluación que debe ser independiente está vencida, o el proyecto ha terminado, sin ninguna; antes de eso aún no es exigible. % independencia cumplida = cumplida / (cumplida + no cumplida).</translation>
    </message>
    <message>
      <source>Compliant: a started project with nothing overdue and the independence requirement not failed.</source>
      <translation>Conforme: proyecto iniciado sin evaluaciones atrasadas y cuyo requisito de independencia no ha fallado.</translation>
    </message>
    <message>
      <source>By partner: a project funded by several partners counts under each of them, so that table has no total; its last row repeats the portfolio total, each project counted once.</source>
      <translation>Por socio: un proyecto financiado por varios socios cuenta para cada uno de ellos, por lo que ese cuadro no tiene total; su última fila repite el total de la cartera, con cada proyecto contado una vez.</translation>
    </message>
    <message>
      <source>Projects not cancelled on {date}; stages, completions and due dates as of that date</source>
      <translation>Proyectos no cancelados al {date}; etapas, finalizaciones y vencimientos a esa fecha</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Región</translation>
    </message>
    <message>
      <source>No partner (ILO regular budget, or none recorded)</source>
      <translation>Sin socio (presupuesto ordinario de la OIT, o no indicado)</translation>
    </message>
    <message>
      <source>Funding partner</source>
      <translation>Socio financiador</translation>
    </message>
    <message>
      <source>All projects (each counted once)</source>
      <translation>Todos los proyectos (cada uno contado una vez)</translation>
    </message>
    <message>
      <source>Not required</source>
      <translation>No requerida</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>Cumplida</translation>
    </message>
    <message>
      <source>Not met</source>
      <translation>No cumplida</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>Aún no exigible</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Socios</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Budget (US$)</source>
      <translation>Presupuesto (US$)</translation>
    </message>
    <message>
      <source>Rule set</source>
      <translation>Normas</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Requeridas</translation>
    </message>
    <message>
      <source>Waived</source>
      <translation>Dispensadas</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abiertas</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Atrasadas</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Próximo plazo</translation>
    </message>
    <message>
      <source>Independence</source>
      <translation>Independencia</translation>
    </message>
    <message>
      <source>Compliant</source>
      <translation>Conforme</translation>
    </message>
    <message>
      <source>Projects and their required evaluations as of {date}</source>
      <translation>Proyectos y sus evaluaciones requeridas al {date}</translation>
    </message>
    <message>
      <source>As of {date}. Overdue: mandatory, past due, not completed by that date; a project not yet started has nothing due yet</source>
      <translation>Al {date}. Atrasada: obligatoria, vencida, no finalizada a esa fecha; un proyecto aún no iniciado no tiene nada exigible todavía</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
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
      <source>Due</source>
      <translation>Plazo</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>Finalizada el</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>Días de atraso</translation>
    </message>
    <message>
      <source>On the date</source>
      <translation>En la fecha</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Modalidad</translation>
    </message>
    <message>
      <source>Must be independent</source>
      <translation>Debe ser independiente</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Required evaluations as of {date}</source>
      <translation>Evaluaciones requeridas al {date}</translation>
    </message>
    <message>
      <source>As of {date}: the mandatory evaluations of projects not cancelled by that date; "On the date" gives each one's standing that day</source>
      <translation>Al {date}: evaluaciones obligatorias de los proyectos no cancelados a esa fecha; «En la fecha» da la situación de cada una ese día</translation>
    </message>
    <message>
      <source>Due that day</source>
      <translation>Vence ese día</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecha</translation>
    </message>
  </context>
  <context>
    <name>DonorDocuments</name>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Dirección web</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <source>Documents of the projects</source>
      <translation>Documentos de los proyectos</translation>
    </message>
    <message>
      <source>Project documents, budgets, progress and evaluation reports dated up to {date}</source>
      <translation>Documentos de proyecto, presupuestos, informes de avance y de evaluación fechados hasta el {date}</translation>
    </message>
    <message>
      <source>A document without a web address is not published; the ILO sends it on request.</source>
      <translation>Un documento sin dirección web no está publicado; la OIT lo envía a petición.</translation>
    </message>
  </context>
  <context>
    <name>DonorReport</name>
    <message>
      <source>{partner} ILO cooperation, {period}</source>
      <translation>{partner} – cooperación con la OIT, {period}</translation>
    </message>
    <message>
      <source>Donor report: {partner}</source>
      <translation>Informe al donante: {partner}</translation>
    </message>
    <message>
      <source>Contributions, projects, results and evaluations of {partner}, {period}.</source>
      <translation>Contribuciones, proyectos, resultados y evaluaciones: {partner}, {period}.</translation>
    </message>
    <message>
      <source>donor report; {code}</source>
      <translation>informe al donante; {code}</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>The partner, its contributions per year by modality in US$ and in the currencies it gives in, and the key figures of the projects it funds</source>
      <translation>El socio, sus contribuciones por año y modalidad en dólares de los EE.UU. y en las monedas en que aporta, y las cifras clave de los proyectos que financia</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <source>The projects it funds: countries, region, objective, stage, dates, budget, expenditure, delivery rate, its funding, next evaluation</source>
      <translation>Los proyectos que financia: países, región, objetivo, etapa, fechas, presupuesto, gastos, tasa de ejecución, su financiación, próxima evaluación</translation>
    </message>
    <message>
      <source>Per project: budget and expenditure by budget line in the agreement currency and in US$, variances and their explanation, rates used, agreement reference, certification</source>
      <translation>Por proyecto: presupuesto y gastos por partida presupuestaria en la moneda del acuerdo y en dólares de los EE.UU., desviaciones y su explicación, tipos de cambio aplicados, referencia del acuerdo, certificación</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avance</translation>
    </message>
    <message>
      <source>Per project: summary of progress, challenges and risks, lessons learned, next steps</source>
      <translation>Por proyecto: resumen de los avances, dificultades y riesgos, lecciones aprendidas, próximos pasos</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Indicators: baseline, target, actual at the end of the period, share of women</source>
      <translation>Indicadores: línea de base, meta, valor real al final del período, proporción de mujeres</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Evaluaciones</translation>
    </message>
    <message>
      <source>Evaluations of those projects, planned and completed</source>
      <translation>Evaluaciones de esos proyectos, previstas y finalizadas</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Conclusiones</translation>
    </message>
    <message>
      <source>Findings and ratings of the evaluations completed</source>
      <translation>Conclusiones y calificaciones de las evaluaciones finalizadas</translation>
    </message>
    <message>
      <source>Co-financing</source>
      <translation>Cofinanciación</translation>
    </message>
    <message>
      <source>The other partners funding the same projects</source>
      <translation>Los demás socios que financian los mismos proyectos</translation>
    </message>
    <message>
      <source>Budget, expenditure and delivery rate are those of the whole project, which other partners may co-fund; the column 'Funding from {partner}' is this partner's own share.</source>
      <translation>El presupuesto, los gastos y la tasa de ejecución son los del proyecto completo, que otros socios pueden cofinanciar; la columna «Financiación de {partner}» es la parte propia de este socio.</translation>
    </message>
    <message>
      <source>Expenditure is cumulative up to {date}; delivery rate = that expenditure / the current approved budget.</source>
      <translation>Los gastos son acumulados hasta el {date}; tasa de ejecución = esos gastos / el presupuesto aprobado vigente.</translation>
    </message>
    <message>
      <source>The financial statements are in the agreement currency, the currency of the partner's funding of each project, and in US$; the rates used are stated with each statement.</source>
      <translation>Los estados financieros se presentan en la moneda del acuerdo, la de la financiación de cada proyecto por el socio, y en dólares de los EE.UU.; los tipos de cambio aplicados se indican con cada estado.</translation>
    </message>
    <message>
      <source>{partner} ILO cooperation: donor report, {period}</source>
      <translation>{partner} – cooperación con la OIT: informe al donante, {period}</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Socio</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <source>{period}: contributions by year of approval, expenditure up to {date}</source>
      <translation>{period}: contribuciones por año de aprobación, gastos hasta el {date}</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtros</translation>
    </message>
    <message>
      <source>Projects with funding from {partner} approved in the period or running during it</source>
      <translation>Proyectos financiados por {partner} aprobados en el período o en curso durante él</translation>
    </message>
    <message>
      <source>Reference date</source>
      <translation>Fecha de referencia</translation>
    </message>
    <message>
      <source>Stage and evaluations as on {date}</source>
      <translation>Etapa y evaluaciones al {date}</translation>
    </message>
    <message>
      <source>Evaluation rule set</source>
      <translation>Normas de evaluación</translation>
    </message>
    <message>
      <source>{partner} ILO cooperation</source>
      <translation>{partner} – cooperación con la OIT</translation>
    </message>
    <message>
      <source>Donor report {period}; amounts in US$ at the rates recorded</source>
      <translation>Informe al donante {period}; importes en US$ a los tipos registrados</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <source>No contributions and no projects in {period}: nothing to report for {partner} in this period.</source>
      <translation>Ninguna contribución y ningún proyecto en {period}: nada que informar para {partner} en este período.</translation>
    </message>
    <message>
      <source>Contributions by modality and year of approval (US$), {period}</source>
      <translation>Contribuciones por modalidad y año de aprobación (US$), {period}</translation>
    </message>
    <message>
      <source>Modality</source>
      <translation>Modalidad</translation>
    </message>
    <message>
      <source>of which locally mobilized</source>
      <translation>de lo cual movilizado localmente</translation>
    </message>
    <message>
      <source>Contributions made in {currency}, by modality and year of approval ({currency})</source>
      <translation>Contribuciones aportadas en {currency}, por modalidad y año de aprobación ({currency})</translation>
    </message>
    <message>
      <source>Projects funded (see the Projects sheet)</source>
      <translation>Proyectos financiados (véase la hoja Proyectos)</translation>
    </message>
    <message>
      <source>Approved budget of these projects</source>
      <translation>Presupuesto aprobado de estos proyectos</translation>
    </message>
    <message>
      <source>Expenditure up to the end of {year}</source>
      <translation>Gastos hasta el final de {year}</translation>
    </message>
    <message>
      <source>Delivery rate</source>
      <translation>Tasa de ejecución</translation>
    </message>
    <message>
      <source>Funding from {partner} to these projects (all years)</source>
      <translation>Financiación de {partner} a estos proyectos (todos los años)</translation>
    </message>
    <message>
      <source>Contributions of {partner} per year (US$)</source>
      <translation>Contribuciones de {partner} por año (US$)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Countries</source>
      <translation>Países</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Región</translation>
    </message>
    <message>
      <source>Strategic objective</source>
      <translation>Objetivo estratégico</translation>
    </message>
    <message>
      <source>Stage on {date}</source>
      <translation>Etapa al {date}</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Approved budget (US$)</source>
      <translation>Presupuesto aprobado (US$)</translation>
    </message>
    <message>
      <source>Expenditure to end {year} (US$)</source>
      <translation>Gastos hasta fin de {year} (US$)</translation>
    </message>
    <message>
      <source>Funding from {partner} (US$)</source>
      <translation>Financiación de {partner} (US$)</translation>
    </message>
    <message>
      <source>Next evaluation on {date}</source>
      <translation>Próxima evaluación al {date}</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Plazo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Projects funded by {partner}, {period}</source>
      <translation>Proyectos financiados por {partner}, {period}</translation>
    </message>
    <message>
      <source>Whole-project budget and expenditure in US$ at the rates recorded; stage and evaluations as on {date}</source>
      <translation>Presupuesto y gastos del proyecto completo en dólares de los EE.UU. a los tipos registrados; etapa y evaluaciones al {date}</translation>
    </message>
    <message>
      <source>None open</source>
      <translation>Ninguna abierta</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Atrasada</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>Aún no vence</translation>
    </message>
    <message>
      <source>Narrative progress, {period}</source>
      <translation>Informe narrativo de avance, {period}</translation>
    </message>
    <message>
      <source>Per project, its latest progress report on a period ending in {period}</source>
      <translation>Para cada proyecto, su último informe de avance sobre un período que termina en {period}</translation>
    </message>
    <message>
      <source>Reporting period</source>
      <translation>Período del informe</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>del {start} al {end}</translation>
    </message>
    <message>
      <source>Summary of progress</source>
      <translation>Resumen de los avances</translation>
    </message>
    <message>
      <source>Challenges and risks</source>
      <translation>Dificultades y riesgos</translation>
    </message>
    <message>
      <source>Lessons learned</source>
      <translation>Lecciones aprendidas</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Próximos pasos</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Preparado por</translation>
    </message>
    <message>
      <source>No progress report recorded for this period</source>
      <translation>No se registró ningún informe de avance para este período</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
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
      <source>Actual at {date}</source>
      <translation>Valor real al {date}</translation>
    </message>
    <message>
      <source>Measured on</source>
      <translation>Medido el</translation>
    </message>
    <message>
      <source>% of target</source>
      <translation>% de la meta</translation>
    </message>
    <message>
      <source>Share of women</source>
      <translation>Proporción de mujeres</translation>
    </message>
    <message>
      <source>Results against targets</source>
      <translation>Resultados frente a las metas</translation>
    </message>
    <message>
      <source>Actual: the latest value measured by {date}, else the result recorded</source>
      <translation>Valor real: el último valor medido hasta el {date}, o bien el resultado registrado</translation>
    </message>
    <message>
      <source>No results recorded for these projects.</source>
      <translation>No hay resultados registrados para estos proyectos.</translation>
    </message>
    <message>
      <source>Target reached</source>
      <translation>Meta alcanzada</translation>
    </message>
    <message>
      <source>Below target</source>
      <translation>Por debajo de la meta</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Previsto</translation>
    </message>
    <message>
      <source>Achieved (no target set)</source>
      <translation>Logrado (sin meta fijada)</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <source>Mandatory</source>
      <translation>Obligatoria</translation>
    </message>
    <message>
      <source>Overdue on {date}</source>
      <translation>Atrasada al {date}</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Modalidad</translation>
    </message>
    <message>
      <source>Must be independent</source>
      <translation>Debe ser independiente</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>Finalizada el</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>Evaluador</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Evaluations planned and completed</source>
      <translation>Evaluaciones previstas y finalizadas</translation>
    </message>
    <message>
      <source>Overdue: mandatory, due before {date} and still open that day</source>
      <translation>Atrasada: obligatoria, vencida antes del {date} y aún abierta ese día</translation>
    </message>
    <message>
      <source>No evaluations planned or completed for these projects.</source>
      <translation>No hay evaluaciones previstas ni finalizadas para estos proyectos.</translation>
    </message>
    <message>
      <source>Ratings (1 to 6)</source>
      <translation>Calificaciones (de 1 a 6)</translation>
    </message>
    <message>
      <source>Evaluation findings and ratings</source>
      <translation>Conclusiones y calificaciones de las evaluaciones</translation>
    </message>
    <message>
      <source>Ratings by criterion: {scale}</source>
      <translation>Calificaciones por criterio: {scale}</translation>
    </message>
    <message>
      <source>No evaluation findings recorded for these projects.</source>
      <translation>No hay conclusiones de evaluación registradas para estos proyectos.</translation>
    </message>
    <message>
      <source>Funding partner</source>
      <translation>Socio financiador</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Monto</translation>
    </message>
    <message>
      <source>Amount (US$)</source>
      <translation>Monto (US$)</translation>
    </message>
    <message>
      <source>Share of the project's funding</source>
      <translation>Proporción de la financiación del proyecto</translation>
    </message>
    <message>
      <source>Co-financing of the same projects</source>
      <translation>Cofinanciación de los mismos proyectos</translation>
    </message>
    <message>
      <source>The other partners' funding of the projects, all years</source>
      <translation>Financiación de los proyectos por los demás socios, todos los años</translation>
    </message>
    <message>
      <source>No other partner funds these projects.</source>
      <translation>Ningún otro socio financia estos proyectos.</translation>
    </message>
    <message>
      <source>ILO regular budget</source>
      <translation>Presupuesto ordinario de la OIT</translation>
    </message>
    <message numerus="yes">
      <source>Share: of all the funding recorded for the project, in US$ at the recorded rates ({count} line(s) of co-financing).</source>
      <translation>
        <numerusform>Proporción: de toda la financiación registrada para el proyecto, en dólares de los EE.UU. a los tipos registrados ({count} línea de cofinanciación).</numerusform>
        <numerusform>Proporción: de toda la financiación registrada para el proyecto, en dólares de los EE.UU. a los tipos registrados ({count} líneas de cofinanciación).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DonorStatement</name>
    <message>
      <source>Financial statements</source>
      <translation>Estados financieros</translation>
    </message>
    <message>
      <source>Period-end rate</source>
      <translation>Tipo de cierre del período</translation>
    </message>
    <message>
      <source>Financial statements by budget line</source>
      <translation>Estados financieros por partida presupuestaria</translation>
    </message>
    <message>
      <source>Budget and expenditure from the start of each project to {date}, in the agreement currency and in US$</source>
      <translation>Presupuesto y gastos desde el inicio de cada proyecto hasta el {date}, en la moneda del acuerdo y en dólares de los EE.UU.</translation>
    </message>
    <message>
      <source>Projects with no budget lines and no expenditure recorded to {date}</source>
      <translation>Proyectos sin partidas presupuestarias ni gastos registrados al {date}</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <source>Approved budget (US$)</source>
      <translation>Presupuesto aprobado (US$)</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>No project funded by {partner} in this period.</source>
      <translation>Ningún proyecto financiado por {partner} en este período.</translation>
    </message>
    <message>
      <source>Exchange gain (+) or loss (–) at the period-end rate, all projects (US$)</source>
      <translation>Ganancia (+) o pérdida (–) cambiaria al tipo de cierre del período, todos los proyectos (US$)</translation>
    </message>
    <message>
      <source>Agreement currency</source>
      <translation>Moneda del acuerdo</translation>
    </message>
    <message>
      <source>US$ for 1 unit at the period-end rate</source>
      <translation>US$ por 1 unidad al tipo de cierre del período</translation>
    </message>
    <message>
      <source>On the funding</source>
      <translation>Sobre la financiación</translation>
    </message>
    <message>
      <source>On the budget</source>
      <translation>Sobre el presupuesto</translation>
    </message>
    <message>
      <source>On the expenditure</source>
      <translation>Sobre los gastos</translation>
    </message>
    <message>
      <source>On the budget not yet spent</source>
      <translation>Sobre el presupuesto aún no gastado</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Not included, for want of a period-end rate: {projects}.</source>
      <translation>No incluidos, por falta de tipo de cierre del período: {projects}.</translation>
    </message>
    <message>
      <source>Funding agreement</source>
      <translation>Acuerdo de financiación</translation>
    </message>
    <message>
      <source>no reference number recorded</source>
      <translation>ningún número de referencia registrado</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <source>Expenditure from the start of the project to {date}</source>
      <translation>Gastos desde el inicio del proyecto hasta el {date}</translation>
    </message>
    <message>
      <source>Exchange rates</source>
      <translation>Tipos de cambio</translation>
    </message>
    <message>
      <source>Funding from {partner}</source>
      <translation>Financiación de {partner}</translation>
    </message>
    <message>
      <source>Budget line</source>
      <translation>Partida presupuestaria</translation>
    </message>
    <message>
      <source>Budget ({currency})</source>
      <translation>Presupuesto ({currency})</translation>
    </message>
    <message>
      <source>Expenditure to {date} ({currency})</source>
      <translation>Gastos al {date} ({currency})</translation>
    </message>
    <message>
      <source>Variance ({currency})</source>
      <translation>Desviación ({currency})</translation>
    </message>
    <message>
      <source>Variance %</source>
      <translation>Desviación en %</translation>
    </message>
    <message>
      <source>Budget (US$)</source>
      <translation>Presupuesto (US$)</translation>
    </message>
    <message>
      <source>Expenditure (US$)</source>
      <translation>Gastos (US$)</translation>
    </message>
    <message>
      <source>Variance (US$)</source>
      <translation>Desviación (US$)</translation>
    </message>
    <message>
      <source>Explanation of significant variances</source>
      <translation>Explicación de las desviaciones importantes</translation>
    </message>
    <message>
      <source>Subtotal {output}</source>
      <translation>Subtotal {output}</translation>
    </message>
    <message>
      <source>no output</source>
      <translation>sin producto</translation>
    </message>
    <message>
      <source>Output: {output}</source>
      <translation>Producto: {output}</translation>
    </message>
    <message>
      <source>not assigned to an output</source>
      <translation>no asignado a un producto</translation>
    </message>
    <message>
      <source>an exchange gain of US$ {amount}</source>
      <translation>una ganancia cambiaria de US$ {amount}</translation>
    </message>
    <message>
      <source>an exchange loss of US$ {amount}</source>
      <translation>una pérdida cambiaria de US$ {amount}</translation>
    </message>
    <message>
      <source>no exchange gain or loss</source>
      <translation>ninguna ganancia ni pérdida cambiaria</translation>
    </message>
    <message>
      <source>US$ at the period-end rate</source>
      <translation>US$ al tipo de cierre del período</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$ on {date}</source>
      <translation>1 {currency} = {rate} US$ al {date}</translation>
    </message>
    <message>
      <source>Exchange gain (+) or loss (–)</source>
      <translation>Ganancia (+) o pérdida (–) cambiaria</translation>
    </message>
    <message>
      <source>On the budget not yet spent: {result}</source>
      <translation>Sobre el presupuesto aún no gastado: {result}</translation>
    </message>
    <message>
      <source>Not budgeted</source>
      <translation>No presupuestado</translation>
    </message>
    <message>
      <source>Explanation not yet provided</source>
      <translation>Explicación aún no facilitada</translation>
    </message>
    <message>
      <source>{currency}, the currency of the funding from {partner}</source>
      <translation>{currency}, la moneda de la financiación de {partner}</translation>
    </message>
    <message>
      <source>its funding in {currencies} is converted through US$</source>
      <translation>su financiación en {currencies} se convierte a través del dólar de los EE.UU.</translation>
    </message>
    <message>
      <source>US$ {recorded} at the recorded rates, US$ {at_end} at the period-end rate</source>
      <translation>US$ {recorded} a los tipos registrados, US$ {at_end} al tipo de cierre del período</translation>
    </message>
    <message>
      <source>UN operational rate of exchange</source>
      <translation>Tipo de cambio operacional de las Naciones Unidas</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$ ({units} {currency} per US$, the period-end rate)</source>
      <translation>1 {currency} = {rate} US$ ({units} {currency} por US$, tipo de cierre del período)</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$ (rate of the funding agreement; no rate recorded for {date})</source>
      <translation>1 {currency} = {rate} US$ (tipo del acuerdo de financiación; no hay tipo registrado para el {date})</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$ (rate of the funding agreement)</source>
      <translation>1 {currency} = {rate} US$ (tipo del acuerdo de financiación)</translation>
    </message>
    <message>
      <source>budget: 1 {currency} = {rate} US$ (the project's rate)</source>
      <translation>presupuesto: 1 {currency} = {rate} US$ (tipo del proyecto)</translation>
    </message>
    <message>
      <source>expenditure: in US$ at the rate recorded on each line</source>
      <translation>gastos: en dólares de los EE.UU. al tipo registrado en cada línea</translation>
    </message>
    <message>
      <source>{source} in force on {date}, from {start}</source>
      <translation>{source} vigente el {date}, desde el {start}</translation>
    </message>
    <message>
      <source>No budget by budget line is recorded for this project: the total shows its approved budget as a whole, and expenditure is shown by type.</source>
      <translation>No se ha registrado un presupuesto por partidas para este proyecto: el total muestra su presupuesto aprobado global, y los gastos se presentan por tipo.</translation>
    </message>
    <message>
      <source>The budget lines add up to {currency} {lines}; the project's approved budget is {currency} {budget}.</source>
      <translation>Las partidas presupuestarias suman {currency} {lines}; el presupuesto aprobado del proyecto es de {currency} {budget}.</translation>
    </message>
    <message>
      <source>Variance = budget – expenditure; a variance of more than {percent} % of a budget line, either way, is explained.</source>
      <translation>Desviación = presupuesto – gastos; toda desviación superior al {percent} % de una partida presupuestaria, en uno u otro sentido, se explica.</translation>
    </message>
    <message>
      <source>Amounts not recorded in {currency} are converted to US$ at the rate recorded on each line, then to {currency} at the period-end rate.</source>
      <translation>Los montos no registrados en {currency} se convierten a dólares de los EE.UU. al tipo registrado en cada línea y luego a {currency} al tipo de cierre del período.</translation>
    </message>
    <message>
      <source>Amounts not recorded in {currency} are converted to US$ at the rate recorded on each line, then to {currency} at the rate of the funding agreement.</source>
      <translation>Los montos no registrados en {currency} se convierten a dólares de los EE.UU. al tipo registrado en cada línea y luego a {currency} al tipo del acuerdo de financiación.</translation>
    </message>
    <message>
      <source>The agreement is in US$: its figures have no exchange gain or loss.</source>
      <translation>El acuerdo está en dólares de los EE.UU.: sus cifras no tienen ganancias ni pérdidas cambiarias.</translation>
    </message>
    <message>
      <source>The value at the period-end rate is not shown: no exchange rate for {currency} in force on {date} is recorded.</source>
      <translation>No se indica el valor al tipo de cierre del período: no hay ningún tipo de cambio de {currency} registrado vigente el {date}.</translation>
    </message>
    <message>
      <source>Exchange gain or loss = value in US$ at the period-end rate – value in US$ at the recorded rates. The value at the period-end rate is the total in {currency} × {rate} (the US$ value of 1 {currency} on {date}), rounded to the cent; the recorded rates are those of the day each amount was approved or spent. More US$ than recorded is an exchange gain, fewer an exchange loss.</source>
      <translation>Ganancia o pérdida cambiaria = valor en dólares de los EE.UU. al tipo de cierre del período – valor en dólares de los EE.UU. a los tipos registrados. El valor al tipo de cierre del período es el total en {currency} × {rate} (el valor en dólares de los EE.UU. de 1 {currency} al {date}), redondeado al centavo; los tipos registrados son los del día en que cada monto se aprobó o se gastó. Un valor en dólares superior al registrado es una ganancia cambiaria; uno inferior, una pérdida cambiaria.</translation>
    </message>
    <message>
      <source>For the funding: {currency} {amount} × {rate} = US$ {at_end}; less US$ {recorded} at the recorded rates: {result}.</source>
      <translation>Para la financiación: {currency} {amount} × {rate} = US$ {at_end}; menos US$ {recorded} a los tipos registrados: {result}.</translation>
    </message>
    <message>
      <source>For the expenditure: {currency} {amount} × {rate} = US$ {at_end}; less US$ {recorded} at the recorded rates: {result}.</source>
      <translation>Para los gastos: {currency} {amount} × {rate} = US$ {at_end}; menos US$ {recorded} a los tipos registrados: {result}.</translation>
    </message>
    <message>
      <source>For the budget not yet spent: US$ {budget} – US$ {spent} = US$ {at_end} at the period-end rate, against US$ {recorded} at the recorded rates: {result}.</source>
      <translation>Para el presupuesto aún no gastado: US$ {budget} – US$ {spent} = US$ {at_end} al tipo de cierre del período, frente a US$ {recorded} a los tipos registrados: {result}.</translation>
    </message>
    <message>
      <source>Certification</source>
      <translation>Certificación</translation>
    </message>
    <message>
      <source>We certify that the expenditure shown above was incurred for the purposes of the project and is recorded in the ILO's accounts.</source>
      <translation>Certificamos que los gastos indicados arriba se efectuaron para los fines del proyecto y están registrados en las cuentas de la OIT.</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Preparado por</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Aprobado por</translation>
    </message>
  </context>
  <context>
    <name>ImpactReport</name>
    <message>
      <source>What re-planning the out-of-date plans would change</source>
      <translation>Lo que cambiaría la replanificación de los planes desactualizados</translation>
    </message>
    <message>
      <source>Impact of the rule set {rule_set} on the portfolio</source>
      <translation>Impacto del conjunto de reglas {rule_set} en la cartera</translation>
    </message>
    <message>
      <source>Every project with planned dates and a budget, planned again under the rule set it follows</source>
      <translation>Cada proyecto con fechas previstas y un presupuesto, replanificado según el conjunto de reglas que sigue</translation>
    </message>
    <message>
      <source>The projects whose evaluation plan was computed from other dates, budget or rules, each under the rule set it would follow</source>
      <translation>Los proyectos cuyo plan de evaluación se calculó con otras fechas, otro presupuesto u otras reglas, cada uno según el conjunto de reglas que seguiría</translation>
    </message>
    <message>
      <source>The projects that would follow this rule set once adopted: those it is assigned to and, when it is the policy in force, those not yet approved that follow the policy in force</source>
      <translation>Los proyectos que seguirían este conjunto de reglas una vez adoptado: aquellos a los que está asignado y, cuando es la política vigente, los aún no aprobados que siguen la política vigente</translation>
    </message>
    <message>
      <source>Every project with planned dates and a budget, as if this rule set applied to each</source>
      <translation>Cada proyecto con fechas previstas y un presupuesto, como si este conjunto de reglas se aplicara a cada uno</translation>
    </message>
    <message>
      <source>Impact of evaluation rules</source>
      <translation>Impacto de las reglas de evaluación</translation>
    </message>
    <message>
      <source>Which projects would gain, lose or move an evaluation, or see the independence requirement change, and why.</source>
      <translation>Qué proyectos ganarían, perderían o moverían una evaluación, o verían cambiar la exigencia de independencia, y por qué.</translation>
    </message>
    <message>
      <source>evaluation; rules; impact</source>
      <translation>evaluación; reglas; impacto</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>As of {date}; nothing was changed in the portfolio</source>
      <translation>A {date}; no se ha modificado nada en la cartera</translation>
    </message>
    <message>
      <source>Rule set</source>
      <translation>Conjunto de reglas</translation>
    </message>
    <message>
      <source>In force from</source>
      <translation>Vigente desde</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Projects looked at</source>
      <translation>Proyectos examinados</translation>
    </message>
    <message>
      <source>Projects checked</source>
      <translation>Proyectos verificados</translation>
    </message>
    <message>
      <source>Projects that would change</source>
      <translation>Proyectos que cambiarían</translation>
    </message>
    <message>
      <source>Left out (rule set not available)</source>
      <translation>Excluidos (conjunto de reglas no disponible)</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>Generado</translation>
    </message>
    <message>
      <source>{date} at {time}</source>
      <translation>{date} a las {time}</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Cambio</translation>
    </message>
    <message>
      <source>What it means</source>
      <translation>Qué significa</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Evaluaciones</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <source>an evaluation the project does not have now would be required (added, or required again)</source>
      <translation>se exigiría una evaluación que el proyecto no tiene ahora (añadida, o exigida de nuevo)</translation>
    </message>
    <message>
      <source>a planned evaluation would no longer be required (kept, marked as such)</source>
      <translation>una evaluación prevista dejaría de exigirse (se conserva, marcada como tal)</translation>
    </message>
    <message>
      <source>a planned evaluation would be due on another date</source>
      <translation>una evaluación prevista vencería en otra fecha</translation>
    </message>
    <message>
      <source>an evaluation would have to be independent, or no longer</source>
      <translation>una evaluación tendría que ser independiente, o dejaría de tener que serlo</translation>
    </message>
    <message>
      <source>A project may have several changes, so the projects are not added up; those that would change are counted above. Completed, waived and ongoing evaluations are never removed; a change of wording alone is not listed.</source>
      <translation>Un proyecto puede tener varios cambios, por lo que los proyectos no se suman; los que cambiarían se cuentan más arriba. Las evaluaciones finalizadas, dispensadas o en curso nunca se eliminan; un simple cambio de redacción no se lista.</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Would follow it</source>
      <translation>Lo seguiría</translation>
    </message>
    <message>
      <source>Rule set now</source>
      <translation>Conjunto de reglas actual</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <source>Due now</source>
      <translation>Vencimiento actual</translation>
    </message>
    <message>
      <source>Due after</source>
      <translation>Vencimiento después</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Cambios</translation>
    </message>
    <message>
      <source>Each change to a project's evaluation plan, as of {date}</source>
      <translation>Cada cambio en el plan de evaluación de un proyecto, a {date}</translation>
    </message>
    <message>
      <source>{action}: {detail}</source>
      <translation>{action}: {detail}</translation>
    </message>
    <message>
      <source>No project's evaluation plan would change.</source>
      <translation>No cambiaría el plan de evaluación de ningún proyecto.</translation>
    </message>
  </context>
  <context>
    <name>PortfolioReport</name>
    <message>
      <source>V.1 Approvals by source</source>
      <translation>V.1 Aprobaciones por fuente</translation>
    </message>
    <message>
      <source>Table V.1: approvals by source for two periods, averages, shares and % change; then the same by partner category</source>
      <translation>Cuadro V.1: aprobaciones por fuente en dos períodos, promedios, porcentajes y variación en %; luego lo mismo por categoría de socio</translation>
    </message>
    <message>
      <source>Annex 2 Approvals by partner</source>
      <translation>Anexo 2 Aprobaciones por socio</translation>
    </message>
    <message>
      <source>Annex 2: approvals by partner and year, grouped by category with subtotals; chart of approvals per year</source>
      <translation>Anexo 2: aprobaciones por socio y año, agrupadas por categoría con subtotales; gráfico de las aprobaciones por año</translation>
    </message>
    <message>
      <source>Annex 1 Local resources</source>
      <translation>Anexo 1 Recursos locales</translation>
    </message>
    <message>
      <source>Annex 1: locally mobilized resources compared with total approvals, by category (1A) and by strategic objective (1B)</source>
      <translation>Anexo 1: recursos movilizados localmente comparados con el total de aprobaciones, por categoría (1A) y por objetivo estratégico (1B)</translation>
    </message>
    <message>
      <source>Annex 3 Exp by objective</source>
      <translation>Anexo 3 Gastos por objetivo</translation>
    </message>
    <message>
      <source>Annex 3: expenditure by strategic objective and year</source>
      <translation>Anexo 3: gastos por objetivo estratégico y año</translation>
    </message>
    <message>
      <source>Annex 4 Region x objective</source>
      <translation>Anexo 4 Región x objetivo</translation>
    </message>
    <message>
      <source>Annex 4: expenditure by region and strategic objective, average a year</source>
      <translation>Anexo 4: gastos por región y objetivo estratégico, promedio anual</translation>
    </message>
    <message>
      <source>V.2 Expenditure by region</source>
      <translation>V.2 Gastos por región</translation>
    </message>
    <message>
      <source>Table V.2: expenditure by region and year, each region's share; chart</source>
      <translation>Cuadro V.2: gastos por región y año, porcentaje de cada región; gráfico</translation>
    </message>
    <message>
      <source>Fig V.5 Type of expenditure</source>
      <translation>Gráf. V.5 Tipo de gasto</translation>
    </message>
    <message>
      <source>Figure V.5: expenditure by type of assistance; chart of shares</source>
      <translation>Gráfico V.5: gastos por tipo de asistencia; gráfico de porcentajes</translation>
    </message>
    <message>
      <source>Delivery rate</source>
      <translation>Tasa de ejecución</translation>
    </message>
    <message>
      <source>Delivery rate by region of the projects running in the period</source>
      <translation>Tasa de ejecución por región de los proyectos en curso durante el período</translation>
    </message>
    <message>
      <source>Portfolio statistics {period}</source>
      <translation>Estadísticas de la cartera {period}</translation>
    </message>
    <message>
      <source>Development cooperation: approvals, expenditure and delivery</source>
      <translation>Cooperación para el desarrollo: aprobaciones, gastos y ejecución</translation>
    </message>
    <message>
      <source>Approvals and expenditure {period} in the layout of the ILO's report on technical cooperation (Tables V.1, V.2, Figure V.5 and Annexes 1-4); comparison period {compare}.</source>
      <translation>Aprobaciones y gastos {period} según la presentación del informe de la OIT sobre la cooperación técnica (cuadros V.1 y V.2, gráfico V.5 y anexos 1 a 4); período de comparación {compare}.</translation>
    </message>
    <message>
      <source>portfolio; approvals; expenditure; delivery</source>
      <translation>cartera; aprobaciones; gastos; ejecución</translation>
    </message>
    <message>
      <source>{period} (Tables V.1 and V.2)</source>
      <translation>{period} (cuadros V.1 y V.2)</translation>
    </message>
    <message>
      <source>{period} (Tables V.1 and V.2) - the same number of years just before the period</source>
      <translation>{period} (cuadros V.1 y V.2) - el mismo número de años justo antes del período</translation>
    </message>
    <message>
      <source>Nil report: nothing is recorded for {period} (no extra-budgetary approval and no expenditure), so there are no tables.</source>
      <translation>Informe negativo: no hay nada registrado para {period} (ninguna aprobación extrapresupuestaria ni gasto), por lo que el informe no contiene cuadros.</translation>
    </message>
    <message>
      <source>Portfolio statistics, {period}</source>
      <translation>Estadísticas de la cartera, {period}</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <source>Nil report</source>
      <translation>Informe negativo</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtros</translation>
    </message>
    <message>
      <source>None: the whole portfolio in the database</source>
      <translation>Ninguno: toda la cartera de la base de datos</translation>
    </message>
    <message numerus="yes">
      <source>{period} ({count} year(s)): approvals by year of approval, expenditure by year</source>
      <translation>
        <numerusform>{period} ({count} año): aprobaciones por año de aprobación, gastos por año</numerusform>
        <numerusform>{period} ({count} años): aprobaciones por año de aprobación, gastos por año</numerusform>
      </translation>
    </message>
    <message>
      <source>Comparison period</source>
      <translation>Período de comparación</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Aprobaciones</translation>
    </message>
    <message>
      <source>Extra-budgetary funding approved in the period: earmarked (XB) and direct/domestic trust funds; voluntary core funding (RBSA) and the regular budget (RBTC) are not approvals</source>
      <translation>Financiación extrapresupuestaria aprobada en el período: asignada para fines específicos (XB) y fondos fiduciarios directos/nacionales; las contribuciones voluntarias básicas (CSPO) y el presupuesto ordinario (CTPO) no son aprobaciones</translation>
    </message>
    <message>
      <source>Evaluation rule set</source>
      <translation>Normas de evaluación</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Unidades</translation>
    </message>
    <message>
      <source>US$'000 in Table V.1, Annexes 2-4, Table V.2 and Figure V.5; US$ million in Annex 1; US$ in the delivery rate. Cells hold exact amounts; only the display is rounded</source>
      <translation>Miles de US$ en el cuadro V.1, los anexos 2 a 4, el cuadro V.2 y el gráfico V.5; millones de US$ en el anexo 1; US$ en la tasa de ejecución. Las celdas contienen los importes exactos; solo la presentación está redondeada</translation>
    </message>
    <message>
      <source>Totals, subtotals, averages, shares and % changes are live Excel formulas over the amounts shown.</source>
      <translation>Los totales, subtotales, promedios, porcentajes y variaciones en % son fórmulas de Excel activas sobre los importes mostrados.</translation>
    </message>
    <message>
      <source>A share of a period is the share of the period's total (weighted by amount), computed from unrounded values, so the rounded parts may not add up exactly to the rounded total.</source>
      <translation>El porcentaje de un período es el porcentaje del total del período (ponderado por importe), calculado con valores sin redondear, por lo que la suma de las partes redondeadas puede no coincidir exactamente con el total redondeado.</translation>
    </message>
    <message>
      <source>Table V.1. Approvals of extra-budgetary funding (US$'000)</source>
      <translation>Cuadro V.1. Aprobaciones de financiación extrapresupuestaria (miles de US$)</translation>
    </message>
    <message>
      <source>Average {earlier} compared with average {later}; US$'000</source>
      <translation>Promedio {earlier} comparado con el promedio {later}; miles de US$</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>Other sources: direct trust funds, non-state actors, international financial institutions, the European Union and other intergovernmental organizations.</source>
      <translation>Otras fuentes: fondos fiduciarios directos, actores no estatales, instituciones financieras internacionales, la Unión Europea y otras organizaciones intergubernamentales.</translation>
    </message>
    <message>
      <source>Partner category</source>
      <translation>Categoría de socio</translation>
    </message>
    <message>
      <source>Average = period total / number of years ({earlier} and {later}). % share = share of the period's average total. % change = (average of the later period - average of the earlier) / average of the earlier.</source>
      <translation>Promedio = total del período / número de años ({earlier} y {later}). % del total = porcentaje del total promedio del período. Variación en % = (promedio del período más reciente - promedio del más antiguo) / promedio del más antiguo.</translation>
    </message>
    <message>
      <source>No data recorded for {period}: its column is left empty.</source>
      <translation>No hay datos registrados para {period}: su columna se deja vacía.</translation>
    </message>
    <message>
      <source>No data recorded for {period}: the comparison columns and the % change are left empty.</source>
      <translation>No hay datos registrados para {period}: las columnas de comparación y la variación en % se dejan vacías.</translation>
    </message>
    <message>
      <source>Data are recorded for {years} only, not for {missing}: the shares of {period} are those of the years recorded.</source>
      <translation>Solo hay datos registrados para {years}, no para {missing}: las partes de {period} son las de los años registrados.</translation>
    </message>
    <message>
      <source>Data are recorded for {years} only, not for {missing}; the averages of {period} still divide by {count} years.</source>
      <translation>Solo hay datos registrados para {years}, no para {missing}; los promedios de {period} se siguen calculando sobre {count} años.</translation>
    </message>
    <message>
      <source>No data recorded</source>
      <translation>No hay datos registrados</translation>
    </message>
    <message>
      <source>Annex 2. Approvals by donor category (US$'000), {period}</source>
      <translation>Anexo 2. Aprobaciones por categoría de donante (miles de US$), {period}</translation>
    </message>
    <message>
      <source>Extra-budgetary approvals by year of approval; US$'000; within a category, partners by descending total</source>
      <translation>Aprobaciones extrapresupuestarias por año de aprobación; miles de US$; dentro de cada categoría, socios por total descendente</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Socio</translation>
    </message>
    <message>
      <source>Subtotal {group}</source>
      <translation>Subtotal {group}</translation>
    </message>
    <message numerus="yes">
      <source>Average = total / {count} year(s); % share = the partner's total / the total of all partners. Blank year cells and dashes mean no approval that year.</source>
      <translation>
        <numerusform>Promedio = total / {count} año; % del total = total del socio / total de todos los socios. Una celda vacía o un guion significa que no hubo aprobación ese año.</numerusform>
        <numerusform>Promedio = total / {count} años; % del total = total del socio / total de todos los socios. Una celda vacía o un guion significa que no hubo aprobación ese año.</numerusform>
      </translation>
    </message>
    <message>
      <source>Approvals per year by partner category (US$'000)</source>
      <translation>Aprobaciones por año y categoría de socio (miles de US$)</translation>
    </message>
    <message>
      <source>Annex 1. Local resource mobilization compared with total approvals, {period}</source>
      <translation>Anexo 1. Movilización de recursos locales comparada con el total de aprobaciones, {period}</translation>
    </message>
    <message>
      <source>US$ million; locally mobilized = approvals flagged as negotiated locally by field offices</source>
      <translation>Millones de US$; movilizado localmente = aprobaciones señaladas como negociadas localmente por las oficinas exteriores</translation>
    </message>
    <message>
      <source>A. By donor category</source>
      <translation>A. Por categoría de donante</translation>
    </message>
    <message>
      <source>No project or objective recorded</source>
      <translation>Ningún proyecto u objetivo indicado</translation>
    </message>
    <message>
      <source>B. By strategic objective</source>
      <translation>B. Por objetivo estratégico</translation>
    </message>
    <message>
      <source>Locally mobilized / total XB-TC = locally mobilized approvals / all extra-budgetary approvals of the same years ({period}).</source>
      <translation>Movilizado localmente / total CTXP = aprobaciones movilizadas localmente / todas las aprobaciones extrapresupuestarias de los mismos años ({period}).</translation>
    </message>
    <message>
      <source>In the ILO's 2006 report, Annex 1A's row 'Other intergovernmental organizations' is the European Union's figure; this report shows the European Union and other intergovernmental organizations separately.</source>
      <translation>En el informe de la OIT de 2006, la fila «Otras organizaciones intergubernamentales» del anexo 1A corresponde a la cifra de la Unión Europea; el presente informe muestra por separado la Unión Europea y las demás organizaciones intergubernamentales.</translation>
    </message>
    <message>
      <source>No approval of {period} is recorded as locally mobilized.</source>
      <translation>Ninguna aprobación de {period} está registrada como movilizada localmente.</translation>
    </message>
    <message>
      <source>Locally mobilized approvals are recorded from {first} on: this annex covers {covered}, not the whole of {period}, so that the share of locally mobilized resources is not understated. Annex 2 gives the approvals of every year of {period}.</source>
      <translation>Las aprobaciones movilizadas localmente se registran a partir de {first}: este anexo abarca {covered} y no todo {period}, para no subestimar la parte de los recursos movilizados localmente. El anexo 2 presenta las aprobaciones de cada año de {period}.</translation>
    </message>
    <message>
      <source>Total XB-TC</source>
      <translation>Total CTXP</translation>
    </message>
    <message>
      <source>Locally mobilized</source>
      <translation>Movilizado localmente</translation>
    </message>
    <message>
      <source>Locally mobilized / total XB-TC</source>
      <translation>Movilizado localmente / total CTXP</translation>
    </message>
    <message>
      <source>{value} %</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <source>Demonstration data: the historical part of the demonstration portfolio reproduces, for 2000-2004, the statistical tables of the ILO's 2006 report 'The role of the ILO in technical cooperation': Tables V.1 and V.2 (with their 1995-1999 columns), Annex 1A and Annex 2 cell for cell at the printed rounding, and Annex 1B except its row 'Integration' (see the note on that sheet). Annex 3 and most of Figure V.5 are not reproduced: their values are not printed in the text of that report from which the data were built, so those figures are illustrative (see the notes on those sheets).</source>
      <translation>Datos de demostración: la parte histórica de la cartera de demostración reproduce, para 2000-2004, los cuadros estadísticos del informe de la OIT de 2006 «El papel de la OIT en la cooperación técnica»: los cuadros V.1 y V.2 (con sus columnas de 1995-1999), el anexo 1A y el anexo 2 celda por celda con el redondeo impreso, y el anexo 1B salvo su fila «Integración» (véase la nota de esa hoja). El anexo 3 y la mayor parte del gráfico V.5 no se reproducen: sus valores no figuran en el texto de ese informe a partir del cual se elaboraron los datos, por lo que esas cifras son ilustrativas (véanse las notas de esas hojas).</translation>
    </message>
    <message>
      <source>Demonstration data: the 2006 report's Annex 1B has a row 'Integration' (policy integration: US${total} million, of which US${local} million locally mobilized) that this classification of strategic objectives does not have; those approvals are counted under 'Others', which therefore shows US${others} million ({share}) instead of US${printed} million ({printed_share}). The other rows are as printed.</source>
      <translation>Datos de demostración: el anexo 1B del informe de 2006 tiene una fila «Integración» (integración de políticas: {total} millones de US$, de los cuales {local} millones movilizados localmente) que esta clasificación de objetivos estratégicos no tiene; esas aprobaciones se cuentan en «Otros», que por ello muestra {others} millones de US$ ({share}) en lugar de {printed} millones ({printed_share}). Las demás filas son las impresas.</translation>
    </message>
    <message>
      <source>Demonstration data: this table does not reproduce the 2006 report's Annex 3, whose values are not printed in the text from which the data were built. It follows that report's text: expenditure of US${first} million in 2000 and US${second} million in 2003, social protection {protection} and social dialogue {dialogue} of 2000-2004.</source>
      <translation>Datos de demostración: este cuadro no reproduce el anexo 3 del informe de 2006, cuyos valores no figuran en el texto a partir del cual se elaboraron los datos. Sigue el texto de ese informe: gastos de {first} millones de US$ en 2000 y de {second} millones en 2003, protección social {protection} y diálogo social {dialogue} de 2000-2004.</translation>
    </message>
    <message>
      <source>Demonstration data: of the 2006 report's Figure V.5 only two shares for 2000-2004 are printed in the text from which the data were built, subcontracts {subcontracts} and other personnel {personnel}; these are reproduced, the other shares are illustrative.</source>
      <translation>Datos de demostración: del gráfico V.5 del informe de 2006 solo figuran dos partes para 2000-2004 en el texto a partir del cual se elaboraron los datos, subcontratos {subcontracts} y otro personal {personnel}; se reproducen, las demás partes son ilustrativas.</translation>
    </message>
    <message>
      <source>ILO, The role of the ILO in technical cooperation, 2006</source>
      <translation>OIT, El papel de la OIT en la cooperación técnica, 2006</translation>
    </message>
    <message>
      <source>Annex 3. Technical cooperation expenditure by strategic objective (US$'000), {period}</source>
      <translation>Anexo 3. Gastos de cooperación técnica por objetivo estratégico (miles de US$), {period}</translation>
    </message>
    <message>
      <source>All sources of funds; US$'000</source>
      <translation>Todas las fuentes de fondos; miles de US$</translation>
    </message>
    <message>
      <source>Strategic objective</source>
      <translation>Objetivo estratégico</translation>
    </message>
    <message>
      <source>'Others': cross-cutting activities, management services, miscellaneous and field offices where there is no specific technical field ({source}).</source>
      <translation>«Otros»: actividades transversales, servicios de gestión, varios y oficinas exteriores cuando no hay un ámbito técnico específico ({source}).</translation>
    </message>
    <message>
      <source>Annex 4. Expenditure by region and strategic objective: average, {period} (US$'000)</source>
      <translation>Anexo 4. Gastos por región y objetivo estratégico: promedio, {period} (miles de US$)</translation>
    </message>
    <message>
      <source>Average a year = expenditure {period} / {count}; all project expenditure; US$'000</source>
      <translation>Promedio anual = gastos {period} / {count}; todos los gastos de los proyectos; miles de US$</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Región</translation>
    </message>
    <message>
      <source>Table V.2. Share of total technical cooperation expenditure by region, {period}</source>
      <translation>Cuadro V.2. Porcentaje del total de gastos de cooperación técnica por región, {period}</translation>
    </message>
    <message>
      <source>Expenditure in US$'000, then each region's share of the year's total, compared with {earlier}</source>
      <translation>Gastos en miles de US$, luego la parte de cada región en el total del año, comparada con {earlier}</translation>
    </message>
    <message>
      <source>Expenditure (US$'000)</source>
      <translation>Gastos (miles de US$)</translation>
    </message>
    <message>
      <source>An average column is the region's share of that period's total expenditure (weighted by amount), not the mean of the yearly shares.</source>
      <translation>Una columna de promedio es la parte de la región en el total de gastos de ese período (ponderada por los importes), no la media de las partes anuales.</translation>
    </message>
    <message>
      <source>Expenditure by region (US$'000)</source>
      <translation>Gastos por región (miles de US$)</translation>
    </message>
    <message>
      <source>Share of total expenditure (%)</source>
      <translation>Parte del total de gastos (%)</translation>
    </message>
    <message>
      <source>Figure V.5. Technical cooperation expenditure by type of assistance, {period}</source>
      <translation>Gráfico V.5. Gastos de cooperación técnica por tipo de asistencia, {period}</translation>
    </message>
    <message>
      <source>US$'000; % share of the period's total</source>
      <translation>Miles de US$; porcentaje del total del período</translation>
    </message>
    <message>
      <source>Type of assistance</source>
      <translation>Tipo de asistencia</translation>
    </message>
    <message>
      <source>'Miscellaneous' holds expenditure of no other listed type, so that the totals reconcile.</source>
      <translation>«Varios» agrupa los gastos que no corresponden a ningún otro tipo de la lista, para que los totales cuadren.</translation>
    </message>
    <message>
      <source>Expenditure by type of assistance, {period}</source>
      <translation>Gastos por tipo de asistencia, {period}</translation>
    </message>
    <message>
      <source>Delivery rate by region, projects running in {period}</source>
      <translation>Tasa de ejecución por región, proyectos en curso en {period}</translation>
    </message>
    <message>
      <source>US$; expenditure up to the end of {year} over the current approved budget</source>
      <translation>US$; gastos hasta el final de {year} respecto del presupuesto aprobado vigente</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <source>Approved budget (US$)</source>
      <translation>Presupuesto aprobado (US$)</translation>
    </message>
    <message>
      <source>Expenditure to end {year} (US$)</source>
      <translation>Gastos hasta fin de {year} (US$)</translation>
    </message>
    <message>
      <source>Delivery rate = cumulative expenditure / current approved budget, both in US$. Projects: approved or later stages, not cancelled, whose planned dates overlap the period.</source>
      <translation>Tasa de ejecución = gastos acumulados / presupuesto aprobado vigente, ambos en US$. Proyectos: en la etapa de aprobación o posterior, no cancelados, cuyas fechas previstas coinciden con el período.</translation>
    </message>
    <message>
      <source>Reference band, not a rule: ILO delivery 'averages between 60 and 70 per cent each year' ({source}).</source>
      <translation>Franja de referencia, no una norma: la ejecución de la OIT «se sitúa en promedio entre el 60 y el 70 por ciento cada año» ({source}).</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Total {period}</source>
      <translation>Total {period}</translation>
    </message>
    <message>
      <source>US$</source>
      <translation>US$</translation>
    </message>
    <message>
      <source>% share</source>
      <translation>% del total</translation>
    </message>
    <message>
      <source>Average {period}</source>
      <translation>Promedio {period}</translation>
    </message>
    <message>
      <source>% change</source>
      <translation>Variación en %</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Promedio</translation>
    </message>
    <message>
      <source>US$'000</source>
      <translation>Miles de US$</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Período</translation>
    </message>
    <message>
      <source>Page &amp;P of &amp;N</source>
      <translation>Página &amp;P de &amp;N</translation>
    </message>
    <message>
      <source>Printed &amp;D</source>
      <translation>Impreso el &amp;D</translation>
    </message>
    <message>
      <source>DEMO DATA</source>
      <translation>DATOS DE DEMOSTRACIÓN</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Informe</translation>
    </message>
  </context>
  <context>
    <name>ReportChecks</name>
    <message>
      <source>Funding above budget</source>
      <translation>Financiación superior al presupuesto</translation>
    </message>
    <message>
      <source>Funding without budget</source>
      <translation>Financiación sin presupuesto</translation>
    </message>
    <message>
      <source>Expenditure above budget</source>
      <translation>Gastos superiores al presupuesto</translation>
    </message>
    <message>
      <source>Budget lines</source>
      <translation>Partidas presupuestarias</translation>
    </message>
    <message>
      <source>Past its end date</source>
      <translation>Fecha de fin superada</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>No iniciado</translation>
    </message>
    <message>
      <source>Actual end date</source>
      <translation>Fecha de fin real</translation>
    </message>
    <message>
      <source>No evaluation plan</source>
      <translation>Sin plan de evaluación</translation>
    </message>
    <message>
      <source>Independent evaluation</source>
      <translation>Evaluación independiente</translation>
    </message>
    <message>
      <source>Completion date</source>
      <translation>Fecha de finalización</translation>
    </message>
    <message>
      <source>Expenditure outside the project's dates</source>
      <translation>Gastos fuera de las fechas del proyecto</translation>
    </message>
    <message>
      <source>{currency} {amount}</source>
      <translation>{amount} {currency}</translation>
    </message>
    <message>
      <source>{partner}'s funding of {amount}</source>
      <translation>La financiación de {partner}, de {amount},</translation>
    </message>
    <message>
      <source>Funding from {partners} of {amount}</source>
      <translation>La financiación de {partners}, de {amount},</translation>
    </message>
    <message>
      <source>Funding of {amount}</source>
      <translation>La financiación de {amount}</translation>
    </message>
    <message>
      <source>Expenditure of {amount}</source>
      <translation>El gasto de {amount}</translation>
    </message>
    <message>
      <source>Funding of {amount} is recorded, but the project has no budget.</source>
      <translation>Se registra una financiación de {amount}, pero el proyecto no tiene presupuesto.</translation>
    </message>
    <message>
      <source>{subject} exceeds the project's budget of {budget} by {difference}.</source>
      <translation>{subject} supera en {difference} el presupuesto del proyecto, de {budget}.</translation>
    </message>
    <message>
      <source>{subject} exceeds the project's budget of {budget} by {difference}, from the exchange rates only: in {currency} it is {own_amount}, within the budget of {own_budget}.</source>
      <translation>{subject} supera en {difference} el presupuesto del proyecto, de {budget}, solo por los tipos de cambio: en {currency} es de {own_amount}, dentro del presupuesto de {own_budget}.</translation>
    </message>
    <message numerus="yes">
      <source>Its %n budget line(s) total {total}, but the project has no budget.</source>
      <translation>
        <numerusform>Su partida presupuestaria (%n) suma {total}, pero el proyecto no tiene presupuesto.</numerusform>
        <numerusform>Sus %n partidas presupuestarias suman {total}, pero el proyecto no tiene presupuesto.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n budget line(s) total {total}, {difference} less than the project's budget of {budget}.</source>
      <translation>
        <numerusform>Su partida presupuestaria (%n) suma {total}, {difference} menos que el presupuesto del proyecto, de {budget}.</numerusform>
        <numerusform>Sus %n partidas presupuestarias suman {total}, {difference} menos que el presupuesto del proyecto, de {budget}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n budget line(s) total {total}, {difference} more than the project's budget of {budget}.</source>
      <translation>
        <numerusform>Su partida presupuestaria (%n) suma {total}, {difference} más que el presupuesto del proyecto, de {budget}.</numerusform>
        <numerusform>Sus %n partidas presupuestarias suman {total}, {difference} más que el presupuesto del proyecto, de {budget}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Its end date, {end}, has passed, but the project is still recorded in implementation.</source>
      <translation>Su fecha de fin, el {end}, ya pasó, pero el proyecto sigue registrado en ejecución.</translation>
    </message>
    <message>
      <source>Approved to start on {start}, but its implementation is not recorded as started.</source>
      <translation>Aprobado para iniciarse el {start}, pero el inicio de su ejecución no está registrado.</translation>
    </message>
    <message>
      <source>The project is closed, but its actual end date is not recorded.</source>
      <translation>El proyecto está cerrado, pero su fecha de fin real no está registrada.</translation>
    </message>
    <message>
      <source>Its actual end date, {end}, is before its planned start, {start}.</source>
      <translation>Su fecha de fin real, el {end}, es anterior a su inicio previsto, el {start}.</translation>
    </message>
    <message>
      <source>The project has started, but without a budget and planned dates its required evaluations cannot be planned.</source>
      <translation>El proyecto se ha iniciado, pero sin presupuesto ni fechas previstas no se pueden planificar sus evaluaciones requeridas.</translation>
    </message>
    <message>
      <source>{evaluation}: required to be independent, but completed as a self-evaluation.</source>
      <translation>{evaluation}: debía ser independiente, pero se finalizó como autoevaluación.</translation>
    </message>
    <message>
      <source>{evaluation}: recorded as completed, without a completion date.</source>
      <translation>{evaluation}: registrada como finalizada, sin fecha de finalización.</translation>
    </message>
    <message>
      <source>{evaluation}: recorded as completed on {date}, a date still to come.</source>
      <translation>{evaluation}: registrada como finalizada el {date}, una fecha aún por llegar.</translation>
    </message>
    <message numerus="yes">
      <source>Expenditure of {amount} is recorded for %n year(s) outside the project's dates ({start} to {end}): {years}.</source>
      <translation>
        <numerusform>Se registran gastos de {amount} para %n año fuera de las fechas del proyecto (del {start} al {end}): {years}.</numerusform>
        <numerusform>Se registran gastos de {amount} para %n años fuera de las fechas del proyecto (del {start} al {end}): {years}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Control</translation>
    </message>
    <message>
      <source>What is wrong</source>
      <translation>Problema</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Constatado</translation>
    </message>
    <message>
      <source>Compared with</source>
      <translation>Comparado con</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Diferencia</translation>
    </message>
    <message>
      <source>Checks</source>
      <translation>Controles</translation>
    </message>
    <message>
      <source>Checks as of {date}</source>
      <translation>Controles al {date}</translation>
    </message>
    <message>
      <source>Records that disagree with each other on {date}: to correct, or to explain to the partner, before the report is sent</source>
      <translation>Datos incoherentes entre sí al {date}: para corregir, o explicar al socio, antes de enviar el informe</translation>
    </message>
    <message>
      <source>No inconsistencies found.</source>
      <translation>No se encontraron incoherencias.</translation>
    </message>
  </context>
  <context>
    <name>ReportCover</name>
    <message>
      <source>Amounts are in US$, converted at the rate recorded on each record (each funding line, budget and expenditure line keeps its own rate and its US$ value, rounded once to the cent when it was saved).</source>
      <translation>Los importes están en US$, convertidos al tipo de cambio registrado en cada registro (cada línea de financiación, presupuesto y línea de gastos conserva su propio tipo y su valor en US$, redondeado una sola vez al centavo al guardarse).</translation>
    </message>
    <message>
      <source>DEMO DATA: a demonstration portfolio with illustrative figures; not real ILO figures.</source>
      <translation>DATOS DE DEMOSTRACIÓN: una cartera de demostración con cifras ilustrativas; no son cifras reales de la OIT.</translation>
    </message>
    <message numerus="yes">
      <source>Includes DEMO DATA: {demo} of {count} project(s) are demo records (illustrative, not real ILO figures).</source>
      <translation>
        <numerusform>Incluye DATOS DE DEMOSTRACIÓN: de {count} registro, {demo} es de demostración (cifras ilustrativas, no cifras reales de la OIT).</numerusform>
        <numerusform>Incluye DATOS DE DEMOSTRACIÓN: de {count} registros, {demo} son de demostración (cifras ilustrativas, no cifras reales de la OIT).</numerusform>
      </translation>
    </message>
    <message>
      <source>ILO evaluation framework of November 2002 (GB.285/PFA/10)</source>
      <translation>Marco de evaluación de la OIT de noviembre de 2002 (GB.285/PFA/10)</translation>
    </message>
    <message>
      <source>{title}, version {version}</source>
      <translation>{title}, versión {version}</translation>
    </message>
    <message>
      <source>{name} (not found: its projects are treated as requiring no independent evaluation)</source>
      <translation>{name} (no encontradas: sus proyectos se consideran como proyectos que no requieren evaluación independiente)</translation>
    </message>
    <message>
      <source>none (no project records one)</source>
      <translation>ninguna (ningún proyecto indica normas)</translation>
    </message>
    <message>
      <source>{rule_sets}, as recorded on each project</source>
      <translation>{rule_sets}, según lo indicado en cada proyecto</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Generated on {date} at {time}</source>
      <translation>Generado el {date} a las {time}</translation>
    </message>
    <message>
      <source>Exchange rates</source>
      <translation>Tipos de cambio</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>Generado el</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Presentación</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>Datos de demostración</translation>
    </message>
    <message>
      <source>No: no demo records in this report.</source>
      <translation>No: ningún dato de demostración en este informe.</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Hoja</translation>
    </message>
    <message>
      <source>What it holds</source>
      <translation>Contenido</translation>
    </message>
  </context>
  <context>
    <name>ReportError</name>
    <message>
      <source>report cancelled; no file was written</source>
      <translation>informe cancelado; no se ha escrito ningún archivo</translation>
    </message>
    <message>
      <source>{option} {year} is not a plausible year ({first}-{last})</source>
      <translation>{option} {year} no es un año plausible ({first}-{last})</translation>
    </message>
    <message>
      <source>the period is empty: --from {first} is after --to {last}</source>
      <translation>el período está vacío: --from {first} es posterior a --to {last}</translation>
    </message>
    <message>
      <source>unknown report language {language}: choose one of {choices}</source>
      <translation>idioma de informe desconocido {language}: elija uno de {choices}</translation>
    </message>
    <message>
      <source>the report</source>
      <translation>el informe</translation>
    </message>
    <message>
      <source>{path}: the report file name must end in .xlsx</source>
      <translation>{path}: el nombre del archivo del informe debe terminar en .xlsx</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name ending in .xlsx</source>
      <translation>{path} es una carpeta; indique un nombre de archivo que termine en .xlsx</translation>
    </message>
    <message>
      <source>cannot write {path}: the folder {folder} does not exist</source>
      <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
      <source>cannot write {path}: {problem}</source>
      <translation>no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
      <source>cannot write {path}: {problem} (is it open in another program?)</source>
      <translation>no se puede escribir {path}: {problem} (¿está abierto en otro programa?)</translation>
    </message>
    <message>
      <source>give both --compare-from and --compare-to, or neither</source>
      <translation>indique a la vez --compare-from y --compare-to, o ninguno de los dos</translation>
    </message>
    <message>
      <source>cannot write the report: {problem}</source>
      <translation>no se puede escribir el informe: {problem}</translation>
    </message>
  </context>
  <context>
    <name>ReportLabel</name>
    <message>
      <source>report layouts, version 1</source>
      <translation>presentación de los informes, versión 1</translation>
    </message>
    <message>
      <source>Multi-bilateral donors</source>
      <translation>Donantes multibilaterales</translation>
    </message>
    <message>
      <source>Direct trust funds</source>
      <translation>Fondos fiduciarios directos</translation>
    </message>
    <message>
      <source>Non-state actors</source>
      <translation>Actores no estatales</translation>
    </message>
    <message>
      <source>IFIs (banks)</source>
      <translation>IFI (bancos)</translation>
    </message>
    <message>
      <source>United Nations</source>
      <translation>Naciones Unidas</translation>
    </message>
    <message>
      <source>European Union</source>
      <translation>Unión Europea</translation>
    </message>
    <message>
      <source>Other intergovernmental organizations</source>
      <translation>Otras organizaciones intergubernamentales</translation>
    </message>
    <message>
      <source>Other sources</source>
      <translation>Otras fuentes</translation>
    </message>
    <message>
      <source>Region not recorded</source>
      <translation>Región no indicada</translation>
    </message>
    <message>
      <source>Standards</source>
      <translation>Normas</translation>
    </message>
    <message>
      <source>Employment</source>
      <translation>Empleo</translation>
    </message>
    <message>
      <source>Social protection</source>
      <translation>Protección social</translation>
    </message>
    <message>
      <source>Social dialogue</source>
      <translation>Diálogo social</translation>
    </message>
    <message>
      <source>Others</source>
      <translation>Otros</translation>
    </message>
    <message>
      <source>Objective not recorded</source>
      <translation>Objetivo no indicado</translation>
    </message>
    <message>
      <source>Voluntary core funding (unearmarked, RBSA)</source>
      <translation>Contribuciones voluntarias básicas (no asignadas, CSPO)</translation>
    </message>
    <message>
      <source>Voluntary earmarked funding (XB)</source>
      <translation>Contribuciones voluntarias asignadas (XB)</translation>
    </message>
    <message>
      <source>Domestic trust fund</source>
      <translation>Fondo fiduciario nacional</translation>
    </message>
    <message>
      <source>Regular budget (RBTC)</source>
      <translation>Presupuesto ordinario (CTPO)</translation>
    </message>
  </context>
  <context>
    <name>ReportProgress</name>
    <message>
      <source>Summary by region and partner</source>
      <translation>Resumen por región y socio</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Evaluaciones</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Guardando</translation>
    </message>
    <message>
      <source>Written {name}</source>
      <translation>{name} escrito</translation>
    </message>
    <message>
      <source>Reading the partner's figures</source>
      <translation>Lectura de las cifras del socio</translation>
    </message>
    <message>
      <source>Financial statements</source>
      <translation>Estados financieros</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avance</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Conclusiones</translation>
    </message>
    <message>
      <source>Co-financing</source>
      <translation>Cofinanciación</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Cambios</translation>
    </message>
    <message>
      <source>Preparing</source>
      <translation>Preparación</translation>
    </message>
  </context>
</TS>
