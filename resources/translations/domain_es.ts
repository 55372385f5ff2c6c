<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>Classification</name>
    <message>
      <source>'{text}' is not a {noun}; use one of: {codes}</source>
      <translation>«{text}» no es un valor válido ({noun}); use uno de los siguientes códigos: {codes}</translation>
    </message>
    <message>
      <source>project-cycle stage</source>
      <translation>etapa del ciclo del proyecto</translation>
    </message>
    <message>
      <source>region</source>
      <translation>región</translation>
    </message>
    <message>
      <source>partner category</source>
      <translation>categoría de socio</translation>
    </message>
    <message>
      <source>non-state actor kind</source>
      <translation>tipo de actor no estatal</translation>
    </message>
    <message>
      <source>funding modality</source>
      <translation>modalidad de financiación</translation>
    </message>
    <message>
      <source>strategic objective</source>
      <translation>objetivo estratégico</translation>
    </message>
    <message>
      <source>type of expenditure</source>
      <translation>tipo de gasto</translation>
    </message>
    <message>
      <source>cross-cutting theme</source>
      <translation>tema transversal</translation>
    </message>
    <message>
      <source>evaluation kind</source>
      <translation>tipo de evaluación</translation>
    </message>
    <message>
      <source>'{code}' is not a usable evaluation kind code: use lower-case letters, digits and hyphens, at most 40</source>
      <translation>'{code}' no es un código de tipo de evaluación utilizable: use minúsculas, cifras y guiones, 40 como máximo</translation>
    </message>
    <message>
      <source>evaluation status</source>
      <translation>estado de la evaluación</translation>
    </message>
    <message>
      <source>independence</source>
      <translation>independencia</translation>
    </message>
    <message>
      <source>evaluation criterion</source>
      <translation>criterio de evaluación</translation>
    </message>
  </context>
  <context>
    <name>Compliance</name>
    <message>
      <source>no independent evaluation has been completed yet</source>
      <translation>todavía no se ha finalizado ninguna evaluación independiente</translation>
    </message>
    <message numerus="yes">
      <source>{evaluation} was due {due} and is {status} (%n day(s) overdue)</source>
      <translation>
        <numerusform>{evaluation}: vencía el {due} y su estado es: {status} (%n día de retraso)</numerusform>
        <numerusform>{evaluation}: vencía el {due} y su estado es: {status} (%n días de retraso)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Country</name>
    <message>
      <source>'{text}' is not a known country name or ISO 3166 code</source>
      <translation>«{text}» no es un nombre de país conocido ni un código ISO 3166</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} o {second}</translation>
    </message>
    <message>
      <source>'{text}' is not a known country name or ISO 3166 code; did you mean {names}?</source>
      <translation>«{text}» no es un nombre de país conocido ni un código ISO 3166; ¿quiso decir {names}?</translation>
    </message>
  </context>
  <context>
    <name>Criterion</name>
    <message>
      <source>Relevance</source>
      <translation>Pertinencia</translation>
    </message>
    <message>
      <source>Efficiency</source>
      <translation>Eficiencia</translation>
    </message>
    <message>
      <source>Effectiveness</source>
      <translation>Eficacia</translation>
    </message>
    <message>
      <source>Impact</source>
      <translation>Impacto</translation>
    </message>
    <message>
      <source>Sustainability</source>
      <translation>Sostenibilidad</translation>
    </message>
  </context>
  <context>
    <name>Cycle</name>
    <message>
      <source>give a reason to return to design</source>
      <translation>indique el motivo de la devolución al diseño</translation>
    </message>
    <message>
      <source>give a reason to suspend</source>
      <translation>indique el motivo de la suspensión</translation>
    </message>
    <message>
      <source>give a reason to cancel</source>
      <translation>indique el motivo de la cancelación</translation>
    </message>
    <message>
      <source>'{text}' is not a project-cycle action or a stage reachable from {stage}; actions: {codes}</source>
      <translation>«{text}» no es una acción del ciclo del proyecto ni una etapa a la que se pueda pasar desde la etapa «{stage}»; acciones: {codes}</translation>
    </message>
    <message>
      <source>the project is in {stage}; '{action}' applies only from {allowed}</source>
      <translation>el proyecto está en la etapa «{stage}»; «{action}» solo se aplica desde: {allowed}</translation>
    </message>
    <message>
      <source>give a reason for this action: {action}</source>
      <translation>indique el motivo de esta acción: {action}</translation>
    </message>
    <message>
      <source>no approval without an approved budget</source>
      <translation>no hay aprobación sin un presupuesto aprobado</translation>
    </message>
    <message>
      <source>no implementation without at least one funding line</source>
      <translation>no hay ejecución sin al menos una línea de financiación</translation>
    </message>
    <message>
      <source>record the actual end date before closing</source>
      <translation>registre la fecha de finalización real antes del cierre</translation>
    </message>
    <message>
      <source>the mandatory {evaluation} due {due} is {status}: complete it, or waive it with a reason</source>
      <translation>«{evaluation}» (de carácter obligatorio, vence el {due}) está en estado «{status}»: finalice esta actividad o concédale una exención motivada</translation>
    </message>
    <message>
      <source>the stage the project was suspended from is not recorded</source>
      <translation>no consta la etapa en la que se suspendió el proyecto</translation>
    </message>
    <message>
      <source>a project cannot start suspended: create it in the stage it was suspended from, then suspend it</source>
      <translation>un proyecto no puede empezar suspendido: créelo en la etapa en la que se suspendió y después suspéndalo</translation>
    </message>
    <message>
      <source>{action}: {reason}</source>
      <translation>{action}: {reason}</translation>
    </message>
    <message>
      <source>choose a region</source>
      <translation>elija una región</translation>
    </message>
    <message>
      <source>choose the strategic objective the project serves</source>
      <translation>elija el objetivo estratégico al que contribuye el proyecto</translation>
    </message>
    <message>
      <source>set the planned start and end dates</source>
      <translation>indique las fechas de inicio y finalización previstas</translation>
    </message>
    <message>
      <source>the planned end is before the planned start</source>
      <translation>la finalización prevista es anterior al inicio previsto</translation>
    </message>
    <message>
      <source>{evaluation} {number}</source>
      <translation>{evaluation} {number}</translation>
    </message>
    <message>
      <source>no approval without an evaluation plan: {evaluations} not planned yet</source>
      <translation>no hay aprobación sin un plan de evaluación: aún sin prever: {evaluations}</translation>
    </message>
    <message>
      <source>{action} refused: {reasons}</source>
      <translation>Acción «{action}» denegada: {reasons}</translation>
    </message>
    <message>
      <source>no approval without the {requirement} recorded ({rule_set}: {reason})</source>
      <translation>no hay aprobación sin registrar {requirement} ({rule_set}: {reason})</translation>
    </message>
    <message>
      <source>the {requirement} must record one of: {choices} ({rule_set}: {reason})</source>
      <translation>{requirement} debe indicar uno de estos resultados: {choices} ({rule_set}: {reason})</translation>
    </message>
  </context>
  <context>
    <name>CycleAction</name>
    <message>
      <source>Submit for appraisal</source>
      <translation>Presentar para evaluación ex ante</translation>
    </message>
    <message>
      <source>Return to design</source>
      <translation>Devolver al diseño</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Aprobar</translation>
    </message>
    <message>
      <source>Start implementation</source>
      <translation>Iniciar la ejecución</translation>
    </message>
    <message>
      <source>Begin evaluation and closing</source>
      <translation>Pasar a la evaluación y el cierre</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Suspend</source>
      <translation>Suspender</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
  </context>
  <context>
    <name>Date</name>
    <message>
      <source>the end date {end} is before the start date {start}</source>
      <translation>la fecha de finalización {end} es anterior a la fecha de inicio {start}</translation>
    </message>
    <message>
      <source>year {year} is out of range</source>
      <translation>el año {year} está fuera del intervalo admitido</translation>
    </message>
    <message>
      <source>{what} {value} is outside the years {first}-{last}</source>
      <translation>{what} {value}: fuera de los años {first} a {last}</translation>
    </message>
    <message>
      <source>date</source>
      <translation>fecha</translation>
    </message>
    <message>
      <source>there is no month {month} (months are 01-12)</source>
      <translation>no existe el mes {month} (los meses van de 01 a 12)</translation>
    </message>
    <message>
      <source>there is no year 0000</source>
      <translation>no existe el año 0000</translation>
    </message>
    <message>
      <source>days are counted from 01</source>
      <translation>los días empiezan en 01</translation>
    </message>
    <message>
      <source>{month} {year} has {days} days</source>
      <translation>{month} de {year} tiene {days} días</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a day of the calendar: {why}</source>
      <translation>{what} «{text}» no es un día del calendario: {why}</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a date in the form YYYY-MM-DD</source>
      <translation>{what} «{text}» no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
  </context>
  <context>
    <name>DocumentCategory</name>
    <message>
      <source>Pre- and post-project impact appraisal</source>
      <translation>Evaluación de impacto antes y después del proyecto</translation>
    </message>
    <message>
      <source>Objectives / Purpose of activity</source>
      <translation>Objetivos / finalidad de la actividad</translation>
    </message>
    <message>
      <source>Intended ultimate beneficiaries</source>
      <translation>Beneficiarios finales previstos</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Condiciones</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <source>Summary information about contract</source>
      <translation>Información resumida sobre el contrato</translation>
    </message>
    <message>
      <source>Review of project performance and evaluation</source>
      <translation>Examen del desempeño del proyecto y evaluación</translation>
    </message>
    <message>
      <source>Results, outcomes and outputs</source>
      <translation>Resultados, efectos y productos</translation>
    </message>
    <message>
      <source>Memorandum of understanding (if agreed by all parties)</source>
      <translation>Memorando de entendimiento (si todas las partes lo acuerdan)</translation>
    </message>
    <message>
      <source>Tender</source>
      <translation>Licitación</translation>
    </message>
    <message>
      <source>Contract</source>
      <translation>Contrato</translation>
    </message>
    <message>
      <source>Activity web page</source>
      <translation>Página web de la actividad</translation>
    </message>
    <message>
      <source>Annual report</source>
      <translation>Informe anual</translation>
    </message>
    <message>
      <source>Institutional Strategy paper</source>
      <translation>Documento de estrategia institucional</translation>
    </message>
    <message>
      <source>Country strategy paper</source>
      <translation>Documento de estrategia de país</translation>
    </message>
    <message>
      <source>Aid Allocation Policy</source>
      <translation>Política de asignación de la ayuda</translation>
    </message>
    <message>
      <source>Procurement Policy and Procedure</source>
      <translation>Política y procedimientos de adquisiciones</translation>
    </message>
    <message>
      <source>Institutional Audit Report</source>
      <translation>Informe de auditoría institucional</translation>
    </message>
    <message>
      <source>Country Audit Report</source>
      <translation>Informe de auditoría de país</translation>
    </message>
    <message>
      <source>Exclusions Policy</source>
      <translation>Política de exclusiones</translation>
    </message>
    <message>
      <source>Institutional Evaluation Report</source>
      <translation>Informe de evaluación institucional</translation>
    </message>
    <message>
      <source>Country Evaluation Report</source>
      <translation>Informe de evaluación de país</translation>
    </message>
    <message>
      <source>Sector strategy</source>
      <translation>Estrategia sectorial</translation>
    </message>
    <message>
      <source>Thematic strategy</source>
      <translation>Estrategia temática</translation>
    </message>
    <message>
      <source>Country-level Memorandum of Understanding</source>
      <translation>Memorando de entendimiento a nivel de país</translation>
    </message>
    <message>
      <source>Evaluations policy</source>
      <translation>Política de evaluación</translation>
    </message>
    <message>
      <source>General Terms and Conditions</source>
      <translation>Condiciones generales</translation>
    </message>
    <message>
      <source>Organisation web page</source>
      <translation>Página web de la organización</translation>
    </message>
    <message>
      <source>Country/Region web page</source>
      <translation>Página web del país o la región</translation>
    </message>
    <message>
      <source>Sector web page</source>
      <translation>Página web del sector</translation>
    </message>
  </context>
  <context>
    <name>Evaluation</name>
    <message>
      <source>{evaluation} {number}</source>
      <translation>{evaluation} {number}</translation>
    </message>
  </context>
  <context>
    <name>EvaluationAction</name>
    <message>
      <source>Added by the project officer (optional)</source>
      <translation>Añadida por el oficial de proyecto (opcional)</translation>
    </message>
    <message>
      <source>the {evaluation} due {due}</source>
      <translation>la actividad «{evaluation}» (vence el {due})</translation>
    </message>
    <message>
      <source>'{text}' names no evaluation; use a kind ({kinds}) and, for a repeated kind, its number</source>
      <translation>«{text}» no designa ninguna evaluación; indique un tipo ({kinds}) y, si el tipo se repite, su número</translation>
    </message>
    <message>
      <source>'{text}' is not a kind of evaluation; use one of: {kinds}</source>
      <translation>«{text}» no es un tipo de evaluación; use uno de los siguientes: {kinds}</translation>
    </message>
    <message>
      <source>'{text}': evaluations are numbered from 1</source>
      <translation>«{text}»: las evaluaciones se numeran a partir de 1</translation>
    </message>
    <message>
      <source>project (new)</source>
      <translation>proyecto (nuevo)</translation>
    </message>
    <message>
      <source>project {code} has no evaluation at position {index}</source>
      <translation>el proyecto {code} no tiene ninguna evaluación en la posición {index}</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be completed; add an optional evaluation instead</source>
      <translation>{name} ya no es exigida por las reglas, por lo que no puede finalizarse; añada en su lugar una evaluación opcional</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be started; add an optional evaluation instead</source>
      <translation>{name} ya no es exigida por las reglas, por lo que no puede iniciarse; añada en su lugar una evaluación opcional</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be planned again; add an optional evaluation instead</source>
      <translation>{name} ya no es exigida por las reglas, por lo que no puede volver a planificarse; añada en su lugar una evaluación opcional</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be required to be independent; add an optional evaluation instead</source>
      <translation>{name} ya no es exigida por las reglas, por lo que no puede exigirse que sea independiente; añada en su lugar una evaluación opcional</translation>
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be completed; withdraw the waiver first</source>
      <translation>{name} está exenta ({reason}), por lo que no puede finalizarse; retire antes la exención</translation>
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be started; withdraw the waiver first</source>
      <translation>{name} está exenta ({reason}), por lo que no puede iniciarse; retire antes la exención</translation>
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be planned again; withdraw the waiver first</source>
      <translation>{name} está exenta ({reason}), por lo que no puede volver a planificarse; retire antes la exención</translation>
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be required to be independent; withdraw the waiver first</source>
      <translation>{name} está exenta ({reason}), por lo que no puede exigirse que sea independiente; retire antes la exención</translation>
    </message>
    <message>
      <source>{name} was completed on {date}, so it cannot be started; record its completion again to correct it</source>
      <translation>{name} se finalizó el {date}, por lo que no puede iniciarse; para corregirla, registre de nuevo su finalización</translation>
    </message>
    <message>
      <source>{name} was completed on {date}, so it cannot be planned again; record its completion again to correct it</source>
      <translation>{name} se finalizó el {date}, por lo que no puede volver a planificarse; para corregirla, registre de nuevo su finalización</translation>
    </message>
    <message>
      <source>{name} was completed on {date}, so it cannot be required to be independent; record its completion again to correct it</source>
      <translation>{name} se finalizó el {date}, por lo que no puede exigirse que sea independiente; para corregirla, registre de nuevo su finalización</translation>
    </message>
    <message>
      <source>{name} is already in progress</source>
      <translation>{name} ya está en curso</translation>
    </message>
    <message>
      <source>{name} was completed on {date}; a completed evaluation cannot be waived</source>
      <translation>{name} se finalizó el {date}; una evaluación finalizada no puede quedar exenta</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules: there is nothing to waive</source>
      <translation>{name} ya no es exigida por las reglas: no hay nada que eximir</translation>
    </message>
    <message>
      <source>{name} is {status}, not waived: there is no waiver to withdraw</source>
      <translation>{name} está en estado «{status}», no exenta: no hay ninguna exención que retirar</translation>
    </message>
    <message>
      <source>{name} cannot be rated on '{criterion}', which is not an evaluation criterion; use one of: {codes}</source>
      <translation>{name} no puede calificarse según «{criterion}», que no es un criterio de evaluación; use uno de los siguientes: {codes}</translation>
    </message>
    <message>
      <source>{name} cannot be rated {rating} on {criterion}: ratings run from {low} ({low_label}) to {high} ({high_label})</source>
      <translation>{name} no puede recibir la calificación {rating} en «{criterion}»: las calificaciones van de {low} ({low_label}) a {high} ({high_label})</translation>
    </message>
    <message>
      <source>{name} needs the date it was completed</source>
      <translation>{name}: indique la fecha de finalización</translation>
    </message>
    <message>
      <source>{name} cannot be completed on {date}, a date in the future (today is {today})</source>
      <translation>{name} no puede finalizarse el {date}, una fecha futura (hoy es {today})</translation>
    </message>
    <message>
      <source>{name} cannot be completed on {date}, before the project's start on {start}</source>
      <translation>{name} no puede finalizarse el {date}, antes del inicio del proyecto el {start}</translation>
    </message>
    <message>
      <source>{name} needs the name of who carried it out</source>
      <translation>{name}: indique el nombre de quien la realizó</translation>
    </message>
    <message>
      <source>{name}: keep the evaluator's name to {width} characters (it has {length})</source>
      <translation>{name}: el nombre del evaluador no debe superar los {width} caracteres (tiene {length})</translation>
    </message>
    <message>
      <source>{name} must be independent (independent internal or external), not a {form}</source>
      <translation>{name} debe ser independiente (interna o externa), no «{form}»</translation>
    </message>
    <message>
      <source>waiving {name} needs the reason for the waiver</source>
      <translation>para eximir {name}, indique el motivo de la exención</translation>
    </message>
    <message>
      <source>{name} must be independent (independent internal or external), so it cannot be planned as a {form}</source>
      <translation>{name} debe ser independiente (interna o externa), por lo que no puede planificarse como «{form}»</translation>
    </message>
    <message>
      <source>{name} is already required to be independent</source>
      <translation>ya se exige que {name} sea independiente</translation>
    </message>
    <message>
      <source>{name} cannot be required to be independent as a {form}; choose independent internal or external</source>
      <translation>no puede exigirse que {name} sea independiente como «{form}»; elija independiente interna o externa</translation>
    </message>
    <message>
      <source>{name} cannot be required to be independent before the project's planned start, end and budget are set: the rules decide whether an independent evaluation is required</source>
      <translation>no puede exigirse que {name} sea independiente antes de fijar el inicio previsto, la finalización prevista y el presupuesto del proyecto: son las reglas las que determinan si se requiere una evaluación independiente</translation>
    </message>
    <message>
      <source>{name} cannot be required to be independent: the rules require no independent evaluation ({comparison}); plan it as independent instead</source>
      <translation>no puede exigirse que {name} sea independiente: las reglas no requieren ninguna evaluación independiente ({comparison}); planifíquela más bien como independiente</translation>
    </message>
    <message>
      <source>an optional {evaluation}</source>
      <translation>la actividad opcional «{evaluation}»</translation>
    </message>
    <message>
      <source>{what} needs its due date</source>
      <translation>{what}: indique la fecha de vencimiento</translation>
    </message>
    <message>
      <source>{what} cannot be due on {due}, before the project's start on {start}</source>
      <translation>{what} no puede vencer el {due}, antes del inicio del proyecto el {start}</translation>
    </message>
    <message>
      <source>{what} cannot be added: the project already has {name} ({status}), and has one {evaluation} at most</source>
      <translation>no puede añadirse {what}: el proyecto ya tiene {name} ({status}) y solo puede tener una actividad «{evaluation}»</translation>
    </message>
  </context>
  <context>
    <name>EvaluationKind</name>
    <message>
      <source>Final evaluation</source>
      <translation>Evaluación final</translation>
    </message>
    <message>
      <source>Mid-term evaluation</source>
      <translation>Evaluación de medio término</translation>
    </message>
    <message>
      <source>Annual review</source>
      <translation>Examen anual</translation>
    </message>
    <message>
      <source>Mid-term review</source>
      <translation>Examen de medio término</translation>
    </message>
    <message>
      <source>Ex-post evaluation</source>
      <translation>Evaluación ex post</translation>
    </message>
    <message>
      <source>Evaluability assessment</source>
      <translation>Evaluación de la evaluabilidad</translation>
    </message>
    <message>
      <source>Internal evaluation</source>
      <translation>Evaluación interna</translation>
    </message>
    <message>
      <source>Independent evaluation</source>
      <translation>Evaluación independiente</translation>
    </message>
    <message>
      <source>Cluster evaluation</source>
      <translation>Evaluación agrupada</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPlan</name>
    <message>
      <source>{reason} ({evaluation} due on the end date)</source>
      <translation>{reason} ({evaluation}: vence en la fecha de finalización)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due on the end date, agreed in the initial evaluation plan)</source>
      <translation>{reason} ({evaluation}: vence en la fecha de finalización, según lo acordado en el plan de evaluación inicial)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due at the midpoint)</source>
      <translation>{reason} ({evaluation}: vence a mitad del proyecto)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due at the midpoint, agreed in the initial evaluation plan)</source>
      <translation>{reason} ({evaluation}: vence a mitad del proyecto, según lo acordado en el plan de evaluación inicial)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due on anniversary {number} of the start)</source>
      <translation>{reason} ({evaluation}: vence en el aniversario n.º {number} del inicio)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due on anniversary {number} of the start, agreed in the initial evaluation plan)</source>
      <translation>{reason} ({evaluation}: vence en el aniversario n.º {number} del inicio, según lo acordado en el plan de evaluación inicial)</translation>
    </message>
    <message>
      <source>budget {budget} is over {threshold}</source>
      <translation>presupuesto de {budget}, superior a {threshold}</translation>
    </message>
    <message>
      <source>budget {budget} is not over {threshold}</source>
      <translation>presupuesto de {budget}, que no supera {threshold}</translation>
    </message>
    <message>
      <source>is under {high} months</source>
      <translation>menos de {high} meses</translation>
    </message>
    <message>
      <source>is up to {high} months</source>
      <translation>hasta {high} meses</translation>
    </message>
    <message>
      <source>is over {low} months</source>
      <translation>más de {low} meses</translation>
    </message>
    <message>
      <source>is {low} months or more</source>
      <translation>{low} meses o más</translation>
    </message>
    <message>
      <source>is within {low}-{high} months</source>
      <translation>entre {low} y {high} meses</translation>
    </message>
    <message>
      <source>is from {low} months and under {high} months</source>
      <translation>de {low} meses a menos de {high} meses</translation>
    </message>
    <message>
      <source>is over {low} months and up to {high} months</source>
      <translation>más de {low} meses y hasta {high} meses</translation>
    </message>
    <message>
      <source>is over {low} months and under {high} months</source>
      <translation>más de {low} meses y menos de {high} meses</translation>
    </message>
    <message>
      <source>budget {budget} {tier}: {requires}</source>
      <translation>presupuesto de {budget}, {tier}: {requires}</translation>
    </message>
    <message>
      <source>is under {high}</source>
      <translation>inferior a {high}</translation>
    </message>
    <message>
      <source>is up to {high}</source>
      <translation>hasta {high}</translation>
    </message>
    <message>
      <source>is over {low}</source>
      <translation>superior a {low}</translation>
    </message>
    <message>
      <source>is {low} or more</source>
      <translation>de {low} o más</translation>
    </message>
    <message>
      <source>is between {low} and {high}</source>
      <translation>entre {low} y {high}</translation>
    </message>
    <message>
      <source>{tier}, funded as the tier requires</source>
      <translation>{tier}, financiado como exige el tramo</translation>
    </message>
    <message numerus="yes">
      <source>{reason} ({evaluation} due %n month(s) after the start)</source>
      <translation>
        <numerusform>{reason} ({evaluation}: vence %n mes después del inicio)</numerusform>
        <numerusform>{reason} ({evaluation}: vence %n meses después del inicio)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{reason} ({evaluation} due %n month(s) before the end date)</source>
      <translation>
        <numerusform>{reason} ({evaluation}: vence %n mes antes de la fecha de fin)</numerusform>
        <numerusform>{reason} ({evaluation}: vence %n meses antes de la fecha de fin)</numerusform>
      </translation>
    </message>
    <message>
      <source>{reason}; it must be independent</source>
      <translation>{reason}; debe ser independiente</translation>
    </message>
    <message>
      <source>{reason}; independent: {comparison}</source>
      <translation>{reason}; evaluación independiente: {comparison}</translation>
    </message>
    <message>
      <source>is of any duration</source>
      <translation>cualquiera que sea la duración</translation>
    </message>
    <message>
      <source>{evaluation} if agreed in the initial evaluation plan</source>
      <translation>{evaluation} si así se acordó en el plan de evaluación inicial</translation>
    </message>
    <message>
      <source>is of any amount</source>
      <translation>de cualquier importe</translation>
    </message>
    <message>
      <source>{duration} months {band}: {requires}</source>
      <translation>{duration} meses, es decir, {band}: {requires}</translation>
    </message>
    <message>
      <source>{band}; {tier}</source>
      <translation>{band}; {tier}</translation>
    </message>
    <message>
      <source>budget {budget} {tier}: {evaluations} must be independent</source>
      <translation>presupuesto de {budget}, {tier}: deben ser independientes: {evaluations}</translation>
    </message>
    <message>
      <source>rule set {rule_set} has no independence rule</source>
      <translation>el conjunto de reglas {rule_set} no tiene ninguna regla de independencia</translation>
    </message>
    <message>
      <source>{comparison}: {rule}</source>
      <translation>{comparison}: {rule}</translation>
    </message>
    <message>
      <source>{comparison}: no independent evaluation required</source>
      <translation>{comparison}: no se requiere ninguna evaluación independiente</translation>
    </message>
  </context>
  <context>
    <name>EvaluationStatus</name>
    <message>
      <source>Planned</source>
      <translation>Prevista</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Finalizada</translation>
    </message>
    <message>
      <source>Waived</source>
      <translation>Exenta</translation>
    </message>
    <message>
      <source>No longer required</source>
      <translation>Ya no requerida</translation>
    </message>
  </context>
  <context>
    <name>ExpenditureType</name>
    <message>
      <source>International experts</source>
      <translation>Expertos internacionales</translation>
    </message>
    <message>
      <source>Other personnel</source>
      <translation>Otro personal</translation>
    </message>
    <message>
      <source>Subcontracts</source>
      <translation>Subcontratos</translation>
    </message>
    <message>
      <source>Training and fellowships</source>
      <translation>Formación y becas</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Equipo</translation>
    </message>
    <message>
      <source>Miscellaneous</source>
      <translation>Varios</translation>
    </message>
    <message>
      <source>Programme support costs</source>
      <translation>Gastos de apoyo al programa</translation>
    </message>
  </context>
  <context>
    <name>FieldProblem</name>
    <message>
      <source>{first}; {second}</source>
      <translation>{first}; {second}</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
    <message>
      <source>{record} {number}</source>
      <translation>{record} {number}</translation>
    </message>
    <message>
      <source>{place} {field}: {message}</source>
      <translation>{place}, {field}: {message}</translation>
    </message>
    <message>
      <source>{subject}: {problems}</source>
      <translation>{subject}: {problems}</translation>
    </message>
    <message>
      <source>{place}: {field}: {message}</source>
      <translation>{place}: {field}: {message}</translation>
    </message>
  </context>
  <context>
    <name>FundingModality</name>
    <message>
      <source>Regular budget (RBTC)</source>
      <translation>Presupuesto ordinario (CTPO)</translation>
    </message>
    <message>
      <source>Voluntary core funding (RBSA)</source>
      <translation>Contribuciones voluntarias básicas (CSPO)</translation>
    </message>
    <message>
      <source>Earmarked extra-budgetary (XB)</source>
      <translation>Extrapresupuestario asignado para fines específicos (XB)</translation>
    </message>
    <message>
      <source>Domestic trust fund</source>
      <translation>Fondo fiduciario nacional</translation>
    </message>
  </context>
  <context>
    <name>Independence</name>
    <message>
      <source>Self-evaluation</source>
      <translation>Autoevaluación</translation>
    </message>
    <message>
      <source>Independent internal</source>
      <translation>Independiente (interna)</translation>
    </message>
    <message>
      <source>External</source>
      <translation>Externa</translation>
    </message>
  </context>
  <context>
    <name>Money</name>
    <message>
      <source>the US$ rate of a US$ amount must be 1</source>
      <translation>el tipo de cambio en US$ de un importe en US$ debe ser 1</translation>
    </message>
    <message>
      <source>a US$ rate is required for an amount in {currency}</source>
      <translation>se requiere un tipo de cambio en US$ para un importe en {currency}</translation>
    </message>
    <message>
      <source>the US$ rate must be greater than zero</source>
      <translation>el tipo de cambio en US$ debe ser mayor que cero</translation>
    </message>
    <message>
      <source>the US$ rate {rate} is not plausible (one unit of {currency} worth {limit} US$ or more)</source>
      <translation>el tipo de cambio en US$ {rate} no es verosímil (una unidad de {currency} valdría {limit} US$ o más)</translation>
    </message>
    <message>
      <source>'{code}' is not an ISO 4217 currency code</source>
      <translation>«{code}» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
      <source>US${amount}</source>
      <translation>{amount} US$</translation>
    </message>
  </context>
  <context>
    <name>Month</name>
    <message>
      <source>January</source>
      <translation>enero</translation>
    </message>
    <message>
      <source>February</source>
      <translation>febrero</translation>
    </message>
    <message>
      <source>March</source>
      <translation>marzo</translation>
    </message>
    <message>
      <source>April</source>
      <translation>abril</translation>
    </message>
    <message>
      <source>May</source>
      <translation>mayo</translation>
    </message>
    <message>
      <source>June</source>
      <translation>junio</translation>
    </message>
    <message>
      <source>July</source>
      <translation>julio</translation>
    </message>
    <message>
      <source>August</source>
      <translation>agosto</translation>
    </message>
    <message>
      <source>September</source>
      <translation>septiembre</translation>
    </message>
    <message>
      <source>October</source>
      <translation>octubre</translation>
    </message>
    <message>
      <source>November</source>
      <translation>noviembre</translation>
    </message>
    <message>
      <source>December</source>
      <translation>diciembre</translation>
    </message>
  </context>
  <context>
    <name>NonStateKind</name>
    <message>
      <source>Foundation</source>
      <translation>Fundación</translation>
    </message>
    <message>
      <source>Private sector</source>
      <translation>Sector privado</translation>
    </message>
    <message>
      <source>Social partner</source>
      <translation>Interlocutor social</translation>
    </message>
    <message>
      <source>Public institution</source>
      <translation>Institución pública</translation>
    </message>
    <message>
      <source>Other non-state actor</source>
      <translation>Otro actor no estatal</translation>
    </message>
  </context>
  <context>
    <name>Number</name>
    <message>
      <source>amount</source>
      <translation>importe</translation>
    </message>
    <message>
      <source>{what} {value} is too large: tracker keeps amounts below {limit}</source>
      <translation>{what} {value}: valor demasiado elevado; tracker guarda importes inferiores a {limit}</translation>
    </message>
    <message>
      <source>{what} '{text}' is ambiguous: tracker reads a comma only between groups of three digits; write {decimal} for a decimal, or {whole} for a whole number</source>
      <translation>{what} «{text}» es ambiguo: tracker solo lee una coma entre grupos de tres cifras; escriba {decimal} para un número decimal o {whole} para un número entero</translation>
    </message>
    <message>
      <source>{what} '{text}' is ambiguous: use a point for decimals and commas only between groups of three digits (1,234.56)</source>
      <translation>{what} «{text}» es ambiguo: use un punto para los decimales y comas solo entre grupos de tres cifras (1,234.56)</translation>
    </message>
    <message>
      <source>{what} is empty</source>
      <translation>{what}: no hay ningún valor</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a number</source>
      <translation>{what} «{text}» no es un número</translation>
    </message>
    <message>
      <source>{what} must be given as text or Decimal, not {type}</source>
      <translation>{what}: debe darse como texto o Decimal, no como {type}</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a finite number</source>
      <translation>{what} «{text}» no es un número finito</translation>
    </message>
    <message>
      <source>{what} '{text}' is too large: tracker keeps numbers below {limit}</source>
      <translation>{what} «{text}»: valor demasiado elevado; tracker guarda números inferiores a {limit}</translation>
    </message>
    <message>
      <source>a comma</source>
      <translation>una coma</translation>
    </message>
    <message>
      <source>a point</source>
      <translation>un punto</translation>
    </message>
    <message>
      <source>a space</source>
      <translation>un espacio</translation>
    </message>
    <message>
      <source>an apostrophe</source>
      <translation>un apóstrofo</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a number as written: use {decimal} for decimals and {group} only between groups of digits ({example})</source>
      <translation>{what} «{text}» no es un número tal como está escrito: use {decimal} para los decimales y {group} solo entre grupos de cifras ({example})</translation>
    </message>
    <message>
      <source>{what} '{text}' is ambiguous: it could be {first} or {second} (here {decimal} marks decimals); write {first} for the first or {second} for the second</source>
      <translation>{what} «{text}» es ambiguo: puede ser {first} o {second} (aquí, {decimal} indica los decimales); escriba {first} para el primero o {second} para el segundo</translation>
    </message>
  </context>
  <context>
    <name>OddDate</name>
    <message>
      <source>Implementation would start before the planned start ({value}).</source>
      <translation>La ejecución empezaría antes del inicio previsto ({value}).</translation>
    </message>
    <message>
      <source>This date is before the planned start ({value}).</source>
      <translation>Esta fecha es anterior al inicio previsto ({value}).</translation>
    </message>
    <message>
      <source>The project would be closed before its actual end ({value}).</source>
      <translation>El proyecto se cerraría antes de su finalización real ({value}).</translation>
    </message>
    <message>
      <source>This date is after the planned end ({value}).</source>
      <translation>Esta fecha es posterior a la finalización prevista ({value}).</translation>
    </message>
    <message numerus="yes">
      <source>This date is {value} day(s) in the future.</source>
      <translation>
        <numerusform>Esta fecha es dentro de {value} día.</numerusform>
        <numerusform>Esta fecha es dentro de {value} días.</numerusform>
      </translation>
    </message>
    <message>
      <source>This date is before the project's last stage change ({value}).</source>
      <translation>Esta fecha es anterior al último cambio de etapa del proyecto ({value}).</translation>
    </message>
  </context>
  <context>
    <name>Partner</name>
    <message>
      <source>the reporting language must be en (English), fr (French) or es (Spanish), not '{value}'</source>
      <translation>el idioma de los informes debe ser en (inglés), fr (francés) o es (español), no «{value}»</translation>
    </message>
  </context>
  <context>
    <name>PartnerCategory</name>
    <message>
      <source>Multi-bilateral government</source>
      <translation>Gobierno (multibilateral)</translation>
    </message>
    <message>
      <source>European Union</source>
      <translation>Unión Europea</translation>
    </message>
    <message>
      <source>UN agency or multi-partner trust fund</source>
      <translation>Organismo de las Naciones Unidas o fondo fiduciario de asociados múltiples</translation>
    </message>
    <message>
      <source>International financial institution</source>
      <translation>Institución financiera internacional</translation>
    </message>
    <message>
      <source>Non-state actor</source>
      <translation>Actor no estatal</translation>
    </message>
    <message>
      <source>Domestic trust fund</source>
      <translation>Fondo fiduciario nacional</translation>
    </message>
    <message>
      <source>Other intergovernmental organization</source>
      <translation>Otra organización intergubernamental</translation>
    </message>
  </context>
  <context>
    <name>PlanChange</name>
    <message>
      <source>added</source>
      <translation>añadida</translation>
    </message>
    <message>
      <source>required again</source>
      <translation>exigida de nuevo</translation>
    </message>
    <message>
      <source>now required</source>
      <translation>ahora exigida</translation>
    </message>
    <message>
      <source>rescheduled</source>
      <translation>reprogramada</translation>
    </message>
    <message>
      <source>no longer required</source>
      <translation>ya no requerida</translation>
    </message>
    <message>
      <source>marked independent</source>
      <translation>marcada como independiente</translation>
    </message>
    <message>
      <source>independence moved</source>
      <translation>independencia trasladada</translation>
    </message>
    <message>
      <source>independence no longer required</source>
      <translation>independencia ya no requerida</translation>
    </message>
    <message>
      <source>{evaluation} {action}: {detail}</source>
      <translation>{evaluation} – {action}: {detail}</translation>
    </message>
    <message>
      <source>due {due}; {reason}</source>
      <translation>vence el {due}; {reason}</translation>
    </message>
    <message>
      <source>from {before} to {after}; {reason}</source>
      <translation>del {before} al {after}; {reason}</translation>
    </message>
    <message>
      <source>{reason} (rule set {rule_set})</source>
      <translation>{reason} (conjunto de reglas {rule_set})</translation>
    </message>
    <message>
      <source>already met by {evaluation}</source>
      <translation>ya satisfecha por la actividad «{evaluation}»</translation>
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <source>cancelled; nothing was changed</source>
      <translation>cancelado; no se ha modificado nada</translation>
    </message>
  </context>
  <context>
    <name>Rates</name>
    <message>
      <source>the US$ is worth one US$ on every day: it needs no rate</source>
      <translation>el dólar de los Estados Unidos vale un dólar todos los días: no necesita tipo de cambio</translation>
    </message>
    <message>
      <source>no US$ rate for {currency}: the amount has no date to look one up; give its rate with --rate {currency}=US$ VALUE</source>
      <translation>no hay tipo de cambio en dólares de los Estados Unidos para {currency}: el importe no tiene fecha para buscarlo; indique su tipo con --rate {currency}=VALOR EN US$</translation>
    </message>
    <message>
      <source>no US$ rate for {currency} on {day}: import that month's UN operational rates (tracker rates import FILE, or Tools &gt; Exchange Rates in the app), or give one with --rate {currency}=US$ VALUE</source>
      <translation>no hay tipo de cambio en dólares de los Estados Unidos para {currency} el {day}: importe los tipos de cambio operacionales de las Naciones Unidas de ese mes (tracker rates import ARCHIVO, o Herramientas &gt; Tipos de cambio en la aplicación), o indique uno con --rate {currency}=VALOR EN US$</translation>
    </message>
  </context>
  <context>
    <name>Rating</name>
    <message>
      <source>Highly unsatisfactory</source>
      <translation>Muy insatisfactorio</translation>
    </message>
    <message>
      <source>Unsatisfactory</source>
      <translation>Insatisfactorio</translation>
    </message>
    <message>
      <source>Somewhat unsatisfactory</source>
      <translation>Más bien insatisfactorio</translation>
    </message>
    <message>
      <source>Somewhat satisfactory</source>
      <translation>Más bien satisfactorio</translation>
    </message>
    <message>
      <source>Satisfactory</source>
      <translation>Satisfactorio</translation>
    </message>
    <message>
      <source>Highly satisfactory</source>
      <translation>Muy satisfactorio</translation>
    </message>
  </context>
  <context>
    <name>RecordField</name>
    <message>
      <source>rating {criterion}</source>
      <translation>calificación ({criterion})</translation>
    </message>
    <message>
      <source>revision</source>
      <translation>revisión</translation>
    </message>
    <message>
      <source>currency</source>
      <translation>moneda</translation>
    </message>
    <message>
      <source>US$ rate</source>
      <translation>tipo de cambio (US$)</translation>
    </message>
    <message>
      <source>code</source>
      <translation>código</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nombre</translation>
    </message>
    <message>
      <source>category</source>
      <translation>categoría</translation>
    </message>
    <message>
      <source>non-state kind</source>
      <translation>tipo de actor no estatal</translation>
    </message>
    <message>
      <source>country</source>
      <translation>país</translation>
    </message>
    <message>
      <source>active</source>
      <translation>activo</translation>
    </message>
    <message>
      <source>reporting language</source>
      <translation>idioma de los informes</translation>
    </message>
    <message>
      <source>title</source>
      <translation>título</translation>
    </message>
    <message>
      <source>description</source>
      <translation>descripción</translation>
    </message>
    <message>
      <source>stage</source>
      <translation>etapa</translation>
    </message>
    <message>
      <source>region</source>
      <translation>región</translation>
    </message>
    <message>
      <source>countries</source>
      <translation>países</translation>
    </message>
    <message>
      <source>country shares</source>
      <translation>porcentajes por país</translation>
    </message>
    <message>
      <source>strategic objective</source>
      <translation>objetivo estratégico</translation>
    </message>
    <message>
      <source>themes</source>
      <translation>temas</translation>
    </message>
    <message>
      <source>office</source>
      <translation>oficina</translation>
    </message>
    <message>
      <source>officer</source>
      <translation>oficial de proyecto</translation>
    </message>
    <message>
      <source>planned start</source>
      <translation>inicio previsto</translation>
    </message>
    <message>
      <source>planned end</source>
      <translation>finalización prevista</translation>
    </message>
    <message>
      <source>actual end</source>
      <translation>finalización real</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>presupuesto</translation>
    </message>
    <message>
      <source>mid-term review agreed</source>
      <translation>examen de medio término acordado</translation>
    </message>
    <message>
      <source>evaluation rule set</source>
      <translation>reglas de evaluación</translation>
    </message>
    <message>
      <source>rule set assigned</source>
      <translation>reglas de evaluación asignadas</translation>
    </message>
    <message>
      <source>suspended from</source>
      <translation>suspendido en la etapa</translation>
    </message>
    <message>
      <source>demo data</source>
      <translation>datos de demostración</translation>
    </message>
    <message>
      <source>archived</source>
      <translation>archivado</translation>
    </message>
    <message>
      <source>purpose code</source>
      <translation>código de finalidad</translation>
    </message>
    <message>
      <source>capital spend %</source>
      <translation>gasto de capital (%)</translation>
    </message>
    <message>
      <source>modality</source>
      <translation>modalidad</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>importe</translation>
    </message>
    <message>
      <source>approved on</source>
      <translation>aprobado el</translation>
    </message>
    <message>
      <source>partner</source>
      <translation>socio</translation>
    </message>
    <message>
      <source>project</source>
      <translation>proyecto</translation>
    </message>
    <message>
      <source>locally mobilized</source>
      <translation>movilizado localmente</translation>
    </message>
    <message>
      <source>agreement reference</source>
      <translation>referencia del acuerdo</translation>
    </message>
    <message>
      <source>revised on</source>
      <translation>revisado el</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>motivo</translation>
    </message>
    <message>
      <source>new budget</source>
      <translation>nuevo presupuesto</translation>
    </message>
    <message>
      <source>new end</source>
      <translation>nueva finalización</translation>
    </message>
    <message>
      <source>new US$ rate</source>
      <translation>nuevo tipo de cambio (US$)</translation>
    </message>
    <message>
      <source>year</source>
      <translation>año</translation>
    </message>
    <message>
      <source>type of expenditure</source>
      <translation>tipo de gasto</translation>
    </message>
    <message>
      <source>month</source>
      <translation>mes</translation>
    </message>
    <message>
      <source>output</source>
      <translation>producto</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>tipo</translation>
    </message>
    <message>
      <source>due</source>
      <translation>vencimiento</translation>
    </message>
    <message>
      <source>status</source>
      <translation>estado</translation>
    </message>
    <message>
      <source>sequence</source>
      <translation>número</translation>
    </message>
    <message>
      <source>independence</source>
      <translation>independencia</translation>
    </message>
    <message>
      <source>independence required</source>
      <translation>independencia requerida</translation>
    </message>
    <message>
      <source>mandatory</source>
      <translation>obligatoria</translation>
    </message>
    <message>
      <source>rule set</source>
      <translation>conjunto de reglas</translation>
    </message>
    <message>
      <source>completed on</source>
      <translation>finalizada el</translation>
    </message>
    <message>
      <source>evaluator</source>
      <translation>evaluador</translation>
    </message>
    <message>
      <source>ratings</source>
      <translation>calificaciones</translation>
    </message>
    <message>
      <source>findings</source>
      <translation>hallazgos</translation>
    </message>
    <message>
      <source>waiver reason</source>
      <translation>motivo de la exención</translation>
    </message>
    <message>
      <source>cluster evaluation</source>
      <translation>evaluación agrupada</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>unidad</translation>
    </message>
    <message>
      <source>baseline</source>
      <translation>línea de base</translation>
    </message>
    <message>
      <source>target</source>
      <translation>meta</translation>
    </message>
    <message>
      <source>achieved</source>
      <translation>logrado</translation>
    </message>
    <message>
      <source>women %</source>
      <translation>% de mujeres</translation>
    </message>
    <message>
      <source>heading</source>
      <translation>partida</translation>
    </message>
    <message>
      <source>variance explanation</source>
      <translation>explicación de la variación</translation>
    </message>
    <message>
      <source>period start</source>
      <translation>inicio del período</translation>
    </message>
    <message>
      <source>period end</source>
      <translation>fin del período</translation>
    </message>
    <message>
      <source>summary of progress</source>
      <translation>resumen de los avances</translation>
    </message>
    <message>
      <source>challenges and risks</source>
      <translation>dificultades y riesgos</translation>
    </message>
    <message>
      <source>lessons learned</source>
      <translation>lecciones aprendidas</translation>
    </message>
    <message>
      <source>next steps</source>
      <translation>próximos pasos</translation>
    </message>
    <message>
      <source>prepared by</source>
      <translation>preparado por</translation>
    </message>
    <message>
      <source>indicator</source>
      <translation>indicador</translation>
    </message>
    <message>
      <source>measured on</source>
      <translation>medido el</translation>
    </message>
    <message>
      <source>value</source>
      <translation>valor</translation>
    </message>
    <message>
      <source>note</source>
      <translation>nota</translation>
    </message>
    <message>
      <source>language</source>
      <translation>idioma</translation>
    </message>
    <message>
      <source>document date</source>
      <translation>fecha del documento</translation>
    </message>
    <message>
      <source>web address</source>
      <translation>dirección web</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>evaluación</translation>
    </message>
    <message>
      <source>file</source>
      <translation>archivo</translation>
    </message>
    <message>
      <source>file size</source>
      <translation>tamaño del archivo</translation>
    </message>
    <message>
      <source>file checksum</source>
      <translation>suma de comprobación del archivo</translation>
    </message>
    <message>
      <source>latitude</source>
      <translation>latitud</translation>
    </message>
    <message>
      <source>longitude</source>
      <translation>longitud</translation>
    </message>
    <message>
      <source>requirement</source>
      <translation>requisito</translation>
    </message>
    <message>
      <source>recorded on</source>
      <translation>registrado el</translation>
    </message>
    <message>
      <source>result</source>
      <translation>resultado</translation>
    </message>
    <message>
      <source>recorded by</source>
      <translation>registrado por</translation>
    </message>
    <message>
      <source>valid from</source>
      <translation>aplicable desde</translation>
    </message>
    <message>
      <source>US$ per unit</source>
      <translation>US$ por unidad</translation>
    </message>
    <message>
      <source>source</source>
      <translation>fuente</translation>
    </message>
    <message>
      <source>share %</source>
      <translation>porcentaje (%)</translation>
    </message>
    <message>
      <source>from stage</source>
      <translation>etapa de origen</translation>
    </message>
    <message>
      <source>to stage</source>
      <translation>etapa de destino</translation>
    </message>
    <message>
      <source>action</source>
      <translation>acción</translation>
    </message>
    <message>
      <source>date</source>
      <translation>fecha</translation>
    </message>
    <message>
      <source>recorded at</source>
      <translation>registrado el</translation>
    </message>
    <message>
      <source>who</source>
      <translation>autor</translation>
    </message>
    <message>
      <source>basis</source>
      <translation>base</translation>
    </message>
    <message>
      <source>shared by the projects</source>
      <translation>en común entre los proyectos</translation>
    </message>
  </context>
  <context>
    <name>RecordKind</name>
    <message>
      <source>partner</source>
      <translation>socio</translation>
    </message>
    <message>
      <source>partners</source>
      <translation>socios</translation>
    </message>
    <message>
      <source>project</source>
      <translation>proyecto</translation>
    </message>
    <message>
      <source>projects</source>
      <translation>proyectos</translation>
    </message>
    <message>
      <source>funding line</source>
      <translation>línea de financiación</translation>
    </message>
    <message>
      <source>funding lines</source>
      <translation>líneas de financiación</translation>
    </message>
    <message>
      <source>unearmarked funding line</source>
      <translation>línea de financiación sin asignación específica</translation>
    </message>
    <message>
      <source>unearmarked funding lines</source>
      <translation>líneas de financiación sin asignación específica</translation>
    </message>
    <message>
      <source>budget revision</source>
      <translation>revisión presupuestaria</translation>
    </message>
    <message>
      <source>budget revisions</source>
      <translation>revisiones presupuestarias</translation>
    </message>
    <message>
      <source>expenditure line</source>
      <translation>línea de gasto</translation>
    </message>
    <message>
      <source>expenditure lines</source>
      <translation>líneas de gasto</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>evaluación</translation>
    </message>
    <message>
      <source>evaluations</source>
      <translation>evaluaciones</translation>
    </message>
    <message>
      <source>result indicator</source>
      <translation>indicador de resultados</translation>
    </message>
    <message>
      <source>result indicators</source>
      <translation>indicadores de resultados</translation>
    </message>
    <message>
      <source>budget line</source>
      <translation>línea presupuestaria</translation>
    </message>
    <message>
      <source>budget lines</source>
      <translation>líneas presupuestarias</translation>
    </message>
    <message>
      <source>progress report</source>
      <translation>informe de avance</translation>
    </message>
    <message>
      <source>progress reports</source>
      <translation>informes de avance</translation>
    </message>
    <message>
      <source>indicator value</source>
      <translation>valor del indicador</translation>
    </message>
    <message>
      <source>indicator values</source>
      <translation>valores del indicador</translation>
    </message>
    <message>
      <source>document</source>
      <translation>documento</translation>
    </message>
    <message>
      <source>documents</source>
      <translation>documentos</translation>
    </message>
    <message>
      <source>location</source>
      <translation>lugar</translation>
    </message>
    <message>
      <source>locations</source>
      <translation>lugares</translation>
    </message>
    <message>
      <source>appraisal record</source>
      <translation>registro de evaluación ex ante</translation>
    </message>
    <message>
      <source>appraisal records</source>
      <translation>registros de evaluación ex ante</translation>
    </message>
    <message>
      <source>exchange rate</source>
      <translation>tipo de cambio</translation>
    </message>
    <message>
      <source>exchange rates</source>
      <translation>tipos de cambio</translation>
    </message>
    <message>
      <source>country share</source>
      <translation>porcentaje por país</translation>
    </message>
    <message>
      <source>country shares</source>
      <translation>porcentajes por país</translation>
    </message>
    <message>
      <source>stage change</source>
      <translation>cambio de etapa</translation>
    </message>
    <message>
      <source>stage changes</source>
      <translation>cambios de etapa</translation>
    </message>
    <message>
      <source>cluster evaluation</source>
      <translation>evaluación agrupada</translation>
    </message>
    <message>
      <source>cluster evaluations</source>
      <translation>evaluaciones agrupadas</translation>
    </message>
  </context>
  <context>
    <name>RecordName</name>
    <message>
      <source>project</source>
      <translation>proyecto</translation>
    </message>
    <message>
      <source>partner</source>
      <translation>socio</translation>
    </message>
    <message>
      <source>funding</source>
      <translation>financiación</translation>
    </message>
    <message>
      <source>unearmarked funding</source>
      <translation>financiación sin asignación específica</translation>
    </message>
    <message>
      <source>budget revision</source>
      <translation>revisión presupuestaria</translation>
    </message>
    <message>
      <source>expenditure</source>
      <translation>gasto</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>evaluación</translation>
    </message>
    <message>
      <source>result indicator</source>
      <translation>indicador de resultados</translation>
    </message>
    <message>
      <source>country share</source>
      <translation>porcentaje por país</translation>
    </message>
    <message>
      <source>stage change</source>
      <translation>cambio de etapa</translation>
    </message>
  </context>
  <context>
    <name>Region</name>
    <message>
      <source>Africa</source>
      <translation>África</translation>
    </message>
    <message>
      <source>Americas</source>
      <translation>Américas</translation>
    </message>
    <message>
      <source>Arab States</source>
      <translation>Estados Árabes</translation>
    </message>
    <message>
      <source>Asia and the Pacific</source>
      <translation>Asia y el Pacífico</translation>
    </message>
    <message>
      <source>Europe and Central Asia</source>
      <translation>Europa y Asia Central</translation>
    </message>
    <message>
      <source>Interregional/Global</source>
      <translation>Interregional/mundial</translation>
    </message>
  </context>
  <context>
    <name>RuleSet</name>
    <message>
      <source>rule set {file}</source>
      <translation>conjunto de reglas {file}</translation>
    </message>
    <message>
      <source>{origin}: the file cannot be read ({error})</source>
      <translation>{origin}: el archivo no se puede leer ({error})</translation>
    </message>
    <message>
      <source>{origin}: not valid JSON ({error} at line {line})</source>
      <translation>{origin}: JSON no válido ({error} en la línea {line})</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>unknown rule set '{name}' (available: {known})</source>
      <translation>conjunto de reglas «{name}» desconocido (disponibles: {known})</translation>
    </message>
    <message>
      <source>{origin}: the file is named '{name}' but declares name '{declared}'</source>
      <translation>{origin}: el archivo se llama «{name}» pero declara el nombre «{declared}»</translation>
    </message>
    <message>
      <source>rule set {rule_set} has no duration band for {months} months</source>
      <translation>el conjunto de reglas {rule_set} no tiene ningún tramo de duración para {months} meses</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <source>'{key}' is missing</source>
      <translation>falta '{key}'</translation>
    </message>
    <message>
      <source>must be an object with named fields</source>
      <translation>debe ser un objeto con campos con nombre</translation>
    </message>
    <message>
      <source>'{key}' must be a list</source>
      <translation>'{key}' debe ser una lista</translation>
    </message>
    <message>
      <source>'{key}' must be text, not {value}</source>
      <translation>'{key}' debe ser un texto, no {value}</translation>
    </message>
    <message>
      <source>'{key}' is empty</source>
      <translation>'{key}' está vacío</translation>
    </message>
    <message>
      <source>'{key}' must be a number written as text ('18', '350000'), not {value}</source>
      <translation>'{key}' debe ser un número escrito como texto ('18', '350000'), no {value}</translation>
    </message>
    <message>
      <source>'{key}' cannot be negative</source>
      <translation>'{key}' no puede ser negativo</translation>
    </message>
    <message>
      <source>give '{a}' or '{b}', not both</source>
      <translation>indique '{a}' o '{b}', no ambos</translation>
    </message>
    <message>
      <source>the lower bound is not below the upper bound</source>
      <translation>el límite inferior no está por debajo del superior</translation>
    </message>
    <message>
      <source>'kind' must be text, not {value}</source>
      <translation>'kind' debe ser un texto, no {value}</translation>
    </message>
    <message>
      <source>evaluation kind '{kind}' is neither one of tracker's ({codes}) nor named under 'kinds'</source>
      <translation>el tipo de evaluación '{kind}' no es uno de los de tracker ({codes}) ni figura en 'kinds'</translation>
    </message>
    <message>
      <source>timing '{timing}' is not one of {timings}</source>
      <translation>el momento '{timing}' no es uno de {timings}</translation>
    </message>
    <message>
      <source>only_if '{condition}' is not one of {conditions}</source>
      <translation>only_if '{condition}' no es una de {conditions}</translation>
    </message>
    <message>
      <source>timing '{timing}' needs 'months', a whole number from 1 to {most}</source>
      <translation>el momento '{timing}' necesita 'months', un número entero de 1 a {most}</translation>
    </message>
    <message>
      <source>'months' applies only to the timings {timings}</source>
      <translation>'months' solo se aplica a los momentos {timings}</translation>
    </message>
    <message>
      <source>'independent' must be true or false</source>
      <translation>'independent' debe ser true o false</translation>
    </message>
    <message>
      <source>{where}, evaluation {number}</source>
      <translation>{where}, evaluación {number}</translation>
    </message>
    <message>
      <source>{kind} is required twice</source>
      <translation>{kind} se exige dos veces</translation>
    </message>
    <message>
      <source>'{key}' must give a text by language, e.g. {example}</source>
      <translation>'{key}' debe dar un texto por idioma, por ejemplo {example}</translation>
    </message>
    <message>
      <source>{where}, when</source>
      <translation>{where}, when</translation>
    </message>
    <message>
      <source>unknown condition {names} (use modality, partner_category)</source>
      <translation>condición desconocida {names} (use modality, partner_category)</translation>
    </message>
    <message>
      <source>{origin}, kind {number}</source>
      <translation>{origin}, tipo {number}</translation>
    </message>
    <message>
      <source>'labels' must name a label by language, e.g. {example}</source>
      <translation>'labels' debe dar una etiqueta por idioma, por ejemplo {example}</translation>
    </message>
    <message>
      <source>code '{code}' must be lower-case letters, digits and hyphens (at most 40)</source>
      <translation>el código '{code}' debe tener minúsculas, cifras y guiones (40 como máximo)</translation>
    </message>
    <message>
      <source>'{code}' is one of tracker's own kinds: use it without naming it</source>
      <translation>'{code}' es uno de los tipos propios de tracker: úselo sin nombrarlo</translation>
    </message>
    <message>
      <source>{origin}, band {number}</source>
      <translation>{origin}, tramo {number}</translation>
    </message>
    <message>
      <source>band</source>
      <translation>franja</translation>
    </message>
    <message>
      <source>{origin}, tier {number}</source>
      <translation>{origin}, tramo {number}</translation>
    </message>
    <message>
      <source>'band_evaluations' must be one of {values}</source>
      <translation>'band_evaluations' debe ser uno de {values}</translation>
    </message>
    <message>
      <source>tier</source>
      <translation>tramo</translation>
    </message>
    <message>
      <source>{origin}, appraisal requirement {number}</source>
      <translation>{origin}, requisito de evaluación previa {number}</translation>
    </message>
    <message>
      <source>'result_choices' must be a list of texts</source>
      <translation>'result_choices' debe ser una lista de textos</translation>
    </message>
    <message>
      <source>appraisal requirement '{code}' is named twice</source>
      <translation>el requisito de evaluación previa '{code}' figura dos veces</translation>
    </message>
    <message>
      <source>{origin}, independent_evaluation</source>
      <translation>{origin}, independent_evaluation</translation>
    </message>
    <message>
      <source>'effective_from' must be a date written 2027-01-31, not {value}</source>
      <translation>'effective_from' debe ser una fecha escrita 2027-01-31, no {value}</translation>
    </message>
    <message>
      <source>'name' must be lower-case letters, digits, dots and hyphens (at most 60), as the file is named</source>
      <translation>'name' debe tener minúsculas, cifras, puntos y guiones (60 como máximo), como el nombre del archivo</translation>
    </message>
    <message>
      <source>'version' must be a whole number from 1</source>
      <translation>'version' debe ser un número entero desde 1</translation>
    </message>
    <message>
      <source>{noun} {first} and {noun} {second} overlap ({value} {unit} is in both)</source>
      <translation>{noun} {first} y {noun} {second} se solapan ({value} {unit} está en ambos)</translation>
    </message>
    <message>
      <source>months</source>
      <translation>meses</translation>
    </message>
  </context>
  <context>
    <name>RuleSetText</name>
    <message>
      <source>is under 18 months</source>
      <translation>menos de 18 meses</translation>
    </message>
    <message>
      <source>is within 18-30 months</source>
      <translation>entre 18 y 30 meses</translation>
    </message>
    <message>
      <source>is over 30 months</source>
      <translation>más de 30 meses</translation>
    </message>
    <message>
      <source>final evaluation on completion</source>
      <translation>evaluación final al término</translation>
    </message>
    <message>
      <source>mid-term and final evaluation</source>
      <translation>evaluación de medio término y evaluación final</translation>
    </message>
    <message>
      <source>annual reviews, a mid-term review if agreed in the initial evaluation plan, and a final evaluation</source>
      <translation>exámenes anuales, examen de medio término si así se acordó en el plan de evaluación inicial, y evaluación final</translation>
    </message>
    <message>
      <source>at least one independent evaluation during the cycle</source>
      <translation>al menos una evaluación independiente durante el ciclo</translation>
    </message>
    <message>
      <source>ILO evaluation framework of November 2002 (GB.285/PFA/10)</source>
      <translation>Marco de evaluación de la OIT de noviembre de 2002 (GB.285/PFA/10)</translation>
    </message>
  </context>
  <context>
    <name>Stage</name>
    <message>
      <source>Design</source>
      <translation>Diseño</translation>
    </message>
    <message>
      <source>Appraisal</source>
      <translation>Evaluación ex ante</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Aprobado</translation>
    </message>
    <message>
      <source>Implementation</source>
      <translation>Ejecución</translation>
    </message>
    <message>
      <source>Evaluation and closing</source>
      <translation>Evaluación y cierre</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Cerrado</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Suspendido</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelado</translation>
    </message>
  </context>
  <context>
    <name>StrategicObjective</name>
    <message>
      <source>Standards and fundamental principles and rights at work</source>
      <translation>Normas y principios y derechos fundamentales en el trabajo</translation>
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
      <source>Social dialogue and tripartism</source>
      <translation>Diálogo social y tripartismo</translation>
    </message>
    <message>
      <source>Others (cross-cutting, management, field offices)</source>
      <translation>Otros (temas transversales, gestión, oficinas exteriores)</translation>
    </message>
  </context>
  <context>
    <name>TextCheck</name>
    <message>
      <source>keep it on one line (there is a line break at character {position})</source>
      <translation>escriba en una sola línea (hay un salto de línea en el carácter {position})</translation>
    </message>
    <message>
      <source>keep it on one line (there is a tab at character {position}; use spaces)</source>
      <translation>escriba en una sola línea (hay una tabulación en el carácter {position}; use espacios)</translation>
    </message>
    <message>
      <source>remove the broken character {code} at character {position} (half of a pair)</source>
      <translation>elimine el carácter dañado {code} en la posición {position} (mitad de un par)</translation>
    </message>
    <message>
      <source>remove the invisible control character {code} at character {position}</source>
      <translation>elimine el carácter de control invisible {code} en la posición {position}</translation>
    </message>
    <message>
      <source>keep the {field} to {width} characters (it has {length})</source>
      <translation>{field}: {width} caracteres como máximo (tiene {length})</translation>
    </message>
  </context>
  <context>
    <name>Theme</name>
    <message>
      <source>Gender equality</source>
      <translation>Igualdad de género</translation>
    </message>
    <message>
      <source>Tripartism and social dialogue</source>
      <translation>Tripartismo y diálogo social</translation>
    </message>
    <message>
      <source>International labour standards</source>
      <translation>Normas internacionales del trabajo</translation>
    </message>
    <message>
      <source>Environmental sustainability / just transition</source>
      <translation>Sostenibilidad ambiental / transición justa</translation>
    </message>
    <message>
      <source>South-South and triangular cooperation</source>
      <translation>Cooperación Sur-Sur y triangular</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>a document needs a title</source>
      <translation>un documento necesita un título</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI document category (A01-A12 for a project's documents)</source>
      <translation>«{code}» no es una categoría de documento de la IATI (A01 a A12 para los documentos de un proyecto)</translation>
    </message>
    <message>
      <source>the file is {size} MB; tracker keeps files up to {limit} MB: publish it and give its web address</source>
      <translation>el archivo tiene {size} MB; tracker guarda archivos de hasta {limit} MB: publíquelo e indique su dirección web</translation>
    </message>
    <message>
      <source>a web address starts with https:// or http://</source>
      <translation>una dirección web empieza por https:// o http://</translation>
    </message>
    <message>
      <source>a location needs a name</source>
      <translation>un lugar necesita un nombre</translation>
    </message>
    <message>
      <source>'{code}' is not an ISO 3166 country code</source>
      <translation>«{code}» no es un código de país ISO 3166</translation>
    </message>
    <message>
      <source>give both the latitude and the longitude, or neither</source>
      <translation>indique la latitud y la longitud, o ninguna de las dos</translation>
    </message>
    <message>
      <source>a latitude is between -90 and 90 degrees</source>
      <translation>una latitud está entre -90 y 90 grados</translation>
    </message>
    <message>
      <source>a longitude is between -180 and 180 degrees</source>
      <translation>una longitud está entre -180 y 180 grados</translation>
    </message>
    <message>
      <source>project {code}</source>
      <translation>proyecto {code}</translation>
    </message>
    <message>
      <source>the organisation needs its IATI organisation identifier</source>
      <translation>la organización necesita su identificador de organización de la IATI</translation>
    </message>
    <message>
      <source>the organisation needs a name</source>
      <translation>la organización necesita un nombre</translation>
    </message>
    <message>
      <source>'{value}' is not an e-mail address</source>
      <translation>«{value}» no es una dirección de correo electrónico</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI organisation type</source>
      <translation>«{code}» no es un tipo de organización de la IATI</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI flow type ({modality})</source>
      <translation>«{code}» no es un tipo de flujo de la IATI ({modality})</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI finance type ({modality})</source>
      <translation>«{code}» no es un tipo de financiación de la IATI ({modality})</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI aid type ({modality})</source>
      <translation>«{code}» no es un tipo de ayuda de la IATI ({modality})</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI tied-aid status ({modality})</source>
      <translation>«{code}» no es un código de vinculación de la ayuda de la IATI ({modality})</translation>
    </message>
    <message>
      <source>use 2-{width} letters, digits, '-', '_', '.' or '/', starting with a letter or digit</source>
      <translation>use de 2 a {width} letras, cifras, «-», «_», «.» o «/», empezando por una letra o una cifra</translation>
    </message>
    <message>
      <source>use 2-{width} letters, digits or other printable characters (spaces only inside), starting with a letter or digit</source>
      <translation>use de 2 a {width} letras, cifras u otros caracteres imprimibles (espacios solo en el interior), empezando por una letra o una cifra</translation>
    </message>
    <message>
      <source>code {code} is already used by another project</source>
      <translation>el código {code} ya lo utiliza otro proyecto</translation>
    </message>
    <message>
      <source>code {code} is already used by another project (as {stored})</source>
      <translation>el código {code} ya lo utiliza otro proyecto (como {stored})</translation>
    </message>
    <message>
      <source>a partner needs a name</source>
      <translation>un socio debe tener un nombre</translation>
    </message>
    <message>
      <source>say which kind of non-state actor this is</source>
      <translation>indique de qué tipo de actor no estatal se trata</translation>
    </message>
    <message>
      <source>only non-state actors have a non-state kind</source>
      <translation>solo los actores no estatales tienen un tipo de actor no estatal</translation>
    </message>
    <message>
      <source>{modality} funding needs a partner</source>
      <translation>una financiación «{modality}» debe tener un socio</translation>
    </message>
    <message>
      <source>earmarked funding must name the project it pays for</source>
      <translation>una financiación asignada para fines específicos debe indicar el proyecto que financia</translation>
    </message>
    <message>
      <source>a revision changes the budget, the end date or both</source>
      <translation>una revisión modifica el presupuesto, la fecha de finalización o ambos</translation>
    </message>
    <message>
      <source>the revised budget must be greater than zero</source>
      <translation>el presupuesto revisado debe ser mayor que cero</translation>
    </message>
    <message>
      <source>the US$ rate must be greater than zero</source>
      <translation>el tipo de cambio en US$ debe ser mayor que cero</translation>
    </message>
    <message>
      <source>say why the budget or end date changed</source>
      <translation>indique por qué cambió el presupuesto o la fecha de finalización</translation>
    </message>
    <message>
      <source>{year} is not a plausible year</source>
      <translation>{year} no es un año verosímil</translation>
    </message>
    <message>
      <source>{month} is not a month (1-12)</source>
      <translation>{month} no es un mes (1 a 12)</translation>
    </message>
    <message>
      <source>a completed evaluation needs its completion date</source>
      <translation>una evaluación finalizada debe tener su fecha de finalización</translation>
    </message>
    <message>
      <source>name who carried out the evaluation</source>
      <translation>indique quién realizó la evaluación</translation>
    </message>
    <message>
      <source>this evaluation must be independent (internal or external)</source>
      <translation>esta evaluación debe ser independiente (interna o externa)</translation>
    </message>
    <message>
      <source>a waived evaluation needs the reason for the waiver</source>
      <translation>una evaluación exenta debe indicar el motivo de la exención</translation>
    </message>
    <message>
      <source>ratings run from 1 (highly unsatisfactory) to 6 (highly satisfactory)</source>
      <translation>las calificaciones van de 1 (muy insatisfactorio) a 6 (muy satisfactorio)</translation>
    </message>
    <message>
      <source>an indicator needs a name</source>
      <translation>un indicador debe tener un nombre</translation>
    </message>
    <message>
      <source>the share of women is a percentage between 0 and 100</source>
      <translation>el porcentaje de mujeres debe estar entre 0 y 100</translation>
    </message>
    <message>
      <source>amounts are exact decimals, never floating point</source>
      <translation>los importes son decimales exactos, nunca números de coma flotante</translation>
    </message>
    <message>
      <source>the amount cannot be negative</source>
      <translation>el importe no puede ser negativo</translation>
    </message>
    <message>
      <source>amounts are kept to the cent; use at most two decimals</source>
      <translation>los importes se guardan al céntimo; use como máximo dos decimales</translation>
    </message>
    <message>
      <source>name the appraisal requirement this record meets</source>
      <translation>indique el requisito de evaluación ex ante que cumple este registro</translation>
    </message>
    <message>
      <source>the period ends before it starts</source>
      <translation>el período termina antes de empezar</translation>
    </message>
    <message>
      <source>a progress report needs a summary of progress</source>
      <translation>un informe de avance necesita un resumen de los avances</translation>
    </message>
    <message>
      <source>a project needs a title</source>
      <translation>un proyecto debe tener un título</translation>
    </message>
    <message>
      <source>a country is listed twice</source>
      <translation>un país figura dos veces</translation>
    </message>
    <message>
      <source>{country} has a share but is not among the countries</source>
      <translation>{country} tiene un porcentaje pero no figura entre los países</translation>
    </message>
    <message>
      <source>the share of {country} must be between 0 and 100 per cent</source>
      <translation>el porcentaje de {country} debe estar entre 0 y 100</translation>
    </message>
    <message>
      <source>the country shares add up to more than 100 per cent</source>
      <translation>los porcentajes por país suman más del 100 por ciento</translation>
    </message>
    <message>
      <source>the planned end is before the planned start</source>
      <translation>la finalización prevista es anterior al inicio previsto</translation>
    </message>
    <message>
      <source>the actual end is before the start</source>
      <translation>la finalización real es anterior al inicio</translation>
    </message>
    <message>
      <source>a purpose code is the OECD DAC's five digits (16020: employment creation)</source>
      <translation>un código de finalidad son los cinco dígitos del CAD de la OCDE (16020: creación de empleo)</translation>
    </message>
    <message>
      <source>the capital spend is a share between 0 and 100 per cent</source>
      <translation>el gasto de capital es una proporción entre 0 y 100 por ciento</translation>
    </message>
    <message>
      <source>this heading is already budgeted for this output</source>
      <translation>esta partida ya está presupuestada para este producto</translation>
    </message>
    <message>
      <source>the indicator it measures is not one of this project's</source>
      <translation>el indicador que mide no es de este proyecto</translation>
    </message>
    <message>
      <source>{country} is not one of the project's countries</source>
      <translation>{country} no es uno de los países del proyecto</translation>
    </message>
    <message>
      <source>project (no code)</source>
      <translation>proyecto (sin código)</translation>
    </message>
    <message>
      <source>an amount is required</source>
      <translation>se requiere un importe</translation>
    </message>
    <message>
      <source>the amount must be greater than zero</source>
      <translation>el importe debe ser mayor que cero</translation>
    </message>
  </context>
</TS>
