<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>ReportDialog</name>
    <message>
      <source>Donor report (one funding partner)</source>
      <translation>Rapport au donateur (un partenaire de financement)</translation>
    </message>
    <message>
      <source>Portfolio statistics</source>
      <translation>Statistiques du portefeuille</translation>
    </message>
    <message>
      <source>Evaluation compliance</source>
      <translation>Conformité des évaluations</translation>
    </message>
    <message>
      <source>Donor report {partner} {period}</source>
      <translation>Rapport au donateur {partner} {period}</translation>
    </message>
    <message>
      <source>partner</source>
      <translation>partenaire</translation>
    </message>
    <message>
      <source>Portfolio statistics {period}</source>
      <translation>Statistiques du portefeuille {period}</translation>
    </message>
    <message>
      <source>Evaluation compliance {date}</source>
      <translation>Conformité des évaluations {date}</translation>
    </message>
    <message>
      <source>Replace the file?</source>
      <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
      <source>{name} already exists in {folder}. Replace it with the new report?</source>
      <translation>{name} existe déjà dans {folder}. Le remplacer par le nouveau rapport ?</translation>
    </message>
    <message>
      <source>Cannot write the report</source>
      <translation>Impossible d'écrire le rapport</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist: choose another folder.</source>
      <translation>Le dossier {folder} n'existe pas : choisissez un autre dossier.</translation>
    </message>
    <message>
      <source>{path} is a folder: give a file name.</source>
      <translation>{path} est un dossier : indiquez un nom de fichier.</translation>
    </message>
    <message>
      <source>{name} cannot be replaced: it is read-only or open in another program (close it there, or choose another name).</source>
      <translation>{name} ne peut pas être remplacé : il est en lecture seule ou ouvert dans un autre programme (fermez-le, ou choisissez un autre nom).</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to: choose another folder.</source>
      <translation>Impossible d'écrire dans le dossier {folder} : choisissez un autre dossier.</translation>
    </message>
    <message>
      <source>Save the report as</source>
      <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export a report</source>
      <translation>Exporter un rapport</translation>
    </message>
    <message>
      <source>to</source>
      <translation>à</translation>
    </message>
    <message>
      <source>Compare with the years</source>
      <translation>Comparer avec les années</translation>
    </message>
    <message>
      <source>Without it, Table V.1 compares the period with as many years just before it.</source>
      <translation>Sinon, le tableau V.1 compare la période avec le même nombre d'années juste avant elle.</translation>
    </message>
    <message>
      <source>Name and title; blank: a line to sign</source>
      <translation>Nom et fonction ; vide : une ligne à signer</translation>
    </message>
    <message>
      <source>Exchange &amp;gain or loss at the period-end rate</source>
      <translation>&amp;Gain ou perte de change au taux de fin de période</translation>
    </message>
    <message>
      <source>Each financial statement's totals also in US$ at the exchange rate in force on the last day of the period, beside their value at the rates recorded; remembered for this partner</source>
      <translation>Les totaux de chaque état financier aussi en dollars É.-U. au taux de change en vigueur le dernier jour de la période, à côté de leur valeur aux taux enregistrés ; retenu pour ce partenaire</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
      <source>&amp;Report:</source>
      <translation>&amp;Rapport :</translation>
    </message>
    <message>
      <source>&amp;Partner:</source>
      <translation>&amp;Partenaire :</translation>
    </message>
    <message>
      <source>&amp;Years:</source>
      <translation>A&amp;nnées :</translation>
    </message>
    <message>
      <source>&amp;As of (YYYY-MM-DD):</source>
      <translation>&amp;Date de référence (AAAA-MM-JJ) :</translation>
    </message>
    <message>
      <source>Prepare&amp;d by:</source>
      <translation>É&amp;tabli par :</translation>
    </message>
    <message>
      <source>Appro&amp;ved by:</source>
      <translation>Approu&amp;vé par :</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Fichier :</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>there is no funding partner in this database yet</source>
      <translation>cette base de données ne contient encore aucun partenaire de financement</translation>
    </message>
    <message>
      <source>the first year is after the last year</source>
      <translation>la première année est postérieure à la dernière</translation>
    </message>
    <message>
      <source>the comparison period starts after it ends</source>
      <translation>la période de comparaison commence après sa fin</translation>
    </message>
    <message>
      <source>choose the file to write</source>
      <translation>choisissez le fichier à écrire</translation>
    </message>
    <message>
      <source>the report is an Excel workbook: give the file name the extension .xlsx</source>
      <translation>le rapport est un classeur Excel : donnez au nom de fichier l'extension .xlsx</translation>
    </message>
  </context>
  <context>
    <name>ReportsMenu</name>
    <message>
      <source>Report written</source>
      <translation>Rapport écrit</translation>
    </message>
    <message>
      <source>The report was written to
{path}</source>
      <translation>Le rapport a été écrit dans
{path}</translation>
    </message>
    <message>
      <source>Before sending it, look at these inconsistencies (the evaluation compliance report lists them on its Checks sheet):</source>
      <translation>Avant de l’envoyer, examinez ces incohérences (le rapport de conformité des évaluations les énumère dans sa feuille Contrôles) :</translation>
    </message>
    <message>
      <source>Open the &amp;report</source>
      <translation>Ouvrir le &amp;rapport</translation>
    </message>
    <message>
      <source>Open the &amp;folder</source>
      <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
      <source>Report written: {path}</source>
      <translation>Rapport écrit : {path}</translation>
    </message>
    <message>
      <source>Writing the report…</source>
      <translation>Écriture du rapport…</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written</source>
      <translation>Exportation annulée ; aucun fichier n'a été écrit</translation>
    </message>
    <message>
      <source>&amp;Reports</source>
      <translation>&amp;Rapports</translation>
    </message>
    <message>
      <source>&amp;Donor report…</source>
      <translation>Rapport au &amp;donateur…</translation>
    </message>
    <message>
      <source>&amp;Portfolio statistics…</source>
      <translation>Statistiques du &amp;portefeuille…</translation>
    </message>
    <message>
      <source>&amp;Evaluation compliance…</source>
      <translation>Conformité des &amp;évaluations…</translation>
    </message>
  </context>
</TS>
