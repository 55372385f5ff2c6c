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
      <source>Required evaluations of every project, overdue flags and the independence requirement.</source>
      <translation>Evaluaciones requeridas de cada proyecto, atrasos y requisito de independencia.</translation>
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
      <source>{date}: due dates are compared with this date; statuses are as recorded now</source>
      <translation>{date}: los plazos se comparan con esta fecha; los estados son los registrados hoy</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtros</translation>
    </message>
    <message>
      <source>Every project except cancelled ones (their evaluations are no longer due)</source>
      <translation>Todos los proyectos salvo los cancelados (sus evaluaciones ya no son exigibles)</translation>
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
      <source>Overdue: a mandatory evaluation past its due date and still planned or in progress.</source>
      <translation>Atrasada: una evaluación obligatoria cuyo plazo ha vencido y que sigue prevista o en curso.</translation>
    </message>
    <message>
      <source>Independence requirement: a project whose budget is over its rule set's threshold (ilo-2002: over US${amount}, strictly) needs at least one independent evaluation (independent internal or external) during its cycle; it is met by a completed one. Self-evaluation never counts.</source>
      <translation>Requisito de independencia: un proyecto cuyo presupuesto supera el umbral de sus normas (ilo-2002: estrictamente más de {amount} US$) requiere al menos una evaluación independiente (independiente interna o externa) durante su ciclo; el requisito se cumple cuando se finaliza una. La autoevaluación nunca cuenta.</translation>
    </message>
    <message>
      <source>Compliant: nothing overdue, and the independence requirement met where it applies.</source>
      <translation>Conforme: ningún atraso y el requisito de independencia cumplido cuando se aplica.</translation>
    </message>
    <message>
      <source>By partner: a project funded by several partners counts under each of them, so that table has no total; its last row repeats the portfolio total, each project counted once.</source>
      <translation>Por socio: un proyecto financiado por varios socios cuenta para cada uno de ellos, por lo que ese cuadro no tiene total; su última fila repite el total de la cartera, con cada proyecto contado una vez.</translation>
    </message>
    <message>
      <source>Projects that are not cancelled</source>
      <translation>Proyectos no cancelados</translation>
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
      <source>Overdue: mandatory, past due, still open</source>
      <translation>Atrasada: obligatoria, plazo vencido, aún abierta</translation>
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
      <source>Due</source>
      <translation>Plazo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>Días de atraso</translation>
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
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Required evaluations as of {date}</source>
      <translation>Evaluaciones requeridas al {date}</translation>
    </message>
    <message>
      <source>Mandatory evaluations of projects that are not cancelled</source>
      <translation>Evaluaciones obligatorias de los proyectos no cancelados</translation>
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
      <source>Contributions, projects, results and evaluations of {partner} ({code}), {period}.</source>
      <translation>Contribuciones, proyectos, resultados y evaluaciones de {partner} ({code}), {period}.</translation>
    </message>
    <message>
      <source>donor report; {code}</source>
      <translation>informe al donante; {code}</translation>
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
      <source>{period}: contributions by year of approval</source>
      <translation>{period}: contribuciones por año de aprobación</translation>
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
      <source>Evaluation status</source>
      <translation>Estado de las evaluaciones</translation>
    </message>
    <message>
      <source>As of {date}</source>
      <translation>Al {date}</translation>
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
      <source>The partner, its contributions per year by modality (with a chart) and the key figures of the projects it funds</source>
      <translation>El socio, sus contribuciones por año y modalidad (con un gráfico) y las cifras clave de los proyectos que financia</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <source>The projects it funds: countries, region, objective, stage, dates, budget, expenditure, delivery rate, next evaluation</source>
      <translation>Los proyectos que financia: países, región, objetivo, etapa, fechas, presupuesto, gastos, tasa de ejecución, próxima evaluación</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Indicators of those projects: baseline, target (expected), achieved, share of women</source>
      <translation>Indicadores de esos proyectos: línea de base, meta (prevista), logro, proporción de mujeres</translation>
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
      <source>Budget, expenditure and delivery rate are those of the whole project, which other partners may co-fund; the column 'Funding from {code}' is this partner's own share.</source>
      <translation>El presupuesto, los gastos y la tasa de ejecución son los del proyecto completo, que otros socios pueden cofinanciar; la columna «Financiación de {code}» es la parte propia de este socio.</translation>
    </message>
    <message>
      <source>Expenditure is cumulative up to the end of {year}; delivery rate = that expenditure / the current approved budget.</source>
      <translation>Los gastos son acumulados hasta el final de {year}; tasa de ejecución = esos gastos / el presupuesto aprobado vigente.</translation>
    </message>
    <message>
      <source>An indicator's target is what is expected; 'Achieved' is filled in only when results have been measured.</source>
      <translation>La meta de un indicador es lo previsto; «Logrado» solo se indica cuando los resultados se han medido.</translation>
    </message>
    <message>
      <source>{partner} ILO cooperation</source>
      <translation>{partner} – cooperación con la OIT</translation>
    </message>
    <message>
      <source>Donor report {period}; amounts in US$</source>
      <translation>Informe al donante {period}; importes en US$</translation>
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
      <source>Funding from {code} to these projects (all years)</source>
      <translation>Financiación de {code} a estos proyectos (todos los años)</translation>
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
      <source>Stage</source>
      <translation>Etapa</translation>
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
      <source>Funding from {code} (US$)</source>
      <translation>Financiación de {code} (US$)</translation>
    </message>
    <message>
      <source>Next evaluation</source>
      <translation>Próxima evaluación</translation>
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
      <source>Whole-project budget and expenditure in US$</source>
      <translation>Presupuesto y gastos del proyecto completo en US$</translation>
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
      <source>Target (expected)</source>
      <translation>Meta (prevista)</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Logrado</translation>
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
      <source>Results of the projects funded</source>
      <translation>Resultados de los proyectos financiados</translation>
    </message>
    <message>
      <source>Expected results (targets) are kept apart from results achieved</source>
      <translation>Los resultados previstos (metas) se distinguen de los resultados logrados</translation>
    </message>
    <message>
      <source>Expected: target not yet reached</source>
      <translation>Previsto: meta aún no alcanzada</translation>
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
      <source>Overdue: mandatory, due before {date} and still open</source>
      <translation>Atrasada: obligatoria, con plazo anterior al {date} y aún abierta</translation>
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
      <source>{period} (Table V.1)</source>
      <translation>{period} (cuadro V.1)</translation>
    </message>
    <message>
      <source>{period} (Table V.1) - the same number of years just before the period</source>
      <translation>{period} (cuadro V.1) – el mismo número de años justo antes del período</translation>
    </message>
    <message>
      <source>Portfolio statistics, {period}</source>
      <translation>Estadísticas de la cartera, {period}</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Período</translation>
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
      <source>Filters</source>
      <translation>Filtros</translation>
    </message>
    <message>
      <source>None: the whole portfolio in the database</source>
      <translation>Ninguno: toda la cartera de la base de datos</translation>
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
      <source>Other sources: direct trust funds, non-state actors, international financial institutions, the European Union and other intergovernmental organizations (Table V.1's footnote).</source>
      <translation>Otras fuentes: fondos fiduciarios directos, actores no estatales, instituciones financieras internacionales, la Unión Europea y otras organizaciones intergubernamentales (nota del cuadro V.1).</translation>
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
      <source>Annex 1A's 'Other intergovernmental organizations' row is the European Union's figure; this report keeps the EU and other intergovernmental organizations apart.</source>
      <translation>La fila «Otras organizaciones intergubernamentales» del anexo 1A corresponde a la cifra de la Unión Europea; este informe distingue la UE de las demás organizaciones intergubernamentales.</translation>
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
      <source>Expenditure in US$'000, then each region's share of the year's total</source>
      <translation>Gastos en miles de US$ y luego el porcentaje de cada región en el total del año</translation>
    </message>
    <message>
      <source>Expenditure (US$'000)</source>
      <translation>Gastos (miles de US$)</translation>
    </message>
    <message>
      <source>Share of the year's total (%)</source>
      <translation>Porcentaje del total del año (%)</translation>
    </message>
    <message>
      <source>The Period column is the region's share of the period's total expenditure (weighted by amount), not the mean of the yearly shares.</source>
      <translation>La columna Período es el porcentaje de la región en el total de gastos del período (ponderado por importe), no la media de los porcentajes anuales.</translation>
    </message>
    <message>
      <source>Expenditure by region (US$'000)</source>
      <translation>Gastos por región (miles de US$)</translation>
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
      <source>the portfolio has no projects (cancelled ones aside): nothing to report</source>
      <translation>la cartera no tiene proyectos (aparte de los cancelados): no hay nada que presentar</translation>
    </message>
    <message>
      <source>{partner} has no contributions and no projects in {period}: nothing to report</source>
      <translation>{partner} no tiene contribuciones ni proyectos en {period}: no hay nada que presentar</translation>
    </message>
    <message>
      <source>give both --compare-from and --compare-to, or neither</source>
      <translation>indique a la vez --compare-from y --compare-to, o ninguno de los dos</translation>
    </message>
    <message>
      <source>no approvals or expenditure recorded in {period}: nothing to report</source>
      <translation>no hay aprobaciones ni gastos registrados en {period}: no hay nada que presentar</translation>
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
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Preparing</source>
      <translation>Preparación</translation>
    </message>
  </context>
</TS>
