<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;New Database…</source>
      <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
      <source>Create an empty database and open it</source>
      <translation>Crear una base de datos vacía y abrirla</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <source>Open another database file</source>
      <translation>Abrir otro archivo de base de datos</translation>
    </message>
    <message>
      <source>Open &amp;Server Database…</source>
      <translation>Abrir base de datos de ser&amp;vidor…</translation>
    </message>
    <message>
      <source>Open a database shared on a PostgreSQL server</source>
      <translation>Abrir una base de datos compartida en un servidor PostgreSQL</translation>
    </message>
    <message>
      <source>Save a &amp;Backup Copy…</source>
      <translation>Guardar una &amp;copia de seguridad…</translation>
    </message>
    <message>
      <source>Copy the open database with SQLite's online backup</source>
      <translation>Copiar la base de datos abierta con la copia de seguridad en línea de SQLite</translation>
    </message>
    <message>
      <source>Open &amp;Demo Portfolio</source>
      <translation>Abrir la cartera de &amp;demostración</translation>
    </message>
    <message>
      <source>Open the illustrative demo projects, in a database of their own (yours is left as it is)</source>
      <translation>Abrir los proyectos de demostración, en una base de datos propia (la suya queda como está)</translation>
    </message>
    <message>
      <source>R&amp;emove Demo Data…</source>
      <translation>&amp;Eliminar datos de demostración…</translation>
    </message>
    <message>
      <source>Delete the demo projects an earlier version loaded into this database</source>
      <translation>Eliminar los proyectos de demostración que una versión anterior cargó en esta base de datos</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;New Project…</source>
      <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
      <source>Open the editor on a new project</source>
      <translation>Abrir el editor con un proyecto nuevo</translation>
    </message>
    <message>
      <source>&amp;Open Project</source>
      <translation>&amp;Abrir proyecto</translation>
    </message>
    <message>
      <source>Open the selected project in the editor</source>
      <translation>Abrir el proyecto seleccionado en el editor</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Buscar</translation>
    </message>
    <message>
      <source>Search the portfolio</source>
      <translation>Buscar en la cartera</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualizar</translation>
    </message>
    <message>
      <source>Read the database again</source>
      <translation>Volver a leer la base de datos</translation>
    </message>
    <message>
      <source>Show &amp;Overdue Only</source>
      <translation>Mostrar solo con &amp;retraso</translation>
    </message>
    <message>
      <source>Only projects with a mandatory evaluation past its due date</source>
      <translation>Solo los proyectos con una evaluación obligatoria vencida</translation>
    </message>
    <message>
      <source>Reset &amp;Filters</source>
      <translation>Restablecer &amp;filtros</translation>
    </message>
    <message>
      <source>Show every project again</source>
      <translation>Mostrar de nuevo todos los proyectos</translation>
    </message>
    <message>
      <source>Pr&amp;eferences…</source>
      <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
      <source>Choose the app's language</source>
      <translation>Elegir el idioma de la aplicación</translation>
    </message>
    <message>
      <source>&amp;About tracker</source>
      <translation>Acerca &amp;de tracker</translation>
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Abrir &amp;reciente</translation>
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
      <source>Funding &amp;Partners…</source>
      <translation>&amp;Socios financiadores…</translation>
    </message>
    <message>
      <source>List, add, edit, deactivate or merge funding partners</source>
      <translation>Listar, añadir, modificar, desactivar o fusionar socios financiadores</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(ninguno todavía)</translation>
    </message>
    <message>
      <source>About tracker</source>
      <translation>Acerca de tracker</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;tracker&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;A portfolio tracker for development-cooperation projects: project cycle, evaluation rules and donor reports, on a local SQLite file or a shared PostgreSQL database.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;tracker&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Seguimiento de la cartera de proyectos de cooperación para el desarrollo: ciclo del proyecto, normas de evaluación e informes a los donantes, en un archivo SQLite local o en una base de datos PostgreSQL compartida.&lt;/p&gt;&lt;p&gt;Base de datos: {path}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Herramientas</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Cannot open the database.</source>
      <translation>No se puede abrir la base de datos.</translation>
    </message>
  </context>
  <context>
    <name>AppArguments</name>
    <message>
      <source>Portfolio tracker desktop app</source>
      <translation>Aplicación de escritorio de seguimiento de la cartera</translation>
    </message>
    <message>
      <source>database file or postgresql://user@host:port/dbname (default: $TRACKER_DB, else your data folder)</source>
      <translation>archivo de base de datos o postgresql://user@host:port/dbname (por defecto: $TRACKER_DB, si no, su carpeta de datos)</translation>
    </message>
    <message>
      <source>open the demo portfolio, a database of its own (created and filled the first time)</source>
      <translation>abrir la cartera de demostración, una base de datos propia (creada y llenada la primera vez)</translation>
    </message>
    <message>
      <source>the language of the app, and how it writes numbers and dates (default: Edit &gt; Preferences…, else the system's)</source>
      <translation>el idioma de la aplicación, y cómo escribe números y fechas (por defecto: Editar &gt; Preferencias…, si no, el del sistema)</translation>
    </message>
    <message>
      <source>render the main window with the demo portfolio to PNG and exit</source>
      <translation>guardar la ventana principal con la cartera de demostración en PNG y salir</translation>
    </message>
    <message>
      <source>--demo opens the demo's own database; leave out --db</source>
      <translation>--demo abre la base de datos propia de la demostración; omita --db</translation>
    </message>
    <message>
      <source>error: cannot write the screenshot {path}</source>
      <translation>error: no se puede escribir la captura de pantalla {path}</translation>
    </message>
  </context>
  <context>
    <name>ClusterDialog</name>
    <message>
      <source>C&amp;luster Evaluations…</source>
      <translation>Evaluaciones a&amp;grupadas…</translation>
    </message>
    <message>
      <source>One evaluation covering several projects that share a theme, partner or country</source>
      <translation>Una evaluación que abarca varios proyectos que comparten un tema, un socio o un país</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <source>Delete Cluster Evaluation</source>
      <translation>Eliminar la evaluación agrupada</translation>
    </message>
    <message>
      <source>Delete cluster evaluation {code}?</source>
      <translation>¿Eliminar la evaluación agrupada {code}?</translation>
    </message>
    <message>
      <source>Projects that leave it, each keeping its evaluation as its own: {projects}.</source>
      <translation>Proyectos que la dejan, cada uno conservando su evaluación como propia: {projects}.</translation>
    </message>
    <message>
      <source>It covers no project.</source>
      <translation>No abarca ningún proyecto.</translation>
    </message>
    <message>
      <source>The deletion is in the audit trail. A database that received it in a field package keeps it: a package never deletes a cluster evaluation.</source>
      <translation>La eliminación queda en el registro de auditoría. Una base de datos que la recibió en un paquete de campo la conserva: un paquete nunca elimina una evaluación agrupada.</translation>
    </message>
    <message>
      <source>&amp;Delete Cluster Evaluation</source>
      <translation>&amp;Eliminar la evaluación agrupada</translation>
    </message>
    <message>
      <source>Cluster Evaluations</source>
      <translation>Evaluaciones agrupadas</translation>
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
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Finalizada</translation>
    </message>
    <message>
      <source>No cluster evaluations yet. A cluster evaluation covers several projects that share a theme, a partner or a country, and counts for each of them: New… makes one.</source>
      <translation>Ninguna evaluación agrupada por ahora. Una evaluación agrupada abarca varios proyectos que comparten un tema, un socio o un país, y cuenta para cada uno de ellos: Nueva… crea una.</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Nueva…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Editar…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>E&amp;liminar…</translation>
    </message>
    <message>
      <source>&amp;Add Projects…</source>
      <translation>&amp;Añadir proyectos…</translation>
    </message>
    <message>
      <source>&amp;Remove Projects…</source>
      <translation>&amp;Retirar proyectos…</translation>
    </message>
    <message>
      <source>Record &amp;Completion…</source>
      <translation>Registrar la &amp;finalización…</translation>
    </message>
    <message>
      <source>Projects of the selected cluster evaluation:</source>
      <translation>Proyectos de la evaluación agrupada seleccionada:</translation>
    </message>
    <message>
      <source>The database is open read-only.</source>
      <translation>La base de datos está abierta en modo de solo lectura.</translation>
    </message>
    <message>
      <source>Select a cluster evaluation first.</source>
      <translation>Seleccione primero una evaluación agrupada.</translation>
    </message>
    <message>
      <source>Correct the code or title of the selected cluster evaluation</source>
      <translation>Corregir el código o el título de la evaluación agrupada seleccionada</translation>
    </message>
    <message>
      <source>It was completed for {projects}, where it counts, so it cannot be deleted.</source>
      <translation>Se completó para {projects}, donde cuenta, así que no se puede eliminar.</translation>
    </message>
    <message>
      <source>Delete the selected cluster evaluation; its projects keep their evaluations</source>
      <translation>Eliminar la evaluación agrupada seleccionada; sus proyectos conservan sus evaluaciones</translation>
    </message>
    <message>
      <source>Deleting the cluster evaluation…</source>
      <translation>Eliminando la evaluación agrupada…</translation>
    </message>
    <message numerus="yes">
      <source>Completed for %n project(s).</source>
      <translation>
        <numerusform>Finalizada para %n proyecto.</numerusform>
        <numerusform>Finalizada para %n proyectos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>Eliminada.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Guardado.</translation>
    </message>
    <message>
      <source>{code}: {what}</source>
      <translation>{code}: {what}</translation>
    </message>
  </context>
  <context>
    <name>ClusterForm</name>
    <message>
      <source>New Cluster Evaluation</source>
      <translation>Nueva evaluación agrupada</translation>
    </message>
    <message>
      <source>e.g. CL-GENDER-SAHEL</source>
      <translation>p. ej. CL-GENERO-SAHEL</translation>
    </message>
    <message>
      <source>The kind of evaluation it is for each project it covers</source>
      <translation>El tipo de evaluación que es para cada proyecto que abarca</translation>
    </message>
    <message>
      <source>The projects sharing the basis: check those the cluster evaluation covers</source>
      <translation>Los proyectos que comparten la base: marque los que abarca la evaluación agrupada</translation>
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation>&amp;Código:</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Título:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>T&amp;ipo:</translation>
    </message>
    <message>
      <source>&amp;Basis:</source>
      <translation>&amp;Base:</translation>
    </message>
    <message>
      <source>&amp;Shared:</source>
      <translation>&amp;Compartido:</translation>
    </message>
    <message>
      <source>&amp;Projects:</source>
      <translation>&amp;Proyectos:</translation>
    </message>
    <message>
      <source>Reading the projects…</source>
      <translation>Leyendo los proyectos…</translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) share it.</source>
      <translation>
        <numerusform>%n proyecto lo comparte.</numerusform>
        <numerusform>%n proyectos lo comparten.</numerusform>
      </translation>
    </message>
    <message>
      <source>Code: a cluster evaluation needs a code.</source>
      <translation>Código: una evaluación agrupada necesita un código.</translation>
    </message>
    <message>
      <source>Shared: choose the {basis} the projects share.</source>
      <translation>Compartido: elija el {basis} que comparten los proyectos.</translation>
    </message>
    <message>
      <source>Creating the cluster evaluation…</source>
      <translation>Creando la evaluación agrupada…</translation>
    </message>
  </context>
  <context>
    <name>ClustersModel</name>
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
      <source>{status} on {day}</source>
      <translation>{status} el {day}</translation>
    </message>
  </context>
  <context>
    <name>CompletionForm</name>
    <message>
      <source>Record the Completion of {code}</source>
      <translation>Registrar la finalización de {code}</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <source>&amp;Completed on:</source>
      <translation>&amp;Finalizada el:</translation>
    </message>
    <message>
      <source>&amp;Evaluator:</source>
      <translation>&amp;Evaluador:</translation>
    </message>
    <message>
      <source>&amp;Form:</source>
      <translation>F&amp;orma:</translation>
    </message>
    <message>
      <source>F&amp;indings:</source>
      <translation>&amp;Conclusiones:</translation>
    </message>
    <message>
      <source>Completed on: the date it was completed is required.</source>
      <translation>Finalizada el: la fecha de finalización es obligatoria.</translation>
    </message>
    <message>
      <source>completed on</source>
      <translation>finalizada el</translation>
    </message>
    <message>
      <source>Evaluator: name who carried it out.</source>
      <translation>Evaluador: indique quién la realizó.</translation>
    </message>
    <message>
      <source>Recording the completion…</source>
      <translation>Registrando la finalización…</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <source>Resolve conflicts</source>
      <translation>Resolver conflictos</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <source>Mine (this database)</source>
      <translation>La mía (esta base de datos)</translation>
    </message>
    <message>
      <source>Theirs (package)</source>
      <translation>La suya (paquete)</translation>
    </message>
    <message>
      <source>&amp;Keep mine</source>
      <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
      <source>&amp;Take theirs</source>
      <translation>&amp;Tomar la suya</translation>
    </message>
    <message>
      <source>No conflicts to resolve.</source>
      <translation>No hay conflictos que resolver.</translation>
    </message>
    <message>
      <source>{record} — from {name}</source>
      <translation>{record} — de {name}</translation>
    </message>
    <message>
      <source>Changed here and in a package from {name} since the last exchange</source>
      <translation>Modificado aquí y en un paquete de {name} desde el último intercambio</translation>
    </message>
    <message>
      <source>(record)</source>
      <translation>(registro)</translation>
    </message>
    <message>
      <source>deleted here</source>
      <translation>eliminado aquí</translation>
    </message>
    <message>
      <source>kept there</source>
      <translation>conservado allá</translation>
    </message>
    <message>
      <source>kept here</source>
      <translation>conservado aquí</translation>
    </message>
    <message>
      <source>deleted there</source>
      <translation>eliminado allá</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>US$ millions</source>
      <translation>Millones de US$</translation>
    </message>
    <message>
      <source>US$ thousands</source>
      <translation>Miles de US$</translation>
    </message>
    <message>
      <source>US${amount}</source>
      <translation>US${amount}</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>%n día de retraso</numerusform>
        <numerusform>%n días de retraso</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
      <source>due in %n day(s)</source>
      <translation>
        <numerusform>vence en %n día</numerusform>
        <numerusform>vence en %n días</numerusform>
      </translation>
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
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Días</translation>
    </message>
    <message>
      <source>Independent</source>
      <translation>Independiente</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Requerida</translation>
    </message>
    <message>
      <source>{code}: {title}
{evaluation}, {days} ({status})</source>
      <translation>{code}: {title}
{evaluation}, {days} ({status})</translation>
    </message>
    <message>
      <source>Active projects</source>
      <translation>Proyectos activos</translation>
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
      <source>Delivery rate</source>
      <translation>Tasa de ejecución</translation>
    </message>
    <message numerus="yes">
      <source>Evaluations due in %n day(s)</source>
      <translation>
        <numerusform>Evaluaciones previstas en %n día</numerusform>
        <numerusform>Evaluaciones previstas en %n días</numerusform>
      </translation>
    </message>
    <message>
      <source>Evaluations overdue</source>
      <translation>Evaluaciones atrasadas</translation>
    </message>
    <message>
      <source>Projects approved, in implementation, or in evaluation and closing</source>
      <translation>Proyectos aprobados, en ejecución, o en evaluación y cierre</translation>
    </message>
    <message>
      <source>Projects by stage</source>
      <translation>Proyectos por etapa</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <source>Budget and expenditure by region (active projects)</source>
      <translation>Presupuesto y gastos por región (proyectos activos)</translation>
    </message>
    <message>
      <source>Budget and expenditure by partner (active projects)</source>
      <translation>Presupuesto y gastos por socio (proyectos activos)</translation>
    </message>
    <message>
      <source>Reading the figures…</source>
      <translation>Leyendo las cifras…</translation>
    </message>
    <message>
      <source>Reading the dashboard…</source>
      <translation>Leyendo el panel…</translation>
    </message>
    <message numerus="yes">
      <source>Evaluations due in the next %n day(s), and overdue, as of {date}</source>
      <translation>
        <numerusform>Evaluaciones previstas en el próximo día, y atrasadas, al {date}</numerusform>
        <numerusform>Evaluaciones previstas en los próximos %n días, y atrasadas, al {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>{name}
Budget: {amount}</source>
      <translation>{name}
Presupuesto: {amount}</translation>
    </message>
    <message>
      <source>{name}
Expenditure: {amount} (delivery {rate})</source>
      <translation>{name}
Gastos: {amount} (ejecución {rate})</translation>
    </message>
  </context>
  <context>
    <name>EditForm</name>
    <message>
      <source>Edit {code}</source>
      <translation>Editar {code}</translation>
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation>&amp;Código:</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Título:</translation>
    </message>
    <message>
      <source>Its projects stay in it; the next field package carries the change.</source>
      <translation>Sus proyectos siguen en ella; el próximo paquete de campo lleva el cambio.</translation>
    </message>
    <message>
      <source>Code: a cluster evaluation needs a code.</source>
      <translation>Código: una evaluación agrupada necesita un código.</translation>
    </message>
    <message>
      <source>Title: a cluster evaluation's title cannot be empty.</source>
      <translation>Título: el título de una evaluación agrupada no puede estar vacío.</translation>
    </message>
  </context>
  <context>
    <name>EmptyPortfolioHint</name>
    <message>
      <source>No projects to list.

Edit &gt; New Project… (Ctrl+N) creates one; File &gt; Import… reads a workbook or an IATI file; File &gt; Open Demo Portfolio shows an example portfolio in a database of its own; View &gt; Show Archived Projects lists archived ones.

Help &gt; User Guide (F1) walks through an officer's first day.</source>
      <translation>No hay proyectos que mostrar.

Editar &gt; Nuevo proyecto… (Ctrl+N) crea uno; Archivo &gt; Importar… lee un libro de Excel o un archivo IATI; Archivo &gt; Abrir la cartera de demostración muestra una cartera de ejemplo en una base de datos propia; Ver &gt; Mostrar proyectos archivados lista los archivados.

Ayuda &gt; Guía del usuario (F1) acompaña el primer día de un oficial de proyecto.</translation>
    </message>
    <message>
      <source>Not every project could be read.

Refresh (F5) reads the list again.</source>
      <translation>No se pudieron leer todos los proyectos.

Actualizar (F5) vuelve a leer la lista.</translation>
    </message>
    <message>
      <source>Loading projects…

The sort and the filters apply when every project is read.</source>
      <translation>Cargando los proyectos…

El orden y los filtros se aplican cuando se han leído todos los proyectos.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>{action} was refused.</source>
      <translation>{action}: rechazado.</translation>
    </message>
    <message>
      <source>{subject} cannot be saved yet.</source>
      <translation>{subject}: aún no se puede guardar.</translation>
    </message>
    <message>
      <source>It cannot be saved yet.</source>
      <translation>Aún no se puede guardar.</translation>
    </message>
    <message>
      <source>Something went wrong inside tracker: {error}</source>
      <translation>Se produjo un error interno en tracker: {error}</translation>
    </message>
  </context>
  <context>
    <name>FileCommands</name>
    <message>
      <source>tracker databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
      <translation>Bases de datos de tracker (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>Nueva base de datos</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>Abrir base de datos</translation>
    </message>
    <message>
      <source>Save a backup copy</source>
      <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
      <source>Remove Demo Data</source>
      <translation>Eliminar datos de demostración</translation>
    </message>
    <message>
      <source>Remove the demo data from {where}?</source>
      <translation>¿Eliminar los datos de demostración de {where}?</translation>
    </message>
    <message>
      <source>{projects}, with their funding, expenditure, evaluations and history, and {partners} that none of your own funding names will be deleted. Your own projects and partners stay as they are. The deletions are in the audit trail, and field packages carry them.</source>
      <translation>Se eliminarán {projects}, con su financiación, gastos, evaluaciones e historial, y {partners} que ninguna de sus financiaciones menciona. Sus propios proyectos y socios quedan como están. Las eliminaciones constan en el registro de auditoría, y los paquetes de campo las transmiten.</translation>
    </message>
    <message numerus="yes">
      <source>%n demo project(s)</source>
      <translation>
        <numerusform>%n proyecto de demostración</numerusform>
        <numerusform>%n proyectos de demostración</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>the %n demo partner(s)</source>
      <translation>
        <numerusform>%n socio de demostración</numerusform>
        <numerusform>los %n socios de demostración</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Remove Demo Data</source>
      <translation>&amp;Eliminar datos de demostración</translation>
    </message>
    <message>
      <source>{path} already exists; use File &gt; Open to open it</source>
      <translation>{path} ya existe; use Archivo &gt; Abrir para abrirlo</translation>
    </message>
    <message>
      <source>Created the database {path}</source>
      <translation>Base de datos {path} creada</translation>
    </message>
    <message>
      <source>{path} no longer exists; it was removed from Open Recent</source>
      <translation>{path} ya no existe; se quitó de Abrir reciente</translation>
    </message>
    <message>
      <source>No longer found, removed from Open Recent: {names}</source>
      <translation>Ya no se encuentran, se quitaron de Abrir reciente: {names}</translation>
    </message>
    <message>
      <source>Back Up</source>
      <translation>Copia de seguridad</translation>
    </message>
    <message>
      <source>This database is on a server ({address}): the server's administrator backs it up with the server's tools (pg_dump), not tracker.</source>
      <translation>Esta base de datos está en un servidor ({address}): el administrador del servidor hace su copia de seguridad con las herramientas del servidor (pg_dump), no tracker.</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>Copia de seguridad escrita en {path}</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
      <source>Opened the demo portfolio, a database of its own; your own projects are not in it</source>
      <translation>Se abrió la cartera de demostración, una base de datos propia; sus proyectos no están en ella</translation>
    </message>
    <message>
      <source>{where} holds your own projects, and the demo never goes among them: use File &gt; Open Demo Portfolio, which opens it in a database of its own</source>
      <translation>{where} contiene sus propios proyectos, y la demostración nunca se mezcla con ellos: use Archivo &gt; Abrir la cartera de demostración, que la abre en una base de datos propia</translation>
    </message>
    <message>
      <source>Loading the demo portfolio…</source>
      <translation>Cargando la cartera de demostración…</translation>
    </message>
    <message numerus="yes">
      <source>Demo portfolio ready: %n project(s), in a database of its own</source>
      <translation>
        <numerusform>Cartera de demostración lista: %n proyecto, en una base de datos propia</numerusform>
        <numerusform>Cartera de demostración lista: %n proyectos, en una base de datos propia</numerusform>
      </translation>
    </message>
    <message>
      <source>Loading the demo was cancelled; nothing was added</source>
      <translation>Se canceló la carga de la demostración; no se añadió nada</translation>
    </message>
    <message>
      <source>This database holds no demo data</source>
      <translation>Esta base de datos no contiene datos de demostración</translation>
    </message>
    <message>
      <source>Removing the demo data…</source>
      <translation>Eliminando los datos de demostración…</translation>
    </message>
    <message>
      <source>Removed the demo data: {projects} and {partners}</source>
      <translation>Datos de demostración eliminados: {projects} y {partners}</translation>
    </message>
    <message numerus="yes">
      <source>%n project(s)</source>
      <translation>
        <numerusform>%n proyecto</numerusform>
        <numerusform>%n proyectos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n partner(s)</source>
      <translation>
        <numerusform>%n socio</numerusform>
        <numerusform>%n socios</numerusform>
      </translation>
    </message>
    <message>
      <source>Removing the demo data was cancelled; nothing was removed</source>
      <translation>Se canceló la eliminación de los datos de demostración; no se eliminó nada</translation>
    </message>
    <message>
      <source>Demo portfolio: illustrative projects, not real data</source>
      <translation>Cartera de demostración: proyectos ilustrativos, no datos reales</translation>
    </message>
    <message>
      <source>Includes demo data (File &gt; Remove Demo Data…)</source>
      <translation>Incluye datos de demostración (Archivo &gt; Eliminar datos de demostración…)</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Search code, title, partner or country (Ctrl+F)</source>
      <translation>Código, título, socio o país (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search projects</source>
      <translation>Buscar proyectos</translation>
    </message>
    <message>
      <source>All stages</source>
      <translation>Todas las etapas</translation>
    </message>
    <message>
      <source>Project-cycle stage</source>
      <translation>Etapa del ciclo del proyecto</translation>
    </message>
    <message>
      <source>All regions</source>
      <translation>Todas las regiones</translation>
    </message>
    <message>
      <source>ILO region</source>
      <translation>Región de la OIT</translation>
    </message>
    <message>
      <source>All partners</source>
      <translation>Todos los socios</translation>
    </message>
    <message>
      <source>Funding partner</source>
      <translation>Socio financiador</translation>
    </message>
    <message>
      <source>All funding</source>
      <translation>Toda financiación</translation>
    </message>
    <message>
      <source>Funding modality</source>
      <translation>Modalidad de financiación</translation>
    </message>
    <message>
      <source>All objectives</source>
      <translation>Todo objetivo</translation>
    </message>
    <message>
      <source>Strategic objective (outcome)</source>
      <translation>Objetivo estratégico (resultado)</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Solo con retraso</translation>
    </message>
    <message>
      <source>Only projects with a mandatory evaluation past its due date</source>
      <translation>Solo los proyectos con una evaluación obligatoria vencida</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Restablecer</translation>
    </message>
    <message>
      <source>Show every project again</source>
      <translation>Mostrar de nuevo todos los proyectos</translation>
    </message>
    <message>
      <source>{funder} (regular budget)</source>
      <translation>{funder} (presupuesto ordinario)</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Find in the guide</source>
      <translation>Buscar en la guía</translation>
    </message>
    <message>
      <source>&amp;Find:</source>
      <translation>&amp;Buscar:</translation>
    </message>
    <message>
      <source>&amp;Previous</source>
      <translation>&amp;Anterior</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Siguiente</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>No encontrado</translation>
    </message>
  </context>
  <context>
    <name>GapsModel</name>
    <message>
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>What an assessor would find missing</source>
      <translation>Lo que un evaluador echaría en falta</translation>
    </message>
  </context>
  <context>
    <name>IatiCheckDialog</name>
    <message>
      <source>IATI Publication Check</source>
      <translation>Comprobación de la publicación IATI</translation>
    </message>
    <message>
      <source>Checking the portfolio…</source>
      <translation>Comprobando la cartera…</translation>
    </message>
    <message>
      <source>Double-click a row to open the project and record what it lacks.</source>
      <translation>Haga doble clic en una fila para abrir el proyecto y registrar lo que le falta.</translation>
    </message>
    <message>
      <source>Check &amp;Again</source>
      <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
      <source>&amp;Open Project</source>
      <translation>&amp;Abrir el proyecto</translation>
    </message>
    <message>
      <source>The check failed: {error}</source>
      <translation>La comprobación falló: {error}</translation>
    </message>
    <message>
      <source>Checking the IATI publication…</source>
      <translation>Comprobando la publicación IATI…</translation>
    </message>
    <message>
      <source>Check cancelled.</source>
      <translation>Comprobación cancelada.</translation>
    </message>
  </context>
  <context>
    <name>IatiMenu</name>
    <message>
      <source>Export IATI File</source>
      <translation>Exportar archivo IATI</translation>
    </message>
    <message>
      <source>IATI activity files (*.xml);;All files (*)</source>
      <translation>Archivos de actividades IATI (*.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>IATI file written: {path}</source>
      <translation>Archivo IATI escrito: {path}</translation>
    </message>
    <message>
      <source>IATI File Written: Publication Check</source>
      <translation>Archivo IATI escrito: comprobación de la publicación</translation>
    </message>
    <message>
      <source>Exporting the IATI file…</source>
      <translation>Exportando el archivo IATI…</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written</source>
      <translation>Exportación cancelada; no se escribió ningún archivo</translation>
    </message>
    <message>
      <source>Export IATI &amp;File…</source>
      <translation>Exp&amp;ortar archivo IATI…</translation>
    </message>
    <message>
      <source>Write the portfolio as an IATI 2.03 activity file and check what it lacks</source>
      <translation>Escribir la cartera como archivo de actividades IATI 2.03 y comprobar lo que le falta</translation>
    </message>
    <message>
      <source>Check IATI P&amp;ublication…</source>
      <translation>Comprobar p&amp;ublicación IATI…</translation>
    </message>
    <message>
      <source>List, per project, what an aid-transparency assessment would find missing</source>
      <translation>Listar, por proyecto, lo que una evaluación de la transparencia de la ayuda echaría en falta</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import {name}</source>
      <translation>Importar {name}</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>Comprobando {name}…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Hoja</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Columna</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importar</translation>
    </message>
    <message>
      <source>How the file's disbursements (IATI transaction type 3) are recorded. Automatic: in a funder's file they are funding it gave; in an implementer's own file, money spent or passed on to implementing partners (expenditure, as subcontracts).</source>
      <translation>Cómo se registran los desembolsos del archivo (tipo de transacción IATI 3). Automático: en el archivo de un financiador, son financiación que aportó; en el archivo de un organismo de ejecución sobre su propia actividad, fondos gastados o transferidos a los asociados en la ejecución (gastos, como subcontratos).</translation>
    </message>
    <message>
      <source>How the file's outgoing commitments (IATI transaction type 2) are recorded. Automatic: in a funder's file they are funding it gave; in an implementer's own file, expenditure only when the activity reports no payment (else its disbursements and expenditure are the money spent).</source>
      <translation>Cómo se registran los compromisos salientes del archivo (tipo de transacción IATI 2). Automático: en el archivo de un financiador, son financiación que aportó; en el archivo de un organismo de ejecución sobre su propia actividad, gastos solo si la actividad no declara ningún pago (si no, sus desembolsos y gastos son los fondos gastados).</translation>
    </message>
    <message>
      <source>&amp;Disbursements:</source>
      <translation>&amp;Desembolsos:</translation>
    </message>
    <message>
      <source>&amp;Outgoing commitments:</source>
      <translation>Compromisos &amp;salientes:</translation>
    </message>
    <message>
      <source>Automatic: by the reporting organisation's role in each activity</source>
      <translation>Automático: según el papel de la organización informante en cada actividad</translation>
    </message>
    <message>
      <source>As expenditure (money passed on to implementing partners)</source>
      <translation>Como gastos (fondos transferidos a los asociados en la ejecución)</translation>
    </message>
    <message>
      <source>As funding given by the reporting organisation</source>
      <translation>Como financiación aportada por la organización informante</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>No se registran</translation>
    </message>
    <message>
      <source>Checking the IATI file…</source>
      <translation>Comprobación del archivo IATI…</translation>
    </message>
    <message>
      <source>Checking the workbook…</source>
      <translation>Comprobando el libro…</translation>
    </message>
    <message>
      <source>Checking was cancelled; nothing was imported.</source>
      <translation>Se canceló la comprobación; no se importó nada.</translation>
    </message>
    <message>
      <source>{created}, {updated} and {unchanged}.</source>
      <translation>{created}, {updated} y {unchanged}.</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) will be created</source>
      <translation>
        <numerusform>se creará %n registro</numerusform>
        <numerusform>se crearán %n registros</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>%n actualizado</numerusform>
        <numerusform>%n actualizados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n sin cambios</numerusform>
        <numerusform>%n sin cambios</numerusform>
      </translation>
    </message>
    <message>
      <source>Transactions:</source>
      <translation>Transacciones:</translation>
    </message>
    <message>
      <source>Ignored:</source>
      <translation>Omitido:</translation>
    </message>
    <message>
      <source>Stage changes refused (the projects stay where they are):</source>
      <translation>Cambios de etapa rechazados (los proyectos quedan donde están):</translation>
    </message>
    <message>
      <source>Press Import to write it, in one transaction.</source>
      <translation>Pulse Importar para escribirlo, en una sola transacción.</translation>
    </message>
    <message>
      <source>There is nothing to import.</source>
      <translation>No hay nada que importar.</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) must be fixed in the workbook before it can be imported; nothing was imported.</source>
      <translation>
        <numerusform>Hay que corregir %n problema en el libro antes de poder importarlo; no se importó nada.</numerusform>
        <numerusform>Hay que corregir %n problemas en el libro antes de poder importarlo; no se importó nada.</numerusform>
      </translation>
    </message>
    <message>
      <source>The workbook could not be checked.</source>
      <translation>No se pudo comprobar el libro.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importando…</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was written.</source>
      <translation>Se canceló la importación; no se escribió nada.</translation>
    </message>
  </context>
  <context>
    <name>ImportMenu</name>
    <message>
      <source>Import a workbook or an IATI file</source>
      <translation>Importar un libro o un archivo IATI</translation>
    </message>
    <message>
      <source>Import workbooks and IATI activity files (*.xlsx *.xml);;Excel workbooks (*.xlsx);;IATI activity files (*.xml);;All files (*)</source>
      <translation>Libros de importación y archivos de actividades IATI (*.xlsx *.xml);;Libros de Excel (*.xlsx);;Archivos de actividades IATI (*.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Empty template (*.xlsx)</source>
      <translation>Plantilla vacía (*.xlsx)</translation>
    </message>
    <message>
      <source>Template filled with the portfolio (*.xlsx)</source>
      <translation>Plantilla llena con la cartera (*.xlsx)</translation>
    </message>
    <message>
      <source>Write an import template</source>
      <translation>Escribir una plantilla de importación</translation>
    </message>
    <message>
      <source>Import template written: {path}</source>
      <translation>Plantilla de importación escrita: {path}</translation>
    </message>
    <message numerus="yes">
      <source>(%n demo project(s) left out: File &gt; Remove Demo Data… removes them from the database)</source>
      <translation>
        <numerusform>(%n proyecto de demostración omitido: Archivo &gt; Eliminar datos de demostración… lo quita de la base de datos)</numerusform>
        <numerusform>(%n proyectos de demostración omitidos: Archivo &gt; Eliminar datos de demostración… los quita de la base de datos)</numerusform>
      </translation>
    </message>
    <message>
      <source>Writing the import template…</source>
      <translation>Escribiendo la plantilla de importación…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importar…</translation>
    </message>
    <message>
      <source>Import projects, funding, expenditure, evaluations and indicators from an import workbook or an IATI activity file</source>
      <translation>Importar proyectos, financiación, gastos, evaluaciones e indicadores desde un libro de importación o un archivo de actividades IATI</translation>
    </message>
    <message>
      <source>Write Import &amp;Template…</source>
      <translation>Escribir &amp;plantilla de importación…</translation>
    </message>
    <message>
      <source>Write an Excel workbook to fill in and import</source>
      <translation>Escribir un libro de Excel para rellenar e importar</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>{code} is saved; the filters hide it</source>
      <translation>{code} está guardado; los filtros lo ocultan</translation>
    </message>
    <message>
      <source>&amp;Portfolio</source>
      <translation>&amp;Cartera</translation>
    </message>
    <message>
      <source>&amp;Dashboard</source>
      <translation>&amp;Panel</translation>
    </message>
    <message>
      <source> (read-only)</source>
      <translation> (solo lectura)</translation>
    </message>
    <message>
      <source>no database</source>
      <translation>ninguna base de datos</translation>
    </message>
    <message>
      <source>Demo portfolio: </source>
      <translation>Cartera de demostración: </translation>
    </message>
    <message>
      <source>Not every project could be read (F5 reads them again)</source>
      <translation>No se pudieron leer todos los proyectos (F5 los vuelve a leer)</translation>
    </message>
    <message>
      <source>Loading projects…</source>
      <translation>Cargando los proyectos…</translation>
    </message>
    <message numerus="yes">
      <source>{total} project(s)</source>
      <translation>
        <numerusform>{total} proyecto</numerusform>
        <numerusform>{total} proyectos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{shown} of {total} project(s)</source>
      <translation>
        <numerusform>{shown} de {total} proyecto</numerusform>
        <numerusform>{shown} de {total} proyectos</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MembersForm</name>
    <message>
      <source>Add Projects to {code}</source>
      <translation>Añadir proyectos a {code}</translation>
    </message>
    <message>
      <source>Remove Projects from {code}</source>
      <translation>Retirar proyectos de {code}</translation>
    </message>
    <message>
      <source>Projects sharing the {basis} and not yet in it:</source>
      <translation>Proyectos que comparten el {basis} y aún no están en el grupo:</translation>
    </message>
    <message>
      <source>Projects it covers (their evaluation stays, as their own):</source>
      <translation>Proyectos que abarca (su evaluación se mantiene, como propia):</translation>
    </message>
    <message>
      <source>No project to add.</source>
      <translation>Ningún proyecto que añadir.</translation>
    </message>
    <message>
      <source>No project to remove.</source>
      <translation>Ningún proyecto que retirar.</translation>
    </message>
    <message>
      <source>Check the projects.</source>
      <translation>Marque los proyectos.</translation>
    </message>
  </context>
  <context>
    <name>MergeForm</name>
    <message>
      <source>Merge Funding Partners</source>
      <translation>Fusionar socios financiadores</translation>
    </message>
    <message>
      <source>(choose the partner that stays)</source>
      <translation>(elija el socio que se conserva)</translation>
    </message>
    <message>
      <source>Merge:</source>
      <translation>Fusionar:</translation>
    </message>
    <message>
      <source>&amp;Into:</source>
      <translation>&amp;En:</translation>
    </message>
    <message>
      <source>&amp;Merge</source>
      <translation>&amp;Fusionar</translation>
    </message>
    <message>
      <source>Choose the partner record that stays.</source>
      <translation>Elija el socio que se conserva.</translation>
    </message>
    <message>
      <source>1 funding line of %1 moves to %2 and partner %1 is deleted.</source>
      <translation>1 línea de financiación de %1 pasa a %2 y el socio %1 se elimina.</translation>
    </message>
    <message>
      <source>%3 funding lines of %1 move to %2 and partner %1 is deleted.</source>
      <translation>%3 líneas de financiación de %1 pasan a %2 y el socio %1 se elimina.</translation>
    </message>
    <message>
      <source>Merging the partners…</source>
      <translation>Fusionando los socios…</translation>
    </message>
    <message>
      <source>The merge was cancelled; nothing was changed.</source>
      <translation>Se canceló la fusión; no se modificó nada.</translation>
    </message>
  </context>
  <context>
    <name>Operation</name>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <source>&amp;Organisation Settings…</source>
      <translation>Configuración de la &amp;organización…</translation>
    </message>
    <message>
      <source>Who the organisation publishes as in IATI, its contact and the default aid types of each funding modality</source>
      <translation>Con qué nombre publica la organización en la IATI, su contacto y los tipos de ayuda por defecto de cada modalidad de financiación</translation>
    </message>
    <message>
      <source>Organisation Settings</source>
      <translation>Configuración de la organización</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <source>Default aid types</source>
      <translation>Tipos de ayuda por defecto</translation>
    </message>
    <message>
      <source>The database is open read-only: the settings can be read, not changed.</source>
      <translation>La base de datos está abierta en modo de solo lectura: la configuración puede consultarse, no modificarse.</translation>
    </message>
    <message>
      <source>Who the organisation's IATI files say published them.</source>
      <translation>La organización que sus archivos IATI indican como publicadora.</translation>
    </message>
    <message>
      <source>IATI &amp;identifier:</source>
      <translation>&amp;Identificador IATI:</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>p. ej., {example}</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Tipo:</translation>
    </message>
    <message>
      <source>The contact every published activity gives.</source>
      <translation>El contacto que indica cada actividad publicada.</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organización:</translation>
    </message>
    <message>
      <source>&amp;Department:</source>
      <translation>&amp;Departamento:</translation>
    </message>
    <message>
      <source>&amp;Person:</source>
      <translation>&amp;Persona:</translation>
    </message>
    <message>
      <source>blank: the department answers</source>
      <translation>vacío: responde el departamento</translation>
    </message>
    <message>
      <source>Te&amp;lephone:</source>
      <translation>Te&amp;léfono:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
      <source>&amp;Website:</source>
      <translation>Sitio &amp;web:</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>Di&amp;rección:</translation>
    </message>
    <message>
      <source>The types an activity is published with, by the funding modality of its main funding.</source>
      <translation>Los tipos con los que se publica una actividad, según la modalidad de su financiación principal.</translation>
    </message>
    <message>
      <source>Flow type</source>
      <translation>Tipo de flujo</translation>
    </message>
    <message>
      <source>Finance type</source>
      <translation>Tipo de financiación</translation>
    </message>
    <message>
      <source>Aid type</source>
      <translation>Tipo de ayuda</translation>
    </message>
    <message>
      <source>Tied status</source>
      <translation>Vinculación de la ayuda</translation>
    </message>
    <message>
      <source>Organisation settings saved</source>
      <translation>Configuración de la organización guardada</translation>
    </message>
  </context>
  <context>
    <name>PackageMenu</name>
    <message>
      <source>Field packages (*.trackerpkg);;All files (*)</source>
      <translation>Paquetes de campo (*.trackerpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Export Field Package</source>
      <translation>Exportar paquete de campo</translation>
    </message>
    <message>
      <source>Merge Field Package</source>
      <translation>Fusionar paquete de campo</translation>
    </message>
    <message numerus="yes">
      <source>{file}: %n changed record(s)</source>
      <translation>
        <numerusform>{file}: %n registro modificado</numerusform>
        <numerusform>{file}: %n registros modificados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n deletion(s)</source>
      <translation>
        <numerusform>, %n eliminación</numerusform>
        <numerusform>, %n eliminaciones</numerusform>
      </translation>
    </message>
    <message>
      <source>{source}: this package from {name} was already merged; nothing changed</source>
      <translation>{source}: este paquete de {name} ya se fusionó; nada cambió</translation>
    </message>
    <message>
      <source>{source} from {name}: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged</source>
      <translation>{source} de {name}: {created} creados, {updated} actualizados, {deleted} eliminados, {unchanged} sin cambios</translation>
    </message>
    <message numerus="yes">
      <source>; %n conflict(s) to resolve</source>
      <translation>
        <numerusform>; %n conflicto por resolver</numerusform>
        <numerusform>; %n conflictos por resolver</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n skipped</source>
      <translation>
        <numerusform>; %n omitido</numerusform>
        <numerusform>; %n omitidos</numerusform>
      </translation>
    </message>
    <message>
      <source>Field package written: {path}</source>
      <translation>Paquete de campo escrito: {path}</translation>
    </message>
    <message>
      <source>Field package written</source>
      <translation>Paquete de campo escrito</translation>
    </message>
    <message>
      <source>Exporting the field package…</source>
      <translation>Exportando el paquete de campo…</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written</source>
      <translation>Exportación cancelada; no se escribió ningún archivo</translation>
    </message>
    <message>
      <source>Records changed on both sides (both versions kept):</source>
      <translation>Registros modificados en ambos lados (se conservan ambas versiones):</translation>
    </message>
    <message>
      <source>Use File &gt; Resolve Conflicts… to choose.</source>
      <translation>Use Archivo &gt; Resolver conflictos… para elegir.</translation>
    </message>
    <message>
      <source>Skipped:</source>
      <translation>Omitidos:</translation>
    </message>
    <message>
      <source>Field package merged</source>
      <translation>Paquete de campo fusionado</translation>
    </message>
    <message>
      <source>Merging the field package…</source>
      <translation>Fusionando el paquete de campo…</translation>
    </message>
    <message>
      <source>Merge cancelled; nothing was changed</source>
      <translation>Fusión cancelada; no se modificó nada</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>E&amp;xport Field Package…</source>
      <translation>E&amp;xportar paquete de campo…</translation>
    </message>
    <message>
      <source>&amp;Merge Field Package…</source>
      <translation>&amp;Fusionar paquete de campo…</translation>
    </message>
    <message>
      <source>Resolve &amp;Conflicts…</source>
      <translation>Resolver conflic&amp;tos…</translation>
    </message>
  </context>
  <context>
    <name>PartnerDelegate</name>
    <message>
      <source>Row %1, Partner: %2</source>
      <translation>Fila %1, socio: %2</translation>
    </message>
  </context>
  <context>
    <name>PartnerForm</name>
    <message>
      <source>Edit Funding Partner</source>
      <translation>Modificar socio financiador</translation>
    </message>
    <message>
      <source>New Funding Partner</source>
      <translation>Nuevo socio financiador</translation>
    </message>
    <message>
      <source>e.g. LUX</source>
      <translation>p. ej. LUX</translation>
    </message>
    <message>
      <source>e.g. Luxembourg</source>
      <translation>p. ej. Luxemburgo</translation>
    </message>
    <message>
      <source>(not a non-state actor)</source>
      <translation>(no es un actor no estatal)</translation>
    </message>
    <message>
      <source>ISO code or name, e.g. LU or Luxembourg (optional)</source>
      <translation>Código ISO o nombre, p. ej. LU o Luxemburgo (opcional)</translation>
    </message>
    <message>
      <source>The language this partner's donor reports are written in</source>
      <translation>El idioma en que se redactan los informes destinados a este socio</translation>
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation>&amp;Código:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <source>C&amp;ategory:</source>
      <translation>C&amp;ategoría:</translation>
    </message>
    <message>
      <source>Non-state &amp;kind:</source>
      <translation>&amp;Tipo de actor no estatal:</translation>
    </message>
    <message>
      <source>C&amp;ountry:</source>
      <translation>&amp;País:</translation>
    </message>
    <message>
      <source>&amp;Reporting language:</source>
      <translation>&amp;Idioma de los informes:</translation>
    </message>
  </context>
  <context>
    <name>PartnerPicker</name>
    <message>
      <source>(none: ILO regular budget)</source>
      <translation>(ninguno: presupuesto ordinario de la OIT)</translation>
    </message>
    <message>
      <source>New partner…</source>
      <translation>Nuevo socio…</translation>
    </message>
    <message>
      <source>no active partner's code or name contains '%1'; correct it, or choose New partner…</source>
      <translation>ningún socio activo tiene un código o nombre que contenga «%1»; corríjalo, o elija Nuevo socio…</translation>
    </message>
    <message>
      <source>'%1' is part of %2 partners' codes or names; type more of it, or choose one from the list</source>
      <translation>«%1» forma parte del código o nombre de %2 socios; escriba más, o elija uno de la lista</translation>
    </message>
  </context>
  <context>
    <name>PartnerTableModel</name>
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
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>English</source>
      <translation>inglés</translation>
    </message>
    <message>
      <source>French</source>
      <translation>francés</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>español</translation>
    </message>
  </context>
  <context>
    <name>PartnersDialog</name>
    <message>
      <source>Funding Partners</source>
      <translation>Socios financiadores</translation>
    </message>
    <message>
      <source>Find a partner: part of its code, name or country</source>
      <translation>Buscar un socio: parte de su código, nombre o país</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Añadir…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modificar…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Desactivar</translation>
    </message>
    <message>
      <source>&amp;Merge…</source>
      <translation>&amp;Fusionar…</translation>
    </message>
    <message>
      <source>Ac&amp;tivate</source>
      <translation>Ac&amp;tivar</translation>
    </message>
    <message>
      <source>Added %1.</source>
      <translation>%1 añadido.</translation>
    </message>
    <message>
      <source>Saved %1.</source>
      <translation>%1 guardado.</translation>
    </message>
    <message>
      <source>%1 is active: it is offered for new funding lines again.</source>
      <translation>%1 está activo: vuelve a ofrecerse para nuevas líneas de financiación.</translation>
    </message>
    <message>
      <source>%1 is deactivated: its funding stays, new funding lines are not offered it.</source>
      <translation>%1 está desactivado: su financiación se mantiene, pero ya no se ofrece para nuevas líneas de financiación.</translation>
    </message>
    <message>
      <source>Merged %1 into %2.</source>
      <translation>%1 fusionado en %2.</translation>
    </message>
  </context>
  <context>
    <name>PortfolioColumns</name>
    <message>
      <source>ILO RBTC</source>
      <translation>CTPO OIT</translation>
    </message>
    <message>
      <source>the ILO's regular budget for technical cooperation</source>
      <translation>cooperación técnica con cargo al presupuesto ordinario de la OIT</translation>
    </message>
    <message>
      <source>Funding: {modalities}</source>
      <translation>Financiación: {modalities}</translation>
    </message>
    <message>
      <source>No funding recorded yet</source>
      <translation>Aún no hay financiación registrada</translation>
    </message>
    <message>
      <source>Demo data: an illustrative project with invented figures</source>
      <translation>Datos de demostración: un proyecto ilustrativo con cifras inventadas</translation>
    </message>
    <message>
      <source>No approved budget yet</source>
      <translation>Aún no hay presupuesto aprobado</translation>
    </message>
    <message>
      <source>US$ {spent} spent of a budget of US$ {budget}</source>
      <translation>US$ {spent} gastados de un presupuesto de US$ {budget}</translation>
    </message>
    <message>
      <source>Overdue:</source>
      <translation>Atrasadas:</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>vence el {date}</translation>
    </message>
    <message>
      <source>Next: {kind}, due {date}</source>
      <translation>Próxima: {kind}, vence el {date}</translation>
    </message>
    <message>
      <source>No mandatory evaluation open</source>
      <translation>Ninguna evaluación obligatoria pendiente</translation>
    </message>
    <message>
      <source>{n} overdue</source>
      <translation>{n} atrasadas</translation>
    </message>
    <message>
      <source>On schedule</source>
      <translation>Al día</translation>
    </message>
    <message>
      <source>None open</source>
      <translation>Ninguna</translation>
    </message>
    <message>
      <source>{stage} (archived)</source>
      <translation>{stage} (archivado)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Project code (demo projects in italics)</source>
      <translation>Código del proyecto (proyectos de demostración en cursiva)</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Project title</source>
      <translation>Título del proyecto</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Socios</translation>
    </message>
    <message>
      <source>Funding partners (ILO RBTC: the ILO's regular budget)</source>
      <translation>Socios financiadores (CTPO de la OIT: el presupuesto ordinario de la OIT)</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Región</translation>
    </message>
    <message>
      <source>ILO region</source>
      <translation>Región de la OIT</translation>
    </message>
    <message>
      <source>Interregional</source>
      <translation>Interregional</translation>
    </message>
    <message>
      <source>Countries</source>
      <translation>Países</translation>
    </message>
    <message>
      <source>Countries (ISO codes)</source>
      <translation>Países (códigos ISO)</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <source>Project-cycle stage (sorts in cycle order)</source>
      <translation>Etapa del ciclo del proyecto (se ordena según el ciclo)</translation>
    </message>
    <message>
      <source>Implementation</source>
      <translation>Evaluación y c</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <source>Planned start</source>
      <translation>Inicio previsto</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Planned end (after revisions)</source>
      <translation>Fin prevista (tras revisiones)</translation>
    </message>
    <message>
      <source>Budget (US$)</source>
      <translation>Presup. (US$)</translation>
    </message>
    <message>
      <source>Current approved budget in US$</source>
      <translation>Presupuesto aprobado vigente en US$</translation>
    </message>
    <message>
      <source>Spent (US$)</source>
      <translation>Gastado (US$)</translation>
    </message>
    <message>
      <source>Cumulative expenditure in US$</source>
      <translation>Gastos acumulados en US$</translation>
    </message>
    <message>
      <source>Delivery %</source>
      <translation>Ejecución %</translation>
    </message>
    <message>
      <source>Delivery rate: expenditure over approved budget, per cent</source>
      <translation>Tasa de ejecución: gastos sobre el presupuesto aprobado, en porcentaje</translation>
    </message>
    <message>
      <source>Eval. due</source>
      <translation>Eval. prevista</translation>
    </message>
    <message>
      <source>Due date of the next mandatory evaluation still open</source>
      <translation>Fecha prevista de la próxima evaluación obligatoria pendiente</translation>
    </message>
    <message>
      <source>Eval. status</source>
      <translation>Estado eval.</translation>
    </message>
    <message>
      <source>Overdue mandatory evaluations, or whether one is scheduled</source>
      <translation>Evaluaciones obligatorias atrasadas, o si hay una prevista</translation>
    </message>
    <message>
      <source>00 overdue</source>
      <translation>00 atrasadas</translation>
    </message>
  </context>
  <context>
    <name>PortfolioView</name>
    <message>
      <source>Default column widths</source>
      <translation>Anchos de columna predeterminados</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>Idioma del sistema</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <source>The language of menus, messages and reports, and how numbers and dates are written. It applies the next time tracker starts.</source>
      <translation>El idioma de los menús, mensajes e informes, y cómo se escriben los números y las fechas. Se aplica la próxima vez que se inicie tracker.</translation>
    </message>
    <message>
      <source>This run was started with --lang {code}, which overrides this choice; a restart from here leaves it out.</source>
      <translation>tracker se inició con --lang {code}, que prevalece sobre esta elección; un reinicio desde aquí lo omite.</translation>
    </message>
    <message>
      <source>The new language applies when tracker starts again.</source>
      <translation>El nuevo idioma se aplica cuando tracker se reinicia.</translation>
    </message>
    <message>
      <source>Restart tracker now? Open editors ask about unsaved changes first.</source>
      <translation>¿Reiniciar tracker ahora? Los editores abiertos preguntan antes por los cambios sin guardar.</translation>
    </message>
    <message>
      <source>&amp;Restart Now</source>
      <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>&amp;Más tarde</translation>
    </message>
  </context>
  <context>
    <name>ProjectCommands</name>
    <message>
      <source>funding lines: {count}</source>
      <translation>líneas de financiación: {count}</translation>
    </message>
    <message>
      <source>budget revisions: {count}</source>
      <translation>revisiones presupuestarias: {count}</translation>
    </message>
    <message>
      <source>expenditure lines: {count}</source>
      <translation>líneas de gastos: {count}</translation>
    </message>
    <message>
      <source>evaluations: {count}</source>
      <translation>evaluaciones: {count}</translation>
    </message>
    <message>
      <source>result indicators: {count}</source>
      <translation>indicadores de resultados: {count}</translation>
    </message>
    <message>
      <source>budget lines: {count}</source>
      <translation>líneas presupuestarias: {count}</translation>
    </message>
    <message>
      <source>progress reports: {count}</source>
      <translation>informes de avance: {count}</translation>
    </message>
    <message>
      <source>its stage history</source>
      <translation>su historial de etapas</translation>
    </message>
    <message>
      <source>Delete Project</source>
      <translation>Eliminar proyecto</translation>
    </message>
    <message>
      <source>Delete project {code} “{title}”?</source>
      <translation>¿Eliminar el proyecto {code} «{title}»?</translation>
    </message>
    <message>
      <source>Deleted with it: {records}.</source>
      <translation>Se eliminan con él: {records}.</translation>
    </message>
    <message>
      <source>It has no funding, expenditure or evaluations yet.</source>
      <translation>Aún no tiene financiación, gastos ni evaluaciones.</translation>
    </message>
    <message>
      <source>The deletion is in the audit trail, and field packages carry it to the other databases. To keep a project on record but out of the list, archive it instead (Edit &gt; Archive Project).</source>
      <translation>La eliminación consta en el registro de auditoría, y los paquetes de campo la transmiten a las demás bases de datos. Para conservar un proyecto fuera de la lista, archívelo (Editar &gt; Archivar proyecto).</translation>
    </message>
    <message>
      <source>&amp;Delete Project</source>
      <translation>&amp;Eliminar proyecto</translation>
    </message>
    <message>
      <source>Select a project in the portfolio first</source>
      <translation>Seleccione primero un proyecto en la cartera</translation>
    </message>
    <message>
      <source>{code} is open in an editor: close the editor first</source>
      <translation>{code} está abierto en un editor: cierre primero el editor</translation>
    </message>
    <message>
      <source>Deleted project {code}</source>
      <translation>Proyecto {code} eliminado</translation>
    </message>
    <message>
      <source>Archived {code}: it stays on record and in reports; View &gt; Show Archived Projects shows it</source>
      <translation>{code} archivado: se conserva y sigue en los informes; Ver &gt; Mostrar proyectos archivados lo muestra</translation>
    </message>
    <message>
      <source>{code} is back in the portfolio list</source>
      <translation>{code} vuelve a estar en la lista de la cartera</translation>
    </message>
    <message>
      <source>&amp;Delete Project…</source>
      <translation>&amp;Eliminar proyecto…</translation>
    </message>
    <message>
      <source>&amp;Archive Project</source>
      <translation>A&amp;rchivar proyecto</translation>
    </message>
    <message>
      <source>Restore from Arc&amp;hive</source>
      <translation>Res&amp;taurar desde el archivo</translation>
    </message>
    <message>
      <source>Show Arc&amp;hived Projects</source>
      <translation>Mostrar proyectos arc&amp;hivados</translation>
    </message>
    <message>
      <source>Delete the selected project with all its records (after a confirmation)</source>
      <translation>Eliminar el proyecto seleccionado con todos sus registros (previa confirmación)</translation>
    </message>
    <message>
      <source>Keep the selected project on record but out of the portfolio list</source>
      <translation>Conservar el proyecto seleccionado, pero fuera de la lista de la cartera</translation>
    </message>
    <message>
      <source>Bring the selected archived project back to the portfolio list</source>
      <translation>Devolver el proyecto archivado seleccionado a la lista de la cartera</translation>
    </message>
    <message>
      <source>List archived projects too, in grey</source>
      <translation>Listar también los proyectos archivados, en gris</translation>
    </message>
  </context>
  <context>
    <name>ProjectSummary</name>
    <message>
      <source>Selected project</source>
      <translation>Proyecto seleccionado</translation>
    </message>
    <message numerus="yes">
      <source>{n} project(s) selected.</source>
      <translation>
        <numerusform>{n} proyecto seleccionado.</numerusform>
        <numerusform>{n} proyectos seleccionados.</numerusform>
      </translation>
    </message>
    <message>
      <source>Select a project to see its summary; Enter or a double-click opens it.</source>
      <translation>Seleccione un proyecto para ver su resumen; Intro o un doble clic lo abre.</translation>
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
      <source>none recorded</source>
      <translation>ninguno registrado</translation>
    </message>
    <message>
      <source>Budget US$ {budget} · spent US$ {spent} · delivery {rate}</source>
      <translation>Presupuesto US$ {budget} · gastado US$ {spent} · ejecución {rate}</translation>
    </message>
    <message>
      <source>no region</source>
      <translation>sin región</translation>
    </message>
    <message>
      <source>no country</source>
      <translation>sin país</translation>
    </message>
    <message>
      <source>no strategic objective</source>
      <translation>sin objetivo estratégico</translation>
    </message>
    <message>
      <source>Partners: {partners} · {modalities}</source>
      <translation>Socios: {partners} · {modalities}</translation>
    </message>
  </context>
  <context>
    <name>RateForm</name>
    <message>
      <source>Correct an Exchange Rate</source>
      <translation>Corregir un tipo de cambio</translation>
    </message>
    <message>
      <source>Add an Exchange Rate</source>
      <translation>Agregar un tipo de cambio</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <source>The day the rate applies from: the 1st of the month for the UN's monthly rates</source>
      <translation>El día a partir del cual se aplica el tipo: el día 1 del mes para los tipos mensuales de las Naciones Unidas</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>p. ej., {example}</translation>
    </message>
    <message>
      <source>The US$ value of one unit of the currency</source>
      <translation>El valor en US$ de una unidad de la moneda</translation>
    </message>
    <message>
      <source>The units of the currency one US$ buys, as the UN's lists give it</source>
      <translation>Las unidades de la moneda que compra un dólar de los Estados Unidos, como lo indican las listas de las Naciones Unidas</translation>
    </message>
    <message>
      <source>Empty: the UN operational rates of exchange</source>
      <translation>Vacío: los tipos de cambio operacionales de las Naciones Unidas</translation>
    </message>
    <message>
      <source>C&amp;urrency:</source>
      <translation>&amp;Moneda:</translation>
    </message>
    <message>
      <source>&amp;Valid from:</source>
      <translation>&amp;Válido desde:</translation>
    </message>
    <message>
      <source>US$ &amp;per unit:</source>
      <translation>US$ &amp;por unidad:</translation>
    </message>
    <message>
      <source>Units per US&amp;$:</source>
      <translation>&amp;Unidades por US$:</translation>
    </message>
    <message>
      <source>&amp;Source:</source>
      <translation>&amp;Fuente:</translation>
    </message>
    <message>
      <source>US$ per unit</source>
      <translation>US$ por unidad</translation>
    </message>
    <message>
      <source>units per US$</source>
      <translation>unidades por US$</translation>
    </message>
    <message>
      <source>the day the rate applies from is required</source>
      <translation>se requiere el día a partir del cual se aplica el tipo</translation>
    </message>
    <message>
      <source>the rate is required: the US$ value of one unit, or the units one US$ buys</source>
      <translation>se requiere el tipo: el valor en US$ de una unidad, o las unidades que compra un dólar de los Estados Unidos</translation>
    </message>
    <message>
      <source>the rate must be greater than zero</source>
      <translation>el tipo debe ser mayor que cero</translation>
    </message>
    <message>
      <source>{currency} already has a rate from {day}: select it and correct it instead</source>
      <translation>{currency} ya tiene un tipo desde el {day}: selecciónelo y corríjalo en su lugar</translation>
    </message>
  </context>
  <context>
    <name>RatesDialog</name>
    <message>
      <source>E&amp;xchange Rates…</source>
      <translation>&amp;Tipos de cambio…</translation>
    </message>
    <message>
      <source>View, import and correct the exchange rates new amounts are recorded at</source>
      <translation>Consultar, importar y corregir los tipos de cambio a los que se registran los nuevos importes</translation>
    </message>
    <message>
      <source>UN operational rates of exchange</source>
      <translation>Tipos de cambio operacionales de las Naciones Unidas</translation>
    </message>
    <message>
      <source>Import exchange rates</source>
      <translation>Importar tipos de cambio</translation>
    </message>
    <message>
      <source>Lists of rates (*.xml *.xlsx *.csv);;All files (*)</source>
      <translation>Listas de tipos (*.xml *.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Delete a rate</source>
      <translation>Eliminar un tipo</translation>
    </message>
    <message>
      <source>Exchange Rates</source>
      <translation>Tipos de cambio</translation>
    </message>
    <message>
      <source>YYYY-MM-DD; empty: every date</source>
      <translation>AAAA-MM-DD; vacío: todas las fechas</translation>
    </message>
    <message>
      <source>Only the rate of each currency in force on this day</source>
      <translation>Solo el tipo de cada moneda vigente ese día</translation>
    </message>
    <message>
      <source>&amp;Currency:</source>
      <translation>&amp;Moneda:</translation>
    </message>
    <message>
      <source>In force &amp;on:</source>
      <translation>&amp;Vigente el:</translation>
    </message>
    <message>
      <source>No exchange rates yet. Import the UN's monthly list of operational rates of exchange (downloaded from the UN Treasury's site) or a table of rates, or add a rate.</source>
      <translation>Todavía no hay tipos de cambio. Importe la lista mensual de tipos de cambio operacionales de las Naciones Unidas (descargada del sitio de la Tesorería de las Naciones Unidas) o una tabla de tipos, o agregue un tipo.</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importar…</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Agregar…</translation>
    </message>
    <message>
      <source>Co&amp;rrect…</source>
      <translation>Co&amp;rregir…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <source>(every currency)</source>
      <translation>(todas las monedas)</translation>
    </message>
    <message>
      <source>in force on</source>
      <translation>vigente el</translation>
    </message>
    <message numerus="yes">
      <source>In force on {day}: %n rate(s), one a currency.</source>
      <translation>
        <numerusform>Vigente el {day}: %n tipo, uno por moneda.</numerusform>
        <numerusform>Vigentes el {day}: %n tipos, uno por moneda.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rate(s).</source>
      <translation>
        <numerusform>%n tipo.</numerusform>
        <numerusform>%n tipos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Added the rate of {currency} from {day}.</source>
      <translation>Se agregó el tipo de {currency} desde el {day}.</translation>
    </message>
    <message>
      <source>Corrected the rate of {currency} from {day}.</source>
      <translation>Se corrigió el tipo de {currency} desde el {day}.</translation>
    </message>
    <message>
      <source>Delete the rate of {currency} from {day} ({value} US$ per unit)? Amounts already recorded at it keep their rate.</source>
      <translation>¿Eliminar el tipo de {currency} desde el {day} ({value} US$ por unidad)? Los importes ya registrados a ese tipo lo conservan.</translation>
    </message>
    <message>
      <source>Deleted the rate of {currency} from {day}.</source>
      <translation>Se eliminó el tipo de {currency} desde el {day}.</translation>
    </message>
    <message>
      <source>Importing exchange rates…</source>
      <translation>Importando tipos de cambio…</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was written.</source>
      <translation>Se canceló la importación; no se escribió nada.</translation>
    </message>
    <message>
      <source>Exchange rates imported</source>
      <translation>Tipos de cambio importados</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) must be fixed in the file before it can be imported; nothing was imported.</source>
      <translation>
        <numerusform>Hay que corregir %n problema en el archivo antes de poder importarlo; no se importó nada.</numerusform>
        <numerusform>Hay que corregir %n problemas en el archivo antes de poder importarlo; no se importó nada.</numerusform>
      </translation>
    </message>
    <message>
      <source>Exchange rates not imported</source>
      <translation>Tipos de cambio no importados</translation>
    </message>
  </context>
  <context>
    <name>RatesModel</name>
    <message>
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <source>Valid from</source>
      <translation>Válido desde</translation>
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
      <source>The currency's ISO code</source>
      <translation>El código ISO de la moneda</translation>
    </message>
    <message>
      <source>The rate applies from this day until the currency's next rate</source>
      <translation>El tipo se aplica desde este día hasta el siguiente tipo de la moneda</translation>
    </message>
    <message>
      <source>The US$ value of one unit of the currency, as amounts are recorded</source>
      <translation>El valor en US$ de una unidad de la moneda, tal como se registran los importes</translation>
    </message>
    <message>
      <source>The units of the currency one US$ buys, as the UN's lists give it</source>
      <translation>Las unidades de la moneda que compra un dólar de los Estados Unidos, como lo indican las listas de las Naciones Unidas</translation>
    </message>
    <message>
      <source>Where the rate comes from</source>
      <translation>De dónde proviene el tipo</translation>
    </message>
  </context>
  <context>
    <name>ReplanCommand</name>
    <message>
      <source>Recompute Evaluation Plans</source>
      <translation>Recalcular los planes de evaluación</translation>
    </message>
    <message>
      <source>Check every project's evaluation plan and recompute those made from other dates, budget or rules than the project's now?

Evaluations the rules now require are added, planned ones are rescheduled or marked no longer required; completed, waived and in-progress evaluations are kept. Every change is recorded in the project's history. A large portfolio takes a while; Cancel while it runs changes nothing.</source>
      <translation>¿Comprobar el plan de evaluación de cada proyecto y recalcular los que se hicieron con otras fechas, otro presupuesto u otras normas que las del proyecto hoy?

Se añaden las evaluaciones que las normas exigen ahora, y las previstas se reprograman o se marcan como ya no requeridas; se conservan las evaluaciones finalizadas, dispensadas y en curso. Cada cambio queda registrado en el historial del proyecto. Una cartera grande tarda un poco; Cancelar durante el proceso no cambia nada.</translation>
    </message>
    <message>
      <source>No evaluation plan changed.</source>
      <translation>Ningún plan de evaluación cambió.</translation>
    </message>
    <message numerus="yes">
      <source>{count} evaluation plan(s) changed.</source>
      <translation>
        <numerusform>{count} plan de evaluación cambió.</numerusform>
        <numerusform>{count} planes de evaluación cambiaron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checked {done} of {total} project(s)…</source>
      <translation>
        <numerusform>Proyectos comprobados: {done} de {total}…</numerusform>
        <numerusform>Proyectos comprobados: {done} de {total}…</numerusform>
      </translation>
    </message>
    <message>
      <source>Writing the changed plans…</source>
      <translation>Escribiendo los planes modificados…</translation>
    </message>
    <message>
      <source>Reading the portfolio…</source>
      <translation>Leyendo la cartera…</translation>
    </message>
    <message>
      <source>Not re-planned, their rule set is not available: {codes}</source>
      <translation>No replanificados, su conjunto de normas no está disponible: {codes}</translation>
    </message>
    <message>
      <source>Recomputing evaluation plans…</source>
      <translation>Recalculando los planes de evaluación…</translation>
    </message>
    <message>
      <source>Recomputing evaluation plans was cancelled; nothing was changed</source>
      <translation>Se canceló el recálculo de los planes de evaluación; no se modificó nada</translation>
    </message>
    <message>
      <source>Recompute &amp;Evaluation Plans…</source>
      <translation>Recalcular planes de &amp;evaluación…</translation>
    </message>
    <message>
      <source>Recompute the evaluation plans made from other dates, budget or rules than the project's now (after a rule set changed)</source>
      <translation>Recalcular los planes de evaluación hechos con otras fechas, otro presupuesto u otras normas que las del proyecto hoy (tras un cambio de normas)</translation>
    </message>
  </context>
  <context>
    <name>RuleSetEditor</name>
    <message>
      <source>Evaluation &amp;Rules…</source>
      <translation>&amp;Reglas de evaluación…</translation>
    </message>
    <message>
      <source>Write and change the rule sets that plan evaluations, with a preview and their impact on the portfolio</source>
      <translation>Redactar y modificar los conjuntos de reglas que planifican las evaluaciones, con una vista previa y su impacto en la cartera</translation>
    </message>
    <message>
      <source>Import a Rule Set</source>
      <translation>Importar un conjunto de reglas</translation>
    </message>
    <message>
      <source>Rule sets (*.json);;All files (*)</source>
      <translation>Conjuntos de reglas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Export the Rule Set</source>
      <translation>Exportar el conjunto de reglas</translation>
    </message>
    <message>
      <source>Rule sets (*.json)</source>
      <translation>Conjuntos de reglas (*.json)</translation>
    </message>
    <message>
      <source>{name} v{version}</source>
      <translation>{name} v{version}</translation>
    </message>
    <message>
      <source>{rule_set}, from {day}</source>
      <translation>{rule_set}, desde el {day}</translation>
    </message>
    <message>
      <source>does not load: see its problems</source>
      <translation>no se carga: vea sus problemas</translation>
    </message>
    <message>
      <source>Evaluation Rules</source>
      <translation>Reglas de evaluación</translation>
    </message>
    <message>
      <source>&amp;Rule sets:</source>
      <translation>&amp;Conjuntos de reglas:</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Nuevo</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;uplicar</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>E&amp;liminar</translation>
    </message>
    <message>
      <source>I&amp;mport…</source>
      <translation>I&amp;mportar…</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xportar…</translation>
    </message>
    <message>
      <source>Click a problem to go to its place</source>
      <translation>Haga clic en un problema para ir a su lugar</translation>
    </message>
    <message>
      <source>Pro&amp;blems:</source>
      <translation>Pro&amp;blemas:</translation>
    </message>
    <message>
      <source>every project</source>
      <translation>todos los proyectos</translation>
    </message>
    <message>
      <source>projects that would follow it</source>
      <translation>los proyectos que lo seguirían</translation>
    </message>
    <message>
      <source>Every project with dates and a budget as if the rule set applied to each, or only those that would follow it once saved (its name's projects and, for a policy in force, projects not yet approved)</source>
      <translation>Todos los proyectos con fechas y presupuesto, como si el conjunto de reglas se aplicara a cada uno, o solo los que lo seguirían una vez guardado (los proyectos con su nombre y, para una política vigente, los proyectos aún no aprobados)</translation>
    </message>
    <message>
      <source>Impact &amp;on:</source>
      <translation>Impacto &amp;en:</translation>
    </message>
    <message>
      <source>&amp;Impact…</source>
      <translation>&amp;Impacto…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>{name}: {where}. Duplicate it to start a new rule set from it.</source>
      <translation>{name}: {where}. Duplíquelo para empezar un nuevo conjunto de reglas a partir de él.</translation>
    </message>
    <message>
      <source>A new rule set, not saved yet: Save writes it to your rule sets.</source>
      <translation>Un nuevo conjunto de reglas, aún sin guardar: Guardar lo escribe en sus conjuntos de reglas.</translation>
    </message>
    <message>
      <source>{name}: {where}, saved in {file}.</source>
      <translation>{name}: {where}, guardado en {file}.</translation>
    </message>
    <message numerus="yes">
      <source>Pro&amp;blems (%n):</source>
      <translation>
        <numerusform>Pro&amp;blema (%n):</numerusform>
        <numerusform>Pro&amp;blemas (%n):</numerusform>
      </translation>
    </message>
    <message>
      <source>Pro&amp;blems: none</source>
      <translation>Pro&amp;blemas: ninguno</translation>
    </message>
    <message>
      <source>The preview waits until the problems are fixed.</source>
      <translation>La vista previa espera a que se corrijan los problemas.</translation>
    </message>
    <message>
      <source>Discard the changes to {name}?</source>
      <translation>¿Descartar los cambios de {name}?</translation>
    </message>
    <message>
      <source>A copy named {name}: change what differs, then Save.</source>
      <translation>Una copia llamada {name}: cambie lo que difiera y luego Guardar.</translation>
    </message>
    <message>
      <source>Its effective date is left empty: give one if it is to become the policy in force.</source>
      <translation>Su fecha de entrada en vigor queda vacía: indique una si debe convertirse en la política vigente.</translation>
    </message>
    <message>
      <source>Delete a Rule Set</source>
      <translation>Eliminar un conjunto de reglas</translation>
    </message>
    <message>
      <source>Delete {name} from your rule sets ({file})? Projects assigned to it keep their evaluations, but cannot be re-planned until a rule set of that name is available again.</source>
      <translation>¿Eliminar {name} de sus conjuntos de reglas ({file})? Los proyectos asignados a él conservan sus evaluaciones, pero no pueden replanificarse hasta que un conjunto de reglas con ese nombre vuelva a estar disponible.</translation>
    </message>
    <message>
      <source>{file} could not be deleted ({error}).</source>
      <translation>No se pudo eliminar {file} ({error}).</translation>
    </message>
    <message>
      <source>Deleted {name}.</source>
      <translation>{name} eliminado.</translation>
    </message>
    <message>
      <source>Rule set not imported</source>
      <translation>Conjunto de reglas no importado</translation>
    </message>
    <message numerus="yes">
      <source>Imported {file}: %n problem(s) to fix before it can be saved.</source>
      <translation>
        <numerusform>{file} importado: %n problema que corregir antes de poder guardarlo.</numerusform>
        <numerusform>{file} importado: %n problemas que corregir antes de poder guardarlo.</numerusform>
      </translation>
    </message>
    <message>
      <source>Rule set imported</source>
      <translation>Conjunto de reglas importado</translation>
    </message>
    <message>
      <source>Imported {file}: check it, then Save.</source>
      <translation>{file} importado: revíselo y luego Guardar.</translation>
    </message>
    <message>
      <source>Exported {file}.</source>
      <translation>{file} exportado.</translation>
    </message>
    <message>
      <source>{file} could not be written ({error}).</source>
      <translation>No se pudo escribir {file} ({error}).</translation>
    </message>
    <message>
      <source>Save the Rule Set</source>
      <translation>Guardar el conjunto de reglas</translation>
    </message>
    <message>
      <source>Your rule sets already have {name}. Replace it?</source>
      <translation>Sus conjuntos de reglas ya tienen {name}. ¿Reemplazarlo?</translation>
    </message>
    <message>
      <source>Saved {name} in {file}. Projects following it are re-planned by Tools &gt; Recompute Evaluation Plans.</source>
      <translation>{name} guardado en {file}. Los proyectos que lo siguen se replanifican con Herramientas &gt; Recalcular planes de evaluación.</translation>
    </message>
    <message>
      <source>The impact was cancelled.</source>
      <translation>Se canceló el cálculo del impacto.</translation>
    </message>
    <message>
      <source>on the end date</source>
      <translation>en la fecha de fin</translation>
    </message>
    <message>
      <source>at the midpoint</source>
      <translation>a mitad del período</translation>
    </message>
    <message>
      <source>on each anniversary</source>
      <translation>en cada aniversario</translation>
    </message>
    <message>
      <source>months after the start</source>
      <translation>meses después del inicio</translation>
    </message>
    <message>
      <source>months before the end</source>
      <translation>meses antes del fin</translation>
    </message>
    <message>
      <source>always</source>
      <translation>siempre</translation>
    </message>
    <message>
      <source>if a mid-term review is agreed</source>
      <translation>si se acuerda una revisión de medio término</translation>
    </message>
    <message>
      <source>keep the band's</source>
      <translation>mantener las del tramo</translation>
    </message>
    <message>
      <source>replace the band's</source>
      <translation>reemplazar las del tramo</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <source>Over</source>
      <translation>Más de</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <source>Below</source>
      <translation>Menos de</translation>
    </message>
    <message>
      <source>At least this many {unit} (the bound itself included)</source>
      <translation>Al menos esta cantidad de {unit} (el límite incluido)</translation>
    </message>
    <message>
      <source>More than this many {unit}</source>
      <translation>Más de esta cantidad de {unit}</translation>
    </message>
    <message>
      <source>At most this many {unit} (the bound itself included)</source>
      <translation>Como máximo esta cantidad de {unit} (el límite incluido)</translation>
    </message>
    <message>
      <source>Less than this many {unit}</source>
      <translation>Menos de esta cantidad de {unit}</translation>
    </message>
    <message>
      <source>&amp;Add {noun}</source>
      <translation>&amp;Añadir: {noun}</translation>
    </message>
    <message>
      <source>Remo&amp;ve</source>
      <translation>Quita&amp;r</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <source>Do&amp;wn</source>
      <translation>Ba&amp;jar</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Evaluaciones</translation>
    </message>
    <message>
      <source>Evaluations the selected {noun} requires</source>
      <translation>Evaluaciones que exige el elemento seleccionado ({noun})</translation>
    </message>
    <message>
      <source>Add e&amp;valuation</source>
      <translation>Añadir e&amp;valuación</translation>
    </message>
    <message>
      <source>Remove evaluation</source>
      <translation>Quitar evaluación</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Condiciones</translation>
    </message>
    <message>
      <source>Nothing checked: whatever the funding. A project without funding lines meets no condition.</source>
      <translation>Nada marcado: sea cual sea la financiación. Un proyecto sin líneas de financiación no cumple ninguna condición.</translation>
    </message>
    <message>
      <source>Only when every funding line is…</source>
      <translation>Solo cuando cada línea de financiación es…</translation>
    </message>
    <message>
      <source>of the &amp;modalities</source>
      <translation>de una de las &amp;modalidades</translation>
    </message>
    <message>
      <source>from partners of the &amp;categories</source>
      <translation>de socios de las &amp;categorías</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>tracker's kinds and those this rule set names (Kinds tab)</source>
      <translation>los tipos de tracker y los que nombra este conjunto de reglas (pestaña Tipos)</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Meses</translation>
    </message>
    <message>
      <source>For a timing in months after the start or before the end: how many</source>
      <translation>Para un plazo en meses después del inicio o antes del fin: cuántos</translation>
    </message>
    <message>
      <source>Only if</source>
      <translation>Solo si</translation>
    </message>
    <message>
      <source>Independent</source>
      <translation>Independiente</translation>
    </message>
    <message>
      <source>This evaluation must be independent</source>
      <translation>Esta evaluación debe ser independiente</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relación</translation>
    </message>
    <message>
      <source>How the reason reads: "is", "is within"</source>
      <translation>Cómo se lee el motivo: «es», «está entre»</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>e.g. "under 18 months": the plan's reason quotes it</source>
      <translation>p. ej. «menos de 18 meses»: el motivo del plan lo cita</translation>
    </message>
    <message>
      <source>months</source>
      <translation>meses</translation>
    </message>
    <message>
      <source>Requires</source>
      <translation>Exige</translation>
    </message>
    <message>
      <source>What the band requires, in words: the plan's reason quotes it</source>
      <translation>Lo que exige el tramo, en palabras: el motivo del plan lo cita</translation>
    </message>
    <message>
      <source>is</source>
      <translation>es</translation>
    </message>
    <message>
      <source>band</source>
      <translation>tramo</translation>
    </message>
    <message>
      <source>e.g. "over US$5,000,000": the plan's reason quotes it</source>
      <translation>p. ej. «más de 5.000.000 US$»: el motivo del plan lo cita</translation>
    </message>
    <message>
      <source>Band's evaluations</source>
      <translation>Evaluaciones del tramo</translation>
    </message>
    <message>
      <source>Keep the duration band's evaluations (the tier's of the same kind take their place), or replace them</source>
      <translation>Mantener las evaluaciones del tramo de duración (las del nivel del mismo tipo ocupan su lugar) o reemplazarlas</translation>
    </message>
    <message>
      <source>tier</source>
      <translation>nivel</translation>
    </message>
    <message>
      <source>Lower-case letters, digits and hyphens, e.g. learning-review</source>
      <translation>Letras minúsculas, dígitos y guiones, p. ej. learning-review</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Etiqueta</translation>
    </message>
    <message>
      <source>French label</source>
      <translation>Etiqueta en francés</translation>
    </message>
    <message>
      <source>Spanish label</source>
      <translation>Etiqueta en español</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>tipo</translation>
    </message>
    <message>
      <source>e.g. "environmental and social screening"</source>
      <translation>p. ej. «examen ambiental y social»</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Why, in words: the Approve guard quotes it</source>
      <translation>Por qué, en palabras: la condición de la aprobación lo cita</translation>
    </message>
    <message>
      <source>Result choices</source>
      <translation>Resultados posibles</translation>
    </message>
    <message>
      <source>The results a record may give, separated by commas; empty: any</source>
      <translation>Los resultados que puede dar un registro, separados por comas; vacío: cualquiera</translation>
    </message>
    <message>
      <source>French reason</source>
      <translation>Motivo en francés</translation>
    </message>
    <message>
      <source>Spanish reason</source>
      <translation>Motivo en español</translation>
    </message>
    <message>
      <source>requirement</source>
      <translation>requisito</translation>
    </message>
    <message>
      <source>&amp;Duration bands</source>
      <translation>Tramos de &amp;duración</translation>
    </message>
    <message>
      <source>Budget &amp;tiers</source>
      <translation>&amp;Niveles de presupuesto</translation>
    </message>
    <message>
      <source>&amp;Kinds</source>
      <translation>Ti&amp;pos</translation>
    </message>
    <message>
      <source>A&amp;ppraisal requirements</source>
      <translation>Requisitos de e&amp;valuación ex ante</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, dots and hyphens: the file is named after it</source>
      <translation>Letras minúsculas, dígitos, puntos y guiones: el archivo lleva este nombre</translation>
    </message>
    <message>
      <source>The policy text the rule set follows, cited</source>
      <translation>El texto de la política que sigue el conjunto de reglas, citado</translation>
    </message>
    <message>
      <source>YYYY-MM-DD; empty: used only where assigned</source>
      <translation>AAAA-MM-DD; vacío: usado solo donde se asigna</translation>
    </message>
    <message>
      <source>From this day the rule set is the organisation's policy: projects approved from then on follow it unless another rule set is assigned to them</source>
      <translation>A partir de este día el conjunto de reglas es la política de la organización: los proyectos aprobados desde entonces lo siguen, salvo que se les asigne otro conjunto de reglas</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nombre:</translation>
    </message>
    <message>
      <source>&amp;Version:</source>
      <translation>&amp;Versión:</translation>
    </message>
    <message>
      <source>T&amp;itle:</source>
      <translation>T&amp;ítulo:</translation>
    </message>
    <message>
      <source>&amp;Source:</source>
      <translation>&amp;Fuente:</translation>
    </message>
    <message>
      <source>&amp;Effective from:</source>
      <translation>&amp;Vigente desde:</translation>
    </message>
    <message>
      <source>&amp;Duration method:</source>
      <translation>Método de cálculo de la &amp;duración:</translation>
    </message>
    <message>
      <source>&amp;General</source>
      <translation>&amp;General</translation>
    </message>
    <message>
      <source>effective from</source>
      <translation>vigente desde</translation>
    </message>
    <message>
      <source>your rule sets</source>
      <translation>sus conjuntos de reglas</translation>
    </message>
    <message>
      <source>organisation folder (read-only)</source>
      <translation>carpeta de la organización (solo lectura)</translation>
    </message>
    <message>
      <source>ships with tracker (read-only)</source>
      <translation>incluido con tracker (solo lectura)</translation>
    </message>
    <message>
      <source>{file} cannot be read ({error})</source>
      <translation>No se puede leer {file} ({error})</translation>
    </message>
    <message>
      <source>{file} does not hold a rule set (a JSON object with named fields)</source>
      <translation>{file} no contiene un conjunto de reglas (un objeto JSON con campos con nombre)</translation>
    </message>
    <message>
      <source>the rule set</source>
      <translation>el conjunto de reglas</translation>
    </message>
    <message>
      <source>{name} ships with tracker or comes from your organisation's folder and cannot be changed here: duplicate it under a new name.</source>
      <translation>{name} se incluye con tracker o viene de la carpeta de su organización y no puede modificarse aquí: duplíquelo con un nombre nuevo.</translation>
    </message>
    <message>
      <source>New rule set</source>
      <translation>Nuevo conjunto de reglas</translation>
    </message>
    <message>
      <source>any duration</source>
      <translation>cualquier duración</translation>
    </message>
    <message>
      <source>a final evaluation on completion</source>
      <translation>una evaluación final al término</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>{kind} {number}</source>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <source>Preview on a sample project</source>
      <translation>Vista previa en un proyecto de ejemplo</translation>
    </message>
    <message>
      <source>The budget in US$</source>
      <translation>El presupuesto en US$</translation>
    </message>
    <message>
      <source>(no funding line)</source>
      <translation>(ninguna línea de financiación)</translation>
    </message>
    <message>
      <source>(no partner)</source>
      <translation>(ningún socio)</translation>
    </message>
    <message>
      <source>Mid-term re&amp;view agreed</source>
      <translation>Revisión de medio término a&amp;cordada</translation>
    </message>
    <message>
      <source>St&amp;art:</source>
      <translation>I&amp;nicio:</translation>
    </message>
    <message>
      <source>&amp;End:</source>
      <translation>Fi&amp;n:</translation>
    </message>
    <message>
      <source>Bud&amp;get (US$):</source>
      <translation>Presu&amp;puesto (US$):</translation>
    </message>
    <message>
      <source>&amp;Funding modality:</source>
      <translation>Modalidad de &amp;financiación:</translation>
    </message>
    <message>
      <source>Partner categor&amp;y:</source>
      <translation>Categor&amp;ía del socio:</translation>
    </message>
    <message>
      <source>start</source>
      <translation>inicio</translation>
    </message>
    <message>
      <source>end</source>
      <translation>fin</translation>
    </message>
    <message>
      <source>The end is before the start.</source>
      <translation>El fin es anterior al inicio.</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>presupuesto</translation>
    </message>
    <message>
      <source>The budget must be above zero.</source>
      <translation>El presupuesto debe ser mayor que cero.</translation>
    </message>
    <message>
      <source>Band {band}: {reason}</source>
      <translation>Tramo {band}: {reason}</translation>
    </message>
    <message>
      <source>Tier {tier}: {reason}</source>
      <translation>Nivel {tier}: {reason}</translation>
    </message>
    <message>
      <source>No budget tier applies.</source>
      <translation>No se aplica ningún nivel de presupuesto.</translation>
    </message>
  </context>
  <context>
    <name>RuleSetImpact</name>
    <message>
      <source>Save the Impact as a Workbook</source>
      <translation>Guardar el impacto como libro</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
      <source>Checked {done} of {total} project(s)…</source>
      <translation>
        <numerusform>{done} de {total} proyecto comprobado…</numerusform>
        <numerusform>{done} de {total} proyectos comprobados…</numerusform>
      </translation>
    </message>
    <message>
      <source>Reading the portfolio…</source>
      <translation>Leyendo la cartera…</translation>
    </message>
    <message>
      <source>Working out the impact of {rule_set}…</source>
      <translation>Calculando el impacto de {rule_set}…</translation>
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
      <source>Change</source>
      <translation>Cambio</translation>
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
      <source>Would be due</source>
      <translation>Vencimiento previsto</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with an evaluation more</source>
      <translation>
        <numerusform>%n proyecto con una evaluación más</numerusform>
        <numerusform>%n proyectos con una evaluación más</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with an evaluation fewer</source>
      <translation>
        <numerusform>%n proyecto con una evaluación menos</numerusform>
        <numerusform>%n proyectos con una evaluación menos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with an evaluation moved</source>
      <translation>
        <numerusform>%n proyecto con una evaluación desplazada</numerusform>
        <numerusform>%n proyectos con una evaluación desplazada</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with the independence requirement changed</source>
      <translation>
        <numerusform>%n proyecto cuyo requisito de independencia cambia</numerusform>
        <numerusform>%n proyectos cuyo requisito de independencia cambia</numerusform>
      </translation>
    </message>
    <message>
      <source>{summary} — {parts}. Nothing was saved.</source>
      <translation>{summary} — {parts}. No se guardó nada.</translation>
    </message>
    <message>
      <source>Impact of {rule_set}</source>
      <translation>Impacto de {rule_set}</translation>
    </message>
    <message>
      <source>&amp;Save Workbook…</source>
      <translation>&amp;Guardar libro…</translation>
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation>Escribiendo el libro…</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>{file} guardado.</translation>
    </message>
    <message>
      <source>Workbook not saved</source>
      <translation>Libro no guardado</translation>
    </message>
  </context>
  <context>
    <name>ServerDialog</name>
    <message>
      <source>Open Server Database</source>
      <translation>Abrir base de datos de servidor</translation>
    </message>
    <message>
      <source>empty: from ~/.pgpass or PGPASSWORD</source>
      <translation>vacía: desde ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Dirección:</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Contraseña:</translation>
    </message>
    <message>
      <source>A database shared on a PostgreSQL server, e.g. {example}</source>
      <translation>Una base de datos compartida en un servidor PostgreSQL, p. ej. {example}</translation>
    </message>
    <message>
      <source>The address starts with postgresql:// and ends with the database name, e.g. {example}</source>
      <translation>La dirección empieza por postgresql:// y termina con el nombre de la base de datos, p. ej. {example}</translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <source>&amp;User Guide</source>
      <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
      <source>The user guide: the day's work step by step, the evaluation rules, the shortcuts</source>
      <translation>La guía del usuario: el trabajo del día paso a paso, las normas de evaluación, los atajos</translation>
    </message>
    <message>
      <source>tracker User Guide</source>
      <translation>Guía del usuario de tracker</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Contenido</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <source>Find &amp;Next</source>
      <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
      <source>Find Pre&amp;vious</source>
      <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <source>&amp;Guide</source>
      <translation>&amp;Guía</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
  </context>
</TS>
