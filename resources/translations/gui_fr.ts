<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;New Database…</source>
      <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
      <source>Create an empty database and open it</source>
      <translation>Créer une base de données vide et l'ouvrir</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <source>Open another database file</source>
      <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
      <source>Open &amp;Server Database…</source>
      <translation>Ouvrir une base sur un &amp;serveur…</translation>
    </message>
    <message>
      <source>Open a database shared on a PostgreSQL server</source>
      <translation>Ouvrir une base de données partagée sur un serveur PostgreSQL</translation>
    </message>
    <message>
      <source>Save a &amp;Backup Copy…</source>
      <translation>Enregistrer une &amp;copie de sauvegarde…</translation>
    </message>
    <message>
      <source>Copy the open database with SQLite's online backup</source>
      <translation>Copier la base de données ouverte avec la sauvegarde en ligne de SQLite</translation>
    </message>
    <message>
      <source>Open &amp;Demo Portfolio</source>
      <translation>Ouvrir le portefeuille de &amp;démonstration</translation>
    </message>
    <message>
      <source>Open the illustrative demo projects, in a database of their own (yours is left as it is)</source>
      <translation>Ouvrir les projets de démonstration, dans une base de données distincte (la vôtre reste inchangée)</translation>
    </message>
    <message>
      <source>R&amp;emove Demo Data…</source>
      <translation>Supprim&amp;er les données de démonstration…</translation>
    </message>
    <message>
      <source>Delete the demo projects an earlier version loaded into this database</source>
      <translation>Supprimer les projets de démonstration qu'une version antérieure a chargés dans cette base de données</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;New Project…</source>
      <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
      <source>Open the editor on a new project</source>
      <translation>Ouvrir l'éditeur sur un nouveau projet</translation>
    </message>
    <message>
      <source>&amp;Open Project</source>
      <translation>&amp;Ouvrir le projet</translation>
    </message>
    <message>
      <source>Open the selected project in the editor</source>
      <translation>Ouvrir le projet sélectionné dans l'éditeur</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <source>Search the portfolio</source>
      <translation>Rechercher dans le portefeuille</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <source>Read the database again</source>
      <translation>Relire la base de données</translation>
    </message>
    <message>
      <source>Show &amp;Overdue Only</source>
      <translation>Afficher les &amp;retards seulement</translation>
    </message>
    <message>
      <source>Only projects with a mandatory evaluation past its due date</source>
      <translation>Seulement les projets dont une évaluation obligatoire a dépassé son échéance</translation>
    </message>
    <message>
      <source>Reset &amp;Filters</source>
      <translation>Réinitialiser les &amp;filtres</translation>
    </message>
    <message>
      <source>Show every project again</source>
      <translation>Afficher de nouveau tous les projets</translation>
    </message>
    <message>
      <source>Pr&amp;eferences…</source>
      <translation>Pré&amp;férences…</translation>
    </message>
    <message>
      <source>Choose the app's language</source>
      <translation>Choisir la langue de l'application</translation>
    </message>
    <message>
      <source>&amp;About tracker</source>
      <translation>À &amp;propos de tracker</translation>
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <source>Funding &amp;Partners…</source>
      <translation>&amp;Partenaires de financement…</translation>
    </message>
    <message>
      <source>List, add, edit, deactivate or merge funding partners</source>
      <translation>Lister, ajouter, modifier, désactiver ou fusionner les partenaires de financement</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;ide</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(aucun pour l'instant)</translation>
    </message>
    <message>
      <source>About tracker</source>
      <translation>À propos de tracker</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;tracker&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;A portfolio tracker for development-cooperation projects: project cycle, evaluation rules and donor reports, on a local SQLite file or a shared PostgreSQL database.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;tracker&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Suivi du portefeuille de projets de coopération pour le développement : cycle de projet, règles d'évaluation et rapports aux donateurs, sur un fichier SQLite local ou une base de données PostgreSQL partagée.&lt;/p&gt;&lt;p&gt;Base de données : {path}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Cannot open the database.</source>
      <translation>Impossible d'ouvrir la base de données.</translation>
    </message>
  </context>
  <context>
    <name>AppArguments</name>
    <message>
      <source>Portfolio tracker desktop app</source>
      <translation>Application de bureau de suivi du portefeuille</translation>
    </message>
    <message>
      <source>database file or postgresql://user@host:port/dbname (default: $TRACKER_DB, else your data folder)</source>
      <translation>fichier de base de données ou postgresql://user@host:port/dbname (par défaut : $TRACKER_DB, sinon votre dossier de données)</translation>
    </message>
    <message>
      <source>open the demo portfolio, a database of its own (created and filled the first time)</source>
      <translation>ouvrir le portefeuille de démonstration, une base de données distincte (créée et remplie la première fois)</translation>
    </message>
    <message>
      <source>the language of the app, and how it writes numbers and dates (default: Edit &gt; Preferences…, else the system's)</source>
      <translation>la langue de l'application, et la façon d'écrire les nombres et les dates (par défaut : Édition &gt; Préférences…, sinon celle du système)</translation>
    </message>
    <message>
      <source>render the main window with the demo portfolio to PNG and exit</source>
      <translation>enregistrer la fenêtre principale avec le portefeuille de démonstration en PNG et quitter</translation>
    </message>
    <message>
      <source>--demo opens the demo's own database; leave out --db</source>
      <translation>--demo ouvre la base de données propre à la démonstration ; omettez --db</translation>
    </message>
    <message>
      <source>error: cannot write the screenshot {path}</source>
      <translation>erreur : impossible d'écrire la capture d'écran {path}</translation>
    </message>
  </context>
  <context>
    <name>ClusterDialog</name>
    <message>
      <source>C&amp;luster Evaluations…</source>
      <translation>Évaluations &amp;groupées…</translation>
    </message>
    <message>
      <source>One evaluation covering several projects that share a theme, partner or country</source>
      <translation>Une évaluation couvrant plusieurs projets qui ont en commun un thème, un partenaire ou un pays</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <source>Delete Cluster Evaluation</source>
      <translation>Supprimer l'évaluation groupée</translation>
    </message>
    <message>
      <source>Delete cluster evaluation {code}?</source>
      <translation>Supprimer l'évaluation groupée {code} ?</translation>
    </message>
    <message>
      <source>Projects that leave it, each keeping its evaluation as its own: {projects}.</source>
      <translation>Projets qui la quittent, chacun gardant son évaluation comme la sienne propre : {projects}.</translation>
    </message>
    <message>
      <source>It covers no project.</source>
      <translation>Elle ne couvre aucun projet.</translation>
    </message>
    <message>
      <source>The deletion is in the audit trail. A database that received it in a field package keeps it: a package never deletes a cluster evaluation.</source>
      <translation>La suppression figure dans la piste d'audit. Une base de données qui l'a reçue dans un paquet de terrain la conserve : un paquet ne supprime jamais une évaluation groupée.</translation>
    </message>
    <message>
      <source>&amp;Delete Cluster Evaluation</source>
      <translation>&amp;Supprimer l'évaluation groupée</translation>
    </message>
    <message>
      <source>Cluster Evaluations</source>
      <translation>Évaluations groupées</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Achevée</translation>
    </message>
    <message>
      <source>No cluster evaluations yet. A cluster evaluation covers several projects that share a theme, a partner or a country, and counts for each of them: New… makes one.</source>
      <translation>Aucune évaluation groupée pour l'instant. Une évaluation groupée couvre plusieurs projets qui ont en commun un thème, un partenaire ou un pays, et compte pour chacun d'eux : Nouvelle… en crée une.</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <source>&amp;Add Projects…</source>
      <translation>&amp;Ajouter des projets…</translation>
    </message>
    <message>
      <source>&amp;Remove Projects…</source>
      <translation>&amp;Retirer des projets…</translation>
    </message>
    <message>
      <source>Record &amp;Completion…</source>
      <translation>Enregistrer l'a&amp;chèvement…</translation>
    </message>
    <message>
      <source>Projects of the selected cluster evaluation:</source>
      <translation>Projets de l'évaluation groupée sélectionnée :</translation>
    </message>
    <message>
      <source>The database is open read-only.</source>
      <translation>La base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
      <source>Select a cluster evaluation first.</source>
      <translation>Sélectionnez d'abord une évaluation groupée.</translation>
    </message>
    <message>
      <source>Correct the code or title of the selected cluster evaluation</source>
      <translation>Corriger le code ou le titre de l'évaluation groupée sélectionnée</translation>
    </message>
    <message>
      <source>It was completed for {projects}, where it counts, so it cannot be deleted.</source>
      <translation>Elle a été achevée pour {projects}, où elle compte, et ne peut donc pas être supprimée.</translation>
    </message>
    <message>
      <source>Delete the selected cluster evaluation; its projects keep their evaluations</source>
      <translation>Supprimer l'évaluation groupée sélectionnée ; ses projets gardent leurs évaluations</translation>
    </message>
    <message>
      <source>Deleting the cluster evaluation…</source>
      <translation>Suppression de l'évaluation groupée…</translation>
    </message>
    <message numerus="yes">
      <source>Completed for %n project(s).</source>
      <translation>
        <numerusform>Achevée pour %n projet.</numerusform>
        <numerusform>Achevée pour %n projets.</numerusform>
      </translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>Supprimée.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
    <message>
      <source>{code}: {what}</source>
      <translation>{code} : {what}</translation>
    </message>
  </context>
  <context>
    <name>ClusterForm</name>
    <message>
      <source>New Cluster Evaluation</source>
      <translation>Nouvelle évaluation groupée</translation>
    </message>
    <message>
      <source>e.g. CL-GENDER-SAHEL</source>
      <translation>p. ex. CL-GENRE-SAHEL</translation>
    </message>
    <message>
      <source>The kind of evaluation it is for each project it covers</source>
      <translation>Le type d'évaluation qu'elle est pour chaque projet qu'elle couvre</translation>
    </message>
    <message>
      <source>The projects sharing the basis: check those the cluster evaluation covers</source>
      <translation>Les projets qui ont la base en commun : cochez ceux que l'évaluation groupée couvre</translation>
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation>&amp;Code :</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>T&amp;ype :</translation>
    </message>
    <message>
      <source>&amp;Basis:</source>
      <translation>&amp;Base :</translation>
    </message>
    <message>
      <source>&amp;Shared:</source>
      <translation>&amp;En commun :</translation>
    </message>
    <message>
      <source>&amp;Projects:</source>
      <translation>&amp;Projets :</translation>
    </message>
    <message>
      <source>Reading the projects…</source>
      <translation>Lecture des projets…</translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) share it.</source>
      <translation>
        <numerusform>%n projet l'a en commun.</numerusform>
        <numerusform>%n projets l'ont en commun.</numerusform>
      </translation>
    </message>
    <message>
      <source>Code: a cluster evaluation needs a code.</source>
      <translation>Code : une évaluation groupée doit avoir un code.</translation>
    </message>
    <message>
      <source>Shared: choose the {basis} the projects share.</source>
      <translation>En commun : choisissez le {basis} que les projets ont en commun.</translation>
    </message>
    <message>
      <source>Creating the cluster evaluation…</source>
      <translation>Création de l'évaluation groupée…</translation>
    </message>
  </context>
  <context>
    <name>ClustersModel</name>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation>Base</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>{status} on {day}</source>
      <translation>{status} le {day}</translation>
    </message>
  </context>
  <context>
    <name>CompletionForm</name>
    <message>
      <source>Record the Completion of {code}</source>
      <translation>Enregistrer l'achèvement de {code}</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>&amp;Completed on:</source>
      <translation>&amp;Achevée le :</translation>
    </message>
    <message>
      <source>&amp;Evaluator:</source>
      <translation>É&amp;valuateur :</translation>
    </message>
    <message>
      <source>&amp;Form:</source>
      <translation>&amp;Forme :</translation>
    </message>
    <message>
      <source>F&amp;indings:</source>
      <translation>&amp;Constats :</translation>
    </message>
    <message>
      <source>Completed on: the date it was completed is required.</source>
      <translation>Achevée le : la date d'achèvement est requise.</translation>
    </message>
    <message>
      <source>completed on</source>
      <translation>achevée le</translation>
    </message>
    <message>
      <source>Evaluator: name who carried it out.</source>
      <translation>Évaluateur : indiquez qui l'a menée.</translation>
    </message>
    <message>
      <source>Recording the completion…</source>
      <translation>Enregistrement de l'achèvement…</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <source>Resolve conflicts</source>
      <translation>Résoudre les conflits</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Mine (this database)</source>
      <translation>La mienne (cette base)</translation>
    </message>
    <message>
      <source>Theirs (package)</source>
      <translation>La leur (paquet)</translation>
    </message>
    <message>
      <source>&amp;Keep mine</source>
      <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
      <source>&amp;Take theirs</source>
      <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
      <source>No conflicts to resolve.</source>
      <translation>Aucun conflit à résoudre.</translation>
    </message>
    <message>
      <source>{record} — from {name}</source>
      <translation>{record} — de {name}</translation>
    </message>
    <message>
      <source>Changed here and in a package from {name} since the last exchange</source>
      <translation>Modifié ici et dans un paquet de {name} depuis le dernier échange</translation>
    </message>
    <message>
      <source>(record)</source>
      <translation>(enregistrement)</translation>
    </message>
    <message>
      <source>deleted here</source>
      <translation>supprimé ici</translation>
    </message>
    <message>
      <source>kept there</source>
      <translation>conservé là-bas</translation>
    </message>
    <message>
      <source>kept here</source>
      <translation>conservé ici</translation>
    </message>
    <message>
      <source>deleted there</source>
      <translation>supprimé là-bas</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>US$ millions</source>
      <translation>Millions de $É.-U.</translation>
    </message>
    <message>
      <source>US$ thousands</source>
      <translation>Milliers de $É.-U.</translation>
    </message>
    <message>
      <source>US${amount}</source>
      <translation>{amount} $É.-U.</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>%n jour de retard</numerusform>
        <numerusform>%n jours de retard</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>échéance aujourd'hui</translation>
    </message>
    <message numerus="yes">
      <source>due in %n day(s)</source>
      <translation>
        <numerusform>échéance dans %n jour</numerusform>
        <numerusform>échéance dans %n jours</numerusform>
      </translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <source>Independent</source>
      <translation>Indépendante</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Requise</translation>
    </message>
    <message>
      <source>{code}: {title}
{evaluation}, {days} ({status})</source>
      <translation>{code} : {title}
{evaluation}, {days} ({status})</translation>
    </message>
    <message>
      <source>Active projects</source>
      <translation>Projets actifs</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Expenditure</source>
      <translation>Dépenses</translation>
    </message>
    <message>
      <source>Delivery rate</source>
      <translation>Taux d'exécution</translation>
    </message>
    <message numerus="yes">
      <source>Evaluations due in %n day(s)</source>
      <translation>
        <numerusform>Évaluations dues sous %n jour</numerusform>
        <numerusform>Évaluations dues sous %n jours</numerusform>
      </translation>
    </message>
    <message>
      <source>Evaluations overdue</source>
      <translation>Évaluations en retard</translation>
    </message>
    <message>
      <source>Projects approved, in implementation, or in evaluation and closing</source>
      <translation>Projets approuvés, en cours de mise en œuvre, ou en évaluation et clôture</translation>
    </message>
    <message>
      <source>Projects by stage</source>
      <translation>Projets par étape</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <source>Budget and expenditure by region (active projects)</source>
      <translation>Budget et dépenses par région (projets actifs)</translation>
    </message>
    <message>
      <source>Budget and expenditure by partner (active projects)</source>
      <translation>Budget et dépenses par partenaire (projets actifs)</translation>
    </message>
    <message>
      <source>Reading the figures…</source>
      <translation>Lecture des chiffres…</translation>
    </message>
    <message>
      <source>Reading the dashboard…</source>
      <translation>Lecture du tableau de bord…</translation>
    </message>
    <message numerus="yes">
      <source>Evaluations due in the next %n day(s), and overdue, as of {date}</source>
      <translation>
        <numerusform>Évaluations dues dans le prochain jour, et en retard, au {date}</numerusform>
        <numerusform>Évaluations dues dans les %n prochains jours, et en retard, au {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>{name}
Budget: {amount}</source>
      <translation>{name}
Budget : {amount}</translation>
    </message>
    <message>
      <source>{name}
Expenditure: {amount} (delivery {rate})</source>
      <translation>{name}
Dépenses : {amount} (exécution {rate})</translation>
    </message>
  </context>
  <context>
    <name>EditForm</name>
    <message>
      <source>Edit {code}</source>
      <translation>Modifier {code}</translation>
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation>&amp;Code :</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>Its projects stay in it; the next field package carries the change.</source>
      <translation>Ses projets y restent ; le prochain paquet de terrain transmet la modification.</translation>
    </message>
    <message>
      <source>Code: a cluster evaluation needs a code.</source>
      <translation>Code : une évaluation groupée doit avoir un code.</translation>
    </message>
    <message>
      <source>Title: a cluster evaluation's title cannot be empty.</source>
      <translation>Titre : le titre d'une évaluation groupée ne peut pas être vide.</translation>
    </message>
  </context>
  <context>
    <name>EmptyPortfolioHint</name>
    <message>
      <source>No projects to list.

Edit &gt; New Project… (Ctrl+N) creates one; File &gt; Import… reads a workbook or an IATI file; File &gt; Open Demo Portfolio shows an example portfolio in a database of its own; View &gt; Show Archived Projects lists archived ones.

Help &gt; User Guide (F1) walks through an officer's first day.</source>
      <translation>Aucun projet à afficher.

Édition &gt; Nouveau projet… (Ctrl+N) en crée un ; Fichier &gt; Importer… lit un classeur ou un fichier IITA ; Fichier &gt; Ouvrir le portefeuille de démonstration montre un exemple de portefeuille dans une base de données distincte ; Affichage &gt; Afficher les projets archivés liste les projets archivés.

Aide &gt; Guide de l'utilisateur (F1) accompagne la première journée d'un chargé de projet.</translation>
    </message>
    <message>
      <source>Not every project could be read.

Refresh (F5) reads the list again.</source>
      <translation>Tous les projets n'ont pas pu être lus.

Actualiser (F5) relit la liste.</translation>
    </message>
    <message>
      <source>Loading projects…

The sort and the filters apply when every project is read.</source>
      <translation>Chargement des projets…

Le tri et les filtres s'appliquent quand tous les projets sont lus.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>{action} was refused.</source>
      <translation>{action} : refusé.</translation>
    </message>
    <message>
      <source>{subject} cannot be saved yet.</source>
      <translation>{subject} : enregistrement impossible pour l'instant.</translation>
    </message>
    <message>
      <source>It cannot be saved yet.</source>
      <translation>L'enregistrement n'est pas encore possible.</translation>
    </message>
    <message>
      <source>Something went wrong inside tracker: {error}</source>
      <translation>Une erreur interne s'est produite dans tracker : {error}</translation>
    </message>
  </context>
  <context>
    <name>FileCommands</name>
    <message>
      <source>tracker databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
      <translation>Bases de données tracker (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>Nouvelle base de données</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>Ouvrir une base de données</translation>
    </message>
    <message>
      <source>Save a backup copy</source>
      <translation>Enregistrer une copie de sauvegarde</translation>
    </message>
    <message>
      <source>Remove Demo Data</source>
      <translation>Supprimer les données de démonstration</translation>
    </message>
    <message>
      <source>Remove the demo data from {where}?</source>
      <translation>Supprimer les données de démonstration de {where} ?</translation>
    </message>
    <message>
      <source>{projects}, with their funding, expenditure, evaluations and history, and {partners} that none of your own funding names will be deleted. Your own projects and partners stay as they are. The deletions are in the audit trail, and field packages carry them.</source>
      <translation>{projects}, avec leur financement, leurs dépenses, leurs évaluations et leur historique, ainsi que {partners} qu'aucun de vos financements ne cite, seront supprimés. Vos propres projets et partenaires restent inchangés. Les suppressions figurent dans la piste d'audit, et les paquets de terrain les transmettent.</translation>
    </message>
    <message numerus="yes">
      <source>%n demo project(s)</source>
      <translation>
        <numerusform>%n projet de démonstration</numerusform>
        <numerusform>%n projets de démonstration</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>the %n demo partner(s)</source>
      <translation>
        <numerusform>%n partenaire de démonstration</numerusform>
        <numerusform>les %n partenaires de démonstration</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Remove Demo Data</source>
      <translation>&amp;Supprimer les données de démonstration</translation>
    </message>
    <message>
      <source>{path} already exists; use File &gt; Open to open it</source>
      <translation>{path} existe déjà ; utilisez Fichier &gt; Ouvrir pour l'ouvrir</translation>
    </message>
    <message>
      <source>Created the database {path}</source>
      <translation>Base de données {path} créée</translation>
    </message>
    <message>
      <source>{path} no longer exists; it was removed from Open Recent</source>
      <translation>{path} n'existe plus ; il a été retiré des fichiers récents</translation>
    </message>
    <message>
      <source>No longer found, removed from Open Recent: {names}</source>
      <translation>Introuvables, retirés des fichiers récents : {names}</translation>
    </message>
    <message>
      <source>Back Up</source>
      <translation>Sauvegarde</translation>
    </message>
    <message>
      <source>This database is on a server ({address}): the server's administrator backs it up with the server's tools (pg_dump), not tracker.</source>
      <translation>Cette base de données est sur un serveur ({address}) : l'administrateur du serveur la sauvegarde avec les outils du serveur (pg_dump), et non tracker.</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
      <source>Opened the demo portfolio, a database of its own; your own projects are not in it</source>
      <translation>Portefeuille de démonstration ouvert, dans une base de données distincte ; vos propres projets n'y figurent pas</translation>
    </message>
    <message>
      <source>{where} holds your own projects, and the demo never goes among them: use File &gt; Open Demo Portfolio, which opens it in a database of its own</source>
      <translation>{where} contient vos propres projets, et la démonstration n'y est jamais mêlée : utilisez Fichier &gt; Ouvrir le portefeuille de démonstration, qui l'ouvre dans une base de données distincte</translation>
    </message>
    <message>
      <source>Loading the demo portfolio…</source>
      <translation>Chargement du portefeuille de démonstration…</translation>
    </message>
    <message numerus="yes">
      <source>Demo portfolio ready: %n project(s), in a database of its own</source>
      <translation>
        <numerusform>Portefeuille de démonstration prêt : %n projet, dans une base de données distincte</numerusform>
        <numerusform>Portefeuille de démonstration prêt : %n projets, dans une base de données distincte</numerusform>
      </translation>
    </message>
    <message>
      <source>Loading the demo was cancelled; nothing was added</source>
      <translation>Le chargement de la démonstration a été annulé ; rien n'a été ajouté</translation>
    </message>
    <message>
      <source>This database holds no demo data</source>
      <translation>Cette base de données ne contient aucune donnée de démonstration</translation>
    </message>
    <message>
      <source>Removing the demo data…</source>
      <translation>Suppression des données de démonstration…</translation>
    </message>
    <message>
      <source>Removed the demo data: {projects} and {partners}</source>
      <translation>Données de démonstration supprimées : {projects} et {partners}</translation>
    </message>
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
    <message>
      <source>Removing the demo data was cancelled; nothing was removed</source>
      <translation>La suppression des données de démonstration a été annulée ; rien n'a été supprimé</translation>
    </message>
    <message>
      <source>Demo portfolio: illustrative projects, not real data</source>
      <translation>Portefeuille de démonstration : projets fictifs, pas des données réelles</translation>
    </message>
    <message>
      <source>Includes demo data (File &gt; Remove Demo Data…)</source>
      <translation>Contient des données de démonstration (Fichier &gt; Supprimer les données de démonstration…)</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Search code, title, partner or country (Ctrl+F)</source>
      <translation>Code, titre, partenaire ou pays (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search projects</source>
      <translation>Rechercher des projets</translation>
    </message>
    <message>
      <source>All stages</source>
      <translation>Toutes étapes</translation>
    </message>
    <message>
      <source>Project-cycle stage</source>
      <translation>Étape du cycle de projet</translation>
    </message>
    <message>
      <source>All regions</source>
      <translation>Toutes régions</translation>
    </message>
    <message>
      <source>ILO region</source>
      <translation>Région de l'OIT</translation>
    </message>
    <message>
      <source>All partners</source>
      <translation>Tous partenaires</translation>
    </message>
    <message>
      <source>Funding partner</source>
      <translation>Partenaire de financement</translation>
    </message>
    <message>
      <source>All funding</source>
      <translation>Tout financement</translation>
    </message>
    <message>
      <source>Funding modality</source>
      <translation>Modalité de financement</translation>
    </message>
    <message>
      <source>All objectives</source>
      <translation>Tous objectifs</translation>
    </message>
    <message>
      <source>Strategic objective (outcome)</source>
      <translation>Objectif stratégique (résultat)</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Retards seulement</translation>
    </message>
    <message>
      <source>Only projects with a mandatory evaluation past its due date</source>
      <translation>Seulement les projets dont une évaluation obligatoire a dépassé son échéance</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message>
      <source>Show every project again</source>
      <translation>Afficher de nouveau tous les projets</translation>
    </message>
    <message>
      <source>{funder} (regular budget)</source>
      <translation>{funder} (budget ordinaire)</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Find in the guide</source>
      <translation>Rechercher dans le guide</translation>
    </message>
    <message>
      <source>&amp;Find:</source>
      <translation>&amp;Rechercher :</translation>
    </message>
    <message>
      <source>&amp;Previous</source>
      <translation>&amp;Précédent</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Suivant</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Introuvable</translation>
    </message>
  </context>
  <context>
    <name>GapsModel</name>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>What an assessor would find missing</source>
      <translation>Ce qu'un évaluateur trouverait manquant</translation>
    </message>
  </context>
  <context>
    <name>IatiCheckDialog</name>
    <message>
      <source>IATI Publication Check</source>
      <translation>Vérification de la publication IITA</translation>
    </message>
    <message>
      <source>Checking the portfolio…</source>
      <translation>Vérification du portefeuille…</translation>
    </message>
    <message>
      <source>Double-click a row to open the project and record what it lacks.</source>
      <translation>Double-cliquez sur une ligne pour ouvrir le projet et enregistrer ce qui lui manque.</translation>
    </message>
    <message>
      <source>Check &amp;Again</source>
      <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
      <source>&amp;Open Project</source>
      <translation>&amp;Ouvrir le projet</translation>
    </message>
    <message>
      <source>The check failed: {error}</source>
      <translation>La vérification a échoué : {error}</translation>
    </message>
    <message>
      <source>Checking the IATI publication…</source>
      <translation>Vérification de la publication IITA…</translation>
    </message>
    <message>
      <source>Check cancelled.</source>
      <translation>Vérification annulée.</translation>
    </message>
  </context>
  <context>
    <name>IatiMenu</name>
    <message>
      <source>Export IATI File</source>
      <translation>Exporter un fichier IITA</translation>
    </message>
    <message>
      <source>IATI activity files (*.xml);;All files (*)</source>
      <translation>Fichiers d'activités IITA (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>IATI file written: {path}</source>
      <translation>Fichier IITA écrit : {path}</translation>
    </message>
    <message>
      <source>IATI File Written: Publication Check</source>
      <translation>Fichier IITA écrit : vérification de la publication</translation>
    </message>
    <message>
      <source>Exporting the IATI file…</source>
      <translation>Exportation du fichier IITA…</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written</source>
      <translation>Exportation annulée ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
      <source>Export IATI &amp;File…</source>
      <translation>Exporter un fichier IIT&amp;A…</translation>
    </message>
    <message>
      <source>Write the portfolio as an IATI 2.03 activity file and check what it lacks</source>
      <translation>Écrire le portefeuille dans un fichier d'activités IITA 2.03 et vérifier ce qui lui manque</translation>
    </message>
    <message>
      <source>Check IATI P&amp;ublication…</source>
      <translation>Vérifier la p&amp;ublication IITA…</translation>
    </message>
    <message>
      <source>List, per project, what an aid-transparency assessment would find missing</source>
      <translation>Lister, par projet, ce qu'une évaluation de la transparence de l'aide trouverait manquant</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import {name}</source>
      <translation>Importer {name}</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>Vérification de {name}…</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Feuille</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <source>How the file's disbursements (IATI transaction type 3) are recorded. Automatic: in a funder's file they are funding it gave; in an implementer's own file, money spent or passed on to implementing partners (expenditure, as subcontracts).</source>
      <translation>Comment les décaissements du fichier (type de transaction IITA 3) sont enregistrés. Automatique : dans le fichier d'un bailleur, ce sont des financements qu'il a accordés ; dans le fichier d'un organisme d'exécution sur sa propre activité, des fonds dépensés ou transférés aux partenaires d'exécution (dépenses, en sous-traitance).</translation>
    </message>
    <message>
      <source>How the file's outgoing commitments (IATI transaction type 2) are recorded. Automatic: in a funder's file they are funding it gave; in an implementer's own file, expenditure only when the activity reports no payment (else its disbursements and expenditure are the money spent).</source>
      <translation>Comment les engagements sortants du fichier (type de transaction IITA 2) sont enregistrés. Automatique : dans le fichier d'un bailleur, ce sont des financements qu'il a accordés ; dans le fichier d'un organisme d'exécution sur sa propre activité, des dépenses seulement si l'activité ne déclare aucun paiement (sinon ses décaissements et dépenses sont les fonds dépensés).</translation>
    </message>
    <message>
      <source>&amp;Disbursements:</source>
      <translation>&amp;Décaissements :</translation>
    </message>
    <message>
      <source>&amp;Outgoing commitments:</source>
      <translation>&amp;Engagements sortants :</translation>
    </message>
    <message>
      <source>Automatic: by the reporting organisation's role in each activity</source>
      <translation>Automatique : selon le rôle de l'organisation déclarante dans chaque activité</translation>
    </message>
    <message>
      <source>As expenditure (money passed on to implementing partners)</source>
      <translation>Comme dépenses (fonds transférés aux partenaires d'exécution)</translation>
    </message>
    <message>
      <source>As funding given by the reporting organisation</source>
      <translation>Comme financement accordé par l'organisation déclarante</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Non enregistrés</translation>
    </message>
    <message>
      <source>Checking the IATI file…</source>
      <translation>Vérification du fichier IITA…</translation>
    </message>
    <message>
      <source>Checking the workbook…</source>
      <translation>Vérification du classeur…</translation>
    </message>
    <message>
      <source>Checking was cancelled; nothing was imported.</source>
      <translation>La vérification a été annulée ; rien n'a été importé.</translation>
    </message>
    <message>
      <source>{created}, {updated} and {unchanged}.</source>
      <translation>{created}, {updated} et {unchanged}.</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) will be created</source>
      <translation>
        <numerusform>%n enregistrement sera créé</numerusform>
        <numerusform>%n enregistrements seront créés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>%n mis à jour</numerusform>
        <numerusform>%n mis à jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n inchangé</numerusform>
        <numerusform>%n inchangés</numerusform>
      </translation>
    </message>
    <message>
      <source>Transactions:</source>
      <translation>Transactions :</translation>
    </message>
    <message>
      <source>Ignored:</source>
      <translation>Ignoré :</translation>
    </message>
    <message>
      <source>Stage changes refused (the projects stay where they are):</source>
      <translation>Changements d'étape refusés (les projets restent où ils sont) :</translation>
    </message>
    <message>
      <source>Press Import to write it, in one transaction.</source>
      <translation>Cliquez sur Importer pour l'écrire, en une seule transaction.</translation>
    </message>
    <message>
      <source>There is nothing to import.</source>
      <translation>Il n'y a rien à importer.</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) must be fixed in the workbook before it can be imported; nothing was imported.</source>
      <translation>
        <numerusform>%n problème doit être corrigé dans le classeur avant de pouvoir l'importer ; rien n'a été importé.</numerusform>
        <numerusform>%n problèmes doivent être corrigés dans le classeur avant de pouvoir l'importer ; rien n'a été importé.</numerusform>
      </translation>
    </message>
    <message>
      <source>The workbook could not be checked.</source>
      <translation>Le classeur n'a pas pu être vérifié.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importation…</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was written.</source>
      <translation>L'importation a été annulée ; rien n'a été écrit.</translation>
    </message>
  </context>
  <context>
    <name>ImportMenu</name>
    <message>
      <source>Import a workbook or an IATI file</source>
      <translation>Importer un classeur ou un fichier IITA</translation>
    </message>
    <message>
      <source>Import workbooks and IATI activity files (*.xlsx *.xml);;Excel workbooks (*.xlsx);;IATI activity files (*.xml);;All files (*)</source>
      <translation>Classeurs d'importation et fichiers d'activités IITA (*.xlsx *.xml);;Classeurs Excel (*.xlsx);;Fichiers d'activités IITA (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Empty template (*.xlsx)</source>
      <translation>Modèle vide (*.xlsx)</translation>
    </message>
    <message>
      <source>Template filled with the portfolio (*.xlsx)</source>
      <translation>Modèle rempli avec le portefeuille (*.xlsx)</translation>
    </message>
    <message>
      <source>Write an import template</source>
      <translation>Écrire un modèle d'importation</translation>
    </message>
    <message>
      <source>Import template written: {path}</source>
      <translation>Modèle d'importation écrit : {path}</translation>
    </message>
    <message numerus="yes">
      <source>(%n demo project(s) left out: File &gt; Remove Demo Data… removes them from the database)</source>
      <translation>
        <numerusform>(%n projet de démonstration omis : Fichier &gt; Supprimer les données de démonstration… le retire de la base de données)</numerusform>
        <numerusform>(%n projets de démonstration omis : Fichier &gt; Supprimer les données de démonstration… les retire de la base de données)</numerusform>
      </translation>
    </message>
    <message>
      <source>Writing the import template…</source>
      <translation>Écriture du modèle d'importation…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <source>Import projects, funding, expenditure, evaluations and indicators from an import workbook or an IATI activity file</source>
      <translation>Importer des projets, financements, dépenses, évaluations et indicateurs depuis un classeur d'importation ou un fichier d'activités IITA</translation>
    </message>
    <message>
      <source>Write Import &amp;Template…</source>
      <translation>Écrire un &amp;modèle d'importation…</translation>
    </message>
    <message>
      <source>Write an Excel workbook to fill in and import</source>
      <translation>Écrire un classeur Excel à remplir et à importer</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>{code} is saved; the filters hide it</source>
      <translation>{code} est enregistré ; les filtres le masquent</translation>
    </message>
    <message>
      <source>&amp;Portfolio</source>
      <translation>&amp;Portefeuille</translation>
    </message>
    <message>
      <source>&amp;Dashboard</source>
      <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
      <source> (read-only)</source>
      <translation> (lecture seule)</translation>
    </message>
    <message>
      <source>no database</source>
      <translation>aucune base de données</translation>
    </message>
    <message>
      <source>Demo portfolio: </source>
      <translation>Portefeuille de démonstration : </translation>
    </message>
    <message>
      <source>Not every project could be read (F5 reads them again)</source>
      <translation>Tous les projets n'ont pas pu être lus (F5 les relit)</translation>
    </message>
    <message>
      <source>Loading projects…</source>
      <translation>Chargement des projets…</translation>
    </message>
    <message numerus="yes">
      <source>{total} project(s)</source>
      <translation>
        <numerusform>{total} projet</numerusform>
        <numerusform>{total} projets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{shown} of {total} project(s)</source>
      <translation>
        <numerusform>{shown} sur {total} projet</numerusform>
        <numerusform>{shown} sur {total} projets</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MembersForm</name>
    <message>
      <source>Add Projects to {code}</source>
      <translation>Ajouter des projets à {code}</translation>
    </message>
    <message>
      <source>Remove Projects from {code}</source>
      <translation>Retirer des projets de {code}</translation>
    </message>
    <message>
      <source>Projects sharing the {basis} and not yet in it:</source>
      <translation>Projets ayant en commun le {basis} et pas encore dans le groupe :</translation>
    </message>
    <message>
      <source>Projects it covers (their evaluation stays, as their own):</source>
      <translation>Projets qu'elle couvre (leur évaluation reste, comme la leur propre) :</translation>
    </message>
    <message>
      <source>No project to add.</source>
      <translation>Aucun projet à ajouter.</translation>
    </message>
    <message>
      <source>No project to remove.</source>
      <translation>Aucun projet à retirer.</translation>
    </message>
    <message>
      <source>Check the projects.</source>
      <translation>Cochez les projets.</translation>
    </message>
  </context>
  <context>
    <name>MergeForm</name>
    <message>
      <source>Merge Funding Partners</source>
      <translation>Fusionner des partenaires de financement</translation>
    </message>
    <message>
      <source>(choose the partner that stays)</source>
      <translation>(choisir le partenaire conservé)</translation>
    </message>
    <message>
      <source>Merge:</source>
      <translation>Fusionner :</translation>
    </message>
    <message>
      <source>&amp;Into:</source>
      <translation>&amp;Dans :</translation>
    </message>
    <message>
      <source>&amp;Merge</source>
      <translation>&amp;Fusionner</translation>
    </message>
    <message>
      <source>Choose the partner record that stays.</source>
      <translation>Choisissez le partenaire qui est conservé.</translation>
    </message>
    <message>
      <source>1 funding line of %1 moves to %2 and partner %1 is deleted.</source>
      <translation>1 ligne de financement de %1 passe à %2 et le partenaire %1 est supprimé.</translation>
    </message>
    <message>
      <source>%3 funding lines of %1 move to %2 and partner %1 is deleted.</source>
      <translation>%3 lignes de financement de %1 passent à %2 et le partenaire %1 est supprimé.</translation>
    </message>
    <message>
      <source>Merging the partners…</source>
      <translation>Fusion des partenaires…</translation>
    </message>
    <message>
      <source>The merge was cancelled; nothing was changed.</source>
      <translation>La fusion a été annulée ; rien n'a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>Operation</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
  </context>
  <context>
    <name>OrganisationDialog</name>
    <message>
      <source>&amp;Organisation Settings…</source>
      <translation>Paramètres de l'&amp;organisation…</translation>
    </message>
    <message>
      <source>Who the organisation publishes as in IATI, its contact and the default aid types of each funding modality</source>
      <translation>Sous quel nom l'organisation publie dans l'IITA, son contact et les types d'aide par défaut de chaque modalité de financement</translation>
    </message>
    <message>
      <source>Organisation Settings</source>
      <translation>Paramètres de l'organisation</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Default aid types</source>
      <translation>Types d'aide par défaut</translation>
    </message>
    <message>
      <source>The database is open read-only: the settings can be read, not changed.</source>
      <translation>La base de données est ouverte en lecture seule : les paramètres peuvent être consultés, pas modifiés.</translation>
    </message>
    <message>
      <source>Who the organisation's IATI files say published them.</source>
      <translation>L'organisation que ses fichiers IITA désignent comme éditeur.</translation>
    </message>
    <message>
      <source>IATI &amp;identifier:</source>
      <translation>&amp;Identifiant IITA :</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>p. ex. {example}</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>The contact every published activity gives.</source>
      <translation>Le contact indiqué par chaque activité publiée.</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <source>&amp;Department:</source>
      <translation>&amp;Département :</translation>
    </message>
    <message>
      <source>&amp;Person:</source>
      <translation>&amp;Personne :</translation>
    </message>
    <message>
      <source>blank: the department answers</source>
      <translation>vide : le département répond</translation>
    </message>
    <message>
      <source>Te&amp;lephone:</source>
      <translation>Té&amp;léphone :</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;Courriel :</translation>
    </message>
    <message>
      <source>&amp;Website:</source>
      <translation>Site &amp;web :</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>Ad&amp;resse :</translation>
    </message>
    <message>
      <source>The types an activity is published with, by the funding modality of its main funding.</source>
      <translation>Les types avec lesquels une activité est publiée, selon la modalité de son financement principal.</translation>
    </message>
    <message>
      <source>Flow type</source>
      <translation>Type de flux</translation>
    </message>
    <message>
      <source>Finance type</source>
      <translation>Type de financement</translation>
    </message>
    <message>
      <source>Aid type</source>
      <translation>Type d'aide</translation>
    </message>
    <message>
      <source>Tied status</source>
      <translation>Statut de déliement</translation>
    </message>
    <message>
      <source>Organisation settings saved</source>
      <translation>Paramètres de l'organisation enregistrés</translation>
    </message>
  </context>
  <context>
    <name>PackageMenu</name>
    <message>
      <source>Field packages (*.trackerpkg);;All files (*)</source>
      <translation>Paquets de terrain (*.trackerpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Export Field Package</source>
      <translation>Exporter un paquet de terrain</translation>
    </message>
    <message>
      <source>Merge Field Package</source>
      <translation>Fusionner un paquet de terrain</translation>
    </message>
    <message numerus="yes">
      <source>{file}: %n changed record(s)</source>
      <translation>
        <numerusform>{file} : %n enregistrement modifié</numerusform>
        <numerusform>{file} : %n enregistrements modifiés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n deletion(s)</source>
      <translation>
        <numerusform>, %n suppression</numerusform>
        <numerusform>, %n suppressions</numerusform>
      </translation>
    </message>
    <message>
      <source>{source}: this package from {name} was already merged; nothing changed</source>
      <translation>{source} : ce paquet de {name} a déjà été fusionné ; rien n'a changé</translation>
    </message>
    <message>
      <source>{source} from {name}: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged</source>
      <translation>{source} de {name} : {created} créés, {updated} mis à jour, {deleted} supprimés, {unchanged} inchangés</translation>
    </message>
    <message numerus="yes">
      <source>; %n conflict(s) to resolve</source>
      <translation>
        <numerusform>; %n conflit à résoudre</numerusform>
        <numerusform>; %n conflits à résoudre</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n skipped</source>
      <translation>
        <numerusform>; %n ignoré</numerusform>
        <numerusform>; %n ignorés</numerusform>
      </translation>
    </message>
    <message>
      <source>Field package written: {path}</source>
      <translation>Paquet de terrain écrit : {path}</translation>
    </message>
    <message>
      <source>Field package written</source>
      <translation>Paquet de terrain écrit</translation>
    </message>
    <message>
      <source>Exporting the field package…</source>
      <translation>Exportation du paquet de terrain…</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written</source>
      <translation>Exportation annulée ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
      <source>Records changed on both sides (both versions kept):</source>
      <translation>Enregistrements modifiés des deux côtés (les deux versions sont conservées) :</translation>
    </message>
    <message>
      <source>Use File &gt; Resolve Conflicts… to choose.</source>
      <translation>Utilisez Fichier &gt; Résoudre les conflits… pour choisir.</translation>
    </message>
    <message>
      <source>Skipped:</source>
      <translation>Ignorés :</translation>
    </message>
    <message>
      <source>Field package merged</source>
      <translation>Paquet de terrain fusionné</translation>
    </message>
    <message>
      <source>Merging the field package…</source>
      <translation>Fusion du paquet de terrain…</translation>
    </message>
    <message>
      <source>Merge cancelled; nothing was changed</source>
      <translation>Fusion annulée ; rien n'a été modifié</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>E&amp;xport Field Package…</source>
      <translation>E&amp;xporter un paquet de terrain…</translation>
    </message>
    <message>
      <source>&amp;Merge Field Package…</source>
      <translation>&amp;Fusionner un paquet de terrain…</translation>
    </message>
    <message>
      <source>Resolve &amp;Conflicts…</source>
      <translation>Résoudre les confli&amp;ts…</translation>
    </message>
  </context>
  <context>
    <name>PartnerDelegate</name>
    <message>
      <source>Row %1, Partner: %2</source>
      <translation>Ligne %1, partenaire : %2</translation>
    </message>
  </context>
  <context>
    <name>PartnerForm</name>
    <message>
      <source>Edit Funding Partner</source>
      <translation>Modifier le partenaire de financement</translation>
    </message>
    <message>
      <source>New Funding Partner</source>
      <translation>Nouveau partenaire de financement</translation>
    </message>
    <message>
      <source>e.g. LUX</source>
      <translation>p. ex. LUX</translation>
    </message>
    <message>
      <source>e.g. Luxembourg</source>
      <translation>p. ex. Luxembourg</translation>
    </message>
    <message>
      <source>(not a non-state actor)</source>
      <translation>(pas un acteur non étatique)</translation>
    </message>
    <message>
      <source>ISO code or name, e.g. LU or Luxembourg (optional)</source>
      <translation>Code ISO ou nom, p. ex. LU ou Luxembourg (facultatif)</translation>
    </message>
    <message>
      <source>The language this partner's donor reports are written in</source>
      <translation>La langue dans laquelle sont rédigés les rapports destinés à ce partenaire</translation>
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation>&amp;Code :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>C&amp;ategory:</source>
      <translation>C&amp;atégorie :</translation>
    </message>
    <message>
      <source>Non-state &amp;kind:</source>
      <translation>&amp;Type d'acteur non étatique :</translation>
    </message>
    <message>
      <source>C&amp;ountry:</source>
      <translation>&amp;Pays :</translation>
    </message>
    <message>
      <source>&amp;Reporting language:</source>
      <translation>&amp;Langue des rapports :</translation>
    </message>
  </context>
  <context>
    <name>PartnerPicker</name>
    <message>
      <source>(none: ILO regular budget)</source>
      <translation>(aucun : budget ordinaire de l'OIT)</translation>
    </message>
    <message>
      <source>New partner…</source>
      <translation>Nouveau partenaire…</translation>
    </message>
    <message>
      <source>no active partner's code or name contains '%1'; correct it, or choose New partner…</source>
      <translation>aucun partenaire actif n'a de code ou de nom contenant « %1 » ; corrigez la saisie, ou choisissez Nouveau partenaire…</translation>
    </message>
    <message>
      <source>'%1' is part of %2 partners' codes or names; type more of it, or choose one from the list</source>
      <translation>« %1 » figure dans le code ou le nom de %2 partenaires ; tapez-en davantage, ou choisissez-en un dans la liste</translation>
    </message>
  </context>
  <context>
    <name>PartnerTableModel</name>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Funding lines</source>
      <translation>Lignes de financement</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>English</source>
      <translation>anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>français</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>espagnol</translation>
    </message>
  </context>
  <context>
    <name>PartnersDialog</name>
    <message>
      <source>Funding Partners</source>
      <translation>Partenaires de financement</translation>
    </message>
    <message>
      <source>Find a partner: part of its code, name or country</source>
      <translation>Trouver un partenaire : une partie de son code, de son nom ou de son pays</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Ajouter…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Désactiver</translation>
    </message>
    <message>
      <source>&amp;Merge…</source>
      <translation>Fu&amp;sionner…</translation>
    </message>
    <message>
      <source>Ac&amp;tivate</source>
      <translation>Ac&amp;tiver</translation>
    </message>
    <message>
      <source>Added %1.</source>
      <translation>%1 ajouté.</translation>
    </message>
    <message>
      <source>Saved %1.</source>
      <translation>%1 enregistré.</translation>
    </message>
    <message>
      <source>%1 is active: it is offered for new funding lines again.</source>
      <translation>%1 est actif : il est de nouveau proposé pour les nouvelles lignes de financement.</translation>
    </message>
    <message>
      <source>%1 is deactivated: its funding stays, new funding lines are not offered it.</source>
      <translation>%1 est désactivé : ses financements restent, il n'est plus proposé pour les nouvelles lignes de financement.</translation>
    </message>
    <message>
      <source>Merged %1 into %2.</source>
      <translation>%1 fusionné dans %2.</translation>
    </message>
  </context>
  <context>
    <name>PortfolioColumns</name>
    <message>
      <source>ILO RBTC</source>
      <translation>CTBO OIT</translation>
    </message>
    <message>
      <source>the ILO's regular budget for technical cooperation</source>
      <translation>coopération technique du budget ordinaire de l'OIT</translation>
    </message>
    <message>
      <source>Funding: {modalities}</source>
      <translation>Financement : {modalities}</translation>
    </message>
    <message>
      <source>No funding recorded yet</source>
      <translation>Aucun financement enregistré pour l'instant</translation>
    </message>
    <message>
      <source>Demo data: an illustrative project with invented figures</source>
      <translation>Données de démonstration : un projet fictif aux chiffres inventés</translation>
    </message>
    <message>
      <source>No approved budget yet</source>
      <translation>Pas encore de budget approuvé</translation>
    </message>
    <message>
      <source>US$ {spent} spent of a budget of US$ {budget}</source>
      <translation>{spent} $É.-U. dépensés sur un budget de {budget} $É.-U.</translation>
    </message>
    <message>
      <source>Overdue:</source>
      <translation>En retard :</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>échéance le {date}</translation>
    </message>
    <message>
      <source>Next: {kind}, due {date}</source>
      <translation>Prochaine : {kind}, échéance le {date}</translation>
    </message>
    <message>
      <source>No mandatory evaluation open</source>
      <translation>Aucune évaluation obligatoire en cours</translation>
    </message>
    <message>
      <source>{n} overdue</source>
      <translation>{n} en retard</translation>
    </message>
    <message>
      <source>On schedule</source>
      <translation>À jour</translation>
    </message>
    <message>
      <source>None open</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <source>{stage} (archived)</source>
      <translation>{stage} (archivé)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Project code (demo projects in italics)</source>
      <translation>Code du projet (projets de démonstration en italique)</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Project title</source>
      <translation>Titre du projet</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Partenaires</translation>
    </message>
    <message>
      <source>Funding partners (ILO RBTC: the ILO's regular budget)</source>
      <translation>Partenaires de financement (CTBO de l'OIT : le budget ordinaire de l'OIT)</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <source>ILO region</source>
      <translation>Région de l'OIT</translation>
    </message>
    <message>
      <source>Interregional</source>
      <translation>Interrégional</translation>
    </message>
    <message>
      <source>Countries</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Countries (ISO codes)</source>
      <translation>Pays (codes ISO)</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Project-cycle stage (sorts in cycle order)</source>
      <translation>Étape du cycle de projet (triée dans l'ordre du cycle)</translation>
    </message>
    <message>
      <source>Implementation</source>
      <translation>Mise en œuvre</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Planned start</source>
      <translation>Début prévu</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Planned end (after revisions)</source>
      <translation>Fin prévue (après révisions)</translation>
    </message>
    <message>
      <source>Budget (US$)</source>
      <translation>Budget (US$)</translation>
    </message>
    <message>
      <source>Current approved budget in US$</source>
      <translation>Budget approuvé actuel en dollars des États-Unis</translation>
    </message>
    <message>
      <source>Spent (US$)</source>
      <translation>Dépensé (US$)</translation>
    </message>
    <message>
      <source>Cumulative expenditure in US$</source>
      <translation>Dépenses cumulées en dollars des États-Unis</translation>
    </message>
    <message>
      <source>Delivery %</source>
      <translation>Exécution %</translation>
    </message>
    <message>
      <source>Delivery rate: expenditure over approved budget, per cent</source>
      <translation>Taux d'exécution : dépenses rapportées au budget approuvé, en pourcentage</translation>
    </message>
    <message>
      <source>Eval. due</source>
      <translation>Éval. due</translation>
    </message>
    <message>
      <source>Due date of the next mandatory evaluation still open</source>
      <translation>Échéance de la prochaine évaluation obligatoire encore en cours</translation>
    </message>
    <message>
      <source>Eval. status</source>
      <translation>État éval.</translation>
    </message>
    <message>
      <source>Overdue mandatory evaluations, or whether one is scheduled</source>
      <translation>Évaluations obligatoires en retard, ou s'il y en a une de prévue</translation>
    </message>
    <message>
      <source>00 overdue</source>
      <translation>00 en retard</translation>
    </message>
  </context>
  <context>
    <name>PortfolioView</name>
    <message>
      <source>Default column widths</source>
      <translation>Largeurs de colonne par défaut</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>The language of menus, messages and reports, and how numbers and dates are written. It applies the next time tracker starts.</source>
      <translation>La langue des menus, des messages et des rapports, et la façon d'écrire les nombres et les dates. Elle s'applique au prochain démarrage de tracker.</translation>
    </message>
    <message>
      <source>This run was started with --lang {code}, which overrides this choice; a restart from here leaves it out.</source>
      <translation>tracker a été lancé avec --lang {code}, qui prime sur ce choix ; un redémarrage depuis cette fenêtre l'omet.</translation>
    </message>
    <message>
      <source>The new language applies when tracker starts again.</source>
      <translation>La nouvelle langue s'applique au redémarrage de tracker.</translation>
    </message>
    <message>
      <source>Restart tracker now? Open editors ask about unsaved changes first.</source>
      <translation>Redémarrer tracker maintenant ? Les éditeurs ouverts demandent d'abord que faire des modifications non enregistrées.</translation>
    </message>
    <message>
      <source>&amp;Restart Now</source>
      <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
      <source>&amp;Later</source>
      <translation>Plus &amp;tard</translation>
    </message>
  </context>
  <context>
    <name>ProjectCommands</name>
    <message>
      <source>funding lines: {count}</source>
      <translation>lignes de financement : {count}</translation>
    </message>
    <message>
      <source>budget revisions: {count}</source>
      <translation>révisions budgétaires : {count}</translation>
    </message>
    <message>
      <source>expenditure lines: {count}</source>
      <translation>lignes de dépenses : {count}</translation>
    </message>
    <message>
      <source>evaluations: {count}</source>
      <translation>évaluations : {count}</translation>
    </message>
    <message>
      <source>result indicators: {count}</source>
      <translation>indicateurs de résultats : {count}</translation>
    </message>
    <message>
      <source>budget lines: {count}</source>
      <translation>lignes budgétaires : {count}</translation>
    </message>
    <message>
      <source>progress reports: {count}</source>
      <translation>rapports d’avancement : {count}</translation>
    </message>
    <message>
      <source>its stage history</source>
      <translation>son historique des étapes</translation>
    </message>
    <message>
      <source>Delete Project</source>
      <translation>Supprimer le projet</translation>
    </message>
    <message>
      <source>Delete project {code} “{title}”?</source>
      <translation>Supprimer le projet {code} « {title} » ?</translation>
    </message>
    <message>
      <source>Deleted with it: {records}.</source>
      <translation>Supprimés avec lui : {records}.</translation>
    </message>
    <message>
      <source>It has no funding, expenditure or evaluations yet.</source>
      <translation>Il n'a encore ni financement, ni dépenses, ni évaluations.</translation>
    </message>
    <message>
      <source>The deletion is in the audit trail, and field packages carry it to the other databases. To keep a project on record but out of the list, archive it instead (Edit &gt; Archive Project).</source>
      <translation>La suppression figure dans la piste d'audit, et les paquets de terrain la transmettent aux autres bases de données. Pour conserver un projet sans qu'il figure dans la liste, archivez-le plutôt (Édition &gt; Archiver le projet).</translation>
    </message>
    <message>
      <source>&amp;Delete Project</source>
      <translation>&amp;Supprimer le projet</translation>
    </message>
    <message>
      <source>Select a project in the portfolio first</source>
      <translation>Sélectionnez d'abord un projet dans le portefeuille</translation>
    </message>
    <message>
      <source>{code} is open in an editor: close the editor first</source>
      <translation>{code} est ouvert dans un éditeur : fermez d'abord l'éditeur</translation>
    </message>
    <message>
      <source>Deleted project {code}</source>
      <translation>Projet {code} supprimé</translation>
    </message>
    <message>
      <source>Archived {code}: it stays on record and in reports; View &gt; Show Archived Projects shows it</source>
      <translation>{code} archivé : il reste enregistré et dans les rapports ; Affichage &gt; Afficher les projets archivés le montre</translation>
    </message>
    <message>
      <source>{code} is back in the portfolio list</source>
      <translation>{code} est de retour dans la liste du portefeuille</translation>
    </message>
    <message>
      <source>&amp;Delete Project…</source>
      <translation>&amp;Supprimer le projet…</translation>
    </message>
    <message>
      <source>&amp;Archive Project</source>
      <translation>&amp;Archiver le projet</translation>
    </message>
    <message>
      <source>Restore from Arc&amp;hive</source>
      <translation>Restaurer depuis l'arc&amp;hive</translation>
    </message>
    <message>
      <source>Show Arc&amp;hived Projects</source>
      <translation>Afficher les projets arc&amp;hivés</translation>
    </message>
    <message>
      <source>Delete the selected project with all its records (after a confirmation)</source>
      <translation>Supprimer le projet sélectionné avec tous ses enregistrements (après confirmation)</translation>
    </message>
    <message>
      <source>Keep the selected project on record but out of the portfolio list</source>
      <translation>Conserver le projet sélectionné, mais hors de la liste du portefeuille</translation>
    </message>
    <message>
      <source>Bring the selected archived project back to the portfolio list</source>
      <translation>Remettre le projet archivé sélectionné dans la liste du portefeuille</translation>
    </message>
    <message>
      <source>List archived projects too, in grey</source>
      <translation>Lister aussi les projets archivés, en gris</translation>
    </message>
  </context>
  <context>
    <name>ProjectSummary</name>
    <message>
      <source>Selected project</source>
      <translation>Projet sélectionné</translation>
    </message>
    <message numerus="yes">
      <source>{n} project(s) selected.</source>
      <translation>
        <numerusform>{n} projet sélectionné.</numerusform>
        <numerusform>{n} projets sélectionnés.</numerusform>
      </translation>
    </message>
    <message>
      <source>Select a project to see its summary; Enter or a double-click opens it.</source>
      <translation>Sélectionnez un projet pour en voir le résumé ; Entrée ou un double-clic l'ouvre.</translation>
    </message>
    <message>
      <source>demo data</source>
      <translation>données de démonstration</translation>
    </message>
    <message>
      <source>archived</source>
      <translation>archivé</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>aucun enregistré</translation>
    </message>
    <message>
      <source>Budget US$ {budget} · spent US$ {spent} · delivery {rate}</source>
      <translation>Budget {budget} $É.-U. · dépensé {spent} $É.-U. · exécution {rate}</translation>
    </message>
    <message>
      <source>no region</source>
      <translation>aucune région</translation>
    </message>
    <message>
      <source>no country</source>
      <translation>aucun pays</translation>
    </message>
    <message>
      <source>no strategic objective</source>
      <translation>aucun objectif stratégique</translation>
    </message>
    <message>
      <source>Partners: {partners} · {modalities}</source>
      <translation>Partenaires : {partners} · {modalities}</translation>
    </message>
  </context>
  <context>
    <name>RateForm</name>
    <message>
      <source>Correct an Exchange Rate</source>
      <translation>Corriger un taux de change</translation>
    </message>
    <message>
      <source>Add an Exchange Rate</source>
      <translation>Ajouter un taux de change</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>The day the rate applies from: the 1st of the month for the UN's monthly rates</source>
      <translation>Le jour à partir duquel le taux s'applique : le 1er du mois pour les taux mensuels de l'ONU</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>p. ex. {example}</translation>
    </message>
    <message>
      <source>The US$ value of one unit of the currency</source>
      <translation>La valeur en $É.-U. d'une unité de la monnaie</translation>
    </message>
    <message>
      <source>The units of the currency one US$ buys, as the UN's lists give it</source>
      <translation>Les unités de la monnaie qu'achète un dollar des États-Unis, comme les listes de l'ONU l'indiquent</translation>
    </message>
    <message>
      <source>Empty: the UN operational rates of exchange</source>
      <translation>Vide : les taux de change opérationnels de l'ONU</translation>
    </message>
    <message>
      <source>C&amp;urrency:</source>
      <translation>&amp;Monnaie :</translation>
    </message>
    <message>
      <source>&amp;Valid from:</source>
      <translation>&amp;Valable à partir du :</translation>
    </message>
    <message>
      <source>US$ &amp;per unit:</source>
      <translation>$É.-U. &amp;par unité :</translation>
    </message>
    <message>
      <source>Units per US&amp;$:</source>
      <translation>&amp;Unités par $É.-U. :</translation>
    </message>
    <message>
      <source>&amp;Source:</source>
      <translation>&amp;Source :</translation>
    </message>
    <message>
      <source>US$ per unit</source>
      <translation>$É.-U. par unité</translation>
    </message>
    <message>
      <source>units per US$</source>
      <translation>unités par $É.-U.</translation>
    </message>
    <message>
      <source>the day the rate applies from is required</source>
      <translation>le jour à partir duquel le taux s'applique est requis</translation>
    </message>
    <message>
      <source>the rate is required: the US$ value of one unit, or the units one US$ buys</source>
      <translation>le taux est requis : la valeur en $É.-U. d'une unité, ou les unités qu'achète un dollar des États-Unis</translation>
    </message>
    <message>
      <source>the rate must be greater than zero</source>
      <translation>le taux doit être supérieur à zéro</translation>
    </message>
    <message>
      <source>{currency} already has a rate from {day}: select it and correct it instead</source>
      <translation>{currency} a déjà un taux à partir du {day} : sélectionnez-le et corrigez-le plutôt</translation>
    </message>
  </context>
  <context>
    <name>RatesDialog</name>
    <message>
      <source>E&amp;xchange Rates…</source>
      <translation>&amp;Taux de change…</translation>
    </message>
    <message>
      <source>View, import and correct the exchange rates new amounts are recorded at</source>
      <translation>Consulter, importer et corriger les taux de change auxquels les nouveaux montants sont enregistrés</translation>
    </message>
    <message>
      <source>UN operational rates of exchange</source>
      <translation>Taux de change opérationnels de l'ONU</translation>
    </message>
    <message>
      <source>Import exchange rates</source>
      <translation>Importer des taux de change</translation>
    </message>
    <message>
      <source>Lists of rates (*.xml *.xlsx *.csv);;All files (*)</source>
      <translation>Listes de taux (*.xml *.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Delete a rate</source>
      <translation>Supprimer un taux</translation>
    </message>
    <message>
      <source>Exchange Rates</source>
      <translation>Taux de change</translation>
    </message>
    <message>
      <source>YYYY-MM-DD; empty: every date</source>
      <translation>AAAA-MM-JJ ; vide : toutes les dates</translation>
    </message>
    <message>
      <source>Only the rate of each currency in force on this day</source>
      <translation>Seulement le taux de chaque monnaie en vigueur ce jour-là</translation>
    </message>
    <message>
      <source>&amp;Currency:</source>
      <translation>&amp;Monnaie :</translation>
    </message>
    <message>
      <source>In force &amp;on:</source>
      <translation>En &amp;vigueur le :</translation>
    </message>
    <message>
      <source>No exchange rates yet. Import the UN's monthly list of operational rates of exchange (downloaded from the UN Treasury's site) or a table of rates, or add a rate.</source>
      <translation>Aucun taux de change pour l'instant. Importez la liste mensuelle des taux de change opérationnels de l'ONU (téléchargée sur le site de la Trésorerie de l'ONU) ou un tableau de taux, ou ajoutez un taux.</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>&amp;Ajouter…</translation>
    </message>
    <message>
      <source>Co&amp;rrect…</source>
      <translation>Co&amp;rriger…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>(every currency)</source>
      <translation>(toutes les monnaies)</translation>
    </message>
    <message>
      <source>in force on</source>
      <translation>en vigueur le</translation>
    </message>
    <message numerus="yes">
      <source>In force on {day}: %n rate(s), one a currency.</source>
      <translation>
        <numerusform>En vigueur le {day} : %n taux, un par monnaie.</numerusform>
        <numerusform>En vigueur le {day} : %n taux, un par monnaie.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rate(s).</source>
      <translation>
        <numerusform>%n taux.</numerusform>
        <numerusform>%n taux.</numerusform>
      </translation>
    </message>
    <message>
      <source>Added the rate of {currency} from {day}.</source>
      <translation>Taux de {currency} à partir du {day} ajouté.</translation>
    </message>
    <message>
      <source>Corrected the rate of {currency} from {day}.</source>
      <translation>Taux de {currency} à partir du {day} corrigé.</translation>
    </message>
    <message>
      <source>Delete the rate of {currency} from {day} ({value} US$ per unit)? Amounts already recorded at it keep their rate.</source>
      <translation>Supprimer le taux de {currency} à partir du {day} ({value} $É.-U. par unité) ? Les montants déjà enregistrés à ce taux le conservent.</translation>
    </message>
    <message>
      <source>Deleted the rate of {currency} from {day}.</source>
      <translation>Taux de {currency} à partir du {day} supprimé.</translation>
    </message>
    <message>
      <source>Importing exchange rates…</source>
      <translation>Importation des taux de change…</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was written.</source>
      <translation>L'importation a été annulée ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Exchange rates imported</source>
      <translation>Taux de change importés</translation>
    </message>
    <message numerus="yes">
      <source>%n problem(s) must be fixed in the file before it can be imported; nothing was imported.</source>
      <translation>
        <numerusform>%n problème doit être corrigé dans le fichier avant de pouvoir l'importer ; rien n'a été importé.</numerusform>
        <numerusform>%n problèmes doivent être corrigés dans le fichier avant de pouvoir l'importer ; rien n'a été importé.</numerusform>
      </translation>
    </message>
    <message>
      <source>Exchange rates not imported</source>
      <translation>Taux de change non importés</translation>
    </message>
  </context>
  <context>
    <name>RatesModel</name>
    <message>
      <source>Currency</source>
      <translation>Monnaie</translation>
    </message>
    <message>
      <source>Valid from</source>
      <translation>Valable à partir du</translation>
    </message>
    <message>
      <source>US$ per unit</source>
      <translation>$É.-U. par unité</translation>
    </message>
    <message>
      <source>Units per US$</source>
      <translation>Unités par $É.-U.</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>The currency's ISO code</source>
      <translation>Le code ISO de la monnaie</translation>
    </message>
    <message>
      <source>The rate applies from this day until the currency's next rate</source>
      <translation>Le taux s'applique à partir de ce jour jusqu'au taux suivant de la monnaie</translation>
    </message>
    <message>
      <source>The US$ value of one unit of the currency, as amounts are recorded</source>
      <translation>La valeur en $É.-U. d'une unité de la monnaie, telle que les montants sont enregistrés</translation>
    </message>
    <message>
      <source>The units of the currency one US$ buys, as the UN's lists give it</source>
      <translation>Les unités de la monnaie qu'achète un dollar des États-Unis, comme les listes de l'ONU l'indiquent</translation>
    </message>
    <message>
      <source>Where the rate comes from</source>
      <translation>D'où vient le taux</translation>
    </message>
  </context>
  <context>
    <name>ReplanCommand</name>
    <message>
      <source>Recompute Evaluation Plans</source>
      <translation>Recalculer les plans d'évaluation</translation>
    </message>
    <message>
      <source>Check every project's evaluation plan and recompute those made from other dates, budget or rules than the project's now?

Evaluations the rules now require are added, planned ones are rescheduled or marked no longer required; completed, waived and in-progress evaluations are kept. Every change is recorded in the project's history. A large portfolio takes a while; Cancel while it runs changes nothing.</source>
      <translation>Vérifier le plan d'évaluation de chaque projet et recalculer ceux établis à partir d'autres dates, d'un autre budget ou d'autres règles que celles du projet aujourd'hui ?

Les évaluations que les règles exigent désormais sont ajoutées, les évaluations prévues sont reprogrammées ou marquées comme n'étant plus requises ; les évaluations achevées, dispensées et en cours sont conservées. Chaque changement est consigné dans l'historique du projet. Un grand portefeuille prend un certain temps ; Annuler en cours de route ne change rien.</translation>
    </message>
    <message>
      <source>No evaluation plan changed.</source>
      <translation>Aucun plan d'évaluation n'a changé.</translation>
    </message>
    <message numerus="yes">
      <source>{count} evaluation plan(s) changed.</source>
      <translation>
        <numerusform>{count} plan d'évaluation a changé.</numerusform>
        <numerusform>{count} plans d'évaluation ont changé.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checked {done} of {total} project(s)…</source>
      <translation>
        <numerusform>Projets vérifiés : {done} sur {total}…</numerusform>
        <numerusform>Projets vérifiés : {done} sur {total}…</numerusform>
      </translation>
    </message>
    <message>
      <source>Writing the changed plans…</source>
      <translation>Écriture des plans modifiés…</translation>
    </message>
    <message>
      <source>Reading the portfolio…</source>
      <translation>Lecture du portefeuille…</translation>
    </message>
    <message>
      <source>Not re-planned, their rule set is not available: {codes}</source>
      <translation>Non replanifiés, leur ensemble de règles n'est pas disponible : {codes}</translation>
    </message>
    <message>
      <source>Recomputing evaluation plans…</source>
      <translation>Recalcul des plans d'évaluation…</translation>
    </message>
    <message>
      <source>Recomputing evaluation plans was cancelled; nothing was changed</source>
      <translation>Le recalcul des plans d'évaluation a été annulé ; rien n'a été modifié</translation>
    </message>
    <message>
      <source>Recompute &amp;Evaluation Plans…</source>
      <translation>Recalculer les plans d'&amp;évaluation…</translation>
    </message>
    <message>
      <source>Recompute the evaluation plans made from other dates, budget or rules than the project's now (after a rule set changed)</source>
      <translation>Recalculer les plans d'évaluation établis à partir d'autres dates, d'un autre budget ou d'autres règles que celles du projet aujourd'hui (après un changement de règles)</translation>
    </message>
  </context>
  <context>
    <name>RuleSetEditor</name>
    <message>
      <source>Evaluation &amp;Rules…</source>
      <translation>&amp;Règles d'évaluation…</translation>
    </message>
    <message>
      <source>Write and change the rule sets that plan evaluations, with a preview and their impact on the portfolio</source>
      <translation>Rédiger et modifier les jeux de règles qui planifient les évaluations, avec un aperçu et leur impact sur le portefeuille</translation>
    </message>
    <message>
      <source>Import a Rule Set</source>
      <translation>Importer un jeu de règles</translation>
    </message>
    <message>
      <source>Rule sets (*.json);;All files (*)</source>
      <translation>Jeux de règles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Export the Rule Set</source>
      <translation>Exporter le jeu de règles</translation>
    </message>
    <message>
      <source>Rule sets (*.json)</source>
      <translation>Jeux de règles (*.json)</translation>
    </message>
    <message>
      <source>{name} v{version}</source>
      <translation>{name} v{version}</translation>
    </message>
    <message>
      <source>{rule_set}, from {day}</source>
      <translation>{rule_set}, à partir du {day}</translation>
    </message>
    <message>
      <source>does not load: see its problems</source>
      <translation>ne se charge pas : voir ses problèmes</translation>
    </message>
    <message>
      <source>Evaluation Rules</source>
      <translation>Règles d'évaluation</translation>
    </message>
    <message>
      <source>&amp;Rule sets:</source>
      <translation>&amp;Jeux de règles :</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;upliquer</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>Supprim&amp;er</translation>
    </message>
    <message>
      <source>I&amp;mport…</source>
      <translation>I&amp;mporter…</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <source>Click a problem to go to its place</source>
      <translation>Cliquez sur un problème pour aller à son emplacement</translation>
    </message>
    <message>
      <source>Pro&amp;blems:</source>
      <translation>Pro&amp;blèmes :</translation>
    </message>
    <message>
      <source>every project</source>
      <translation>tous les projets</translation>
    </message>
    <message>
      <source>projects that would follow it</source>
      <translation>les projets qui le suivraient</translation>
    </message>
    <message>
      <source>Every project with dates and a budget as if the rule set applied to each, or only those that would follow it once saved (its name's projects and, for a policy in force, projects not yet approved)</source>
      <translation>Tous les projets ayant des dates et un budget, comme si le jeu de règles s'appliquait à chacun, ou seulement ceux qui le suivraient une fois enregistré (les projets qui portent son nom et, pour une politique en vigueur, les projets pas encore approuvés)</translation>
    </message>
    <message>
      <source>Impact &amp;on:</source>
      <translation>Impact &amp;sur :</translation>
    </message>
    <message>
      <source>&amp;Impact…</source>
      <translation>&amp;Impact…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>{name}: {where}. Duplicate it to start a new rule set from it.</source>
      <translation>{name} : {where}. Dupliquez-le pour commencer un nouveau jeu de règles à partir de lui.</translation>
    </message>
    <message>
      <source>A new rule set, not saved yet: Save writes it to your rule sets.</source>
      <translation>Un nouveau jeu de règles, pas encore enregistré : Enregistrer l'écrit dans vos jeux de règles.</translation>
    </message>
    <message>
      <source>{name}: {where}, saved in {file}.</source>
      <translation>{name} : {where}, enregistré dans {file}.</translation>
    </message>
    <message numerus="yes">
      <source>Pro&amp;blems (%n):</source>
      <translation>
        <numerusform>Pro&amp;blème (%n) :</numerusform>
        <numerusform>Pro&amp;blèmes (%n) :</numerusform>
      </translation>
    </message>
    <message>
      <source>Pro&amp;blems: none</source>
      <translation>Pro&amp;blèmes : aucun</translation>
    </message>
    <message>
      <source>The preview waits until the problems are fixed.</source>
      <translation>L'aperçu attend que les problèmes soient corrigés.</translation>
    </message>
    <message>
      <source>Discard the changes to {name}?</source>
      <translation>Abandonner les modifications de {name} ?</translation>
    </message>
    <message>
      <source>A copy named {name}: change what differs, then Save.</source>
      <translation>Une copie nommée {name} : modifiez ce qui diffère, puis Enregistrer.</translation>
    </message>
    <message>
      <source>Its effective date is left empty: give one if it is to become the policy in force.</source>
      <translation>Sa date d'entrée en vigueur est laissée vide : indiquez-en une s'il doit devenir la politique en vigueur.</translation>
    </message>
    <message>
      <source>Delete a Rule Set</source>
      <translation>Supprimer un jeu de règles</translation>
    </message>
    <message>
      <source>Delete {name} from your rule sets ({file})? Projects assigned to it keep their evaluations, but cannot be re-planned until a rule set of that name is available again.</source>
      <translation>Supprimer {name} de vos jeux de règles ({file}) ? Les projets qui lui sont assignés gardent leurs évaluations, mais ne peuvent plus être replanifiés tant qu'un jeu de règles de ce nom n'est pas de nouveau disponible.</translation>
    </message>
    <message>
      <source>{file} could not be deleted ({error}).</source>
      <translation>{file} n'a pas pu être supprimé ({error}).</translation>
    </message>
    <message>
      <source>Deleted {name}.</source>
      <translation>{name} supprimé.</translation>
    </message>
    <message>
      <source>Rule set not imported</source>
      <translation>Jeu de règles non importé</translation>
    </message>
    <message numerus="yes">
      <source>Imported {file}: %n problem(s) to fix before it can be saved.</source>
      <translation>
        <numerusform>{file} importé : %n problème à corriger avant de pouvoir l'enregistrer.</numerusform>
        <numerusform>{file} importé : %n problèmes à corriger avant de pouvoir l'enregistrer.</numerusform>
      </translation>
    </message>
    <message>
      <source>Rule set imported</source>
      <translation>Jeu de règles importé</translation>
    </message>
    <message>
      <source>Imported {file}: check it, then Save.</source>
      <translation>{file} importé : vérifiez-le, puis Enregistrer.</translation>
    </message>
    <message>
      <source>Exported {file}.</source>
      <translation>{file} exporté.</translation>
    </message>
    <message>
      <source>{file} could not be written ({error}).</source>
      <translation>{file} n'a pas pu être écrit ({error}).</translation>
    </message>
    <message>
      <source>Save the Rule Set</source>
      <translation>Enregistrer le jeu de règles</translation>
    </message>
    <message>
      <source>Your rule sets already have {name}. Replace it?</source>
      <translation>Vos jeux de règles contiennent déjà {name}. Le remplacer ?</translation>
    </message>
    <message>
      <source>Saved {name} in {file}. Projects following it are re-planned by Tools &gt; Recompute Evaluation Plans.</source>
      <translation>{name} enregistré dans {file}. Les projets qui le suivent sont replanifiés par Outils &gt; Recalculer les plans d'évaluation.</translation>
    </message>
    <message>
      <source>The impact was cancelled.</source>
      <translation>Le calcul de l'impact a été annulé.</translation>
    </message>
    <message>
      <source>on the end date</source>
      <translation>à la date de fin</translation>
    </message>
    <message>
      <source>at the midpoint</source>
      <translation>à mi-parcours</translation>
    </message>
    <message>
      <source>on each anniversary</source>
      <translation>à chaque anniversaire</translation>
    </message>
    <message>
      <source>months after the start</source>
      <translation>mois après le début</translation>
    </message>
    <message>
      <source>months before the end</source>
      <translation>mois avant la fin</translation>
    </message>
    <message>
      <source>always</source>
      <translation>toujours</translation>
    </message>
    <message>
      <source>if a mid-term review is agreed</source>
      <translation>si une revue à mi-parcours est convenue</translation>
    </message>
    <message>
      <source>keep the band's</source>
      <translation>garder celles de la tranche</translation>
    </message>
    <message>
      <source>replace the band's</source>
      <translation>remplacer celles de la tranche</translation>
    </message>
    <message>
      <source>From</source>
      <translation>À partir de</translation>
    </message>
    <message>
      <source>Over</source>
      <translation>Plus de</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Jusqu'à</translation>
    </message>
    <message>
      <source>Below</source>
      <translation>Moins de</translation>
    </message>
    <message>
      <source>At least this many {unit} (the bound itself included)</source>
      <translation>Au moins autant de {unit} (la borne comprise)</translation>
    </message>
    <message>
      <source>More than this many {unit}</source>
      <translation>Plus que ce nombre de {unit}</translation>
    </message>
    <message>
      <source>At most this many {unit} (the bound itself included)</source>
      <translation>Au plus autant de {unit} (la borne comprise)</translation>
    </message>
    <message>
      <source>Less than this many {unit}</source>
      <translation>Moins que ce nombre de {unit}</translation>
    </message>
    <message>
      <source>&amp;Add {noun}</source>
      <translation>&amp;Ajouter : {noun}</translation>
    </message>
    <message>
      <source>Remo&amp;ve</source>
      <translation>Reti&amp;rer</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Do&amp;wn</source>
      <translation>Desc&amp;endre</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <source>Evaluations the selected {noun} requires</source>
      <translation>Évaluations requises par l'élément sélectionné ({noun})</translation>
    </message>
    <message>
      <source>Add e&amp;valuation</source>
      <translation>Ajouter une é&amp;valuation</translation>
    </message>
    <message>
      <source>Remove evaluation</source>
      <translation>Retirer l'évaluation</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Conditions</translation>
    </message>
    <message>
      <source>Nothing checked: whatever the funding. A project without funding lines meets no condition.</source>
      <translation>Rien de coché : quel que soit le financement. Un projet sans ligne de financement ne remplit aucune condition.</translation>
    </message>
    <message>
      <source>Only when every funding line is…</source>
      <translation>Seulement quand chaque ligne de financement est…</translation>
    </message>
    <message>
      <source>of the &amp;modalities</source>
      <translation>d'une des &amp;modalités</translation>
    </message>
    <message>
      <source>from partners of the &amp;categories</source>
      <translation>de partenaires des &amp;catégories</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>tracker's kinds and those this rule set names (Kinds tab)</source>
      <translation>les types de tracker et ceux que ce jeu de règles nomme (onglet Types)</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>Mois</translation>
    </message>
    <message>
      <source>For a timing in months after the start or before the end: how many</source>
      <translation>Pour une échéance en mois après le début ou avant la fin : combien</translation>
    </message>
    <message>
      <source>Only if</source>
      <translation>Seulement si</translation>
    </message>
    <message>
      <source>Independent</source>
      <translation>Indépendante</translation>
    </message>
    <message>
      <source>This evaluation must be independent</source>
      <translation>Cette évaluation doit être indépendante</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>How the reason reads: "is", "is within"</source>
      <translation>Comment se lit le motif : « est », « est compris entre »</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>e.g. "under 18 months": the plan's reason quotes it</source>
      <translation>p. ex. « moins de 18 mois » : le motif du plan le cite</translation>
    </message>
    <message>
      <source>months</source>
      <translation>mois</translation>
    </message>
    <message>
      <source>Requires</source>
      <translation>Exige</translation>
    </message>
    <message>
      <source>What the band requires, in words: the plan's reason quotes it</source>
      <translation>Ce qu'exige la tranche, en mots : le motif du plan le cite</translation>
    </message>
    <message>
      <source>is</source>
      <translation>est</translation>
    </message>
    <message>
      <source>band</source>
      <translation>tranche</translation>
    </message>
    <message>
      <source>e.g. "over US$5,000,000": the plan's reason quotes it</source>
      <translation>p. ex. « plus de 5 000 000 $ É.-U. » : le motif du plan le cite</translation>
    </message>
    <message>
      <source>Band's evaluations</source>
      <translation>Évaluations de la tranche</translation>
    </message>
    <message>
      <source>Keep the duration band's evaluations (the tier's of the same kind take their place), or replace them</source>
      <translation>Garder les évaluations de la tranche de durée (celles du palier de même type prennent leur place) ou les remplacer</translation>
    </message>
    <message>
      <source>tier</source>
      <translation>palier</translation>
    </message>
    <message>
      <source>Lower-case letters, digits and hyphens, e.g. learning-review</source>
      <translation>Lettres minuscules, chiffres et traits d'union, p. ex. learning-review</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <source>French label</source>
      <translation>Libellé en français</translation>
    </message>
    <message>
      <source>Spanish label</source>
      <translation>Libellé en espagnol</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>type</translation>
    </message>
    <message>
      <source>e.g. "environmental and social screening"</source>
      <translation>p. ex. « examen environnemental et social »</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Why, in words: the Approve guard quotes it</source>
      <translation>Pourquoi, en mots : la garde de l'approbation le cite</translation>
    </message>
    <message>
      <source>Result choices</source>
      <translation>Résultats possibles</translation>
    </message>
    <message>
      <source>The results a record may give, separated by commas; empty: any</source>
      <translation>Les résultats qu'un enregistrement peut donner, séparés par des virgules ; vide : n'importe lequel</translation>
    </message>
    <message>
      <source>French reason</source>
      <translation>Raison en français</translation>
    </message>
    <message>
      <source>Spanish reason</source>
      <translation>Raison en espagnol</translation>
    </message>
    <message>
      <source>requirement</source>
      <translation>exigence</translation>
    </message>
    <message>
      <source>&amp;Duration bands</source>
      <translation>&amp;Tranches de durée</translation>
    </message>
    <message>
      <source>Budget &amp;tiers</source>
      <translation>&amp;Paliers budgétaires</translation>
    </message>
    <message>
      <source>&amp;Kinds</source>
      <translation>T&amp;ypes</translation>
    </message>
    <message>
      <source>A&amp;ppraisal requirements</source>
      <translation>E&amp;xigences d'évaluation préalable</translation>
    </message>
    <message>
      <source>Lower-case letters, digits, dots and hyphens: the file is named after it</source>
      <translation>Lettres minuscules, chiffres, points et traits d'union : le fichier porte ce nom</translation>
    </message>
    <message>
      <source>The policy text the rule set follows, cited</source>
      <translation>Le texte de la politique que suit le jeu de règles, cité</translation>
    </message>
    <message>
      <source>YYYY-MM-DD; empty: used only where assigned</source>
      <translation>AAAA-MM-JJ ; vide : utilisé seulement là où il est assigné</translation>
    </message>
    <message>
      <source>From this day the rule set is the organisation's policy: projects approved from then on follow it unless another rule set is assigned to them</source>
      <translation>À partir de ce jour, le jeu de règles est la politique de l'organisation : les projets approuvés dès lors le suivent, sauf si un autre jeu de règles leur est assigné</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Version:</source>
      <translation>&amp;Version :</translation>
    </message>
    <message>
      <source>T&amp;itle:</source>
      <translation>T&amp;itre :</translation>
    </message>
    <message>
      <source>&amp;Source:</source>
      <translation>&amp;Source :</translation>
    </message>
    <message>
      <source>&amp;Effective from:</source>
      <translation>En &amp;vigueur à partir du :</translation>
    </message>
    <message>
      <source>&amp;Duration method:</source>
      <translation>Méthode de calcul de la &amp;durée :</translation>
    </message>
    <message>
      <source>&amp;General</source>
      <translation>&amp;Général</translation>
    </message>
    <message>
      <source>effective from</source>
      <translation>en vigueur à partir du</translation>
    </message>
    <message>
      <source>your rule sets</source>
      <translation>vos jeux de règles</translation>
    </message>
    <message>
      <source>organisation folder (read-only)</source>
      <translation>dossier de l'organisation (lecture seule)</translation>
    </message>
    <message>
      <source>ships with tracker (read-only)</source>
      <translation>livré avec tracker (lecture seule)</translation>
    </message>
    <message>
      <source>{file} cannot be read ({error})</source>
      <translation>{file} ne peut pas être lu ({error})</translation>
    </message>
    <message>
      <source>{file} does not hold a rule set (a JSON object with named fields)</source>
      <translation>{file} ne contient pas de jeu de règles (un objet JSON à champs nommés)</translation>
    </message>
    <message>
      <source>the rule set</source>
      <translation>le jeu de règles</translation>
    </message>
    <message>
      <source>{name} ships with tracker or comes from your organisation's folder and cannot be changed here: duplicate it under a new name.</source>
      <translation>{name} est livré avec tracker ou vient du dossier de votre organisation et ne peut pas être modifié ici : dupliquez-le sous un nouveau nom.</translation>
    </message>
    <message>
      <source>New rule set</source>
      <translation>Nouveau jeu de règles</translation>
    </message>
    <message>
      <source>any duration</source>
      <translation>toute durée</translation>
    </message>
    <message>
      <source>a final evaluation on completion</source>
      <translation>une évaluation finale à l'achèvement</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>{kind} {number}</source>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <source>Preview on a sample project</source>
      <translation>Aperçu sur un projet exemple</translation>
    </message>
    <message>
      <source>The budget in US$</source>
      <translation>Le budget en $ É.-U.</translation>
    </message>
    <message>
      <source>(no funding line)</source>
      <translation>(aucune ligne de financement)</translation>
    </message>
    <message>
      <source>(no partner)</source>
      <translation>(aucun partenaire)</translation>
    </message>
    <message>
      <source>Mid-term re&amp;view agreed</source>
      <translation>Revue à mi-parcours &amp;convenue</translation>
    </message>
    <message>
      <source>St&amp;art:</source>
      <translation>Dé&amp;but :</translation>
    </message>
    <message>
      <source>&amp;End:</source>
      <translation>Fi&amp;n :</translation>
    </message>
    <message>
      <source>Bud&amp;get (US$):</source>
      <translation>Bud&amp;get ($ É.-U.) :</translation>
    </message>
    <message>
      <source>&amp;Funding modality:</source>
      <translation>Modalité de &amp;financement :</translation>
    </message>
    <message>
      <source>Partner categor&amp;y:</source>
      <translation>Catégor&amp;ie du partenaire :</translation>
    </message>
    <message>
      <source>start</source>
      <translation>début</translation>
    </message>
    <message>
      <source>end</source>
      <translation>fin</translation>
    </message>
    <message>
      <source>The end is before the start.</source>
      <translation>La fin est avant le début.</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>budget</translation>
    </message>
    <message>
      <source>The budget must be above zero.</source>
      <translation>Le budget doit être supérieur à zéro.</translation>
    </message>
    <message>
      <source>Band {band}: {reason}</source>
      <translation>Tranche {band} : {reason}</translation>
    </message>
    <message>
      <source>Tier {tier}: {reason}</source>
      <translation>Palier {tier} : {reason}</translation>
    </message>
    <message>
      <source>No budget tier applies.</source>
      <translation>Aucun palier budgétaire ne s'applique.</translation>
    </message>
  </context>
  <context>
    <name>RuleSetImpact</name>
    <message>
      <source>Save the Impact as a Workbook</source>
      <translation>Enregistrer l'impact comme classeur</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
      <source>Checked {done} of {total} project(s)…</source>
      <translation>
        <numerusform>{done} projet vérifié sur {total}…</numerusform>
        <numerusform>{done} projets vérifiés sur {total}…</numerusform>
      </translation>
    </message>
    <message>
      <source>Reading the portfolio…</source>
      <translation>Lecture du portefeuille…</translation>
    </message>
    <message>
      <source>Working out the impact of {rule_set}…</source>
      <translation>Calcul de l'impact de {rule_set}…</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>Due now</source>
      <translation>Échéance actuelle</translation>
    </message>
    <message>
      <source>Would be due</source>
      <translation>Échéance prévue</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with an evaluation more</source>
      <translation>
        <numerusform>%n projet avec une évaluation de plus</numerusform>
        <numerusform>%n projets avec une évaluation de plus</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with an evaluation fewer</source>
      <translation>
        <numerusform>%n projet avec une évaluation de moins</numerusform>
        <numerusform>%n projets avec une évaluation de moins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with an evaluation moved</source>
      <translation>
        <numerusform>%n projet avec une évaluation déplacée</numerusform>
        <numerusform>%n projets avec une évaluation déplacée</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) with the independence requirement changed</source>
      <translation>
        <numerusform>%n projet dont l'exigence d'indépendance change</numerusform>
        <numerusform>%n projets dont l'exigence d'indépendance change</numerusform>
      </translation>
    </message>
    <message>
      <source>{summary} — {parts}. Nothing was saved.</source>
      <translation>{summary} — {parts}. Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Impact of {rule_set}</source>
      <translation>Impact de {rule_set}</translation>
    </message>
    <message>
      <source>&amp;Save Workbook…</source>
      <translation>&amp;Enregistrer le classeur…</translation>
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation>Écriture du classeur…</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>{file} enregistré.</translation>
    </message>
    <message>
      <source>Workbook not saved</source>
      <translation>Classeur non enregistré</translation>
    </message>
  </context>
  <context>
    <name>ServerDialog</name>
    <message>
      <source>Open Server Database</source>
      <translation>Ouvrir une base de données sur un serveur</translation>
    </message>
    <message>
      <source>empty: from ~/.pgpass or PGPASSWORD</source>
      <translation>vide : depuis ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <source>A database shared on a PostgreSQL server, e.g. {example}</source>
      <translation>Une base de données partagée sur un serveur PostgreSQL, p. ex. {example}</translation>
    </message>
    <message>
      <source>The address starts with postgresql:// and ends with the database name, e.g. {example}</source>
      <translation>L'adresse commence par postgresql:// et se termine par le nom de la base de données, p. ex. {example}</translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <source>&amp;User Guide</source>
      <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
      <source>The user guide: the day's work step by step, the evaluation rules, the shortcuts</source>
      <translation>Le guide de l'utilisateur : le travail de la journée pas à pas, les règles d'évaluation, les raccourcis</translation>
    </message>
    <message>
      <source>tracker User Guide</source>
      <translation>Guide de l'utilisateur de tracker</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <source>Find &amp;Next</source>
      <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
      <source>Find Pre&amp;vious</source>
      <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <source>&amp;Guide</source>
      <translation>&amp;Guide</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;ide</translation>
    </message>
  </context>
</TS>
