<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>Clusters</name>
    <message>
      <source>cluster {code} was changed by someone else meanwhile; try again</source>
      <translation>otra persona modificó el grupo {code} mientras tanto; inténtelo de nuevo</translation>
    </message>
    <message>
      <source>name the new code or title of cluster {code}</source>
      <translation>indique el nuevo código o el nuevo título del grupo {code}</translation>
    </message>
    <message>
      <source>title: a cluster evaluation's title cannot be empty</source>
      <translation>título: el título de una evaluación agrupada no puede estar vacío</translation>
    </message>
    <message numerus="yes">
      <source>cluster {code} cannot be deleted: it was completed for %n project(s), where it counts ({projects}); only a cluster that no project completed can be deleted</source>
      <translation>
        <numerusform>el grupo {code} no se puede eliminar: se completó para %n proyecto, donde cuenta ({projects}); solo se puede eliminar un grupo que ningún proyecto haya completado</numerusform>
        <numerusform>el grupo {code} no se puede eliminar: se completó para %n proyectos, donde cuenta ({projects}); solo se puede eliminar un grupo que ningún proyecto haya completado</numerusform>
      </translation>
    </message>
    <message>
      <source>theme</source>
      <translation>tema</translation>
    </message>
    <message>
      <source>partner</source>
      <translation>socio</translation>
    </message>
    <message>
      <source>country</source>
      <translation>país</translation>
    </message>
    <message>
      <source>No projects</source>
      <translation>Sin proyectos</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abierta</translation>
    </message>
    <message>
      <source>Partly completed</source>
      <translation>Finalizada en parte</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Finalizada</translation>
    </message>
    <message>
      <source>{basis} {value}</source>
      <translation>{basis} {value}</translation>
    </message>
    <message>
      <source>project {code} had no {kind} to join with: an optional one due {due} (its planned end) was added, not mandatory</source>
      <translation>el proyecto {code} no tenía ninguna evaluación del tipo {kind} que unir: se añadió una opcional con vencimiento el {due} (su fin previsto), no obligatoria</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} due {due} is now part of the cluster</source>
      <translation>proyecto {code}: su «{evaluation}» con vencimiento el {due} forma ahora parte del grupo</translation>
    </message>
    <message>
      <source>project {code} left the cluster; its evaluation stays planned as its own</source>
      <translation>el proyecto {code} salió del grupo; su evaluación sigue prevista como propia</translation>
    </message>
    <message>
      <source>code changed from {old} to {new}</source>
      <translation>código cambiado de {old} a {new}</translation>
    </message>
    <message>
      <source>title changed from “{old}” to “{new}”</source>
      <translation>título cambiado de «{old}» a «{new}»</translation>
    </message>
    <message>
      <source>a database that received cluster {code} in a field package keeps it: a package never deletes a cluster evaluation</source>
      <translation>una base de datos que recibió el grupo {code} en un paquete de campo lo conserva: un paquete nunca elimina una evaluación agrupada</translation>
    </message>
    <message>
      <source>no cluster evaluation with code '{code}' (known: {known})</source>
      <translation>ninguna evaluación agrupada tiene el código «{code}» (conocidas: {known})</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>ninguna por ahora</translation>
    </message>
    <message>
      <source>kind: '{text}' is not a kind of evaluation; use one of: {codes}</source>
      <translation>tipo: «{text}» no es un tipo de evaluación; use uno de estos: {codes}</translation>
    </message>
    <message>
      <source>basis: '{basis}' is not a basis of a cluster; use theme, partner or country</source>
      <translation>base: «{basis}» no es una base de grupo; use theme, partner o country</translation>
    </message>
    <message>
      <source>basis: name the {basis} the projects share</source>
      <translation>base: indique el {basis} que comparten los proyectos</translation>
    </message>
    <message>
      <source>basis: {problem}</source>
      <translation>base: {problem}</translation>
    </message>
    <message>
      <source>basis: no partner with code '{code}'</source>
      <translation>base: ningún socio tiene el código «{code}»</translation>
    </message>
    <message>
      <source>code: a cluster evaluation needs a code</source>
      <translation>código: una evaluación agrupada necesita un código</translation>
    </message>
    <message>
      <source>code: keep the code to {width} characters (it has {length})</source>
      <translation>código: el código debe tener como máximo {width} caracteres (tiene {length})</translation>
    </message>
    <message>
      <source>code: a cluster evaluation with code '{code}' exists already</source>
      <translation>código: ya existe una evaluación agrupada con el código «{code}»</translation>
    </message>
    <message>
      <source>title: keep the title to {width} characters (it has {length})</source>
      <translation>título: el título debe tener como máximo {width} caracteres (tiene {length})</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <source>project {code} does not have the theme {theme}, the basis of cluster {cluster}</source>
      <translation>el proyecto {code} no tiene el tema {theme}, la base del grupo {cluster}</translation>
    </message>
    <message>
      <source>project {code} has no funding line from partner {partner}, the basis of cluster {cluster}</source>
      <translation>el proyecto {code} no tiene ninguna línea de financiación del socio {partner}, la base del grupo {cluster}</translation>
    </message>
    <message>
      <source>project {code} is not in {country}, the basis of cluster {cluster}</source>
      <translation>el proyecto {code} no está en {country}, la base del grupo {cluster}</translation>
    </message>
    <message>
      <source>project {code} is already in cluster {cluster}</source>
      <translation>el proyecto {code} ya forma parte del grupo {cluster}</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} due {due} is already part of cluster {other}</source>
      <translation>proyecto {code}: su «{evaluation}» con vencimiento el {due} ya forma parte del grupo {other}</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} was completed on {date}; a completed evaluation cannot join a cluster</source>
      <translation>proyecto {code}: su «{evaluation}» se finalizó el {date}; una evaluación finalizada no puede unirse a un grupo</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} was waived ({reason}); a waived evaluation cannot join a cluster</source>
      <translation>proyecto {code}: su «{evaluation}» fue dispensada ({reason}); una evaluación dispensada no puede unirse a un grupo</translation>
    </message>
    <message>
      <source>project {code} has no {kind} and no planned end to plan one on; set its planned end first</source>
      <translation>el proyecto {code} no tiene evaluación del tipo {kind} ni fin previsto para preverla; indique primero su fin previsto</translation>
    </message>
    <message>
      <source>name at least one project to add to cluster {code}</source>
      <translation>indique al menos un proyecto que añadir al grupo {code}</translation>
    </message>
    <message>
      <source>name at least one project to remove from cluster {code}</source>
      <translation>indique al menos un proyecto que retirar del grupo {code}</translation>
    </message>
    <message>
      <source>project {code} is not in cluster {cluster}</source>
      <translation>el proyecto {code} no forma parte del grupo {cluster}</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} was completed with cluster {cluster} on {date}, so it stays in the cluster</source>
      <translation>proyecto {code}: su «{evaluation}» se finalizó con el grupo {cluster} el {date}, así que sigue en el grupo</translation>
    </message>
    <message>
      <source>cluster {code} covers no project yet; add projects before recording its completion</source>
      <translation>el grupo {code} aún no abarca ningún proyecto; añada proyectos antes de registrar su finalización</translation>
    </message>
    <message>
      <source>code: cluster evaluation {code} ({uuid}) is not the cluster evaluation {local} of this database ({local_uuid}): two databases made a cluster with one code</source>
      <translation>código: la evaluación agrupada {code} ({uuid}) no es la evaluación agrupada {local} de esta base de datos ({local_uuid}): dos bases de datos crearon un grupo con el mismo código</translation>
    </message>
    <message>
      <source>project {code}: {problem}</source>
      <translation>proyecto {code}: {problem}</translation>
    </message>
  </context>
  <context>
    <name>Impact</name>
    <message>
      <source>gains an evaluation</source>
      <translation>gana una evaluación</translation>
    </message>
    <message>
      <source>loses an evaluation</source>
      <translation>pierde una evaluación</translation>
    </message>
    <message>
      <source>an evaluation moves</source>
      <translation>una evaluación cambia de fecha</translation>
    </message>
    <message>
      <source>independence requirement changes</source>
      <translation>cambia la exigencia de independencia</translation>
    </message>
    <message>
      <source>projects checked: {checked}; that would change: {changed}</source>
      <translation>proyectos verificados: {checked}; que cambiarían: {changed}</translation>
    </message>
  </context>
  <context>
    <name>StoreDashboard</name>
    <message>
      <source>No region</source>
      <translation>Sin región</translation>
    </message>
    <message>
      <source>ILO regular budget (RBTC)</source>
      <translation>Presupuesto ordinario de la OIT (CTPO)</translation>
    </message>
    <message>
      <source>Other partners</source>
      <translation>Otros socios</translation>
    </message>
    <message>
      <source>No funding line recorded</source>
      <translation>Ninguna línea de financiación registrada</translation>
    </message>
    <message>
      <source>{evaluation} {number}</source>
      <translation>{evaluation} {number}</translation>
    </message>
    <message>
      <source>Active portfolio</source>
      <translation>Cartera activa</translation>
    </message>
  </context>
  <context>
    <name>StoreDatabase</name>
    <message>
      <source>cannot create the folder for the database {path}: {reason}</source>
      <translation>no se puede crear la carpeta de la base de datos {path}: {reason}</translation>
    </message>
    <message>
      <source>cannot read the database {path}: permission denied</source>
      <translation>no se puede leer la base de datos {path}: permiso denegado</translation>
    </message>
    <message>
      <source>opened read-only because the file cannot be written</source>
      <translation>abierta en modo de solo lectura porque no se puede escribir en el archivo</translation>
    </message>
    <message>
      <source>opened read-only because its folder cannot be written</source>
      <translation>abierta en modo de solo lectura porque no se puede escribir en su carpeta</translation>
    </message>
    <message>
      <source>opened read-only</source>
      <translation>abierta en modo de solo lectura</translation>
    </message>
    <message>
      <source>cannot open the database {path} read-only: there is no such file</source>
      <translation>no se puede abrir la base de datos {path} en modo de solo lectura: el archivo no existe</translation>
    </message>
    <message>
      <source>the database {path} is read-only and has schema version {version}, older than this tracker's ({latest}); it cannot be updated: make the file writable and open it again</source>
      <translation>la base de datos {path} es de solo lectura y tiene la versión de esquema {version}, anterior a la de este tracker ({latest}); no se puede actualizar: haga que se pueda escribir en el archivo y vuelva a abrirla</translation>
    </message>
    <message>
      <source>{path} is not a tracker database ({reason})</source>
      <translation>{path} no es una base de datos de tracker ({reason})</translation>
    </message>
    <message>
      <source>opened read-only because this account may not change projects</source>
      <translation>abierta en modo de solo lectura porque esta cuenta no puede modificar proyectos</translation>
    </message>
    <message>
      <source>the database {path} is opened read-only and has schema version {version}, older than this tracker's ({latest}); open it with an account that may change it to update it</source>
      <translation>la base de datos {path} está abierta en modo de solo lectura y tiene la versión de esquema {version}, anterior a la de este tracker ({latest}); ábrala con una cuenta que pueda modificarla para actualizarla</translation>
    </message>
    <message>
      <source>the database {path} is on a server: its administrator backs it up (pg_dump), not tracker</source>
      <translation>la base de datos {path} está en un servidor: su administrador se encarga de las copias de seguridad (pg_dump), no tracker</translation>
    </message>
    <message>
      <source>no SQLite database is open</source>
      <translation>no hay ninguna base de datos SQLite abierta</translation>
    </message>
    <message>
      <source>the backup must go to another file than the database itself</source>
      <translation>la copia de seguridad debe ir a un archivo distinto de la propia base de datos</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name for the backup</source>
      <translation>{path} es una carpeta; indique un nombre de archivo para la copia de seguridad</translation>
    </message>
    <message>
      <source>the disk is full: the backup {path} was not written; the database is unchanged; free some space and try again</source>
      <translation>el disco está lleno: no se ha escrito la copia de seguridad {path}; la base de datos no ha cambiado; libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
      <source>cannot write the backup {path}: {reason}</source>
      <translation>no se puede escribir la copia de seguridad {path}: {reason}</translation>
    </message>
    <message>
      <source>the server address {address} names no database: write it as postgresql://user@host:5432/dbname</source>
      <translation>la dirección del servidor {address} no indica ninguna base de datos: escríbala como postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
      <source>the server address {address} has a port that is not a number</source>
      <translation>la dirección del servidor {address} tiene un puerto que no es un número</translation>
    </message>
    <message>
      <source>the database {path} may not be changed by this account ({reason}): nothing was saved; what was saved before is unchanged; ask the database administrator for write access</source>
      <translation>esta cuenta no puede modificar la base de datos {path} ({reason}): no se ha guardado nada; lo guardado antes no ha cambiado; solicite acceso de escritura al administrador de la base de datos</translation>
    </message>
    <message>
      <source>the database server {path} is out of space or memory ({reason}): nothing was saved; what was saved before is intact; tell the database administrator</source>
      <translation>el servidor de base de datos {path} no tiene espacio o memoria suficientes ({reason}): no se ha guardado nada; lo guardado antes está intacto; avise al administrador de la base de datos</translation>
    </message>
    <message>
      <source>the database {path} is busy with another user's change ({reason}): nothing was saved; try again</source>
      <translation>la base de datos {path} está ocupada con un cambio de otro usuario ({reason}): no se ha guardado nada; vuelva a intentarlo</translation>
    </message>
    <message>
      <source>the connection to the database server {path} was cut ({reason}): nothing of this action was saved; what was saved before is intact; check the network and that the server is running, then try again</source>
      <translation>se ha cortado la conexión con el servidor de base de datos {path} ({reason}): no se ha guardado nada de esta acción; lo guardado antes está intacto; compruebe la red y que el servidor esté en funcionamiento, y vuelva a intentarlo</translation>
    </message>
    <message>
      <source>the connection to the database server {path} was cut (found closed): nothing of this action was saved; what was saved before is intact; check the network and try again</source>
      <translation>se ha cortado la conexión con el servidor de base de datos {path} (se encontró cerrada): no se ha guardado nada de esta acción; lo guardado antes está intacto; compruebe la red y vuelva a intentarlo</translation>
    </message>
    <message>
      <source>unknown reason</source>
      <translation>motivo desconocido</translation>
    </message>
    <message>
      <source>cannot connect to the database server {path}: {reason}</source>
      <translation>no se puede conectar con el servidor de base de datos {path}: {reason}</translation>
    </message>
    <message>
      <source>the database {path} is read-only ({reason}): nothing was saved; what was saved before is unchanged; make the file writable (or save a backup copy and open that) to make changes</source>
      <translation>la base de datos {path} es de solo lectura ({reason}): no se ha guardado nada; lo guardado antes no ha cambiado; haga que se pueda escribir en el archivo (o guarde una copia de seguridad y ábrala) para hacer cambios</translation>
    </message>
    <message>
      <source>the database {path} is read-only: nothing was saved; what was saved before is unchanged; make the file writable (or save a backup copy and open that) to make changes</source>
      <translation>la base de datos {path} es de solo lectura: no se ha guardado nada; lo guardado antes no ha cambiado; haga que se pueda escribir en el archivo (o guarde una copia de seguridad y ábrala) para hacer cambios</translation>
    </message>
    <message>
      <source>the disk is full: nothing was saved to the database {path}; what was saved before is intact; free some space on the disk and try again</source>
      <translation>el disco está lleno: no se ha guardado nada en la base de datos {path}; lo guardado antes está intacto; libere espacio en el disco y vuelva a intentarlo</translation>
    </message>
    <message>
      <source>the database {path} is locked by another program (waited {seconds} s): nothing was saved; try again when the other program has finished</source>
      <translation>la base de datos {path} está bloqueada por otro programa (se esperó {seconds} s): no se ha guardado nada; vuelva a intentarlo cuando el otro programa haya terminado</translation>
    </message>
    <message>
      <source>cannot open the database {path} ({reason}): check that the file and its folder exist and that the folder can be written (SQLite keeps -wal and -shm files beside the database)</source>
      <translation>no se puede abrir la base de datos {path} ({reason}): compruebe que el archivo y su carpeta existen y que se puede escribir en la carpeta (SQLite guarda los archivos -wal y -shm junto a la base de datos)</translation>
    </message>
    <message>
      <source>the database {path} is damaged ({reason}): nothing was read or saved by this action; open your latest backup copy (File &gt; Open…), or ask for help to recover what the file still holds</source>
      <translation>la base de datos {path} está dañada ({reason}): esta acción no ha leído ni guardado nada; abra su última copia de seguridad (Archivo &gt; Abrir…) o pida ayuda para recuperar lo que aún contiene el archivo</translation>
    </message>
    <message>
      <source>the drive holding the database {path} reported an error ({reason}): nothing was saved; check that the drive or network folder is still there and try again</source>
      <translation>la unidad que contiene la base de datos {path} ha notificado un error ({reason}): no se ha guardado nada; compruebe que la unidad o la carpeta de red sigue disponible y vuelva a intentarlo</translation>
    </message>
    <message>
      <source>the transaction on the database {path} was cancelled by an earlier error; its changes were not saved</source>
      <translation>la transacción en la base de datos {path} se canceló por un error anterior; sus cambios no se han guardado</translation>
    </message>
  </context>
  <context>
    <name>StoreDemo</name>
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
    <message numerus="yes">
      <source>%n project(s) already present</source>
      <translation>
        <numerusform>%n proyecto ya presente</numerusform>
        <numerusform>%n proyectos ya presentes</numerusform>
      </translation>
    </message>
    <message>
      <source>demo portfolio: {projects} and {partners} added, {present}</source>
      <translation>cartera de demostración: {projects} y {partners} añadidos, {present}</translation>
    </message>
    <message>
      <source>demo file {name} is not valid JSON: {reason}</source>
      <translation>el archivo de demostración {name} no es un JSON válido: {reason}</translation>
    </message>
    <message>
      <source>demo file {name}: {reason}</source>
      <translation>archivo de demostración {name}: {reason}</translation>
    </message>
    <message>
      <source>loading the demo portfolio was cancelled; nothing was added</source>
      <translation>se canceló la carga de la cartera de demostración; no se ha añadido nada</translation>
    </message>
    <message>
      <source>Loading the demo portfolio: {code}</source>
      <translation>Cargando la cartera de demostración: {code}</translation>
    </message>
    <message>
      <source>removed the demo data: {projects}, {partners} and {fundings}</source>
      <translation>datos de demostración eliminados: {projects}, {partners} y {fundings}</translation>
    </message>
    <message numerus="yes">
      <source>%n unearmarked funding line(s)</source>
      <translation>
        <numerusform>%n línea de financiación no asignada</numerusform>
        <numerusform>%n líneas de financiación no asignadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; kept the partner(s) {codes}, which your own funding names (no longer marked as demo data)</source>
      <translation>
        <numerusform>; se conservó el socio {codes}, que su propia financiación nombra (ya no está marcado como datos de demostración)</numerusform>
        <numerusform>; se conservaron los socios {codes}, que su propia financiación nombra (ya no están marcados como datos de demostración)</numerusform>
      </translation>
    </message>
    <message>
      <source>removing the demo data was cancelled; nothing was removed</source>
      <translation>se canceló la eliminación de los datos de demostración; no se ha eliminado nada</translation>
    </message>
    <message>
      <source>Removing the demo portfolio: {code}</source>
      <translation>Eliminando la cartera de demostración: {code}</translation>
    </message>
  </context>
  <context>
    <name>StoreDocument</name>
    <message>
      <source>{file} is {size} MB; tracker keeps files up to {limit} MB: publish it and give its web address instead</source>
      <translation>{file} ocupa {size} MB; tracker conserva archivos de hasta {limit} MB: publíquelo e indique en su lugar su dirección web</translation>
    </message>
    <message>
      <source>{file} is not a file</source>
      <translation>{file} no es un archivo</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: no existe ese archivo</translation>
    </message>
    <message>
      <source>{file} cannot be read ({error})</source>
      <translation>{file} no se puede leer ({error})</translation>
    </message>
    <message>
      <source>the database keeps no file with checksum {sha256}</source>
      <translation>la base de datos no conserva ningún archivo con la suma de control {sha256}</translation>
    </message>
    <message>
      <source>a file is named by its name, size and checksum together; attach the file again</source>
      <translation>un archivo se designa a la vez por su nombre, su tamaño y su suma de control; adjunte de nuevo el archivo</translation>
    </message>
    <message>
      <source>a file's checksum is 64 hexadecimal characters (SHA-256)</source>
      <translation>la suma de control de un archivo tiene 64 caracteres hexadecimales (SHA-256)</translation>
    </message>
    <message>
      <source>{title}: the file kept under its checksum has {kept} bytes, not {named}</source>
      <translation>{title}: el archivo conservado con su suma de control tiene {kept} bytes, no {named}</translation>
    </message>
    <message>
      <source>{title}: its file {file} is not in the database; attach the file again</source>
      <translation>{title}: su archivo {file} no está en la base de datos; adjunte de nuevo el archivo</translation>
    </message>
    <message>
      <source>{title}: the file given is not the one the document names (its checksum differs)</source>
      <translation>{title}: el archivo proporcionado no es el que designa el documento (su suma de control es distinta)</translation>
    </message>
    <message>
      <source>{title}: the file has {size} bytes, not the {named} the document names</source>
      <translation>{title}: el archivo tiene {size} bytes, no los {named} que indica el documento</translation>
    </message>
    <message>
      <source>the file given is not the one with checksum {sha256}</source>
      <translation>el archivo proporcionado no es el de suma de control {sha256}</translation>
    </message>
  </context>
  <context>
    <name>StoreMigration</name>
    <message>
      <source>the database holds tables but no tracker schema version: it is not a tracker database</source>
      <translation>la base de datos contiene tablas pero ninguna versión de esquema de tracker: no es una base de datos de tracker</translation>
    </message>
    <message>
      <source>this database has schema version {version}, newer than this tracker knows ({latest}); update tracker before opening it</source>
      <translation>esta base de datos tiene la versión de esquema {version}, más reciente que las que conoce este tracker ({latest}); actualice tracker antes de abrirla</translation>
    </message>
  </context>
  <context>
    <name>StoreOrganisation</name>
    <message>
      <source>the organisation's settings</source>
      <translation>la configuración de la organización</translation>
    </message>
  </context>
  <context>
    <name>StoreOutput</name>
    <message>
      <source>{path} already exists; {what} was not written</source>
      <translation>{path} ya existe; no se ha escrito nada ({what})</translation>
    </message>
    <message>
      <source>the output</source>
      <translation>el archivo de salida</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name for {what}</source>
      <translation>{path} es una carpeta; indique un nombre de archivo para {what}</translation>
    </message>
    <message>
      <source>{path} is the open database; {what} must go to another file (nothing was written)</source>
      <translation>{path} es la base de datos abierta; {what} debe ir a otro archivo (no se ha escrito nada)</translation>
    </message>
    <message>
      <source>{path} is a database; {what} never replaces one: choose another file (nothing was written)</source>
      <translation>{path} es una base de datos; {what} nunca sustituye a una base de datos: elija otro archivo (no se ha escrito nada)</translation>
    </message>
    <message>
      <source>cannot create a temporary file beside {path}</source>
      <translation>no se puede crear un archivo temporal junto a {path}</translation>
    </message>
  </context>
  <context>
    <name>StorePartner</name>
    <message>
      <source>no partner with code or name '{name}'</source>
      <translation>ningún socio tiene el código o el nombre «{name}»</translation>
    </message>
    <message>
      <source>no partner with code '{code}'</source>
      <translation>ningún socio tiene el código «{code}»</translation>
    </message>
    <message>
      <source>partner {other} already has this code</source>
      <translation>el socio {other} ya tiene este código</translation>
    </message>
    <message>
      <source>partner {other} already has this code (as {stored})</source>
      <translation>el socio {other} ya tiene este código (como {stored})</translation>
    </message>
    <message>
      <source>partner {other} already has this name</source>
      <translation>el socio {other} ya tiene este nombre</translation>
    </message>
    <message>
      <source>partner {other} already has this name (as {stored})</source>
      <translation>el socio {other} ya tiene este nombre (como {stored})</translation>
    </message>
    <message>
      <source>partner {code}</source>
      <translation>socio {code}</translation>
    </message>
    <message>
      <source>partner {code} cannot be merged into itself; name two different partners</source>
      <translation>el socio {code} no se puede fusionar consigo mismo; indique dos socios distintos</translation>
    </message>
    <message>
      <source>Moving the funding of {project}</source>
      <translation>Trasladando la financiación de {project}</translation>
    </message>
    <message>
      <source>unearmarked funding names no project</source>
      <translation>la financiación no asignada no nombra ningún proyecto</translation>
    </message>
    <message>
      <source>funding</source>
      <translation>financiación</translation>
    </message>
    <message>
      <source>funding here still names this partner; it is kept</source>
      <translation>hay financiación que todavía nombra a este socio; se conserva</translation>
    </message>
    <message>
      <source>this funding line pays for project {project}; it is deleted only through that project</source>
      <translation>esta línea de financiación paga el proyecto {project}; solo se elimina a través de ese proyecto</translation>
    </message>
    <message>
      <source>this funding line pays for project {project}; it is changed only through that project</source>
      <translation>esta línea de financiación paga el proyecto {project}; solo se modifica a través de ese proyecto</translation>
    </message>
    <message>
      <source>'{value}' is not a reporting language: use en (English), fr (French) or es (Spanish)</source>
      <translation>«{value}» no es un idioma de los informes: use en (inglés), fr (francés) o es (español)</translation>
    </message>
  </context>
  <context>
    <name>StorePortfolio</name>
    <message>
      <source>{evaluation} {number}</source>
      <translation>{evaluation} {number}</translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n con retraso</numerusform>
        <numerusform>%n con retraso</numerusform>
      </translation>
    </message>
    <message>
      <source>none open</source>
      <translation>ninguna abierta</translation>
    </message>
    <message>
      <source>on schedule</source>
      <translation>al día</translation>
    </message>
    <message>
      <source>at most {count} projects at a time; read the whole list instead</source>
      <translation>como máximo {count} proyectos a la vez; lea la lista completa</translation>
    </message>
  </context>
  <context>
    <name>StoreProject</name>
    <message>
      <source>{field} {value} is worth more US$ than tracker keeps (below {limit})</source>
      <translation>{field} {value} vale más US$ de lo que tracker conserva (menos de {limit})</translation>
    </message>
    <message>
      <source>a new project cannot start suspended; create it in the stage it was suspended from and suspend it with the project-cycle action</source>
      <translation>un proyecto nuevo no puede empezar suspendido; créelo en la etapa desde la que se suspendió y suspéndalo con la acción del ciclo del proyecto</translation>
    </message>
    <message>
      <source>no partner with code '{code}'</source>
      <translation>ningún socio tiene el código «{code}»</translation>
    </message>
    <message>
      <source>the project cannot start in {stage}: {reasons}</source>
      <translation>el proyecto no puede empezar en la etapa {stage}: {reasons}</translation>
    </message>
    <message>
      <source>project {code}: {reason}</source>
      <translation>proyecto {code}: {reason}</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>ninguna todavía</translation>
    </message>
    <message>
      <source>project {code} has no evaluation '{which}'; its evaluations: {known}</source>
      <translation>el proyecto {code} no tiene ninguna evaluación «{which}»; sus evaluaciones: {known}</translation>
    </message>
    <message>
      <source>no project with code '{code}'</source>
      <translation>ningún proyecto tiene el código «{code}»</translation>
    </message>
    <message>
      <source>the stage changes only through a project-cycle action such as 'Approve'</source>
      <translation>la etapa solo cambia mediante una acción del ciclo del proyecto, como «Aprobar»</translation>
    </message>
    <message>
      <source>project {code} was deleted by someone else since you opened it; it is not saved again (copy what you need from this window, then close it)</source>
      <translation>otra persona eliminó el proyecto {code} después de que usted lo abriera; no se vuelve a guardar (copie lo que necesite de esta ventana y después ciérrela)</translation>
    </message>
    <message>
      <source>a new project starts in Design</source>
      <translation>un proyecto nuevo empieza en la etapa Diseño</translation>
    </message>
    <message>
      <source>project {code} was changed by someone else while saving; reload it</source>
      <translation>otra persona modificó el proyecto {code} mientras se guardaba; vuelva a cargarlo</translation>
    </message>
    <message>
      <source>project {code}</source>
      <translation>proyecto {code}</translation>
    </message>
    <message>
      <source>project {code} was changed by someone else since you opened it (version {stored}, yours {yours}); reload it and make your change again</source>
      <translation>otra persona modificó el proyecto {code} después de que usted lo abriera (versión {stored}, la suya {yours}); vuelva a cargarlo y repita su cambio</translation>
    </message>
    <message>
      <source>two records share one identifier</source>
      <translation>dos registros comparten un mismo identificador</translation>
    </message>
    <message numerus="yes">
      <source>%n funding line(s)</source>
      <translation>
        <numerusform>%n línea de financiación</numerusform>
        <numerusform>%n líneas de financiación</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget revision(s)</source>
      <translation>
        <numerusform>%n revisión presupuestaria</numerusform>
        <numerusform>%n revisiones presupuestarias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n expenditure line(s)</source>
      <translation>
        <numerusform>%n línea de gastos</numerusform>
        <numerusform>%n líneas de gastos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evaluation(s)</source>
      <translation>
        <numerusform>%n evaluación</numerusform>
        <numerusform>%n evaluaciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n result indicator(s)</source>
      <translation>
        <numerusform>%n indicador de resultados</numerusform>
        <numerusform>%n indicadores de resultados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget line(s)</source>
      <translation>
        <numerusform>%n línea presupuestaria</numerusform>
        <numerusform>%n líneas presupuestarias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress report(s)</source>
      <translation>
        <numerusform>%n informe de avance</numerusform>
        <numerusform>%n informes de avance</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n documento</numerusform>
        <numerusform>%n documentos</numerusform>
      </translation>
    </message>
    <message>
      <source>its stage history</source>
      <translation>su historial de etapas</translation>
    </message>
    <message>
      <source>nothing else</source>
      <translation>nada más</translation>
    </message>
    <message>
      <source>{list} and {last}</source>
      <translation>{list} y {last}</translation>
    </message>
    <message>
      <source>project {code} was changed by someone else meanwhile; try again</source>
      <translation>otra persona modificó el proyecto {code} mientras tanto; vuelva a intentarlo</translation>
    </message>
    <message>
      <source>{action} of project {code}</source>
      <translation>{action} del proyecto {code}</translation>
    </message>
    <message>
      <source>the project is in {stage} here, not {expected}</source>
      <translation>el proyecto está en la etapa {stage} aquí, no en {expected}</translation>
    </message>
    <message>
      <source>budget revision</source>
      <translation>revisión presupuestaria</translation>
    </message>
  </context>
  <context>
    <name>StoreRates</name>
    <message>
      <source>the rate of {currency} from {day}</source>
      <translation>el tipo de cambio de {currency} desde el {day}</translation>
    </message>
    <message>
      <source>two different rates are given for the same day</source>
      <translation>se dan dos tipos de cambio diferentes para el mismo día</translation>
    </message>
  </context>
  <context>
    <name>StoreReplan</name>
    <message>
      <source>re-planning cancelled; nothing was changed</source>
      <translation>replanificación cancelada; no se ha cambiado nada</translation>
    </message>
    <message numerus="yes">
      <source>{projects} project(s) checked: {unchanged} skipped as unchanged, {planned} re-planned, {changed} changed ({added} evaluations added, {updated} updated)</source>
      <translation>
        <numerusform>{projects} proyecto comprobado: {unchanged} omitido por no haber cambiado, {planned} replanificado, {changed} modificado ({added} evaluaciones añadidas, {updated} actualizadas)</numerusform>
        <numerusform>{projects} proyectos comprobados: {unchanged} omitidos por no haber cambiado, {planned} replanificados, {changed} modificados ({added} evaluaciones añadidas, {updated} actualizadas)</numerusform>
      </translation>
    </message>
    <message>
      <source>; {count} skipped (rule set not available)</source>
      <translation>; {count} omitidos (conjunto de reglas no disponible)</translation>
    </message>
    <message>
      <source>the re-planning helper process failed ({reason})</source>
      <translation>el proceso auxiliar de replanificación falló ({reason})</translation>
    </message>
  </context>
  <context>
    <name>StoreSync</name>
    <message>
      <source>no conflict number {number}</source>
      <translation>no hay ningún conflicto número {number}</translation>
    </message>
    <message>
      <source>conflict {number} ({label}) was already resolved ({resolution})</source>
      <translation>el conflicto {number} ({label}) ya se resolvió ({resolution})</translation>
    </message>
  </context>
</TS>
