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
      <source>Required evaluations of every project, overdue flags and the independence requirement.</source>
      <translation>Évaluations requises de chaque projet, retards et exigence d'indépendance.</translation>
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
      <source>{date}: due dates are compared with this date; statuses are as recorded now</source>
      <translation>{date} : les échéances sont comparées à cette date ; les statuts sont ceux enregistrés à ce jour</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>Every project except cancelled ones (their evaluations are no longer due)</source>
      <translation>Tous les projets sauf les projets annulés (leurs évaluations ne sont plus dues)</translation>
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
      <source>Overdue: a mandatory evaluation past its due date and still planned or in progress.</source>
      <translation>En retard : une évaluation obligatoire dont l'échéance est passée et qui est encore prévue ou en cours.</translation>
    </message>
    <message>
      <source>Independence requirement: a project whose budget is over its rule set's threshold (ilo-2002: over US${amount}, strictly) needs at least one independent evaluation (independent internal or external) during its cycle; it is met by a completed one. Self-evaluation never counts.</source>
      <translation>Exigence d'indépendance : un projet dont le budget dépasse le seuil de ses règles (ilo-2002 : strictement plus de {amount} dollars É.-U.) doit faire l'objet d'au moins une évaluation indépendante (indépendante interne ou externe) au cours de son cycle ; l'exigence est respectée lorsqu'une telle évaluation est achevée. L'auto-évaluation ne compte jamais.</translation>
    </message>
    <message>
      <source>Compliant: nothing overdue, and the independence requirement met where it applies.</source>
      <translation>Conforme : aucun retard, et l'exigence d'indépendance respectée lorsqu'elle s'applique.</translation>
    </message>
    <message>
      <source>By partner: a project funded by several partners counts under each of them, so that table has no total; its last row repeats the portfolio total, each project counted once.</source>
      <translation>Par partenaire : un projet financé par plusieurs partenaires compte pour chacun d'eux ; ce tableau n'a donc pas de total ; sa dernière ligne reprend le total du portefeuille, chaque projet compté une fois.</translation>
    </message>
    <message>
      <source>Projects that are not cancelled</source>
      <translation>Projets non annulés</translation>
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
      <source>Overdue: mandatory, past due, still open</source>
      <translation>En retard : obligatoire, échéance passée, encore ouverte</translation>
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
      <translation>Statut</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>Jours de retard</translation>
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
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Required evaluations as of {date}</source>
      <translation>Évaluations requises au {date}</translation>
    </message>
    <message>
      <source>Mandatory evaluations of projects that are not cancelled</source>
      <translation>Évaluations obligatoires des projets non annulés</translation>
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
      <source>Contributions, projects, results and evaluations of {partner} ({code}), {period}.</source>
      <translation>Contributions, projets, résultats et évaluations de {partner} ({code}), {period}.</translation>
    </message>
    <message>
      <source>donor report; {code}</source>
      <translation>rapport au donateur ; {code}</translation>
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
      <source>{period}: contributions by year of approval</source>
      <translation>{period} : contributions par année d'approbation</translation>
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
      <source>Evaluation status</source>
      <translation>Statut des évaluations</translation>
    </message>
    <message>
      <source>As of {date}</source>
      <translation>Au {date}</translation>
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
      <source>The partner, its contributions per year by modality (with a chart) and the key figures of the projects it funds</source>
      <translation>Le partenaire, ses contributions par année et par modalité (avec un graphique) et les chiffres clés des projets qu'il finance</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <source>The projects it funds: countries, region, objective, stage, dates, budget, expenditure, delivery rate, next evaluation</source>
      <translation>Les projets qu'il finance : pays, région, objectif, étape, dates, budget, dépenses, taux d'exécution, prochaine évaluation</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Indicators of those projects: baseline, target (expected), achieved, share of women</source>
      <translation>Indicateurs de ces projets : situation de référence, cible (attendue), résultat obtenu, proportion de femmes</translation>
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
      <source>Budget, expenditure and delivery rate are those of the whole project, which other partners may co-fund; the column 'Funding from {code}' is this partner's own share.</source>
      <translation>Le budget, les dépenses et le taux d'exécution sont ceux de l'ensemble du projet, que d'autres partenaires peuvent cofinancer ; la colonne « Financement {code} » est la part propre de ce partenaire.</translation>
    </message>
    <message>
      <source>Expenditure is cumulative up to the end of {year}; delivery rate = that expenditure / the current approved budget.</source>
      <translation>Les dépenses sont cumulées jusqu'à la fin de {year} ; taux d'exécution = ces dépenses / le budget approuvé en vigueur.</translation>
    </message>
    <message>
      <source>An indicator's target is what is expected; 'Achieved' is filled in only when results have been measured.</source>
      <translation>La cible d'un indicateur est le résultat attendu ; « Obtenu » n'est renseigné que lorsque les résultats ont été mesurés.</translation>
    </message>
    <message>
      <source>{partner} ILO cooperation</source>
      <translation>{partner} – coopération avec l'OIT</translation>
    </message>
    <message>
      <source>Donor report {period}; amounts in US$</source>
      <translation>Rapport au donateur {period} ; montants en dollars É.-U.</translation>
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
      <source>Funding from {code} to these projects (all years)</source>
      <translation>Financement de {code} à ces projets (toutes années)</translation>
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
      <source>Stage</source>
      <translation>Étape</translation>
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
      <source>Funding from {code} (US$)</source>
      <translation>Financement {code} (US$)</translation>
    </message>
    <message>
      <source>Next evaluation</source>
      <translation>Prochaine évaluation</translation>
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
      <source>Whole-project budget and expenditure in US$</source>
      <translation>Budget et dépenses de l'ensemble du projet en dollars É.-U.</translation>
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
      <source>Target (expected)</source>
      <translation>Cible (attendue)</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Obtenu</translation>
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
      <source>Results of the projects funded</source>
      <translation>Résultats des projets financés</translation>
    </message>
    <message>
      <source>Expected results (targets) are kept apart from results achieved</source>
      <translation>Les résultats attendus (cibles) sont distingués des résultats obtenus</translation>
    </message>
    <message>
      <source>Expected: target not yet reached</source>
      <translation>Attendu : cible pas encore atteinte</translation>
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
      <source>Overdue: mandatory, due before {date} and still open</source>
      <translation>En retard : obligatoire, échéance avant le {date} et encore ouverte</translation>
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
      <source>{period} (Table V.1)</source>
      <translation>{period} (tableau V.1)</translation>
    </message>
    <message>
      <source>{period} (Table V.1) - the same number of years just before the period</source>
      <translation>{period} (tableau V.1) – le même nombre d'années juste avant la période</translation>
    </message>
    <message>
      <source>Portfolio statistics, {period}</source>
      <translation>Statistiques du portefeuille, {period}</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
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
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>None: the whole portfolio in the database</source>
      <translation>Aucun : tout le portefeuille de la base de données</translation>
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
      <source>Other sources: direct trust funds, non-state actors, international financial institutions, the European Union and other intergovernmental organizations (Table V.1's footnote).</source>
      <translation>Autres sources : fonds fiduciaires directs, acteurs non étatiques, institutions financières internationales, Union européenne et autres organisations intergouvernementales (note du tableau V.1).</translation>
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
      <source>Annex 1A's 'Other intergovernmental organizations' row is the European Union's figure; this report keeps the EU and other intergovernmental organizations apart.</source>
      <translation>La ligne « Autres organisations intergouvernementales » de l'annexe 1A correspond au chiffre de l'Union européenne ; ce rapport distingue l'UE des autres organisations intergouvernementales.</translation>
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
      <source>Expenditure in US$'000, then each region's share of the year's total</source>
      <translation>Dépenses en milliers de dollars É.-U., puis part de chaque région dans le total de l'année</translation>
    </message>
    <message>
      <source>Expenditure (US$'000)</source>
      <translation>Dépenses (milliers de US$)</translation>
    </message>
    <message>
      <source>Share of the year's total (%)</source>
      <translation>Part du total de l'année (%)</translation>
    </message>
    <message>
      <source>The Period column is the region's share of the period's total expenditure (weighted by amount), not the mean of the yearly shares.</source>
      <translation>La colonne Période donne la part de la région dans les dépenses totales de la période (pondérée par les montants), et non la moyenne des parts annuelles.</translation>
    </message>
    <message>
      <source>Expenditure by region (US$'000)</source>
      <translation>Dépenses par région (milliers de $É.-U.)</translation>
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
      <source>the portfolio has no projects (cancelled ones aside): nothing to report</source>
      <translation>le portefeuille ne compte aucun projet (hors projets annulés) : rien à présenter</translation>
    </message>
    <message>
      <source>{partner} has no contributions and no projects in {period}: nothing to report</source>
      <translation>{partner} n'a ni contribution ni projet en {period} : rien à présenter</translation>
    </message>
    <message>
      <source>give both --compare-from and --compare-to, or neither</source>
      <translation>indiquez à la fois --compare-from et --compare-to, ou aucun des deux</translation>
    </message>
    <message>
      <source>no approvals or expenditure recorded in {period}: nothing to report</source>
      <translation>aucune approbation ni dépense enregistrée en {period} : rien à présenter</translation>
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
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Preparing</source>
      <translation>Préparation</translation>
    </message>
  </context>
</TS>
