<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>Classification</name>
    <message>
      <source>'{text}' is not a {noun}; use one of: {codes}</source>
      <translation>« {text} » n'est pas une valeur valide ({noun}) ; utilisez l'un des codes suivants : {codes}</translation>
    </message>
    <message>
      <source>project-cycle stage</source>
      <translation>étape du cycle de projet</translation>
    </message>
    <message>
      <source>region</source>
      <translation>région</translation>
    </message>
    <message>
      <source>partner category</source>
      <translation>catégorie de partenaire</translation>
    </message>
    <message>
      <source>non-state actor kind</source>
      <translation>type d'acteur non étatique</translation>
    </message>
    <message>
      <source>funding modality</source>
      <translation>modalité de financement</translation>
    </message>
    <message>
      <source>strategic objective</source>
      <translation>objectif stratégique</translation>
    </message>
    <message>
      <source>type of expenditure</source>
      <translation>type de dépenses</translation>
    </message>
    <message>
      <source>cross-cutting theme</source>
      <translation>thème transversal</translation>
    </message>
    <message>
      <source>evaluation kind</source>
      <translation>type d'évaluation</translation>
    </message>
    <message>
      <source>'{code}' is not a usable evaluation kind code: use lower-case letters, digits and hyphens, at most 40</source>
      <translation>« {code} » n'est pas un code de type d'évaluation utilisable : lettres minuscules, chiffres et traits d'union, 40 au plus</translation>
    </message>
    <message>
      <source>evaluation status</source>
      <translation>état de l'évaluation</translation>
    </message>
    <message>
      <source>independence</source>
      <translation>indépendance</translation>
    </message>
    <message>
      <source>evaluation criterion</source>
      <translation>critère d'évaluation</translation>
    </message>
  </context>
  <context>
    <name>Compliance</name>
    <message>
      <source>no independent evaluation has been completed yet</source>
      <translation>aucune évaluation indépendante n'a encore été achevée</translation>
    </message>
    <message numerus="yes">
      <source>{evaluation} was due {due} and is {status} (%n day(s) overdue)</source>
      <translation>
        <numerusform>{evaluation} : échéance le {due}, état : {status} (%n jour de retard)</numerusform>
        <numerusform>{evaluation} : échéance le {due}, état : {status} (%n jours de retard)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Country</name>
    <message>
      <source>'{text}' is not a known country name or ISO 3166 code</source>
      <translation>« {text} » n'est ni un nom de pays connu ni un code ISO 3166</translation>
    </message>
    <message>
      <source>{first} or {second}</source>
      <translation>{first} ou {second}</translation>
    </message>
    <message>
      <source>'{text}' is not a known country name or ISO 3166 code; did you mean {names}?</source>
      <translation>« {text} » n'est ni un nom de pays connu ni un code ISO 3166 ; vouliez-vous dire {names} ?</translation>
    </message>
  </context>
  <context>
    <name>Criterion</name>
    <message>
      <source>Relevance</source>
      <translation>Pertinence</translation>
    </message>
    <message>
      <source>Efficiency</source>
      <translation>Efficience</translation>
    </message>
    <message>
      <source>Effectiveness</source>
      <translation>Efficacité</translation>
    </message>
    <message>
      <source>Impact</source>
      <translation>Impact</translation>
    </message>
    <message>
      <source>Sustainability</source>
      <translation>Durabilité</translation>
    </message>
  </context>
  <context>
    <name>Cycle</name>
    <message>
      <source>give a reason to return to design</source>
      <translation>indiquez le motif du renvoi à la conception</translation>
    </message>
    <message>
      <source>give a reason to suspend</source>
      <translation>indiquez le motif de la suspension</translation>
    </message>
    <message>
      <source>give a reason to cancel</source>
      <translation>indiquez le motif de l'annulation</translation>
    </message>
    <message>
      <source>'{text}' is not a project-cycle action or a stage reachable from {stage}; actions: {codes}</source>
      <translation>« {text} » n'est ni une action du cycle de projet ni une étape accessible depuis l'étape « {stage} » ; actions : {codes}</translation>
    </message>
    <message>
      <source>the project is in {stage}; '{action}' applies only from {allowed}</source>
      <translation>le projet est à l'étape « {stage} » ; « {action} » ne s'applique qu'à partir de : {allowed}</translation>
    </message>
    <message>
      <source>give a reason for this action: {action}</source>
      <translation>indiquez le motif de cette action : {action}</translation>
    </message>
    <message>
      <source>no approval without an approved budget</source>
      <translation>pas d'approbation sans budget approuvé</translation>
    </message>
    <message>
      <source>no implementation without at least one funding line</source>
      <translation>pas de mise en œuvre sans au moins une ligne de financement</translation>
    </message>
    <message>
      <source>record the actual end date before closing</source>
      <translation>enregistrez la date de fin effective avant la clôture</translation>
    </message>
    <message>
      <source>the mandatory {evaluation} due {due} is {status}: complete it, or waive it with a reason</source>
      <translation>« {evaluation} » (obligatoire, échéance le {due}) est à l'état « {status} » : achevez cette activité ou accordez-lui une dispense motivée</translation>
    </message>
    <message>
      <source>the stage the project was suspended from is not recorded</source>
      <translation>l'étape à laquelle le projet a été suspendu n'est pas enregistrée</translation>
    </message>
    <message>
      <source>a project cannot start suspended: create it in the stage it was suspended from, then suspend it</source>
      <translation>un projet ne peut pas commencer suspendu : créez-le à l'étape à laquelle il a été suspendu, puis suspendez-le</translation>
    </message>
    <message>
      <source>{action}: {reason}</source>
      <translation>{action} : {reason}</translation>
    </message>
    <message>
      <source>choose a region</source>
      <translation>choisissez une région</translation>
    </message>
    <message>
      <source>choose the strategic objective the project serves</source>
      <translation>choisissez l'objectif stratégique auquel le projet contribue</translation>
    </message>
    <message>
      <source>set the planned start and end dates</source>
      <translation>indiquez les dates de début et de fin prévues</translation>
    </message>
    <message>
      <source>the planned end is before the planned start</source>
      <translation>la fin prévue est antérieure au début prévu</translation>
    </message>
    <message>
      <source>{evaluation} {number}</source>
      <translation>{evaluation} {number}</translation>
    </message>
    <message>
      <source>no approval without an evaluation plan: {evaluations} not planned yet</source>
      <translation>pas d'approbation sans plan d'évaluation : pas encore prévu(s) : {evaluations}</translation>
    </message>
    <message>
      <source>{action} refused: {reasons}</source>
      <translation>Action « {action} » refusée : {reasons}</translation>
    </message>
    <message>
      <source>no approval without the {requirement} recorded ({rule_set}: {reason})</source>
      <translation>pas d'approbation sans {requirement} enregistré(e) ({rule_set} : {reason})</translation>
    </message>
    <message>
      <source>the {requirement} must record one of: {choices} ({rule_set}: {reason})</source>
      <translation>{requirement} doit indiquer l'un de ces résultats : {choices} ({rule_set} : {reason})</translation>
    </message>
  </context>
  <context>
    <name>CycleAction</name>
    <message>
      <source>Submit for appraisal</source>
      <translation>Soumettre à l'évaluation préalable</translation>
    </message>
    <message>
      <source>Return to design</source>
      <translation>Renvoyer à la conception</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <source>Start implementation</source>
      <translation>Lancer la mise en œuvre</translation>
    </message>
    <message>
      <source>Begin evaluation and closing</source>
      <translation>Passer à l'évaluation et à la clôture</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Clôturer</translation>
    </message>
    <message>
      <source>Suspend</source>
      <translation>Suspendre</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>Date</name>
    <message>
      <source>the end date {end} is before the start date {start}</source>
      <translation>la date de fin {end} est antérieure à la date de début {start}</translation>
    </message>
    <message>
      <source>year {year} is out of range</source>
      <translation>l'année {year} est hors limites</translation>
    </message>
    <message>
      <source>{what} {value} is outside the years {first}-{last}</source>
      <translation>{what} {value} : hors des années {first} à {last}</translation>
    </message>
    <message>
      <source>date</source>
      <translation>date</translation>
    </message>
    <message>
      <source>there is no month {month} (months are 01-12)</source>
      <translation>il n'y a pas de mois {month} (les mois vont de 01 à 12)</translation>
    </message>
    <message>
      <source>there is no year 0000</source>
      <translation>l'année 0000 n'existe pas</translation>
    </message>
    <message>
      <source>days are counted from 01</source>
      <translation>les jours commencent à 01</translation>
    </message>
    <message>
      <source>{month} {year} has {days} days</source>
      <translation>{month} {year} compte {days} jours</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a day of the calendar: {why}</source>
      <translation>{what} « {text} » n'est pas un jour du calendrier : {why}</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a date in the form YYYY-MM-DD</source>
      <translation>{what} « {text} » n'est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
  </context>
  <context>
    <name>DocumentCategory</name>
    <message>
      <source>Pre- and post-project impact appraisal</source>
      <translation>Évaluation d'impact avant et après le projet</translation>
    </message>
    <message>
      <source>Objectives / Purpose of activity</source>
      <translation>Objectifs / finalité de l'activité</translation>
    </message>
    <message>
      <source>Intended ultimate beneficiaries</source>
      <translation>Bénéficiaires finaux visés</translation>
    </message>
    <message>
      <source>Conditions</source>
      <translation>Conditions</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Summary information about contract</source>
      <translation>Informations résumées sur le contrat</translation>
    </message>
    <message>
      <source>Review of project performance and evaluation</source>
      <translation>Examen de la performance du projet et évaluation</translation>
    </message>
    <message>
      <source>Results, outcomes and outputs</source>
      <translation>Résultats, effets et produits</translation>
    </message>
    <message>
      <source>Memorandum of understanding (if agreed by all parties)</source>
      <translation>Mémorandum d'accord (si toutes les parties l'acceptent)</translation>
    </message>
    <message>
      <source>Tender</source>
      <translation>Appel d'offres</translation>
    </message>
    <message>
      <source>Contract</source>
      <translation>Contrat</translation>
    </message>
    <message>
      <source>Activity web page</source>
      <translation>Page web de l'activité</translation>
    </message>
    <message>
      <source>Annual report</source>
      <translation>Rapport annuel</translation>
    </message>
    <message>
      <source>Institutional Strategy paper</source>
      <translation>Document de stratégie institutionnelle</translation>
    </message>
    <message>
      <source>Country strategy paper</source>
      <translation>Document de stratégie pays</translation>
    </message>
    <message>
      <source>Aid Allocation Policy</source>
      <translation>Politique d'allocation de l'aide</translation>
    </message>
    <message>
      <source>Procurement Policy and Procedure</source>
      <translation>Politique et procédures d'achat</translation>
    </message>
    <message>
      <source>Institutional Audit Report</source>
      <translation>Rapport d'audit institutionnel</translation>
    </message>
    <message>
      <source>Country Audit Report</source>
      <translation>Rapport d'audit pays</translation>
    </message>
    <message>
      <source>Exclusions Policy</source>
      <translation>Politique d'exclusion</translation>
    </message>
    <message>
      <source>Institutional Evaluation Report</source>
      <translation>Rapport d'évaluation institutionnelle</translation>
    </message>
    <message>
      <source>Country Evaluation Report</source>
      <translation>Rapport d'évaluation pays</translation>
    </message>
    <message>
      <source>Sector strategy</source>
      <translation>Stratégie sectorielle</translation>
    </message>
    <message>
      <source>Thematic strategy</source>
      <translation>Stratégie thématique</translation>
    </message>
    <message>
      <source>Country-level Memorandum of Understanding</source>
      <translation>Mémorandum d'accord au niveau du pays</translation>
    </message>
    <message>
      <source>Evaluations policy</source>
      <translation>Politique d'évaluation</translation>
    </message>
    <message>
      <source>General Terms and Conditions</source>
      <translation>Conditions générales</translation>
    </message>
    <message>
      <source>Organisation web page</source>
      <translation>Page web de l'organisation</translation>
    </message>
    <message>
      <source>Country/Region web page</source>
      <translation>Page web du pays ou de la région</translation>
    </message>
    <message>
      <source>Sector web page</source>
      <translation>Page web du secteur</translation>
    </message>
  </context>
  <context>
    <name>Evaluation</name>
    <message>
      <source>{evaluation} {number}</source>
      <translation>{evaluation} {number}</translation>
    </message>
  </context>
  <context>
    <name>EvaluationAction</name>
    <message>
      <source>Added by the project officer (optional)</source>
      <translation>Ajoutée par le chargé de projet (facultative)</translation>
    </message>
    <message>
      <source>the {evaluation} due {due}</source>
      <translation>l'activité « {evaluation} » (échéance le {due})</translation>
    </message>
    <message>
      <source>'{text}' names no evaluation; use a kind ({kinds}) and, for a repeated kind, its number</source>
      <translation>« {text} » ne désigne aucune évaluation ; indiquez un type ({kinds}) et, pour un type répété, son numéro</translation>
    </message>
    <message>
      <source>'{text}' is not a kind of evaluation; use one of: {kinds}</source>
      <translation>« {text} » n'est pas un type d'évaluation ; utilisez l'un des suivants : {kinds}</translation>
    </message>
    <message>
      <source>'{text}': evaluations are numbered from 1</source>
      <translation>« {text} » : les évaluations sont numérotées à partir de 1</translation>
    </message>
    <message>
      <source>project (new)</source>
      <translation>projet (nouveau)</translation>
    </message>
    <message>
      <source>project {code} has no evaluation at position {index}</source>
      <translation>le projet {code} n'a pas d'évaluation à la position {index}</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be completed; add an optional evaluation instead</source>
      <translation>{name} n'est plus requise par les règles et ne peut donc pas être achevée ; ajoutez plutôt une évaluation facultative</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be started; add an optional evaluation instead</source>
      <translation>{name} n'est plus requise par les règles et ne peut donc pas être commencée ; ajoutez plutôt une évaluation facultative</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be planned again; add an optional evaluation instead</source>
      <translation>{name} n'est plus requise par les règles et ne peut donc pas être de nouveau planifiée ; ajoutez plutôt une évaluation facultative</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules, so it cannot be required to be independent; add an optional evaluation instead</source>
      <translation>{name} n'est plus requise par les règles et on ne peut donc pas en exiger l'indépendance ; ajoutez plutôt une évaluation facultative</translation>
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be completed; withdraw the waiver first</source>
      <translation>{name} a fait l'objet d'une dispense ({reason}) et ne peut donc pas être achevée ; retirez d'abord la dispense</translation>
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be started; withdraw the waiver first</source>
      <translation>{name} a fait l'objet d'une dispense ({reason}) et ne peut donc pas être commencée ; retirez d'abord la dispense</translation>
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be planned again; withdraw the waiver first</source>
      <translation>{name} a fait l'objet d'une dispense ({reason}) et ne peut donc pas être de nouveau planifiée ; retirez d'abord la dispense</translation>
    </message>
    <message>
      <source>{name} was waived ({reason}), so it cannot be required to be independent; withdraw the waiver first</source>
      <translation>{name} a fait l'objet d'une dispense ({reason}) et on ne peut donc pas en exiger l'indépendance ; retirez d'abord la dispense</translation>
    </message>
    <message>
      <source>{name} was completed on {date}, so it cannot be started; record its completion again to correct it</source>
      <translation>{name} a été achevée le {date} et ne peut donc pas être commencée ; pour corriger, enregistrez de nouveau son achèvement</translation>
    </message>
    <message>
      <source>{name} was completed on {date}, so it cannot be planned again; record its completion again to correct it</source>
      <translation>{name} a été achevée le {date} et ne peut donc pas être de nouveau planifiée ; pour corriger, enregistrez de nouveau son achèvement</translation>
    </message>
    <message>
      <source>{name} was completed on {date}, so it cannot be required to be independent; record its completion again to correct it</source>
      <translation>{name} a été achevée le {date} et on ne peut donc pas en exiger l'indépendance ; pour corriger, enregistrez de nouveau son achèvement</translation>
    </message>
    <message>
      <source>{name} is already in progress</source>
      <translation>{name} est déjà en cours</translation>
    </message>
    <message>
      <source>{name} was completed on {date}; a completed evaluation cannot be waived</source>
      <translation>{name} a été achevée le {date} ; une évaluation achevée ne peut pas faire l'objet d'une dispense</translation>
    </message>
    <message>
      <source>{name} is no longer required by the rules: there is nothing to waive</source>
      <translation>{name} n'est plus requise par les règles : il n'y a rien à dispenser</translation>
    </message>
    <message>
      <source>{name} is {status}, not waived: there is no waiver to withdraw</source>
      <translation>{name} est à l'état « {status} », sans dispense : il n'y a pas de dispense à retirer</translation>
    </message>
    <message>
      <source>{name} cannot be rated on '{criterion}', which is not an evaluation criterion; use one of: {codes}</source>
      <translation>{name} ne peut pas être notée sur « {criterion} », qui n'est pas un critère d'évaluation ; utilisez l'un des suivants : {codes}</translation>
    </message>
    <message>
      <source>{name} cannot be rated {rating} on {criterion}: ratings run from {low} ({low_label}) to {high} ({high_label})</source>
      <translation>{name} ne peut pas recevoir la note {rating} pour le critère « {criterion} » : les notes vont de {low} ({low_label}) à {high} ({high_label})</translation>
    </message>
    <message>
      <source>{name} needs the date it was completed</source>
      <translation>{name} : indiquez la date d'achèvement</translation>
    </message>
    <message>
      <source>{name} cannot be completed on {date}, a date in the future (today is {today})</source>
      <translation>{name} ne peut pas être achevée le {date}, date future (nous sommes le {today})</translation>
    </message>
    <message>
      <source>{name} cannot be completed on {date}, before the project's start on {start}</source>
      <translation>{name} ne peut pas être achevée le {date}, avant le début du projet le {start}</translation>
    </message>
    <message>
      <source>{name} needs the name of who carried it out</source>
      <translation>{name} : indiquez le nom de qui l'a réalisée</translation>
    </message>
    <message>
      <source>{name}: keep the evaluator's name to {width} characters (it has {length})</source>
      <translation>{name} : le nom de l'évaluateur ne doit pas dépasser {width} caractères (il en compte {length})</translation>
    </message>
    <message>
      <source>{name} must be independent (independent internal or external), not a {form}</source>
      <translation>{name} doit être indépendante (interne ou externe), et non « {form} »</translation>
    </message>
    <message>
      <source>waiving {name} needs the reason for the waiver</source>
      <translation>pour dispenser {name}, indiquez le motif de la dispense</translation>
    </message>
    <message>
      <source>{name} must be independent (independent internal or external), so it cannot be planned as a {form}</source>
      <translation>{name} doit être indépendante (interne ou externe) et ne peut donc pas être prévue sous la forme « {form} »</translation>
    </message>
    <message>
      <source>{name} is already required to be independent</source>
      <translation>{name} doit déjà être indépendante</translation>
    </message>
    <message>
      <source>{name} cannot be required to be independent as a {form}; choose independent internal or external</source>
      <translation>on ne peut pas exiger que {name} soit indépendante sous la forme « {form} » ; choisissez indépendante interne ou externe</translation>
    </message>
    <message>
      <source>{name} cannot be required to be independent before the project's planned start, end and budget are set: the rules decide whether an independent evaluation is required</source>
      <translation>on ne peut pas exiger que {name} soit indépendante avant que le début prévu, la fin prévue et le budget du projet soient fixés : ce sont les règles qui déterminent si une évaluation indépendante est requise</translation>
    </message>
    <message>
      <source>{name} cannot be required to be independent: the rules require no independent evaluation ({comparison}); plan it as independent instead</source>
      <translation>on ne peut pas exiger que {name} soit indépendante : les règles ne requièrent aucune évaluation indépendante ({comparison}) ; prévoyez-la plutôt comme indépendante</translation>
    </message>
    <message>
      <source>an optional {evaluation}</source>
      <translation>l'activité facultative « {evaluation} »</translation>
    </message>
    <message>
      <source>{what} needs its due date</source>
      <translation>{what} : indiquez la date d'échéance</translation>
    </message>
    <message>
      <source>{what} cannot be due on {due}, before the project's start on {start}</source>
      <translation>{what} ne peut pas avoir pour échéance le {due}, avant le début du projet le {start}</translation>
    </message>
    <message>
      <source>{what} cannot be added: the project already has {name} ({status}), and has one {evaluation} at most</source>
      <translation>impossible d'ajouter {what} : le projet comporte déjà {name} ({status}) et ne peut avoir qu'une seule activité « {evaluation} »</translation>
    </message>
  </context>
  <context>
    <name>EvaluationKind</name>
    <message>
      <source>Final evaluation</source>
      <translation>Évaluation finale</translation>
    </message>
    <message>
      <source>Mid-term evaluation</source>
      <translation>Évaluation à mi-parcours</translation>
    </message>
    <message>
      <source>Annual review</source>
      <translation>Examen annuel</translation>
    </message>
    <message>
      <source>Mid-term review</source>
      <translation>Examen à mi-parcours</translation>
    </message>
    <message>
      <source>Ex-post evaluation</source>
      <translation>Évaluation ex post</translation>
    </message>
    <message>
      <source>Evaluability assessment</source>
      <translation>Évaluation de l'évaluabilité</translation>
    </message>
    <message>
      <source>Internal evaluation</source>
      <translation>Évaluation interne</translation>
    </message>
    <message>
      <source>Independent evaluation</source>
      <translation>Évaluation indépendante</translation>
    </message>
    <message>
      <source>Cluster evaluation</source>
      <translation>Évaluation groupée</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPlan</name>
    <message>
      <source>{reason} ({evaluation} due on the end date)</source>
      <translation>{reason} ({evaluation} : échéance à la date de fin)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due on the end date, agreed in the initial evaluation plan)</source>
      <translation>{reason} ({evaluation} : échéance à la date de fin, comme convenu dans le plan d'évaluation initial)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due at the midpoint)</source>
      <translation>{reason} ({evaluation} : échéance à mi-parcours)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due at the midpoint, agreed in the initial evaluation plan)</source>
      <translation>{reason} ({evaluation} : échéance à mi-parcours, comme convenu dans le plan d'évaluation initial)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due on anniversary {number} of the start)</source>
      <translation>{reason} ({evaluation} : échéance à l'anniversaire n° {number} du début)</translation>
    </message>
    <message>
      <source>{reason} ({evaluation} due on anniversary {number} of the start, agreed in the initial evaluation plan)</source>
      <translation>{reason} ({evaluation} : échéance à l'anniversaire n° {number} du début, comme convenu dans le plan d'évaluation initial)</translation>
    </message>
    <message>
      <source>budget {budget} is over {threshold}</source>
      <translation>budget de {budget}, supérieur à {threshold}</translation>
    </message>
    <message>
      <source>budget {budget} is not over {threshold}</source>
      <translation>budget de {budget}, qui ne dépasse pas {threshold}</translation>
    </message>
    <message>
      <source>is under {high} months</source>
      <translation>moins de {high} mois</translation>
    </message>
    <message>
      <source>is up to {high} months</source>
      <translation>jusqu'à {high} mois</translation>
    </message>
    <message>
      <source>is over {low} months</source>
      <translation>plus de {low} mois</translation>
    </message>
    <message>
      <source>is {low} months or more</source>
      <translation>{low} mois ou plus</translation>
    </message>
    <message>
      <source>is within {low}-{high} months</source>
      <translation>entre {low} et {high} mois</translation>
    </message>
    <message>
      <source>is from {low} months and under {high} months</source>
      <translation>de {low} mois à moins de {high} mois</translation>
    </message>
    <message>
      <source>is over {low} months and up to {high} months</source>
      <translation>plus de {low} mois et jusqu'à {high} mois</translation>
    </message>
    <message>
      <source>is over {low} months and under {high} months</source>
      <translation>plus de {low} mois et moins de {high} mois</translation>
    </message>
    <message>
      <source>budget {budget} {tier}: {requires}</source>
      <translation>budget de {budget}, {tier} : {requires}</translation>
    </message>
    <message>
      <source>is under {high}</source>
      <translation>inférieur à {high}</translation>
    </message>
    <message>
      <source>is up to {high}</source>
      <translation>jusqu'à {high}</translation>
    </message>
    <message>
      <source>is over {low}</source>
      <translation>supérieur à {low}</translation>
    </message>
    <message>
      <source>is {low} or more</source>
      <translation>de {low} ou plus</translation>
    </message>
    <message>
      <source>is between {low} and {high}</source>
      <translation>entre {low} et {high}</translation>
    </message>
    <message>
      <source>{tier}, funded as the tier requires</source>
      <translation>{tier}, financé comme l'exige la catégorie</translation>
    </message>
    <message numerus="yes">
      <source>{reason} ({evaluation} due %n month(s) after the start)</source>
      <translation>
        <numerusform>{reason} ({evaluation} : échéance %n mois après le début)</numerusform>
        <numerusform>{reason} ({evaluation} : échéance %n mois après le début)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{reason} ({evaluation} due %n month(s) before the end date)</source>
      <translation>
        <numerusform>{reason} ({evaluation} : échéance %n mois avant la date de fin)</numerusform>
        <numerusform>{reason} ({evaluation} : échéance %n mois avant la date de fin)</numerusform>
      </translation>
    </message>
    <message>
      <source>{reason}; it must be independent</source>
      <translation>{reason} ; elle doit être indépendante</translation>
    </message>
    <message>
      <source>{reason}; independent: {comparison}</source>
      <translation>{reason} ; évaluation indépendante : {comparison}</translation>
    </message>
    <message>
      <source>is of any duration</source>
      <translation>quelle que soit la durée</translation>
    </message>
    <message>
      <source>{evaluation} if agreed in the initial evaluation plan</source>
      <translation>{evaluation} si le plan d'évaluation initial le prévoit</translation>
    </message>
    <message>
      <source>is of any amount</source>
      <translation>de tout montant</translation>
    </message>
    <message>
      <source>{duration} months {band}: {requires}</source>
      <translation>{duration} mois, soit {band} : {requires}</translation>
    </message>
    <message>
      <source>{band}; {tier}</source>
      <translation>{band} ; {tier}</translation>
    </message>
    <message>
      <source>budget {budget} {tier}: {evaluations} must be independent</source>
      <translation>budget de {budget}, {tier} : doivent être indépendantes : {evaluations}</translation>
    </message>
    <message>
      <source>rule set {rule_set} has no independence rule</source>
      <translation>le jeu de règles {rule_set} n'a pas de règle d'indépendance</translation>
    </message>
    <message>
      <source>{comparison}: {rule}</source>
      <translation>{comparison} : {rule}</translation>
    </message>
    <message>
      <source>{comparison}: no independent evaluation required</source>
      <translation>{comparison} : aucune évaluation indépendante requise</translation>
    </message>
  </context>
  <context>
    <name>EvaluationStatus</name>
    <message>
      <source>Planned</source>
      <translation>Prévue</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Achevée</translation>
    </message>
    <message>
      <source>Waived</source>
      <translation>Dispensée</translation>
    </message>
    <message>
      <source>No longer required</source>
      <translation>Plus requise</translation>
    </message>
  </context>
  <context>
    <name>ExpenditureType</name>
    <message>
      <source>International experts</source>
      <translation>Experts internationaux</translation>
    </message>
    <message>
      <source>Other personnel</source>
      <translation>Autre personnel</translation>
    </message>
    <message>
      <source>Subcontracts</source>
      <translation>Sous-traitance</translation>
    </message>
    <message>
      <source>Training and fellowships</source>
      <translation>Formation et bourses</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Équipement</translation>
    </message>
    <message>
      <source>Miscellaneous</source>
      <translation>Divers</translation>
    </message>
    <message>
      <source>Programme support costs</source>
      <translation>Frais de soutien au programme</translation>
    </message>
  </context>
  <context>
    <name>FieldProblem</name>
    <message>
      <source>{first}; {second}</source>
      <translation>{first} ; {second}</translation>
    </message>
    <message>
      <source>{field}: {message}</source>
      <translation>{field} : {message}</translation>
    </message>
    <message>
      <source>{record} {number}</source>
      <translation>{record} {number}</translation>
    </message>
    <message>
      <source>{place} {field}: {message}</source>
      <translation>{place}, {field} : {message}</translation>
    </message>
    <message>
      <source>{subject}: {problems}</source>
      <translation>{subject} : {problems}</translation>
    </message>
    <message>
      <source>{place}: {field}: {message}</source>
      <translation>{place} : {field} : {message}</translation>
    </message>
  </context>
  <context>
    <name>FundingModality</name>
    <message>
      <source>Regular budget (RBTC)</source>
      <translation>Budget ordinaire (CTBO)</translation>
    </message>
    <message>
      <source>Voluntary core funding (RBSA)</source>
      <translation>Contributions volontaires de base (CSBO)</translation>
    </message>
    <message>
      <source>Earmarked extra-budgetary (XB)</source>
      <translation>Extrabudgétaire préaffecté (XB)</translation>
    </message>
    <message>
      <source>Domestic trust fund</source>
      <translation>Fonds fiduciaire national</translation>
    </message>
  </context>
  <context>
    <name>Independence</name>
    <message>
      <source>Self-evaluation</source>
      <translation>Auto-évaluation</translation>
    </message>
    <message>
      <source>Independent internal</source>
      <translation>Indépendante (interne)</translation>
    </message>
    <message>
      <source>External</source>
      <translation>Externe</translation>
    </message>
  </context>
  <context>
    <name>Money</name>
    <message>
      <source>the US$ rate of a US$ amount must be 1</source>
      <translation>le taux en $É.-U. d'un montant en $É.-U. doit être 1</translation>
    </message>
    <message>
      <source>a US$ rate is required for an amount in {currency}</source>
      <translation>un taux en $É.-U. est requis pour un montant en {currency}</translation>
    </message>
    <message>
      <source>the US$ rate must be greater than zero</source>
      <translation>le taux en $É.-U. doit être supérieur à zéro</translation>
    </message>
    <message>
      <source>the US$ rate {rate} is not plausible (one unit of {currency} worth {limit} US$ or more)</source>
      <translation>le taux en $É.-U. {rate} n'est pas plausible (une unité de {currency} vaudrait {limit} $É.-U. ou plus)</translation>
    </message>
    <message>
      <source>'{code}' is not an ISO 4217 currency code</source>
      <translation>« {code} » n'est pas un code de monnaie ISO 4217</translation>
    </message>
    <message>
      <source>US${amount}</source>
      <translation>{amount} $É.-U.</translation>
    </message>
  </context>
  <context>
    <name>Month</name>
    <message>
      <source>January</source>
      <translation>janvier</translation>
    </message>
    <message>
      <source>February</source>
      <translation>février</translation>
    </message>
    <message>
      <source>March</source>
      <translation>mars</translation>
    </message>
    <message>
      <source>April</source>
      <translation>avril</translation>
    </message>
    <message>
      <source>May</source>
      <translation>mai</translation>
    </message>
    <message>
      <source>June</source>
      <translation>juin</translation>
    </message>
    <message>
      <source>July</source>
      <translation>juillet</translation>
    </message>
    <message>
      <source>August</source>
      <translation>août</translation>
    </message>
    <message>
      <source>September</source>
      <translation>septembre</translation>
    </message>
    <message>
      <source>October</source>
      <translation>octobre</translation>
    </message>
    <message>
      <source>November</source>
      <translation>novembre</translation>
    </message>
    <message>
      <source>December</source>
      <translation>décembre</translation>
    </message>
  </context>
  <context>
    <name>NonStateKind</name>
    <message>
      <source>Foundation</source>
      <translation>Fondation</translation>
    </message>
    <message>
      <source>Private sector</source>
      <translation>Secteur privé</translation>
    </message>
    <message>
      <source>Social partner</source>
      <translation>Partenaire social</translation>
    </message>
    <message>
      <source>Public institution</source>
      <translation>Institution publique</translation>
    </message>
    <message>
      <source>Other non-state actor</source>
      <translation>Autre acteur non étatique</translation>
    </message>
  </context>
  <context>
    <name>Number</name>
    <message>
      <source>amount</source>
      <translation>montant</translation>
    </message>
    <message>
      <source>{what} {value} is too large: tracker keeps amounts below {limit}</source>
      <translation>{what} {value} : valeur trop élevée ; tracker conserve les montants inférieurs à {limit}</translation>
    </message>
    <message>
      <source>{what} '{text}' is ambiguous: tracker reads a comma only between groups of three digits; write {decimal} for a decimal, or {whole} for a whole number</source>
      <translation>{what} « {text} » est ambigu : tracker ne lit une virgule qu'entre des groupes de trois chiffres ; écrivez {decimal} pour un nombre décimal, ou {whole} pour un nombre entier</translation>
    </message>
    <message>
      <source>{what} '{text}' is ambiguous: use a point for decimals and commas only between groups of three digits (1,234.56)</source>
      <translation>{what} « {text} » est ambigu : utilisez un point pour les décimales et des virgules uniquement entre des groupes de trois chiffres (1,234.56)</translation>
    </message>
    <message>
      <source>{what} is empty</source>
      <translation>{what} : aucune valeur</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a number</source>
      <translation>{what} « {text} » n'est pas un nombre</translation>
    </message>
    <message>
      <source>{what} must be given as text or Decimal, not {type}</source>
      <translation>{what} : à donner sous forme de texte ou de Decimal, et non de {type}</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a finite number</source>
      <translation>{what} « {text} » n'est pas un nombre fini</translation>
    </message>
    <message>
      <source>{what} '{text}' is too large: tracker keeps numbers below {limit}</source>
      <translation>{what} « {text} » : valeur trop élevée ; tracker conserve les nombres inférieurs à {limit}</translation>
    </message>
    <message>
      <source>a comma</source>
      <translation>une virgule</translation>
    </message>
    <message>
      <source>a point</source>
      <translation>un point</translation>
    </message>
    <message>
      <source>a space</source>
      <translation>une espace</translation>
    </message>
    <message>
      <source>an apostrophe</source>
      <translation>une apostrophe</translation>
    </message>
    <message>
      <source>{what} '{text}' is not a number as written: use {decimal} for decimals and {group} only between groups of digits ({example})</source>
      <translation>{what} « {text} » n'est pas un nombre tel qu'il est écrit : utilisez {decimal} pour les décimales et {group} uniquement entre des groupes de chiffres ({example})</translation>
    </message>
    <message>
      <source>{what} '{text}' is ambiguous: it could be {first} or {second} (here {decimal} marks decimals); write {first} for the first or {second} for the second</source>
      <translation>{what} « {text} » est ambigu : il peut s'agir de {first} ou de {second} (ici, {decimal} marque les décimales) ; écrivez {first} pour le premier ou {second} pour le second</translation>
    </message>
  </context>
  <context>
    <name>OddDate</name>
    <message>
      <source>Implementation would start before the planned start ({value}).</source>
      <translation>La mise en œuvre commencerait avant le début prévu ({value}).</translation>
    </message>
    <message>
      <source>This date is before the planned start ({value}).</source>
      <translation>Cette date est antérieure au début prévu ({value}).</translation>
    </message>
    <message>
      <source>The project would be closed before its actual end ({value}).</source>
      <translation>Le projet serait clôturé avant sa fin effective ({value}).</translation>
    </message>
    <message>
      <source>This date is after the planned end ({value}).</source>
      <translation>Cette date est postérieure à la fin prévue ({value}).</translation>
    </message>
    <message numerus="yes">
      <source>This date is {value} day(s) in the future.</source>
      <translation>
        <numerusform>Cette date est dans {value} jour.</numerusform>
        <numerusform>Cette date est dans {value} jours.</numerusform>
      </translation>
    </message>
    <message>
      <source>This date is before the project's last stage change ({value}).</source>
      <translation>Cette date est antérieure au dernier changement d'étape du projet ({value}).</translation>
    </message>
  </context>
  <context>
    <name>Partner</name>
    <message>
      <source>the reporting language must be en (English), fr (French) or es (Spanish), not '{value}'</source>
      <translation>la langue des rapports doit être en (anglais), fr (français) ou es (espagnol), et non « {value} »</translation>
    </message>
  </context>
  <context>
    <name>PartnerCategory</name>
    <message>
      <source>Multi-bilateral government</source>
      <translation>Gouvernement (multibilatéral)</translation>
    </message>
    <message>
      <source>European Union</source>
      <translation>Union européenne</translation>
    </message>
    <message>
      <source>UN agency or multi-partner trust fund</source>
      <translation>Organisme des Nations Unies ou fonds d'affectation spéciale pluripartenaires</translation>
    </message>
    <message>
      <source>International financial institution</source>
      <translation>Institution financière internationale</translation>
    </message>
    <message>
      <source>Non-state actor</source>
      <translation>Acteur non étatique</translation>
    </message>
    <message>
      <source>Domestic trust fund</source>
      <translation>Fonds fiduciaire national</translation>
    </message>
    <message>
      <source>Other intergovernmental organization</source>
      <translation>Autre organisation intergouvernementale</translation>
    </message>
  </context>
  <context>
    <name>PlanChange</name>
    <message>
      <source>added</source>
      <translation>ajoutée</translation>
    </message>
    <message>
      <source>required again</source>
      <translation>de nouveau requise</translation>
    </message>
    <message>
      <source>now required</source>
      <translation>désormais exigée</translation>
    </message>
    <message>
      <source>rescheduled</source>
      <translation>reprogrammée</translation>
    </message>
    <message>
      <source>no longer required</source>
      <translation>plus requise</translation>
    </message>
    <message>
      <source>marked independent</source>
      <translation>marquée indépendante</translation>
    </message>
    <message>
      <source>independence moved</source>
      <translation>indépendance transférée</translation>
    </message>
    <message>
      <source>independence no longer required</source>
      <translation>indépendance plus requise</translation>
    </message>
    <message>
      <source>{evaluation} {action}: {detail}</source>
      <translation>{evaluation} – {action} : {detail}</translation>
    </message>
    <message>
      <source>due {due}; {reason}</source>
      <translation>échéance le {due} ; {reason}</translation>
    </message>
    <message>
      <source>from {before} to {after}; {reason}</source>
      <translation>du {before} au {after} ; {reason}</translation>
    </message>
    <message>
      <source>{reason} (rule set {rule_set})</source>
      <translation>{reason} (jeu de règles {rule_set})</translation>
    </message>
    <message>
      <source>already met by {evaluation}</source>
      <translation>déjà satisfaite par l'activité « {evaluation} »</translation>
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <source>cancelled; nothing was changed</source>
      <translation>annulé ; rien n'a été modifié</translation>
    </message>
  </context>
  <context>
    <name>Rates</name>
    <message>
      <source>the US$ is worth one US$ on every day: it needs no rate</source>
      <translation>le dollar des États-Unis vaut un dollar chaque jour : il n'a pas besoin de taux</translation>
    </message>
    <message>
      <source>no US$ rate for {currency}: the amount has no date to look one up; give its rate with --rate {currency}=US$ VALUE</source>
      <translation>aucun taux en dollars des États-Unis pour {currency} : le montant n'a pas de date pour en chercher un ; indiquez son taux avec --rate {currency}=VALEUR EN $ É.-U.</translation>
    </message>
    <message>
      <source>no US$ rate for {currency} on {day}: import that month's UN operational rates (tracker rates import FILE, or Tools &gt; Exchange Rates in the app), or give one with --rate {currency}=US$ VALUE</source>
      <translation>aucun taux en dollars des États-Unis pour {currency} au {day} : importez les taux de change opérationnels de l'ONU de ce mois (tracker rates import FICHIER, ou Outils &gt; Taux de change dans l'application), ou indiquez-en un avec --rate {currency}=VALEUR EN $ É.-U.</translation>
    </message>
  </context>
  <context>
    <name>Rating</name>
    <message>
      <source>Highly unsatisfactory</source>
      <translation>Très insatisfaisant</translation>
    </message>
    <message>
      <source>Unsatisfactory</source>
      <translation>Insatisfaisant</translation>
    </message>
    <message>
      <source>Somewhat unsatisfactory</source>
      <translation>Plutôt insatisfaisant</translation>
    </message>
    <message>
      <source>Somewhat satisfactory</source>
      <translation>Plutôt satisfaisant</translation>
    </message>
    <message>
      <source>Satisfactory</source>
      <translation>Satisfaisant</translation>
    </message>
    <message>
      <source>Highly satisfactory</source>
      <translation>Très satisfaisant</translation>
    </message>
  </context>
  <context>
    <name>RecordField</name>
    <message>
      <source>rating {criterion}</source>
      <translation>note ({criterion})</translation>
    </message>
    <message>
      <source>revision</source>
      <translation>révision</translation>
    </message>
    <message>
      <source>currency</source>
      <translation>monnaie</translation>
    </message>
    <message>
      <source>US$ rate</source>
      <translation>taux ($É.-U.)</translation>
    </message>
    <message>
      <source>code</source>
      <translation>code</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nom</translation>
    </message>
    <message>
      <source>category</source>
      <translation>catégorie</translation>
    </message>
    <message>
      <source>non-state kind</source>
      <translation>type d'acteur non étatique</translation>
    </message>
    <message>
      <source>country</source>
      <translation>pays</translation>
    </message>
    <message>
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <source>reporting language</source>
      <translation>langue des rapports</translation>
    </message>
    <message>
      <source>title</source>
      <translation>titre</translation>
    </message>
    <message>
      <source>description</source>
      <translation>description</translation>
    </message>
    <message>
      <source>stage</source>
      <translation>étape</translation>
    </message>
    <message>
      <source>region</source>
      <translation>région</translation>
    </message>
    <message>
      <source>countries</source>
      <translation>pays</translation>
    </message>
    <message>
      <source>country shares</source>
      <translation>parts par pays</translation>
    </message>
    <message>
      <source>strategic objective</source>
      <translation>objectif stratégique</translation>
    </message>
    <message>
      <source>themes</source>
      <translation>thèmes</translation>
    </message>
    <message>
      <source>office</source>
      <translation>bureau</translation>
    </message>
    <message>
      <source>officer</source>
      <translation>chargé(e) de projet</translation>
    </message>
    <message>
      <source>planned start</source>
      <translation>début prévu</translation>
    </message>
    <message>
      <source>planned end</source>
      <translation>fin prévue</translation>
    </message>
    <message>
      <source>actual end</source>
      <translation>fin effective</translation>
    </message>
    <message>
      <source>budget</source>
      <translation>budget</translation>
    </message>
    <message>
      <source>mid-term review agreed</source>
      <translation>examen à mi-parcours convenu</translation>
    </message>
    <message>
      <source>evaluation rule set</source>
      <translation>règles d'évaluation</translation>
    </message>
    <message>
      <source>rule set assigned</source>
      <translation>règles d’évaluation attribuées</translation>
    </message>
    <message>
      <source>suspended from</source>
      <translation>suspendu à l'étape</translation>
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
      <source>purpose code</source>
      <translation>code d'objet</translation>
    </message>
    <message>
      <source>capital spend %</source>
      <translation>dépenses d'investissement (%)</translation>
    </message>
    <message>
      <source>modality</source>
      <translation>modalité</translation>
    </message>
    <message>
      <source>amount</source>
      <translation>montant</translation>
    </message>
    <message>
      <source>approved on</source>
      <translation>approuvé le</translation>
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
      <source>locally mobilized</source>
      <translation>mobilisé localement</translation>
    </message>
    <message>
      <source>agreement reference</source>
      <translation>référence de l’accord</translation>
    </message>
    <message>
      <source>revised on</source>
      <translation>révisé le</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>motif</translation>
    </message>
    <message>
      <source>new budget</source>
      <translation>nouveau budget</translation>
    </message>
    <message>
      <source>new end</source>
      <translation>nouvelle fin</translation>
    </message>
    <message>
      <source>new US$ rate</source>
      <translation>nouveau taux ($É.-U.)</translation>
    </message>
    <message>
      <source>year</source>
      <translation>année</translation>
    </message>
    <message>
      <source>type of expenditure</source>
      <translation>type de dépenses</translation>
    </message>
    <message>
      <source>month</source>
      <translation>mois</translation>
    </message>
    <message>
      <source>output</source>
      <translation>produit</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>type</translation>
    </message>
    <message>
      <source>due</source>
      <translation>échéance</translation>
    </message>
    <message>
      <source>status</source>
      <translation>état</translation>
    </message>
    <message>
      <source>sequence</source>
      <translation>numéro</translation>
    </message>
    <message>
      <source>independence</source>
      <translation>indépendance</translation>
    </message>
    <message>
      <source>independence required</source>
      <translation>indépendance requise</translation>
    </message>
    <message>
      <source>mandatory</source>
      <translation>obligatoire</translation>
    </message>
    <message>
      <source>rule set</source>
      <translation>jeu de règles</translation>
    </message>
    <message>
      <source>completed on</source>
      <translation>achevée le</translation>
    </message>
    <message>
      <source>evaluator</source>
      <translation>évaluateur</translation>
    </message>
    <message>
      <source>ratings</source>
      <translation>notes</translation>
    </message>
    <message>
      <source>findings</source>
      <translation>constatations</translation>
    </message>
    <message>
      <source>waiver reason</source>
      <translation>motif de la dispense</translation>
    </message>
    <message>
      <source>cluster evaluation</source>
      <translation>évaluation groupée</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>unité</translation>
    </message>
    <message>
      <source>baseline</source>
      <translation>valeur de référence</translation>
    </message>
    <message>
      <source>target</source>
      <translation>cible</translation>
    </message>
    <message>
      <source>achieved</source>
      <translation>réalisé</translation>
    </message>
    <message>
      <source>women %</source>
      <translation>% de femmes</translation>
    </message>
    <message>
      <source>heading</source>
      <translation>rubrique</translation>
    </message>
    <message>
      <source>variance explanation</source>
      <translation>explication de l’écart</translation>
    </message>
    <message>
      <source>period start</source>
      <translation>début de la période</translation>
    </message>
    <message>
      <source>period end</source>
      <translation>fin de la période</translation>
    </message>
    <message>
      <source>summary of progress</source>
      <translation>résumé des progrès</translation>
    </message>
    <message>
      <source>challenges and risks</source>
      <translation>difficultés et risques</translation>
    </message>
    <message>
      <source>lessons learned</source>
      <translation>enseignements tirés</translation>
    </message>
    <message>
      <source>next steps</source>
      <translation>prochaines étapes</translation>
    </message>
    <message>
      <source>prepared by</source>
      <translation>établi par</translation>
    </message>
    <message>
      <source>indicator</source>
      <translation>indicateur</translation>
    </message>
    <message>
      <source>measured on</source>
      <translation>mesuré le</translation>
    </message>
    <message>
      <source>value</source>
      <translation>valeur</translation>
    </message>
    <message>
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <source>language</source>
      <translation>langue</translation>
    </message>
    <message>
      <source>document date</source>
      <translation>date du document</translation>
    </message>
    <message>
      <source>web address</source>
      <translation>adresse web</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>évaluation</translation>
    </message>
    <message>
      <source>file</source>
      <translation>fichier</translation>
    </message>
    <message>
      <source>file size</source>
      <translation>taille du fichier</translation>
    </message>
    <message>
      <source>file checksum</source>
      <translation>somme de contrôle du fichier</translation>
    </message>
    <message>
      <source>latitude</source>
      <translation>latitude</translation>
    </message>
    <message>
      <source>longitude</source>
      <translation>longitude</translation>
    </message>
    <message>
      <source>requirement</source>
      <translation>exigence</translation>
    </message>
    <message>
      <source>recorded on</source>
      <translation>enregistré le</translation>
    </message>
    <message>
      <source>result</source>
      <translation>résultat</translation>
    </message>
    <message>
      <source>recorded by</source>
      <translation>enregistré par</translation>
    </message>
    <message>
      <source>valid from</source>
      <translation>applicable à partir du</translation>
    </message>
    <message>
      <source>US$ per unit</source>
      <translation>$ É.-U. par unité</translation>
    </message>
    <message>
      <source>source</source>
      <translation>source</translation>
    </message>
    <message>
      <source>share %</source>
      <translation>part (%)</translation>
    </message>
    <message>
      <source>from stage</source>
      <translation>étape de départ</translation>
    </message>
    <message>
      <source>to stage</source>
      <translation>étape d'arrivée</translation>
    </message>
    <message>
      <source>action</source>
      <translation>action</translation>
    </message>
    <message>
      <source>date</source>
      <translation>date</translation>
    </message>
    <message>
      <source>recorded at</source>
      <translation>enregistré le</translation>
    </message>
    <message>
      <source>who</source>
      <translation>auteur</translation>
    </message>
    <message>
      <source>basis</source>
      <translation>base</translation>
    </message>
    <message>
      <source>shared by the projects</source>
      <translation>en commun entre les projets</translation>
    </message>
  </context>
  <context>
    <name>RecordKind</name>
    <message>
      <source>partner</source>
      <translation>partenaire</translation>
    </message>
    <message>
      <source>partners</source>
      <translation>partenaires</translation>
    </message>
    <message>
      <source>project</source>
      <translation>projet</translation>
    </message>
    <message>
      <source>projects</source>
      <translation>projets</translation>
    </message>
    <message>
      <source>funding line</source>
      <translation>ligne de financement</translation>
    </message>
    <message>
      <source>funding lines</source>
      <translation>lignes de financement</translation>
    </message>
    <message>
      <source>unearmarked funding line</source>
      <translation>ligne de financement non préaffecté</translation>
    </message>
    <message>
      <source>unearmarked funding lines</source>
      <translation>lignes de financement non préaffecté</translation>
    </message>
    <message>
      <source>budget revision</source>
      <translation>révision budgétaire</translation>
    </message>
    <message>
      <source>budget revisions</source>
      <translation>révisions budgétaires</translation>
    </message>
    <message>
      <source>expenditure line</source>
      <translation>ligne de dépenses</translation>
    </message>
    <message>
      <source>expenditure lines</source>
      <translation>lignes de dépenses</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>évaluation</translation>
    </message>
    <message>
      <source>evaluations</source>
      <translation>évaluations</translation>
    </message>
    <message>
      <source>result indicator</source>
      <translation>indicateur de résultat</translation>
    </message>
    <message>
      <source>result indicators</source>
      <translation>indicateurs de résultat</translation>
    </message>
    <message>
      <source>budget line</source>
      <translation>ligne budgétaire</translation>
    </message>
    <message>
      <source>budget lines</source>
      <translation>lignes budgétaires</translation>
    </message>
    <message>
      <source>progress report</source>
      <translation>rapport d’avancement</translation>
    </message>
    <message>
      <source>progress reports</source>
      <translation>rapports d’avancement</translation>
    </message>
    <message>
      <source>indicator value</source>
      <translation>valeur d’indicateur</translation>
    </message>
    <message>
      <source>indicator values</source>
      <translation>valeurs d’indicateur</translation>
    </message>
    <message>
      <source>document</source>
      <translation>document</translation>
    </message>
    <message>
      <source>documents</source>
      <translation>documents</translation>
    </message>
    <message>
      <source>location</source>
      <translation>lieu</translation>
    </message>
    <message>
      <source>locations</source>
      <translation>lieux</translation>
    </message>
    <message>
      <source>appraisal record</source>
      <translation>fiche d’évaluation préalable</translation>
    </message>
    <message>
      <source>appraisal records</source>
      <translation>fiches d’évaluation préalable</translation>
    </message>
    <message>
      <source>exchange rate</source>
      <translation>taux de change</translation>
    </message>
    <message>
      <source>exchange rates</source>
      <translation>taux de change</translation>
    </message>
    <message>
      <source>country share</source>
      <translation>part par pays</translation>
    </message>
    <message>
      <source>country shares</source>
      <translation>parts par pays</translation>
    </message>
    <message>
      <source>stage change</source>
      <translation>changement d'étape</translation>
    </message>
    <message>
      <source>stage changes</source>
      <translation>changements d'étape</translation>
    </message>
    <message>
      <source>cluster evaluation</source>
      <translation>évaluation groupée</translation>
    </message>
    <message>
      <source>cluster evaluations</source>
      <translation>évaluations groupées</translation>
    </message>
  </context>
  <context>
    <name>RecordName</name>
    <message>
      <source>project</source>
      <translation>projet</translation>
    </message>
    <message>
      <source>partner</source>
      <translation>partenaire</translation>
    </message>
    <message>
      <source>funding</source>
      <translation>financement</translation>
    </message>
    <message>
      <source>unearmarked funding</source>
      <translation>financement non préaffecté</translation>
    </message>
    <message>
      <source>budget revision</source>
      <translation>révision budgétaire</translation>
    </message>
    <message>
      <source>expenditure</source>
      <translation>dépenses</translation>
    </message>
    <message>
      <source>evaluation</source>
      <translation>évaluation</translation>
    </message>
    <message>
      <source>result indicator</source>
      <translation>indicateur de résultat</translation>
    </message>
    <message>
      <source>country share</source>
      <translation>part par pays</translation>
    </message>
    <message>
      <source>stage change</source>
      <translation>changement d'étape</translation>
    </message>
  </context>
  <context>
    <name>Region</name>
    <message>
      <source>Africa</source>
      <translation>Afrique</translation>
    </message>
    <message>
      <source>Americas</source>
      <translation>Amériques</translation>
    </message>
    <message>
      <source>Arab States</source>
      <translation>États arabes</translation>
    </message>
    <message>
      <source>Asia and the Pacific</source>
      <translation>Asie et Pacifique</translation>
    </message>
    <message>
      <source>Europe and Central Asia</source>
      <translation>Europe et Asie centrale</translation>
    </message>
    <message>
      <source>Interregional/Global</source>
      <translation>Interrégional/mondial</translation>
    </message>
  </context>
  <context>
    <name>RuleSet</name>
    <message>
      <source>rule set {file}</source>
      <translation>jeu de règles {file}</translation>
    </message>
    <message>
      <source>{origin}: the file cannot be read ({error})</source>
      <translation>{origin} : le fichier ne peut pas être lu ({error})</translation>
    </message>
    <message>
      <source>{origin}: not valid JSON ({error} at line {line})</source>
      <translation>{origin} : JSON non valide ({error} à la ligne {line})</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>unknown rule set '{name}' (available: {known})</source>
      <translation>jeu de règles « {name} » inconnu (disponibles : {known})</translation>
    </message>
    <message>
      <source>{origin}: the file is named '{name}' but declares name '{declared}'</source>
      <translation>{origin} : le fichier s'appelle « {name} » mais déclare le nom « {declared} »</translation>
    </message>
    <message>
      <source>rule set {rule_set} has no duration band for {months} months</source>
      <translation>le jeu de règles {rule_set} n'a pas de tranche de durée pour {months} mois</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where} : {problem}</translation>
    </message>
    <message>
      <source>'{key}' is missing</source>
      <translation>« {key} » manque</translation>
    </message>
    <message>
      <source>must be an object with named fields</source>
      <translation>doit être un objet à champs nommés</translation>
    </message>
    <message>
      <source>'{key}' must be a list</source>
      <translation>« {key} » doit être une liste</translation>
    </message>
    <message>
      <source>'{key}' must be text, not {value}</source>
      <translation>« {key} » doit être un texte, pas {value}</translation>
    </message>
    <message>
      <source>'{key}' is empty</source>
      <translation>« {key} » est vide</translation>
    </message>
    <message>
      <source>'{key}' must be a number written as text ('18', '350000'), not {value}</source>
      <translation>« {key} » doit être un nombre écrit comme texte ('18', '350000'), pas {value}</translation>
    </message>
    <message>
      <source>'{key}' cannot be negative</source>
      <translation>« {key} » ne peut pas être négatif</translation>
    </message>
    <message>
      <source>give '{a}' or '{b}', not both</source>
      <translation>indiquez « {a} » ou « {b} », pas les deux</translation>
    </message>
    <message>
      <source>the lower bound is not below the upper bound</source>
      <translation>la borne inférieure n'est pas en dessous de la borne supérieure</translation>
    </message>
    <message>
      <source>'kind' must be text, not {value}</source>
      <translation>« kind » doit être un texte, pas {value}</translation>
    </message>
    <message>
      <source>evaluation kind '{kind}' is neither one of tracker's ({codes}) nor named under 'kinds'</source>
      <translation>le type d'évaluation « {kind} » n'est ni l'un de ceux de tracker ({codes}) ni nommé sous « kinds »</translation>
    </message>
    <message>
      <source>timing '{timing}' is not one of {timings}</source>
      <translation>l'échéance « {timing} » n'est pas l'une de {timings}</translation>
    </message>
    <message>
      <source>only_if '{condition}' is not one of {conditions}</source>
      <translation>only_if « {condition} » n'est pas l'une de {conditions}</translation>
    </message>
    <message>
      <source>timing '{timing}' needs 'months', a whole number from 1 to {most}</source>
      <translation>l'échéance « {timing} » demande « months », un nombre entier de 1 à {most}</translation>
    </message>
    <message>
      <source>'months' applies only to the timings {timings}</source>
      <translation>« months » ne s'applique qu'aux échéances {timings}</translation>
    </message>
    <message>
      <source>'independent' must be true or false</source>
      <translation>« independent » doit valoir true ou false</translation>
    </message>
    <message>
      <source>{where}, evaluation {number}</source>
      <translation>{where}, évaluation {number}</translation>
    </message>
    <message>
      <source>{kind} is required twice</source>
      <translation>{kind} est exigé deux fois</translation>
    </message>
    <message>
      <source>'{key}' must give a text by language, e.g. {example}</source>
      <translation>« {key} » doit donner un texte par langue, par exemple {example}</translation>
    </message>
    <message>
      <source>{where}, when</source>
      <translation>{where}, when</translation>
    </message>
    <message>
      <source>unknown condition {names} (use modality, partner_category)</source>
      <translation>condition inconnue {names} (utilisez modality, partner_category)</translation>
    </message>
    <message>
      <source>{origin}, kind {number}</source>
      <translation>{origin}, type {number}</translation>
    </message>
    <message>
      <source>'labels' must name a label by language, e.g. {example}</source>
      <translation>« labels » doit donner un libellé par langue, par exemple {example}</translation>
    </message>
    <message>
      <source>code '{code}' must be lower-case letters, digits and hyphens (at most 40)</source>
      <translation>le code « {code} » doit être fait de lettres minuscules, de chiffres et de traits d'union (40 au plus)</translation>
    </message>
    <message>
      <source>'{code}' is one of tracker's own kinds: use it without naming it</source>
      <translation>« {code} » est l'un des types propres à tracker : utilisez-le sans le nommer</translation>
    </message>
    <message>
      <source>{origin}, band {number}</source>
      <translation>{origin}, tranche {number}</translation>
    </message>
    <message>
      <source>band</source>
      <translation>tranche</translation>
    </message>
    <message>
      <source>{origin}, tier {number}</source>
      <translation>{origin}, catégorie {number}</translation>
    </message>
    <message>
      <source>'band_evaluations' must be one of {values}</source>
      <translation>« band_evaluations » doit être l'une de {values}</translation>
    </message>
    <message>
      <source>tier</source>
      <translation>catégorie</translation>
    </message>
    <message>
      <source>{origin}, appraisal requirement {number}</source>
      <translation>{origin}, exigence d'évaluation préalable {number}</translation>
    </message>
    <message>
      <source>'result_choices' must be a list of texts</source>
      <translation>« result_choices » doit être une liste de textes</translation>
    </message>
    <message>
      <source>appraisal requirement '{code}' is named twice</source>
      <translation>l'exigence d'évaluation préalable « {code} » est nommée deux fois</translation>
    </message>
    <message>
      <source>{origin}, independent_evaluation</source>
      <translation>{origin}, independent_evaluation</translation>
    </message>
    <message>
      <source>'effective_from' must be a date written 2027-01-31, not {value}</source>
      <translation>« effective_from » doit être une date écrite 2027-01-31, pas {value}</translation>
    </message>
    <message>
      <source>'name' must be lower-case letters, digits, dots and hyphens (at most 60), as the file is named</source>
      <translation>« name » doit être fait de lettres minuscules, de chiffres, de points et de traits d'union (60 au plus), comme le nom du fichier</translation>
    </message>
    <message>
      <source>'version' must be a whole number from 1</source>
      <translation>« version » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
      <source>{noun} {first} and {noun} {second} overlap ({value} {unit} is in both)</source>
      <translation>{noun} {first} et {noun} {second} se chevauchent ({value} {unit} est dans les deux)</translation>
    </message>
    <message>
      <source>months</source>
      <translation>mois</translation>
    </message>
  </context>
  <context>
    <name>RuleSetText</name>
    <message>
      <source>is under 18 months</source>
      <translation>moins de 18 mois</translation>
    </message>
    <message>
      <source>is within 18-30 months</source>
      <translation>entre 18 et 30 mois</translation>
    </message>
    <message>
      <source>is over 30 months</source>
      <translation>plus de 30 mois</translation>
    </message>
    <message>
      <source>final evaluation on completion</source>
      <translation>évaluation finale à l'achèvement</translation>
    </message>
    <message>
      <source>mid-term and final evaluation</source>
      <translation>évaluation à mi-parcours et évaluation finale</translation>
    </message>
    <message>
      <source>annual reviews, a mid-term review if agreed in the initial evaluation plan, and a final evaluation</source>
      <translation>examens annuels, examen à mi-parcours si le plan d'évaluation initial le prévoit, et évaluation finale</translation>
    </message>
    <message>
      <source>at least one independent evaluation during the cycle</source>
      <translation>au moins une évaluation indépendante au cours du cycle</translation>
    </message>
    <message>
      <source>ILO evaluation framework of November 2002 (GB.285/PFA/10)</source>
      <translation>Cadre d'évaluation de l'OIT de novembre 2002 (GB.285/PFA/10)</translation>
    </message>
  </context>
  <context>
    <name>Stage</name>
    <message>
      <source>Design</source>
      <translation>Conception</translation>
    </message>
    <message>
      <source>Appraisal</source>
      <translation>Évaluation préalable</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approuvé</translation>
    </message>
    <message>
      <source>Implementation</source>
      <translation>Mise en œuvre</translation>
    </message>
    <message>
      <source>Evaluation and closing</source>
      <translation>Évaluation et clôture</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Suspendu</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
  </context>
  <context>
    <name>StrategicObjective</name>
    <message>
      <source>Standards and fundamental principles and rights at work</source>
      <translation>Normes et principes et droits fondamentaux au travail</translation>
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
      <source>Social dialogue and tripartism</source>
      <translation>Dialogue social et tripartisme</translation>
    </message>
    <message>
      <source>Others (cross-cutting, management, field offices)</source>
      <translation>Autres (questions transversales, gestion, bureaux extérieurs)</translation>
    </message>
  </context>
  <context>
    <name>TextCheck</name>
    <message>
      <source>keep it on one line (there is a line break at character {position})</source>
      <translation>tenez-vous-en à une seule ligne (saut de ligne au caractère {position})</translation>
    </message>
    <message>
      <source>keep it on one line (there is a tab at character {position}; use spaces)</source>
      <translation>tenez-vous-en à une seule ligne (tabulation au caractère {position} ; utilisez des espaces)</translation>
    </message>
    <message>
      <source>remove the broken character {code} at character {position} (half of a pair)</source>
      <translation>supprimez le caractère endommagé {code} à la position {position} (moitié d'une paire)</translation>
    </message>
    <message>
      <source>remove the invisible control character {code} at character {position}</source>
      <translation>supprimez le caractère de contrôle invisible {code} à la position {position}</translation>
    </message>
    <message>
      <source>keep the {field} to {width} characters (it has {length})</source>
      <translation>{field} : {width} caractères au maximum (il y en a {length})</translation>
    </message>
  </context>
  <context>
    <name>Theme</name>
    <message>
      <source>Gender equality</source>
      <translation>Égalité entre hommes et femmes</translation>
    </message>
    <message>
      <source>Tripartism and social dialogue</source>
      <translation>Tripartisme et dialogue social</translation>
    </message>
    <message>
      <source>International labour standards</source>
      <translation>Normes internationales du travail</translation>
    </message>
    <message>
      <source>Environmental sustainability / just transition</source>
      <translation>Durabilité environnementale / transition juste</translation>
    </message>
    <message>
      <source>South-South and triangular cooperation</source>
      <translation>Coopération Sud-Sud et triangulaire</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>a document needs a title</source>
      <translation>un document doit avoir un titre</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI document category (A01-A12 for a project's documents)</source>
      <translation>« {code} » n'est pas une catégorie de document IITA (A01 à A12 pour les documents d'un projet)</translation>
    </message>
    <message>
      <source>the file is {size} MB; tracker keeps files up to {limit} MB: publish it and give its web address</source>
      <translation>le fichier fait {size} Mo ; tracker conserve les fichiers jusqu'à {limit} Mo : publiez-le et indiquez son adresse web</translation>
    </message>
    <message>
      <source>a web address starts with https:// or http://</source>
      <translation>une adresse web commence par https:// ou http://</translation>
    </message>
    <message>
      <source>a location needs a name</source>
      <translation>un lieu doit avoir un nom</translation>
    </message>
    <message>
      <source>'{code}' is not an ISO 3166 country code</source>
      <translation>« {code} » n'est pas un code de pays ISO 3166</translation>
    </message>
    <message>
      <source>give both the latitude and the longitude, or neither</source>
      <translation>indiquez à la fois la latitude et la longitude, ou aucune des deux</translation>
    </message>
    <message>
      <source>a latitude is between -90 and 90 degrees</source>
      <translation>une latitude est comprise entre -90 et 90 degrés</translation>
    </message>
    <message>
      <source>a longitude is between -180 and 180 degrees</source>
      <translation>une longitude est comprise entre -180 et 180 degrés</translation>
    </message>
    <message>
      <source>project {code}</source>
      <translation>projet {code}</translation>
    </message>
    <message>
      <source>the organisation needs its IATI organisation identifier</source>
      <translation>l'organisation doit avoir son identifiant d'organisation IITA</translation>
    </message>
    <message>
      <source>the organisation needs a name</source>
      <translation>l'organisation doit avoir un nom</translation>
    </message>
    <message>
      <source>'{value}' is not an e-mail address</source>
      <translation>« {value} » n'est pas une adresse électronique</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI organisation type</source>
      <translation>« {code} » n'est pas un type d'organisation IITA</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI flow type ({modality})</source>
      <translation>« {code} » n'est pas un type de flux IITA ({modality})</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI finance type ({modality})</source>
      <translation>« {code} » n'est pas un type de financement IITA ({modality})</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI aid type ({modality})</source>
      <translation>« {code} » n'est pas un type d'aide IITA ({modality})</translation>
    </message>
    <message>
      <source>'{code}' is not an IATI tied-aid status ({modality})</source>
      <translation>« {code} » n'est pas un statut de déliement IITA ({modality})</translation>
    </message>
    <message>
      <source>use 2-{width} letters, digits, '-', '_', '.' or '/', starting with a letter or digit</source>
      <translation>utilisez de 2 à {width} lettres, chiffres, « - », « _ », « . » ou « / », en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
      <source>use 2-{width} letters, digits or other printable characters (spaces only inside), starting with a letter or digit</source>
      <translation>utilisez 2 à {width} lettres, chiffres ou autres caractères imprimables (espaces seulement à l'intérieur), en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
      <source>code {code} is already used by another project</source>
      <translation>le code {code} est déjà utilisé par un autre projet</translation>
    </message>
    <message>
      <source>code {code} is already used by another project (as {stored})</source>
      <translation>le code {code} est déjà utilisé par un autre projet (sous la forme {stored})</translation>
    </message>
    <message>
      <source>a partner needs a name</source>
      <translation>un partenaire doit avoir un nom</translation>
    </message>
    <message>
      <source>say which kind of non-state actor this is</source>
      <translation>indiquez de quel type d'acteur non étatique il s'agit</translation>
    </message>
    <message>
      <source>only non-state actors have a non-state kind</source>
      <translation>seuls les acteurs non étatiques ont un type d'acteur non étatique</translation>
    </message>
    <message>
      <source>{modality} funding needs a partner</source>
      <translation>un financement « {modality} » doit avoir un partenaire</translation>
    </message>
    <message>
      <source>earmarked funding must name the project it pays for</source>
      <translation>un financement préaffecté doit indiquer le projet qu'il finance</translation>
    </message>
    <message>
      <source>a revision changes the budget, the end date or both</source>
      <translation>une révision modifie le budget, la date de fin ou les deux</translation>
    </message>
    <message>
      <source>the revised budget must be greater than zero</source>
      <translation>le budget révisé doit être supérieur à zéro</translation>
    </message>
    <message>
      <source>the US$ rate must be greater than zero</source>
      <translation>le taux en $É.-U. doit être supérieur à zéro</translation>
    </message>
    <message>
      <source>say why the budget or end date changed</source>
      <translation>indiquez pourquoi le budget ou la date de fin a changé</translation>
    </message>
    <message>
      <source>{year} is not a plausible year</source>
      <translation>{year} n'est pas une année plausible</translation>
    </message>
    <message>
      <source>{month} is not a month (1-12)</source>
      <translation>{month} n'est pas un mois (1 à 12)</translation>
    </message>
    <message>
      <source>a completed evaluation needs its completion date</source>
      <translation>une évaluation achevée doit avoir sa date d'achèvement</translation>
    </message>
    <message>
      <source>name who carried out the evaluation</source>
      <translation>indiquez qui a réalisé l'évaluation</translation>
    </message>
    <message>
      <source>this evaluation must be independent (internal or external)</source>
      <translation>cette évaluation doit être indépendante (interne ou externe)</translation>
    </message>
    <message>
      <source>a waived evaluation needs the reason for the waiver</source>
      <translation>une évaluation dispensée doit indiquer le motif de la dispense</translation>
    </message>
    <message>
      <source>ratings run from 1 (highly unsatisfactory) to 6 (highly satisfactory)</source>
      <translation>les notes vont de 1 (très insatisfaisant) à 6 (très satisfaisant)</translation>
    </message>
    <message>
      <source>an indicator needs a name</source>
      <translation>un indicateur doit avoir un nom</translation>
    </message>
    <message>
      <source>the share of women is a percentage between 0 and 100</source>
      <translation>la part des femmes est un pourcentage compris entre 0 et 100</translation>
    </message>
    <message>
      <source>amounts are exact decimals, never floating point</source>
      <translation>les montants sont des décimaux exacts, jamais des nombres à virgule flottante</translation>
    </message>
    <message>
      <source>the amount cannot be negative</source>
      <translation>le montant ne peut pas être négatif</translation>
    </message>
    <message>
      <source>amounts are kept to the cent; use at most two decimals</source>
      <translation>les montants sont conservés au centime près ; utilisez au plus deux décimales</translation>
    </message>
    <message>
      <source>name the appraisal requirement this record meets</source>
      <translation>indiquez l’exigence d’évaluation préalable à laquelle cette fiche répond</translation>
    </message>
    <message>
      <source>the period ends before it starts</source>
      <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
      <source>a progress report needs a summary of progress</source>
      <translation>un rapport d’avancement doit résumer les progrès</translation>
    </message>
    <message>
      <source>a project needs a title</source>
      <translation>un projet doit avoir un titre</translation>
    </message>
    <message>
      <source>a country is listed twice</source>
      <translation>un pays figure deux fois</translation>
    </message>
    <message>
      <source>{country} has a share but is not among the countries</source>
      <translation>{country} a une part mais ne figure pas parmi les pays</translation>
    </message>
    <message>
      <source>the share of {country} must be between 0 and 100 per cent</source>
      <translation>la part de {country} doit être comprise entre 0 et 100 pour cent</translation>
    </message>
    <message>
      <source>the country shares add up to more than 100 per cent</source>
      <translation>les parts par pays dépassent 100 pour cent au total</translation>
    </message>
    <message>
      <source>the planned end is before the planned start</source>
      <translation>la fin prévue est antérieure au début prévu</translation>
    </message>
    <message>
      <source>the actual end is before the start</source>
      <translation>la fin effective est antérieure au début</translation>
    </message>
    <message>
      <source>a purpose code is the OECD DAC's five digits (16020: employment creation)</source>
      <translation>un code d'objet est formé des cinq chiffres du CAD de l'OCDE (16020 : création d'emplois)</translation>
    </message>
    <message>
      <source>the capital spend is a share between 0 and 100 per cent</source>
      <translation>les dépenses d'investissement sont une part comprise entre 0 et 100 pour cent</translation>
    </message>
    <message>
      <source>this heading is already budgeted for this output</source>
      <translation>cette rubrique est déjà budgétisée pour ce produit</translation>
    </message>
    <message>
      <source>the indicator it measures is not one of this project's</source>
      <translation>l’indicateur mesuré n’est pas un indicateur de ce projet</translation>
    </message>
    <message>
      <source>{country} is not one of the project's countries</source>
      <translation>{country} ne fait pas partie des pays du projet</translation>
    </message>
    <message>
      <source>project (no code)</source>
      <translation>projet (sans code)</translation>
    </message>
    <message>
      <source>an amount is required</source>
      <translation>un montant est requis</translation>
    </message>
    <message>
      <source>the amount must be greater than zero</source>
      <translation>le montant doit être supérieur à zéro</translation>
    </message>
  </context>
</TS>
