<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>DemoData</name>
    <message>
      <source>DEMO DATA: every project in this workbook belongs to tracker's demo portfolio and its figures are invented. Import it only into the demo portfolio or an empty database; a database with real projects refuses it.</source>
      <translation>DONNÉES DE DÉMONSTRATION : tous les projets de ce classeur appartiennent au portefeuille de démonstration de tracker et leurs chiffres sont fictifs. Importez-le uniquement dans le portefeuille de démonstration ou dans une base de données vide ; une base de données contenant de vrais projets le refuse.</translation>
    </message>
    <message>
      <source>{codes} and {count} more</source>
      <translation>{codes} et {count} autres</translation>
    </message>
    <message>
      <source>{file} holds demo projects ({codes}); demo data is not imported into a database with real projects, so nothing was imported (import it into the demo portfolio, or export the file from a working database)</source>
      <translation>{file} contient des projets de démonstration ({codes}) ; les données de démonstration ne sont pas importées dans une base de données contenant de vrais projets, rien n'a donc été importé (importez-le dans le portefeuille de démonstration, ou exportez le fichier depuis une base de données de travail)</translation>
    </message>
  </context>
  <context>
    <name>DetectFile</name>
    <message>
      <source>{file}: no such file</source>
      <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
      <source>{file} is a folder, not a file</source>
      <translation>{file} est un dossier, pas un fichier</translation>
    </message>
    <message>
      <source>{file} is empty</source>
      <translation>{file} est vide</translation>
    </message>
    <message>
      <source>{file} is a damaged or truncated zip file, not a readable workbook</source>
      <translation>{file} est un fichier zip endommagé ou tronqué, pas un classeur lisible</translation>
    </message>
    <message>
      <source>{file} is a zip file but not an Excel workbook (.xlsx)</source>
      <translation>{file} est un fichier zip mais pas un classeur Excel (.xlsx)</translation>
    </message>
    <message>
      <source>{file} is a password-protected workbook or an old .xls file; remove the password or save it as .xlsx (Excel Workbook) and import that</source>
      <translation>{file} est un classeur protégé par mot de passe ou un ancien fichier .xls ; retirez le mot de passe ou enregistrez-le au format .xlsx (Classeur Excel) et importez ce dernier</translation>
    </message>
    <message>
      <source>{file} is an XML file but not an IATI activity file (no &lt;iati-activities&gt; element)</source>
      <translation>{file} est un fichier XML mais pas un fichier d'activités IITA (aucun élément &lt;iati-activities&gt;)</translation>
    </message>
    <message>
      <source>{file} is a text (CSV) file, not an Excel workbook; open it in Excel and save it as .xlsx</source>
      <translation>{file} est un fichier texte (CSV), pas un classeur Excel ; ouvrez-le dans Excel et enregistrez-le au format .xlsx</translation>
    </message>
    <message>
      <source>{file} is neither an import workbook (.xlsx) nor an IATI activity file (.xml)</source>
      <translation>{file} n'est ni un classeur d'importation (.xlsx) ni un fichier d'activités IITA (.xml)</translation>
    </message>
  </context>
  <context>
    <name>FieldPackage</name>
    <message>
      <source>exporting the field package was cancelled; no file was written</source>
      <translation>l'exportation du paquet de terrain a été annulée ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
      <source>line {line} of {member} is longer than {limit} bytes, longer than any record</source>
      <translation>la ligne {line} de {member} dépasse {limit} octets, plus que tout enregistrement</translation>
    </message>
    <message>
      <source>{file} is damaged or was altered: {member} does not match its checksum; nothing was merged</source>
      <translation>{file} est endommagé ou a été modifié : {member} ne correspond pas à sa somme de contrôle ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>{file}: {why}; nothing was merged</source>
      <translation>{file} : {why} ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>{member} is larger than a field package's ({limit} bytes at most)</source>
      <translation>{member} est plus volumineux que celui d'un paquet de terrain ({limit} octets au plus)</translation>
    </message>
    <message>
      <source>it is nested too deeply to be a record</source>
      <translation>son imbrication est trop profonde pour un enregistrement</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>ce n'est pas du texte UTF-8</translation>
    </message>
    <message>
      <source>it is not valid JSON ({error})</source>
      <translation>ce n'est pas du JSON valide ({error})</translation>
    </message>
    <message>
      <source>{value} is not a number JSON allows</source>
      <translation>{value} n'est pas un nombre admis par JSON</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
      <source>it holds {count} files; a field package holds 3</source>
      <translation>il contient {count} fichiers ; un paquet de terrain en contient 3</translation>
    </message>
    <message>
      <source>{file} is not a tracker field package (no {member})</source>
      <translation>{file} n'est pas un paquet de terrain de tracker (pas de {member})</translation>
    </message>
    <message>
      <source>{file} is damaged or was altered: the manifest does not match its checksum; nothing was merged</source>
      <translation>{file} est endommagé ou a été modifié : le manifeste ne correspond pas à sa somme de contrôle ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>its manifest is nested too deeply</source>
      <translation>l'imbrication de son manifeste est trop profonde</translation>
    </message>
    <message>
      <source>{file} is not a tracker field package</source>
      <translation>{file} n'est pas un paquet de terrain de tracker</translation>
    </message>
    <message>
      <source>{file} was written in field-package format {version}, newer than this tracker reads ({supported}); update tracker before merging it</source>
      <translation>{file} a été écrit au format de paquet de terrain {version}, plus récent que celui que lit ce tracker ({supported}) ; mettez tracker à jour avant de le fusionner</translation>
    </message>
    <message>
      <source>{file} is incomplete: {member} is missing; nothing was merged</source>
      <translation>{file} est incomplet : {member} manque ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>its manifest does not give the size and checksum of {member}</source>
      <translation>son manifeste ne donne pas la taille et la somme de contrôle de {member}</translation>
    </message>
    <message>
      <source>{member} holds {size} bytes; a field package holds at most {limit}</source>
      <translation>{member} contient {size} octets ; un paquet de terrain en contient au plus {limit}</translation>
    </message>
    <message>
      <source>{file} is truncated or damaged ({error}); nothing was merged</source>
      <translation>{file} est tronqué ou endommagé ({error}) ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>{member} has more than {limit} lines, more than a field package holds</source>
      <translation>{member} compte plus de {limit} lignes, plus qu'un paquet de terrain n'en contient</translation>
    </message>
    <message>
      <source>{file}: line {line} of {member}: {why}; nothing was merged</source>
      <translation>{file} : ligne {line} de {member} : {why} ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>it carries {count} attached files; a field package carries at most {limit}</source>
      <translation>il transporte {count} fichiers joints ; un paquet de terrain en transporte {limit} au plus</translation>
    </message>
    <message>
      <source>its attached files add up to {size} MB; a field package carries at most {limit} MB</source>
      <translation>ses fichiers joints totalisent {size} Mo ; un paquet de terrain en transporte {limit} Mo au plus</translation>
    </message>
    <message>
      <source>its manifest names attached files, which its format does not carry</source>
      <translation>son manifeste désigne des fichiers joints, que son format ne transporte pas</translation>
    </message>
    <message>
      <source>its manifest's list of attached files is malformed</source>
      <translation>la liste des fichiers joints de son manifeste est mal formée</translation>
    </message>
    <message>
      <source>an attached file has {size} bytes; tracker keeps files up to {limit}</source>
      <translation>un fichier joint compte {size} octets ; tracker conserve les fichiers jusqu'à {limit}</translation>
    </message>
    <message>
      <source>{file} is incomplete or was altered: its attached files are not the ones its manifest names; nothing was merged</source>
      <translation>{file} est incomplet ou a été modifié : ses fichiers joints ne sont pas ceux que désigne son manifeste ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>{file} is damaged or was altered: the attached file {member} does not have the size its manifest gives; nothing was merged</source>
      <translation>{file} est endommagé ou a été modifié : le fichier joint {member} n'a pas la taille qu'indique son manifeste ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>its manifest does not name the database it came from</source>
      <translation>son manifeste ne nomme pas la base de données d'origine</translation>
    </message>
    <message>
      <source>its manifest's package id is not a UUID</source>
      <translation>l'identifiant du paquet dans son manifeste n'est pas un UUID</translation>
    </message>
    <message>
      <source>its manifest's source identity is not a UUID</source>
      <translation>l'identité de la source dans son manifeste n'est pas un UUID</translation>
    </message>
    <message>
      <source>its manifest's source name is missing or is not plain text of at most 500 characters</source>
      <translation>le nom de la source dans son manifeste manque ou n'est pas un texte simple de 500 caractères au plus</translation>
    </message>
    <message>
      <source>its manifest's base marker is not a UUID</source>
      <translation>le repère de base de son manifeste n'est pas un UUID</translation>
    </message>
    <message>
      <source>its manifest's counts or members are malformed</source>
      <translation>les totaux ou les membres de son manifeste sont mal formés</translation>
    </message>
    <message numerus="yes">
      <source>{file}: %n changed record(s)</source>
      <translation>
        <numerusform>{file} : %n enregistrement modifié</numerusform>
        <numerusform>{file} : %n enregistrements modifiés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n deletion(s)</source>
      <translation>
        <numerusform>, %n suppression</numerusform>
        <numerusform>, %n suppressions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n attached file(s)</source>
      <translation>
        <numerusform>, %n fichier joint</numerusform>
        <numerusform>, %n fichiers joints</numerusform>
      </translation>
    </message>
    <message>
      <source>the package</source>
      <translation>le paquet</translation>
    </message>
    <message>
      <source>Reading the records…</source>
      <translation>Lecture des enregistrements…</translation>
    </message>
    <message numerus="yes">
      <source>Writing %n record(s)…</source>
      <translation>
        <numerusform>Écriture de %n enregistrement…</numerusform>
        <numerusform>Écriture de %n enregistrements…</numerusform>
      </translation>
    </message>
    <message>
      <source>Package written</source>
      <translation>Paquet écrit</translation>
    </message>
  </context>
  <context>
    <name>IatiCheck</name>
    <message numerus="yes">
      <source>%n project(s) checked: nothing an assessor would find missing</source>
      <translation>
        <numerusform>%n projet vérifié : rien qu'un évaluateur trouverait manquant</numerusform>
        <numerusform>%n projets vérifiés : rien qu'un évaluateur trouverait manquant</numerusform>
      </translation>
    </message>
    <message>
      <source>{checked}: {incomplete}, {gaps}</source>
      <translation>{checked} : {incomplete}, {gaps}</translation>
    </message>
    <message numerus="yes">
      <source>%n project(s) checked</source>
      <translation>
        <numerusform>%n projet vérifié</numerusform>
        <numerusform>%n projets vérifiés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with something missing</source>
      <translation>
        <numerusform>%n auquel il manque quelque chose</numerusform>
        <numerusform>%n auxquels il manque quelque chose</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n thing(s) missing in all</source>
      <translation>
        <numerusform>%n élément manquant en tout</numerusform>
        <numerusform>%n éléments manquants en tout</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(%n ended more than a year ago: assessors look at current activities only)</source>
      <translation>
        <numerusform>(%n terminé il y a plus d'un an : les évaluateurs ne regardent que les activités en cours)</numerusform>
        <numerusform>(%n terminés il y a plus d'un an : les évaluateurs ne regardent que les activités en cours)</numerusform>
      </translation>
    </message>
    <message>
      <source>{code}: no planned start or end date: record both on the project</source>
      <translation>{code} : aucune date de début ou de fin prévue : enregistrez les deux dans le projet</translation>
    </message>
    <message>
      <source>{code}: no actual start date although it is under way: record 'Start implementation' with the day the work started</source>
      <translation>{code} : aucune date de début effective alors que le projet est en cours : enregistrez « Lancer la mise en œuvre » à la date où les travaux ont commencé</translation>
    </message>
    <message>
      <source>{code}: no description beyond its title: describe the project's objectives</source>
      <translation>{code} : aucune description au-delà du titre : décrivez les objectifs du projet</translation>
    </message>
    <message>
      <source>{code}: no contact: give the organisation's contact in Tools &gt; Organisation Settings</source>
      <translation>{code} : aucun contact : indiquez le contact de l'organisation dans Outils &gt; Paramètres de l'organisation</translation>
    </message>
    <message>
      <source>{code}: no sub-national location: add the places where the project works</source>
      <translation>{code} : aucun lieu infranational : ajoutez les lieux où le projet intervient</translation>
    </message>
    <message>
      <source>{code}: no detailed purpose code (sector 99810, not specified): give the project its OECD DAC purpose code</source>
      <translation>{code} : aucun code-objet détaillé (secteur 99810, non spécifié) : attribuez au projet son code-objet du CAD de l'OCDE</translation>
    </message>
    <message>
      <source>{code}: no default flow, finance, aid or tied-aid type: set the defaults of its funding modality in Tools &gt; Organisation Settings</source>
      <translation>{code} : aucun type de flux, de financement ou d'aide ni statut de déliement par défaut : définissez ceux de sa modalité de financement dans Outils &gt; Paramètres de l'organisation</translation>
    </message>
    <message>
      <source>{code}: no capital spend: record the share of the budget spent on assets (0 where the project buys none)</source>
      <translation>{code} : aucune part de dépenses d'équipement : enregistrez la part du budget consacrée aux immobilisations (0 si le projet n'en achète pas)</translation>
    </message>
    <message>
      <source>{code}: no budget by year: record the budget and the planned dates</source>
      <translation>{code} : aucun budget par année : enregistrez le budget et les dates prévues</translation>
    </message>
    <message>
      <source>{code}: no commitment of its approved budget: record the budget and the day it was approved</source>
      <translation>{code} : aucun engagement de son budget approuvé : enregistrez le budget et la date de son approbation</translation>
    </message>
    <message>
      <source>{code}: no incoming commitment: record the funding that pays for it</source>
      <translation>{code} : aucun engagement reçu : enregistrez le financement qui le couvre</translation>
    </message>
    <message>
      <source>{code}: no results on a current activity: record its indicators with baseline and target</source>
      <translation>{code} : aucun résultat pour une activité en cours : enregistrez ses indicateurs avec valeur de référence et cible</translation>
    </message>
    <message>
      <source>{code}: no project document (objectives, A02) with a web address</source>
      <translation>{code} : aucun document de projet (objectifs, A02) avec une adresse web</translation>
    </message>
    <message>
      <source>{code}: no budget document (A05) with a web address</source>
      <translation>{code} : aucun document budgétaire (A05) avec une adresse web</translation>
    </message>
    <message>
      <source>{code}: no appraisal (A01) with a web address</source>
      <translation>{code} : aucune évaluation préalable (A01) avec une adresse web</translation>
    </message>
    <message>
      <source>{code}: no contract or agreement (A11) with a web address</source>
      <translation>{code} : aucun contrat ni accord (A11) avec une adresse web</translation>
    </message>
    <message>
      <source>{code}: no results or progress report (A08) with a web address</source>
      <translation>{code} : aucun rapport de résultats ou d'avancement (A08) avec une adresse web</translation>
    </message>
    <message>
      <source>{code}: {evaluation} completed, but no evaluation report (A07) of it with a web address</source>
      <translation>{code} : {evaluation} terminée, mais aucun rapport d'évaluation (A07) la concernant avec une adresse web</translation>
    </message>
    <message>
      <source>{code}: the document '{title}' has no web address, so the file cannot link to it</source>
      <translation>{code} : le document « {title} » n'a pas d'adresse web ; le fichier ne peut donc pas y renvoyer</translation>
    </message>
  </context>
  <context>
    <name>IatiExport</name>
    <message>
      <source>the IATI file</source>
      <translation>le fichier IITA</translation>
    </message>
    <message>
      <source>export cancelled; no file was written</source>
      <translation>exportation annulée ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
      <source>done</source>
      <translation>terminé</translation>
    </message>
    <message>
      <source>line {line}: {message}</source>
      <translation>ligne {line} : {message}</translation>
    </message>
    <message>
      <source>funded by {partner}</source>
      <translation>financé par {partner}</translation>
    </message>
    <message>
      <source>in stage {stage}</source>
      <translation>à l'étape {stage}</translation>
    </message>
    <message>
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <source>no project other than demo data {what}; no file was written</source>
      <translation>aucun projet autre que des données de démonstration {what} ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
      <source>no project other than demo data in the database; no file was written</source>
      <translation>aucun projet autre que des données de démonstration dans la base de données ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
      <source>no project {what}; no file was written</source>
      <translation>aucun projet {what} ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
      <source>no project in the database; no file was written</source>
      <translation>aucun projet dans la base de données ; aucun fichier n'a été écrit</translation>
    </message>
  </context>
  <context>
    <name>IatiFile</name>
    <message>
      <source>{file} declares a DOCTYPE with entity declarations, which IATI activity files never do; it is refused for safety and nothing was imported</source>
      <translation>{file} déclare un DOCTYPE avec des déclarations d'entités, ce que les fichiers d'activités IITA ne font jamais ; il est refusé par sécurité et rien n'a été importé</translation>
    </message>
    <message>
      <source>{file} declares a DOCTYPE, which IATI activity files never do; it is refused for safety and nothing was imported</source>
      <translation>{file} déclare un DOCTYPE, ce que les fichiers d'activités IITA ne font jamais ; il est refusé par sécurité et rien n'a été importé</translation>
    </message>
    <message>
      <source>{file} is not well-formed XML ({error})</source>
      <translation>{file} n'est pas du XML bien formé ({error})</translation>
    </message>
    <message>
      <source>{file} holds no XML element</source>
      <translation>{file} ne contient aucun élément XML</translation>
    </message>
    <message>
      <source>{message}, line {line}</source>
      <translation>{message}, ligne {line}</translation>
    </message>
    <message>
      <source>{file} refers to an external DTD or entity, which IATI activity files never do; it is refused for safety and nothing was imported</source>
      <translation>{file} fait référence à une DTD ou une entité externe, ce que les fichiers d'activités IITA ne font jamais ; il est refusé par sécurité et rien n'a été importé</translation>
    </message>
    <message>
      <source>{file} is not well-formed XML ({error}); nothing was imported</source>
      <translation>{file} n'est pas du XML bien formé ({error}) ; rien n'a été importé</translation>
    </message>
    <message>
      <source>{file} is XML but not an IATI activity file (its root is &lt;{root}&gt;, not &lt;iati-activities&gt;)</source>
      <translation>{file} est du XML mais pas un fichier d'activités IITA (sa racine est &lt;{root}&gt;, pas &lt;iati-activities&gt;)</translation>
    </message>
    <message>
      <source>{file} is an IATI version {version} file (IATI 1.0x, with text codes and no narratives); tracker reads IATI 2.01 to 2.03: convert it to 2.0x with the IATI converter or ask the publisher for a 2.0x file</source>
      <translation>{file} est un fichier IITA version {version} (IITA 1.0x, avec des codes textuels et sans narratifs) ; tracker lit les versions IITA 2.01 à 2.03 : convertissez-le en 2.0x avec le convertisseur IITA ou demandez un fichier 2.0x à l'éditeur</translation>
    </message>
    <message>
      <source>{file} declares IATI version {version}; tracker reads IATI 2.01 to 2.03</source>
      <translation>{file} déclare la version IITA {version} ; tracker lit les versions IITA 2.01 à 2.03</translation>
    </message>
  </context>
  <context>
    <name>IatiImport</name>
    <message>
      <source>{count} incoming funds not imported</source>
      <translation>{count} fonds reçus non importés</translation>
    </message>
    <message>
      <source>{count} outgoing commitments not imported</source>
      <translation>{count} engagements sortants non importés</translation>
    </message>
    <message>
      <source>{count} disbursements not imported</source>
      <translation>{count} décaissements non importés</translation>
    </message>
    <message>
      <source>{count} interest payments not imported</source>
      <translation>{count} paiements d'intérêts non importés</translation>
    </message>
    <message>
      <source>{count} loan repayments not imported</source>
      <translation>{count} remboursements de prêts non importés</translation>
    </message>
    <message>
      <source>{count} reimbursements not imported</source>
      <translation>{count} remboursements non importés</translation>
    </message>
    <message>
      <source>{count} purchases of equity not imported</source>
      <translation>{count} achats de participations non importés</translation>
    </message>
    <message>
      <source>{count} sales of equity not imported</source>
      <translation>{count} ventes de participations non importées</translation>
    </message>
    <message>
      <source>{count} credit guarantees not imported</source>
      <translation>{count} garanties de crédit non importées</translation>
    </message>
    <message>
      <source>{count} outgoing pledges not imported</source>
      <translation>{count} annonces de contributions sortantes non importées</translation>
    </message>
    <message>
      <source>{count} incoming pledges not imported</source>
      <translation>{count} annonces de contributions reçues non importées</translation>
    </message>
    <message numerus="yes">
      <source>%n incoming commitment(s) recorded as funding</source>
      <translation>
        <numerusform>%n engagement entrant enregistré comme financement</numerusform>
        <numerusform>%n engagements entrants enregistrés comme financements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n incoming fund(s) recorded as funding (their activities have no commitment)</source>
      <translation>
        <numerusform>%n versement de fonds reçu enregistré comme financement (son activité n'a pas d'engagement)</numerusform>
        <numerusform>%n versements de fonds reçus enregistrés comme financements (leurs activités n'ont pas d'engagement)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n incoming fund(s) not recorded: their activities' commitments already record that funding</source>
      <translation>
        <numerusform>%n versement de fonds reçu non enregistré : les engagements de son activité enregistrent déjà ce financement</numerusform>
        <numerusform>%n versements de fonds reçus non enregistrés : les engagements de leurs activités enregistrent déjà ce financement</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n expenditure transaction(s) recorded as expenditure</source>
      <translation>
        <numerusform>%n transaction de dépense enregistrée comme dépense</numerusform>
        <numerusform>%n transactions de dépense enregistrées comme dépenses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) recorded as expenditure (subcontracts: money passed on to implementing partners)</source>
      <translation>
        <numerusform>%n décaissement enregistré comme dépense (sous-traitance : fonds transférés aux partenaires d'exécution)</numerusform>
        <numerusform>%n décaissements enregistrés comme dépenses (sous-traitance : fonds transférés aux partenaires d'exécution)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) recorded as funding given by the reporting organisation</source>
      <translation>
        <numerusform>%n décaissement enregistré comme financement accordé par l'organisation déclarante</numerusform>
        <numerusform>%n décaissements enregistrés comme financements accordés par l'organisation déclarante</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) not recorded: their activities' commitments already record that funding</source>
      <translation>
        <numerusform>%n décaissement non enregistré : les engagements de son activité enregistrent déjà ce financement</numerusform>
        <numerusform>%n décaissements non enregistrés : les engagements de leurs activités enregistrent déjà ce financement</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n disbursement(s) not recorded, as chosen for this file</source>
      <translation>
        <numerusform>%n décaissement non enregistré, comme choisi pour ce fichier</numerusform>
        <numerusform>%n décaissements non enregistrés, comme choisi pour ce fichier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) recorded as expenditure (subcontracts: money passed on to implementing partners)</source>
      <translation>
        <numerusform>%n engagement sortant enregistré comme dépense (sous-traitance : fonds transférés aux partenaires d'exécution)</numerusform>
        <numerusform>%n engagements sortants enregistrés comme dépenses (sous-traitance : fonds transférés aux partenaires d'exécution)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) recorded as funding given by the reporting organisation</source>
      <translation>
        <numerusform>%n engagement sortant enregistré comme financement accordé par l'organisation déclarante</numerusform>
        <numerusform>%n engagements sortants enregistrés comme financements accordés par l'organisation déclarante</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) not recorded: their activities report the payments themselves (disbursements or expenditure), which are recorded</source>
      <translation>
        <numerusform>%n engagement sortant non enregistré : son activité déclare les paiements eux-mêmes (décaissements ou dépenses), qui sont enregistrés</numerusform>
        <numerusform>%n engagements sortants non enregistrés : leurs activités déclarent les paiements eux-mêmes (décaissements ou dépenses), qui sont enregistrés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) not recorded, as chosen for this file</source>
      <translation>
        <numerusform>%n engagement sortant non enregistré, comme choisi pour ce fichier</numerusform>
        <numerusform>%n engagements sortants non enregistrés, comme choisi pour ce fichier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n outgoing commitment(s) of approved budgets (written by tracker) read as the projects' budgets</source>
      <translation>
        <numerusform>%n engagement sortant de budget approuvé (écrit par tracker) lu comme le budget du projet</numerusform>
        <numerusform>%n engagements sortants de budgets approuvés (écrits par tracker) lus comme les budgets des projets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>activities read: %n</source>
      <translation>
        <numerusform>activités lues : %n</numerusform>
        <numerusform>activités lues : %n</numerusform>
      </translation>
    </message>
    <message>
      <source>import cancelled; nothing was imported</source>
      <translation>importation annulée ; rien n'a été importé</translation>
    </message>
    <message>
      <source>activity skipped: {why}</source>
      <translation>activité ignorée : {why}</translation>
    </message>
    <message>
      <source>{code}: appears twice in the file; the later copy skipped</source>
      <translation>{code} : figure deux fois dans le fichier ; la seconde occurrence est ignorée</translation>
    </message>
    <message>
      <source>{count} transactions of type {kind} not imported</source>
      <translation>{count} transactions de type {kind} non importées</translation>
    </message>
    <message>
      <source>{what}: tracker records funding (incoming commitments) and expenditure</source>
      <translation>{what} : tracker enregistre les financements (engagements reçus) et les dépenses</translation>
    </message>
    <message>
      <source>the file holds no activity</source>
      <translation>le fichier ne contient aucune activité</translation>
    </message>
    <message>
      <source>activity {code} skipped: {why}</source>
      <translation>activité {code} ignorée : {why}</translation>
    </message>
    <message>
      <source>the project is suspended here and the stage it was suspended from is not recorded, so it cannot resume towards {stage}</source>
      <translation>le projet est suspendu ici et l'étape à laquelle il a été suspendu n'est pas enregistrée ; il ne peut donc pas reprendre vers l'étape {stage}</translation>
    </message>
    <message>
      <source>no project-cycle action leads from {stage} to {target}</source>
      <translation>aucune action du cycle de projet ne mène de l'étape {stage} à l'étape {target}</translation>
    </message>
    <message>
      <source>{code}: stage change refused: {why}; the project stays in {stage}</source>
      <translation>{code} : changement d'étape refusé : {why} ; le projet reste à l'étape {stage}</translation>
    </message>
    <message>
      <source>{code}: stage change refused: '{action}' (on the way to {target}, as the file says): {why}; the project stays in {stage}</source>
      <translation>{code} : changement d'étape refusé : « {action} » (en route vers l'étape {target}, comme l'indique le fichier) : {why} ; le projet reste à l'étape {stage}</translation>
    </message>
    <message>
      <source>dated outside the years {first}-{last}</source>
      <translation>daté hors des années {first}-{last}</translation>
    </message>
    <message>
      <source>the US$ rate given for {currency} is refused: {why}; nothing was imported</source>
      <translation>le taux en $É.-U. donné pour {currency} est refusé : {why} ; rien n'a été importé</translation>
    </message>
    <message>
      <source>no value</source>
      <translation>aucune valeur</translation>
    </message>
    <message>
      <source>value '{value}' is not a number tracker can keep</source>
      <translation>la valeur « {value} » n'est pas un nombre que tracker peut conserver</translation>
    </message>
    <message>
      <source>value</source>
      <translation>valeur</translation>
    </message>
    <message>
      <source>no currency (neither the value nor the activity names one)</source>
      <translation>aucune monnaie (ni la valeur ni l'activité n'en indiquent)</translation>
    </message>
    <message>
      <source>'{currency}' is not an ISO 4217 currency</source>
      <translation>« {currency} » n'est pas une monnaie ISO 4217</translation>
    </message>
    <message>
      <source>value {currency} {amount} is worth more US$ than tracker keeps (below {limit})</source>
      <translation>la valeur {currency} {amount} vaut plus de $É.-U. que ce que tracker conserve (moins de {limit})</translation>
    </message>
    <message>
      <source>an activity without iati-identifier</source>
      <translation>une activité sans iati-identifier</translation>
    </message>
    <message numerus="yes">
      <source>{code}: the identifier cannot be a tracker code: it has %n characters, and a code has at most {width}</source>
      <translation>
        <numerusform>{code} : l'identifiant ne peut pas être un code tracker : il compte %n caractère, et un code en compte au plus {width}</numerusform>
        <numerusform>{code} : l'identifiant ne peut pas être un code tracker : il compte %n caractères, et un code en compte au plus {width}</numerusform>
      </translation>
    </message>
    <message>
      <source>{code}: the identifier cannot be a tracker code (2-{width} printable characters, starting with a letter or digit)</source>
      <translation>{code} : l'identifiant ne peut pas être un code tracker (2 à {width} caractères imprimables, commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
      <source>{code}: no title; the identifier stands in</source>
      <translation>{code} : aucun titre ; l'identifiant en tient lieu</translation>
    </message>
    <message>
      <source>{code}: title shortened to 500 characters</source>
      <translation>{code} : titre abrégé à 500 caractères</translation>
    </message>
    <message>
      <source>{code}: planned end {end} is before the start {start}; end date not imported</source>
      <translation>{code} : la fin prévue {end} précède le début {start} ; date de fin non importée</translation>
    </message>
    <message>
      <source>{code}: actual end {end} is before the start; not imported</source>
      <translation>{code} : la fin effective {end} précède le début ; non importée</translation>
    </message>
    <message>
      <source>{code}: no planned start date; imported without it (no evaluation plan until the dates are set)</source>
      <translation>{code} : aucune date de début prévue ; importé sans elle (pas de plan d'évaluation tant que les dates ne sont pas fixées)</translation>
    </message>
    <message>
      <source>{code}: no planned end date; imported without it (no evaluation plan until the dates are set)</source>
      <translation>{code} : aucune date de fin prévue ; importé sans elle (pas de plan d'évaluation tant que les dates ne sont pas fixées)</translation>
    </message>
    <message>
      <source>{code}: no activity status (or an unknown one: '{status}'); the stage is left as it is (a new project starts in {stage})</source>
      <translation>{code} : aucun statut d'activité (ou un statut inconnu : « {status} ») ; l'étape reste inchangée (un nouveau projet commence à l'étape {stage})</translation>
    </message>
    <message>
      <source>activity date (type {type})</source>
      <translation>date d'activité (type {type})</translation>
    </message>
    <message>
      <source>{code}: {why}; not imported</source>
      <translation>{code} : {why} ; non importé</translation>
    </message>
    <message>
      <source>{code}: recipient country '{country}' is not an ISO 3166 code; not imported</source>
      <translation>{code} : le pays bénéficiaire « {country} » n'est pas un code ISO 3166 ; non importé</translation>
    </message>
    <message>
      <source>{code}: recipient-country percentages add up to {total}; countries imported without shares</source>
      <translation>{code} : les pourcentages des pays bénéficiaires totalisent {total} ; pays importés sans répartition</translation>
    </message>
    <message>
      <source>{code}: a budget line skipped: {why}</source>
      <translation>{code} : une ligne budgétaire ignorée : {why}</translation>
    </message>
    <message>
      <source>{code}: a budget line without a valid period skipped</source>
      <translation>{code} : une ligne budgétaire sans période valide ignorée</translation>
    </message>
    <message>
      <source>{code}: a budget line for {start} to {end} skipped: {why}</source>
      <translation>{code} : une ligne budgétaire du {start} au {end} ignorée : {why}</translation>
    </message>
    <message>
      <source>{code}: a negative budget line ({currency} {amount}) skipped</source>
      <translation>{code} : une ligne budgétaire négative ({currency} {amount}) ignorée</translation>
    </message>
    <message>
      <source>{code}: no budget element; its planned disbursements stand for the budget</source>
      <translation>{code} : aucun élément budget ; ses décaissements prévus tiennent lieu de budget</translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n budget line(s) replaced by revised or later budgets for the same period</source>
      <translation>
        <numerusform>{code} : %n ligne budgétaire remplacée par des budgets révisés ou plus récents pour la même période</numerusform>
        <numerusform>{code} : %n lignes budgétaires remplacées par des budgets révisés ou plus récents pour la même période</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n budget line(s) outside the activity dates not counted</source>
      <translation>
        <numerusform>{code} : %n ligne budgétaire hors des dates de l'activité non comptée</numerusform>
        <numerusform>{code} : %n lignes budgétaires hors des dates de l'activité non comptées</numerusform>
      </translation>
    </message>
    <message>
      <source>{code}: budget not imported: {why}</source>
      <translation>{code} : budget non importé : {why}</translation>
    </message>
    <message>
      <source>the budget</source>
      <translation>le budget</translation>
    </message>
    <message>
      <source>the budget is worth more US$ than tracker keeps (below {limit})</source>
      <translation>le budget vaut plus de $É.-U. que ce que tracker conserve (moins de {limit})</translation>
    </message>
    <message>
      <source>{code}: the budget adds up to {currency} {amount}; no budget imported</source>
      <translation>{code} : le budget totalise {currency} {amount} ; aucun budget importé</translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n transaction(s) skipped: {why}</source>
      <translation>
        <numerusform>{code} : %n transaction ignorée : {why}</numerusform>
        <numerusform>{code} : %n transactions ignorées : {why}</numerusform>
      </translation>
    </message>
    <message>
      <source>funding {why}</source>
      <translation>financement : {why}</translation>
    </message>
    <message>
      <source>funding of zero or a negative amount (tracker records contributions only)</source>
      <translation>financement nul ou négatif (tracker n'enregistre que des contributions)</translation>
    </message>
    <message>
      <source>funding without a date</source>
      <translation>financement sans date</translation>
    </message>
    <message>
      <source>funding without a provider organisation (and not one funding organisation to credit)</source>
      <translation>financement sans organisation apporteuse (et sans organisation de financement unique à qui l'attribuer)</translation>
    </message>
    <message>
      <source>funding from an organisation with neither name nor reference</source>
      <translation>financement d'une organisation sans nom ni référence</translation>
    </message>
    <message>
      <source>expenditure {why}</source>
      <translation>dépense : {why}</translation>
    </message>
    <message>
      <source>expenditure without a date</source>
      <translation>dépense sans date</translation>
    </message>
    <message>
      <source>expenditure for a year outside {first}-{last} or a month outside 1-12</source>
      <translation>dépense pour une année hors de {first}-{last} ou un mois hors de 1-12</translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n indicator value(s) not imported: not a number, or not below {limit}</source>
      <translation>
        <numerusform>{code} : %n valeur d'indicateur non importée : pas un nombre, ou pas inférieure à {limit}</numerusform>
        <numerusform>{code} : %n valeurs d'indicateurs non importées : pas des nombres, ou pas inférieures à {limit}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n document link(s) not imported: no web address starting with https:// or http:// (of at most {width} characters), or no IATI document category</source>
      <translation>
        <numerusform>{code} : %n lien de document non importé : pas d'adresse web commençant par https:// ou http:// (d'au plus {width} caractères), ou pas de catégorie de document IITA</numerusform>
        <numerusform>{code} : %n liens de documents non importés : pas d'adresse web commençant par https:// ou http:// (d'au plus {width} caractères), ou pas de catégorie de document IITA</numerusform>
      </translation>
    </message>
    <message>
      <source>{code}: capital spend '{value}' is not a percentage between 0 and 100; not imported</source>
      <translation>{code} : la part des dépenses d'équipement « {value} » n'est pas un pourcentage compris entre 0 et 100 ; non importée</translation>
    </message>
    <message numerus="yes">
      <source>{code}: %n location(s) with neither name nor description not imported</source>
      <translation>
        <numerusform>{code} : %n lieu sans nom ni description non importé</numerusform>
        <numerusform>{code} : %n lieux sans nom ni description non importés</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportCell</name>
    <message>
      <source>{value} is not a finite number</source>
      <translation>{value} n'est pas un nombre fini</translation>
    </message>
    <message>
      <source>{what} must be a number, not {value}</source>
      <translation>{what} doit être un nombre, pas {value}</translation>
    </message>
    <message>
      <source>{what} must be a number, not a date</source>
      <translation>{what} doit être un nombre, pas une date</translation>
    </message>
    <message>
      <source>{what} is far too large: tracker keeps numbers below {limit}</source>
      <translation>{what} est beaucoup trop grand : tracker conserve les nombres inférieurs à {limit}</translation>
    </message>
    <message>
      <source>'{value}' is not a number</source>
      <translation>« {value} » n'est pas un nombre</translation>
    </message>
    <message>
      <source>{why}; check the year</source>
      <translation>{why} ; vérifiez l'année</translation>
    </message>
    <message>
      <source>{value} has a time of day; give a date only</source>
      <translation>{value} comporte une heure ; indiquez seulement une date</translation>
    </message>
    <message>
      <source>{value} is a time of day, not a date; type YYYY-MM-DD or format the cell as a date</source>
      <translation>{value} est une heure, pas une date ; tapez AAAA-MM-JJ ou mettez la cellule au format date</translation>
    </message>
    <message>
      <source>{value} is a number, not a date; type YYYY-MM-DD or format the cell as a date</source>
      <translation>{value} est un nombre, pas une date ; tapez AAAA-MM-JJ ou mettez la cellule au format date</translation>
    </message>
    <message>
      <source>'{value}' is not a date; use YYYY-MM-DD (e.g. 2025-01-31) or an Excel date</source>
      <translation>« {value} » n'est pas une date ; utilisez AAAA-MM-JJ (p. ex. 2025-01-31) ou une date Excel</translation>
    </message>
    <message>
      <source>{value} is not a plausible US$ rate (one unit worth {limit} US$ or more)</source>
      <translation>{value} n'est pas un taux en $É.-U. plausible (une unité vaudrait {limit} $É.-U. ou plus)</translation>
    </message>
    <message>
      <source>{value} is too large: tracker keeps numbers below {limit}</source>
      <translation>{value} est trop grand : tracker conserve les nombres inférieurs à {limit}</translation>
    </message>
    <message>
      <source>'{value}' is not a whole number</source>
      <translation>« {value} » n'est pas un nombre entier</translation>
    </message>
    <message>
      <source>{value} is far too large for {column}</source>
      <translation>{value} est beaucoup trop grand pour la colonne {column}</translation>
    </message>
    <message>
      <source>the text holds a NUL character (invisible, and no database keeps it); retype the cell</source>
      <translation>le texte contient un caractère NUL (invisible, et aucune base de données ne le conserve) ; retapez la cellule</translation>
    </message>
    <message>
      <source>'{value}' is not {yes} or {no}</source>
      <translation>« {value} » n'est ni {yes} ni {no}</translation>
    </message>
  </context>
  <context>
    <name>ImportProblem</name>
    <message>
      <source>sheet {sheet}</source>
      <translation>feuille {sheet}</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>ligne {row}</translation>
    </message>
    <message>
      <source>column {column}</source>
      <translation>colonne {column}</translation>
    </message>
    <message>
      <source>{place}: {message}</source>
      <translation>{place} : {message}</translation>
    </message>
  </context>
  <context>
    <name>ImportReport</name>
    <message>
      <source>{source}: {created} created, {updated} updated, {unchanged} unchanged records would be imported</source>
      <translation>{source} : enregistrements qui seraient importés : {created} créés, {updated} mis à jour, {unchanged} inchangés</translation>
    </message>
    <message>
      <source>{source}: {created} created, {updated} updated, {unchanged} unchanged records were imported</source>
      <translation>{source} : enregistrements importés : {created} créés, {updated} mis à jour, {unchanged} inchangés</translation>
    </message>
    <message numerus="yes">
      <source>; %n skipped</source>
      <translation>
        <numerusform>; %n ignoré</numerusform>
        <numerusform>; %n ignorés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n stage change(s) refused</source>
      <translation>
        <numerusform>; %n changement d'étape refusé</numerusform>
        <numerusform>; %n changements d'étape refusés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{source}: %n problem(s); nothing was imported</source>
      <translation>
        <numerusform>{source} : %n problème ; rien n'a été importé</numerusform>
        <numerusform>{source} : %n problèmes ; rien n'a été importé</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportWorkbook</name>
    <message>
      <source>the import template</source>
      <translation>le modèle d'importation</translation>
    </message>
    <message>
      <source>tracker import workbook</source>
      <translation>Classeur d'importation tracker</translation>
    </message>
    <message>
      <source>Fill in the sheets and import the file with 'tracker import FILE' or File &gt; Import in the app.</source>
      <translation>Remplissez les feuilles et importez le fichier avec « tracker import FICHIER » ou Fichier &gt; Importer dans l'application.</translation>
    </message>
    <message>
      <source>Required.</source>
      <translation>Obligatoire.</translation>
    </message>
    <message>
      <source>Choose a value from the list ({what}).</source>
      <translation>Choisissez une valeur dans la liste ({what}).</translation>
    </message>
    <message>
      <source>How to import</source>
      <translation>Comment importer</translation>
    </message>
    <message>
      <source>tracker import FILE.xlsx (add --dry-run to check without writing), or File &gt; Import… in the app.</source>
      <translation>tracker import FICHIER.xlsx (ajoutez --dry-run pour vérifier sans écrire), ou Fichier &gt; Importer… dans l'application.</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Règles</translation>
    </message>
    <message>
      <source>All or nothing</source>
      <translation>Tout ou rien</translation>
    </message>
    <message>
      <source>Every row is checked first. If any row has a problem, nothing is written and every problem is listed with its sheet, row, column and reason. Otherwise the whole file is imported in one transaction.</source>
      <translation>Chaque ligne est d'abord vérifiée. Si une ligne pose problème, rien n'est écrit et chaque problème est indiqué avec sa feuille, sa ligne, sa colonne et sa raison. Sinon, tout le fichier est importé en une seule transaction.</translation>
    </message>
    <message>
      <source>Matching</source>
      <translation>Correspondance</translation>
    </message>
    <message>
      <source>Projects and partners are matched by code. Other rows are matched by their project code and a natural key (listed per sheet below). A matching row updates the stored record; a new one is added. Importing the same file again changes nothing.</source>
      <translation>Les projets et les partenaires sont rapprochés par leur code. Les autres lignes sont rapprochées par leur code de projet et une clé naturelle (indiquée ci-dessous pour chaque feuille). Une ligne correspondante met à jour l'enregistrement existant ; une nouvelle ligne est ajoutée. Importer de nouveau le même fichier ne change rien.</translation>
    </message>
    <message>
      <source>Blank cells</source>
      <translation>Cellules vides</translation>
    </message>
    <message>
      <source>A blank cell keeps what tracker already holds (for a new record: the default). An import never deletes records.</source>
      <translation>Une cellule vide conserve ce que tracker contient déjà (pour un nouvel enregistrement : la valeur par défaut). Une importation ne supprime jamais d'enregistrements.</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>A new project starts in the stage given (blank: Design). An existing project's stage changes only through a project-cycle action in tracker; a different stage in the file is refused.</source>
      <translation>Un nouveau projet commence à l'étape indiquée (vide : Conception). L'étape d'un projet existant ne change que par une action du cycle de projet dans tracker ; une étape différente dans le fichier est refusée.</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <source>tracker plans the evaluations the rules require from the dates and budget; rows on the Evaluations sheet record their status and results, or add evaluations the rules do not require.</source>
      <translation>tracker planifie les évaluations exigées par les règles d'après les dates et le budget ; les lignes de la feuille Évaluations en consignent le statut et les résultats, ou ajoutent des évaluations que les règles n'exigent pas.</translation>
    </message>
    <message>
      <source>Limits</source>
      <translation>Limites</translation>
    </message>
    <message>
      <source>At most {count} rows in all. Rows with every cell blank are ignored; columns and sheets not in the template are ignored (and listed).</source>
      <translation>Au plus {count} lignes au total. Les lignes entièrement vides sont ignorées ; les colonnes et les feuilles absentes du modèle sont ignorées (et signalées).</translation>
    </message>
    <message>
      <source>Input formats</source>
      <translation>Formats de saisie</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>YYYY-MM-DD typed as text (2025-01-31), or a real Excel date.</source>
      <translation>AAAA-MM-JJ saisi en texte (2025-01-31), ou une véritable date Excel.</translation>
    </message>
    <message>
      <source>Amounts</source>
      <translation>Montants</translation>
    </message>
    <message>
      <source>Numbers, without currency signs; at most two decimals. Thousands separators are accepted in text.</source>
      <translation>Nombres, sans symbole monétaire ; deux décimales au plus. Les séparateurs de milliers sont acceptés dans le texte.</translation>
    </message>
    <message>
      <source>Currencies</source>
      <translation>Monnaies</translation>
    </message>
    <message>
      <source>ISO 4217 codes: USD, EUR, CHF, XOF, ... Blank means USD.</source>
      <translation>Codes ISO 4217 : USD, EUR, CHF, XOF, ... Vide signifie USD.</translation>
    </message>
    <message>
      <source>US$ rate</source>
      <translation>Taux ($É.-U.)</translation>
    </message>
    <message>
      <source>The US$ value of ONE unit of the currency: EUR at 1.08 means 1 EUR = 1.08 US$. Leave blank for USD. For another currency a blank cell takes the rate in force on the row's date in tracker's table of exchange rates (Tools &gt; Exchange Rates, or tracker rates import): a funding line's approval date, an expenditure line's month (the 1st), or 1 July of its year when it has no month, a project's planned start. A rate typed in the cell is kept as typed.</source>
      <translation>La valeur en $É.-U. d'UNE unité de la monnaie : EUR à 1,08 signifie 1 EUR = 1,08 $É.-U. Laissez vide pour USD. Pour une autre monnaie, une cellule vide prend le taux en vigueur à la date de la ligne dans la table des taux de change de tracker (Outils &gt; Taux de change, ou tracker rates import) : la date d'approbation d'une ligne de financement, le mois d'une ligne de dépenses (le 1er), ou le 1er juillet de son année si elle n'a pas de mois, le début prévu d'un projet. Un taux saisi dans la cellule est gardé tel quel.</translation>
    </message>
    <message>
      <source>Lists</source>
      <translation>Listes</translation>
    </message>
    <message>
      <source>Classifications take the codes of the drop-down lists; their labels (e.g. 'Asia and the Pacific') are accepted too, in English, French or Spanish. Themes and countries are comma-separated lists.</source>
      <translation>Les classifications prennent les codes des listes déroulantes ; leurs libellés (p. ex. « Asie et Pacifique ») sont aussi acceptés, en anglais, en français ou en espagnol. Les thèmes et les pays sont des listes séparées par des virgules.</translation>
    </message>
    <message>
      <source>Yes/no</source>
      <translation>Oui/non</translation>
    </message>
    <message>
      <source>yes or no (also true/false, 1/0).</source>
      <translation>oui ou non (aussi vrai/faux, 1/0, ou en anglais yes/no).</translation>
    </message>
    <message>
      <source>Required columns</source>
      <translation>Colonnes obligatoires</translation>
    </message>
    <message>
      <source>Headers in red and ending in * are required on every row.</source>
      <translation>Les en-têtes en rouge et se terminant par * sont obligatoires sur chaque ligne.</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <source>This workbook is written in English; a workbook written in English, French or Spanish imports whatever the language tracker is set to.</source>
      <translation>Ce classeur est rédigé en français ; un classeur rédigé en anglais, en français ou en espagnol s'importe quelle que soit la langue choisie dans tracker.</translation>
    </message>
    <message>
      <source>matched by {key}</source>
      <translation>rapproché par {key}</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obligatoire</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>facultatif</translation>
    </message>
    <message>
      <source>Ratings</source>
      <translation>Notation</translation>
    </message>
    <message>
      <source>{scale}. Criteria: {criteria}.</source>
      <translation>{scale}. Critères : {criteria}.</translation>
    </message>
    <message>
      <source>Codes: {codes}.</source>
      <translation>Codes : {codes}.</translation>
    </message>
    <message>
      <source>Demo data left out: the {count} demo projects this database holds ({codes}) are not in this workbook, which holds real projects only. Remove them from the database with File &gt; Remove Demo Data… in the app (tracker demo --remove).</source>
      <translation>Données de démonstration omises : les {count} projets de démonstration de cette base de données ({codes}) ne figurent pas dans ce classeur, qui ne contient que de vrais projets. Retirez-les de la base de données avec Fichier &gt; Supprimer les données de démonstration… dans l'application (tracker demo --remove).</translation>
    </message>
    <message>
      <source>Exporting project {done} of {total}…</source>
      <translation>Exportation du projet {done} sur {total}…</translation>
    </message>
    <message>
      <source>Importing project {done} of {total}…</source>
      <translation>Importation du projet {done} sur {total}…</translation>
    </message>
    <message numerus="yes">
      <source>... and {count} more problem(s); fix these first</source>
      <translation>
        <numerusform>... et {count} autre problème ; corrigez d'abord ceux-ci</numerusform>
        <numerusform>... et {count} autres problèmes ; corrigez d'abord ceux-ci</numerusform>
      </translation>
    </message>
    <message>
      <source>the same {what} is already on row {row}</source>
      <translation>{what} : la même clé figure déjà à la ligne {row}</translation>
    </message>
    <message>
      <source>the project already has {count} records that match this row; edit them in tracker</source>
      <translation>le projet a déjà {count} enregistrements qui correspondent à cette ligne ; modifiez-les dans tracker</translation>
    </message>
    <message>
      <source>no partner {code} on the {partners} sheet or in tracker</source>
      <translation>aucun partenaire {code} dans la feuille {partners} ni dans tracker</translation>
    </message>
    <message>
      <source>funding line (project, partner, approved on, modality)</source>
      <translation>ligne de financement (projet, partenaire, date d'approbation, modalité)</translation>
    </message>
    <message>
      <source>expenditure line (project, year, month, type, output)</source>
      <translation>ligne de dépenses (projet, année, mois, type, produit)</translation>
    </message>
    <message>
      <source>indicator (project, name)</source>
      <translation>indicateur (projet, nom)</translation>
    </message>
    <message>
      <source>evaluation (project, kind, sequence)</source>
      <translation>évaluation (projet, type, numéro)</translation>
    </message>
    <message>
      <source>the rules do not plan a {kind} for {code}; give its due date</source>
      <translation>les règles ne prévoient pas d'évaluation « {kind} » pour {code} ; indiquez sa date d'échéance</translation>
    </message>
    <message>
      <source>budget line (project, heading, output)</source>
      <translation>ligne budgétaire (projet, rubrique, produit)</translation>
    </message>
    <message>
      <source>progress report (project, period start, period end)</source>
      <translation>rapport d’avancement (projet, début de la période, fin de la période)</translation>
    </message>
    <message>
      <source>project {code} has no indicator named '{name}' (on the {sheet} sheet or in tracker)</source>
      <translation>le projet {code} n’a aucun indicateur nommé « {name} » (dans la feuille {sheet} ni dans tracker)</translation>
    </message>
    <message>
      <source>project {code} has several indicators named '{name}'; rename them in tracker</source>
      <translation>le projet {code} a plusieurs indicateurs nommés « {name} » ; renommez-les dans tracker</translation>
    </message>
    <message>
      <source>indicator value (project, indicator, measured on)</source>
      <translation>valeur d’indicateur (projet, indicateur, date de mesure)</translation>
    </message>
    <message>
      <source>location (project, name)</source>
      <translation>lieu (projet, nom)</translation>
    </message>
    <message>
      <source>{country} is not among the countries of project {code}</source>
      <translation>{country} ne figure pas parmi les pays du projet {code}</translation>
    </message>
    <message>
      <source>appraisal record (project, requirement, recorded on)</source>
      <translation>fiche d’évaluation préalable (projet, exigence, enregistrée le)</translation>
    </message>
    <message>
      <source>partner {code} is already on row {row}</source>
      <translation>le partenaire {code} figure déjà à la ligne {row}</translation>
    </message>
    <message>
      <source>partner {code} already has the name '{name}'</source>
      <translation>le partenaire {code} porte déjà le nom « {name} »</translation>
    </message>
    <message>
      <source>project {code} is already on row {row}; a code appears once in the file</source>
      <translation>le projet {code} figure déjà à la ligne {row} ; un code n'apparaît qu'une fois dans le fichier</translation>
    </message>
    <message>
      <source>project {code} is in {stage}; the file says {given}. An existing project changes stage only through a project-cycle action (tracker stage CODE ACTION); clear the cell or set it back</source>
      <translation>le projet {code} est à l'étape {stage} ; le fichier indique {given}. Un projet existant ne change d'étape que par une action du cycle de projet (tracker stage CODE ACTION) ; videz la cellule ou rétablissez sa valeur</translation>
    </message>
    <message>
      <source>a new project cannot start suspended; import it in the stage it was suspended from and suspend it in tracker</source>
      <translation>un nouveau projet ne peut pas commencer suspendu ; importez-le à l'étape à laquelle il a été suspendu et suspendez-le dans tracker</translation>
    </message>
    <message>
      <source>{amount} at a US$ rate of {rate} is worth more US$ than tracker keeps (below {limit})</source>
      <translation>{amount} à un taux de {rate} $É.-U. vaut plus de $É.-U. que ce que tracker conserve (moins de {limit})</translation>
    </message>
    <message>
      <source>no project {code} on the {projects} sheet or in tracker ({sheet} row for an unknown project)</source>
      <translation>aucun projet {code} dans la feuille {projects} ni dans tracker (ligne de la feuille {sheet} pour un projet inconnu)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>{file} is a damaged or truncated workbook ({error}); save it again from Excel</source>
      <translation>{file} est un classeur endommagé ou tronqué ({error}) ; enregistrez-le de nouveau depuis Excel</translation>
    </message>
    <message>
      <source>{file} holds {count} parts; that is not an import workbook</source>
      <translation>{file} contient {count} parties ; ce n'est pas un classeur d'importation</translation>
    </message>
    <message>
      <source>{file} unpacks to {size} GB, more than the {limit} GB an import may hold; split it into smaller files</source>
      <translation>{file} occupe {size} Go une fois décompressé, plus que les {limit} Go qu'une importation peut contenir ; divisez-le en fichiers plus petits</translation>
    </message>
    <message>
      <source>{file}: part {part} unpacks {ratio} times its packed size; this looks like a zip bomb, not a workbook, and was not opened</source>
      <translation>{file} : la partie {part} occupe {ratio} fois sa taille compressée une fois décompressée ; cela ressemble à une bombe zip, pas à un classeur, et le fichier n'a pas été ouvert</translation>
    </message>
    <message>
      <source>{file} is an IATI activity file, not an import workbook; import it as IATI</source>
      <translation>{file} est un fichier d'activités IITA, pas un classeur d'importation ; importez-le comme fichier IITA</translation>
    </message>
    <message>
      <source>{file} cannot be read as a workbook ({error}); save it again from Excel as .xlsx</source>
      <translation>{file} ne peut pas être lu comme classeur ({error}) ; enregistrez-le de nouveau depuis Excel au format .xlsx</translation>
    </message>
    <message>
      <source>{file} is damaged and cannot be read ({error}); save it again from Excel as .xlsx</source>
      <translation>{file} est endommagé et illisible ({error}) ; enregistrez-le de nouveau depuis Excel au format .xlsx</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>masquée</translation>
    </message>
    <message>
      <source>very hidden</source>
      <translation>très masquée</translation>
    </message>
    <message>
      <source>sheet '{sheet}': {state} in the workbook; hidden sheets are never read, ignored</source>
      <translation>feuille « {sheet} » : {state} dans le classeur ; les feuilles masquées ne sont jamais lues, ignorée</translation>
    </message>
    <message>
      <source>sheet {sheet}: not a sheet of the import template, ignored</source>
      <translation>feuille {sheet} : pas une feuille du modèle d'importation, ignorée</translation>
    </message>
    <message>
      <source>{file}: the {sheet} sheet is there only as a hidden sheet ('{title}'), and tracker never reads a hidden sheet: unhide it in Excel (right-click a sheet tab, Unhide) or delete it, then import again</source>
      <translation>{file} : la feuille {sheet} n'y figure que masquée (« {title} »), et tracker ne lit jamais une feuille masquée : affichez-la dans Excel (clic droit sur un onglet, Afficher) ou supprimez-la, puis importez de nouveau</translation>
    </message>
    <message>
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <source>{file}: sheets {titles} are both the {sheet} sheet; keep one of them and import again</source>
      <translation>{file} : les feuilles {titles} sont toutes deux la feuille {sheet} ; gardez-en une seule et importez de nouveau</translation>
    </message>
    <message>
      <source>{file} has none of the import template's sheets ({sheets}); write a template with 'tracker template' and fill it in</source>
      <translation>{file} ne contient aucune des feuilles du modèle d'importation ({sheets}) ; créez un modèle avec « tracker template » et remplissez-le</translation>
    </message>
    <message>
      <source>{file}: sheet {sheet} declares {count} columns; an import sheet has at most {limit}</source>
      <translation>{file} : la feuille {sheet} déclare {count} colonnes ; une feuille d'importation en compte au plus {limit}</translation>
    </message>
    <message>
      <source>{file} declares {count} rows; an import takes at most {limit} rows: split the file</source>
      <translation>{file} déclare {count} lignes ; une importation accepte au plus {limit} lignes : divisez le fichier</translation>
    </message>
    <message>
      <source>the cell holds a character no workbook may hold (such as a NUL); retype it in Excel</source>
      <translation>la cellule contient un caractère interdit dans un classeur (tel qu'un NUL) ; retapez-la dans Excel</translation>
    </message>
    <message>
      <source>{file}: {place} cannot be read ({error}); the file is damaged there: save it again from Excel as .xlsx</source>
      <translation>{file} : {place} est illisible ({error}) ; le fichier est endommagé à cet endroit : enregistrez-le de nouveau depuis Excel au format .xlsx</translation>
    </message>
    <message>
      <source>'{value}' is stored as a number but is not one; retype the cell in Excel</source>
      <translation>« {value} » est enregistré comme nombre mais n'en est pas un ; retapez la cellule dans Excel</translation>
    </message>
    <message>
      <source>'{value}' is stored as a date but is not one; retype the cell in Excel</source>
      <translation>« {value} » est enregistré comme date mais n'en est pas une ; retapez la cellule dans Excel</translation>
    </message>
    <message>
      <source>'{value}' is stored as yes/no but is neither; retype the cell in Excel</source>
      <translation>« {value} » est enregistré comme oui/non mais n'est ni l'un ni l'autre ; retapez la cellule dans Excel</translation>
    </message>
    <message>
      <source>the header row is empty; copy it from the template</source>
      <translation>la ligne d'en-tête est vide ; copiez-la depuis le modèle</translation>
    </message>
    <message>
      <source>sheet {sheet} column {letter} ({header}): not a template column, ignored</source>
      <translation>feuille {sheet} colonne {letter} ({header}) : pas une colonne du modèle, ignorée</translation>
    </message>
    <message>
      <source>the column '{header}' appears twice</source>
      <translation>la colonne « {header} » apparaît deux fois</translation>
    </message>
    <message>
      <source>the required column '{header}' is missing (renamed or deleted?); copy the header row from the template</source>
      <translation>la colonne obligatoire « {header} » manque (renommée ou supprimée ?) ; copiez la ligne d'en-tête depuis le modèle</translation>
    </message>
    <message>
      <source>sheet {sheet} goes past {limit} rows in all; an import takes at most {limit} rows: split the file</source>
      <translation>la feuille {sheet} dépasse {limit} lignes au total ; une importation accepte au plus {limit} lignes : divisez le fichier</translation>
    </message>
    <message>
      <source>Reading {sheet}, row {row}…</source>
      <translation>Lecture de {sheet}, ligne {row}…</translation>
    </message>
    <message>
      <source>{column} is required</source>
      <translation>{column} est obligatoire</translation>
    </message>
    <message>
      <source>Project code</source>
      <translation>Code du projet</translation>
    </message>
    <message>
      <source>Code of a project on the Projects sheet or already in tracker.</source>
      <translation>Code d'un projet de la feuille Projets ou déjà dans tracker.</translation>
    </message>
    <message>
      <source>A number (no currency sign); at most two decimals.</source>
      <translation>Un nombre (sans symbole monétaire) ; deux décimales au plus.</translation>
    </message>
    <message>
      <source>US$ value of one unit of the currency (EUR at 1.08 means 1 EUR = 1.08 US$). Blank: 1 for USD; for another currency, the rate in force on the row's date in tracker's table of exchange rates (a funding line's approval date; an expenditure line's month, or 1 July of its year without a month; a project's planned start).</source>
      <translation>Valeur en $É.-U. d'une unité de la monnaie (EUR à 1,08 signifie 1 EUR = 1,08 $É.-U.). Vide : 1 pour USD ; pour une autre monnaie, le taux en vigueur à la date de la ligne dans la table des taux de change de tracker (la date d'approbation d'une ligne de financement ; le mois d'une ligne de dépenses, ou le 1er juillet de son année sans mois ; le début prévu d'un projet).</translation>
    </message>
    <message>
      <source>Drop-down list.</source>
      <translation>Liste déroulante.</translation>
    </message>
    <message>
      <source>A number.</source>
      <translation>Un nombre.</translation>
    </message>
    <message>
      <source>Free text.</source>
      <translation>Texte libre.</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Monnaie</translation>
    </message>
    <message>
      <source>ISO 4217 code (blank: USD).</source>
      <translation>Code ISO 4217 (vide : USD).</translation>
    </message>
    <message>
      <source>The output of the agreement, where the budget is set by output (e.g. Output 1); blank otherwise.</source>
      <translation>Le produit de l’accord, lorsque le budget est établi par produit (p. ex. Produit 1) ; sinon, laisser vide.</translation>
    </message>
    <message>
      <source>1 (highly unsatisfactory) to 6 (highly satisfactory).</source>
      <translation>De 1 (très insatisfaisant) à 6 (très satisfaisant).</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Partenaires</translation>
    </message>
    <message>
      <source>partner code</source>
      <translation>code du partenaire</translation>
    </message>
    <message>
      <source>Funding partners. Only needed for partners not yet in tracker; a partner already there is matched by its code and updated.</source>
      <translation>Partenaires de financement. Nécessaire uniquement pour les partenaires qui ne sont pas encore dans tracker ; un partenaire déjà présent est rapproché par son code et mis à jour.</translation>
    </message>
    <message>
      <source>Short code, e.g. LUX (2-40 letters, digits, - _ . /).</source>
      <translation>Code court, p. ex. LUX (2 à 40 lettres, chiffres, - _ . /).</translation>
    </message>
    <message>
      <source>Full name, unique among partners.</source>
      <translation>Nom complet, unique parmi les partenaires.</translation>
    </message>
    <message>
      <source>Partner category (drop-down list).</source>
      <translation>Catégorie de partenaire (liste déroulante).</translation>
    </message>
    <message>
      <source>Only for non-state actors, and required for them.</source>
      <translation>Seulement pour les acteurs non étatiques, et obligatoire pour eux.</translation>
    </message>
    <message>
      <source>ISO 3166 two-letter code of the partner's country, if any.</source>
      <translation>Code ISO 3166 à deux lettres du pays du partenaire, le cas échéant.</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <source>project code</source>
      <translation>code du projet</translation>
    </message>
    <message>
      <source>One row per project. A code already in tracker updates that project; a new code creates one.</source>
      <translation>Une ligne par projet. Un code déjà présent dans tracker met à jour ce projet ; un nouveau code en crée un.</translation>
    </message>
    <message>
      <source>Project code, e.g. SEN/24/01/LUX; unique in the file.</source>
      <translation>Code du projet, p. ex. SEN/24/01/LUX ; unique dans le fichier.</translation>
    </message>
    <message>
      <source>Title (under 500 characters).</source>
      <translation>Titre (moins de 500 caractères).</translation>
    </message>
    <message>
      <source>Only for new projects (blank: Design). An existing project changes stage only through a project-cycle action in tracker.</source>
      <translation>Seulement pour les nouveaux projets (vide : Conception). Un projet existant ne change d'étape que par une action du cycle de projet dans tracker.</translation>
    </message>
    <message>
      <source>ILO region (drop-down list).</source>
      <translation>Région de l'OIT (liste déroulante).</translation>
    </message>
    <message>
      <source>ISO codes or names separated by commas, e.g. SN, ML or Senegal, Mali.</source>
      <translation>Codes ISO ou noms séparés par des virgules, p. ex. SN, ML ou Sénégal, Mali.</translation>
    </message>
    <message>
      <source>Cross-cutting themes as a comma-separated list of codes: {codes}.</source>
      <translation>Thèmes transversaux, en liste de codes séparés par des virgules : {codes}.</translation>
    </message>
    <message>
      <source>Responsible office.</source>
      <translation>Bureau responsable.</translation>
    </message>
    <message>
      <source>Responsible officer.</source>
      <translation>Chargé(e) de projet responsable.</translation>
    </message>
    <message>
      <source>Date (YYYY-MM-DD or an Excel date).</source>
      <translation>Date (AAAA-MM-JJ ou une date Excel).</translation>
    </message>
    <message>
      <source>Last day of the project (YYYY-MM-DD or an Excel date).</source>
      <translation>Dernier jour du projet (AAAA-MM-JJ ou une date Excel).</translation>
    </message>
    <message>
      <source>Once the project has ended.</source>
      <translation>Une fois le projet terminé.</translation>
    </message>
    <message>
      <source>Approved budget in the project's currency.</source>
      <translation>Budget approuvé dans la monnaie du projet.</translation>
    </message>
    <message>
      <source>yes or no (projects over 30 months).</source>
      <translation>oui ou non (projets de plus de 30 mois).</translation>
    </message>
    <message>
      <source>The OECD DAC 5-digit purpose code of what the project does, e.g. 16020 (employment creation); blank: the code its themes stand for.</source>
      <translation>Le code d'objet à 5 chiffres du CAD de l'OCDE correspondant à l'activité du projet, par exemple 16020 (création d'emplois) ; vide : le code correspondant à ses thèmes.</translation>
    </message>
    <message>
      <source>Per cent of the budget spent on assets (buildings, equipment): 0 for technical cooperation that buys none; blank when not known.</source>
      <translation>Pourcentage du budget consacré à des actifs (bâtiments, équipement) : 0 pour une coopération technique qui n'en achète pas ; vide s'il n'est pas connu.</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Financements</translation>
    </message>
    <message>
      <source>project code + partner code + approved on + modality</source>
      <translation>code du projet + code du partenaire + date d'approbation + modalité</translation>
    </message>
    <message>
      <source>Approved contributions to a project.</source>
      <translation>Contributions approuvées à un projet.</translation>
    </message>
    <message>
      <source>Partner code</source>
      <translation>Code du partenaire</translation>
    </message>
    <message>
      <source>A partner on the Partners sheet or already in tracker; blank only for regular budget (rbtc).</source>
      <translation>Un partenaire de la feuille Partenaires ou déjà dans tracker ; vide seulement pour le budget ordinaire (rbtc).</translation>
    </message>
    <message>
      <source>Funding modality (drop-down list).</source>
      <translation>Modalité de financement (liste déroulante).</translation>
    </message>
    <message>
      <source>Date of approval (YYYY-MM-DD or an Excel date).</source>
      <translation>Date d'approbation (AAAA-MM-JJ ou une date Excel).</translation>
    </message>
    <message>
      <source>Greater than zero.</source>
      <translation>Supérieur à zéro.</translation>
    </message>
    <message>
      <source>yes or no (blank: no).</source>
      <translation>oui ou non (vide : non).</translation>
    </message>
    <message>
      <source>The funding agreement's reference number, as the partner's financial reports quote it.</source>
      <translation>Le numéro de référence de l’accord de financement, tel que le citent les rapports financiers destinés au partenaire.</translation>
    </message>
    <message>
      <source>Expenditure</source>
      <translation>Dépenses</translation>
    </message>
    <message>
      <source>project code + year + month + type of expenditure + output</source>
      <translation>code du projet + année + mois + type de dépense + produit</translation>
    </message>
    <message>
      <source>Expenditure by year (and month, if known) and type of assistance.</source>
      <translation>Dépenses par année (et par mois, s'il est connu) et par type d'assistance.</translation>
    </message>
    <message>
      <source>Calendar year, e.g. 2025.</source>
      <translation>Année civile, p. ex. 2025.</translation>
    </message>
    <message>
      <source>1-12, or blank for a whole-year figure.</source>
      <translation>1-12, ou vide pour un montant annuel.</translation>
    </message>
    <message>
      <source>Negative for refunds or corrections.</source>
      <translation>Négatif pour les remboursements ou les corrections.</translation>
    </message>
    <message>
      <source>project code + kind + sequence</source>
      <translation>code du projet + type + numéro</translation>
    </message>
    <message>
      <source>Evaluations and their results. Evaluations the rules require are planned by tracker itself; a row here records their status and results, or adds an evaluation the rules do not require.</source>
      <translation>Évaluations et leurs résultats. tracker planifie lui-même les évaluations exigées par les règles ; une ligne ici en consigne le statut et les résultats, ou ajoute une évaluation que les règles n'exigent pas.</translation>
    </message>
    <message>
      <source>Number of an annual review (1, 2, ...); blank: 1.</source>
      <translation>Numéro d'un examen annuel (1, 2, ...) ; vide : 1.</translation>
    </message>
    <message>
      <source>Due date. Required for an evaluation the rules do not plan; the rules set the due date of a planned one they require.</source>
      <translation>Date d'échéance. Obligatoire pour une évaluation que les règles ne prévoient pas ; les règles fixent l'échéance de celles qu'elles exigent.</translation>
    </message>
    <message>
      <source>Drop-down list (blank: planned).</source>
      <translation>Liste déroulante (vide : planned).</translation>
    </message>
    <message>
      <source>Drop-down list (blank: self).</source>
      <translation>Liste déroulante (vide : self).</translation>
    </message>
    <message>
      <source>Required for a completed evaluation.</source>
      <translation>Obligatoire pour une évaluation achevée.</translation>
    </message>
    <message>
      <source>Rating relevance</source>
      <translation>Note pertinence</translation>
    </message>
    <message>
      <source>Rating efficiency</source>
      <translation>Note efficience</translation>
    </message>
    <message>
      <source>Rating effectiveness</source>
      <translation>Note efficacité</translation>
    </message>
    <message>
      <source>Rating impact</source>
      <translation>Note impact</translation>
    </message>
    <message>
      <source>Rating sustainability</source>
      <translation>Note durabilité</translation>
    </message>
    <message>
      <source>Required for a waived evaluation.</source>
      <translation>Obligatoire pour une évaluation dispensée.</translation>
    </message>
    <message>
      <source>Result indicators</source>
      <translation>Indicateurs de résultats</translation>
    </message>
    <message>
      <source>project code + indicator name</source>
      <translation>code du projet + nom de l'indicateur</translation>
    </message>
    <message>
      <source>Result indicators: baseline, target and what has been achieved.</source>
      <translation>Indicateurs de résultats : niveau de référence, cible et résultats obtenus.</translation>
    </message>
    <message>
      <source>Indicator name, unique within its project.</source>
      <translation>Nom de l'indicateur, unique au sein de son projet.</translation>
    </message>
    <message>
      <source>E.g. people, %, policies.</source>
      <translation>P. ex. personnes, %, politiques.</translation>
    </message>
    <message>
      <source>Per cent of the people counted who are women (0-100).</source>
      <translation>Pourcentage de femmes parmi les personnes comptées (0-100).</translation>
    </message>
    <message>
      <source>Budget lines</source>
      <translation>Lignes budgétaires</translation>
    </message>
    <message>
      <source>project code + heading + output</source>
      <translation>code du projet + rubrique + produit</translation>
    </message>
    <message>
      <source>The approved budget by budget line, in the project's currency: one row per heading (and output, where the agreement budgets by output).</source>
      <translation>Le budget approuvé par ligne budgétaire, dans la monnaie du projet : une ligne par rubrique (et par produit, lorsque l’accord établit le budget par produit).</translation>
    </message>
    <message>
      <source>The type of expenditure the line budgets (drop-down list).</source>
      <translation>Le type de dépense que la ligne budgétise (liste déroulante).</translation>
    </message>
    <message>
      <source>In the project's currency.</source>
      <translation>Dans la monnaie du projet.</translation>
    </message>
    <message>
      <source>Why expenditure departs from the line, in a sentence the partner reads.</source>
      <translation>Pourquoi les dépenses s’écartent de la ligne, en une phrase que lit le partenaire.</translation>
    </message>
    <message>
      <source>Progress reports</source>
      <translation>Rapports d’avancement</translation>
    </message>
    <message>
      <source>project code + period start + period end</source>
      <translation>code du projet + début de la période + fin de la période</translation>
    </message>
    <message>
      <source>What the project reports on a period: the narrative a funding partner asks for.</source>
      <translation>Ce que le projet rapporte sur une période : le compte rendu narratif que demande un partenaire de financement.</translation>
    </message>
    <message>
      <source>First day of the period reported on.</source>
      <translation>Premier jour de la période couverte.</translation>
    </message>
    <message>
      <source>Last day of the period reported on.</source>
      <translation>Dernier jour de la période couverte.</translation>
    </message>
    <message>
      <source>Who prepared the report.</source>
      <translation>Qui a établi le rapport.</translation>
    </message>
    <message>
      <source>Indicator values</source>
      <translation>Valeurs d’indicateur</translation>
    </message>
    <message>
      <source>project code + indicator + measured on</source>
      <translation>code du projet + indicateur + date de mesure</translation>
    </message>
    <message>
      <source>The value an indicator reached on a date (at the end of a reported period).</source>
      <translation>La valeur atteinte par un indicateur à une date (à la fin d’une période couverte par un rapport).</translation>
    </message>
    <message>
      <source>The name of one of the project's indicators (on the Result indicators sheet or already in tracker).</source>
      <translation>Le nom de l’un des indicateurs du projet (dans la feuille Indicateurs de résultats ou déjà dans tracker).</translation>
    </message>
    <message>
      <source>Date of the measurement (YYYY-MM-DD or an Excel date).</source>
      <translation>Date de la mesure (AAAA-MM-JJ ou une date Excel).</translation>
    </message>
    <message>
      <source>Decimal degrees, north and east positive (e.g. 14.69 and -17.44 for Dakar); give both coordinates or neither.</source>
      <translation>Degrés décimaux, positifs au nord et à l'est (par exemple 14.69 et -17.44 pour Dakar) ; indiquez les deux coordonnées ou aucune.</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>Lieux</translation>
    </message>
    <message>
      <source>project code + name</source>
      <translation>code du projet + nom</translation>
    </message>
    <message>
      <source>Places within the project's countries where it works (a province, a district, a town), published with its IATI activity.</source>
      <translation>Lieux des pays du projet où il intervient (une province, un district, une ville), publiés avec son activité IITA.</translation>
    </message>
    <message>
      <source>The place's name, unique within its project.</source>
      <translation>Le nom du lieu, unique au sein de son projet.</translation>
    </message>
    <message>
      <source>One of the project's countries: ISO code or name.</source>
      <translation>L'un des pays du projet : code ISO ou nom.</translation>
    </message>
    <message>
      <source>Appraisal records</source>
      <translation>Fiches d’évaluation préalable</translation>
    </message>
    <message>
      <source>project code + requirement + recorded on</source>
      <translation>code du projet + exigence + enregistré le</translation>
    </message>
    <message>
      <source>What the appraisal recorded to meet an appraisal requirement of the project's evaluation rule set (the environmental and social screening with its risk category, for example): approving a project looks for them.</source>
      <translation>Ce que l’évaluation préalable a consigné pour répondre à une exigence des règles d’évaluation du projet (l’examen environnemental et social avec sa catégorie de risque, par exemple) : l’approbation d’un projet les vérifie.</translation>
    </message>
    <message>
      <source>The code of the rule set's appraisal requirement, e.g. ess-screening.</source>
      <translation>Le code de l’exigence d’évaluation préalable des règles, par exemple ess-screening.</translation>
    </message>
    <message>
      <source>Date of the record (YYYY-MM-DD or an Excel date).</source>
      <translation>Date de la fiche (AAAA-MM-JJ ou une date Excel).</translation>
    </message>
    <message>
      <source>What it found, e.g. the risk category; one of the rule set's choices where it names some.</source>
      <translation>Ce qu’elle a constaté, par exemple la catégorie de risque ; l’un des choix des règles lorsqu’elles en donnent.</translation>
    </message>
    <message>
      <source>Who recorded it.</source>
      <translation>Qui l’a enregistrée.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
  </context>
  <context>
    <name>PackageFiles</name>
    <message>
      <source>the package was not written: {why}; exchange packages more often, or publish files and give their web addresses</source>
      <translation>le paquet n'a pas été écrit : {why} ; échangez des paquets plus souvent, ou publiez les fichiers et donnez leurs adresses web</translation>
    </message>
    <message>
      <source>the file carried for it has {size} bytes, not the {named} it names</source>
      <translation>le fichier transporté pour lui compte {size} octets, et non les {named} qu'il indique</translation>
    </message>
    <message>
      <source>the file carried for it is not the one it names (its checksum differs)</source>
      <translation>le fichier transporté pour lui n'est pas celui qu'il désigne (sa somme de contrôle diffère)</translation>
    </message>
    <message>
      <source>{file} is damaged or was altered: the attached file {member} does not match its checksum; nothing was merged</source>
      <translation>{file} est endommagé ou a été modifié : le fichier joint {member} ne correspond pas à sa somme de contrôle ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>{file} is truncated or damaged ({error}); nothing was merged</source>
      <translation>{file} est tronqué ou endommagé ({error}) ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>{file}: document “{title}” ({uuid}): {why}; nothing was merged</source>
      <translation>{file} : document « {title} » ({uuid}) : {why} ; rien n'a été fusionné</translation>
    </message>
  </context>
  <context>
    <name>PackageMerge</name>
    <message>
      <source>{file}: this package from {source} was already merged; nothing changed</source>
      <translation>{file} : ce paquet provenant de {source} a déjà été fusionné ; rien n'a changé</translation>
    </message>
    <message>
      <source>{file} from {source}: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged</source>
      <translation>{file} provenant de {source} : {created} créés, {updated} mis à jour, {deleted} supprimés, {unchanged} inchangés</translation>
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
      <source>record {uuid}</source>
      <translation>enregistrement {uuid}</translation>
    </message>
    <message>
      <source>{what} appears twice (lines {first} and {second})</source>
      <translation>{what} apparaît deux fois (lignes {first} et {second})</translation>
    </message>
    <message>
      <source>it is {kind} here; a package cannot turn one kind of record into another</source>
      <translation>c'est {kind} ici ; un paquet ne peut pas changer un type d'enregistrement en un autre</translation>
    </message>
    <message>
      <source>not a rate tracker can record: {problems}</source>
      <translation>ce n'est pas un taux que tracker puisse enregistrer : {problems}</translation>
    </message>
    <message>
      <source>tracker keeps every cluster evaluation: a package cannot delete one</source>
      <translation>tracker conserve toutes les évaluations groupées : un paquet ne peut pas en supprimer une</translation>
    </message>
    <message>
      <source>the stage history is kept as it happened: a package cannot delete an entry of it</source>
      <translation>l'historique des étapes est conservé tel qu'il s'est déroulé : un paquet ne peut pas en supprimer une entrée</translation>
    </message>
    <message>
      <source>deleted there; the package does not say of which project</source>
      <translation>supprimé là-bas ; le paquet n'indique pas de quel projet</translation>
    </message>
    <message>
      <source>the package deletes it as a record of another project</source>
      <translation>le paquet le supprime comme enregistrement d'un autre projet</translation>
    </message>
    <message>
      <source>the package moves this stage-history entry to another project</source>
      <translation>le paquet déplace cette entrée de l'historique des étapes vers un autre projet</translation>
    </message>
    <message>
      <source>the stage history is kept as it happened: a package cannot change an entry of it ({fields})</source>
      <translation>l'historique des étapes est conservé tel qu'il s'est déroulé : un paquet ne peut pas en modifier une entrée ({fields})</translation>
    </message>
    <message>
      <source>no project (unearmarked)</source>
      <translation>aucun projet (non préaffecté)</translation>
    </message>
    <message>
      <source>project {code}</source>
      <translation>projet {code}</translation>
    </message>
    <message>
      <source>it belongs to {owner} here; a package cannot move it to {other}</source>
      <translation>il appartient ici à : {owner} ; un paquet ne peut pas le déplacer vers : {other}</translation>
    </message>
    <message>
      <source>project {code}: the indicator value of {date} ({uuid}) measures an indicator the project does not have ({indicator})</source>
      <translation>projet {code} : la valeur d’indicateur du {date} ({uuid}) mesure un indicateur que le projet n’a pas ({indicator})</translation>
    </message>
    <message>
      <source>'{action}' is not a project-cycle action from {stage} to {target}</source>
      <translation>« {action} » n'est pas une action du cycle de projet de l'étape {stage} à l'étape {target}</translation>
    </message>
    <message>
      <source>'{action}' leads from {stage} nowhere, not to {target}</source>
      <translation>« {action} » ne mène nulle part depuis l'étape {stage}, et pas à l'étape {target}</translation>
    </message>
    <message>
      <source>'{action}' leads from {stage} to {leads}, not to {target}</source>
      <translation>« {action} » mène de l'étape {stage} à l'étape {leads}, pas à l'étape {target}</translation>
    </message>
    <message>
      <source>Applying the changes…</source>
      <translation>Application des modifications…</translation>
    </message>
    <message>
      <source>project {code}: {why}</source>
      <translation>projet {code} : {why}</translation>
    </message>
    <message>
      <source>{record}: deleted there, but funding here still names it; kept</source>
      <translation>{record} : supprimé là-bas, mais un financement ici le nomme encore ; conservé</translation>
    </message>
    <message>
      <source>{record}: {why}; the local rates are kept</source>
      <translation>{record} : {why} ; les taux locaux sont conservés</translation>
    </message>
    <message>
      <source>{record}: {why}</source>
      <translation>{record} : {why}</translation>
    </message>
    <message>
      <source>{record}: {why}; the local partner is kept</source>
      <translation>{record} : {why} ; le partenaire local est conservé</translation>
    </message>
    <message>
      <source>project {code} was changed by someone else during the merge; merge the package again</source>
      <translation>le projet {code} a été modifié par quelqu'un d'autre pendant la fusion ; fusionnez de nouveau le paquet</translation>
    </message>
    <message>
      <source>{record}: its project is not in this database (deleted here?)</source>
      <translation>{record} : son projet n'est pas dans cette base de données (supprimé ici ?)</translation>
    </message>
    <message>
      <source>{record}: its project is not in this database</source>
      <translation>{record} : son projet n'est pas dans cette base de données</translation>
    </message>
    <message>
      <source>the project is in {stage} here, not in {other}</source>
      <translation>le projet est ici à l'étape {stage}, pas à l'étape {other}</translation>
    </message>
    <message>
      <source>stays in {stage}: no project-cycle action leads from {stage} to {goal}</source>
      <translation>reste à l'étape {stage} : aucune action du cycle de projet ne mène de l'étape {stage} à l'étape {goal}</translation>
    </message>
    <message>
      <source>stays in {stage}: {why}</source>
      <translation>reste à l'étape {stage} : {why}</translation>
    </message>
    <message>
      <source>{record} of project {code}</source>
      <translation>{record} du projet {code}</translation>
    </message>
    <message>
      <source>Checking the package…</source>
      <translation>Vérification du paquet…</translation>
    </message>
    <message>
      <source>{file}: {why}; nothing was merged</source>
      <translation>{file} : {why} ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>{file} was exported from this database (or from a copy of it); merge it into another one, or give a copied database its own identity first</source>
      <translation>{file} a été exporté depuis cette base de données (ou une copie de celle-ci) ; fusionnez-le dans une autre, ou donnez d'abord à la copie sa propre identité</translation>
    </message>
    <message>
      <source>merging the field package was cancelled; nothing was changed</source>
      <translation>la fusion du paquet de terrain a été annulée ; rien n'a été modifié</translation>
    </message>
    <message>
      <source>Package merged</source>
      <translation>Paquet fusionné</translation>
    </message>
    <message>
      <source>{file} holds demo projects ({codes}); demo data is not merged into a database with real projects, so nothing was merged (merge it into the demo portfolio, or export the package from a working database)</source>
      <translation>{file} contient des projets de démonstration ({codes}) ; les données de démonstration ne sont pas fusionnées dans une base de données contenant de vrais projets, rien n'a donc été fusionné (fusionnez-le dans le portefeuille de démonstration, ou exportez le paquet depuis une base de données de travail)</translation>
    </message>
    <message>
      <source>{file}: cluster evaluation {code} ({uuid}) is not the cluster evaluation {local} of this database ({local_uuid}): two databases made a cluster with one code; nothing was merged</source>
      <translation>{file} : l'évaluation groupée {code} ({uuid}) n'est pas l'évaluation groupée {local} de cette base ({local_uuid}) : deux bases ont créé un groupe sous le même code ; rien n'a été fusionné</translation>
    </message>
    <message>
      <source>{record}: refused: {why}</source>
      <translation>{record} : refusé : {why}</translation>
    </message>
  </context>
  <context>
    <name>PackageRecord</name>
    <message>
      <source>a partner</source>
      <translation>un partenaire</translation>
    </message>
    <message>
      <source>a project</source>
      <translation>un projet</translation>
    </message>
    <message>
      <source>a funding</source>
      <translation>un financement</translation>
    </message>
    <message>
      <source>a budget revision</source>
      <translation>une révision budgétaire</translation>
    </message>
    <message>
      <source>an expenditure</source>
      <translation>une dépense</translation>
    </message>
    <message>
      <source>an evaluation</source>
      <translation>une évaluation</translation>
    </message>
    <message>
      <source>a result indicator</source>
      <translation>un indicateur de résultats</translation>
    </message>
    <message>
      <source>a budget line</source>
      <translation>une ligne budgétaire</translation>
    </message>
    <message>
      <source>a progress report</source>
      <translation>un rapport d’avancement</translation>
    </message>
    <message>
      <source>an indicator value</source>
      <translation>une valeur d’indicateur</translation>
    </message>
    <message>
      <source>a document</source>
      <translation>un document</translation>
    </message>
    <message>
      <source>an appraisal record</source>
      <translation>une fiche d’évaluation préalable</translation>
    </message>
    <message>
      <source>a stage change</source>
      <translation>un changement d'étape</translation>
    </message>
    <message>
      <source>an exchange rate</source>
      <translation>un taux de change</translation>
    </message>
    <message>
      <source>a cluster evaluation</source>
      <translation>une évaluation groupée</translation>
    </message>
    <message>
      <source>exchange rate of {currency} from {day}</source>
      <translation>taux de change de {currency} à partir du {day}</translation>
    </message>
    <message>
      <source>it is not a record (a JSON object)</source>
      <translation>ce n'est pas un enregistrement (un objet JSON)</translation>
    </message>
    <message>
      <source>{kind} is not a kind of record tracker exchanges</source>
      <translation>{kind} n'est pas un type d'enregistrement que tracker échange</translation>
    </message>
    <message>
      <source>{what}: it has no valid UUID ({uuid})</source>
      <translation>{what} : aucun UUID valide ({uuid})</translation>
    </message>
    <message>
      <source>{what} {uuid}: the UUID of its project is not valid ({owner})</source>
      <translation>{what} {uuid} : l'UUID de son projet n'est pas valide ({owner})</translation>
    </message>
    <message>
      <source>{what} {uuid}: this kind of record belongs to no project</source>
      <translation>{what} {uuid} : ce type d'enregistrement n'appartient à aucun projet</translation>
    </message>
    <message>
      <source>{what} {uuid}: its values are not a JSON object</source>
      <translation>{what} {uuid} : ses valeurs ne sont pas un objet JSON</translation>
    </message>
    <message>
      <source>{what} {uuid}: it does not name its project</source>
      <translation>{what} {uuid} : il ne nomme pas son projet</translation>
    </message>
    <message>
      <source>{what} {uuid}: its ancestors are not a list of content hashes</source>
      <translation>{what} {uuid} : ses ancêtres ne sont pas une liste d'empreintes de contenu</translation>
    </message>
    <message>
      <source>{what} {uuid}: its values do not match its hash</source>
      <translation>{what} {uuid} : ses valeurs ne correspondent pas à son empreinte</translation>
    </message>
    <message>
      <source>{record}: {field}: at most {width} characters (it has {count})</source>
      <translation>{record} : {field} : {width} caractères au plus (il en a {count})</translation>
    </message>
    <message>
      <source>{record}: {fields} missing</source>
      <translation>{record} : {fields} manquant(s)</translation>
    </message>
    <message>
      <source>{record}: {field}: {amount} at the US$ rate {rate} is too large: tracker keeps amounts below {limit} US$</source>
      <translation>{record} : {field} : {amount} au taux de {rate} $É.-U. est trop grand : tracker conserve les montants inférieurs à {limit} $É.-U.</translation>
    </message>
    <message>
      <source>a value is required</source>
      <translation>une valeur est obligatoire</translation>
    </message>
    <message>
      <source>a list was expected, not {found}</source>
      <translation>une liste était attendue, pas {found}</translation>
    </message>
    <message>
      <source>a mapping was expected, not {found}</source>
      <translation>un dictionnaire était attendu, pas {found}</translation>
    </message>
    <message>
      <source>a value of a type this tracker cannot read</source>
      <translation>une valeur d'un type que ce tracker ne sait pas lire</translation>
    </message>
    <message>
      <source>a code was expected, not {found}</source>
      <translation>un code était attendu, pas {found}</translation>
    </message>
    <message>
      <source>{value} is not a {noun} tracker knows (use one of: {known})</source>
      <translation>{value} n'est pas une valeur connue de tracker ({noun}) (utilisez l'une de celles-ci : {known})</translation>
    </message>
    <message>
      <source>true or false was expected, not {found}</source>
      <translation>true ou false était attendu, pas {found}</translation>
    </message>
    <message>
      <source>a whole number was expected, not {found}</source>
      <translation>un nombre entier était attendu, pas {found}</translation>
    </message>
    <message>
      <source>{value} is too large</source>
      <translation>{value} est trop grand</translation>
    </message>
    <message>
      <source>a text was expected, not {found}</source>
      <translation>un texte était attendu, pas {found}</translation>
    </message>
    <message>
      <source>it holds a character no database can store (NUL, or half of a surrogate pair)</source>
      <translation>il contient un caractère qu'aucune base de données ne peut stocker (NUL, ou moitié d'une paire de substitution)</translation>
    </message>
    <message>
      <source>an exact number written as text was expected, not {found}</source>
      <translation>un nombre exact écrit en texte était attendu, pas {found}</translation>
    </message>
    <message>
      <source>{value} has too many digits</source>
      <translation>{value} a trop de chiffres</translation>
    </message>
    <message>
      <source>{value} is not a number</source>
      <translation>{value} n'est pas un nombre</translation>
    </message>
    <message>
      <source>{value} is not a finite number</source>
      <translation>{value} n'est pas un nombre fini</translation>
    </message>
    <message>
      <source>{value} is too large: tracker keeps numbers below {limit}</source>
      <translation>{value} est trop grand : tracker conserve les nombres inférieurs à {limit}</translation>
    </message>
    <message>
      <source>a date (YYYY-MM-DD) was expected, not {found}</source>
      <translation>une date (AAAA-MM-JJ) était attendue, pas {found}</translation>
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD)</source>
      <translation>{value} n'est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <source>a time was expected, not {found}</source>
      <translation>un horodatage était attendu, pas {found}</translation>
    </message>
    <message>
      <source>{value} is not a time (YYYY-MM-DDTHH:MM:SS)</source>
      <translation>{value} n'est pas un horodatage (AAAA-MM-JJTHH:MM:SS)</translation>
    </message>
    <message>
      <source>{value} has a time zone; tracker records UTC times without one</source>
      <translation>{value} comporte un fuseau horaire ; tracker enregistre les heures UTC sans fuseau</translation>
    </message>
    <message>
      <source>{value} is outside the years {first}-{last}</source>
      <translation>{value} est hors des années {first}-{last}</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation>true/false</translation>
    </message>
    <message>
      <source>the number {value}</source>
      <translation>le nombre {value}</translation>
    </message>
    <message>
      <source>the text {value}</source>
      <translation>le texte {value}</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <source>a mapping</source>
      <translation>un dictionnaire</translation>
    </message>
    <message>
      <source>partner</source>
      <translation>partenaire</translation>
    </message>
    <message>
      <source>project</source>
      <translation>projet</translation>
    </message>
    <message>
      <source>funding</source>
      <translation>financement</translation>
    </message>
    <message>
      <source>budget revision</source>
      <translation>révision budgétaire</translation>
    </message>
    <message>
      <source>expenditure</source>
      <translation>dépense</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>évaluation</translation>
    </message>
    <message>
      <source>result indicator</source>
      <translation>indicateur de résultats</translation>
    </message>
    <message>
      <source>budget line</source>
      <translation>ligne budgétaire</translation>
    </message>
    <message>
      <source>progress report</source>
      <translation>rapport d’avancement</translation>
    </message>
    <message>
      <source>indicator value</source>
      <translation>valeur d’indicateur</translation>
    </message>
    <message>
      <source>document</source>
      <translation>document</translation>
    </message>
    <message>
      <source>appraisal record</source>
      <translation>fiche d’évaluation préalable</translation>
    </message>
    <message>
      <source>stage change</source>
      <translation>changement d'étape</translation>
    </message>
    <message>
      <source>exchange rate</source>
      <translation>taux de change</translation>
    </message>
    <message>
      <source>cluster evaluation</source>
      <translation>évaluation groupée</translation>
    </message>
  </context>
  <context>
    <name>RatesImport</name>
    <message>
      <source>{file}: {added} rates would be added, {changed} corrected, {unchanged} unchanged</source>
      <translation>{file} : taux qui seraient ajoutés : {added}, corrigés : {changed}, inchangés : {unchanged}</translation>
    </message>
    <message>
      <source>{file}: {added} rates added, {changed} corrected, {unchanged} unchanged</source>
      <translation>{file} : taux ajoutés : {added}, corrigés : {changed}, inchangés : {unchanged}</translation>
    </message>
    <message>
      <source>; currencies: {count}; source: {source}</source>
      <translation> ; monnaies : {count} ; source : {source}</translation>
    </message>
    <message>
      <source>{currencies}: from {first}</source>
      <translation>{currencies} : à partir du {first}</translation>
    </message>
    <message>
      <source>{currency}: from {first}</source>
      <translation>{currency} : à partir du {first}</translation>
    </message>
    <message>
      <source>{currency}: {count} rates, {first} to {last}</source>
      <translation>{currency} : {count} taux, du {first} au {last}</translation>
    </message>
    <message>
      <source>UN operational rates of exchange</source>
      <translation>taux de change opérationnels de l'ONU</translation>
    </message>
    <message>
      <source>the currency is missing</source>
      <translation>la monnaie manque</translation>
    </message>
    <message>
      <source>the US$ is worth one US$ on every day, not {rate}</source>
      <translation>le dollar des États-Unis vaut un dollar tous les jours, pas {rate}</translation>
    </message>
    <message>
      <source>'{code}' is not an ISO 4217 currency code</source>
      <translation>« {code} » n'est pas un code de monnaie ISO 4217</translation>
    </message>
    <message>
      <source>{rate} is not plausible: one unit of {currency} would be worth {value} US$ (units per US$ and US$ per unit swapped?)</source>
      <translation>{rate} n'est pas plausible : une unité de {currency} vaudrait {value} $ É.-U. (unités par dollar et dollars par unité inversés ?)</translation>
    </message>
    <message>
      <source>{currency} on {day} already has another rate on row {row}</source>
      <translation>{currency} au {day} a déjà un autre taux à la ligne {row}</translation>
    </message>
    <message>
      <source>{file}, entry {row} (line {line}), element &lt;{element}&gt;: {what}</source>
      <translation>{file}, entrée {row} (ligne {line}), élément &lt;{element}&gt; : {what}</translation>
    </message>
    <message>
      <source>{file}, sheet {sheet}, row {row}, column {column}: {what}</source>
      <translation>{file}, feuille {sheet}, ligne {row}, colonne {column} : {what}</translation>
    </message>
    <message>
      <source>{file}, row {row}, column {column}: {what}</source>
      <translation>{file}, ligne {row}, colonne {column} : {what}</translation>
    </message>
    <message>
      <source>{value} has a time of day; give the date only</source>
      <translation>{value} comporte une heure ; indiquez la date seulement</translation>
    </message>
    <message>
      <source>the date is missing</source>
      <translation>la date manque</translation>
    </message>
    <message>
      <source>{value} is a number, not a date; write it as YYYY-MM-DD</source>
      <translation>{value} est un nombre, pas une date ; écrivez-la sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>'{value}' is not a date; write it as YYYY-MM-DD (e.g. 2026-10-01) or as the UN does (01 Oct 2026)</source>
      <translation>« {value} » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ (p. ex. 2026-10-01) ou comme l'ONU (01 Oct 2026)</translation>
    </message>
    <message>
      <source>the rate</source>
      <translation>le taux</translation>
    </message>
    <message>
      <source>the rate is missing</source>
      <translation>le taux manque</translation>
    </message>
    <message>
      <source>{value} is not a number</source>
      <translation>{value} n'est pas un nombre</translation>
    </message>
    <message>
      <source>the rate must be greater than zero, not {value}</source>
      <translation>le taux doit être supérieur à zéro, pas {value}</translation>
    </message>
    <message>
      <source>{file} is a database, not a list of exchange rates; choose the file of rates you downloaded</source>
      <translation>{file} est une base de données, pas une liste de taux de change ; choisissez le fichier de taux que vous avez téléchargé</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file} : ce fichier n'existe pas</translation>
    </message>
    <message>
      <source>{file} is a folder, not a file</source>
      <translation>{file} est un dossier, pas un fichier</translation>
    </message>
    <message>
      <source>{file} is empty</source>
      <translation>{file} est vide</translation>
    </message>
    <message>
      <source>{file} holds {size} MB, more than a list of exchange rates ({limit} MB at most)</source>
      <translation>{file} pèse {size} Mo, plus qu'une liste de taux de change ({limit} Mo au plus)</translation>
    </message>
    <message>
      <source>{file} declares a DOCTYPE, which the UN's list of rates never does; it is refused for safety and nothing was imported</source>
      <translation>{file} déclare un DOCTYPE, ce que la liste des taux de l'ONU ne fait jamais ; il est refusé par sécurité et rien n'a été importé</translation>
    </message>
    <message>
      <source>{file} is not well-formed XML ({error}, line {line}); nothing was imported</source>
      <translation>{file} n'est pas un XML bien formé ({error}, ligne {line}) ; rien n'a été importé</translation>
    </message>
    <message>
      <source>{file} is an IATI activity file, not a list of exchange rates; import it with tracker import</source>
      <translation>{file} est un fichier d'activités IITA, pas une liste de taux de change ; importez-le avec tracker import</translation>
    </message>
    <message>
      <source>{file} is an XML file but not the UN's list of operational rates of exchange (no &lt;UN_OPERATIONAL_RATES_DATASET&gt; element)</source>
      <translation>{file} est un fichier XML mais pas la liste des taux de change opérationnels de l'ONU (pas d'élément &lt;UN_OPERATIONAL_RATES_DATASET&gt;)</translation>
    </message>
    <message>
      <source>{file} holds no rates (no &lt;UN_OPERATIONAL_RATES&gt; entries)</source>
      <translation>{file} ne contient aucun taux (pas d'entrée &lt;UN_OPERATIONAL_RATES&gt;)</translation>
    </message>
    <message>
      <source>{file} holds more than {limit} rows; that is not a list of exchange rates</source>
      <translation>{file} compte plus de {limit} lignes ; ce n'est pas une liste de taux de change</translation>
    </message>
    <message>
      <source>{file}: give either a usd_per_unit column or a units_per_usd column, not both</source>
      <translation>{file} : donnez soit une colonne usd_par_unite, soit une colonne unites_par_usd, pas les deux</translation>
    </message>
    <message>
      <source>{file} is neither a list of exchange rates (.csv, .xlsx) nor the UN's XML list</source>
      <translation>{file} n'est ni une liste de taux de change (.csv, .xlsx) ni la liste XML de l'ONU</translation>
    </message>
    <message>
      <source>{file} has no header row tracker knows: a table of rates needs the columns currency, date and usd_per_unit or units_per_usd (or the UN's list: code, rate and effective date)</source>
      <translation>{file} n'a pas de ligne d'en-tête que tracker connaisse : un tableau de taux a besoin des colonnes devise, date et usd_par_unite ou unites_par_usd (ou, pour la liste de l'ONU : code, taux et date d'effet)</translation>
    </message>
    <message>
      <source>{file} is a zip file but not an Excel workbook (.xlsx)</source>
      <translation>{file} est un fichier zip mais pas un classeur Excel (.xlsx)</translation>
    </message>
    <message>
      <source>{file} is a damaged or truncated workbook; save it again from Excel</source>
      <translation>{file} est un classeur endommagé ou tronqué ; enregistrez-le de nouveau depuis Excel</translation>
    </message>
    <message>
      <source>{file} cannot be read as a workbook ({error})</source>
      <translation>{file} ne peut pas être lu comme classeur ({error})</translation>
    </message>
    <message>
      <source>sheet {sheet} is hidden: not read</source>
      <translation>la feuille {sheet} est masquée : elle n'est pas lue</translation>
    </message>
    <message>
      <source>{file}: the rates are on the hidden sheet {sheet}; hidden sheets are never read, so unhide it in Excel and import the file again</source>
      <translation>{file} : les taux sont sur la feuille masquée {sheet} ; les feuilles masquées ne sont jamais lues : affichez-la dans Excel et importez de nouveau le fichier</translation>
    </message>
    <message>
      <source>{file} is an old .xls or a password-protected workbook; save it as .xlsx (Excel Workbook), or download the UN's list as XML, and import that</source>
      <translation>{file} est un ancien fichier .xls ou un classeur protégé par mot de passe ; enregistrez-le au format .xlsx (Classeur Excel), ou téléchargez la liste de l'ONU en XML, et importez ce fichier</translation>
    </message>
    <message>
      <source>{file} is a web page, not a list of exchange rates; download the UN's list as XML (or Excel) and import that</source>
      <translation>{file} est une page web, pas une liste de taux de change ; téléchargez la liste de l'ONU en XML (ou Excel) et importez ce fichier</translation>
    </message>
    <message>
      <source>Reading the rates…</source>
      <translation>Lecture des taux…</translation>
    </message>
    <message>
      <source>{file} holds no exchange rate to import</source>
      <translation>{file} ne contient aucun taux de change à importer</translation>
    </message>
    <message>
      <source>the UN's list is recorded with the source "{source}"; the source given is not used</source>
      <translation>la liste de l'ONU est enregistrée avec la source « {source} » ; la source indiquée n'est pas utilisée</translation>
    </message>
    <message numerus="yes">
      <source>%n currency code(s) tracker does not know left out: {codes}</source>
      <translation>
        <numerusform>%n code de monnaie inconnu de tracker laissé de côté : {codes}</numerusform>
        <numerusform>%n codes de monnaie inconnus de tracker laissés de côté : {codes}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saving %n rate(s)…</source>
      <translation>
        <numerusform>Enregistrement de %n taux…</numerusform>
        <numerusform>Enregistrement de %n taux…</numerusform>
      </translation>
    </message>
    <message>
      <source>Rates imported</source>
      <translation>Taux importés</translation>
    </message>
  </context>
</TS>
