<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>Argparse</name>
    <message>
      <source>usage: </source>
      <translation>uso: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>argumentos posicionales</translation>
    </message>
    <message>
      <source>options</source>
      <translation>opciones</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>subcomando %(parser_name)r desconocido (opciones: %(choices)s)</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>no permitido con el argumento %s</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>argumento explícito ignorado: %r</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>se esperaba un argumento</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>se esperaba %s argumento</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>opción ambigua: %(option)s podría corresponder a %(matches)s</translation>
    </message>
    <message>
      <source>unexpected option string: %s</source>
      <translation>opción inesperada: %s</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
  </context>
  <context>
    <name>CliArguments</name>
    <message>
      <source>{what} '{text}' must be greater than zero</source>
      <translation>{what} «{text}» debe ser mayor que cero</translation>
    </message>
    <message>
      <source>{what} '{text}' cannot be negative</source>
      <translation>{what} «{text}» no puede ser negativo</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>importe</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>presupuesto</translation>
    </message>
    <message>
      <source>US$ rate</source>
      <translation>tipo de cambio (US$)</translation>
    </message>
    <message>
      <source>'{text}' is not an ISO 4217 currency code</source>
      <translation>«{text}» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
      <source>'{text}' is not a year such as 2004</source>
      <translation>«{text}» no es un año, como 2004</translation>
    </message>
    <message>
      <source>'{text}' is not CUR=RATE, e.g. EUR={rate}</source>
      <translation>«{text}» no tiene la forma MONEDA=TIPO, por ejemplo EUR={rate}</translation>
    </message>
    <message>
      <source>US$ rate of {code}</source>
      <translation>tipo de cambio (US$) de {code}</translation>
    </message>
  </context>
  <context>
    <name>CliCheck</name>
    <message>
      <source>expenditure to date (US$)</source>
      <translation>gasto a la fecha (US$)</translation>
    </message>
    <message>
      <source>funding (US$)</source>
      <translation>financiación (US$)</translation>
    </message>
    <message>
      <source>funding partners and modalities</source>
      <translation>socios y modalidades de financiación</translation>
    </message>
    <message>
      <source>countries</source>
      <translation>países</translation>
    </message>
    <message>
      <source>open evaluations</source>
      <translation>evaluaciones abiertas</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ninguno)</translation>
    </message>
    <message>
      <source>the database file: {problem}</source>
      <translation>el archivo de la base de datos: {problem}</translation>
    </message>
    <message>
      <source>{project}: {column} kept as {stored}, the detail gives {detail}</source>
      <translation>{project}: {column} guardado como {stored}, el detalle da {detail}</translation>
    </message>
    <message numerus="yes">
      <source>the totals of %n project(s) were stored again from the detail</source>
      <translation>
        <numerusform>los totales de %n proyecto se guardaron de nuevo a partir del detalle</numerusform>
        <numerusform>los totales de %n proyectos se guardaron de nuevo a partir del detalle</numerusform>
      </translation>
    </message>
    <message>
      <source>{project}: its rule set {rule_set} is not on this computer, so its plan cannot be checked; install the file (Tools &gt; Evaluation Rules &gt; Import)</source>
      <translation>{project}: su conjunto de reglas {rule_set} no está en este ordenador, así que su plan no se puede comprobar; instale el archivo (Herramientas &gt; Reglas de evaluación &gt; Importar)</translation>
    </message>
    <message>
      <source>{project}: its evaluation plan was computed from other dates, budget or rules</source>
      <translation>{project}: su plan de evaluación se calculó con otras fechas, otro presupuesto u otras reglas</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more project(s) whose plan is out of date</source>
      <translation>
        <numerusform>… y %n proyecto más cuyo plan no está al día</numerusform>
        <numerusform>… y %n proyectos más cuyo plan no está al día</numerusform>
      </translation>
    </message>
    <message>
      <source>{project}: not yet approved, it follows {rule_set}; the policy in force is {policy}</source>
      <translation>{project}: aún no aprobado, sigue {rule_set}; la política vigente es {policy}</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more project(s) behind the policy in force</source>
      <translation>
        <numerusform>… y %n proyecto más atrasado respecto de la política vigente</numerusform>
        <numerusform>… y %n proyectos más atrasados respecto de la política vigente</numerusform>
      </translation>
    </message>
    <message>
      <source>run 'tracker replan' to plan them again</source>
      <translation>ejecute «tracker replan» para planificarlos de nuevo</translation>
    </message>
    <message>
      <source>everything checked agrees: the list's totals equal the detail of every project, and every evaluation plan is current</source>
      <translation>todo lo comprobado concuerda: los totales de la lista son iguales al detalle de cada proyecto y cada plan de evaluación está al día</translation>
    </message>
  </context>
  <context>
    <name>CliClusters</name>
    <message>
      <source>no cluster evaluations yet: tracker clusters create CODE --theme|--partner|--country VALUE PROJECT... makes one</source>
      <translation>ninguna evaluación agrupada por ahora: tracker clusters create CÓDIGO --theme|--partner|--country VALOR PROYECTO... crea una</translation>
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
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation>Base</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>{code}: {title}</source>
      <translation>{code}: {title}</translation>
    </message>
    <message>
      <source>{kind} of the projects sharing the {basis}</source>
      <translation>{kind} de los proyectos que comparten el {basis}</translation>
    </message>
    <message>
      <source>no projects yet: tracker clusters add {code} PROJECT... adds them</source>
      <translation>ningún proyecto por ahora: tracker clusters add {code} PROYECTO... los añade</translation>
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
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Finalizada</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>Evaluador</translation>
    </message>
    <message>
      <source>give the new code (--code) or the new title (--title) of cluster {code}</source>
      <translation>indique el nuevo código (--code) o el nuevo título (--title) del grupo {code}</translation>
    </message>
    <message>
      <source>cluster {code} has that code and title already; nothing changed</source>
      <translation>el grupo {code} ya tiene ese código y ese título; no cambió nada</translation>
    </message>
    <message>
      <source>cluster {code} corrected</source>
      <translation>grupo {code} corregido</translation>
    </message>
    <message numerus="yes">
      <source>this would delete cluster {code}; its %n project(s) would leave it, each keeping its evaluation as its own ({projects}); add --yes to delete it</source>
      <translation>
        <numerusform>esto eliminaría el grupo {code}; su %n proyecto lo dejaría y conservaría su evaluación como propia ({projects}); añada --yes para eliminarlo</numerusform>
        <numerusform>esto eliminaría el grupo {code}; sus %n proyectos lo dejarían, cada uno conservando su evaluación como propia ({projects}); añada --yes para eliminarlo</numerusform>
      </translation>
    </message>
    <message>
      <source>this would delete cluster {code}, which covers no project; add --yes to delete it</source>
      <translation>esto eliminaría el grupo {code}, que no abarca ningún proyecto; añada --yes para eliminarlo</translation>
    </message>
    <message>
      <source>deleted cluster {code}</source>
      <translation>grupo {code} eliminado</translation>
    </message>
    <message numerus="yes">
      <source>cluster {code} created: {kind} of the projects sharing the {basis}, %n project(s)</source>
      <translation>
        <numerusform>grupo {code} creado: {kind} de los proyectos que comparten el {basis}, %n proyecto</numerusform>
        <numerusform>grupo {code} creado: {kind} de los proyectos que comparten el {basis}, %n proyectos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code}: %n project(s) added</source>
      <translation>
        <numerusform>grupo {code}: %n proyecto añadido</numerusform>
        <numerusform>grupo {code}: %n proyectos añadidos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code}: %n project(s) removed</source>
      <translation>
        <numerusform>grupo {code}: %n proyecto retirado</numerusform>
        <numerusform>grupo {code}: %n proyectos retirados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code} completed on {on} by {evaluator} ({independence}) for %n project(s): {projects}</source>
      <translation>
        <numerusform>grupo {code} finalizado el {on} por {evaluator} ({independence}) para %n proyecto: {projects}</numerusform>
        <numerusform>grupo {code} finalizado el {on} por {evaluator} ({independence}) para %n proyectos: {projects}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliDatabase</name>
    <message>
      <source>the backup</source>
      <translation>la copia de seguridad</translation>
    </message>
    <message>
      <source>backed up {database} to {file}</source>
      <translation>copia de seguridad de {database} guardada en {file}</translation>
    </message>
    <message>
      <source>(read-only: this account may not change projects, so nothing can be saved)</source>
      <translation>(solo lectura: esta cuenta no puede modificar proyectos, por lo que no se puede guardar nada)</translation>
    </message>
    <message>
      <source>(read-only: {reason}, so nothing can be saved)</source>
      <translation>(solo lectura: {reason}, por lo que no se puede guardar nada)</translation>
    </message>
    <message>
      <source>({reason}, so nothing can be saved)</source>
      <translation>({reason}, por lo que no se puede guardar nada)</translation>
    </message>
    <message>
      <source>database: {database}{note}</source>
      <translation>base de datos: {database}{note}</translation>
    </message>
    <message>
      <source>engine: {engine}</source>
      <translation>motor: {engine}</translation>
    </message>
    <message>
      <source>schema version: {version}</source>
      <translation>versión del esquema: {version}</translation>
    </message>
    <message>
      <source>projects: {projects}, partners: {partners}, evaluations: {evaluations}, expenditure lines: {expenditures}</source>
      <translation>proyectos: {projects}, socios: {partners}, evaluaciones: {evaluations}, líneas de gastos: {expenditures}</translation>
    </message>
    <message>
      <source>the file cannot be written</source>
      <translation>no se puede escribir en el archivo</translation>
    </message>
    <message>
      <source>its folder cannot be written</source>
      <translation>no se puede escribir en su carpeta</translation>
    </message>
    <message>
      <source>opened read-only</source>
      <translation>abierta en modo de solo lectura</translation>
    </message>
    <message>
      <source>{name}: cannot be used: {problem}</source>
      <translation>{name}: no se puede usar: {problem}</translation>
    </message>
    <message>
      <source>policy in force since {date}</source>
      <translation>política vigente desde el {date}</translation>
    </message>
    <message>
      <source>policy from {date}</source>
      <translation>política a partir del {date}</translation>
    </message>
    <message>
      <source>applies to the projects it is assigned to</source>
      <translation>se aplica a los proyectos a los que se asigna</translation>
    </message>
    <message>
      <source>band {band}: {description}: {requires}</source>
      <translation>tramo {band}: {description}: {requires}</translation>
    </message>
    <message>
      <source>budget over {amount}: {description}</source>
      <translation>presupuesto superior a {amount}: {description}</translation>
    </message>
    <message>
      <source>tier {tier}: budget {description}: {requires}</source>
      <translation>tramo {tier}: presupuesto {description}: {requires}</translation>
    </message>
    <message>
      <source>before approval: {label} ({reason})</source>
      <translation>antes de la aprobación: {label} ({reason})</translation>
    </message>
    <message>
      <source>When (UTC)</source>
      <translation>Cuándo (UTC)</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Tabla</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Old</source>
      <translation>Antes</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Después</translation>
    </message>
  </context>
  <context>
    <name>CliDocuments</name>
    <message>
      <source>'{text}' is not an IATI document category; a project's are: {categories}</source>
      <translation>'{text}' no es una categoría de documento IATI; las de un proyecto son: {categories}</translation>
    </message>
    <message>
      <source>'{text}' is not a language code of two letters (ISO 639-1), such as en, fr or es</source>
      <translation>'{text}' no es un código de idioma de dos letras (ISO 639-1), como en, fr o es</translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} KB</translation>
    </message>
    <message>
      <source>project {code} has no documents</source>
      <translation>el proyecto {code} no tiene documentos</translation>
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
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Dirección web</translation>
    </message>
    <message>
      <source>give the document's file (--file) or its web address (--url), or both</source>
      <translation>indique el archivo del documento (--file) o su dirección web (--url), o ambos</translation>
    </message>
    <message>
      <source>added document {document} to {evaluation} of project {code}</source>
      <translation>documento {document} añadido a {evaluation} del proyecto {code}</translation>
    </message>
    <message>
      <source>added document {document} to project {code}</source>
      <translation>documento {document} añadido al proyecto {code}</translation>
    </message>
    <message>
      <source>project {code} has {count} documents titled '{title}'; name one by its UUID: {uuids}</source>
      <translation>el proyecto {code} tiene {count} documentos titulados '{title}'; designe uno por su UUID: {uuids}</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>ninguno por ahora</translation>
    </message>
    <message>
      <source>project {code} has no document '{which}'; its documents: {known}</source>
      <translation>el proyecto {code} no tiene ningún documento '{which}'; sus documentos: {known}</translation>
    </message>
    <message>
      <source>; it is published at {url}</source>
      <translation>; está publicado en {url}</translation>
    </message>
    <message>
      <source>document “{title}” has no attached file{where}</source>
      <translation>el documento «{title}» no tiene archivo adjunto{where}</translation>
    </message>
    <message>
      <source>the document's file</source>
      <translation>el archivo del documento</translation>
    </message>
    <message>
      <source>wrote {file} ({size}), the file of document “{title}”</source>
      <translation>se escribió {file} ({size}), el archivo del documento «{title}»</translation>
    </message>
    <message>
      <source>removed document “{title}” from project {code}</source>
      <translation>documento «{title}» retirado del proyecto {code}</translation>
    </message>
  </context>
  <context>
    <name>CliEvaluation</name>
    <message>
      <source>'{text}' is not CRITERION=RATING, e.g. relevance=4</source>
      <translation>«{text}» no tiene la forma CRITERIO=CALIFICACIÓN, por ejemplo relevance=4</translation>
    </message>
    <message>
      <source>'{value}' is not a rating: use a whole number from 1 to 6</source>
      <translation>«{value}» no es una calificación: indique un número entero del 1 al 6</translation>
    </message>
    <message>
      <source>{code} has no evaluations yet (the rules plan them once the planned start, end and budget are set)</source>
      <translation>{code} aún no tiene evaluaciones (las normas las planifican en cuanto se indican el inicio y el fin previstos y el presupuesto)</translation>
    </message>
    <message>
      <source>(must be independent)</source>
      <translation>(debe ser independiente)</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Mandatory</source>
      <translation>Obligatoria</translation>
    </message>
    <message>
      <source>Independence</source>
      <translation>Independencia</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Finalización</translation>
    </message>
    <message>
      <source>Evaluator / waiver</source>
      <translation>Evaluador / exención</translation>
    </message>
    <message>
      <source>plan: {change}</source>
      <translation>plan: {change}</translation>
    </message>
    <message>
      <source>--rating gives {criterion} twice ({first} and {second}); give each criterion once</source>
      <translation>--rating indica {criterion} dos veces ({first} y {second}); indique cada criterio una sola vez</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} added (optional, {independence}; named '{reference}')</source>
      <translation>{code}: {evaluation} (vencimiento {due}): se añade con carácter opcional ({independence}; nombre: «{reference}»)</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} is in progress</source>
      <translation>{code}: {evaluation} (vencimiento {due}): en curso</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} completed on {on} by {evaluator} ({independence})</source>
      <translation>{code}: {evaluation} (vencimiento {due}): realización finalizada el {on} por {evaluator} ({independence})</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} waived: {reason}</source>
      <translation>{code}: {evaluation} (vencimiento {due}): exención concedida: {reason}</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} is planned again (waiver withdrawn)</source>
      <translation>{code}: {evaluation} (vencimiento {due}): de nuevo en el plan (exención retirada)</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} planned as {independence}</source>
      <translation>{code}: {evaluation} (vencimiento {due}): forma prevista: {independence}</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} must be independent (planned as {independence})</source>
      <translation>{code}: {evaluation} (vencimiento {due}): debe ser independiente (forma prevista: {independence})</translation>
    </message>
  </context>
  <context>
    <name>CliExchange</name>
    <message>
      <source>the import template</source>
      <translation>la plantilla de importación</translation>
    </message>
    <message numerus="yes">
      <source>{count} demo project(s) ({codes}) left out: the file holds real projects only; `tracker demo --remove` removes them from the database</source>
      <translation>
        <numerusform>{count} proyecto de demostración ({codes}) omitido: el archivo solo contiene proyectos reales; `tracker demo --remove` lo elimina de la base de datos</numerusform>
        <numerusform>{count} proyectos de demostración ({codes}) omitidos: el archivo solo contiene proyectos reales; `tracker demo --remove` los elimina de la base de datos</numerusform>
      </translation>
    </message>
    <message>
      <source>skipped: {item}</source>
      <translation>omitido: {item}</translation>
    </message>
    <message>
      <source>refused: {item}</source>
      <translation>rechazado: {item}</translation>
    </message>
    <message>
      <source>give the file to write (-o FILE.xml), or --check to list what the file would lack</source>
      <translation>indique el archivo que se escribirá (-o ARCHIVO.xml), o --check para listar lo que le faltaría al archivo</translation>
    </message>
    <message>
      <source>the IATI file</source>
      <translation>el archivo IATI</translation>
    </message>
    <message>
      <source>the package</source>
      <translation>el paquete</translation>
    </message>
    <message>
      <source>conflict: {item}</source>
      <translation>conflicto: {item}</translation>
    </message>
    <message>
      <source>say which version to keep: --keep mine or --keep theirs</source>
      <translation>indique qué versión conservar: --keep mine (la suya) o --keep theirs (la de la otra parte)</translation>
    </message>
    <message>
      <source>conflict {id} ({label}) resolved: kept mine</source>
      <translation>conflicto {id} ({label}) resuelto: se conserva su versión</translation>
    </message>
    <message>
      <source>conflict {id} ({label}) resolved: kept theirs</source>
      <translation>conflicto {id} ({label}) resuelto: se conserva la versión de la otra parte</translation>
    </message>
    <message>
      <source>no conflicts to resolve</source>
      <translation>no hay conflictos que resolver</translation>
    </message>
    <message>
      <source>{id}: {kind} {label} (from {source}, {detected})</source>
      <translation>{id}: {kind} {label} (de {source}, {detected})</translation>
    </message>
    <message>
      <source>{field}: mine {mine}, theirs {theirs}</source>
      <translation>{field}: la suya {mine}, la de la otra parte {theirs}</translation>
    </message>
  </context>
  <context>
    <name>CliHelp</name>
    <message>
      <source>replace the file if it exists (without it, an existing file is refused and left as it is)</source>
      <translation>reemplazar el archivo si existe (sin esta opción, un archivo existente se rechaza y se deja como está)</translation>
    </message>
    <message>
      <source>database file, or a shared database on a server: postgresql://user@host:port/dbname (default: $TRACKER_DB, else tracker.sqlite3 in your data folder)</source>
      <translation>archivo de base de datos, o base compartida en un servidor: postgresql://user@host:port/dbname (por defecto: $TRACKER_DB; si no, tracker.sqlite3 en su carpeta de datos)</translation>
    </message>
    <message>
      <source>Portfolio tracker for development-cooperation projects.</source>
      <translation>Seguimiento de la cartera de proyectos de cooperación para el desarrollo.</translation>
    </message>
    <message>
      <source>show the version and exit</source>
      <translation>mostrar la versión y salir</translation>
    </message>
    <message>
      <source>the language of tracker's messages: en (English), fr (French) or es (Spanish); numbers are read and written as in that language (default: the system's language, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
      <translation>el idioma de los mensajes de tracker: en (inglés), fr (francés) o es (español); los números se leen y escriben como en ese idioma (por defecto: el idioma del sistema, según LANGUAGE, LC_ALL, LC_MESSAGES o LANG)</translation>
    </message>
    <message>
      <source>print JSON</source>
      <translation>mostrar en JSON</translation>
    </message>
    <message>
      <source>list projects</source>
      <translation>listar los proyectos</translation>
    </message>
    <message>
      <source>only projects in this stage (e.g. implementation)</source>
      <translation>solo los proyectos en esta etapa (por ejemplo implementation)</translation>
    </message>
    <message>
      <source>only projects this partner funds</source>
      <translation>solo los proyectos que financia este socio</translation>
    </message>
    <message>
      <source>date for overdue flags (default today)</source>
      <translation>fecha de referencia de los retrasos (por defecto: hoy)</translation>
    </message>
    <message>
      <source>only archived projects</source>
      <translation>solo los proyectos archivados</translation>
    </message>
    <message>
      <source>archived projects too (left out by default)</source>
      <translation>también los proyectos archivados (omitidos por defecto)</translation>
    </message>
    <message>
      <source>the evaluations the rules require, with reasons</source>
      <translation>las evaluaciones que exigen las normas, con sus motivos</translation>
    </message>
    <message>
      <source>plan a stored project (instead of --start/--end/--budget)</source>
      <translation>planificar un proyecto registrado (en lugar de --start/--end/--budget)</translation>
    </message>
    <message>
      <source>planned start</source>
      <translation>inicio previsto</translation>
    </message>
    <message>
      <source>planned end, the project's last day</source>
      <translation>fin prevista, el último día del proyecto</translation>
    </message>
    <message>
      <source>approved budget in --currency, written as in your language (e.g. {example})</source>
      <translation>presupuesto aprobado en la moneda --currency, escrito como en su idioma (por ejemplo {example})</translation>
    </message>
    <message>
      <source>budget currency (default USD)</source>
      <translation>moneda del presupuesto (por defecto: USD)</translation>
    </message>
    <message>
      <source>US$ value of one unit of the currency, e.g. {example} for EUR</source>
      <translation>valor en US$ de una unidad de la moneda, por ejemplo {example} para EUR</translation>
    </message>
    <message>
      <source>a mid-term review is agreed in the initial plan</source>
      <translation>se acuerda un examen de medio término en el plan inicial</translation>
    </message>
    <message>
      <source>rule set to apply (default ilo-2002)</source>
      <translation>conjunto de normas que se aplica (por defecto: ilo-2002)</translation>
    </message>
    <message>
      <source>list evaluations</source>
      <translation>listar las evaluaciones</translation>
    </message>
    <message>
      <source>mandatory evaluations past their due date</source>
      <translation>evaluaciones obligatorias cuyo vencimiento ha pasado</translation>
    </message>
    <message>
      <source>reference date (default today)</source>
      <translation>fecha de referencia (por defecto: hoy)</translation>
    </message>
    <message>
      <source>the project's code</source>
      <translation>el código del proyecto</translation>
    </message>
    <message>
      <source>a project with its evaluation plan and compliance</source>
      <translation>un proyecto, con su plan de evaluación y su cumplimiento</translation>
    </message>
    <message>
      <source>reference date for compliance (default today)</source>
      <translation>fecha de referencia del cumplimiento (por defecto: hoy)</translation>
    </message>
    <message>
      <source>take a project-cycle action: submit, approve, start, begin-closing, close, suspend, resume, cancel</source>
      <translation>realizar una acción del ciclo del proyecto: submit, approve, start, begin-closing, close, suspend, resume, cancel</translation>
    </message>
    <message>
      <source>action code, or the stage to move to</source>
      <translation>código de la acción, o la etapa a la que pasar</translation>
    </message>
    <message>
      <source>reason (required to suspend, cancel or return to design)</source>
      <translation>motivo (obligatorio para suspender, cancelar o volver al diseño)</translation>
    </message>
    <message>
      <source>date of the change (default today)</source>
      <translation>fecha del cambio (por defecto: hoy)</translation>
    </message>
    <message>
      <source>copy the database safely, even while the app is open</source>
      <translation>copiar la base de datos de forma segura, incluso con la aplicación abierta</translation>
    </message>
    <message>
      <source>backup file to write</source>
      <translation>archivo de copia de seguridad que se escribe</translation>
    </message>
    <message>
      <source>where the database is and what it holds</source>
      <translation>dónde está la base de datos y qué contiene</translation>
    </message>
    <message>
      <source>list the evaluation rule sets</source>
      <translation>listar los conjuntos de normas de evaluación</translation>
    </message>
    <message>
      <source>write an Excel report: donor, portfolio or evaluations</source>
      <translation>escribir un informe Excel: donor (donante), portfolio (cartera) o evaluations (evaluaciones)</translation>
    </message>
    <message>
      <source>the workbook to write</source>
      <translation>el libro que se escribe</translation>
    </message>
    <message>
      <source>one funding partner: contributions, projects, results and evaluations</source>
      <translation>un socio financiador: contribuciones, proyectos, resultados y evaluaciones</translation>
    </message>
    <message>
      <source>the language the report is written in: en, fr or es (default: the partner's reporting language)</source>
      <translation>el idioma del informe: en, fr o es (por defecto: el idioma de los informes del socio)</translation>
    </message>
    <message>
      <source>partner code or name</source>
      <translation>código o nombre del socio</translation>
    </message>
    <message>
      <source>first year of the period</source>
      <translation>primer año del período</translation>
    </message>
    <message>
      <source>last year of the period</source>
      <translation>último año del período</translation>
    </message>
    <message>
      <source>who prepared the financial statements (default: a blank line to sign)</source>
      <translation>quién preparó los estados financieros (por defecto: una línea para firmar)</translation>
    </message>
    <message>
      <source>who approved the financial statements (default: a blank line to sign)</source>
      <translation>quién aprobó los estados financieros (por defecto: una línea para firmar)</translation>
    </message>
    <message>
      <source>also value the financial statements' totals in US$ at the exchange rate in force on the period's end, with the exchange gain or loss</source>
      <translation>valorar también los totales de los estados financieros en dólares de los EE.UU. al tipo de cambio vigente al cierre del período, con la ganancia o pérdida cambiaria</translation>
    </message>
    <message>
      <source>portfolio statistics: approvals and expenditure tables after the ILO's report on technical cooperation (Table V.1, Annexes 1-4, ...)</source>
      <translation>estadísticas de la cartera: cuadros de aprobaciones y gastos, según el modelo del informe de la OIT sobre la cooperación técnica (cuadro V.1, anexos 1 a 4, ...)</translation>
    </message>
    <message>
      <source>the language the report is written in: en, fr or es (default: tracker's)</source>
      <translation>el idioma del informe: en, fr o es (por defecto: el de tracker)</translation>
    </message>
    <message>
      <source>Table V.1's comparison period (default: as many years just before --from)</source>
      <translation>período de comparación del cuadro V.1 (por defecto: los mismos años justo antes de --from)</translation>
    </message>
    <message>
      <source>last year of the comparison period</source>
      <translation>último año del período de comparación</translation>
    </message>
    <message>
      <source>evaluation compliance of every project, with a summary by region and partner</source>
      <translation>cumplimiento en materia de evaluación de cada proyecto, con un resumen por región y por socio</translation>
    </message>
    <message>
      <source>the reference date: stages, completions, due dates and overdue flags as of that day (default today)</source>
      <translation>la fecha de referencia: etapas, finalizaciones, vencimientos y retrasos en esa fecha (por defecto, hoy)</translation>
    </message>
    <message>
      <source>recompute the evaluation plans whose dates, budget or rule set changed since they were computed (e.g. after a rule set changed)</source>
      <translation>recalcular los planes de evaluación cuyas fechas, presupuesto o conjunto de reglas cambiaron desde que se calcularon (por ejemplo, tras un cambio del conjunto de reglas)</translation>
    </message>
    <message>
      <source>recompute every project's plan, even where nothing it was computed from changed</source>
      <translation>recalcular el plan de cada proyecto, aunque no haya cambiado nada de aquello a partir de lo cual se calculó</translation>
    </message>
    <message>
      <source>write the Excel import template</source>
      <translation>escribir la plantilla de importación Excel</translation>
    </message>
    <message>
      <source>fill it with the current portfolio (for editing and re-import)</source>
      <translation>llenarla con la cartera actual (para editarla y volver a importarla)</translation>
    </message>
    <message>
      <source>import an import workbook or an IATI activity file (told apart by content)</source>
      <translation>importar un libro de importación o un archivo de actividades IATI (distinguidos por su contenido)</translation>
    </message>
    <message>
      <source>the .xlsx workbook or IATI .xml file</source>
      <translation>el libro .xlsx o el archivo IATI .xml</translation>
    </message>
    <message>
      <source>check everything and report, writing nothing</source>
      <translation>comprobarlo todo e informar, sin escribir nada</translation>
    </message>
    <message>
      <source>US$ value of one unit of CUR for amounts in that currency whose rate is not given, instead of the rate table's, e.g. EUR={example} (repeatable)</source>
      <translation>valor en US$ de una unidad de CUR para los importes en esa moneda cuyo tipo de cambio no se indica, en lugar del de la tabla de tipos de cambio, p. ej., EUR={example} (repetible)</translation>
    </message>
    <message>
      <source>IATI: how disbursements are recorded: as expenditure (money passed on to implementing partners), as funding the reporting organisation gave, or not at all; auto (the default) decides by the reporting organisation's role in each activity</source>
      <translation>IATI: cómo se registran los desembolsos: como gastos (fondos transferidos a los asociados en la ejecución), como financiación aportada por la organización informante, o no se registran; auto (por defecto) decide según el papel de la organización informante en cada actividad</translation>
    </message>
    <message>
      <source>IATI: how outgoing commitments are recorded (as for --disbursements; auto: a funder's commitments are funding, an implementer's are expenditure only when the activity reports no payment)</source>
      <translation>IATI: cómo se registran los compromisos salientes (como para --disbursements; auto: los compromisos de un financiador son financiación, los de un organismo de ejecución son gastos solo si la actividad no declara ningún pago)</translation>
    </message>
    <message>
      <source>export data: iati</source>
      <translation>exportar datos: iati</translation>
    </message>
    <message>
      <source>an IATI 2.03 activity file</source>
      <translation>un archivo de actividades IATI 2.03</translation>
    </message>
    <message>
      <source>the portfolio, or part of it, as an IATI 2.03 activity file</source>
      <translation>la cartera, o parte de ella, como archivo de actividades IATI 2.03</translation>
    </message>
    <message>
      <source>the file to write</source>
      <translation>el archivo que se escribe</translation>
    </message>
    <message>
      <source>only projects in this stage</source>
      <translation>solo los proyectos en esta etapa</translation>
    </message>
    <message>
      <source>list, per activity, what an aid-transparency assessment would find missing (with -o, after writing the file)</source>
      <translation>listar, por actividad, lo que una evaluación de la transparencia de la ayuda echaría en falta (con -o, después de escribir el archivo)</translation>
    </message>
    <message>
      <source>offline field packages: export the changes since the last exchange, or merge one</source>
      <translation>paquetes de campo sin conexión: exportar los cambios desde el último intercambio, o fusionar un paquete</translation>
    </message>
    <message>
      <source>write a package of the changes since the last exchange</source>
      <translation>escribir un paquete con los cambios desde el último intercambio</translation>
    </message>
    <message>
      <source>the package to write</source>
      <translation>el paquete que se escribe</translation>
    </message>
    <message>
      <source>every record, not only the changes (e.g. after a lost package)</source>
      <translation>todos los registros, no solo los cambios (por ejemplo, tras perder un paquete)</translation>
    </message>
    <message>
      <source>merge a package from another database</source>
      <translation>fusionar un paquete procedente de otra base de datos</translation>
    </message>
    <message>
      <source>the package to merge</source>
      <translation>el paquete que se fusiona</translation>
    </message>
    <message>
      <source>records changed on both sides of a field-package exchange</source>
      <translation>registros modificados en ambos lados de un intercambio de paquetes de campo</translation>
    </message>
    <message>
      <source>resolve this conflict</source>
      <translation>resolver este conflicto</translation>
    </message>
    <message>
      <source>which version to keep: mine or theirs</source>
      <translation>qué versión conservar: mine (la suya) o theirs (la de la otra parte)</translation>
    </message>
    <message>
      <source>the audit trail of a project</source>
      <translation>el registro de auditoría de un proyecto</translation>
    </message>
    <message>
      <source>at most this many entries (default 200)</source>
      <translation>como máximo este número de entradas (por defecto: 200)</translation>
    </message>
    <message>
      <source>a project's evaluations: list them, start, complete, waive one, require independence, add an optional one</source>
      <translation>las evaluaciones de un proyecto: listarlas, iniciar, finalizar, eximir una, exigir independencia, añadir una opcional</translation>
    </message>
    <message>
      <source>self, independent-internal or external</source>
      <translation>self (autoevaluación), independent-internal (independiente interna) o external (externa)</translation>
    </message>
    <message>
      <source>which evaluation: final, mid-term, mid-term-review, annual-review N, ex-post N, or its uuid</source>
      <translation>qué evaluación: final, mid-term, mid-term-review, annual-review N, ex-post N, o su uuid</translation>
    </message>
    <message>
      <source>the project's evaluations with their status</source>
      <translation>las evaluaciones del proyecto, con su estado</translation>
    </message>
    <message>
      <source>mark a planned evaluation as in progress</source>
      <translation>marcar una evaluación prevista como en curso</translation>
    </message>
    <message>
      <source>record a completed evaluation (again, to correct the record)</source>
      <translation>registrar una evaluación finalizada (de nuevo, para corregir el registro)</translation>
    </message>
    <message>
      <source>the date it was completed (not in the future)</source>
      <translation>la fecha de finalización (no en el futuro)</translation>
    </message>
    <message>
      <source>who carried it out</source>
      <translation>quién la realizó</translation>
    </message>
    <message>
      <source>{forms} (default: the form it was planned in)</source>
      <translation>{forms} (por defecto: la forma prevista)</translation>
    </message>
    <message>
      <source>a rating from 1 (highly unsatisfactory) to 6 (highly satisfactory) on relevance, efficiency, effectiveness, impact or sustainability (repeatable)</source>
      <translation>una calificación de 1 (muy insatisfactorio) a 6 (muy satisfactorio) para relevance (pertinencia), efficiency (eficiencia), effectiveness (eficacia), impact (impacto) o sustainability (sostenibilidad) (repetible)</translation>
    </message>
    <message>
      <source>the findings</source>
      <translation>las conclusiones</translation>
    </message>
    <message>
      <source>waive an evaluation that will not be carried out</source>
      <translation>conceder una exención para una evaluación que no se realizará</translation>
    </message>
    <message>
      <source>why it is waived</source>
      <translation>el motivo de la exención</translation>
    </message>
    <message>
      <source>plan a waived evaluation again</source>
      <translation>volver a prever una evaluación eximida</translation>
    </message>
    <message>
      <source>plan the form of an evaluation still to be done</source>
      <translation>prever la forma de una evaluación aún por realizar</translation>
    </message>
    <message>
      <source>make this the evaluation that must be independent (projects over the budget threshold)</source>
      <translation>hacer de esta la evaluación que debe ser independiente (proyectos por encima del umbral presupuestario)</translation>
    </message>
    <message>
      <source>independent-internal or external (default: its planned form if independent, else independent-internal)</source>
      <translation>independent-internal (independiente interna) o external (externa) (por defecto: su forma prevista si es independiente; si no, independent-internal)</translation>
    </message>
    <message>
      <source>add an evaluation the rules do not require (e.g. an ex-post evaluation)</source>
      <translation>añadir una evaluación que las normas no exigen (por ejemplo, una evaluación ex post)</translation>
    </message>
    <message>
      <source>its due date (not before the project's start)</source>
      <translation>su vencimiento (no antes del inicio del proyecto)</translation>
    </message>
    <message>
      <source>{forms} (default self)</source>
      <translation>{forms} (por defecto: self)</translation>
    </message>
    <message>
      <source>list the funding partners (the active ones; --all for every one)</source>
      <translation>listar los socios financiadores (los activos; --all para todos)</translation>
    </message>
    <message>
      <source>include deactivated partners</source>
      <translation>incluir los socios desactivados</translation>
    </message>
    <message>
      <source>a funding partner: add, edit, deactivate, activate, or merge two records of one partner</source>
      <translation>un socio financiador: añadirlo, modificarlo, desactivarlo, activarlo, o fusionar dos registros de un mismo socio</translation>
    </message>
    <message>
      <source>{categories} (code or label, any case)</source>
      <translation>{categories} (código o nombre, en mayúsculas o minúsculas)</translation>
    </message>
    <message>
      <source>for a non-state actor: {kinds}</source>
      <translation>para un actor no estatal: {kinds}</translation>
    </message>
    <message>
      <source>its country: ISO code or name</source>
      <translation>su país: código ISO o nombre</translation>
    </message>
    <message>
      <source>the language of its reports: en, fr or es (default en)</source>
      <translation>el idioma de sus informes: en, fr o es (por defecto: en)</translation>
    </message>
    <message>
      <source>the partner's code</source>
      <translation>el código del socio</translation>
    </message>
    <message>
      <source>add a funding partner</source>
      <translation>añadir un socio financiador</translation>
    </message>
    <message>
      <source>a short code, e.g. LUX</source>
      <translation>un código corto, por ejemplo LUX</translation>
    </message>
    <message>
      <source>its name, e.g. Luxembourg</source>
      <translation>su nombre, por ejemplo Luxemburgo</translation>
    </message>
    <message>
      <source>change a funding partner's code, name, category or country</source>
      <translation>modificar el código, el nombre, la categoría o el país de un socio financiador</translation>
    </message>
    <message>
      <source>its new code</source>
      <translation>su nuevo código</translation>
    </message>
    <message>
      <source>its new name</source>
      <translation>su nuevo nombre</translation>
    </message>
    <message>
      <source>stop offering a partner for new funding lines (its funding stays)</source>
      <translation>dejar de ofrecer un socio para nuevas líneas de financiación (su financiación se mantiene)</translation>
    </message>
    <message>
      <source>offer a deactivated partner for new funding lines again</source>
      <translation>volver a ofrecer un socio desactivado para nuevas líneas de financiación</translation>
    </message>
    <message>
      <source>merge two records of one partner: FROM's funding moves to INTO and FROM is deleted</source>
      <translation>fusionar dos registros de un mismo socio: la financiación de FROM pasa a INTO y FROM se elimina</translation>
    </message>
    <message>
      <source>the code of the partner record that goes</source>
      <translation>el código del registro del socio que desaparece</translation>
    </message>
    <message>
      <source>the code of the partner record that stays</source>
      <translation>el código del registro del socio que se conserva</translation>
    </message>
    <message>
      <source>merge (without it: show what would move, change nothing)</source>
      <translation>fusionar (sin esta opción: mostrar lo que se trasladaría, sin modificar nada)</translation>
    </message>
    <message>
      <source>open the demo portfolio in a database of its own (created or completed; says where it is)</source>
      <translation>abrir la cartera de demostración en una base de datos propia (creada o completada; indica dónde está)</translation>
    </message>
    <message>
      <source>remove demo data loaded into the working database (or --db) by an earlier tracker</source>
      <translation>eliminar los datos de demostración cargados en la base de trabajo (o --db) por una versión anterior de tracker</translation>
    </message>
    <message>
      <source>with --remove: remove without asking</source>
      <translation>con --remove: eliminar sin preguntar</translation>
    </message>
    <message>
      <source>delete a project with all its records (audited; field packages carry the deletion)</source>
      <translation>eliminar un proyecto con todos sus registros (consta en el registro de auditoría; los paquetes de campo transmiten la eliminación)</translation>
    </message>
    <message>
      <source>delete it (without --yes: say what would be deleted)</source>
      <translation>eliminarlo (sin --yes: indicar lo que se eliminaría)</translation>
    </message>
    <message>
      <source>archive a project: on record, out of the portfolio list</source>
      <translation>archivar un proyecto: se conserva, fuera de la lista de la cartera</translation>
    </message>
    <message>
      <source>bring an archived project back to the list</source>
      <translation>devolver un proyecto archivado a la lista</translation>
    </message>
    <message>
      <source>bring an archived project back to the portfolio list</source>
      <translation>devolver un proyecto archivado a la lista de la cartera</translation>
    </message>
    <message>
      <source>assign an evaluation rule set to a project (audited, re-planned), or give it back to the policy in force</source>
      <translation>asignar un conjunto de reglas de evaluación a un proyecto (registrado, replanificado), o devolverlo a la política vigente</translation>
    </message>
    <message>
      <source>the rule set's name (tracker rule-sets lists them)</source>
      <translation>el nombre del conjunto de reglas (tracker rule-sets los lista)</translation>
    </message>
    <message>
      <source>follow the policy in force instead: today's until approved, the one in force on the approval date after</source>
      <translation>seguir en cambio la política vigente: la de hoy hasta la aprobación, la vigente en la fecha de aprobación después</translation>
    </message>
    <message>
      <source>exchange rates by date: import the UN's monthly list, list, set or delete a rate</source>
      <translation>tipos de cambio por fecha: importar la lista mensual de las Naciones Unidas, listar, fijar o eliminar un tipo de cambio</translation>
    </message>
    <message>
      <source>import a file of rates: the UN Treasury's list of operational rates of exchange (XML or Excel, as downloaded) or a table with the columns currency, date and usd_per_unit or units_per_usd (.csv or .xlsx)</source>
      <translation>importar un archivo de tipos de cambio: la lista de tipos de cambio operacionales de la Tesorería de las Naciones Unidas (XML o Excel, tal como se descarga) o una tabla con las columnas moneda, fecha y usd_por_unidad o unidades_por_usd (.csv o .xlsx)</translation>
    </message>
    <message>
      <source>the file of rates</source>
      <translation>el archivo de tipos de cambio</translation>
    </message>
    <message>
      <source>where a table's rates come from (default: the file's name; the UN's list is recorded as UN operational rates)</source>
      <translation>la procedencia de los tipos de cambio de una tabla (por defecto: el nombre del archivo; la lista de las Naciones Unidas se registra como tipos operacionales de las Naciones Unidas)</translation>
    </message>
    <message>
      <source>list the rates, in US$ per unit and units per US$</source>
      <translation>listar los tipos de cambio, en US$ por unidad y unidades por US$</translation>
    </message>
    <message>
      <source>only this currency's rates</source>
      <translation>solo los tipos de cambio de esta moneda</translation>
    </message>
    <message>
      <source>only the rate of each currency in force on this day</source>
      <translation>solo el tipo de cambio de cada moneda vigente ese día</translation>
    </message>
    <message>
      <source>add a rate, or correct the rate of a currency on a date</source>
      <translation>añadir un tipo de cambio, o corregir el de una moneda en una fecha</translation>
    </message>
    <message>
      <source>the currency, e.g. EUR</source>
      <translation>la moneda, p. ej., EUR</translation>
    </message>
    <message>
      <source>the day it applies from, YYYY-MM-DD</source>
      <translation>el día desde el que se aplica, AAAA-MM-DD</translation>
    </message>
    <message>
      <source>the US$ value of one unit, written as in your language (e.g. {example} for EUR)</source>
      <translation>el valor en US$ de una unidad, escrito como en su idioma (p. ej., {example} para EUR)</translation>
    </message>
    <message>
      <source>where the rate comes from (default: UN operational rates)</source>
      <translation>la procedencia del tipo de cambio (por defecto: tipos operacionales de las Naciones Unidas)</translation>
    </message>
    <message>
      <source>delete the rate of a currency on a date (amounts recorded at it keep their rate)</source>
      <translation>eliminar el tipo de cambio de una moneda en una fecha (los importes registrados con él lo conservan)</translation>
    </message>
    <message>
      <source>the day the rate applies from, YYYY-MM-DD</source>
      <translation>el día desde el que se aplica el tipo de cambio, AAAA-MM-DD</translation>
    </message>
    <message>
      <source>a project's documents: list, add (with its file or web address), get a file, remove</source>
      <translation>los documentos de un proyecto: listar, añadir (con su archivo o su dirección web), obtener un archivo, retirar</translation>
    </message>
    <message>
      <source>list a project's documents and its evaluations'</source>
      <translation>listar los documentos de un proyecto y los de sus evaluaciones</translation>
    </message>
    <message>
      <source>add a document to a project or to one of its evaluations</source>
      <translation>añadir un documento a un proyecto o a una de sus evaluaciones</translation>
    </message>
    <message>
      <source>its title</source>
      <translation>su título</translation>
    </message>
    <message>
      <source>its IATI document category: A02 project document, A05 budget, A07 evaluation report, A08 results and progress, A01 appraisal, A11 contract...</source>
      <translation>su categoría de documento IATI: A02 documento de proyecto, A05 presupuesto, A07 informe de evaluación, A08 resultados y avance, A01 evaluación previa, A11 contrato…</translation>
    </message>
    <message>
      <source>the file, kept in the database (at most {limit} MB)</source>
      <translation>el archivo, conservado en la base de datos ({limit} MB como máximo)</translation>
    </message>
    <message>
      <source>the web address where it is published</source>
      <translation>la dirección web donde está publicado</translation>
    </message>
    <message>
      <source>the language it is written in (two letters: en, fr, es...)</source>
      <translation>el idioma en que está redactado (dos letras: en, fr, es…)</translation>
    </message>
    <message>
      <source>its date</source>
      <translation>su fecha</translation>
    </message>
    <message>
      <source>the evaluation it belongs to: its kind (final, mid-term, annual-review 2...) or UUID</source>
      <translation>la evaluación a la que pertenece: su tipo (final, mid-term, annual-review 2…) o su UUID</translation>
    </message>
    <message>
      <source>write a document's attached file</source>
      <translation>escribir el archivo adjunto de un documento</translation>
    </message>
    <message>
      <source>the document's title or UUID</source>
      <translation>el título o el UUID del documento</translation>
    </message>
    <message>
      <source>remove a document (its file goes when no other document names it)</source>
      <translation>retirar un documento (su archivo desaparece cuando ningún otro documento lo designa)</translation>
    </message>
    <message>
      <source>the organisation's settings for publishing: its IATI identifier, contact and default aid types by funding modality</source>
      <translation>la configuración de publicación de la organización: su identificador IATI, su contacto y sus tipos de ayuda por defecto según la modalidad de financiación</translation>
    </message>
    <message>
      <source>list the settings, with the names of their IATI codes</source>
      <translation>mostrar la configuración, con los nombres de sus códigos IATI</translation>
    </message>
    <message>
      <source>change one setting (checked, recorded in the audit trail)</source>
      <translation>cambiar un parámetro (verificado, registrado en el registro de auditoría)</translation>
    </message>
    <message>
      <source>the setting: {keys}</source>
      <translation>el parámetro: {keys}</translation>
    </message>
    <message>
      <source>its new value; a code for a type (e.g. C01 for an aid type)</source>
      <translation>su nuevo valor; un código para un tipo (por ejemplo C01 para un tipo de ayuda)</translation>
    </message>
    <message>
      <source>check that the totals the list shows and the evaluation plans agree with each project's records</source>
      <translation>comprobar que los totales que muestra la lista y los planes de evaluación concuerdan con los registros de cada proyecto</translation>
    </message>
    <message>
      <source>store the list's totals again from the records where they differ</source>
      <translation>guardar de nuevo los totales de la lista a partir de los registros donde difieren</translation>
    </message>
    <message>
      <source>cluster evaluations: one evaluation covering several projects that share a theme, partner or country</source>
      <translation>evaluaciones agrupadas: una evaluación que abarca varios proyectos que comparten un tema, un socio o un país</translation>
    </message>
    <message>
      <source>the cluster evaluation's code</source>
      <translation>el código de la evaluación agrupada</translation>
    </message>
    <message>
      <source>the projects' codes</source>
      <translation>los códigos de los proyectos</translation>
    </message>
    <message>
      <source>every cluster evaluation with its basis, projects and status</source>
      <translation>cada evaluación agrupada con su base, sus proyectos y su estado</translation>
    </message>
    <message>
      <source>a cluster evaluation and the evaluation of each project it covers</source>
      <translation>una evaluación agrupada y la evaluación de cada proyecto que abarca</translation>
    </message>
    <message>
      <source>a new cluster evaluation; each project joins with its open evaluation of the kind, or an optional one due on its planned end</source>
      <translation>una nueva evaluación agrupada; cada proyecto se une con su evaluación abierta de ese tipo, o con una opcional que vence en su fin previsto</translation>
    </message>
    <message>
      <source>what the cluster evaluation is called</source>
      <translation>el título de la evaluación agrupada</translation>
    </message>
    <message>
      <source>the kind of evaluation it is for each project, e.g. final or mid-term (default: cluster)</source>
      <translation>el tipo de evaluación que es para cada proyecto, p. ej. final o mid-term (por defecto: cluster)</translation>
    </message>
    <message>
      <source>the cross-cutting theme the projects share</source>
      <translation>el tema transversal que comparten los proyectos</translation>
    </message>
    <message>
      <source>the partner funding each of the projects</source>
      <translation>el socio que financia cada uno de los proyectos</translation>
    </message>
    <message>
      <source>the country the projects share (code or name)</source>
      <translation>el país que comparten los proyectos (código o nombre)</translation>
    </message>
    <message>
      <source>add projects to a cluster evaluation</source>
      <translation>añadir proyectos a una evaluación agrupada</translation>
    </message>
    <message>
      <source>take projects out of a cluster evaluation (their evaluation stays, as their own)</source>
      <translation>retirar proyectos de una evaluación agrupada (su evaluación se mantiene, como propia)</translation>
    </message>
    <message>
      <source>correct a cluster evaluation's code or title (its projects stay in it)</source>
      <translation>corregir el código o el título de una evaluación agrupada (sus proyectos siguen en ella)</translation>
    </message>
    <message>
      <source>the new code, which no other cluster evaluation has</source>
      <translation>el nuevo código, que ninguna otra evaluación agrupada tiene</translation>
    </message>
    <message>
      <source>the new title</source>
      <translation>el nuevo título</translation>
    </message>
    <message>
      <source>delete a cluster evaluation no project completed (its projects keep their evaluations, as their own)</source>
      <translation>eliminar una evaluación agrupada que ningún proyecto completó (sus proyectos conservan sus evaluaciones, como propias)</translation>
    </message>
    <message>
      <source>really delete it (without it: say what would happen)</source>
      <translation>eliminarla de verdad (sin esta opción: decir qué pasaría)</translation>
    </message>
    <message>
      <source>record the cluster evaluation as completed, for every project it covers</source>
      <translation>registrar la evaluación agrupada como finalizada, para cada proyecto que abarca</translation>
    </message>
    <message>
      <source>check a rule-set file and name every problem</source>
      <translation>verificar un archivo de conjunto de reglas y nombrar cada problema</translation>
    </message>
    <message>
      <source>check a rule-set file: every problem, each with its place; exit status 0 when it is usable, 1 when not</source>
      <translation>verificar un archivo de conjunto de reglas: cada problema, con su lugar; código de salida 0 si es utilizable, 1 si no</translation>
    </message>
    <message>
      <source>the rule-set file (.json)</source>
      <translation>el archivo de conjunto de reglas (.json)</translation>
    </message>
    <message>
      <source>show what re-planning would change, writing nothing</source>
      <translation>mostrar lo que cambiaría la replanificación, sin escribir nada</translation>
    </message>
    <message>
      <source>with --dry-run: what this rule set would change in the portfolio if it were adopted</source>
      <translation>con --dry-run: lo que este conjunto de reglas cambiaría en la cartera si se adoptara</translation>
    </message>
    <message>
      <source>with --rule-set: every project with dates and a budget (all, the default), or only those that would follow the rule set once adopted (followers)</source>
      <translation>con --rule-set: cada proyecto con fechas y presupuesto (all, por defecto), o solo los que seguirían el conjunto de reglas una vez adoptado (followers)</translation>
    </message>
    <message>
      <source>with --dry-run: also write the changes as a workbook</source>
      <translation>con --dry-run: escribir también los cambios en un libro</translation>
    </message>
  </context>
  <context>
    <name>CliOrganisation</name>
    <message>
      <source>{keys}; {modality_keys}, where MODALITY is one of {modalities}</source>
      <translation>{keys}; {modality_keys}, donde MODALITY es una de {modalities}</translation>
    </message>
    <message>
      <source>'{key}' is not an organisation setting; the settings are: {keys}</source>
      <translation>«{key}» no es un parámetro de la organización; los parámetros son: {keys}</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>Parámetro</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>{key} is already {value}: nothing changed</source>
      <translation>{key} ya es {value}: no cambió nada</translation>
    </message>
    <message>
      <source>{key} set to {value}</source>
      <translation>{key} es ahora {value}</translation>
    </message>
  </context>
  <context>
    <name>CliPartners</name>
    <message>
      <source>'{text}' is not a partner category; use one of: {categories}</source>
      <translation>«{text}» no es una categoría de socio; utilice una de estas: {categories}</translation>
    </message>
    <message>
      <source>no partners</source>
      <translation>ningún socio</translation>
    </message>
    <message>
      <source>no partners are active (--all lists the deactivated ones too)</source>
      <translation>ningún socio está activo (--all lista también los desactivados)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
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
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <source>Funding lines</source>
      <translation>Líneas de financiación</translation>
    </message>
    <message>
      <source>(deactivated)</source>
      <translation>(desactivado)</translation>
    </message>
    <message>
      <source>partner {code}: a non-state actor needs --non-state-kind, one of: {kinds}</source>
      <translation>socio {code}: un actor no estatal requiere --non-state-kind, uno de: {kinds}</translation>
    </message>
    <message>
      <source>added partner {partner}</source>
      <translation>socio añadido: {partner}</translation>
    </message>
    <message>
      <source>nothing to change: give --name, --code, --category, --non-state-kind, --country or --language ({partner})</source>
      <translation>nada que modificar: indique --name, --code, --category, --non-state-kind, --country o --language ({partner})</translation>
    </message>
    <message>
      <source>changed partner {partner}</source>
      <translation>socio modificado: {partner}</translation>
    </message>
    <message>
      <source>partner {code} is active: it is offered for new funding lines again</source>
      <translation>el socio {code} está activo: vuelve a ofrecerse para nuevas líneas de financiación</translation>
    </message>
    <message>
      <source>partner {code} is deactivated: its funding stays, new funding lines are not offered it</source>
      <translation>el socio {code} está desactivado: su financiación se mantiene, pero ya no se ofrece para nuevas líneas de financiación</translation>
    </message>
    <message numerus="yes">
      <source>{count} funding line(s)</source>
      <translation>
        <numerusform>{count} línea de financiación</numerusform>
        <numerusform>{count} líneas de financiación</numerusform>
      </translation>
    </message>
    <message>
      <source>unearmarked funding ({count})</source>
      <translation>financiación no asignada para fines específicos ({count})</translation>
    </message>
    <message>
      <source>would move {moved} from {source} ({source_name}) to {target} ({target_name}) and delete partner {source}; nothing was changed (add --yes to merge)</source>
      <translation>esto trasladaría {moved} de {source} ({source_name}) a {target} ({target_name}) y eliminaría el socio {source}; no se ha modificado nada (añada --yes para fusionar)</translation>
    </message>
    <message>
      <source>merged partner {source} into {target}: moved {moved}; partner {source} deleted</source>
      <translation>socio {source} fusionado en {target}: traslado de {moved}; socio {source} eliminado</translation>
    </message>
  </context>
  <context>
    <name>CliPortfolio</name>
    <message>
      <source>no projects match</source>
      <translation>ningún proyecto coincide</translation>
    </message>
    <message>
      <source>no projects yet; `tracker demo` opens a demo portfolio in a database of its own</source>
      <translation>aún no hay proyectos; `tracker demo` abre una cartera de demostración en una base de datos propia</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>CON RETRASO</translation>
    </message>
    <message>
      <source>[archived]</source>
      <translation>[archivado]</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Región</translation>
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
      <source>Budget US$</source>
      <translation>Presupuesto US$</translation>
    </message>
    <message>
      <source>Spent US$</source>
      <translation>Gastado US$</translation>
    </message>
    <message>
      <source>Deliv.%</source>
      <translation>Ejec. %</translation>
    </message>
    <message>
      <source>Next evaluation</source>
      <translation>Próxima evaluación</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Socios</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message numerus="yes">
      <source>{count} project(s)</source>
      <translation>
        <numerusform>{count} proyecto</numerusform>
        <numerusform>{count} proyectos</numerusform>
      </translation>
    </message>
    <message>
      <source>project {code} has no planned start, end or budget yet, so no evaluation plan</source>
      <translation>el proyecto {code} aún no tiene inicio, fin previstos ni presupuesto, por lo que no tiene plan de evaluación</translation>
    </message>
    <message>
      <source>give --project CODE, or all of {options}</source>
      <translation>indique --project CODE, o todas las opciones {options}</translation>
    </message>
    <message>
      <source>a budget in {currency} needs --rate, the US$ value of one {currency}</source>
      <translation>un presupuesto en {currency} requiere --rate, el valor en US$ de una unidad de {currency}</translation>
    </message>
    <message>
      <source>--end {end} is before --start {start}</source>
      <translation>--end {end} es anterior a --start {start}</translation>
    </message>
    <message>
      <source>Rule set: {label} ({title})</source>
      <translation>Conjunto de normas: {label} ({title})</translation>
    </message>
    <message>
      <source>Duration: {reason} (band {band})</source>
      <translation>Duración: {reason} (tramo {band})</translation>
    </message>
    <message>
      <source>Budget: {reason} (tier {tier})</source>
      <translation>Presupuesto: {reason} (tramo {tier})</translation>
    </message>
    <message>
      <source>Independence: {reason}</source>
      <translation>Independencia: {reason}</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <source>Independent</source>
      <translation>Independiente</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>say which evaluations: --overdue (more listings come with the desktop app)</source>
      <translation>indique qué evaluaciones: --overdue (la aplicación de escritorio ofrece otras listas)</translation>
    </message>
    <message>
      <source>no evaluations overdue as of {date}</source>
      <translation>ninguna evaluación atrasada al {date}</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>Días de retraso</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message numerus="yes">
      <source>{count} evaluation(s) overdue as of {date}</source>
      <translation>
        <numerusform>{count} evaluación atrasada al {date}</numerusform>
        <numerusform>{count} evaluaciones atrasadas al {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>[demo data]</source>
      <translation>[datos de demostración]</translation>
    </message>
    <message>
      <source>Stage: {stage}   Region: {region}   Countries: {countries}</source>
      <translation>Etapa: {stage}   Región: {region}   Países: {countries}</translation>
    </message>
    <message>
      <source>Planned: {start} to {end}   Actual end: {actual_end}</source>
      <translation>Previsto: del {start} al {end}   Fin real: {actual_end}</translation>
    </message>
    <message>
      <source>Budget: {budget} at {rate} = {budget_usd}</source>
      <translation>Presupuesto: {budget} al tipo de {rate} = {budget_usd}</translation>
    </message>
    <message>
      <source>Expenditure: {spent}   Fundings: {fundings}   Revisions: {revisions}</source>
      <translation>Gastos: {spent}   Financiaciones: {fundings}   Revisiones: {revisions}</translation>
    </message>
    <message>
      <source>Evaluation rules: {band}; {independence}</source>
      <translation>Normas de evaluación: {band}; {independence}</translation>
    </message>
    <message>
      <source>(independent required)</source>
      <translation>(se exige independencia)</translation>
    </message>
    <message>
      <source>Mandatory</source>
      <translation>Obligatoria</translation>
    </message>
    <message>
      <source>Independence</source>
      <translation>Independencia</translation>
    </message>
    <message>
      <source>Compliant as of {date}</source>
      <translation>Conforme al {date}</translation>
    </message>
    <message>
      <source>Not compliant: {reasons} as of {date}</source>
      <translation>No conforme: {reasons} al {date}</translation>
    </message>
    <message>
      <source>Funding agreements: {references}</source>
      <translation>Acuerdos de financiación: {references}</translation>
    </message>
    <message>
      <source>Budget line</source>
      <translation>Partida presupuestaria</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Producto</translation>
    </message>
    <message>
      <source>Amount ({currency})</source>
      <translation>Monto ({currency})</translation>
    </message>
    <message>
      <source>Variance note</source>
      <translation>Explicación de la desviación</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>Informe de avance</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Preparado por</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>Measured on</source>
      <translation>Medido el</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
  </context>
  <context>
    <name>CliProjectCommands</name>
    <message>
      <source>{database} holds real projects, and the demo never goes among them: run `tracker demo` for the demo's own database, or give --db a new file</source>
      <translation>{database} contiene proyectos reales, y la demostración nunca se mezcla con ellos: ejecute `tracker demo` para la base de datos propia de la demostración, o indique un archivo nuevo en --db</translation>
    </message>
    <message>
      <source>{result}; the demo portfolio is in {database}</source>
      <translation>{result}; la cartera de demostración está en {database}</translation>
    </message>
    <message>
      <source>{database} holds no demo data</source>
      <translation>{database} no contiene datos de demostración</translation>
    </message>
    <message numerus="yes">
      <source>{count} demo project(s)</source>
      <translation>
        <numerusform>{count} proyecto de demostración</numerusform>
        <numerusform>{count} proyectos de demostración</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} demo partner(s)</source>
      <translation>
        <numerusform>{count} socio de demostración</numerusform>
        <numerusform>{count} socios de demostración</numerusform>
      </translation>
    </message>
    <message>
      <source>this would remove {projects} and {partners} (with their records) from {database}; add --yes to remove them</source>
      <translation>esto eliminaría {projects} y {partners} (con sus registros) de {database}; añada --yes para eliminarlos</translation>
    </message>
    <message>
      <source>this would delete project {code} “{title}”; add --yes to delete it</source>
      <translation>esto eliminaría el proyecto {code} «{title}»; añada --yes para eliminarlo</translation>
    </message>
    <message>
      <source>this would delete project {code} “{title}” with {records}; add --yes to delete it</source>
      <translation>esto eliminaría el proyecto {code} «{title}» con {records}; añada --yes para eliminarlo</translation>
    </message>
    <message>
      <source>deleted project {code}</source>
      <translation>proyecto {code} eliminado</translation>
    </message>
    <message>
      <source>deleted project {code} with {records}</source>
      <translation>proyecto {code} eliminado con {records}</translation>
    </message>
    <message>
      <source>{code} is back in the portfolio list</source>
      <translation>{code} vuelve a estar en la lista de la cartera</translation>
    </message>
    <message>
      <source>{code} was not archived; nothing changed</source>
      <translation>{code} no estaba archivado; no ha cambiado nada</translation>
    </message>
    <message>
      <source>archived {code}: it stays on record (reports, `tracker show`) and leaves the portfolio list</source>
      <translation>{code} archivado: se conserva (informes, `tracker show`) y sale de la lista de la cartera</translation>
    </message>
    <message>
      <source>{code} is archived already; nothing changed</source>
      <translation>{code} ya está archivado; no ha cambiado nada</translation>
    </message>
    <message>
      <source>give a rule set's name, or --automatic for the policy in force</source>
      <translation>indique el nombre de un conjunto de reglas, o --automatic para la política vigente</translation>
    </message>
    <message>
      <source>{code} follows {rule_set}, assigned</source>
      <translation>{code} sigue {rule_set}, asignado</translation>
    </message>
    <message>
      <source>{code} follows the policy in force: {rule_set}</source>
      <translation>{code} sigue la política vigente: {rule_set}</translation>
    </message>
    <message>
      <source>{code} follows the policy in force on its approval: {rule_set}</source>
      <translation>{code} sigue la política vigente en su aprobación: {rule_set}</translation>
    </message>
  </context>
  <context>
    <name>CliRates</name>
    <message>
      <source>{currency} from {day}: {usd} US$ per unit ({units} per US$), source: {source}</source>
      <translation>{currency} desde el {day}: {usd} US$ por unidad ({units} por US$), fuente: {source}</translation>
    </message>
    <message>
      <source>note: {note}</source>
      <translation>nota: {note}</translation>
    </message>
    <message>
      <source>no exchange rate matches; tracker rates list shows them all</source>
      <translation>ningún tipo de cambio coincide; tracker rates list los muestra todos</translation>
    </message>
    <message>
      <source>no exchange rates yet: import the UN's monthly list with tracker rates import FILE</source>
      <translation>todavía no hay tipos de cambio: importe la lista mensual de las Naciones Unidas con tracker rates import ARCHIVO</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <source>Valid from</source>
      <translation>Aplicable desde</translation>
    </message>
    <message>
      <source>US$ per unit</source>
      <translation>US$ por unidad</translation>
    </message>
    <message>
      <source>Units per US$</source>
      <translation>Unidades por US$</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <source>no rate of {currency} from {day} (tracker rates list --currency {currency} lists its rates)</source>
      <translation>no hay tipo de cambio de {currency} desde el {day} (tracker rates list --currency {currency} lista sus tipos de cambio)</translation>
    </message>
    <message>
      <source>added the rate of {rate}</source>
      <translation>tipo de cambio añadido: {rate}</translation>
    </message>
    <message>
      <source>corrected the rate of {rate}</source>
      <translation>tipo de cambio corregido: {rate}</translation>
    </message>
    <message>
      <source>unchanged: {rate}</source>
      <translation>sin cambios: {rate}</translation>
    </message>
    <message>
      <source>deleted the rate of {rate}; amounts recorded at it keep their rate</source>
      <translation>tipo de cambio eliminado: {rate}; los importes registrados con él lo conservan</translation>
    </message>
  </context>
  <context>
    <name>CliReport</name>
    <message numerus="yes">
      <source>{count} check(s) to look at before sending the report:</source>
      <translation>
        <numerusform>{count} control que revisar antes de enviar el informe:</numerusform>
        <numerusform>{count} controles que revisar antes de enviar el informe:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliRuleSets</name>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: no existe el archivo</translation>
    </message>
    <message>
      <source>{file} is a folder; give a rule-set file (.json)</source>
      <translation>{file} es una carpeta; indique un archivo de conjunto de reglas (.json)</translation>
    </message>
    <message>
      <source>{file}: the file cannot be read ({error})</source>
      <translation>{file}: no se puede leer el archivo ({error})</translation>
    </message>
    <message>
      <source>{file}: the file is named '{stem}' but declares name '{name}'; a rule set is found by its file name, so rename one of them</source>
      <translation>{file}: el archivo se llama «{stem}» pero declara el nombre «{name}»; un conjunto de reglas se busca por su nombre de archivo, así que cambie uno de los dos</translation>
    </message>
    <message numerus="yes">
      <source>{file}: not usable: %n problem(s)</source>
      <translation>
        <numerusform>{file}: no utilizable: %n problema</numerusform>
        <numerusform>{file}: no utilizable: %n problemas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n duration band(s)</source>
      <translation>
        <numerusform>%n tramo de duración</numerusform>
        <numerusform>%n tramos de duración</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget tier(s)</source>
      <translation>
        <numerusform>%n nivel presupuestario</numerusform>
        <numerusform>%n niveles presupuestarios</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n appraisal requirement(s)</source>
      <translation>
        <numerusform>%n requisito de evaluación previa</numerusform>
        <numerusform>%n requisitos de evaluación previa</numerusform>
      </translation>
    </message>
    <message>
      <source>a policy from {date}</source>
      <translation>una política desde el {date}</translation>
    </message>
    <message>
      <source>no effective date: it applies only to the projects it is assigned to</source>
      <translation>sin fecha de entrada en vigor: solo se aplica a los proyectos a los que se asigna</translation>
    </message>
    <message>
      <source>{file}: usable: {rule_set}: {parts}</source>
      <translation>{file}: utilizable: {rule_set}: {parts}</translation>
    </message>
    <message>
      <source>--rule-set only shows what a rule set would change (add --dry-run): a rule set is assigned to a project in its editor, or becomes the policy in force on its effective date</source>
      <translation>--rule-set solo muestra lo que cambiaría un conjunto de reglas (añada --dry-run): un conjunto de reglas se asigna a un proyecto en su editor, o pasa a ser la política vigente en su fecha de entrada en vigor</translation>
    </message>
    <message>
      <source>{option} goes with --dry-run</source>
      <translation>{option} se usa con --dry-run</translation>
    </message>
    <message>
      <source>--scope goes with --rule-set NAME</source>
      <translation>--scope se usa con --rule-set NOMBRE</translation>
    </message>
    <message>
      <source>--all goes without --rule-set (which looks at every project with --scope all)</source>
      <translation>--all se usa sin --rule-set (que examina cada proyecto con --scope all)</translation>
    </message>
    <message>
      <source>the workbook</source>
      <translation>el libro</translation>
    </message>
    <message>
      <source>project</source>
      <translation>proyecto</translation>
    </message>
    <message>
      <source>stage</source>
      <translation>etapa</translation>
    </message>
    <message>
      <source>follows it</source>
      <translation>lo sigue</translation>
    </message>
    <message>
      <source>change</source>
      <translation>cambio</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>evaluación</translation>
    </message>
    <message>
      <source>due now</source>
      <translation>vencimiento actual</translation>
    </message>
    <message>
      <source>due after</source>
      <translation>vencimiento después</translation>
    </message>
    <message>
      <source>projects checked: {checked}; that would change: {changed}; evaluations gained: {gains}, lost: {loses}, moved: {moves}; independence changes: {independence}; nothing was written</source>
      <translation>proyectos verificados: {checked}; que cambiarían: {changed}; evaluaciones ganadas: {gains}, perdidas: {loses}, movidas: {moves}; cambios de independencia: {independence}; no se ha escrito nada</translation>
    </message>
    <message>
      <source>{rule_set}: {summary}</source>
      <translation>{rule_set}: {summary}</translation>
    </message>
    <message>
      <source>left out, their rule set cannot be loaded: {codes}</source>
      <translation>excluidos, su conjunto de reglas no se puede cargar: {codes}</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>tracker: warning: {message}</source>
      <translation>tracker: advertencia: {message}</translation>
    </message>
    <message>
      <source>{file} already exists; add --overwrite to replace it</source>
      <translation>{file} ya existe; añada --overwrite para reemplazarlo</translation>
    </message>
    <message>
      <source>{program}: error: {message} (see {program} --help)</source>
      <translation>{program}: error: {message} (véase {program} --help)</translation>
    </message>
    <message>
      <source>'{text}' is not a language tracker speaks: choose one of {languages}</source>
      <translation>«{text}» no es un idioma de tracker: elija entre {languages}</translation>
    </message>
    <message>
      <source>tracker: error: {message}</source>
      <translation>tracker: error: {message}</translation>
    </message>
    <message>
      <source>tracker: interrupted</source>
      <translation>tracker: interrumpido</translation>
    </message>
    <message>
      <source>tracker: internal error: {error} (set TRACKER_DEBUG=1 for details)</source>
      <translation>tracker: error interno: {error} (defina TRACKER_DEBUG=1 para más detalles)</translation>
    </message>
  </context>
</TS>
