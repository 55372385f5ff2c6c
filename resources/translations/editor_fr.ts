<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AppraisalSection</name>
    <message>
      <source>Add appraisal re&amp;cord</source>
      <translation>Ajouter une fic&amp;he</translation>
    </message>
    <message>
      <source>Remo&amp;ve record</source>
      <translation>Effa&amp;cer la fiche</translation>
    </message>
    <message>
      <source>&lt;b&gt;Appraisal&lt;/b&gt;: what the rule set requires recorded before the project is approved</source>
      <translation>&lt;b&gt;Évaluation préalable&lt;/b&gt; : ce que le jeu de règles demande d’enregistrer avant l’approbation du projet</translation>
    </message>
    <message>
      <source>Rule set {rule_set} requires nothing to be recorded at appraisal for this project.</source>
      <translation>Le jeu de règles {rule_set} ne demande rien à enregistrer à l’évaluation préalable de ce projet.</translation>
    </message>
    <message>
      <source>Before approval, rule set {rule_set} requires:</source>
      <translation>Avant l’approbation, le jeu de règles {rule_set} demande :</translation>
    </message>
    <message>
      <source>missing: {why}</source>
      <translation>manquante : {why}</translation>
    </message>
    <message>
      <source>met</source>
      <translation>satisfaite</translation>
    </message>
    <message>
      <source>• {requirement}: {state}</source>
      <translation>• {requirement} : {state}</translation>
    </message>
  </context>
  <context>
    <name>BudgetPage</name>
    <message>
      <source>Heading</source>
      <translation>Rubrique</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Produit</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Expenditure to date</source>
      <translation>Dépenses à ce jour</translation>
    </message>
    <message>
      <source>Variance</source>
      <translation>Écart</translation>
    </message>
    <message>
      <source>Variance %</source>
      <translation>Écart %</translation>
    </message>
    <message>
      <source>Variance explanation</source>
      <translation>Explication de l’écart</translation>
    </message>
    <message>
      <source>Expenditure recorded under a heading and output that no budget line has</source>
      <translation>Dépenses enregistrées sous une rubrique et un produit qu’aucune ligne budgétaire ne prévoit</translation>
    </message>
    <message>
      <source>not budgeted</source>
      <translation>non budgétisé</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>No budget lines yet: financial statements show the project's total budget only.</source>
      <translation>Pas encore de lignes budgétaires : les états financiers ne montrent que le budget total du projet.</translation>
    </message>
    <message>
      <source>Budget lines total {total}; the project has no budget yet.</source>
      <translation>Total des lignes budgétaires {total} ; le projet n’a pas encore de budget.</translation>
    </message>
    <message>
      <source>Budget lines total {total}, equal to the project's budget.</source>
      <translation>Total des lignes budgétaires {total}, égal au budget du projet.</translation>
    </message>
    <message>
      <source>Budget lines total {total}; the project's budget is {budget}: {difference} is in no line.</source>
      <translation>Total des lignes budgétaires {total} ; le budget du projet est de {budget} : {difference} ne figure dans aucune ligne.</translation>
    </message>
    <message>
      <source>Budget lines total {total}; the project's budget is {budget}: the lines are {difference} over it.</source>
      <translation>Total des lignes budgétaires {total} ; le budget du projet est de {budget} : les lignes le dépassent de {difference}.</translation>
    </message>
    <message>
      <source>Add budget &amp;line</source>
      <translation>Ajouter une ligne &amp;budgétaire</translation>
    </message>
    <message>
      <source>Budget against expenditure to date, in the project's currency</source>
      <translation>Budget et dépenses à ce jour, dans la monnaie du projet</translation>
    </message>
    <message numerus="yes">
      <source>%n expenditure line(s) left out: in another currency with no US$ rate to convert it.</source>
      <translation>
        <numerusform>%n ligne de dépenses non prise en compte : dans une autre monnaie, sans taux en $É.-U. pour la convertir.</numerusform>
        <numerusform>%n lignes de dépenses non prises en compte : dans une autre monnaie, sans taux en $É.-U. pour les convertir.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CompletionDialog</name>
    <message>
      <source>Record completion: {evaluation}</source>
      <translation>Achèvement : {evaluation}</translation>
    </message>
    <message>
      <source>&amp;Completed on:</source>
      <translation>&amp;Date d'achèvement :</translation>
    </message>
    <message>
      <source>&amp;Evaluator:</source>
      <translation>Év&amp;aluateur ou évaluatrice :</translation>
    </message>
    <message>
      <source>&amp;Independence:</source>
      <translation>&amp;Indépendance :</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>non noté</translation>
    </message>
    <message>
      <source>{criterion}:</source>
      <translation>{criterion} :</translation>
    </message>
    <message>
      <source>&amp;Findings:</source>
      <translation>&amp;Constatations :</translation>
    </message>
    <message>
      <source>the completion date</source>
      <translation>la date d'achèvement</translation>
    </message>
    <message>
      <source>name who carried out the evaluation</source>
      <translation>indiquer qui a réalisé l'évaluation</translation>
    </message>
    <message>
      <source>this evaluation must be independent (internal or external): the budget is over the threshold</source>
      <translation>cette évaluation doit être indépendante (interne ou externe) : le budget dépasse le seuil</translation>
    </message>
  </context>
  <context>
    <name>CycleActions</name>
    <message>
      <source>&amp;Submit for appraisal</source>
      <translation>&amp;Soumettre à l'évaluation préalable</translation>
    </message>
    <message>
      <source>Re&amp;turn to design</source>
      <translation>Ren&amp;voyer à la conception</translation>
    </message>
    <message>
      <source>&amp;Approve</source>
      <translation>&amp;Approuver</translation>
    </message>
    <message>
      <source>Start &amp;implementation</source>
      <translation>&amp;Lancer la mise en œuvre</translation>
    </message>
    <message>
      <source>&amp;Begin evaluation and closing</source>
      <translation>&amp;Passer à l'évaluation et à la clôture</translation>
    </message>
    <message>
      <source>C&amp;lose project</source>
      <translation>&amp;Clôturer le projet</translation>
    </message>
    <message>
      <source>Sus&amp;pend</source>
      <translation>Suspen&amp;dre</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Reprendre</translation>
    </message>
    <message>
      <source>&amp;Cancel project</source>
      <translation>A&amp;nnuler le projet</translation>
    </message>
    <message>
      <source>Close project</source>
      <translation>Clôturer le projet</translation>
    </message>
    <message>
      <source>Cancel project</source>
      <translation>Annuler le projet</translation>
    </message>
  </context>
  <context>
    <name>CycleCommands</name>
    <message>
      <source>Save your changes before '{action}'?</source>
      <translation>Enregistrer vos modifications avant « {action} » ?</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Every project-cycle action (also on the Project menu)</source>
      <translation>Toutes les actions du cycle de projet (aussi dans le menu Projet)</translation>
    </message>
    <message>
      <source>Next step of the project cycle: {action}</source>
      <translation>Prochaine étape du cycle de projet : {action}</translation>
    </message>
    <message>
      <source>Save the new project first</source>
      <translation>Enregistrez d'abord le nouveau projet</translation>
    </message>
    <message>
      <source>Applies only from {stages}</source>
      <translation>S'applique seulement à partir de : {stages}</translation>
    </message>
    <message>
      <source>Moves the project to {stage}</source>
      <translation>Fait passer le projet à l'étape {stage}</translation>
    </message>
    <message>
      <source>{action} on {day}: {before} → {after}</source>
      <translation>{action} le {day} : {before} → {after}</translation>
    </message>
  </context>
  <context>
    <name>DateLineEdit</name>
    <message>
      <source>Choose a date from the calendar</source>
      <translation>Choisir une date dans le calendrier</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <source>Add a document's file</source>
      <translation>Joindre le fichier d'un document</translation>
    </message>
    <message>
      <source>Save the document's file as</source>
      <translation>Enregistrer le fichier du document sous</translation>
    </message>
    <message>
      <source>Add &amp;document</source>
      <translation>Ajouter un documen&amp;t</translation>
    </message>
    <message>
      <source>Add fi&amp;le…</source>
      <translation>Joindre un fic&amp;hier…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>Sa&amp;ve As…</source>
      <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
      <source>A file kept in the database and carried in field packages (up to {limit} MB)</source>
      <translation>Un fichier conservé dans la base de données et transporté dans les paquets de terrain (jusqu'à {limit} Mo)</translation>
    </message>
    <message>
      <source>Open the document's file, or its web address</source>
      <translation>Ouvrir le fichier du document, ou son adresse web</translation>
    </message>
    <message>
      <source>(the project)</source>
      <translation>(le projet)</translation>
    </message>
    <message>
      <source>Added {file}; it is kept in the database when the project is saved</source>
      <translation>{file} ajouté ; il est conservé dans la base de données à l'enregistrement du projet</translation>
    </message>
    <message>
      <source>No program on this computer opens {what}</source>
      <translation>Aucun programme de cet ordinateur n'ouvre {what}</translation>
    </message>
    <message>
      <source>the document's file</source>
      <translation>le fichier du document</translation>
    </message>
    <message>
      <source>Saved {file}</source>
      <translation>{file} enregistré</translation>
    </message>
  </context>
  <context>
    <name>EditorDialogs</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>{what} is required</source>
      <translation>{what} : obligatoire</translation>
    </message>
  </context>
  <context>
    <name>EditorState</name>
    <message>
      <source>a rate is needed: the US$ value of one {currency}</source>
      <translation>un taux est nécessaire : la valeur en $É.-U. d'une unité de {currency}</translation>
    </message>
    <message>
      <source>US${amount}</source>
      <translation>{amount} $É.-U.</translation>
    </message>
    <message>
      <source>{currency} {amount}</source>
      <translation>{amount} {currency}</translation>
    </message>
    <message>
      <source>{budget} ≈ US$ unknown until the rate is given</source>
      <translation>{budget} ≈ ? $É.-U. (taux non indiqué)</translation>
    </message>
    <message>
      <source>{budget} ≈ {usd} at {rate}</source>
      <translation>{budget} ≈ {usd} à {rate}</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$</source>
      <translation>1 {currency} = {rate} $É.-U.</translation>
    </message>
    <message>
      <source>a US$ rate is required (1 for US$)</source>
      <translation>un taux ($É.-U.) est obligatoire (1 pour le dollar des États-Unis)</translation>
    </message>
    <message>
      <source>{needed} (none in force on {day}: Tools &gt; Exchange Rates)</source>
      <translation>{needed} (aucun en vigueur le {day} : Outils &gt; Taux de change)</translation>
    </message>
    <message>
      <source>{months} months</source>
      <translation>{months} mois</translation>
    </message>
    <message>
      <source>its result must be one of: {choices}</source>
      <translation>son résultat doit être l’un de ceux-ci : {choices}</translation>
    </message>
  </context>
  <context>
    <name>EditorTables</name>
    <message>
      <source>(none: ILO regular budget)</source>
      <translation>(aucun : budget ordinaire de l'OIT)</translation>
    </message>
  </context>
  <context>
    <name>EvaluationActions</name>
    <message>
      <source>completion of {evaluation}</source>
      <translation>achèvement : {evaluation}</translation>
    </message>
    <message>
      <source>withdrawal of the waiver of {evaluation}</source>
      <translation>retrait de la dispense : {evaluation}</translation>
    </message>
    <message>
      <source>waiver of {evaluation}</source>
      <translation>dispense : {evaluation}</translation>
    </message>
    <message>
      <source>planning of {evaluation} as {form}</source>
      <translation>planification : {evaluation}, {form}</translation>
    </message>
    <message>
      <source>independence required of {evaluation}</source>
      <translation>indépendance exigée : {evaluation}</translation>
    </message>
    <message>
      <source>start of {evaluation}</source>
      <translation>début : {evaluation}</translation>
    </message>
    <message>
      <source>addition of an optional {evaluation}</source>
      <translation>ajout facultatif : {evaluation}</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPanel</name>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Exigée</translation>
    </message>
    <message>
      <source>Independence</source>
      <translation>Indépendance</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Part of cluster evaluation {code}</source>
      <translation>Fait partie de l’évaluation groupée {code}</translation>
    </message>
    <message>
      <source>Part of cluster evaluation {code}: {title}</source>
      <translation>Fait partie de l’évaluation groupée {code} : {title}</translation>
    </message>
    <message>
      <source>the {evaluation} is part of cluster evaluation {code}: it is recorded for every project the cluster covers at once, in Tools &gt; Cluster Evaluations</source>
      <translation>l'activité « {evaluation} » fait partie de l’évaluation groupée {code} : elle est enregistrée à la fois pour tous les projets du groupe, dans Outils &gt; Évaluations groupées</translation>
    </message>
    <message>
      <source>must be independent</source>
      <translation>doit être indépendante</translation>
    </message>
    <message>
      <source>Overdue ({status})</source>
      <translation>En retard ({status})</translation>
    </message>
    <message>
      <source>mandatory</source>
      <translation>obligatoire</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>facultative</translation>
    </message>
    <message>
      <source>Completed {day} by {evaluator}</source>
      <translation>Achevée le {day} par {evaluator}</translation>
    </message>
    <message>
      <source>Waived: {reason}</source>
      <translation>Dispense : {reason}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Evaluation plan&lt;/b&gt;</source>
      <translation>&lt;b&gt;Plan d'évaluation&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Mid-term review a&amp;greed in the initial evaluation plan</source>
      <translation>Examen à &amp;mi-parcours prévu par le plan initial</translation>
    </message>
    <message>
      <source>&amp;Add optional…</source>
      <translation>A&amp;jouter (facultative)…</translation>
    </message>
    <message>
      <source>Record completio&amp;n…</source>
      <translation>&amp;Noter l'achèvement…</translation>
    </message>
    <message>
      <source>&amp;Waive…</source>
      <translation>Dispen&amp;ser…</translation>
    </message>
    <message>
      <source>&amp;More</source>
      <translation>P&amp;lus</translation>
    </message>
    <message>
      <source>Mark as &amp;in progress</source>
      <translation>Marquer comme &amp;en cours</translation>
    </message>
    <message>
      <source>Plan as {form}</source>
      <translation>Prévoir sous la forme : {form}</translation>
    </message>
    <message>
      <source>&amp;Require this one to be independent</source>
      <translation>E&amp;xiger que celle-ci soit indépendante</translation>
    </message>
    <message>
      <source>&lt;b&gt;{title}&lt;/b&gt;: {details}</source>
      <translation>&lt;b&gt;{title}&lt;/b&gt; : {details}</translation>
    </message>
    <message>
      <source>Documents (Results tab, Documents): {titles}</source>
      <translation>Documents (onglet Résultats, Documents) : {titles}</translation>
    </message>
    <message>
      <source>&amp;Withdraw waiver</source>
      <translation>Retirer la dispen&amp;se</translation>
    </message>
    <message>
      <source>The rules engine plans the evaluations once the planned start, planned end and budget are set.</source>
      <translation>Le moteur de règles planifie les évaluations dès que le début prévu, la fin prévue et le budget sont indiqués.</translation>
    </message>
    <message>
      <source>Rule set {label}: {title}</source>
      <translation>Règles {label} : {title}</translation>
    </message>
    <message>
      <source>Independence: {reason}.</source>
      <translation>Indépendance : {reason}.</translation>
    </message>
    <message>
      <source>&lt;b&gt;On saving, the plan changes:&lt;/b&gt;</source>
      <translation>&lt;b&gt;À l'enregistrement, le plan change :&lt;/b&gt;</translation>
    </message>
  </context>
  <context>
    <name>LineRates</name>
    <message>
      <source>no US$ rate for {currency} on {day}: import that month's rates (Tools &gt; Exchange Rates) or type the rate</source>
      <translation>aucun taux en $É.-U. pour {currency} au {day} : importez les taux de ce mois (Outils &gt; Taux de change) ou saisissez le taux</translation>
    </message>
  </context>
  <context>
    <name>LocationsTable</name>
    <message>
      <source>Add &amp;location</source>
      <translation>Nou&amp;veau lieu</translation>
    </message>
    <message>
      <source>Remo&amp;ve location</source>
      <translation>Supprimer le lie&amp;u</translation>
    </message>
    <message>
      <source>Latitude and longitude in decimal degrees (north and east positive), e.g. {example}</source>
      <translation>Latitude et longitude en degrés décimaux (positives au nord et à l'est), par exemple {example}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Locations&lt;/b&gt; within the project's countries (published with its IATI activity)</source>
      <translation>&lt;b&gt;Lieux&lt;/b&gt; dans les pays du projet (publiés avec son activité IITA)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
  </context>
  <context>
    <name>OptionalEvaluationDialog</name>
    <message>
      <source>Add an optional evaluation</source>
      <translation>Ajouter une évaluation facultative</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>&amp;Due:</source>
      <translation>É&amp;chéance :</translation>
    </message>
    <message>
      <source>&amp;Independence:</source>
      <translation>&amp;Indépendance :</translation>
    </message>
    <message>
      <source>the due date</source>
      <translation>la date d'échéance</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Référence</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>Value at the period's end</source>
      <translation>Valeur en fin de période</translation>
    </message>
    <message>
      <source>Measured on {date}; type a value to record one on the period's end</source>
      <translation>Mesurée le {date} ; saisissez une valeur pour en enregistrer une à la fin de la période</translation>
    </message>
    <message>
      <source>No value measured by the period's end: the indicator's achieved value; type a value to record one</source>
      <translation>Aucune valeur mesurée à la fin de la période : la valeur atteinte de l’indicateur ; saisissez une valeur pour en enregistrer une</translation>
    </message>
    <message>
      <source>Measured on {date}</source>
      <translation>Mesurée le {date}</translation>
    </message>
    <message>
      <source>Add progress rep&amp;ort</source>
      <translation>Ajouter un rapport d’&amp;avancement</translation>
    </message>
    <message>
      <source>&amp;Summary of progress:</source>
      <translation>&amp;Résumé des progrès :</translation>
    </message>
    <message>
      <source>&amp;Challenges and risks:</source>
      <translation>Difficultés e&amp;t risques :</translation>
    </message>
    <message>
      <source>&amp;Lessons learned:</source>
      <translation>Ens&amp;eignements tirés :</translation>
    </message>
    <message>
      <source>Next s&amp;teps:</source>
      <translation>Pr&amp;ochaines étapes :</translation>
    </message>
    <message>
      <source>Indicator &amp;values at the period's end:</source>
      <translation>&amp;Valeurs des indicateurs en fin de période :</translation>
    </message>
    <message>
      <source>The project has no indicators yet: add them on the Results tab.</source>
      <translation>Le projet n’a pas encore d’indicateurs : ajoutez-les dans l’onglet Résultats.</translation>
    </message>
    <message>
      <source>Add a progress report, or select one in the list, to write its narrative.</source>
      <translation>Ajoutez un rapport d’avancement, ou sélectionnez-en un dans la liste, pour en rédiger le texte.</translation>
    </message>
    <message>
      <source>Progress report {start} to {end}</source>
      <translation>Rapport d’avancement du {start} au {end}</translation>
    </message>
  </context>
  <context>
    <name>ProjectEditor</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <source>Save your changes to {title} before closing?</source>
      <translation>Enregistrer les modifications de {title} avant de fermer ?</translation>
    </message>
    <message>
      <source>Add f&amp;unding line</source>
      <translation>Ajouter une ligne de fin&amp;ancement</translation>
    </message>
    <message>
      <source>Add e&amp;xpenditure line</source>
      <translation>Ajouter une ligne de dép&amp;enses</translation>
    </message>
    <message>
      <source>Add &amp;indicator</source>
      <translation>Ajouter un indica&amp;teur</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>Identification</translation>
    </message>
    <message>
      <source>Dates and budget</source>
      <translation>Dates et budget</translation>
    </message>
    <message>
      <source>Funding</source>
      <translation>Financement</translation>
    </message>
    <message>
      <source>Revise &amp;budget or extend…</source>
      <translation>Réviser le &amp;budget ou prolonger…</translation>
    </message>
    <message>
      <source>Budget lines</source>
      <translation>Lignes budgétaires</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>Révisions</translation>
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
      <source>Indicators</source>
      <translation>Indicateurs</translation>
    </message>
    <message>
      <source>Progress reports</source>
      <translation>Rapports d’avancement</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
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
      <source>&amp;Project</source>
      <translation>&amp;Projet</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>New indicator</source>
      <translation>Nouvel indicateur</translation>
    </message>
    <message>
      <source>{months} months (band {band})</source>
      <translation>{months} mois (tranche {band})</translation>
    </message>
    <message>
      <source>1 problem to fix before saving: {first}</source>
      <translation>1 problème à corriger avant d'enregistrer : {first}</translation>
    </message>
    <message>
      <source>{count} problems to fix before saving; the first: {first}</source>
      <translation>{count} problèmes à corriger avant d'enregistrer ; le premier : {first}</translation>
    </message>
    <message>
      <source>US${amount}</source>
      <translation>{amount} $É.-U.</translation>
    </message>
    <message>
      <source>This page has something to fix</source>
      <translation>Cette page contient quelque chose à corriger</translation>
    </message>
    <message>
      <source>Row {row}: {field}: {message}</source>
      <translation>Ligne {row} : {field} : {message}</translation>
    </message>
    <message>
      <source>Value of {indicator} on {date}: {message}</source>
      <translation>Valeur de {indicator} au {date} : {message}</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Nouveau projet</translation>
    </message>
    <message>
      <source> &lt;i&gt;(demo data)&lt;/i&gt;</source>
      <translation> &lt;i&gt;(données de démonstration)&lt;/i&gt;</translation>
    </message>
    <message>
      <source>&lt;i&gt;untitled&lt;/i&gt;</source>
      <translation>&lt;i&gt;sans titre&lt;/i&gt;</translation>
    </message>
    <message>
      <source>Stage: &lt;b&gt;{stage}&lt;/b&gt;</source>
      <translation>Étape : &lt;b&gt;{stage}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>project {code}</source>
      <translation>projet {code}</translation>
    </message>
    <message>
      <source>the new project</source>
      <translation>le nouveau projet</translation>
    </message>
    <message>
      <source>Saved {code}</source>
      <translation>{code} enregistré</translation>
    </message>
    <message>
      <source>Saved {code}; the evaluation plan has 1 change</source>
      <translation>{code} enregistré ; le plan d'évaluation a 1 modification</translation>
    </message>
    <message>
      <source>Saved {code}; the evaluation plan has {count} changes</source>
      <translation>{code} enregistré ; le plan d'évaluation a {count} modifications</translation>
    </message>
  </context>
  <context>
    <name>ProjectForm</name>
    <message>
      <source>Up to {count} characters</source>
      <translation>{count} caractères au plus</translation>
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation>&amp;Code :</translation>
    </message>
    <message>
      <source>e.g. {example}</source>
      <translation>p. ex. {example}</translation>
    </message>
    <message>
      <source>2-{count} characters, starting with a letter or digit; an IATI identifier as it is written</source>
      <translation>2 à {count} caractères, commençant par une lettre ou un chiffre ; un identifiant IITA tel qu'il est écrit</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>D&amp;escription :</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Région :</translation>
    </message>
    <message>
      <source>(choose a region)</source>
      <translation>(choisir une région)</translation>
    </message>
    <message>
      <source>Countr&amp;ies:</source>
      <translation>Pa&amp;ys :</translation>
    </message>
    <message>
      <source>ISO codes or names, separated by commas</source>
      <translation>Codes ISO ou noms, séparés par des virgules</translation>
    </message>
    <message>
      <source>e.g. SN, Burkina Faso, Lao PDR, The Gambia</source>
      <translation>p. ex. SN, Burkina Faso, Laos, Gambie</translation>
    </message>
    <message>
      <source>Strategic &amp;objective:</source>
      <translation>&amp;Objectif stratégique :</translation>
    </message>
    <message>
      <source>(choose an objective)</source>
      <translation>(choisir un objectif)</translation>
    </message>
    <message>
      <source>Cross-cutting themes:</source>
      <translation>Thèmes transversaux :</translation>
    </message>
    <message>
      <source>DAC p&amp;urpose code:</source>
      <translation>Code d'objet C&amp;AD :</translation>
    </message>
    <message>
      <source>The OECD DAC 5-digit code of what the project does, as IATI publishes it</source>
      <translation>Le code à 5 chiffres du CAD de l'OCDE correspondant à l'activité du projet, tel que l'IITA le publie</translation>
    </message>
    <message>
      <source>Re&amp;sponsible office:</source>
      <translation>&amp;Bureau responsable :</translation>
    </message>
    <message>
      <source>Responsible officer:</source>
      <translation>Chargé(e) de projet :</translation>
    </message>
    <message>
      <source>YYYY-MM-DD or the short date of your settings; Alt+Down opens a calendar</source>
      <translation>AAAA-MM-JJ ou la date courte de vos paramètres régionaux (JJ/MM/AAAA) ; Alt+Bas ouvre un calendrier</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>Planned &amp;start:</source>
      <translation>Dé&amp;but prévu :</translation>
    </message>
    <message>
      <source>Planned en&amp;d (last day):</source>
      <translation>Fin p&amp;révue (dernier jour) :</translation>
    </message>
    <message>
      <source>Duration:</source>
      <translation>Durée :</translation>
    </message>
    <message>
      <source>Ac&amp;tual end:</source>
      <translation>Fin &amp;effective :</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, when the project has ended</source>
      <translation>AAAA-MM-JJ, une fois le projet terminé</translation>
    </message>
    <message>
      <source>Approved &amp;budget:</source>
      <translation>B&amp;udget approuvé :</translation>
    </message>
    <message>
      <source>C&amp;urrency:</source>
      <translation>M&amp;onnaie :</translation>
    </message>
    <message>
      <source>US$ &amp;rate:</source>
      <translation>&amp;Taux ($É.-U.) :</translation>
    </message>
    <message>
      <source>US$ value of one unit of the currency</source>
      <translation>Valeur en $É.-U. d'une unité de la devise</translation>
    </message>
    <message>
      <source>1 for US$; e.g. {example} for EUR</source>
      <translation>1 pour le dollar des États-Unis ; p. ex. {example} pour l'EUR</translation>
    </message>
    <message>
      <source>Budget in US$:</source>
      <translation>Budget en $É.-U. :</translation>
    </message>
    <message>
      <source>Capital spend %:</source>
      <translation>Dépenses d'investissement (%) :</translation>
    </message>
    <message>
      <source>e.g. 0</source>
      <translation>p. ex. 0</translation>
    </message>
    <message>
      <source>The share of the spending that buys assets (buildings, equipment), in per cent: 0 for technical cooperation that buys none; blank when not known</source>
      <translation>La part des dépenses consacrée à des actifs (bâtiments, équipement), en pourcentage : 0 pour une coopération technique qui n'en achète pas ; vide si elle n'est pas connue</translation>
    </message>
    <message>
      <source>Evaluation ru&amp;le set:</source>
      <translation>Règles d'év&amp;aluation :</translation>
    </message>
    <message>
      <source>Until it is approved a project follows the evaluation policy in force; from its approval on it keeps the one in force that day. Choose a rule set to assign it instead.</source>
      <translation>Jusqu’à son approbation, un projet suit la politique d’évaluation en vigueur ; ensuite, il garde celle qui était en vigueur le jour de son approbation. Choisissez un jeu de règles pour le lui attribuer à la place.</translation>
    </message>
    <message>
      <source>Policy in force on approval: {name} (automatic)</source>
      <translation>Politique en vigueur à l’approbation : {name} (automatique)</translation>
    </message>
    <message>
      <source>Policy in force: {name} (automatic)</source>
      <translation>Politique en vigueur : {name} (automatique)</translation>
    </message>
  </context>
  <context>
    <name>PurposePicker</name>
    <message>
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <source>none: the code its themes stand for; type a code or words of its name</source>
      <translation>aucun : le code correspondant à ses thèmes ; tapez un code ou des mots de son nom</translation>
    </message>
  </context>
  <context>
    <name>RecordTable</name>
    <message>
      <source>{field} is required</source>
      <translation>{field} : obligatoire</translation>
    </message>
    <message>
      <source>{field} '{text}' is not a whole number</source>
      <translation>{field} : « {text} » n'est pas un nombre entier</translation>
    </message>
    <message>
      <source>{field}: up to {count} characters</source>
      <translation>{field} : {count} caractères au plus</translation>
    </message>
    <message>
      <source>Row {row}, {field}: {message}</source>
      <translation>Ligne {row}, {field} : {message}</translation>
    </message>
    <message>
      <source>&amp;Remove selected</source>
      <translation>Supprimer la séle&amp;ction</translation>
    </message>
  </context>
  <context>
    <name>RevisionDialog</name>
    <message>
      <source>Revise the budget or extend</source>
      <translation>Réviser le budget ou prolonger</translation>
    </message>
    <message>
      <source>e.g. {example}; empty: unchanged</source>
      <translation>p. ex. {example} ; vide : inchangé</translation>
    </message>
    <message>
      <source>YYYY-MM-DD; empty: unchanged</source>
      <translation>AAAA-MM-JJ ; vide : inchangée</translation>
    </message>
    <message>
      <source>e.g. no-cost extension agreed with the donor</source>
      <translation>p. ex. prolongation sans frais convenue avec le donateur</translation>
    </message>
    <message>
      <source>Revised &amp;on:</source>
      <translation>Révisé &amp;le :</translation>
    </message>
    <message>
      <source>New &amp;budget ({currency}):</source>
      <translation>Nouveau &amp;budget ({currency}) :</translation>
    </message>
    <message>
      <source>New planned &amp;end:</source>
      <translation>Nouvelle &amp;fin prévue :</translation>
    </message>
    <message>
      <source>New US$ &amp;rate:</source>
      <translation>Nouveau &amp;taux ($É.-U.) :</translation>
    </message>
    <message>
      <source>Re&amp;ason:</source>
      <translation>&amp;Motif :</translation>
    </message>
    <message>
      <source>The rate in force on {day} in the table of exchange rates.</source>
      <translation>Le taux en vigueur le {day} dans la table des taux de change.</translation>
    </message>
    <message>
      <source>{currency} {amount}</source>
      <translation>{amount} {currency}</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <source> at {rate} US$</source>
      <translation> au taux de {rate} $É.-U.</translation>
    </message>
    <message>
      <source>Now: budget {budget}; planned end {end}.</source>
      <translation>Actuellement : budget {budget} ; fin prévue {end}.</translation>
    </message>
    <message>
      <source>the revision date</source>
      <translation>la date de révision</translation>
    </message>
    <message>
      <source>the new planned end</source>
      <translation>la nouvelle fin prévue</translation>
    </message>
    <message>
      <source>the new budget</source>
      <translation>le nouveau budget</translation>
    </message>
    <message>
      <source>the new US$ rate</source>
      <translation>le nouveau taux ($É.-U.)</translation>
    </message>
    <message>
      <source>this changes nothing: the budget, the planned end and the US$ rate are as they are now</source>
      <translation>cela ne change rien : le budget, la fin prévue et le taux ($É.-U.) restent les mêmes</translation>
    </message>
  </context>
  <context>
    <name>StageDialog</name>
    <message>
      <source>the stage it was suspended from</source>
      <translation>l'étape d'où il a été suspendu</translation>
    </message>
    <message>
      <source>&lt;b&gt;{action}&lt;/b&gt; of {code}: {stage} → {target}</source>
      <translation>&lt;b&gt;{action}&lt;/b&gt; ({code}) : {stage} → {target}</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>Required: why, in a sentence or two</source>
      <translation>Obligatoire : pourquoi, en une phrase ou deux</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Motif :</translation>
    </message>
    <message>
      <source>the date</source>
      <translation>la date</translation>
    </message>
    <message>
      <source>give a reason to {action}</source>
      <translation>indiquer le motif : {action}</translation>
    </message>
  </context>
  <context>
    <name>UndoTexts</name>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} et {last}</translation>
    </message>
    <message>
      <source>change of {field}</source>
      <translation>modification : {field}</translation>
    </message>
    <message>
      <source>change of {field} in {record} {number}</source>
      <translation>modification : {field}, {record} {number}</translation>
    </message>
    <message>
      <source>addition of {record} {number}</source>
      <translation>ajout : {record} {number}</translation>
    </message>
    <message>
      <source>removal of {record} {number}</source>
      <translation>suppression : {record} {number}</translation>
    </message>
    <message>
      <source>value of {indicator} on {date}</source>
      <translation>valeur de {indicator} au {date}</translation>
    </message>
    <message>
      <source>revision of {fields}</source>
      <translation>révision : {fields}</translation>
    </message>
    <message>
      <source>&amp;Undo {step}</source>
      <translation>&amp;Annuler ({step})</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo {step}</source>
      <translation>&amp;Rétablir ({step})</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
  </context>
  <context>
    <name>WaiverDialog</name>
    <message>
      <source>Waive: {evaluation}</source>
      <translation>Dispense : {evaluation}</translation>
    </message>
    <message>
      <source>&amp;Reason for the waiver:</source>
      <translation>&amp;Motif de la dispense :</translation>
    </message>
    <message>
      <source>a waiver needs its reason</source>
      <translation>une dispense doit être motivée</translation>
    </message>
  </context>
</TS>
