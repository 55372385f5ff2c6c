<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>ComplianceReport</name>
    <message>
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <source>Not yet started</source>
      <translation>Pas encore démarrés</translation>
    </message>
    <message>
      <source>Evaluations required</source>
      <translation>Évaluations requises</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Achevées</translation>
    </message>
    <message>
      <source>Overdue evaluations</source>
      <translation>Évaluations en retard</translation>
    </message>
    <message>
      <source>Projects with overdue</source>
      <translation>Projets avec retard</translation>
    </message>
    <message>
      <source>Independence required</source>
      <translation>Indépendance requise</translation>
    </message>
    <message>
      <source>Independence met</source>
      <translation>Indépendance respectée</translation>
    </message>
    <message>
      <source>Independence not met</source>
      <translation>Indépendance non respectée</translation>
    </message>
    <message>
      <source>Compliant projects</source>
      <translation>Projets conformes</translation>
    </message>
    <message>
      <source>% compliant</source>
      <translation>% conformes</translation>
    </message>
    <message>
      <source>% independence met</source>
      <translation>% indépendance respectée</translation>
    </message>
    <message>
      <source>Evaluation compliance as of {date}</source>
      <translation>Conformité des évaluations au {date}</translation>
    </message>
    <message>
      <source>Evaluation compliance</source>
      <translation>Conformité des évaluations</translation>
    </message>
    <message>
      <source>Required evaluations of every project, overdue flags and the independence requirement, as of one date.</source>
      <translation>Évaluations requises de chaque projet, retards et exigence d'indépendance, à une date de référence.</translation>
    </message>
    <message>
      <source>evaluation; compliance</source>
      <translation>évaluation ; conformité</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>Date de référence</translation>
    </message>
    <message>
      <source>{date}: every stage, completion, due date and overdue flag in this report is as of this date (a project's stage from its stage history)</source>
      <translation>{date} : chaque étape, achèvement, échéance et retard de ce rapport est arrêté à cette date (l'étape d'un projet d'après l'historique de ses étapes)</translation>
    </message>
    <message>
      <source>Nil report</source>
      <translation>Rapport néant</translation>
    </message>
    <message>
      <source>Nothing to report: no project was under way or in the pipeline on {date} (cancelled ones aside), so no evaluation was required.</source>
      <translation>Rien à signaler : aucun projet n'était en cours ou en préparation au {date} (hors projets annulés), aucune évaluation n'était donc requise.</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>Every project except those cancelled by that date (their evaluations are no longer due)</source>
      <translation>Tous les projets sauf ceux annulés à cette date (leurs évaluations ne sont plus dues)</translation>
    </message>
    <message>
      <source>Evaluation rule set</source>
      <translation>Règles d'évaluation</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <source>Compliance by region and by funding partner</source>
      <translation>Conformité par région et par partenaire de financement</translation>
    </message>
    <message>
      <source>Records that disagree with each other, to correct or explain before sending: funding or expenditure above the budget, budget lines, dates, evaluations</source>
      <translation>Données incohérentes entre elles, à corriger ou à expliquer avant l'envoi : financement ou dépenses supérieurs au budget, lignes budgétaires, dates, évaluations</translation>
    </message>
    <message numerus="yes">
      <source>{count} project(s): evaluations required by the rules, completed, open and overdue; the independence requirement</source>
      <translation>
        <numerusform>{count} projet : évaluations requises par les règles, achevées, ouvertes et en retard ; exigence d'indépendance</numerusform>
        <numerusform>{count} projets : évaluations requises par les règles, achevées, ouvertes et en retard ; exigence d'indépendance</numerusform>
      </translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Évaluations</translation>
    </message>
    <message numerus="yes">
      <source>{count} required (mandatory) evaluation(s) with status, due date and overdue flag</source>
      <translation>
        <numerusform>{count} évaluation requise (obligatoire) avec son statut, son échéance et son retard éventuel</numerusform>
        <numerusform>{count} évaluations requises (obligatoires) avec leur statut, leur échéance et leur retard éventuel</numerusform>
      </translation>
    </message>
    <message>
      <source>Not yet due: a project not started on the reference date (in design, appraisal or approved on that date, or planned to start after it) has no evaluation due yet. It is never counted as non-compliant and is left out of the compliance rate: % compliant = compliant projects / (projects - projects not yet started).</source>
      <translation>Pas encore dû : un projet non démarré à la date de référence (en conception, en évaluation préalable ou approuvé à cette date, ou dont le démarrage est prévu après) n'a encore aucune évaluation due. Il n'est jamais compté comme non conforme et n'entre pas dans le taux de conformité : % conformes = projets conformes / (projets - projets pas encore démarrés).</translation>
    </message>
    <message>
      <source>Overdue: a mandatory evaluation of a started project, past its due date and not completed by the reference date (nor waived). One due later is not yet due.</source>
      <translation>En retard : évaluation obligatoire d'un projet démarré, dont l'échéance est passée et qui n'était pas achevée à la date de référence (ni dispensée). Une évaluation à échéance ultérieure n'est pas encore due.</translation>
    </message>
    <message>
      <source>Completed: completed on or before the reference date. An evaluation recorded as completed without a date counts as completed and is listed in the checks.</source>
      <translation>Achevée : achevée au plus tard à la date de référence. Une évaluation enregistrée comme achevée sans date compte comme achevée et figure dans les contrôles.</translation>
    </message>
    <message>
      <source>Independence requirement: a project whose budget is over the threshold of its evaluation rules (over US${amount} under the ILO evaluation framework of November 2002) needs at least one independent evaluation (independent internal or external) during its cycle; it is met by a completed one. Self-evaluation never counts. It is not met once the evaluation that must be independent is past due, or the project has ended, without one; before that it is not yet due. % independence met = met / (met + not met).</source>
      <translation>Exigence d'indépendance : un projet dont le budget dépasse le seuil de ses règles d'évaluation (plus de {amount} dollars É.-U. selon le cadre d'évaluation du BIT de novembre 2002) doit faire l'objet d'au moins une évaluation indépendante (indépendante interne ou externe) au cours de son cycle ; elle est respectée par une évaluation achevée. L'auto-évaluation ne compte jamais. Elle n'est pas respectée lorsque l'évaluation qui doit être indépendante a dépassé son échéance, ou que le projet a pris fin, sans évaluation indépendante ; avant cela, elle n'est pas encore due. % indépendance respectée = respectée / (respectée + non respectée).</translation>
    </message>
    <message>
      <source>Compliant: a started project with nothing overdue and the independence requirement not failed.</source>
      <translation>Conforme : projet démarré sans aucune évaluation en retard et dont l'exigence d'indépendance n'est pas en défaut.</translation>
    </message>
    <message>
      <source>By partner: a project funded by several partners counts under each of them, so that table has no total; its last row repeats the portfolio total, each project counted once.</source>
      <translation>Par partenaire : un projet financé par plusieurs partenaires compte pour chacun d'eux ; ce tableau n'a donc pas de total ; sa dernière ligne reprend le total du portefeuille, chaque projet compté une fois.</translation>
    </message>
    <message>
      <source>Projects not cancelled on {date}; stages, completions and due dates as of that date</source>
      <translation>Projets non annulés au {date} ; étapes, achèvements et échéances à cette date</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <source>No partner (ILO regular budget, or none recorded)</source>
      <translation>Aucun partenaire (budget ordinaire de l'OIT, ou non indiqué)</translation>
    </message>
    <message>
      <source>Funding partner</source>
      <translation>Partenaire de financement</translation>
    </message>
    <message>
      <source>All projects (each counted once)</source>
      <translation>Tous les projets (chacun compté une fois)</translation>
    </message>
    <message>
      <source>Not required</source>
      <translation>Non requise</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>Respectée</translation>
    </message>
    <message>
      <source>Not met</source>
      <translation>Non respectée</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>Pas encore dû</translation>
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
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Partenaires</translation>
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
      <source>Budget (US$)</source>
      <translation>Budget (US$)</translation>
    </message>
    <message>
      <source>Rule set</source>
      <translation>Règles</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>Requises</translation>
    </message>
    <message>
      <source>Waived</source>
      <translation>Dispensées</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvertes</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Prochaine échéance</translation>
    </message>
    <message>
      <source>Independence</source>
      <translation>Indépendance</translation>
    </message>
    <message>
      <source>Compliant</source>
      <translation>Conforme</translation>
    </message>
    <message>
      <source>Projects and their required evaluations as of {date}</source>
      <translation>Projets et évaluations requises au {date}</translation>
    </message>
    <message>
      <source>As of {date}. Overdue: mandatory, past due, not completed by that date; a project not yet started has nothing due yet</source>
      <translation>Au {date}. En retard : obligatoire, échéance passée, non achevée à cette date ; un projet pas encore démarré n'a encore rien de dû</translation>
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
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>Achevée le</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>Jours de retard</translation>
    </message>
    <message>
      <source>On the date</source>
      <translation>À la date</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Forme</translation>
    </message>
    <message>
      <source>Must be independent</source>
      <translation>Doit être indépendante</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Required evaluations as of {date}</source>
      <translation>Évaluations requises au {date}</translation>
    </message>
    <message>
      <source>As of {date}: the mandatory evaluations of projects not cancelled by that date; "On the date" gives each one's standing that day</source>
      <translation>Au {date} : évaluations obligatoires des projets non annulés à cette date ; « À la date » donne la situation de chacune ce jour-là</translation>
    </message>
    <message>
      <source>Due that day</source>
      <translation>Due ce jour-là</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Faite</translation>
    </message>
  </context>
  <context>
    <name>DonorDocuments</name>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
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
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Adresse web</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>Documents of the projects</source>
      <translation>Documents des projets</translation>
    </message>
    <message>
      <source>Project documents, budgets, progress and evaluation reports dated up to {date}</source>
      <translation>Documents de projet, budgets, rapports d'avancement et d'évaluation datés jusqu'au {date}</translation>
    </message>
    <message>
      <source>A document without a web address is not published; the ILO sends it on request.</source>
      <translation>Un document sans adresse web n'est pas publié ; le BIT l'envoie sur demande.</translation>
    </message>
  </context>
  <context>
    <name>DonorReport</name>
    <message>
      <source>{partner} ILO cooperation, {period}</source>
      <translation>{partner} – coopération avec l'OIT, {period}</translation>
    </message>
    <message>
      <source>Donor report: {partner}</source>
      <translation>Rapport au donateur : {partner}</translation>
    </message>
    <message>
      <source>Contributions, projects, results and evaluations of {partner}, {period}.</source>
      <translation>Contributions, projets, résultats et évaluations : {partner}, {period}.</translation>
    </message>
    <message>
      <source>donor report; {code}</source>
      <translation>rapport au donateur ; {code}</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <source>The partner, its contributions per year by modality in US$ and in the currencies it gives in, and the key figures of the projects it funds</source>
      <translation>Le partenaire, ses contributions par année et par modalité en dollars É.-U. et dans les monnaies de ses versements, et les chiffres clés des projets qu'il finance</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <source>The projects it funds: countries, region, objective, stage, dates, budget, expenditure, delivery rate, its funding, next evaluation</source>
      <translation>Les projets qu'il finance : pays, région, objectif, étape, dates, budget, dépenses, taux d'exécution, son financement, prochaine évaluation</translation>
    </message>
    <message>
      <source>Per project: budget and expenditure by budget line in the agreement currency and in US$, variances and their explanation, rates used, agreement reference, certification</source>
      <translation>Par projet : budget et dépenses par ligne budgétaire dans la monnaie de l'accord et en dollars É.-U., écarts et leur explication, taux de change appliqués, référence de l'accord, certification</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <source>Per project: summary of progress, challenges and risks, lessons learned, next steps</source>
      <translation>Par projet : résumé des progrès, difficultés et risques, enseignements tirés, prochaines étapes</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Indicators: baseline, target, actual at the end of the period, share of women</source>
      <translation>Indicateurs : situation de référence, cible, valeur effective à la fin de la période, proportion de femmes</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <source>Evaluations of those projects, planned and completed</source>
      <translation>Évaluations de ces projets, prévues et achevées</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Constatations</translation>
    </message>
    <message>
      <source>Findings and ratings of the evaluations completed</source>
      <translation>Constatations et notations des évaluations achevées</translation>
    </message>
    <message>
      <source>Co-financing</source>
      <translation>Cofinancement</translation>
    </message>
    <message>
      <source>The other partners funding the same projects</source>
      <translation>Les autres partenaires qui financent les mêmes projets</translation>
    </message>
    <message>
      <source>Budget, expenditure and delivery rate are those of the whole project, which other partners may co-fund; the column 'Funding from {partner}' is this partner's own share.</source>
      <translation>Le budget, les dépenses et le taux d'exécution sont ceux de l'ensemble du projet, que d'autres partenaires peuvent cofinancer ; la colonne « Financement de {partner} » est la part propre de ce partenaire.</translation>
    </message>
    <message>
      <source>Expenditure is cumulative up to {date}; delivery rate = that expenditure / the current approved budget.</source>
      <translation>Les dépenses sont cumulées jusqu'au {date} ; taux d'exécution = ces dépenses / le budget approuvé actuel.</translation>
    </message>
    <message>
      <source>The financial statements are in the agreement currency, the currency of the partner's funding of each project, and in US$; the rates used are stated with each statement.</source>
      <translation>Les états financiers sont établis dans la monnaie de l'accord, celle du financement de chaque projet par le partenaire, et en dollars É.-U. ; les taux de change appliqués sont indiqués avec chaque état.</translation>
    </message>
    <message>
      <source>{partner} ILO cooperation: donor report, {period}</source>
      <translation>{partner} – coopération avec l'OIT : rapport au donateur, {period}</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Partenaire</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>{period}: contributions by year of approval, expenditure up to {date}</source>
      <translation>{period} : contributions par année d'approbation, dépenses jusqu'au {date}</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>Projects with funding from {partner} approved in the period or running during it</source>
      <translation>Projets financés par {partner} approuvés pendant la période ou en cours pendant celle-ci</translation>
    </message>
    <message>
      <source>Reference date</source>
      <translation>Date de référence</translation>
    </message>
    <message>
      <source>Stage and evaluations as on {date}</source>
      <translation>Étape et évaluations au {date}</translation>
    </message>
    <message>
      <source>Evaluation rule set</source>
      <translation>Règles d'évaluation</translation>
    </message>
    <message>
      <source>{partner} ILO cooperation</source>
      <translation>{partner} – coopération avec l'OIT</translation>
    </message>
    <message>
      <source>Donor report {period}; amounts in US$ at the rates recorded</source>
      <translation>Rapport au donateur {period} ; montants en dollars É.-U. aux taux enregistrés</translation>
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
      <source>No contributions and no projects in {period}: nothing to report for {partner} in this period.</source>
      <translation>Aucune contribution et aucun projet en {period} : rien à signaler pour {partner} sur cette période.</translation>
    </message>
    <message>
      <source>Contributions by modality and year of approval (US$), {period}</source>
      <translation>Contributions par modalité et année d'approbation ($É.-U.), {period}</translation>
    </message>
    <message>
      <source>Modality</source>
      <translation>Modalité</translation>
    </message>
    <message>
      <source>of which locally mobilized</source>
      <translation>dont mobilisé localement</translation>
    </message>
    <message>
      <source>Contributions made in {currency}, by modality and year of approval ({currency})</source>
      <translation>Contributions versées en {currency}, par modalité et année d'approbation ({currency})</translation>
    </message>
    <message>
      <source>Projects funded (see the Projects sheet)</source>
      <translation>Projets financés (voir la feuille Projets)</translation>
    </message>
    <message>
      <source>Approved budget of these projects</source>
      <translation>Budget approuvé de ces projets</translation>
    </message>
    <message>
      <source>Expenditure up to the end of {year}</source>
      <translation>Dépenses jusqu'à la fin de {year}</translation>
    </message>
    <message>
      <source>Delivery rate</source>
      <translation>Taux d'exécution</translation>
    </message>
    <message>
      <source>Funding from {partner} to these projects (all years)</source>
      <translation>Financement de {partner} à ces projets (toutes années)</translation>
    </message>
    <message>
      <source>Contributions of {partner} per year (US$)</source>
      <translation>Contributions de {partner} par année ($É.-U.)</translation>
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
      <source>Countries</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <source>Strategic objective</source>
      <translation>Objectif stratégique</translation>
    </message>
    <message>
      <source>Stage on {date}</source>
      <translation>Étape au {date}</translation>
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
      <source>Approved budget (US$)</source>
      <translation>Budget approuvé (US$)</translation>
    </message>
    <message>
      <source>Expenditure to end {year} (US$)</source>
      <translation>Dépenses à fin {year} (US$)</translation>
    </message>
    <message>
      <source>Funding from {partner} (US$)</source>
      <translation>Financement de {partner} (US$)</translation>
    </message>
    <message>
      <source>Next evaluation on {date}</source>
      <translation>Prochaine évaluation au {date}</translation>
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
      <source>Projects funded by {partner}, {period}</source>
      <translation>Projets financés par {partner}, {period}</translation>
    </message>
    <message>
      <source>Whole-project budget and expenditure in US$ at the rates recorded; stage and evaluations as on {date}</source>
      <translation>Budget et dépenses de l'ensemble du projet en dollars É.-U. aux taux enregistrés ; étape et évaluations au {date}</translation>
    </message>
    <message>
      <source>None open</source>
      <translation>Aucune ouverte</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Not yet due</source>
      <translation>Pas encore due</translation>
    </message>
    <message>
      <source>Narrative progress, {period}</source>
      <translation>Rapport narratif sur l'avancement, {period}</translation>
    </message>
    <message>
      <source>Per project, its latest progress report on a period ending in {period}</source>
      <translation>Pour chaque projet, son dernier rapport d'avancement sur une période se terminant en {period}</translation>
    </message>
    <message>
      <source>Reporting period</source>
      <translation>Période couverte</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>du {start} au {end}</translation>
    </message>
    <message>
      <source>Summary of progress</source>
      <translation>Résumé des progrès</translation>
    </message>
    <message>
      <source>Challenges and risks</source>
      <translation>Difficultés et risques</translation>
    </message>
    <message>
      <source>Lessons learned</source>
      <translation>Enseignements tirés</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Prochaines étapes</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Établi par</translation>
    </message>
    <message>
      <source>No progress report recorded for this period</source>
      <translation>Aucun rapport d'avancement enregistré pour cette période</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
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
      <source>Actual at {date}</source>
      <translation>Valeur effective au {date}</translation>
    </message>
    <message>
      <source>Measured on</source>
      <translation>Mesurée le</translation>
    </message>
    <message>
      <source>% of target</source>
      <translation>% de la cible</translation>
    </message>
    <message>
      <source>Share of women</source>
      <translation>Part de femmes</translation>
    </message>
    <message>
      <source>Results against targets</source>
      <translation>Résultats par rapport aux cibles</translation>
    </message>
    <message>
      <source>Actual: the latest value measured by {date}, else the result recorded</source>
      <translation>Valeur effective : la dernière valeur mesurée au plus tard le {date}, sinon le résultat enregistré</translation>
    </message>
    <message>
      <source>No results recorded for these projects.</source>
      <translation>Aucun résultat enregistré pour ces projets.</translation>
    </message>
    <message>
      <source>Target reached</source>
      <translation>Cible atteinte</translation>
    </message>
    <message>
      <source>Below target</source>
      <translation>En deçà de la cible</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Attendu</translation>
    </message>
    <message>
      <source>Achieved (no target set)</source>
      <translation>Atteint (pas de cible fixée)</translation>
    </message>
    <message>
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <source>Mandatory</source>
      <translation>Obligatoire</translation>
    </message>
    <message>
      <source>Overdue on {date}</source>
      <translation>En retard au {date}</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Forme</translation>
    </message>
    <message>
      <source>Must be independent</source>
      <translation>Doit être indépendante</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>Achevée le</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>Évaluateur</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Evaluations planned and completed</source>
      <translation>Évaluations prévues et achevées</translation>
    </message>
    <message>
      <source>Overdue: mandatory, due before {date} and still open that day</source>
      <translation>En retard : obligatoire, due avant le {date} et encore ouverte ce jour-là</translation>
    </message>
    <message>
      <source>No evaluations planned or completed for these projects.</source>
      <translation>Aucune évaluation prévue ou achevée pour ces projets.</translation>
    </message>
    <message>
      <source>Ratings (1 to 6)</source>
      <translation>Notations (de 1 à 6)</translation>
    </message>
    <message>
      <source>Evaluation findings and ratings</source>
      <translation>Constatations et notations des évaluations</translation>
    </message>
    <message>
      <source>Ratings by criterion: {scale}</source>
      <translation>Notations par critère : {scale}</translation>
    </message>
    <message>
      <source>No evaluation findings recorded for these projects.</source>
      <translation>Aucune constatation d'évaluation enregistrée pour ces projets.</translation>
    </message>
    <message>
      <source>Funding partner</source>
      <translation>Partenaire de financement</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Monnaie</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Amount (US$)</source>
      <translation>Montant (US$)</translation>
    </message>
    <message>
      <source>Share of the project's funding</source>
      <translation>Part du financement du projet</translation>
    </message>
    <message>
      <source>Co-financing of the same projects</source>
      <translation>Cofinancement des mêmes projets</translation>
    </message>
    <message>
      <source>The other partners' funding of the projects, all years</source>
      <translation>Financement des projets par les autres partenaires, toutes années</translation>
    </message>
    <message>
      <source>No other partner funds these projects.</source>
      <translation>Aucun autre partenaire ne finance ces projets.</translation>
    </message>
    <message>
      <source>ILO regular budget</source>
      <translation>Budget ordinaire de l'OIT</translation>
    </message>
    <message numerus="yes">
      <source>Share: of all the funding recorded for the project, in US$ at the recorded rates ({count} line(s) of co-financing).</source>
      <translation>
        <numerusform>Part : de l'ensemble du financement enregistré pour le projet, en dollars É.-U. aux taux enregistrés ({count} ligne de cofinancement).</numerusform>
        <numerusform>Part : de l'ensemble du financement enregistré pour le projet, en dollars É.-U. aux taux enregistrés ({count} lignes de cofinancement).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DonorStatement</name>
    <message>
      <source>Financial statements</source>
      <translation>États financiers</translation>
    </message>
    <message>
      <source>Period-end rate</source>
      <translation>Taux de fin de période</translation>
    </message>
    <message>
      <source>Financial statements by budget line</source>
      <translation>États financiers par ligne budgétaire</translation>
    </message>
    <message>
      <source>Budget and expenditure from the start of each project to {date}, in the agreement currency and in US$</source>
      <translation>Budget et dépenses du début de chaque projet au {date}, dans la monnaie de l'accord et en dollars É.-U.</translation>
    </message>
    <message>
      <source>Projects with no budget lines and no expenditure recorded to {date}</source>
      <translation>Projets sans lignes budgétaires ni dépenses enregistrées au {date}</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>Approved budget (US$)</source>
      <translation>Budget approuvé (US$)</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>No project funded by {partner} in this period.</source>
      <translation>Aucun projet financé par {partner} sur cette période.</translation>
    </message>
    <message>
      <source>Exchange gain (+) or loss (–) at the period-end rate, all projects (US$)</source>
      <translation>Gain (+) ou perte (–) de change au taux de fin de période, tous les projets (US$)</translation>
    </message>
    <message>
      <source>Agreement currency</source>
      <translation>Monnaie de l'accord</translation>
    </message>
    <message>
      <source>US$ for 1 unit at the period-end rate</source>
      <translation>US$ pour 1 unité au taux de fin de période</translation>
    </message>
    <message>
      <source>On the funding</source>
      <translation>Sur le financement</translation>
    </message>
    <message>
      <source>On the budget</source>
      <translation>Sur le budget</translation>
    </message>
    <message>
      <source>On the expenditure</source>
      <translation>Sur les dépenses</translation>
    </message>
    <message>
      <source>On the budget not yet spent</source>
      <translation>Sur le budget non encore dépensé</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Not included, for want of a period-end rate: {projects}.</source>
      <translation>Non compris, faute de taux de fin de période : {projects}.</translation>
    </message>
    <message>
      <source>Funding agreement</source>
      <translation>Accord de financement</translation>
    </message>
    <message>
      <source>no reference number recorded</source>
      <translation>aucun numéro de référence enregistré</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Expenditure from the start of the project to {date}</source>
      <translation>Dépenses du début du projet au {date}</translation>
    </message>
    <message>
      <source>Exchange rates</source>
      <translation>Taux de change</translation>
    </message>
    <message>
      <source>Funding from {partner}</source>
      <translation>Financement de {partner}</translation>
    </message>
    <message>
      <source>Budget line</source>
      <translation>Ligne budgétaire</translation>
    </message>
    <message>
      <source>Budget ({currency})</source>
      <translation>Budget ({currency})</translation>
    </message>
    <message>
      <source>Expenditure to {date} ({currency})</source>
      <translation>Dépenses au {date} ({currency})</translation>
    </message>
    <message>
      <source>Variance ({currency})</source>
      <translation>Écart ({currency})</translation>
    </message>
    <message>
      <source>Variance %</source>
      <translation>Écart en %</translation>
    </message>
    <message>
      <source>Budget (US$)</source>
      <translation>Budget (US$)</translation>
    </message>
    <message>
      <source>Expenditure (US$)</source>
      <translation>Dépenses (US$)</translation>
    </message>
    <message>
      <source>Variance (US$)</source>
      <translation>Écart (US$)</translation>
    </message>
    <message>
      <source>Explanation of significant variances</source>
      <translation>Explication des écarts importants</translation>
    </message>
    <message>
      <source>Subtotal {output}</source>
      <translation>Sous-total {output}</translation>
    </message>
    <message>
      <source>no output</source>
      <translation>sans produit</translation>
    </message>
    <message>
      <source>Output: {output}</source>
      <translation>Produit : {output}</translation>
    </message>
    <message>
      <source>not assigned to an output</source>
      <translation>non rattaché à un produit</translation>
    </message>
    <message>
      <source>an exchange gain of US$ {amount}</source>
      <translation>un gain de change de {amount} $É.-U.</translation>
    </message>
    <message>
      <source>an exchange loss of US$ {amount}</source>
      <translation>une perte de change de {amount} $É.-U.</translation>
    </message>
    <message>
      <source>no exchange gain or loss</source>
      <translation>ni gain ni perte de change</translation>
    </message>
    <message>
      <source>US$ at the period-end rate</source>
      <translation>US$ au taux de fin de période</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$ on {date}</source>
      <translation>1 {currency} = {rate} US$ au {date}</translation>
    </message>
    <message>
      <source>Exchange gain (+) or loss (–)</source>
      <translation>Gain (+) ou perte (–) de change</translation>
    </message>
    <message>
      <source>On the budget not yet spent: {result}</source>
      <translation>Sur le budget non encore dépensé : {result}</translation>
    </message>
    <message>
      <source>Not budgeted</source>
      <translation>Non budgété</translation>
    </message>
    <message>
      <source>Explanation not yet provided</source>
      <translation>Explication non encore fournie</translation>
    </message>
    <message>
      <source>{currency}, the currency of the funding from {partner}</source>
      <translation>{currency}, la monnaie du financement de {partner}</translation>
    </message>
    <message>
      <source>its funding in {currencies} is converted through US$</source>
      <translation>son financement en {currencies} est converti via le dollar É.-U.</translation>
    </message>
    <message>
      <source>US$ {recorded} at the recorded rates, US$ {at_end} at the period-end rate</source>
      <translation>{recorded} $É.-U. aux taux enregistrés, {at_end} $É.-U. au taux de fin de période</translation>
    </message>
    <message>
      <source>UN operational rate of exchange</source>
      <translation>Taux de change opérationnel de l'ONU</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$ ({units} {currency} per US$, the period-end rate)</source>
      <translation>1 {currency} = {rate} US$ ({units} {currency} pour 1 US$, taux de fin de période)</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$ (rate of the funding agreement; no rate recorded for {date})</source>
      <translation>1 {currency} = {rate} US$ (taux de l'accord de financement ; aucun taux enregistré pour le {date})</translation>
    </message>
    <message>
      <source>1 {currency} = {rate} US$ (rate of the funding agreement)</source>
      <translation>1 {currency} = {rate} US$ (taux de l'accord de financement)</translation>
    </message>
    <message>
      <source>budget: 1 {currency} = {rate} US$ (the project's rate)</source>
      <translation>budget : 1 {currency} = {rate} US$ (taux du projet)</translation>
    </message>
    <message>
      <source>expenditure: in US$ at the rate recorded on each line</source>
      <translation>dépenses : en dollars É.-U. au taux enregistré sur chaque ligne</translation>
    </message>
    <message>
      <source>{source} in force on {date}, from {start}</source>
      <translation>{source} en vigueur le {date}, depuis le {start}</translation>
    </message>
    <message>
      <source>No budget by budget line is recorded for this project: the total shows its approved budget as a whole, and expenditure is shown by type.</source>
      <translation>Aucun budget par ligne budgétaire n'est enregistré pour ce projet : le total indique son budget approuvé global, et les dépenses sont présentées par type.</translation>
    </message>
    <message>
      <source>The budget lines add up to {currency} {lines}; the project's approved budget is {currency} {budget}.</source>
      <translation>Les lignes budgétaires totalisent {currency} {lines} ; le budget approuvé du projet est de {currency} {budget}.</translation>
    </message>
    <message>
      <source>Variance = budget – expenditure; a variance of more than {percent} % of a budget line, either way, is explained.</source>
      <translation>Écart = budget – dépenses ; tout écart supérieur à {percent} % d'une ligne budgétaire, dans un sens ou dans l'autre, est expliqué.</translation>
    </message>
    <message>
      <source>Amounts not recorded in {currency} are converted to US$ at the rate recorded on each line, then to {currency} at the period-end rate.</source>
      <translation>Les montants non enregistrés en {currency} sont convertis en dollars É.-U. au taux enregistré sur chaque ligne, puis en {currency} au taux de fin de période.</translation>
    </message>
    <message>
      <source>Amounts not recorded in {currency} are converted to US$ at the rate recorded on each line, then to {currency} at the rate of the funding agreement.</source>
      <translation>Les montants non enregistrés en {currency} sont convertis en dollars É.-U. au taux enregistré sur chaque ligne, puis en {currency} au taux de l'accord de financement.</translation>
    </message>
    <message>
      <source>The agreement is in US$: its figures have no exchange gain or loss.</source>
      <translation>L'accord est en dollars É.-U. : ses montants ne donnent lieu à aucun gain ni perte de change.</translation>
    </message>
    <message>
      <source>The value at the period-end rate is not shown: no exchange rate for {currency} in force on {date} is recorded.</source>
      <translation>La valeur au taux de fin de période n'est pas indiquée : aucun taux de change de {currency} en vigueur le {date} n'est enregistré.</translation>
    </message>
    <message>
      <source>Exchange gain or loss = value in US$ at the period-end rate – value in US$ at the recorded rates. The value at the period-end rate is the total in {currency} × {rate} (the US$ value of 1 {currency} on {date}), rounded to the cent; the recorded rates are those of the day each amount was approved or spent. More US$ than recorded is an exchange gain, fewer an exchange loss.</source>
      <translation>Gain ou perte de change = valeur en dollars É.-U. au taux de fin de période – valeur en dollars É.-U. aux taux enregistrés. La valeur au taux de fin de période est le total en {currency} × {rate} (la valeur en dollars É.-U. de 1 {currency} au {date}), arrondie au centime ; les taux enregistrés sont ceux du jour où chaque montant a été approuvé ou dépensé. Une valeur en dollars É.-U. supérieure à celle enregistrée constitue un gain de change, une valeur inférieure une perte de change.</translation>
    </message>
    <message>
      <source>For the funding: {currency} {amount} × {rate} = US$ {at_end}; less US$ {recorded} at the recorded rates: {result}.</source>
      <translation>Pour le financement : {currency} {amount} × {rate} = {at_end} $É.-U. ; moins {recorded} $É.-U. aux taux enregistrés : {result}.</translation>
    </message>
    <message>
      <source>For the expenditure: {currency} {amount} × {rate} = US$ {at_end}; less US$ {recorded} at the recorded rates: {result}.</source>
      <translation>Pour les dépenses : {currency} {amount} × {rate} = {at_end} $É.-U. ; moins {recorded} $É.-U. aux taux enregistrés : {result}.</translation>
    </message>
    <message>
      <source>For the budget not yet spent: US$ {budget} – US$ {spent} = US$ {at_end} at the period-end rate, against US$ {recorded} at the recorded rates: {result}.</source>
      <translation>Pour le budget non encore dépensé : {budget} $É.-U. – {spent} $É.-U. = {at_end} $É.-U. au taux de fin de période, contre {recorded} $É.-U. aux taux enregistrés : {result}.</translation>
    </message>
    <message>
      <source>Certification</source>
      <translation>Certification</translation>
    </message>
    <message>
      <source>We certify that the expenditure shown above was incurred for the purposes of the project and is recorded in the ILO's accounts.</source>
      <translation>Nous certifions que les dépenses indiquées ci-dessus ont été engagées aux fins du projet et sont inscrites dans les comptes de l'OIT.</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Établi par</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Approuvé par</translation>
    </message>
  </context>
  <context>
    <name>ImpactReport</name>
    <message>
      <source>What re-planning the out-of-date plans would change</source>
      <translation>Ce que changerait la replanification des plans périmés</translation>
    </message>
    <message>
      <source>Impact of the rule set {rule_set} on the portfolio</source>
      <translation>Impact du jeu de règles {rule_set} sur le portefeuille</translation>
    </message>
    <message>
      <source>Every project with planned dates and a budget, planned again under the rule set it follows</source>
      <translation>Chaque projet ayant des dates prévues et un budget, replanifié selon le jeu de règles qu'il suit</translation>
    </message>
    <message>
      <source>The projects whose evaluation plan was computed from other dates, budget or rules, each under the rule set it would follow</source>
      <translation>Les projets dont le plan d'évaluation a été calculé à partir d'autres dates, d'un autre budget ou d'autres règles, chacun selon le jeu de règles qu'il suivrait</translation>
    </message>
    <message>
      <source>The projects that would follow this rule set once adopted: those it is assigned to and, when it is the policy in force, those not yet approved that follow the policy in force</source>
      <translation>Les projets qui suivraient ce jeu de règles une fois adopté : ceux auxquels il est attribué et, s'il est la politique en vigueur, ceux pas encore approuvés qui suivent la politique en vigueur</translation>
    </message>
    <message>
      <source>Every project with planned dates and a budget, as if this rule set applied to each</source>
      <translation>Chaque projet ayant des dates prévues et un budget, comme si ce jeu de règles s'appliquait à chacun</translation>
    </message>
    <message>
      <source>Impact of evaluation rules</source>
      <translation>Impact des règles d'évaluation</translation>
    </message>
    <message>
      <source>Which projects would gain, lose or move an evaluation, or see the independence requirement change, and why.</source>
      <translation>Quels projets gagneraient, perdraient ou déplaceraient une évaluation, ou verraient l'exigence d'indépendance changer, et pourquoi.</translation>
    </message>
    <message>
      <source>evaluation; rules; impact</source>
      <translation>évaluation; règles; impact</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <source>As of {date}; nothing was changed in the portfolio</source>
      <translation>Au {date} ; rien n'a été modifié dans le portefeuille</translation>
    </message>
    <message>
      <source>Rule set</source>
      <translation>Jeu de règles</translation>
    </message>
    <message>
      <source>In force from</source>
      <translation>En vigueur à partir du</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Projects looked at</source>
      <translation>Projets examinés</translation>
    </message>
    <message>
      <source>Projects checked</source>
      <translation>Projets vérifiés</translation>
    </message>
    <message>
      <source>Projects that would change</source>
      <translation>Projets qui changeraient</translation>
    </message>
    <message>
      <source>Left out (rule set not available)</source>
      <translation>Laissés de côté (jeu de règles indisponible)</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>Généré</translation>
    </message>
    <message>
      <source>{date} at {time}</source>
      <translation>{date} à {time}</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <source>What it means</source>
      <translation>Ce que cela signifie</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <source>an evaluation the project does not have now would be required (added, or required again)</source>
      <translation>une évaluation que le projet n'a pas aujourd'hui serait requise (ajoutée, ou de nouveau requise)</translation>
    </message>
    <message>
      <source>a planned evaluation would no longer be required (kept, marked as such)</source>
      <translation>une évaluation prévue ne serait plus requise (conservée, marquée comme telle)</translation>
    </message>
    <message>
      <source>a planned evaluation would be due on another date</source>
      <translation>une évaluation prévue serait due à une autre date</translation>
    </message>
    <message>
      <source>an evaluation would have to be independent, or no longer</source>
      <translation>une évaluation devrait être indépendante, ou ne le devrait plus</translation>
    </message>
    <message>
      <source>A project may have several changes, so the projects are not added up; those that would change are counted above. Completed, waived and ongoing evaluations are never removed; a change of wording alone is not listed.</source>
      <translation>Un projet peut avoir plusieurs changements ; les projets ne sont donc pas additionnés, ceux qui changeraient sont comptés plus haut. Les évaluations achevées, dispensées ou en cours ne sont jamais retirées ; un simple changement de formulation n'est pas listé.</translation>
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
      <source>Would follow it</source>
      <translation>Le suivrait</translation>
    </message>
    <message>
      <source>Rule set now</source>
      <translation>Jeu de règles actuel</translation>
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
      <source>Due after</source>
      <translation>Échéance ensuite</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Changements</translation>
    </message>
    <message>
      <source>Each change to a project's evaluation plan, as of {date}</source>
      <translation>Chaque changement du plan d'évaluation d'un projet, au {date}</translation>
    </message>
    <message>
      <source>{action}: {detail}</source>
      <translation>{action} : {detail}</translation>
    </message>
    <message>
      <source>No project's evaluation plan would change.</source>
      <translation>Le plan d'évaluation d'aucun projet ne changerait.</translation>
    </message>
  </context>
  <context>
    <name>PortfolioReport</name>
    <message>
      <source>V.1 Approvals by source</source>
      <translation>V.1 Approbations par source</translation>
    </message>
    <message>
      <source>Table V.1: approvals by source for two periods, averages, shares and % change; then the same by partner category</source>
      <translation>Tableau V.1 : approbations par source pour deux périodes, moyennes, parts et variation en % ; puis de même par catégorie de partenaire</translation>
    </message>
    <message>
      <source>Annex 2 Approvals by partner</source>
      <translation>Annexe 2 Approb. par partenaire</translation>
    </message>
    <message>
      <source>Annex 2: approvals by partner and year, grouped by category with subtotals; chart of approvals per year</source>
      <translation>Annexe 2 : approbations par partenaire et par année, groupées par catégorie avec sous-totaux ; graphique des approbations par année</translation>
    </message>
    <message>
      <source>Annex 1 Local resources</source>
      <translation>Annexe 1 Ressources locales</translation>
    </message>
    <message>
      <source>Annex 1: locally mobilized resources compared with total approvals, by category (1A) and by strategic objective (1B)</source>
      <translation>Annexe 1 : ressources mobilisées localement comparées au total des approbations, par catégorie (1A) et par objectif stratégique (1B)</translation>
    </message>
    <message>
      <source>Annex 3 Exp by objective</source>
      <translation>Annexe 3 Dépenses par objectif</translation>
    </message>
    <message>
      <source>Annex 3: expenditure by strategic objective and year</source>
      <translation>Annexe 3 : dépenses par objectif stratégique et par année</translation>
    </message>
    <message>
      <source>Annex 4 Region x objective</source>
      <translation>Annexe 4 Région x objectif</translation>
    </message>
    <message>
      <source>Annex 4: expenditure by region and strategic objective, average a year</source>
      <translation>Annexe 4 : dépenses par région et objectif stratégique, moyenne annuelle</translation>
    </message>
    <message>
      <source>V.2 Expenditure by region</source>
      <translation>V.2 Dépenses par région</translation>
    </message>
    <message>
      <source>Table V.2: expenditure by region and year, each region's share; chart</source>
      <translation>Tableau V.2 : dépenses par région et par année, part de chaque région ; graphique</translation>
    </message>
    <message>
      <source>Fig V.5 Type of expenditure</source>
      <translation>Fig. V.5 Type de dépenses</translation>
    </message>
    <message>
      <source>Figure V.5: expenditure by type of assistance; chart of shares</source>
      <translation>Figure V.5 : dépenses par type d'assistance ; graphique des parts</translation>
    </message>
    <message>
      <source>Delivery rate</source>
      <translation>Taux d'exécution</translation>
    </message>
    <message>
      <source>Delivery rate by region of the projects running in the period</source>
      <translation>Taux d'exécution par région des projets en cours pendant la période</translation>
    </message>
    <message>
      <source>Portfolio statistics {period}</source>
      <translation>Statistiques du portefeuille {period}</translation>
    </message>
    <message>
      <source>Development cooperation: approvals, expenditure and delivery</source>
      <translation>Coopération pour le développement : approbations, dépenses et exécution</translation>
    </message>
    <message>
      <source>Approvals and expenditure {period} in the layout of the ILO's report on technical cooperation (Tables V.1, V.2, Figure V.5 and Annexes 1-4); comparison period {compare}.</source>
      <translation>Approbations et dépenses {period} selon la présentation du rapport de l'OIT sur la coopération technique (tableaux V.1 et V.2, figure V.5 et annexes 1 à 4) ; période de comparaison {compare}.</translation>
    </message>
    <message>
      <source>portfolio; approvals; expenditure; delivery</source>
      <translation>portefeuille ; approbations ; dépenses ; exécution</translation>
    </message>
    <message>
      <source>{period} (Tables V.1 and V.2)</source>
      <translation>{period} (tableaux V.1 et V.2)</translation>
    </message>
    <message>
      <source>{period} (Tables V.1 and V.2) - the same number of years just before the period</source>
      <translation>{period} (tableaux V.1 et V.2) - le même nombre d'années juste avant la période</translation>
    </message>
    <message>
      <source>Nil report: nothing is recorded for {period} (no extra-budgetary approval and no expenditure), so there are no tables.</source>
      <translation>Rapport néant : rien n'est enregistré pour {period} (aucune approbation extrabudgétaire et aucune dépense) ; le rapport ne contient donc aucun tableau.</translation>
    </message>
    <message>
      <source>Portfolio statistics, {period}</source>
      <translation>Statistiques du portefeuille, {period}</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Nil report</source>
      <translation>Rapport néant</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>None: the whole portfolio in the database</source>
      <translation>Aucun : tout le portefeuille de la base de données</translation>
    </message>
    <message numerus="yes">
      <source>{period} ({count} year(s)): approvals by year of approval, expenditure by year</source>
      <translation>
        <numerusform>{period} ({count} année) : approbations par année d'approbation, dépenses par année</numerusform>
        <numerusform>{period} ({count} années) : approbations par année d'approbation, dépenses par année</numerusform>
      </translation>
    </message>
    <message>
      <source>Comparison period</source>
      <translation>Période de comparaison</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Approbations</translation>
    </message>
    <message>
      <source>Extra-budgetary funding approved in the period: earmarked (XB) and direct/domestic trust funds; voluntary core funding (RBSA) and the regular budget (RBTC) are not approvals</source>
      <translation>Financements extrabudgétaires approuvés pendant la période : préaffectés (XB) et fonds fiduciaires directs/nationaux ; les contributions volontaires de base (CSBO) et le budget ordinaire (CTBO) ne sont pas des approbations</translation>
    </message>
    <message>
      <source>Evaluation rule set</source>
      <translation>Règles d'évaluation</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Unités</translation>
    </message>
    <message>
      <source>US$'000 in Table V.1, Annexes 2-4, Table V.2 and Figure V.5; US$ million in Annex 1; US$ in the delivery rate. Cells hold exact amounts; only the display is rounded</source>
      <translation>Milliers de dollars É.-U. dans le tableau V.1, les annexes 2 à 4, le tableau V.2 et la figure V.5 ; millions de dollars É.-U. dans l'annexe 1 ; dollars É.-U. dans le taux d'exécution. Les cellules contiennent les montants exacts ; seul l'affichage est arrondi</translation>
    </message>
    <message>
      <source>Totals, subtotals, averages, shares and % changes are live Excel formulas over the amounts shown.</source>
      <translation>Les totaux, sous-totaux, moyennes, parts et variations en % sont des formules Excel actives calculées sur les montants affichés.</translation>
    </message>
    <message>
      <source>A share of a period is the share of the period's total (weighted by amount), computed from unrounded values, so the rounded parts may not add up exactly to the rounded total.</source>
      <translation>La part d'une période est la part du total de la période (pondérée par les montants), calculée sur des valeurs non arrondies ; la somme des parts arrondies peut donc différer légèrement du total arrondi.</translation>
    </message>
    <message>
      <source>Table V.1. Approvals of extra-budgetary funding (US$'000)</source>
      <translation>Tableau V.1. Approbations de financements extrabudgétaires (milliers de dollars É.-U.)</translation>
    </message>
    <message>
      <source>Average {earlier} compared with average {later}; US$'000</source>
      <translation>Moyenne {earlier} comparée à la moyenne {later} ; milliers de dollars É.-U.</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Other sources: direct trust funds, non-state actors, international financial institutions, the European Union and other intergovernmental organizations.</source>
      <translation>Autres sources : fonds fiduciaires directs, acteurs non étatiques, institutions financières internationales, Union européenne et autres organisations intergouvernementales.</translation>
    </message>
    <message>
      <source>Partner category</source>
      <translation>Catégorie de partenaire</translation>
    </message>
    <message>
      <source>Average = period total / number of years ({earlier} and {later}). % share = share of the period's average total. % change = (average of the later period - average of the earlier) / average of the earlier.</source>
      <translation>Moyenne = total de la période / nombre d'années ({earlier} et {later}). % du total = part du total moyen de la période. Variation en % = (moyenne de la période la plus récente - moyenne de la plus ancienne) / moyenne de la plus ancienne.</translation>
    </message>
    <message>
      <source>No data recorded for {period}: its column is left empty.</source>
      <translation>Aucune donnée enregistrée pour {period} : sa colonne est laissée vide.</translation>
    </message>
    <message>
      <source>No data recorded for {period}: the comparison columns and the % change are left empty.</source>
      <translation>Aucune donnée enregistrée pour {period} : les colonnes de comparaison et la variation en % sont laissées vides.</translation>
    </message>
    <message>
      <source>Data are recorded for {years} only, not for {missing}: the shares of {period} are those of the years recorded.</source>
      <translation>Des données sont enregistrées pour {years} seulement, pas pour {missing} : les parts de {period} sont celles des années enregistrées.</translation>
    </message>
    <message>
      <source>Data are recorded for {years} only, not for {missing}; the averages of {period} still divide by {count} years.</source>
      <translation>Des données sont enregistrées pour {years} seulement, pas pour {missing} ; les moyennes de {period} restent calculées sur {count} ans.</translation>
    </message>
    <message>
      <source>No data recorded</source>
      <translation>Aucune donnée enregistrée</translation>
    </message>
    <message>
      <source>Annex 2. Approvals by donor category (US$'000), {period}</source>
      <translation>Annexe 2. Approbations par catégorie de donateur (milliers de dollars É.-U.), {period}</translation>
    </message>
    <message>
      <source>Extra-budgetary approvals by year of approval; US$'000; within a category, partners by descending total</source>
      <translation>Approbations extrabudgétaires par année d'approbation ; milliers de dollars É.-U. ; dans chaque catégorie, partenaires par total décroissant</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Partenaire</translation>
    </message>
    <message>
      <source>Subtotal {group}</source>
      <translation>Sous-total {group}</translation>
    </message>
    <message numerus="yes">
      <source>Average = total / {count} year(s); % share = the partner's total / the total of all partners. Blank year cells and dashes mean no approval that year.</source>
      <translation>
        <numerusform>Moyenne = total / {count} année ; % du total = total du partenaire / total de tous les partenaires. Une cellule vide ou un tiret signifie aucune approbation cette année-là.</numerusform>
        <numerusform>Moyenne = total / {count} années ; % du total = total du partenaire / total de tous les partenaires. Une cellule vide ou un tiret signifie aucune approbation cette année-là.</numerusform>
      </translation>
    </message>
    <message>
      <source>Approvals per year by partner category (US$'000)</source>
      <translation>Approbations par année et catégorie de partenaire (milliers de $É.-U.)</translation>
    </message>
    <message>
      <source>Annex 1. Local resource mobilization compared with total approvals, {period}</source>
      <translation>Annexe 1. Mobilisation de ressources locales comparée au total des approbations, {period}</translation>
    </message>
    <message>
      <source>US$ million; locally mobilized = approvals flagged as negotiated locally by field offices</source>
      <translation>Millions de dollars É.-U. ; mobilisé localement = approbations signalées comme négociées localement par les bureaux extérieurs</translation>
    </message>
    <message>
      <source>A. By donor category</source>
      <translation>A. Par catégorie de donateur</translation>
    </message>
    <message>
      <source>No project or objective recorded</source>
      <translation>Aucun projet ou objectif indiqué</translation>
    </message>
    <message>
      <source>B. By strategic objective</source>
      <translation>B. Par objectif stratégique</translation>
    </message>
    <message>
      <source>Locally mobilized / total XB-TC = locally mobilized approvals / all extra-budgetary approvals of the same years ({period}).</source>
      <translation>Mobilisé localement / total CTXB = approbations mobilisées localement / ensemble des approbations extrabudgétaires des mêmes années ({period}).</translation>
    </message>
    <message>
      <source>In the ILO's 2006 report, Annex 1A's row 'Other intergovernmental organizations' is the European Union's figure; this report shows the European Union and other intergovernmental organizations separately.</source>
      <translation>Dans le rapport du BIT de 2006, la ligne « Autres organisations intergouvernementales » de l'annexe 1A correspond au chiffre de l'Union européenne ; le présent rapport présente séparément l'Union européenne et les autres organisations intergouvernementales.</translation>
    </message>
    <message>
      <source>No approval of {period} is recorded as locally mobilized.</source>
      <translation>Aucune approbation de {period} n'est enregistrée comme mobilisée localement.</translation>
    </message>
    <message>
      <source>Locally mobilized approvals are recorded from {first} on: this annex covers {covered}, not the whole of {period}, so that the share of locally mobilized resources is not understated. Annex 2 gives the approvals of every year of {period}.</source>
      <translation>Les approbations mobilisées localement sont enregistrées à partir de {first} : la présente annexe porte sur {covered} et non sur l'ensemble de {period}, afin de ne pas sous-estimer la part des ressources mobilisées localement. L'annexe 2 donne les approbations de chaque année de {period}.</translation>
    </message>
    <message>
      <source>Total XB-TC</source>
      <translation>Total CTXB</translation>
    </message>
    <message>
      <source>Locally mobilized</source>
      <translation>Mobilisé localement</translation>
    </message>
    <message>
      <source>Locally mobilized / total XB-TC</source>
      <translation>Mobilisé localement / total CTXB</translation>
    </message>
    <message>
      <source>{value} %</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <source>Demonstration data: the historical part of the demonstration portfolio reproduces, for 2000-2004, the statistical tables of the ILO's 2006 report 'The role of the ILO in technical cooperation': Tables V.1 and V.2 (with their 1995-1999 columns), Annex 1A and Annex 2 cell for cell at the printed rounding, and Annex 1B except its row 'Integration' (see the note on that sheet). Annex 3 and most of Figure V.5 are not reproduced: their values are not printed in the text of that report from which the data were built, so those figures are illustrative (see the notes on those sheets).</source>
      <translation>Données de démonstration : la partie historique du portefeuille de démonstration reproduit, pour 2000-2004, les tableaux statistiques du rapport du BIT de 2006 « Le rôle de l'OIT dans la coopération technique » : les tableaux V.1 et V.2 (avec leurs colonnes 1995-1999), l'annexe 1A et l'annexe 2 cellule par cellule à l'arrondi imprimé, et l'annexe 1B sauf sa ligne « Intégration » (voir la note de cette feuille). L'annexe 3 et la plus grande partie de la figure V.5 ne sont pas reproduites : leurs valeurs ne figurent pas dans le texte de ce rapport à partir duquel les données ont été établies ; ces chiffres sont donc illustratifs (voir les notes de ces feuilles).</translation>
    </message>
    <message>
      <source>Demonstration data: the 2006 report's Annex 1B has a row 'Integration' (policy integration: US${total} million, of which US${local} million locally mobilized) that this classification of strategic objectives does not have; those approvals are counted under 'Others', which therefore shows US${others} million ({share}) instead of US${printed} million ({printed_share}). The other rows are as printed.</source>
      <translation>Données de démonstration : l'annexe 1B du rapport de 2006 comporte une ligne « Intégration » (intégration des politiques : {total} millions de $É.-U., dont {local} million mobilisé localement) que la présente classification des objectifs stratégiques ne prévoit pas ; ces approbations sont comptées sous « Autres », qui indique donc {others} millions de $É.-U. ({share}) au lieu de {printed} millions ({printed_share}). Les autres lignes sont conformes au rapport.</translation>
    </message>
    <message>
      <source>Demonstration data: this table does not reproduce the 2006 report's Annex 3, whose values are not printed in the text from which the data were built. It follows that report's text: expenditure of US${first} million in 2000 and US${second} million in 2003, social protection {protection} and social dialogue {dialogue} of 2000-2004.</source>
      <translation>Données de démonstration : ce tableau ne reproduit pas l'annexe 3 du rapport de 2006, dont les valeurs ne figurent pas dans le texte à partir duquel les données ont été établies. Il suit le texte de ce rapport : dépenses de {first} millions de $É.-U. en 2000 et de {second} millions en 2003, protection sociale {protection} et dialogue social {dialogue} de 2000-2004.</translation>
    </message>
    <message>
      <source>Demonstration data: of the 2006 report's Figure V.5 only two shares for 2000-2004 are printed in the text from which the data were built, subcontracts {subcontracts} and other personnel {personnel}; these are reproduced, the other shares are illustrative.</source>
      <translation>Données de démonstration : de la figure V.5 du rapport de 2006, seules deux parts pour 2000-2004 figurent dans le texte à partir duquel les données ont été établies, sous-traitance {subcontracts} et autre personnel {personnel} ; elles sont reproduites, les autres parts sont illustratives.</translation>
    </message>
    <message>
      <source>ILO, The role of the ILO in technical cooperation, 2006</source>
      <translation>BIT, Le rôle de l'OIT dans la coopération technique, 2006</translation>
    </message>
    <message>
      <source>Annex 3. Technical cooperation expenditure by strategic objective (US$'000), {period}</source>
      <translation>Annexe 3. Dépenses de coopération technique par objectif stratégique (milliers de dollars É.-U.), {period}</translation>
    </message>
    <message>
      <source>All sources of funds; US$'000</source>
      <translation>Toutes sources de financement ; milliers de dollars É.-U.</translation>
    </message>
    <message>
      <source>Strategic objective</source>
      <translation>Objectif stratégique</translation>
    </message>
    <message>
      <source>'Others': cross-cutting activities, management services, miscellaneous and field offices where there is no specific technical field ({source}).</source>
      <translation>« Autres » : activités transversales, services de gestion, divers et bureaux extérieurs lorsqu'il n'y a pas de domaine technique spécifique ({source}).</translation>
    </message>
    <message>
      <source>Annex 4. Expenditure by region and strategic objective: average, {period} (US$'000)</source>
      <translation>Annexe 4. Dépenses par région et objectif stratégique : moyenne, {period} (milliers de dollars É.-U.)</translation>
    </message>
    <message>
      <source>Average a year = expenditure {period} / {count}; all project expenditure; US$'000</source>
      <translation>Moyenne annuelle = dépenses {period} / {count} ; toutes les dépenses des projets ; milliers de dollars É.-U.</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <source>Table V.2. Share of total technical cooperation expenditure by region, {period}</source>
      <translation>Tableau V.2. Part des dépenses totales de coopération technique par région, {period}</translation>
    </message>
    <message>
      <source>Expenditure in US$'000, then each region's share of the year's total, compared with {earlier}</source>
      <translation>Dépenses en milliers de $É.-U., puis part de chaque région dans le total de l'année, comparée à {earlier}</translation>
    </message>
    <message>
      <source>Expenditure (US$'000)</source>
      <translation>Dépenses (milliers de US$)</translation>
    </message>
    <message>
      <source>An average column is the region's share of that period's total expenditure (weighted by amount), not the mean of the yearly shares.</source>
      <translation>Une colonne de moyenne donne la part de la région dans le total des dépenses de la période (pondérée par les montants), non la moyenne des parts annuelles.</translation>
    </message>
    <message>
      <source>Expenditure by region (US$'000)</source>
      <translation>Dépenses par région (milliers de $É.-U.)</translation>
    </message>
    <message>
      <source>Share of total expenditure (%)</source>
      <translation>Part du total des dépenses (%)</translation>
    </message>
    <message>
      <source>Figure V.5. Technical cooperation expenditure by type of assistance, {period}</source>
      <translation>Figure V.5. Dépenses de coopération technique par type d'assistance, {period}</translation>
    </message>
    <message>
      <source>US$'000; % share of the period's total</source>
      <translation>Milliers de dollars É.-U. ; part en % du total de la période</translation>
    </message>
    <message>
      <source>Type of assistance</source>
      <translation>Type d'assistance</translation>
    </message>
    <message>
      <source>'Miscellaneous' holds expenditure of no other listed type, so that the totals reconcile.</source>
      <translation>« Divers » regroupe les dépenses d'aucun autre type listé, afin que les totaux concordent.</translation>
    </message>
    <message>
      <source>Expenditure by type of assistance, {period}</source>
      <translation>Dépenses par type d'assistance, {period}</translation>
    </message>
    <message>
      <source>Delivery rate by region, projects running in {period}</source>
      <translation>Taux d'exécution par région, projets en cours en {period}</translation>
    </message>
    <message>
      <source>US$; expenditure up to the end of {year} over the current approved budget</source>
      <translation>Dollars É.-U. ; dépenses jusqu'à la fin de {year} rapportées au budget approuvé en vigueur</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <source>Approved budget (US$)</source>
      <translation>Budget approuvé (US$)</translation>
    </message>
    <message>
      <source>Expenditure to end {year} (US$)</source>
      <translation>Dépenses à fin {year} (US$)</translation>
    </message>
    <message>
      <source>Delivery rate = cumulative expenditure / current approved budget, both in US$. Projects: approved or later stages, not cancelled, whose planned dates overlap the period.</source>
      <translation>Taux d'exécution = dépenses cumulées / budget approuvé en vigueur, tous deux en dollars É.-U. Projets : étape d'approbation ou ultérieure, non annulés, dont les dates prévues chevauchent la période.</translation>
    </message>
    <message>
      <source>Reference band, not a rule: ILO delivery 'averages between 60 and 70 per cent each year' ({source}).</source>
      <translation>Fourchette de référence, non une règle : l'exécution de l'OIT « se situe en moyenne entre 60 et 70 pour cent chaque année » ({source}).</translation>
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
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Total {period}</source>
      <translation>Total {period}</translation>
    </message>
    <message>
      <source>US$</source>
      <translation>$É.-U.</translation>
    </message>
    <message>
      <source>% share</source>
      <translation>% du total</translation>
    </message>
    <message>
      <source>Average {period}</source>
      <translation>Moyenne {period}</translation>
    </message>
    <message>
      <source>% change</source>
      <translation>Variation en %</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <source>US$'000</source>
      <translation>Milliers de $É.-U.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Page &amp;P of &amp;N</source>
      <translation>Page &amp;P sur &amp;N</translation>
    </message>
    <message>
      <source>Printed &amp;D</source>
      <translation>Imprimé le &amp;D</translation>
    </message>
    <message>
      <source>DEMO DATA</source>
      <translation>DONNÉES DE DÉMONSTRATION</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
  </context>
  <context>
    <name>ReportChecks</name>
    <message>
      <source>Funding above budget</source>
      <translation>Financement supérieur au budget</translation>
    </message>
    <message>
      <source>Funding without budget</source>
      <translation>Financement sans budget</translation>
    </message>
    <message>
      <source>Expenditure above budget</source>
      <translation>Dépenses supérieures au budget</translation>
    </message>
    <message>
      <source>Budget lines</source>
      <translation>Lignes budgétaires</translation>
    </message>
    <message>
      <source>Past its end date</source>
      <translation>Date de fin dépassée</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Non démarré</translation>
    </message>
    <message>
      <source>Actual end date</source>
      <translation>Date de fin effective</translation>
    </message>
    <message>
      <source>No evaluation plan</source>
      <translation>Pas de plan d'évaluation</translation>
    </message>
    <message>
      <source>Independent evaluation</source>
      <translation>Évaluation indépendante</translation>
    </message>
    <message>
      <source>Completion date</source>
      <translation>Date d'achèvement</translation>
    </message>
    <message>
      <source>Expenditure outside the project's dates</source>
      <translation>Dépenses hors des dates du projet</translation>
    </message>
    <message>
      <source>{currency} {amount}</source>
      <translation>{amount} {currency}</translation>
    </message>
    <message>
      <source>{partner}'s funding of {amount}</source>
      <translation>Le financement de {partner}, soit {amount},</translation>
    </message>
    <message>
      <source>Funding from {partners} of {amount}</source>
      <translation>Le financement de {partners}, soit {amount},</translation>
    </message>
    <message>
      <source>Funding of {amount}</source>
      <translation>Le financement de {amount}</translation>
    </message>
    <message>
      <source>Expenditure of {amount}</source>
      <translation>Le montant des dépenses, {amount},</translation>
    </message>
    <message>
      <source>Funding of {amount} is recorded, but the project has no budget.</source>
      <translation>Un financement de {amount} est enregistré, mais le projet n'a pas de budget.</translation>
    </message>
    <message>
      <source>{subject} exceeds the project's budget of {budget} by {difference}.</source>
      <translation>{subject} dépasse de {difference} le budget du projet, de {budget}.</translation>
    </message>
    <message>
      <source>{subject} exceeds the project's budget of {budget} by {difference}, from the exchange rates only: in {currency} it is {own_amount}, within the budget of {own_budget}.</source>
      <translation>{subject} dépasse de {difference} le budget du projet, de {budget}, du seul fait des taux de change : en {currency}, il est de {own_amount}, dans la limite du budget de {own_budget}.</translation>
    </message>
    <message numerus="yes">
      <source>Its %n budget line(s) total {total}, but the project has no budget.</source>
      <translation>
        <numerusform>Sa ligne budgétaire (%n) s'élève à {total}, mais le projet n'a pas de budget.</numerusform>
        <numerusform>Ses %n lignes budgétaires s'élèvent à {total}, mais le projet n'a pas de budget.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n budget line(s) total {total}, {difference} less than the project's budget of {budget}.</source>
      <translation>
        <numerusform>Sa ligne budgétaire (%n) s'élève à {total}, soit {difference} de moins que le budget du projet, de {budget}.</numerusform>
        <numerusform>Ses %n lignes budgétaires s'élèvent à {total}, soit {difference} de moins que le budget du projet, de {budget}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its %n budget line(s) total {total}, {difference} more than the project's budget of {budget}.</source>
      <translation>
        <numerusform>Sa ligne budgétaire (%n) s'élève à {total}, soit {difference} de plus que le budget du projet, de {budget}.</numerusform>
        <numerusform>Ses %n lignes budgétaires s'élèvent à {total}, soit {difference} de plus que le budget du projet, de {budget}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Its end date, {end}, has passed, but the project is still recorded in implementation.</source>
      <translation>Sa date de fin, le {end}, est passée, mais le projet est toujours enregistré en mise en œuvre.</translation>
    </message>
    <message>
      <source>Approved to start on {start}, but its implementation is not recorded as started.</source>
      <translation>Approuvé pour démarrer le {start}, mais le démarrage de sa mise en œuvre n'est pas enregistré.</translation>
    </message>
    <message>
      <source>The project is closed, but its actual end date is not recorded.</source>
      <translation>Le projet est clôturé, mais sa date de fin effective n'est pas enregistrée.</translation>
    </message>
    <message>
      <source>Its actual end date, {end}, is before its planned start, {start}.</source>
      <translation>Sa date de fin effective, le {end}, précède son démarrage prévu, le {start}.</translation>
    </message>
    <message>
      <source>The project has started, but without a budget and planned dates its required evaluations cannot be planned.</source>
      <translation>Le projet a démarré, mais sans budget ni dates prévues ses évaluations requises ne peuvent pas être planifiées.</translation>
    </message>
    <message>
      <source>{evaluation}: required to be independent, but completed as a self-evaluation.</source>
      <translation>{evaluation} : devait être indépendante, mais a été achevée comme auto-évaluation.</translation>
    </message>
    <message>
      <source>{evaluation}: recorded as completed, without a completion date.</source>
      <translation>{evaluation} : enregistrée comme achevée, sans date d'achèvement.</translation>
    </message>
    <message>
      <source>{evaluation}: recorded as completed on {date}, a date still to come.</source>
      <translation>{evaluation} : enregistrée comme achevée le {date}, date encore à venir.</translation>
    </message>
    <message numerus="yes">
      <source>Expenditure of {amount} is recorded for %n year(s) outside the project's dates ({start} to {end}): {years}.</source>
      <translation>
        <numerusform>Des dépenses de {amount} sont enregistrées pour %n année hors des dates du projet (du {start} au {end}) : {years}.</numerusform>
        <numerusform>Des dépenses de {amount} sont enregistrées pour %n années hors des dates du projet (du {start} au {end}) : {years}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Contrôle</translation>
    </message>
    <message>
      <source>What is wrong</source>
      <translation>Problème constaté</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Monnaie</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Constaté</translation>
    </message>
    <message>
      <source>Compared with</source>
      <translation>Comparé à</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Écart</translation>
    </message>
    <message>
      <source>Checks</source>
      <translation>Contrôles</translation>
    </message>
    <message>
      <source>Checks as of {date}</source>
      <translation>Contrôles au {date}</translation>
    </message>
    <message>
      <source>Records that disagree with each other on {date}: to correct, or to explain to the partner, before the report is sent</source>
      <translation>Données incohérentes entre elles au {date} : à corriger, ou à expliquer au partenaire, avant l'envoi du rapport</translation>
    </message>
    <message>
      <source>No inconsistencies found.</source>
      <translation>Aucune incohérence constatée.</translation>
    </message>
  </context>
  <context>
    <name>ReportCover</name>
    <message>
      <source>Amounts are in US$, converted at the rate recorded on each record (each funding line, budget and expenditure line keeps its own rate and its US$ value, rounded once to the cent when it was saved).</source>
      <translation>Les montants sont en dollars É.-U., convertis au taux enregistré sur chaque fiche (chaque ligne de financement, chaque budget et chaque ligne de dépenses conserve son propre taux et sa valeur en dollars É.-U., arrondie une seule fois au cent lors de l'enregistrement).</translation>
    </message>
    <message>
      <source>DEMO DATA: a demonstration portfolio with illustrative figures; not real ILO figures.</source>
      <translation>DONNÉES DE DÉMONSTRATION : un portefeuille de démonstration aux chiffres fictifs ; ce ne sont pas des chiffres réels de l'OIT.</translation>
    </message>
    <message numerus="yes">
      <source>Includes DEMO DATA: {demo} of {count} project(s) are demo records (illustrative, not real ILO figures).</source>
      <translation>
        <numerusform>Contient des DONNÉES DE DÉMONSTRATION : sur {count} fiche, {demo} est fictive (chiffres d'illustration, non des chiffres réels de l'OIT).</numerusform>
        <numerusform>Contient des DONNÉES DE DÉMONSTRATION : sur {count} fiches, {demo} sont fictives (chiffres d'illustration, non des chiffres réels de l'OIT).</numerusform>
      </translation>
    </message>
    <message>
      <source>ILO evaluation framework of November 2002 (GB.285/PFA/10)</source>
      <translation>Cadre d'évaluation de l'OIT de novembre 2002 (GB.285/PFA/10)</translation>
    </message>
    <message>
      <source>{title}, version {version}</source>
      <translation>{title}, version {version}</translation>
    </message>
    <message>
      <source>{name} (not found: its projects are treated as requiring no independent evaluation)</source>
      <translation>{name} (introuvables : leurs projets sont traités comme ne requérant aucune évaluation indépendante)</translation>
    </message>
    <message>
      <source>none (no project records one)</source>
      <translation>aucune (aucun projet n'en indique)</translation>
    </message>
    <message>
      <source>{rule_sets}, as recorded on each project</source>
      <translation>{rule_sets}, telles qu'indiquées sur chaque projet</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Generated on {date} at {time}</source>
      <translation>Établi le {date} à {time}</translation>
    </message>
    <message>
      <source>Exchange rates</source>
      <translation>Taux de change</translation>
    </message>
    <message>
      <source>Generated</source>
      <translation>Établi le</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>Données de démonstration</translation>
    </message>
    <message>
      <source>No: no demo records in this report.</source>
      <translation>Non : aucune donnée de démonstration dans ce rapport.</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Feuille</translation>
    </message>
    <message>
      <source>What it holds</source>
      <translation>Contenu</translation>
    </message>
  </context>
  <context>
    <name>ReportError</name>
    <message>
      <source>report cancelled; no file was written</source>
      <translation>rapport annulé ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
      <source>{option} {year} is not a plausible year ({first}-{last})</source>
      <translation>{option} {year} n'est pas une année plausible ({first}-{last})</translation>
    </message>
    <message>
      <source>the period is empty: --from {first} is after --to {last}</source>
      <translation>la période est vide : --from {first} est postérieur à --to {last}</translation>
    </message>
    <message>
      <source>unknown report language {language}: choose one of {choices}</source>
      <translation>langue de rapport inconnue {language} : choisissez parmi {choices}</translation>
    </message>
    <message>
      <source>the report</source>
      <translation>le rapport</translation>
    </message>
    <message>
      <source>{path}: the report file name must end in .xlsx</source>
      <translation>{path} : le nom du fichier du rapport doit se terminer par .xlsx</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name ending in .xlsx</source>
      <translation>{path} est un dossier ; indiquez un nom de fichier se terminant par .xlsx</translation>
    </message>
    <message>
      <source>cannot write {path}: the folder {folder} does not exist</source>
      <translation>impossible d'écrire {path} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
      <source>cannot write {path}: {problem}</source>
      <translation>impossible d'écrire {path} : {problem}</translation>
    </message>
    <message>
      <source>cannot write {path}: {problem} (is it open in another program?)</source>
      <translation>impossible d'écrire {path} : {problem} (est-il ouvert dans un autre programme ?)</translation>
    </message>
    <message>
      <source>give both --compare-from and --compare-to, or neither</source>
      <translation>indiquez à la fois --compare-from et --compare-to, ou aucun des deux</translation>
    </message>
    <message>
      <source>cannot write the report: {problem}</source>
      <translation>impossible d'écrire le rapport : {problem}</translation>
    </message>
  </context>
  <context>
    <name>ReportLabel</name>
    <message>
      <source>report layouts, version 1</source>
      <translation>présentation des rapports, version 1</translation>
    </message>
    <message>
      <source>Multi-bilateral donors</source>
      <translation>Donateurs multibilatéraux</translation>
    </message>
    <message>
      <source>Direct trust funds</source>
      <translation>Fonds fiduciaires directs</translation>
    </message>
    <message>
      <source>Non-state actors</source>
      <translation>Acteurs non étatiques</translation>
    </message>
    <message>
      <source>IFIs (banks)</source>
      <translation>IFI (banques)</translation>
    </message>
    <message>
      <source>United Nations</source>
      <translation>Nations Unies</translation>
    </message>
    <message>
      <source>European Union</source>
      <translation>Union européenne</translation>
    </message>
    <message>
      <source>Other intergovernmental organizations</source>
      <translation>Autres organisations intergouvernementales</translation>
    </message>
    <message>
      <source>Other sources</source>
      <translation>Autres sources</translation>
    </message>
    <message>
      <source>Region not recorded</source>
      <translation>Région non indiquée</translation>
    </message>
    <message>
      <source>Standards</source>
      <translation>Normes</translation>
    </message>
    <message>
      <source>Employment</source>
      <translation>Emploi</translation>
    </message>
    <message>
      <source>Social protection</source>
      <translation>Protection sociale</translation>
    </message>
    <message>
      <source>Social dialogue</source>
      <translation>Dialogue social</translation>
    </message>
    <message>
      <source>Others</source>
      <translation>Autres</translation>
    </message>
    <message>
      <source>Objective not recorded</source>
      <translation>Objectif non indiqué</translation>
    </message>
    <message>
      <source>Voluntary core funding (unearmarked, RBSA)</source>
      <translation>Contributions volontaires de base (non préaffectées, CSBO)</translation>
    </message>
    <message>
      <source>Voluntary earmarked funding (XB)</source>
      <translation>Contributions volontaires préaffectées (XB)</translation>
    </message>
    <message>
      <source>Domestic trust fund</source>
      <translation>Fonds fiduciaire national</translation>
    </message>
    <message>
      <source>Regular budget (RBTC)</source>
      <translation>Budget ordinaire (CTBO)</translation>
    </message>
  </context>
  <context>
    <name>ReportProgress</name>
    <message>
      <source>Summary by region and partner</source>
      <translation>Synthèse par région et partenaire</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <source>Evaluations</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Written {name}</source>
      <translation>{name} écrit</translation>
    </message>
    <message>
      <source>Reading the partner's figures</source>
      <translation>Lecture des chiffres du partenaire</translation>
    </message>
    <message>
      <source>Financial statements</source>
      <translation>États financiers</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Constatations</translation>
    </message>
    <message>
      <source>Co-financing</source>
      <translation>Cofinancement</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Changements</translation>
    </message>
    <message>
      <source>Preparing</source>
      <translation>Préparation</translation>
    </message>
  </context>
</TS>
