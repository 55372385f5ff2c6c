<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>Clusters</name>
    <message>
      <source>cluster {code} was changed by someone else meanwhile; try again</source>
      <translation>le groupe {code} a été modifié par quelqu'un d'autre entre-temps ; réessayez</translation>
    </message>
    <message>
      <source>name the new code or title of cluster {code}</source>
      <translation>indiquez le nouveau code ou le nouveau titre du groupe {code}</translation>
    </message>
    <message>
      <source>title: a cluster evaluation's title cannot be empty</source>
      <translation>titre : le titre d'une évaluation groupée ne peut pas être vide</translation>
    </message>
    <message numerus="yes">
      <source>cluster {code} cannot be deleted: it was completed for %n project(s), where it counts ({projects}); only a cluster that no project completed can be deleted</source>
      <translation>
        <numerusform>le groupe {code} ne peut pas être supprimé : il a été achevé pour %n projet, où il compte ({projects}) ; seul un groupe qu'aucun projet n'a achevé peut être supprimé</numerusform>
        <numerusform>le groupe {code} ne peut pas être supprimé : il a été achevé pour %n projets, où il compte ({projects}) ; seul un groupe qu'aucun projet n'a achevé peut être supprimé</numerusform>
      </translation>
    </message>
    <message>
      <source>theme</source>
      <translation>thème</translation>
    </message>
    <message>
      <source>partner</source>
      <translation>partenaire</translation>
    </message>
    <message>
      <source>country</source>
      <translation>pays</translation>
    </message>
    <message>
      <source>No projects</source>
      <translation>Aucun projet</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouverte</translation>
    </message>
    <message>
      <source>Partly completed</source>
      <translation>Achevée en partie</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Achevée</translation>
    </message>
    <message>
      <source>{basis} {value}</source>
      <translation>{basis} {value}</translation>
    </message>
    <message>
      <source>project {code} had no {kind} to join with: an optional one due {due} (its planned end) was added, not mandatory</source>
      <translation>le projet {code} n'avait pas d'évaluation du type {kind} à joindre : une évaluation facultative à échéance du {due} (sa fin prévue) a été ajoutée, non obligatoire</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} due {due} is now part of the cluster</source>
      <translation>projet {code} : son évaluation « {evaluation} » à échéance du {due} fait désormais partie du groupe</translation>
    </message>
    <message>
      <source>project {code} left the cluster; its evaluation stays planned as its own</source>
      <translation>le projet {code} a quitté le groupe ; son évaluation reste prévue comme la sienne propre</translation>
    </message>
    <message>
      <source>code changed from {old} to {new}</source>
      <translation>code changé de {old} en {new}</translation>
    </message>
    <message>
      <source>title changed from “{old}” to “{new}”</source>
      <translation>titre changé de « {old} » en « {new} »</translation>
    </message>
    <message>
      <source>a database that received cluster {code} in a field package keeps it: a package never deletes a cluster evaluation</source>
      <translation>une base de données qui a reçu le groupe {code} dans un paquet de terrain le conserve : un paquet ne supprime jamais une évaluation groupée</translation>
    </message>
    <message>
      <source>no cluster evaluation with code '{code}' (known: {known})</source>
      <translation>aucune évaluation groupée ne porte le code « {code} » (connues : {known})</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>aucune pour l'instant</translation>
    </message>
    <message>
      <source>kind: '{text}' is not a kind of evaluation; use one of: {codes}</source>
      <translation>type : « {text} » n'est pas un type d'évaluation ; utilisez l'un de ceux-ci : {codes}</translation>
    </message>
    <message>
      <source>basis: '{basis}' is not a basis of a cluster; use theme, partner or country</source>
      <translation>base : « {basis} » n'est pas une base de groupe ; utilisez theme, partner ou country</translation>
    </message>
    <message>
      <source>basis: name the {basis} the projects share</source>
      <translation>base : indiquez le {basis} que les projets ont en commun</translation>
    </message>
    <message>
      <source>basis: {problem}</source>
      <translation>base : {problem}</translation>
    </message>
    <message>
      <source>basis: no partner with code '{code}'</source>
      <translation>base : aucun partenaire ne porte le code « {code} »</translation>
    </message>
    <message>
      <source>code: a cluster evaluation needs a code</source>
      <translation>code : une évaluation groupée doit avoir un code</translation>
    </message>
    <message>
      <source>code: keep the code to {width} characters (it has {length})</source>
      <translation>code : le code doit tenir en {width} caractères (il en a {length})</translation>
    </message>
    <message>
      <source>code: a cluster evaluation with code '{code}' exists already</source>
      <translation>code : une évaluation groupée de code « {code} » existe déjà</translation>
    </message>
    <message>
      <source>title: keep the title to {width} characters (it has {length})</source>
      <translation>titre : le titre doit tenir en {width} caractères (il en a {length})</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field} : {problem}</translation>
    </message>
    <message>
      <source>project {code} does not have the theme {theme}, the basis of cluster {cluster}</source>
      <translation>le projet {code} n'a pas le thème {theme}, la base du groupe {cluster}</translation>
    </message>
    <message>
      <source>project {code} has no funding line from partner {partner}, the basis of cluster {cluster}</source>
      <translation>le projet {code} n'a aucune ligne de financement du partenaire {partner}, la base du groupe {cluster}</translation>
    </message>
    <message>
      <source>project {code} is not in {country}, the basis of cluster {cluster}</source>
      <translation>le projet {code} ne concerne pas {country}, la base du groupe {cluster}</translation>
    </message>
    <message>
      <source>project {code} is already in cluster {cluster}</source>
      <translation>le projet {code} fait déjà partie du groupe {cluster}</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} due {due} is already part of cluster {other}</source>
      <translation>projet {code} : son évaluation « {evaluation} » à échéance du {due} fait déjà partie du groupe {other}</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} was completed on {date}; a completed evaluation cannot join a cluster</source>
      <translation>projet {code} : son évaluation « {evaluation} » a été achevée le {date} ; une évaluation achevée ne peut pas rejoindre un groupe</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} was waived ({reason}); a waived evaluation cannot join a cluster</source>
      <translation>projet {code} : son évaluation « {evaluation} » a fait l'objet d'une dispense ({reason}) ; une évaluation dispensée ne peut pas rejoindre un groupe</translation>
    </message>
    <message>
      <source>project {code} has no {kind} and no planned end to plan one on; set its planned end first</source>
      <translation>le projet {code} n'a ni évaluation du type {kind} ni fin prévue pour en prévoir une ; indiquez d'abord sa fin prévue</translation>
    </message>
    <message>
      <source>name at least one project to add to cluster {code}</source>
      <translation>indiquez au moins un projet à ajouter au groupe {code}</translation>
    </message>
    <message>
      <source>name at least one project to remove from cluster {code}</source>
      <translation>indiquez au moins un projet à retirer du groupe {code}</translation>
    </message>
    <message>
      <source>project {code} is not in cluster {cluster}</source>
      <translation>le projet {code} ne fait pas partie du groupe {cluster}</translation>
    </message>
    <message>
      <source>project {code}: its {evaluation} was completed with cluster {cluster} on {date}, so it stays in the cluster</source>
      <translation>projet {code} : son évaluation « {evaluation} » a été achevée avec le groupe {cluster} le {date}, il reste donc dans le groupe</translation>
    </message>
    <message>
      <source>cluster {code} covers no project yet; add projects before recording its completion</source>
      <translation>le groupe {code} ne couvre encore aucun projet ; ajoutez des projets avant d'enregistrer son achèvement</translation>
    </message>
    <message>
      <source>code: cluster evaluation {code} ({uuid}) is not the cluster evaluation {local} of this database ({local_uuid}): two databases made a cluster with one code</source>
      <translation>code : l'évaluation groupée {code} ({uuid}) n'est pas l'évaluation groupée {local} de cette base ({local_uuid}) : deux bases ont créé un groupe sous le même code</translation>
    </message>
    <message>
      <source>project {code}: {problem}</source>
      <translation>projet {code} : {problem}</translation>
    </message>
  </context>
  <context>
    <name>Impact</name>
    <message>
      <source>gains an evaluation</source>
      <translation>gagne une évaluation</translation>
    </message>
    <message>
      <source>loses an evaluation</source>
      <translation>perd une évaluation</translation>
    </message>
    <message>
      <source>an evaluation moves</source>
      <translation>une évaluation change de date</translation>
    </message>
    <message>
      <source>independence requirement changes</source>
      <translation>l'exigence d'indépendance change</translation>
    </message>
    <message>
      <source>projects checked: {checked}; that would change: {changed}</source>
      <translation>projets vérifiés : {checked} ; qui changeraient : {changed}</translation>
    </message>
  </context>
  <context>
    <name>StoreDashboard</name>
    <message>
      <source>No region</source>
      <translation>Sans région</translation>
    </message>
    <message>
      <source>ILO regular budget (RBTC)</source>
      <translation>Budget ordinaire de l'OIT (CTBO)</translation>
    </message>
    <message>
      <source>Other partners</source>
      <translation>Autres partenaires</translation>
    </message>
    <message>
      <source>No funding line recorded</source>
      <translation>Aucune ligne de financement enregistrée</translation>
    </message>
    <message>
      <source>{evaluation} {number}</source>
      <translation>{evaluation} {number}</translation>
    </message>
    <message>
      <source>Active portfolio</source>
      <translation>Portefeuille actif</translation>
    </message>
  </context>
  <context>
    <name>StoreDatabase</name>
    <message>
      <source>cannot create the folder for the database {path}: {reason}</source>
      <translation>impossible de créer le dossier de la base de données {path} : {reason}</translation>
    </message>
    <message>
      <source>cannot read the database {path}: permission denied</source>
      <translation>impossible de lire la base de données {path} : permission refusée</translation>
    </message>
    <message>
      <source>opened read-only because the file cannot be written</source>
      <translation>ouverte en lecture seule car le fichier n'est pas accessible en écriture</translation>
    </message>
    <message>
      <source>opened read-only because its folder cannot be written</source>
      <translation>ouverte en lecture seule car son dossier n'est pas accessible en écriture</translation>
    </message>
    <message>
      <source>opened read-only</source>
      <translation>ouverte en lecture seule</translation>
    </message>
    <message>
      <source>cannot open the database {path} read-only: there is no such file</source>
      <translation>impossible d'ouvrir la base de données {path} en lecture seule : ce fichier n'existe pas</translation>
    </message>
    <message>
      <source>the database {path} is read-only and has schema version {version}, older than this tracker's ({latest}); it cannot be updated: make the file writable and open it again</source>
      <translation>la base de données {path} est en lecture seule et sa version de schéma est {version}, antérieure à celle de ce tracker ({latest}) ; elle ne peut pas être mise à jour : rendez le fichier accessible en écriture et ouvrez-la de nouveau</translation>
    </message>
    <message>
      <source>{path} is not a tracker database ({reason})</source>
      <translation>{path} n'est pas une base de données tracker ({reason})</translation>
    </message>
    <message>
      <source>opened read-only because this account may not change projects</source>
      <translation>ouverte en lecture seule car ce compte ne peut pas modifier les projets</translation>
    </message>
    <message>
      <source>the database {path} is opened read-only and has schema version {version}, older than this tracker's ({latest}); open it with an account that may change it to update it</source>
      <translation>la base de données {path} est ouverte en lecture seule et sa version de schéma est {version}, antérieure à celle de ce tracker ({latest}) ; ouvrez-la avec un compte autorisé à la modifier pour la mettre à jour</translation>
    </message>
    <message>
      <source>the database {path} is on a server: its administrator backs it up (pg_dump), not tracker</source>
      <translation>la base de données {path} est sur un serveur : c'est son administrateur qui la sauvegarde (pg_dump), pas tracker</translation>
    </message>
    <message>
      <source>no SQLite database is open</source>
      <translation>aucune base de données SQLite n'est ouverte</translation>
    </message>
    <message>
      <source>the backup must go to another file than the database itself</source>
      <translation>la sauvegarde doit être écrite dans un autre fichier que la base de données elle-même</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name for the backup</source>
      <translation>{path} est un dossier ; indiquez un nom de fichier pour la sauvegarde</translation>
    </message>
    <message>
      <source>the disk is full: the backup {path} was not written; the database is unchanged; free some space and try again</source>
      <translation>le disque est plein : la sauvegarde {path} n'a pas été écrite ; la base de données est inchangée ; libérez de l'espace et réessayez</translation>
    </message>
    <message>
      <source>cannot write the backup {path}: {reason}</source>
      <translation>impossible d'écrire la sauvegarde {path} : {reason}</translation>
    </message>
    <message>
      <source>the server address {address} names no database: write it as postgresql://user@host:5432/dbname</source>
      <translation>l'adresse du serveur {address} ne nomme aucune base de données : écrivez-la sous la forme postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
      <source>the server address {address} has a port that is not a number</source>
      <translation>l'adresse du serveur {address} a un port qui n'est pas un nombre</translation>
    </message>
    <message>
      <source>the database {path} may not be changed by this account ({reason}): nothing was saved; what was saved before is unchanged; ask the database administrator for write access</source>
      <translation>la base de données {path} ne peut pas être modifiée par ce compte ({reason}) : rien n'a été enregistré ; ce qui l'avait été avant est inchangé ; demandez un accès en écriture à l'administrateur de la base de données</translation>
    </message>
    <message>
      <source>the database server {path} is out of space or memory ({reason}): nothing was saved; what was saved before is intact; tell the database administrator</source>
      <translation>le serveur de base de données {path} manque d'espace ou de mémoire ({reason}) : rien n'a été enregistré ; ce qui l'avait été avant est intact ; prévenez l'administrateur de la base de données</translation>
    </message>
    <message>
      <source>the database {path} is busy with another user's change ({reason}): nothing was saved; try again</source>
      <translation>la base de données {path} est occupée par la modification d'un autre utilisateur ({reason}) : rien n'a été enregistré ; réessayez</translation>
    </message>
    <message>
      <source>the connection to the database server {path} was cut ({reason}): nothing of this action was saved; what was saved before is intact; check the network and that the server is running, then try again</source>
      <translation>la connexion au serveur de base de données {path} a été coupée ({reason}) : rien de cette action n'a été enregistré ; ce qui l'avait été avant est intact ; vérifiez le réseau et que le serveur fonctionne, puis réessayez</translation>
    </message>
    <message>
      <source>the connection to the database server {path} was cut (found closed): nothing of this action was saved; what was saved before is intact; check the network and try again</source>
      <translation>la connexion au serveur de base de données {path} a été coupée (trouvée fermée) : rien de cette action n'a été enregistré ; ce qui l'avait été avant est intact ; vérifiez le réseau et réessayez</translation>
    </message>
    <message>
      <source>unknown reason</source>
      <translation>raison inconnue</translation>
    </message>
    <message>
      <source>cannot connect to the database server {path}: {reason}</source>
      <translation>impossible de se connecter au serveur de base de données {path} : {reason}</translation>
    </message>
    <message>
      <source>the database {path} is read-only ({reason}): nothing was saved; what was saved before is unchanged; make the file writable (or save a backup copy and open that) to make changes</source>
      <translation>la base de données {path} est en lecture seule ({reason}) : rien n'a été enregistré ; ce qui l'avait été avant est inchangé ; rendez le fichier accessible en écriture (ou enregistrez une copie de sauvegarde et ouvrez-la) pour faire des modifications</translation>
    </message>
    <message>
      <source>the database {path} is read-only: nothing was saved; what was saved before is unchanged; make the file writable (or save a backup copy and open that) to make changes</source>
      <translation>la base de données {path} est en lecture seule : rien n'a été enregistré ; ce qui l'avait été avant est inchangé ; rendez le fichier accessible en écriture (ou enregistrez une copie de sauvegarde et ouvrez-la) pour faire des modifications</translation>
    </message>
    <message>
      <source>the disk is full: nothing was saved to the database {path}; what was saved before is intact; free some space on the disk and try again</source>
      <translation>le disque est plein : rien n'a été enregistré dans la base de données {path} ; ce qui l'avait été avant est intact ; libérez de l'espace sur le disque et réessayez</translation>
    </message>
    <message>
      <source>the database {path} is locked by another program (waited {seconds} s): nothing was saved; try again when the other program has finished</source>
      <translation>la base de données {path} est verrouillée par un autre programme (attente de {seconds} s) : rien n'a été enregistré ; réessayez quand l'autre programme aura terminé</translation>
    </message>
    <message>
      <source>cannot open the database {path} ({reason}): check that the file and its folder exist and that the folder can be written (SQLite keeps -wal and -shm files beside the database)</source>
      <translation>impossible d'ouvrir la base de données {path} ({reason}) : vérifiez que le fichier et son dossier existent et que le dossier est accessible en écriture (SQLite place des fichiers -wal et -shm à côté de la base de données)</translation>
    </message>
    <message>
      <source>the database {path} is damaged ({reason}): nothing was read or saved by this action; open your latest backup copy (File &gt; Open…), or ask for help to recover what the file still holds</source>
      <translation>la base de données {path} est endommagée ({reason}) : cette action n'a rien lu ni enregistré ; ouvrez votre dernière copie de sauvegarde (Fichier &gt; Ouvrir…) ou demandez de l'aide pour récupérer ce que le fichier contient encore</translation>
    </message>
    <message>
      <source>the drive holding the database {path} reported an error ({reason}): nothing was saved; check that the drive or network folder is still there and try again</source>
      <translation>le lecteur qui contient la base de données {path} a signalé une erreur ({reason}) : rien n'a été enregistré ; vérifiez que le lecteur ou le dossier réseau est toujours accessible et réessayez</translation>
    </message>
    <message>
      <source>the transaction on the database {path} was cancelled by an earlier error; its changes were not saved</source>
      <translation>la transaction sur la base de données {path} a été annulée par une erreur précédente ; ses modifications n'ont pas été enregistrées</translation>
    </message>
  </context>
  <context>
    <name>StoreDemo</name>
    <message numerus="yes">
      <source>%n project(s)</source>
      <translation>
        <numerusform>%n projet</numerusform>
        <numerusform>%n projets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n partner(s)</source>
      <translation>
        <numerusform>%n partenaire</numerusform>
        <numerusform>%n partenaires</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) already present</source>
      <translation>
        <numerusform>%n projet déjà présent</numerusform>
        <numerusform>%n projets déjà présents</numerusform>
      </translation>
    </message>
    <message>
      <source>demo portfolio: {projects} and {partners} added, {present}</source>
      <translation>portefeuille de démonstration : {projects} et {partners} ajoutés, {present}</translation>
    </message>
    <message>
      <source>demo file {name} is not valid JSON: {reason}</source>
      <translation>le fichier de démonstration {name} n'est pas un JSON valide : {reason}</translation>
    </message>
    <message>
      <source>demo file {name}: {reason}</source>
      <translation>fichier de démonstration {name} : {reason}</translation>
    </message>
    <message>
      <source>loading the demo portfolio was cancelled; nothing was added</source>
      <translation>le chargement du portefeuille de démonstration a été annulé ; rien n'a été ajouté</translation>
    </message>
    <message>
      <source>Loading the demo portfolio: {code}</source>
      <translation>Chargement du portefeuille de démonstration : {code}</translation>
    </message>
    <message>
      <source>removed the demo data: {projects}, {partners} and {fundings}</source>
      <translation>données de démonstration supprimées : {projects}, {partners} et {fundings}</translation>
    </message>
    <message numerus="yes">
      <source>%n unearmarked funding line(s)</source>
      <translation>
        <numerusform>%n ligne de financement non préaffecté</numerusform>
        <numerusform>%n lignes de financement non préaffecté</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; kept the partner(s) {codes}, which your own funding names (no longer marked as demo data)</source>
      <translation>
        <numerusform> ; partenaire {codes} conservé, car votre propre financement le nomme (il n'est plus marqué comme donnée de démonstration)</numerusform>
        <numerusform> ; partenaires {codes} conservés, car votre propre financement les nomme (ils ne sont plus marqués comme données de démonstration)</numerusform>
      </translation>
    </message>
    <message>
      <source>removing the demo data was cancelled; nothing was removed</source>
      <translation>la suppression des données de démonstration a été annulée ; rien n'a été supprimé</translation>
    </message>
    <message>
      <source>Removing the demo portfolio: {code}</source>
      <translation>Suppression du portefeuille de démonstration : {code}</translation>
    </message>
  </context>
  <context>
    <name>StoreDocument</name>
    <message>
      <source>{file} is {size} MB; tracker keeps files up to {limit} MB: publish it and give its web address instead</source>
      <translation>{file} pèse {size} Mo ; tracker conserve les fichiers jusqu'à {limit} Mo : publiez-le et donnez plutôt son adresse web</translation>
    </message>
    <message>
      <source>{file} is not a file</source>
      <translation>{file} n'est pas un fichier</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
      <source>{file} cannot be read ({error})</source>
      <translation>{file} ne peut pas être lu ({error})</translation>
    </message>
    <message>
      <source>the database keeps no file with checksum {sha256}</source>
      <translation>la base de données ne conserve aucun fichier de somme de contrôle {sha256}</translation>
    </message>
    <message>
      <source>a file is named by its name, size and checksum together; attach the file again</source>
      <translation>un fichier est désigné à la fois par son nom, sa taille et sa somme de contrôle ; joignez à nouveau le fichier</translation>
    </message>
    <message>
      <source>a file's checksum is 64 hexadecimal characters (SHA-256)</source>
      <translation>la somme de contrôle d'un fichier compte 64 caractères hexadécimaux (SHA-256)</translation>
    </message>
    <message>
      <source>{title}: the file kept under its checksum has {kept} bytes, not {named}</source>
      <translation>{title} : le fichier conservé sous sa somme de contrôle compte {kept} octets, et non {named}</translation>
    </message>
    <message>
      <source>{title}: its file {file} is not in the database; attach the file again</source>
      <translation>{title} : son fichier {file} n'est pas dans la base de données ; joignez à nouveau le fichier</translation>
    </message>
    <message>
      <source>{title}: the file given is not the one the document names (its checksum differs)</source>
      <translation>{title} : le fichier fourni n'est pas celui que désigne le document (sa somme de contrôle diffère)</translation>
    </message>
    <message>
      <source>{title}: the file has {size} bytes, not the {named} the document names</source>
      <translation>{title} : le fichier compte {size} octets, et non les {named} qu'indique le document</translation>
    </message>
    <message>
      <source>the file given is not the one with checksum {sha256}</source>
      <translation>le fichier fourni n'est pas celui de somme de contrôle {sha256}</translation>
    </message>
  </context>
  <context>
    <name>StoreMigration</name>
    <message>
      <source>the database holds tables but no tracker schema version: it is not a tracker database</source>
      <translation>la base de données contient des tables mais aucune version de schéma tracker : ce n'est pas une base de données tracker</translation>
    </message>
    <message>
      <source>this database has schema version {version}, newer than this tracker knows ({latest}); update tracker before opening it</source>
      <translation>cette base de données a la version de schéma {version}, plus récente que celles que ce tracker connaît ({latest}) ; mettez tracker à jour avant de l'ouvrir</translation>
    </message>
  </context>
  <context>
    <name>StoreOrganisation</name>
    <message>
      <source>the organisation's settings</source>
      <translation>les paramètres de l'organisation</translation>
    </message>
  </context>
  <context>
    <name>StoreOutput</name>
    <message>
      <source>{path} already exists; {what} was not written</source>
      <translation>{path} existe déjà ; rien n'a été écrit ({what})</translation>
    </message>
    <message>
      <source>the output</source>
      <translation>le fichier de sortie</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name for {what}</source>
      <translation>{path} est un dossier ; indiquez un nom de fichier pour {what}</translation>
    </message>
    <message>
      <source>{path} is the open database; {what} must go to another file (nothing was written)</source>
      <translation>{path} est la base de données ouverte ; {what} doit aller dans un autre fichier (rien n'a été écrit)</translation>
    </message>
    <message>
      <source>{path} is a database; {what} never replaces one: choose another file (nothing was written)</source>
      <translation>{path} est une base de données ; {what} ne remplace jamais une base de données : choisissez un autre fichier (rien n'a été écrit)</translation>
    </message>
    <message>
      <source>cannot create a temporary file beside {path}</source>
      <translation>impossible de créer un fichier temporaire à côté de {path}</translation>
    </message>
  </context>
  <context>
    <name>StorePartner</name>
    <message>
      <source>no partner with code or name '{name}'</source>
      <translation>aucun partenaire n'a le code ou le nom « {name} »</translation>
    </message>
    <message>
      <source>no partner with code '{code}'</source>
      <translation>aucun partenaire n'a le code « {code} »</translation>
    </message>
    <message>
      <source>partner {other} already has this code</source>
      <translation>le partenaire {other} a déjà ce code</translation>
    </message>
    <message>
      <source>partner {other} already has this code (as {stored})</source>
      <translation>le partenaire {other} a déjà ce code (sous la forme {stored})</translation>
    </message>
    <message>
      <source>partner {other} already has this name</source>
      <translation>le partenaire {other} a déjà ce nom</translation>
    </message>
    <message>
      <source>partner {other} already has this name (as {stored})</source>
      <translation>le partenaire {other} a déjà ce nom (sous la forme {stored})</translation>
    </message>
    <message>
      <source>partner {code}</source>
      <translation>partenaire {code}</translation>
    </message>
    <message>
      <source>partner {code} cannot be merged into itself; name two different partners</source>
      <translation>le partenaire {code} ne peut pas être fusionné avec lui-même ; indiquez deux partenaires différents</translation>
    </message>
    <message>
      <source>Moving the funding of {project}</source>
      <translation>Transfert du financement de {project}</translation>
    </message>
    <message>
      <source>unearmarked funding names no project</source>
      <translation>un financement non préaffecté ne nomme aucun projet</translation>
    </message>
    <message>
      <source>funding</source>
      <translation>financement</translation>
    </message>
    <message>
      <source>funding here still names this partner; it is kept</source>
      <translation>des financements nomment encore ce partenaire ; il est conservé</translation>
    </message>
    <message>
      <source>this funding line pays for project {project}; it is deleted only through that project</source>
      <translation>cette ligne de financement finance le projet {project} ; elle ne peut être supprimée que par ce projet</translation>
    </message>
    <message>
      <source>this funding line pays for project {project}; it is changed only through that project</source>
      <translation>cette ligne de financement finance le projet {project} ; elle ne peut être modifiée que par ce projet</translation>
    </message>
    <message>
      <source>'{value}' is not a reporting language: use en (English), fr (French) or es (Spanish)</source>
      <translation>« {value} » n'est pas une langue possible pour les rapports : utilisez en (anglais), fr (français) ou es (espagnol)</translation>
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
        <numerusform>%n en retard</numerusform>
        <numerusform>%n en retard</numerusform>
      </translation>
    </message>
    <message>
      <source>none open</source>
      <translation>aucune en cours</translation>
    </message>
    <message>
      <source>on schedule</source>
      <translation>dans les délais</translation>
    </message>
    <message>
      <source>at most {count} projects at a time; read the whole list instead</source>
      <translation>au plus {count} projets à la fois ; lisez plutôt la liste complète</translation>
    </message>
  </context>
  <context>
    <name>StoreProject</name>
    <message>
      <source>{field} {value} is worth more US$ than tracker keeps (below {limit})</source>
      <translation>{field} {value} dépasse en $É.-U. ce que tracker conserve (moins de {limit})</translation>
    </message>
    <message>
      <source>a new project cannot start suspended; create it in the stage it was suspended from and suspend it with the project-cycle action</source>
      <translation>un nouveau projet ne peut pas commencer suspendu ; créez-le à l'étape dont il a été suspendu, puis suspendez-le par l'action du cycle de projet</translation>
    </message>
    <message>
      <source>no partner with code '{code}'</source>
      <translation>aucun partenaire n'a le code « {code} »</translation>
    </message>
    <message>
      <source>the project cannot start in {stage}: {reasons}</source>
      <translation>le projet ne peut pas commencer à l'étape {stage} : {reasons}</translation>
    </message>
    <message>
      <source>project {code}: {reason}</source>
      <translation>projet {code} : {reason}</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>aucune pour l'instant</translation>
    </message>
    <message>
      <source>project {code} has no evaluation '{which}'; its evaluations: {known}</source>
      <translation>le projet {code} n'a pas d'évaluation « {which} » ; ses évaluations : {known}</translation>
    </message>
    <message>
      <source>no project with code '{code}'</source>
      <translation>aucun projet n'a le code « {code} »</translation>
    </message>
    <message>
      <source>the stage changes only through a project-cycle action such as 'Approve'</source>
      <translation>l'étape ne change que par une action du cycle de projet, comme « Approuver »</translation>
    </message>
    <message>
      <source>project {code} was deleted by someone else since you opened it; it is not saved again (copy what you need from this window, then close it)</source>
      <translation>le projet {code} a été supprimé par quelqu'un d'autre depuis que vous l'avez ouvert ; il n'est pas enregistré de nouveau (copiez ce dont vous avez besoin dans cette fenêtre, puis fermez-la)</translation>
    </message>
    <message>
      <source>a new project starts in Design</source>
      <translation>un nouveau projet commence à l'étape Conception</translation>
    </message>
    <message>
      <source>project {code} was changed by someone else while saving; reload it</source>
      <translation>le projet {code} a été modifié par quelqu'un d'autre pendant l'enregistrement ; rechargez-le</translation>
    </message>
    <message>
      <source>project {code}</source>
      <translation>projet {code}</translation>
    </message>
    <message>
      <source>project {code} was changed by someone else since you opened it (version {stored}, yours {yours}); reload it and make your change again</source>
      <translation>le projet {code} a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert (version {stored}, la vôtre {yours}) ; rechargez-le et refaites votre modification</translation>
    </message>
    <message>
      <source>two records share one identifier</source>
      <translation>deux enregistrements ont le même identifiant</translation>
    </message>
    <message numerus="yes">
      <source>%n funding line(s)</source>
      <translation>
        <numerusform>%n ligne de financement</numerusform>
        <numerusform>%n lignes de financement</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget revision(s)</source>
      <translation>
        <numerusform>%n révision budgétaire</numerusform>
        <numerusform>%n révisions budgétaires</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n expenditure line(s)</source>
      <translation>
        <numerusform>%n ligne de dépenses</numerusform>
        <numerusform>%n lignes de dépenses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n evaluation(s)</source>
      <translation>
        <numerusform>%n évaluation</numerusform>
        <numerusform>%n évaluations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n result indicator(s)</source>
      <translation>
        <numerusform>%n indicateur de résultat</numerusform>
        <numerusform>%n indicateurs de résultat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget line(s)</source>
      <translation>
        <numerusform>%n ligne budgétaire</numerusform>
        <numerusform>%n lignes budgétaires</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n progress report(s)</source>
      <translation>
        <numerusform>%n rapport d’avancement</numerusform>
        <numerusform>%n rapports d’avancement</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message>
      <source>its stage history</source>
      <translation>son historique des étapes</translation>
    </message>
    <message>
      <source>nothing else</source>
      <translation>rien d'autre</translation>
    </message>
    <message>
      <source>{list} and {last}</source>
      <translation>{list} et {last}</translation>
    </message>
    <message>
      <source>project {code} was changed by someone else meanwhile; try again</source>
      <translation>le projet {code} a été modifié par quelqu'un d'autre entre-temps ; réessayez</translation>
    </message>
    <message>
      <source>{action} of project {code}</source>
      <translation>{action} du projet {code}</translation>
    </message>
    <message>
      <source>the project is in {stage} here, not {expected}</source>
      <translation>le projet est à l'étape {stage} ici, et non {expected}</translation>
    </message>
    <message>
      <source>budget revision</source>
      <translation>révision budgétaire</translation>
    </message>
  </context>
  <context>
    <name>StoreRates</name>
    <message>
      <source>the rate of {currency} from {day}</source>
      <translation>le taux de {currency} à partir du {day}</translation>
    </message>
    <message>
      <source>two different rates are given for the same day</source>
      <translation>deux taux différents sont donnés pour le même jour</translation>
    </message>
  </context>
  <context>
    <name>StoreReplan</name>
    <message>
      <source>re-planning cancelled; nothing was changed</source>
      <translation>replanification annulée ; rien n'a été modifié</translation>
    </message>
    <message numerus="yes">
      <source>{projects} project(s) checked: {unchanged} skipped as unchanged, {planned} re-planned, {changed} changed ({added} evaluations added, {updated} updated)</source>
      <translation>
        <numerusform>{projects} projet vérifié : {unchanged} ignoré car inchangé, {planned} replanifié, {changed} modifié ({added} évaluations ajoutées, {updated} mises à jour)</numerusform>
        <numerusform>{projects} projets vérifiés : {unchanged} ignorés car inchangés, {planned} replanifiés, {changed} modifiés ({added} évaluations ajoutées, {updated} mises à jour)</numerusform>
      </translation>
    </message>
    <message>
      <source>; {count} skipped (rule set not available)</source>
      <translation> ; {count} ignorés (jeu de règles non disponible)</translation>
    </message>
    <message>
      <source>the re-planning helper process failed ({reason})</source>
      <translation>le processus auxiliaire de replanification a échoué ({reason})</translation>
    </message>
  </context>
  <context>
    <name>StoreSync</name>
    <message>
      <source>no conflict number {number}</source>
      <translation>aucun conflit numéro {number}</translation>
    </message>
    <message>
      <source>conflict {number} ({label}) was already resolved ({resolution})</source>
      <translation>le conflit {number} ({label}) a déjà été résolu ({resolution})</translation>
    </message>
  </context>
</TS>
