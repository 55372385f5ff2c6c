<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>Argparse</name>
    <message>
      <source>usage: </source>
      <translation>utilisation : </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>arguments positionnels</translation>
    </message>
    <message>
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>afficher ce message d'aide et quitter</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>sous-commande %(parser_name)r inconnue (choix : %(choices)s)</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>non autorisé avec l'argument %s</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>l'un des arguments %s est obligatoire</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>un argument attendu</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>au plus un argument attendu</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>au moins un argument attendu</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>%s argument attendu</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>%s arguments attendus</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
      <source>unexpected option string: %s</source>
      <translation>option inattendue : %s</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
  </context>
  <context>
    <name>CliArguments</name>
    <message>
      <source>{what} '{text}' must be greater than zero</source>
      <translation>{what} « {text} » doit être supérieur à zéro</translation>
    </message>
    <message>
      <source>{what} '{text}' cannot be negative</source>
      <translation>{what} « {text} » ne peut pas être négatif</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>montant</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>budget</translation>
    </message>
    <message>
      <source>US$ rate</source>
      <translation>taux ($É.-U.)</translation>
    </message>
    <message>
      <source>'{text}' is not an ISO 4217 currency code</source>
      <translation>« {text} » n'est pas un code de monnaie ISO 4217</translation>
    </message>
    <message>
      <source>'{text}' is not a year such as 2004</source>
      <translation>« {text} » n'est pas une année, comme 2004</translation>
    </message>
    <message>
      <source>'{text}' is not CUR=RATE, e.g. EUR={rate}</source>
      <translation>« {text} » n'est pas de la forme MONNAIE=TAUX, par exemple EUR={rate}</translation>
    </message>
    <message>
      <source>US$ rate of {code}</source>
      <translation>taux ($É.-U.) de {code}</translation>
    </message>
  </context>
  <context>
    <name>CliCheck</name>
    <message>
      <source>expenditure to date (US$)</source>
      <translation>dépenses à ce jour (US$)</translation>
    </message>
    <message>
      <source>funding (US$)</source>
      <translation>financement (US$)</translation>
    </message>
    <message>
      <source>funding partners and modalities</source>
      <translation>partenaires et modalités de financement</translation>
    </message>
    <message>
      <source>countries</source>
      <translation>pays</translation>
    </message>
    <message>
      <source>open evaluations</source>
      <translation>évaluations ouvertes</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <source>the database file: {problem}</source>
      <translation>le fichier de la base de données : {problem}</translation>
    </message>
    <message>
      <source>{project}: {column} kept as {stored}, the detail gives {detail}</source>
      <translation>{project} : {column} conservé à {stored}, le détail donne {detail}</translation>
    </message>
    <message numerus="yes">
      <source>the totals of %n project(s) were stored again from the detail</source>
      <translation>
        <numerusform>les totaux de %n projet ont été enregistrés à nouveau à partir du détail</numerusform>
        <numerusform>les totaux de %n projets ont été enregistrés à nouveau à partir du détail</numerusform>
      </translation>
    </message>
    <message>
      <source>{project}: its rule set {rule_set} is not on this computer, so its plan cannot be checked; install the file (Tools &gt; Evaluation Rules &gt; Import)</source>
      <translation>{project} : son jeu de règles {rule_set} n'est pas sur cet ordinateur, son plan ne peut donc pas être vérifié ; installez le fichier (Outils &gt; Règles d'évaluation &gt; Importer)</translation>
    </message>
    <message>
      <source>{project}: its evaluation plan was computed from other dates, budget or rules</source>
      <translation>{project} : son plan d'évaluation a été calculé à partir d'autres dates, d'un autre budget ou d'autres règles</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more project(s) whose plan is out of date</source>
      <translation>
        <numerusform>… et %n autre projet dont le plan n'est plus à jour</numerusform>
        <numerusform>… et %n autres projets dont le plan n'est plus à jour</numerusform>
      </translation>
    </message>
    <message>
      <source>{project}: not yet approved, it follows {rule_set}; the policy in force is {policy}</source>
      <translation>{project} : pas encore approuvé, il suit {rule_set} ; la politique en vigueur est {policy}</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more project(s) behind the policy in force</source>
      <translation>
        <numerusform>… et %n autre projet en retard sur la politique en vigueur</numerusform>
        <numerusform>… et %n autres projets en retard sur la politique en vigueur</numerusform>
      </translation>
    </message>
    <message>
      <source>run 'tracker replan' to plan them again</source>
      <translation>lancez « tracker replan » pour les planifier à nouveau</translation>
    </message>
    <message>
      <source>everything checked agrees: the list's totals equal the detail of every project, and every evaluation plan is current</source>
      <translation>tout ce qui a été vérifié concorde : les totaux de la liste égalent le détail de chaque projet, et chaque plan d'évaluation est à jour</translation>
    </message>
  </context>
  <context>
    <name>CliClusters</name>
    <message>
      <source>no cluster evaluations yet: tracker clusters create CODE --theme|--partner|--country VALUE PROJECT... makes one</source>
      <translation>aucune évaluation groupée pour l'instant : tracker clusters create CODE --theme|--partner|--country VALEUR PROJET... en crée une</translation>
    </message>
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
      <source>{code}: {title}</source>
      <translation>{code} : {title}</translation>
    </message>
    <message>
      <source>{kind} of the projects sharing the {basis}</source>
      <translation>{kind} des projets ayant en commun le {basis}</translation>
    </message>
    <message>
      <source>no projects yet: tracker clusters add {code} PROJECT... adds them</source>
      <translation>aucun projet pour l'instant : tracker clusters add {code} PROJET... les ajoute</translation>
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
      <source>Completed</source>
      <translation>Achevée</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>Évaluateur</translation>
    </message>
    <message>
      <source>give the new code (--code) or the new title (--title) of cluster {code}</source>
      <translation>donnez le nouveau code (--code) ou le nouveau titre (--title) du groupe {code}</translation>
    </message>
    <message>
      <source>cluster {code} has that code and title already; nothing changed</source>
      <translation>le groupe {code} a déjà ce code et ce titre ; rien n'a changé</translation>
    </message>
    <message>
      <source>cluster {code} corrected</source>
      <translation>groupe {code} corrigé</translation>
    </message>
    <message numerus="yes">
      <source>this would delete cluster {code}; its %n project(s) would leave it, each keeping its evaluation as its own ({projects}); add --yes to delete it</source>
      <translation>
        <numerusform>cela supprimerait le groupe {code} ; son %n projet le quitterait en gardant son évaluation comme la sienne propre ({projects}) ; ajoutez --yes pour le supprimer</numerusform>
        <numerusform>cela supprimerait le groupe {code} ; ses %n projets le quitteraient, chacun gardant son évaluation comme la sienne propre ({projects}) ; ajoutez --yes pour le supprimer</numerusform>
      </translation>
    </message>
    <message>
      <source>this would delete cluster {code}, which covers no project; add --yes to delete it</source>
      <translation>cela supprimerait le groupe {code}, qui ne couvre aucun projet ; ajoutez --yes pour le supprimer</translation>
    </message>
    <message>
      <source>deleted cluster {code}</source>
      <translation>groupe {code} supprimé</translation>
    </message>
    <message numerus="yes">
      <source>cluster {code} created: {kind} of the projects sharing the {basis}, %n project(s)</source>
      <translation>
        <numerusform>groupe {code} créé : {kind} des projets ayant en commun le {basis}, %n projet</numerusform>
        <numerusform>groupe {code} créé : {kind} des projets ayant en commun le {basis}, %n projets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code}: %n project(s) added</source>
      <translation>
        <numerusform>groupe {code} : %n projet ajouté</numerusform>
        <numerusform>groupe {code} : %n projets ajoutés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code}: %n project(s) removed</source>
      <translation>
        <numerusform>groupe {code} : %n projet retiré</numerusform>
        <numerusform>groupe {code} : %n projets retirés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>cluster {code} completed on {on} by {evaluator} ({independence}) for %n project(s): {projects}</source>
      <translation>
        <numerusform>groupe {code} achevé le {on} par {evaluator} ({independence}) pour %n projet : {projects}</numerusform>
        <numerusform>groupe {code} achevé le {on} par {evaluator} ({independence}) pour %n projets : {projects}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliDatabase</name>
    <message>
      <source>the backup</source>
      <translation>la sauvegarde</translation>
    </message>
    <message>
      <source>backed up {database} to {file}</source>
      <translation>{database} sauvegardée dans {file}</translation>
    </message>
    <message>
      <source>(read-only: this account may not change projects, so nothing can be saved)</source>
      <translation>(lecture seule : ce compte ne peut pas modifier les projets, rien ne peut donc être enregistré)</translation>
    </message>
    <message>
      <source>(read-only: {reason}, so nothing can be saved)</source>
      <translation>(lecture seule : {reason}, rien ne peut donc être enregistré)</translation>
    </message>
    <message>
      <source>({reason}, so nothing can be saved)</source>
      <translation>({reason}, rien ne peut donc être enregistré)</translation>
    </message>
    <message>
      <source>database: {database}{note}</source>
      <translation>base de données : {database}{note}</translation>
    </message>
    <message>
      <source>engine: {engine}</source>
      <translation>moteur : {engine}</translation>
    </message>
    <message>
      <source>schema version: {version}</source>
      <translation>version du schéma : {version}</translation>
    </message>
    <message>
      <source>projects: {projects}, partners: {partners}, evaluations: {evaluations}, expenditure lines: {expenditures}</source>
      <translation>projets : {projects}, partenaires : {partners}, évaluations : {evaluations}, lignes de dépenses : {expenditures}</translation>
    </message>
    <message>
      <source>the file cannot be written</source>
      <translation>le fichier n'est pas accessible en écriture</translation>
    </message>
    <message>
      <source>its folder cannot be written</source>
      <translation>son dossier n'est pas accessible en écriture</translation>
    </message>
    <message>
      <source>opened read-only</source>
      <translation>ouverte en lecture seule</translation>
    </message>
    <message>
      <source>{name}: cannot be used: {problem}</source>
      <translation>{name} : inutilisable : {problem}</translation>
    </message>
    <message>
      <source>policy in force since {date}</source>
      <translation>politique en vigueur depuis le {date}</translation>
    </message>
    <message>
      <source>policy from {date}</source>
      <translation>politique à partir du {date}</translation>
    </message>
    <message>
      <source>applies to the projects it is assigned to</source>
      <translation>s'applique aux projets auxquels il est attribué</translation>
    </message>
    <message>
      <source>band {band}: {description}: {requires}</source>
      <translation>tranche {band} : {description} : {requires}</translation>
    </message>
    <message>
      <source>budget over {amount}: {description}</source>
      <translation>budget supérieur à {amount} : {description}</translation>
    </message>
    <message>
      <source>tier {tier}: budget {description}: {requires}</source>
      <translation>catégorie {tier} : budget {description} : {requires}</translation>
    </message>
    <message>
      <source>before approval: {label} ({reason})</source>
      <translation>avant l'approbation : {label} ({reason})</translation>
    </message>
    <message>
      <source>When (UTC)</source>
      <translation>Quand (UTC)</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Old</source>
      <translation>Avant</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Après</translation>
    </message>
  </context>
  <context>
    <name>CliDocuments</name>
    <message>
      <source>'{text}' is not an IATI document category; a project's are: {categories}</source>
      <translation>'{text}' n'est pas une catégorie de document IITA ; celles d'un projet sont : {categories}</translation>
    </message>
    <message>
      <source>'{text}' is not a language code of two letters (ISO 639-1), such as en, fr or es</source>
      <translation>'{text}' n'est pas un code de langue de deux lettres (ISO 639-1), tel que en, fr ou es</translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} Ko</translation>
    </message>
    <message>
      <source>project {code} has no documents</source>
      <translation>le projet {code} n'a aucun document</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Adresse web</translation>
    </message>
    <message>
      <source>give the document's file (--file) or its web address (--url), or both</source>
      <translation>donnez le fichier du document (--file) ou son adresse web (--url), ou les deux</translation>
    </message>
    <message>
      <source>added document {document} to {evaluation} of project {code}</source>
      <translation>document {document} ajouté à {evaluation} du projet {code}</translation>
    </message>
    <message>
      <source>added document {document} to project {code}</source>
      <translation>document {document} ajouté au projet {code}</translation>
    </message>
    <message>
      <source>project {code} has {count} documents titled '{title}'; name one by its UUID: {uuids}</source>
      <translation>le projet {code} a {count} documents intitulés '{title}' ; désignez-en un par son UUID : {uuids}</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>aucun pour l'instant</translation>
    </message>
    <message>
      <source>project {code} has no document '{which}'; its documents: {known}</source>
      <translation>le projet {code} n'a pas de document '{which}' ; ses documents : {known}</translation>
    </message>
    <message>
      <source>; it is published at {url}</source>
      <translation> ; il est publié à l'adresse {url}</translation>
    </message>
    <message>
      <source>document “{title}” has no attached file{where}</source>
      <translation>le document « {title} » n'a pas de fichier joint{where}</translation>
    </message>
    <message>
      <source>the document's file</source>
      <translation>le fichier du document</translation>
    </message>
    <message>
      <source>wrote {file} ({size}), the file of document “{title}”</source>
      <translation>{file} écrit ({size}), le fichier du document « {title} »</translation>
    </message>
    <message>
      <source>removed document “{title}” from project {code}</source>
      <translation>document « {title} » retiré du projet {code}</translation>
    </message>
  </context>
  <context>
    <name>CliEvaluation</name>
    <message>
      <source>'{text}' is not CRITERION=RATING, e.g. relevance=4</source>
      <translation>« {text} » n'est pas de la forme CRITÈRE=NOTE, par exemple relevance=4</translation>
    </message>
    <message>
      <source>'{value}' is not a rating: use a whole number from 1 to 6</source>
      <translation>« {value} » n'est pas une note : indiquez un nombre entier de 1 à 6</translation>
    </message>
    <message>
      <source>{code} has no evaluations yet (the rules plan them once the planned start, end and budget are set)</source>
      <translation>{code} n'a pas encore d'évaluations (les règles les planifient dès que le début, la fin prévus et le budget sont saisis)</translation>
    </message>
    <message>
      <source>(must be independent)</source>
      <translation>(doit être indépendante)</translation>
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
      <translation>Statut</translation>
    </message>
    <message>
      <source>Mandatory</source>
      <translation>Obligatoire</translation>
    </message>
    <message>
      <source>Independence</source>
      <translation>Indépendance</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Achèvement</translation>
    </message>
    <message>
      <source>Evaluator / waiver</source>
      <translation>Évaluateur / dérogation</translation>
    </message>
    <message>
      <source>plan: {change}</source>
      <translation>plan : {change}</translation>
    </message>
    <message>
      <source>--rating gives {criterion} twice ({first} and {second}); give each criterion once</source>
      <translation>--rating donne {criterion} deux fois ({first} et {second}) ; indiquez chaque critère une seule fois</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} added (optional, {independence}; named '{reference}')</source>
      <translation>{code} : {evaluation} (échéance {due}) : ajout à titre facultatif ({independence} ; nom : « {reference} »)</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} is in progress</source>
      <translation>{code} : {evaluation} (échéance {due}) : en cours</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} completed on {on} by {evaluator} ({independence})</source>
      <translation>{code} : {evaluation} (échéance {due}) : réalisation achevée le {on} par {evaluator} ({independence})</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} waived: {reason}</source>
      <translation>{code} : {evaluation} (échéance {due}) : dérogation accordée : {reason}</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} is planned again (waiver withdrawn)</source>
      <translation>{code} : {evaluation} (échéance {due}) : de nouveau au programme (dérogation retirée)</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} planned as {independence}</source>
      <translation>{code} : {evaluation} (échéance {due}) : forme prévue : {independence}</translation>
    </message>
    <message>
      <source>{code}: {evaluation} due {due} must be independent (planned as {independence})</source>
      <translation>{code} : {evaluation} (échéance {due}) : doit être indépendante (forme prévue : {independence})</translation>
    </message>
  </context>
  <context>
    <name>CliExchange</name>
    <message>
      <source>the import template</source>
      <translation>le modèle d'importation</translation>
    </message>
    <message numerus="yes">
      <source>{count} demo project(s) ({codes}) left out: the file holds real projects only; `tracker demo --remove` removes them from the database</source>
      <translation>
        <numerusform>{count} projet de démonstration ({codes}) omis : le fichier ne contient que de vrais projets ; `tracker demo --remove` le supprime de la base de données</numerusform>
        <numerusform>{count} projets de démonstration ({codes}) omis : le fichier ne contient que de vrais projets ; `tracker demo --remove` les supprime de la base de données</numerusform>
      </translation>
    </message>
    <message>
      <source>skipped: {item}</source>
      <translation>ignoré : {item}</translation>
    </message>
    <message>
      <source>refused: {item}</source>
      <translation>refusé : {item}</translation>
    </message>
    <message>
      <source>give the file to write (-o FILE.xml), or --check to list what the file would lack</source>
      <translation>indiquez le fichier à écrire (-o FICHIER.xml), ou --check pour lister ce qui manquerait au fichier</translation>
    </message>
    <message>
      <source>the IATI file</source>
      <translation>le fichier IITA</translation>
    </message>
    <message>
      <source>the package</source>
      <translation>le paquet</translation>
    </message>
    <message>
      <source>conflict: {item}</source>
      <translation>conflit : {item}</translation>
    </message>
    <message>
      <source>say which version to keep: --keep mine or --keep theirs</source>
      <translation>indiquez la version à conserver : --keep mine (la vôtre) ou --keep theirs (la leur)</translation>
    </message>
    <message>
      <source>conflict {id} ({label}) resolved: kept mine</source>
      <translation>conflit {id} ({label}) résolu : votre version est conservée</translation>
    </message>
    <message>
      <source>conflict {id} ({label}) resolved: kept theirs</source>
      <translation>conflit {id} ({label}) résolu : leur version est conservée</translation>
    </message>
    <message>
      <source>no conflicts to resolve</source>
      <translation>aucun conflit à résoudre</translation>
    </message>
    <message>
      <source>{id}: {kind} {label} (from {source}, {detected})</source>
      <translation>{id} : {kind} {label} (de {source}, {detected})</translation>
    </message>
    <message>
      <source>{field}: mine {mine}, theirs {theirs}</source>
      <translation>{field} : la vôtre {mine}, la leur {theirs}</translation>
    </message>
  </context>
  <context>
    <name>CliHelp</name>
    <message>
      <source>replace the file if it exists (without it, an existing file is refused and left as it is)</source>
      <translation>remplacer le fichier s'il existe (sans cette option, un fichier existant est refusé et laissé tel quel)</translation>
    </message>
    <message>
      <source>database file, or a shared database on a server: postgresql://user@host:port/dbname (default: $TRACKER_DB, else tracker.sqlite3 in your data folder)</source>
      <translation>fichier de base de données, ou base partagée sur un serveur : postgresql://user@host:port/dbname (par défaut : $TRACKER_DB, sinon tracker.sqlite3 dans votre dossier de données)</translation>
    </message>
    <message>
      <source>Portfolio tracker for development-cooperation projects.</source>
      <translation>Suivi du portefeuille des projets de coopération pour le développement.</translation>
    </message>
    <message>
      <source>show the version and exit</source>
      <translation>afficher la version et quitter</translation>
    </message>
    <message>
      <source>the language of tracker's messages: en (English), fr (French) or es (Spanish); numbers are read and written as in that language (default: the system's language, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
      <translation>la langue des messages de tracker : en (anglais), fr (français) ou es (espagnol) ; les nombres sont lus et écrits comme dans cette langue (par défaut : la langue du système, d'après LANGUAGE, LC_ALL, LC_MESSAGES ou LANG)</translation>
    </message>
    <message>
      <source>print JSON</source>
      <translation>afficher en JSON</translation>
    </message>
    <message>
      <source>list projects</source>
      <translation>lister les projets</translation>
    </message>
    <message>
      <source>only projects in this stage (e.g. implementation)</source>
      <translation>seulement les projets à cette étape (par exemple implementation)</translation>
    </message>
    <message>
      <source>only projects this partner funds</source>
      <translation>seulement les projets que ce partenaire finance</translation>
    </message>
    <message>
      <source>date for overdue flags (default today)</source>
      <translation>date de référence des retards (par défaut : aujourd'hui)</translation>
    </message>
    <message>
      <source>only archived projects</source>
      <translation>seulement les projets archivés</translation>
    </message>
    <message>
      <source>archived projects too (left out by default)</source>
      <translation>y compris les projets archivés (omis par défaut)</translation>
    </message>
    <message>
      <source>the evaluations the rules require, with reasons</source>
      <translation>les évaluations que les règles exigent, avec leurs motifs</translation>
    </message>
    <message>
      <source>plan a stored project (instead of --start/--end/--budget)</source>
      <translation>planifier un projet enregistré (au lieu de --start/--end/--budget)</translation>
    </message>
    <message>
      <source>planned start</source>
      <translation>début prévu</translation>
    </message>
    <message>
      <source>planned end, the project's last day</source>
      <translation>fin prévue, le dernier jour du projet</translation>
    </message>
    <message>
      <source>approved budget in --currency, written as in your language (e.g. {example})</source>
      <translation>budget approuvé dans la monnaie --currency, écrit comme dans votre langue (par exemple {example})</translation>
    </message>
    <message>
      <source>budget currency (default USD)</source>
      <translation>monnaie du budget (par défaut : USD)</translation>
    </message>
    <message>
      <source>US$ value of one unit of the currency, e.g. {example} for EUR</source>
      <translation>valeur en $É.-U. d'une unité de la monnaie, par exemple {example} pour EUR</translation>
    </message>
    <message>
      <source>a mid-term review is agreed in the initial plan</source>
      <translation>un examen à mi-parcours est convenu dans le plan initial</translation>
    </message>
    <message>
      <source>rule set to apply (default ilo-2002)</source>
      <translation>jeu de règles à appliquer (par défaut : ilo-2002)</translation>
    </message>
    <message>
      <source>list evaluations</source>
      <translation>lister les évaluations</translation>
    </message>
    <message>
      <source>mandatory evaluations past their due date</source>
      <translation>évaluations obligatoires dont l'échéance est dépassée</translation>
    </message>
    <message>
      <source>reference date (default today)</source>
      <translation>date de référence (par défaut : aujourd'hui)</translation>
    </message>
    <message>
      <source>the project's code</source>
      <translation>le code du projet</translation>
    </message>
    <message>
      <source>a project with its evaluation plan and compliance</source>
      <translation>un projet, avec son plan d'évaluation et sa conformité</translation>
    </message>
    <message>
      <source>reference date for compliance (default today)</source>
      <translation>date de référence de la conformité (par défaut : aujourd'hui)</translation>
    </message>
    <message>
      <source>take a project-cycle action: submit, approve, start, begin-closing, close, suspend, resume, cancel</source>
      <translation>effectuer une action du cycle de projet : submit, approve, start, begin-closing, close, suspend, resume, cancel</translation>
    </message>
    <message>
      <source>action code, or the stage to move to</source>
      <translation>code de l'action, ou l'étape à atteindre</translation>
    </message>
    <message>
      <source>reason (required to suspend, cancel or return to design)</source>
      <translation>motif (obligatoire pour suspendre, annuler ou revenir à la conception)</translation>
    </message>
    <message>
      <source>date of the change (default today)</source>
      <translation>date du changement (par défaut : aujourd'hui)</translation>
    </message>
    <message>
      <source>copy the database safely, even while the app is open</source>
      <translation>copier la base de données en toute sécurité, même quand l'application est ouverte</translation>
    </message>
    <message>
      <source>backup file to write</source>
      <translation>fichier de sauvegarde à écrire</translation>
    </message>
    <message>
      <source>where the database is and what it holds</source>
      <translation>où se trouve la base de données et ce qu'elle contient</translation>
    </message>
    <message>
      <source>list the evaluation rule sets</source>
      <translation>lister les jeux de règles d'évaluation</translation>
    </message>
    <message>
      <source>write an Excel report: donor, portfolio or evaluations</source>
      <translation>écrire un rapport Excel : donor (donateur), portfolio (portefeuille) ou evaluations (évaluations)</translation>
    </message>
    <message>
      <source>the workbook to write</source>
      <translation>le classeur à écrire</translation>
    </message>
    <message>
      <source>one funding partner: contributions, projects, results and evaluations</source>
      <translation>un partenaire de financement : contributions, projets, résultats et évaluations</translation>
    </message>
    <message>
      <source>the language the report is written in: en, fr or es (default: the partner's reporting language)</source>
      <translation>la langue du rapport : en, fr ou es (par défaut : la langue de rapport du partenaire)</translation>
    </message>
    <message>
      <source>partner code or name</source>
      <translation>code ou nom du partenaire</translation>
    </message>
    <message>
      <source>first year of the period</source>
      <translation>première année de la période</translation>
    </message>
    <message>
      <source>last year of the period</source>
      <translation>dernière année de la période</translation>
    </message>
    <message>
      <source>who prepared the financial statements (default: a blank line to sign)</source>
      <translation>qui a établi les états financiers (par défaut : une ligne à signer)</translation>
    </message>
    <message>
      <source>who approved the financial statements (default: a blank line to sign)</source>
      <translation>qui a approuvé les états financiers (par défaut : une ligne à signer)</translation>
    </message>
    <message>
      <source>also value the financial statements' totals in US$ at the exchange rate in force on the period's end, with the exchange gain or loss</source>
      <translation>valoriser aussi les totaux des états financiers en dollars É.-U. au taux de change en vigueur à la fin de la période, avec le gain ou la perte de change</translation>
    </message>
    <message>
      <source>portfolio statistics: approvals and expenditure tables after the ILO's report on technical cooperation (Table V.1, Annexes 1-4, ...)</source>
      <translation>statistiques du portefeuille : tableaux des approbations et des dépenses, sur le modèle du rapport de l'OIT sur la coopération technique (tableau V.1, annexes 1 à 4, ...)</translation>
    </message>
    <message>
      <source>the language the report is written in: en, fr or es (default: tracker's)</source>
      <translation>la langue du rapport : en, fr ou es (par défaut : celle de tracker)</translation>
    </message>
    <message>
      <source>Table V.1's comparison period (default: as many years just before --from)</source>
      <translation>période de comparaison du tableau V.1 (par défaut : autant d'années juste avant --from)</translation>
    </message>
    <message>
      <source>last year of the comparison period</source>
      <translation>dernière année de la période de comparaison</translation>
    </message>
    <message>
      <source>evaluation compliance of every project, with a summary by region and partner</source>
      <translation>conformité de chaque projet en matière d'évaluation, avec un récapitulatif par région et par partenaire</translation>
    </message>
    <message>
      <source>the reference date: stages, completions, due dates and overdue flags as of that day (default today)</source>
      <translation>la date de référence : étapes, achèvements, échéances et retards à cette date (par défaut aujourd’hui)</translation>
    </message>
    <message>
      <source>recompute the evaluation plans whose dates, budget or rule set changed since they were computed (e.g. after a rule set changed)</source>
      <translation>recalculer les plans d'évaluation dont les dates, le budget ou le jeu de règles ont changé depuis leur calcul (par exemple après un changement de jeu de règles)</translation>
    </message>
    <message>
      <source>recompute every project's plan, even where nothing it was computed from changed</source>
      <translation>recalculer le plan de chaque projet, même lorsque rien de ce dont il a été calculé n'a changé</translation>
    </message>
    <message>
      <source>write the Excel import template</source>
      <translation>écrire le modèle d'importation Excel</translation>
    </message>
    <message>
      <source>fill it with the current portfolio (for editing and re-import)</source>
      <translation>le remplir avec le portefeuille actuel (pour le modifier et le réimporter)</translation>
    </message>
    <message>
      <source>import an import workbook or an IATI activity file (told apart by content)</source>
      <translation>importer un classeur d'importation ou un fichier d'activités IITA (reconnus à leur contenu)</translation>
    </message>
    <message>
      <source>the .xlsx workbook or IATI .xml file</source>
      <translation>le classeur .xlsx ou le fichier IITA .xml</translation>
    </message>
    <message>
      <source>check everything and report, writing nothing</source>
      <translation>tout vérifier et en rendre compte, sans rien écrire</translation>
    </message>
    <message>
      <source>US$ value of one unit of CUR for amounts in that currency whose rate is not given, instead of the rate table's, e.g. EUR={example} (repeatable)</source>
      <translation>valeur en dollars des États-Unis d'une unité de CUR pour les montants dans cette monnaie dont le taux n'est pas indiqué, au lieu de celui de la table des taux, p. ex. EUR={example} (répétable)</translation>
    </message>
    <message>
      <source>IATI: how disbursements are recorded: as expenditure (money passed on to implementing partners), as funding the reporting organisation gave, or not at all; auto (the default) decides by the reporting organisation's role in each activity</source>
      <translation>IITA : comment les décaissements sont enregistrés : comme dépenses (fonds transférés aux partenaires d'exécution), comme financements accordés par l'organisation déclarante, ou pas du tout ; auto (par défaut) décide selon le rôle de l'organisation déclarante dans chaque activité</translation>
    </message>
    <message>
      <source>IATI: how outgoing commitments are recorded (as for --disbursements; auto: a funder's commitments are funding, an implementer's are expenditure only when the activity reports no payment)</source>
      <translation>IITA : comment les engagements sortants sont enregistrés (comme pour --disbursements ; auto : les engagements d'un bailleur sont des financements, ceux d'un organisme d'exécution des dépenses seulement si l'activité ne déclare aucun paiement)</translation>
    </message>
    <message>
      <source>export data: iati</source>
      <translation>exporter des données : iati</translation>
    </message>
    <message>
      <source>an IATI 2.03 activity file</source>
      <translation>un fichier d'activités IITA 2.03</translation>
    </message>
    <message>
      <source>the portfolio, or part of it, as an IATI 2.03 activity file</source>
      <translation>le portefeuille, ou une partie, sous forme de fichier d'activités IITA 2.03</translation>
    </message>
    <message>
      <source>the file to write</source>
      <translation>le fichier à écrire</translation>
    </message>
    <message>
      <source>only projects in this stage</source>
      <translation>seulement les projets à cette étape</translation>
    </message>
    <message>
      <source>list, per activity, what an aid-transparency assessment would find missing (with -o, after writing the file)</source>
      <translation>lister, par activité, ce qu'une évaluation de la transparence de l'aide trouverait manquant (avec -o, après l'écriture du fichier)</translation>
    </message>
    <message>
      <source>offline field packages: export the changes since the last exchange, or merge one</source>
      <translation>paquets de terrain hors ligne : exporter les modifications depuis le dernier échange, ou fusionner un paquet</translation>
    </message>
    <message>
      <source>write a package of the changes since the last exchange</source>
      <translation>écrire un paquet des modifications depuis le dernier échange</translation>
    </message>
    <message>
      <source>the package to write</source>
      <translation>le paquet à écrire</translation>
    </message>
    <message>
      <source>every record, not only the changes (e.g. after a lost package)</source>
      <translation>tous les enregistrements, pas seulement les modifications (par exemple après la perte d'un paquet)</translation>
    </message>
    <message>
      <source>merge a package from another database</source>
      <translation>fusionner un paquet venu d'une autre base de données</translation>
    </message>
    <message>
      <source>the package to merge</source>
      <translation>le paquet à fusionner</translation>
    </message>
    <message>
      <source>records changed on both sides of a field-package exchange</source>
      <translation>enregistrements modifiés des deux côtés d'un échange de paquets de terrain</translation>
    </message>
    <message>
      <source>resolve this conflict</source>
      <translation>résoudre ce conflit</translation>
    </message>
    <message>
      <source>which version to keep: mine or theirs</source>
      <translation>la version à conserver : mine (la vôtre) ou theirs (la leur)</translation>
    </message>
    <message>
      <source>the audit trail of a project</source>
      <translation>la piste d'audit d'un projet</translation>
    </message>
    <message>
      <source>at most this many entries (default 200)</source>
      <translation>au plus ce nombre d'entrées (par défaut : 200)</translation>
    </message>
    <message>
      <source>a project's evaluations: list them, start, complete, waive one, require independence, add an optional one</source>
      <translation>les évaluations d'un projet : les lister, en commencer, en achever, en faire déroger une, exiger l'indépendance, en ajouter une facultative</translation>
    </message>
    <message>
      <source>self, independent-internal or external</source>
      <translation>self (auto-évaluation), independent-internal (indépendante interne) ou external (externe)</translation>
    </message>
    <message>
      <source>which evaluation: final, mid-term, mid-term-review, annual-review N, ex-post N, or its uuid</source>
      <translation>quelle évaluation : final, mid-term, mid-term-review, annual-review N, ex-post N, ou son uuid</translation>
    </message>
    <message>
      <source>the project's evaluations with their status</source>
      <translation>les évaluations du projet, avec leur statut</translation>
    </message>
    <message>
      <source>mark a planned evaluation as in progress</source>
      <translation>marquer une évaluation prévue comme en cours</translation>
    </message>
    <message>
      <source>record a completed evaluation (again, to correct the record)</source>
      <translation>enregistrer une évaluation achevée (de nouveau, pour corriger l'enregistrement)</translation>
    </message>
    <message>
      <source>the date it was completed (not in the future)</source>
      <translation>la date d'achèvement (pas dans le futur)</translation>
    </message>
    <message>
      <source>who carried it out</source>
      <translation>qui l'a réalisée</translation>
    </message>
    <message>
      <source>{forms} (default: the form it was planned in)</source>
      <translation>{forms} (par défaut : la forme prévue)</translation>
    </message>
    <message>
      <source>a rating from 1 (highly unsatisfactory) to 6 (highly satisfactory) on relevance, efficiency, effectiveness, impact or sustainability (repeatable)</source>
      <translation>une note de 1 (très insatisfaisant) à 6 (très satisfaisant) pour relevance (pertinence), efficiency (efficience), effectiveness (efficacité), impact ou sustainability (durabilité) (répétable)</translation>
    </message>
    <message>
      <source>the findings</source>
      <translation>les constatations</translation>
    </message>
    <message>
      <source>waive an evaluation that will not be carried out</source>
      <translation>accorder une dérogation pour une évaluation qui ne sera pas réalisée</translation>
    </message>
    <message>
      <source>why it is waived</source>
      <translation>le motif de la dérogation</translation>
    </message>
    <message>
      <source>plan a waived evaluation again</source>
      <translation>prévoir de nouveau une évaluation ayant fait l'objet d'une dérogation</translation>
    </message>
    <message>
      <source>plan the form of an evaluation still to be done</source>
      <translation>prévoir la forme d'une évaluation restant à réaliser</translation>
    </message>
    <message>
      <source>make this the evaluation that must be independent (projects over the budget threshold)</source>
      <translation>faire de celle-ci l'évaluation qui doit être indépendante (projets au-dessus du seuil budgétaire)</translation>
    </message>
    <message>
      <source>independent-internal or external (default: its planned form if independent, else independent-internal)</source>
      <translation>independent-internal (indépendante interne) ou external (externe) (par défaut : sa forme prévue si elle est indépendante, sinon independent-internal)</translation>
    </message>
    <message>
      <source>add an evaluation the rules do not require (e.g. an ex-post evaluation)</source>
      <translation>ajouter une évaluation que les règles n'exigent pas (par exemple une évaluation ex post)</translation>
    </message>
    <message>
      <source>its due date (not before the project's start)</source>
      <translation>son échéance (pas avant le début du projet)</translation>
    </message>
    <message>
      <source>{forms} (default self)</source>
      <translation>{forms} (par défaut : self)</translation>
    </message>
    <message>
      <source>list the funding partners (the active ones; --all for every one)</source>
      <translation>lister les partenaires de financement (les actifs ; --all pour tous)</translation>
    </message>
    <message>
      <source>include deactivated partners</source>
      <translation>inclure les partenaires désactivés</translation>
    </message>
    <message>
      <source>a funding partner: add, edit, deactivate, activate, or merge two records of one partner</source>
      <translation>un partenaire de financement : l'ajouter, le modifier, le désactiver, l'activer, ou fusionner deux fiches d'un même partenaire</translation>
    </message>
    <message>
      <source>{categories} (code or label, any case)</source>
      <translation>{categories} (code ou libellé, majuscules ou minuscules)</translation>
    </message>
    <message>
      <source>for a non-state actor: {kinds}</source>
      <translation>pour un acteur non étatique : {kinds}</translation>
    </message>
    <message>
      <source>its country: ISO code or name</source>
      <translation>son pays : code ISO ou nom</translation>
    </message>
    <message>
      <source>the language of its reports: en, fr or es (default en)</source>
      <translation>la langue de ses rapports : en, fr ou es (par défaut : en)</translation>
    </message>
    <message>
      <source>the partner's code</source>
      <translation>le code du partenaire</translation>
    </message>
    <message>
      <source>add a funding partner</source>
      <translation>ajouter un partenaire de financement</translation>
    </message>
    <message>
      <source>a short code, e.g. LUX</source>
      <translation>un code court, par exemple LUX</translation>
    </message>
    <message>
      <source>its name, e.g. Luxembourg</source>
      <translation>son nom, par exemple Luxembourg</translation>
    </message>
    <message>
      <source>change a funding partner's code, name, category or country</source>
      <translation>modifier le code, le nom, la catégorie ou le pays d'un partenaire de financement</translation>
    </message>
    <message>
      <source>its new code</source>
      <translation>son nouveau code</translation>
    </message>
    <message>
      <source>its new name</source>
      <translation>son nouveau nom</translation>
    </message>
    <message>
      <source>stop offering a partner for new funding lines (its funding stays)</source>
      <translation>ne plus proposer un partenaire pour de nouvelles lignes de financement (ses financements restent)</translation>
    </message>
    <message>
      <source>offer a deactivated partner for new funding lines again</source>
      <translation>proposer de nouveau un partenaire désactivé pour de nouvelles lignes de financement</translation>
    </message>
    <message>
      <source>merge two records of one partner: FROM's funding moves to INTO and FROM is deleted</source>
      <translation>fusionner deux fiches d'un même partenaire : les financements de FROM passent à INTO et FROM est supprimé</translation>
    </message>
    <message>
      <source>the code of the partner record that goes</source>
      <translation>le code de la fiche de partenaire qui disparaît</translation>
    </message>
    <message>
      <source>the code of the partner record that stays</source>
      <translation>le code de la fiche de partenaire qui reste</translation>
    </message>
    <message>
      <source>merge (without it: show what would move, change nothing)</source>
      <translation>fusionner (sans cette option : montrer ce qui serait déplacé, sans rien modifier)</translation>
    </message>
    <message>
      <source>open the demo portfolio in a database of its own (created or completed; says where it is)</source>
      <translation>ouvrir le portefeuille de démonstration dans une base de données distincte (créée ou complétée ; indique où elle se trouve)</translation>
    </message>
    <message>
      <source>remove demo data loaded into the working database (or --db) by an earlier tracker</source>
      <translation>supprimer les données de démonstration chargées dans la base de travail (ou --db) par une version antérieure de tracker</translation>
    </message>
    <message>
      <source>with --remove: remove without asking</source>
      <translation>avec --remove : supprimer sans demander</translation>
    </message>
    <message>
      <source>delete a project with all its records (audited; field packages carry the deletion)</source>
      <translation>supprimer un projet avec tous ses enregistrements (consigné dans la piste d'audit ; les paquets de terrain transmettent la suppression)</translation>
    </message>
    <message>
      <source>delete it (without --yes: say what would be deleted)</source>
      <translation>le supprimer (sans --yes : indiquer ce qui serait supprimé)</translation>
    </message>
    <message>
      <source>archive a project: on record, out of the portfolio list</source>
      <translation>archiver un projet : il reste enregistré, hors de la liste du portefeuille</translation>
    </message>
    <message>
      <source>bring an archived project back to the list</source>
      <translation>remettre un projet archivé dans la liste</translation>
    </message>
    <message>
      <source>bring an archived project back to the portfolio list</source>
      <translation>remettre un projet archivé dans la liste du portefeuille</translation>
    </message>
    <message>
      <source>assign an evaluation rule set to a project (audited, re-planned), or give it back to the policy in force</source>
      <translation>attribuer un jeu de règles d'évaluation à un projet (journalisé, replanifié), ou le rendre à la politique en vigueur</translation>
    </message>
    <message>
      <source>the rule set's name (tracker rule-sets lists them)</source>
      <translation>le nom du jeu de règles (tracker rule-sets les liste)</translation>
    </message>
    <message>
      <source>follow the policy in force instead: today's until approved, the one in force on the approval date after</source>
      <translation>suivre plutôt la politique en vigueur : celle d'aujourd'hui jusqu'à l'approbation, celle en vigueur à la date d'approbation ensuite</translation>
    </message>
    <message>
      <source>exchange rates by date: import the UN's monthly list, list, set or delete a rate</source>
      <translation>taux de change par date : importer la liste mensuelle de l'ONU, lister, fixer ou supprimer un taux</translation>
    </message>
    <message>
      <source>import a file of rates: the UN Treasury's list of operational rates of exchange (XML or Excel, as downloaded) or a table with the columns currency, date and usd_per_unit or units_per_usd (.csv or .xlsx)</source>
      <translation>importer un fichier de taux : la liste des taux de change opérationnels de la Trésorerie de l'ONU (XML ou Excel, tel que téléchargé) ou un tableau avec les colonnes devise, date et usd_par_unite ou unites_par_usd (.csv ou .xlsx)</translation>
    </message>
    <message>
      <source>the file of rates</source>
      <translation>le fichier de taux</translation>
    </message>
    <message>
      <source>where a table's rates come from (default: the file's name; the UN's list is recorded as UN operational rates)</source>
      <translation>la provenance des taux d'un tableau (par défaut : le nom du fichier ; la liste de l'ONU est enregistrée comme taux opérationnels de l'ONU)</translation>
    </message>
    <message>
      <source>list the rates, in US$ per unit and units per US$</source>
      <translation>lister les taux, en dollars des États-Unis par unité et en unités par dollar</translation>
    </message>
    <message>
      <source>only this currency's rates</source>
      <translation>seulement les taux de cette monnaie</translation>
    </message>
    <message>
      <source>only the rate of each currency in force on this day</source>
      <translation>seulement le taux de chaque monnaie en vigueur ce jour-là</translation>
    </message>
    <message>
      <source>add a rate, or correct the rate of a currency on a date</source>
      <translation>ajouter un taux, ou corriger le taux d'une monnaie à une date</translation>
    </message>
    <message>
      <source>the currency, e.g. EUR</source>
      <translation>la monnaie, p. ex. EUR</translation>
    </message>
    <message>
      <source>the day it applies from, YYYY-MM-DD</source>
      <translation>le jour à partir duquel il s'applique, AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>the US$ value of one unit, written as in your language (e.g. {example} for EUR)</source>
      <translation>la valeur d'une unité en dollars des États-Unis, écrite comme dans votre langue (p. ex. {example} pour EUR)</translation>
    </message>
    <message>
      <source>where the rate comes from (default: UN operational rates)</source>
      <translation>la provenance du taux (par défaut : taux opérationnels de l'ONU)</translation>
    </message>
    <message>
      <source>delete the rate of a currency on a date (amounts recorded at it keep their rate)</source>
      <translation>supprimer le taux d'une monnaie à une date (les montants enregistrés à ce taux le gardent)</translation>
    </message>
    <message>
      <source>the day the rate applies from, YYYY-MM-DD</source>
      <translation>le jour à partir duquel le taux s'applique, AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>a project's documents: list, add (with its file or web address), get a file, remove</source>
      <translation>les documents d'un projet : lister, ajouter (avec son fichier ou son adresse web), obtenir un fichier, retirer</translation>
    </message>
    <message>
      <source>list a project's documents and its evaluations'</source>
      <translation>lister les documents d'un projet et ceux de ses évaluations</translation>
    </message>
    <message>
      <source>add a document to a project or to one of its evaluations</source>
      <translation>ajouter un document à un projet ou à l'une de ses évaluations</translation>
    </message>
    <message>
      <source>its title</source>
      <translation>son titre</translation>
    </message>
    <message>
      <source>its IATI document category: A02 project document, A05 budget, A07 evaluation report, A08 results and progress, A01 appraisal, A11 contract...</source>
      <translation>sa catégorie de document IITA : A02 document de projet, A05 budget, A07 rapport d'évaluation, A08 résultats et avancement, A01 évaluation préalable, A11 contrat…</translation>
    </message>
    <message>
      <source>the file, kept in the database (at most {limit} MB)</source>
      <translation>le fichier, conservé dans la base de données ({limit} Mo au plus)</translation>
    </message>
    <message>
      <source>the web address where it is published</source>
      <translation>l'adresse web où il est publié</translation>
    </message>
    <message>
      <source>the language it is written in (two letters: en, fr, es...)</source>
      <translation>la langue dans laquelle il est rédigé (deux lettres : en, fr, es…)</translation>
    </message>
    <message>
      <source>its date</source>
      <translation>sa date</translation>
    </message>
    <message>
      <source>the evaluation it belongs to: its kind (final, mid-term, annual-review 2...) or UUID</source>
      <translation>l'évaluation à laquelle il appartient : son type (final, mid-term, annual-review 2…) ou son UUID</translation>
    </message>
    <message>
      <source>write a document's attached file</source>
      <translation>écrire le fichier joint d'un document</translation>
    </message>
    <message>
      <source>the document's title or UUID</source>
      <translation>le titre ou l'UUID du document</translation>
    </message>
    <message>
      <source>remove a document (its file goes when no other document names it)</source>
      <translation>retirer un document (son fichier disparaît quand aucun autre document ne le désigne)</translation>
    </message>
    <message>
      <source>the organisation's settings for publishing: its IATI identifier, contact and default aid types by funding modality</source>
      <translation>les paramètres de publication de l'organisation : son identifiant IITA, son contact et ses types d'aide par défaut selon la modalité de financement</translation>
    </message>
    <message>
      <source>list the settings, with the names of their IATI codes</source>
      <translation>afficher les paramètres, avec les noms de leurs codes IITA</translation>
    </message>
    <message>
      <source>change one setting (checked, recorded in the audit trail)</source>
      <translation>modifier un paramètre (vérifié, consigné dans la piste d'audit)</translation>
    </message>
    <message>
      <source>the setting: {keys}</source>
      <translation>le paramètre : {keys}</translation>
    </message>
    <message>
      <source>its new value; a code for a type (e.g. C01 for an aid type)</source>
      <translation>sa nouvelle valeur ; un code pour un type (par exemple C01 pour un type d'aide)</translation>
    </message>
    <message>
      <source>check that the totals the list shows and the evaluation plans agree with each project's records</source>
      <translation>vérifier que les totaux affichés par la liste et les plans d'évaluation concordent avec les enregistrements de chaque projet</translation>
    </message>
    <message>
      <source>store the list's totals again from the records where they differ</source>
      <translation>enregistrer à nouveau les totaux de la liste à partir des enregistrements là où ils diffèrent</translation>
    </message>
    <message>
      <source>cluster evaluations: one evaluation covering several projects that share a theme, partner or country</source>
      <translation>évaluations groupées : une évaluation couvrant plusieurs projets qui ont en commun un thème, un partenaire ou un pays</translation>
    </message>
    <message>
      <source>the cluster evaluation's code</source>
      <translation>le code de l'évaluation groupée</translation>
    </message>
    <message>
      <source>the projects' codes</source>
      <translation>les codes des projets</translation>
    </message>
    <message>
      <source>every cluster evaluation with its basis, projects and status</source>
      <translation>chaque évaluation groupée avec sa base, ses projets et son état</translation>
    </message>
    <message>
      <source>a cluster evaluation and the evaluation of each project it covers</source>
      <translation>une évaluation groupée et l'évaluation de chaque projet qu'elle couvre</translation>
    </message>
    <message>
      <source>a new cluster evaluation; each project joins with its open evaluation of the kind, or an optional one due on its planned end</source>
      <translation>une nouvelle évaluation groupée ; chaque projet la rejoint avec son évaluation ouverte de ce type, ou une évaluation facultative à échéance de sa fin prévue</translation>
    </message>
    <message>
      <source>what the cluster evaluation is called</source>
      <translation>l'intitulé de l'évaluation groupée</translation>
    </message>
    <message>
      <source>the kind of evaluation it is for each project, e.g. final or mid-term (default: cluster)</source>
      <translation>le type d'évaluation qu'elle est pour chaque projet, p. ex. final ou mid-term (par défaut : cluster)</translation>
    </message>
    <message>
      <source>the cross-cutting theme the projects share</source>
      <translation>le thème transversal que les projets ont en commun</translation>
    </message>
    <message>
      <source>the partner funding each of the projects</source>
      <translation>le partenaire qui finance chacun des projets</translation>
    </message>
    <message>
      <source>the country the projects share (code or name)</source>
      <translation>le pays que les projets ont en commun (code ou nom)</translation>
    </message>
    <message>
      <source>add projects to a cluster evaluation</source>
      <translation>ajouter des projets à une évaluation groupée</translation>
    </message>
    <message>
      <source>take projects out of a cluster evaluation (their evaluation stays, as their own)</source>
      <translation>retirer des projets d'une évaluation groupée (leur évaluation reste, comme la leur propre)</translation>
    </message>
    <message>
      <source>correct a cluster evaluation's code or title (its projects stay in it)</source>
      <translation>corriger le code ou le titre d'une évaluation groupée (ses projets y restent)</translation>
    </message>
    <message>
      <source>the new code, which no other cluster evaluation has</source>
      <translation>le nouveau code, qu'aucune autre évaluation groupée n'a</translation>
    </message>
    <message>
      <source>the new title</source>
      <translation>le nouveau titre</translation>
    </message>
    <message>
      <source>delete a cluster evaluation no project completed (its projects keep their evaluations, as their own)</source>
      <translation>supprimer une évaluation groupée qu'aucun projet n'a achevée (ses projets gardent leurs évaluations, comme les leurs)</translation>
    </message>
    <message>
      <source>really delete it (without it: say what would happen)</source>
      <translation>la supprimer vraiment (sans cette option : dire ce qui se passerait)</translation>
    </message>
    <message>
      <source>record the cluster evaluation as completed, for every project it covers</source>
      <translation>enregistrer l'évaluation groupée comme achevée, pour chaque projet qu'elle couvre</translation>
    </message>
    <message>
      <source>check a rule-set file and name every problem</source>
      <translation>vérifier un fichier de jeu de règles et nommer chaque problème</translation>
    </message>
    <message>
      <source>check a rule-set file: every problem, each with its place; exit status 0 when it is usable, 1 when not</source>
      <translation>vérifier un fichier de jeu de règles : chaque problème, avec son emplacement ; code de sortie 0 s'il est utilisable, 1 sinon</translation>
    </message>
    <message>
      <source>the rule-set file (.json)</source>
      <translation>le fichier de jeu de règles (.json)</translation>
    </message>
    <message>
      <source>show what re-planning would change, writing nothing</source>
      <translation>montrer ce que la replanification changerait, sans rien écrire</translation>
    </message>
    <message>
      <source>with --dry-run: what this rule set would change in the portfolio if it were adopted</source>
      <translation>avec --dry-run : ce que ce jeu de règles changerait dans le portefeuille s'il était adopté</translation>
    </message>
    <message>
      <source>with --rule-set: every project with dates and a budget (all, the default), or only those that would follow the rule set once adopted (followers)</source>
      <translation>avec --rule-set : chaque projet ayant des dates et un budget (all, par défaut), ou seulement ceux qui suivraient le jeu de règles une fois adopté (followers)</translation>
    </message>
    <message>
      <source>with --dry-run: also write the changes as a workbook</source>
      <translation>avec --dry-run : écrire aussi les changements dans un classeur</translation>
    </message>
  </context>
  <context>
    <name>CliOrganisation</name>
    <message>
      <source>{keys}; {modality_keys}, where MODALITY is one of {modalities}</source>
      <translation>{keys} ; {modality_keys}, où MODALITY est l'une de {modalities}</translation>
    </message>
    <message>
      <source>'{key}' is not an organisation setting; the settings are: {keys}</source>
      <translation>« {key} » n'est pas un paramètre de l'organisation ; les paramètres sont : {keys}</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>Paramètre</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>{key} is already {value}: nothing changed</source>
      <translation>{key} vaut déjà {value} : rien n'a changé</translation>
    </message>
    <message>
      <source>{key} set to {value}</source>
      <translation>{key} vaut désormais {value}</translation>
    </message>
  </context>
  <context>
    <name>CliPartners</name>
    <message>
      <source>'{text}' is not a partner category; use one of: {categories}</source>
      <translation>« {text} » n'est pas une catégorie de partenaire ; utilisez l'une des suivantes : {categories}</translation>
    </message>
    <message>
      <source>no partners</source>
      <translation>aucun partenaire</translation>
    </message>
    <message>
      <source>no partners are active (--all lists the deactivated ones too)</source>
      <translation>aucun partenaire n'est actif (--all liste aussi les partenaires désactivés)</translation>
    </message>
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
      <source>(deactivated)</source>
      <translation>(désactivé)</translation>
    </message>
    <message>
      <source>partner {code}: a non-state actor needs --non-state-kind, one of: {kinds}</source>
      <translation>partenaire {code} : un acteur non étatique requiert --non-state-kind, parmi : {kinds}</translation>
    </message>
    <message>
      <source>added partner {partner}</source>
      <translation>partenaire ajouté : {partner}</translation>
    </message>
    <message>
      <source>nothing to change: give --name, --code, --category, --non-state-kind, --country or --language ({partner})</source>
      <translation>rien à modifier : indiquez --name, --code, --category, --non-state-kind, --country ou --language ({partner})</translation>
    </message>
    <message>
      <source>changed partner {partner}</source>
      <translation>partenaire modifié : {partner}</translation>
    </message>
    <message>
      <source>partner {code} is active: it is offered for new funding lines again</source>
      <translation>le partenaire {code} est actif : il est de nouveau proposé pour les nouvelles lignes de financement</translation>
    </message>
    <message>
      <source>partner {code} is deactivated: its funding stays, new funding lines are not offered it</source>
      <translation>le partenaire {code} est désactivé : ses financements restent, mais il n'est plus proposé pour les nouvelles lignes de financement</translation>
    </message>
    <message numerus="yes">
      <source>{count} funding line(s)</source>
      <translation>
        <numerusform>{count} ligne de financement</numerusform>
        <numerusform>{count} lignes de financement</numerusform>
      </translation>
    </message>
    <message>
      <source>unearmarked funding ({count})</source>
      <translation>financement non préaffecté ({count})</translation>
    </message>
    <message>
      <source>would move {moved} from {source} ({source_name}) to {target} ({target_name}) and delete partner {source}; nothing was changed (add --yes to merge)</source>
      <translation>cela déplacerait {moved} de {source} ({source_name}) vers {target} ({target_name}) et supprimerait le partenaire {source} ; rien n'a été modifié (ajoutez --yes pour fusionner)</translation>
    </message>
    <message>
      <source>merged partner {source} into {target}: moved {moved}; partner {source} deleted</source>
      <translation>partenaire {source} fusionné dans {target} : déplacement de {moved} ; partenaire {source} supprimé</translation>
    </message>
  </context>
  <context>
    <name>CliPortfolio</name>
    <message>
      <source>no projects match</source>
      <translation>aucun projet ne correspond</translation>
    </message>
    <message>
      <source>no projects yet; `tracker demo` opens a demo portfolio in a database of its own</source>
      <translation>aucun projet pour l'instant ; `tracker demo` ouvre un portefeuille de démonstration dans une base de données distincte</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>EN RETARD</translation>
    </message>
    <message>
      <source>[archived]</source>
      <translation>[archivé]</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Budget US$</source>
      <translation>Budget $É.-U.</translation>
    </message>
    <message>
      <source>Spent US$</source>
      <translation>Dépensé $É.-U.</translation>
    </message>
    <message>
      <source>Deliv.%</source>
      <translation>Exéc. %</translation>
    </message>
    <message>
      <source>Next evaluation</source>
      <translation>Prochaine évaluation</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Partenaires</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message numerus="yes">
      <source>{count} project(s)</source>
      <translation>
        <numerusform>{count} projet</numerusform>
        <numerusform>{count} projets</numerusform>
      </translation>
    </message>
    <message>
      <source>project {code} has no planned start, end or budget yet, so no evaluation plan</source>
      <translation>le projet {code} n'a pas encore de début, de fin prévus ni de budget, donc pas de plan d'évaluation</translation>
    </message>
    <message>
      <source>give --project CODE, or all of {options}</source>
      <translation>indiquez --project CODE, ou toutes les options {options}</translation>
    </message>
    <message>
      <source>a budget in {currency} needs --rate, the US$ value of one {currency}</source>
      <translation>un budget en {currency} requiert --rate, la valeur en $É.-U. d'une unité de {currency}</translation>
    </message>
    <message>
      <source>--end {end} is before --start {start}</source>
      <translation>--end {end} est antérieure à --start {start}</translation>
    </message>
    <message>
      <source>Rule set: {label} ({title})</source>
      <translation>Jeu de règles : {label} ({title})</translation>
    </message>
    <message>
      <source>Duration: {reason} (band {band})</source>
      <translation>Durée : {reason} (tranche {band})</translation>
    </message>
    <message>
      <source>Budget: {reason} (tier {tier})</source>
      <translation>Budget : {reason} (catégorie {tier})</translation>
    </message>
    <message>
      <source>Independence: {reason}</source>
      <translation>Indépendance : {reason}</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>Independent</source>
      <translation>Indépendance</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>say which evaluations: --overdue (more listings come with the desktop app)</source>
      <translation>indiquez quelles évaluations : --overdue (l'application de bureau offre d'autres listes)</translation>
    </message>
    <message>
      <source>no evaluations overdue as of {date}</source>
      <translation>aucune évaluation en retard au {date}</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>Jours de retard</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message numerus="yes">
      <source>{count} evaluation(s) overdue as of {date}</source>
      <translation>
        <numerusform>{count} évaluation en retard au {date}</numerusform>
        <numerusform>{count} évaluations en retard au {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>[demo data]</source>
      <translation>[données de démonstration]</translation>
    </message>
    <message>
      <source>Stage: {stage}   Region: {region}   Countries: {countries}</source>
      <translation>Étape : {stage}   Région : {region}   Pays : {countries}</translation>
    </message>
    <message>
      <source>Planned: {start} to {end}   Actual end: {actual_end}</source>
      <translation>Prévu : du {start} au {end}   Fin effective : {actual_end}</translation>
    </message>
    <message>
      <source>Budget: {budget} at {rate} = {budget_usd}</source>
      <translation>Budget : {budget} au taux de {rate} = {budget_usd}</translation>
    </message>
    <message>
      <source>Expenditure: {spent}   Fundings: {fundings}   Revisions: {revisions}</source>
      <translation>Dépenses : {spent}   Financements : {fundings}   Révisions : {revisions}</translation>
    </message>
    <message>
      <source>Evaluation rules: {band}; {independence}</source>
      <translation>Règles d'évaluation : {band} ; {independence}</translation>
    </message>
    <message>
      <source>(independent required)</source>
      <translation>(indépendance exigée)</translation>
    </message>
    <message>
      <source>Mandatory</source>
      <translation>Obligatoire</translation>
    </message>
    <message>
      <source>Independence</source>
      <translation>Indépendance</translation>
    </message>
    <message>
      <source>Compliant as of {date}</source>
      <translation>Conforme au {date}</translation>
    </message>
    <message>
      <source>Not compliant: {reasons} as of {date}</source>
      <translation>Non conforme : {reasons} au {date}</translation>
    </message>
    <message>
      <source>Funding agreements: {references}</source>
      <translation>Accords de financement : {references}</translation>
    </message>
    <message>
      <source>Budget line</source>
      <translation>Ligne budgétaire</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Produit</translation>
    </message>
    <message>
      <source>Amount ({currency})</source>
      <translation>Montant ({currency})</translation>
    </message>
    <message>
      <source>Variance note</source>
      <translation>Explication de l'écart</translation>
    </message>
    <message>
      <source>Progress report</source>
      <translation>Rapport d'avancement</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Établi par</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <source>Measured on</source>
      <translation>Mesurée le</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
  </context>
  <context>
    <name>CliProjectCommands</name>
    <message>
      <source>{database} holds real projects, and the demo never goes among them: run `tracker demo` for the demo's own database, or give --db a new file</source>
      <translation>{database} contient de vrais projets, et la démonstration ne s'y mêle jamais : lancez `tracker demo` pour la base de données propre à la démonstration, ou indiquez un nouveau fichier à --db</translation>
    </message>
    <message>
      <source>{result}; the demo portfolio is in {database}</source>
      <translation>{result} ; le portefeuille de démonstration se trouve dans {database}</translation>
    </message>
    <message>
      <source>{database} holds no demo data</source>
      <translation>{database} ne contient aucune donnée de démonstration</translation>
    </message>
    <message numerus="yes">
      <source>{count} demo project(s)</source>
      <translation>
        <numerusform>{count} projet de démonstration</numerusform>
        <numerusform>{count} projets de démonstration</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} demo partner(s)</source>
      <translation>
        <numerusform>{count} partenaire de démonstration</numerusform>
        <numerusform>{count} partenaires de démonstration</numerusform>
      </translation>
    </message>
    <message>
      <source>this would remove {projects} and {partners} (with their records) from {database}; add --yes to remove them</source>
      <translation>cela supprimerait {projects} et {partners} (avec leurs enregistrements) de {database} ; ajoutez --yes pour les supprimer</translation>
    </message>
    <message>
      <source>this would delete project {code} “{title}”; add --yes to delete it</source>
      <translation>cela supprimerait le projet {code} « {title} » ; ajoutez --yes pour le supprimer</translation>
    </message>
    <message>
      <source>this would delete project {code} “{title}” with {records}; add --yes to delete it</source>
      <translation>cela supprimerait le projet {code} « {title} » avec {records} ; ajoutez --yes pour le supprimer</translation>
    </message>
    <message>
      <source>deleted project {code}</source>
      <translation>projet {code} supprimé</translation>
    </message>
    <message>
      <source>deleted project {code} with {records}</source>
      <translation>projet {code} supprimé avec {records}</translation>
    </message>
    <message>
      <source>{code} is back in the portfolio list</source>
      <translation>{code} est de retour dans la liste du portefeuille</translation>
    </message>
    <message>
      <source>{code} was not archived; nothing changed</source>
      <translation>{code} n'était pas archivé ; rien n'a changé</translation>
    </message>
    <message>
      <source>archived {code}: it stays on record (reports, `tracker show`) and leaves the portfolio list</source>
      <translation>{code} archivé : il reste enregistré (rapports, `tracker show`) et quitte la liste du portefeuille</translation>
    </message>
    <message>
      <source>{code} is archived already; nothing changed</source>
      <translation>{code} est déjà archivé ; rien n'a changé</translation>
    </message>
    <message>
      <source>give a rule set's name, or --automatic for the policy in force</source>
      <translation>donnez le nom d'un jeu de règles, ou --automatic pour la politique en vigueur</translation>
    </message>
    <message>
      <source>{code} follows {rule_set}, assigned</source>
      <translation>{code} suit {rule_set}, attribué</translation>
    </message>
    <message>
      <source>{code} follows the policy in force: {rule_set}</source>
      <translation>{code} suit la politique en vigueur : {rule_set}</translation>
    </message>
    <message>
      <source>{code} follows the policy in force on its approval: {rule_set}</source>
      <translation>{code} suit la politique en vigueur à son approbation : {rule_set}</translation>
    </message>
  </context>
  <context>
    <name>CliRates</name>
    <message>
      <source>{currency} from {day}: {usd} US$ per unit ({units} per US$), source: {source}</source>
      <translation>{currency} à partir du {day} : {usd} $ É.-U. par unité ({units} par dollar), source : {source}</translation>
    </message>
    <message>
      <source>note: {note}</source>
      <translation>remarque : {note}</translation>
    </message>
    <message>
      <source>no exchange rate matches; tracker rates list shows them all</source>
      <translation>aucun taux de change ne correspond ; tracker rates list les affiche tous</translation>
    </message>
    <message>
      <source>no exchange rates yet: import the UN's monthly list with tracker rates import FILE</source>
      <translation>aucun taux de change pour l'instant : importez la liste mensuelle de l'ONU avec tracker rates import FICHIER</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Monnaie</translation>
    </message>
    <message>
      <source>Valid from</source>
      <translation>Applicable à partir du</translation>
    </message>
    <message>
      <source>US$ per unit</source>
      <translation>$ É.-U. par unité</translation>
    </message>
    <message>
      <source>Units per US$</source>
      <translation>Unités par dollar</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>no rate of {currency} from {day} (tracker rates list --currency {currency} lists its rates)</source>
      <translation>aucun taux de {currency} à partir du {day} (tracker rates list --currency {currency} liste ses taux)</translation>
    </message>
    <message>
      <source>added the rate of {rate}</source>
      <translation>taux ajouté : {rate}</translation>
    </message>
    <message>
      <source>corrected the rate of {rate}</source>
      <translation>taux corrigé : {rate}</translation>
    </message>
    <message>
      <source>unchanged: {rate}</source>
      <translation>inchangé : {rate}</translation>
    </message>
    <message>
      <source>deleted the rate of {rate}; amounts recorded at it keep their rate</source>
      <translation>taux supprimé : {rate} ; les montants enregistrés à ce taux le gardent</translation>
    </message>
  </context>
  <context>
    <name>CliReport</name>
    <message numerus="yes">
      <source>{count} check(s) to look at before sending the report:</source>
      <translation>
        <numerusform>{count} contrôle à examiner avant d’envoyer le rapport :</numerusform>
        <numerusform>{count} contrôles à examiner avant d’envoyer le rapport :</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CliRuleSets</name>
    <message>
      <source>{file}: no such file</source>
      <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
      <source>{file} is a folder; give a rule-set file (.json)</source>
      <translation>{file} est un dossier ; indiquez un fichier de jeu de règles (.json)</translation>
    </message>
    <message>
      <source>{file}: the file cannot be read ({error})</source>
      <translation>{file} : le fichier ne peut pas être lu ({error})</translation>
    </message>
    <message>
      <source>{file}: the file is named '{stem}' but declares name '{name}'; a rule set is found by its file name, so rename one of them</source>
      <translation>{file} : le fichier s'appelle « {stem} » mais déclare le nom « {name} » ; un jeu de règles est trouvé par son nom de fichier, renommez donc l'un des deux</translation>
    </message>
    <message numerus="yes">
      <source>{file}: not usable: %n problem(s)</source>
      <translation>
        <numerusform>{file} : inutilisable : %n problème</numerusform>
        <numerusform>{file} : inutilisable : %n problèmes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n duration band(s)</source>
      <translation>
        <numerusform>%n tranche de durée</numerusform>
        <numerusform>%n tranches de durée</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n budget tier(s)</source>
      <translation>
        <numerusform>%n palier budgétaire</numerusform>
        <numerusform>%n paliers budgétaires</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n appraisal requirement(s)</source>
      <translation>
        <numerusform>%n exigence d'évaluation préalable</numerusform>
        <numerusform>%n exigences d'évaluation préalable</numerusform>
      </translation>
    </message>
    <message>
      <source>a policy from {date}</source>
      <translation>une politique à partir du {date}</translation>
    </message>
    <message>
      <source>no effective date: it applies only to the projects it is assigned to</source>
      <translation>sans date d'effet : il ne s'applique qu'aux projets auxquels il est attribué</translation>
    </message>
    <message>
      <source>{file}: usable: {rule_set}: {parts}</source>
      <translation>{file} : utilisable : {rule_set} : {parts}</translation>
    </message>
    <message>
      <source>--rule-set only shows what a rule set would change (add --dry-run): a rule set is assigned to a project in its editor, or becomes the policy in force on its effective date</source>
      <translation>--rule-set montre seulement ce qu'un jeu de règles changerait (ajoutez --dry-run) : un jeu de règles s'attribue à un projet dans son éditeur, ou devient la politique en vigueur à sa date d'effet</translation>
    </message>
    <message>
      <source>{option} goes with --dry-run</source>
      <translation>{option} s'utilise avec --dry-run</translation>
    </message>
    <message>
      <source>--scope goes with --rule-set NAME</source>
      <translation>--scope s'utilise avec --rule-set NOM</translation>
    </message>
    <message>
      <source>--all goes without --rule-set (which looks at every project with --scope all)</source>
      <translation>--all s'utilise sans --rule-set (qui examine chaque projet avec --scope all)</translation>
    </message>
    <message>
      <source>the workbook</source>
      <translation>le classeur</translation>
    </message>
    <message>
      <source>project</source>
      <translation>projet</translation>
    </message>
    <message>
      <source>stage</source>
      <translation>étape</translation>
    </message>
    <message>
      <source>follows it</source>
      <translation>le suit</translation>
    </message>
    <message>
      <source>change</source>
      <translation>changement</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>évaluation</translation>
    </message>
    <message>
      <source>due now</source>
      <translation>échéance actuelle</translation>
    </message>
    <message>
      <source>due after</source>
      <translation>échéance ensuite</translation>
    </message>
    <message>
      <source>projects checked: {checked}; that would change: {changed}; evaluations gained: {gains}, lost: {loses}, moved: {moves}; independence changes: {independence}; nothing was written</source>
      <translation>projets vérifiés : {checked} ; qui changeraient : {changed} ; évaluations gagnées : {gains}, perdues : {loses}, déplacées : {moves} ; changements d'indépendance : {independence} ; rien n'a été écrit</translation>
    </message>
    <message>
      <source>{rule_set}: {summary}</source>
      <translation>{rule_set} : {summary}</translation>
    </message>
    <message>
      <source>left out, their rule set cannot be loaded: {codes}</source>
      <translation>laissés de côté, leur jeu de règles ne peut pas être chargé : {codes}</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>tracker: warning: {message}</source>
      <translation>tracker : avertissement : {message}</translation>
    </message>
    <message>
      <source>{file} already exists; add --overwrite to replace it</source>
      <translation>{file} existe déjà ; ajoutez --overwrite pour le remplacer</translation>
    </message>
    <message>
      <source>{program}: error: {message} (see {program} --help)</source>
      <translation>{program} : erreur : {message} (voir {program} --help)</translation>
    </message>
    <message>
      <source>'{text}' is not a language tracker speaks: choose one of {languages}</source>
      <translation>« {text} » n'est pas une langue de tracker : choisissez parmi {languages}</translation>
    </message>
    <message>
      <source>tracker: error: {message}</source>
      <translation>tracker : erreur : {message}</translation>
    </message>
    <message>
      <source>tracker: interrupted</source>
      <translation>tracker : interrompu</translation>
    </message>
    <message>
      <source>tracker: internal error: {error} (set TRACKER_DEBUG=1 for details)</source>
      <translation>tracker : erreur interne : {error} (définissez TRACKER_DEBUG=1 pour en savoir plus)</translation>
    </message>
  </context>
</TS>
