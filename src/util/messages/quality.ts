/**
 * @module util/messages/quality
 * Catalogue part: profiling findings and data-bias checks. Merged into the one catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about profiling findings and data-bias checks. */
export const qualityMessages = {
  // ---- profiling checks (quality/checks/*.ts)
  'quality.missing': {
    en: '{column}: {count} of {rows} values are missing ({percent})',
    de: '{column}: {count} von {rows} Werten fehlen ({percent})',
  },
  'quality.missing.fix': {
    en: 'Impute the missing values (median or most frequent value, plus an indicator column), or check why they are missing',
    de: 'Fehlende Werte ergänzen (Median oder häufigster Wert, dazu eine Indikatorspalte) oder prüfen, warum sie fehlen',
  },
  'quality.missing.fixMostly': {
    en: 'Most values are missing: drop the column, or keep only an indicator "{column} known"',
    de: 'Die meisten Werte fehlen: die Spalte weglassen oder nur einen Indikator „{column} bekannt“ behalten',
  },
  'quality.disguisedMissing': {
    en: "{column}: the placeholder '{token}' stands for a missing value in {count} rows ({percent})",
    de: "{column}: der Platzhalter '{token}' steht in {count} Zeilen ({percent}) für einen fehlenden Wert",
  },
  'quality.disguisedMissing.fix': {
    en: "Declare '{token}' as a missing-value token when reading, or keep it as a category of its own if it carries meaning",
    de: "'{token}' beim Einlesen als Fehlwert-Kennung angeben oder als eigene Kategorie behalten, wenn sie etwas bedeutet",
  },
  'quality.sentinelValue': {
    en: '{column}: the value {value} occurs in {count} rows ({percent}) and lies far outside the other values ({low} to {high}); it is probably a code for "not applicable" or "missing"',
    de: '{column}: der Wert {value} kommt in {count} Zeilen ({percent}) vor und liegt weit außerhalb der übrigen Werte ({low} bis {high}); vermutlich ein Code für „trifft nicht zu“ oder „fehlt“',
  },
  'quality.sentinelValue.fix': {
    en: 'Replace {value} by a missing value and add an indicator column, so models do not read it as a real quantity',
    de: '{value} durch einen fehlenden Wert ersetzen und eine Indikatorspalte anlegen, damit Modelle ihn nicht als echte Größe lesen',
  },
  'quality.duplicateRows': {
    en: '{count} rows ({percent}) are exact copies of an earlier row ({groups} distinct rows occur more than once)',
    de: '{count} Zeilen ({percent}) sind exakte Kopien einer früheren Zeile ({groups} verschiedene Zeilen kommen mehrfach vor)',
  },
  'quality.duplicateRows.fix': {
    en: 'Drop the repeated rows unless repeats are real events (two identical purchases); check how the data was exported or joined',
    de: 'Die wiederholten Zeilen entfernen, außer Wiederholungen sind echte Ereignisse (zwei gleiche Käufe); prüfen, wie die Daten exportiert oder verknüpft wurden',
  },
  'quality.duplicateKey': {
    en: '{column}: {count} rows ({percent}) repeat the key of an earlier row ({groups} keys occur more than once)',
    de: '{column}: {count} Zeilen ({percent}) wiederholen den Schlüssel einer früheren Zeile ({groups} Schlüssel kommen mehrfach vor)',
  },
  'quality.duplicateKey.fix': {
    en: 'A key must be unique: merge or drop the repeated records, or check that these are the right key columns',
    de: 'Ein Schlüssel muss eindeutig sein: die wiederholten Datensätze zusammenführen oder entfernen, oder prüfen, ob es die richtigen Schlüsselspalten sind',
  },
  'quality.nearDuplicateRecords.email': {
    en: '{column}: {count} rows ({percent}) share a normalised e-mail address with an earlier row without being exact copies — probably the same person recorded twice',
    de: '{column}: {count} Zeilen ({percent}) teilen eine normalisierte E-Mail-Adresse mit einer früheren Zeile, ohne exakte Kopien zu sein — vermutlich dieselbe Person doppelt erfasst',
  },
  'quality.nearDuplicateRecords.phone': {
    en: '{column}: {count} rows ({percent}) share a normalised phone number with an earlier row without being exact copies — probably the same person recorded twice',
    de: '{column}: {count} Zeilen ({percent}) teilen eine normalisierte Telefonnummer mit einer früheren Zeile, ohne exakte Kopien zu sein — vermutlich dieselbe Person doppelt erfasst',
  },
  'quality.nearDuplicateRecords.name': {
    en: '{column}: {count} rows ({percent}) share a normalised name with an earlier row without being exact copies — possibly the same person recorded twice',
    de: '{column}: {count} Zeilen ({percent}) teilen einen normalisierten Namen mit einer früheren Zeile, ohne exakte Kopien zu sein — möglicherweise dieselbe Person doppelt erfasst',
  },
  'quality.nearDuplicateRecords.fix': {
    en: 'Check the pairs in the details and merge records of the same person (deduplicate on the normalised value) before training or counting customers',
    de: 'Die Paare in den Details prüfen und Datensätze derselben Person zusammenführen (auf dem normalisierten Wert deduplizieren), bevor trainiert oder Kunden gezählt werden',
  },
  'quality.inconsistentCategories': {
    en: '{column}: {groups} labels are written in several ways (e.g. {example}); {count} rows ({percent}) use a less frequent spelling',
    de: '{column}: {groups} Ausprägungen sind unterschiedlich geschrieben (z. B. {example}); {count} Zeilen ({percent}) verwenden eine seltenere Schreibweise',
  },
  'quality.inconsistentCategories.fix': {
    en: 'Map the variants to one spelling (trim, unify case, fix typos) before training',
    de: 'Die Varianten vor dem Training auf eine Schreibweise abbilden (Leerzeichen entfernen, Groß-/Kleinschreibung vereinheitlichen, Tippfehler korrigieren)',
  },
  'quality.inconsistentLabels': {
    en: 'Target {column}: the classes {example} differ only by punctuation, case or spaces; {count} rows ({percent}) use a less frequent spelling',
    de: 'Zielspalte {column}: die Klassen {example} unterscheiden sich nur durch Satzzeichen, Groß-/Kleinschreibung oder Leerzeichen; {count} Zeilen ({percent}) verwenden eine seltenere Schreibweise',
  },
  'quality.inconsistentLabels.fix': {
    en: 'Unify the target labels (e.g. strip a trailing "."), otherwise the model learns them as different classes',
    de: 'Die Klassen der Zielspalte vereinheitlichen (z. B. einen Punkt am Ende entfernen), sonst lernt das Modell sie als verschiedene Klassen',
  },
  'quality.numbersAsText.blank': {
    en: '{column}: {count} cells ({percent}) hold only spaces; they were read as missing, the other values are numbers',
    de: '{column}: {count} Zellen ({percent}) enthalten nur Leerzeichen; sie wurden als fehlend gelesen, die übrigen Werte sind Zahlen',
  },
  'quality.numbersAsText.blank.fix': {
    en: 'Find out why these cells are blank (e.g. new customers without charges yet) and fill them accordingly (often 0), or keep them missing',
    de: 'Klären, warum diese Zellen leer sind (z. B. neue Kunden ohne bisherige Kosten), und sie entsprechend füllen (oft 0) oder fehlend lassen',
  },
  'quality.numbersAsText.mostly': {
    en: '{column}: {numericPercent} of the values are numbers, but {count} rows ({percent}) hold text such as {values}, so the column was read as text',
    de: '{column}: {numericPercent} der Werte sind Zahlen, aber {count} Zeilen ({percent}) enthalten Text wie {values}, daher wurde die Spalte als Text gelesen',
  },
  'quality.numbersAsText.mostly.fix': {
    en: 'Correct or remove the non-numeric values (or declare them as missing-value tokens) so the column is read as numbers',
    de: 'Die nicht-numerischen Werte korrigieren oder entfernen (oder als Fehlwert-Kennung angeben), damit die Spalte als Zahl gelesen wird',
  },
  'quality.mixedTypes': {
    en: '{column}: {count} values ({percent}) are not numbers (e.g. {values}); they were read as missing',
    de: '{column}: {count} Werte ({percent}) sind keine Zahlen (z. B. {values}); sie wurden als fehlend gelesen',
  },
  'quality.mixedTypes.fix': {
    en: 'Correct these values or declare them as missing-value tokens; look for units or thousands separators in the source',
    de: 'Diese Werte korrigieren oder als Fehlwert-Kennung angeben; in der Quelle auf Einheiten oder Tausendertrennzeichen achten',
  },
  'quality.unparseableDates': {
    en: '{column}: {count} values ({percent}) could not be read as dates in the format {format} (e.g. {values}); they were read as missing',
    de: '{column}: {count} Werte ({percent}) ließen sich nicht als Datum im Format {format} lesen (z. B. {values}); sie wurden als fehlend gelesen',
  },
  'quality.unparseableDates.fix': {
    en: 'Correct these values, or give the date format explicitly in a schema',
    de: 'Diese Werte korrigieren oder das Datumsformat ausdrücklich in einem Schema angeben',
  },
  'quality.futureDates': {
    en: '{column}: {count} dates ({percent}) lie in the future (the latest is {max})',
    de: '{column}: {count} Datumswerte ({percent}) liegen in der Zukunft (der späteste ist {max})',
  },
  'quality.futureDates.fix': {
    en: 'Check for typing errors in the year or placeholder dates such as 2099-12-31, and replace them by missing values',
    de: 'Auf Tippfehler im Jahr oder Platzhalter wie 2099-12-31 prüfen und diese durch fehlende Werte ersetzen',
  },
  'quality.constantColumn': {
    en: "{column} holds only one value ('{value}'); it carries no information",
    de: "{column} enthält nur einen Wert ('{value}'); die Spalte trägt keine Information",
  },
  'quality.constantColumn.empty': {
    en: '{column} is empty: every value is missing',
    de: '{column} ist leer: jeder Wert fehlt',
  },
  'quality.constantColumn.fix': {
    en: 'Drop the column',
    de: 'Die Spalte weglassen',
  },
  'quality.nearConstantColumn': {
    en: "{column}: {percent} of the values are '{value}'; the column carries almost no information",
    de: "{column}: {percent} der Werte sind '{value}'; die Spalte trägt kaum Information",
  },
  'quality.nearConstantColumn.spread': {
    en: "{column}: the values hardly vary (most often '{value}'); the column carries almost no information",
    de: "{column}: die Werte schwanken kaum (am häufigsten '{value}'); die Spalte trägt kaum Information",
  },
  'quality.nearConstantColumn.fix': {
    en: 'Drop the column, or keep it only when the rare values matter (as a flag)',
    de: 'Die Spalte weglassen oder nur behalten, wenn die seltenen Werte wichtig sind (als Kennzeichen)',
  },
  'quality.idColumn': {
    en: '{column} looks like an identifier ({unique} distinct values in {rows} rows); it names rows rather than describing them',
    de: '{column} sieht wie eine Kennung aus ({unique} verschiedene Werte in {rows} Zeilen); sie benennt Zeilen, statt sie zu beschreiben',
  },
  'quality.idColumn.fix': {
    en: 'Do not use it as a feature; name it as the record key (--id {column}) to find duplicates and join data',
    de: 'Nicht als Merkmal verwenden; als Datensatzschlüssel angeben (--id {column}), um Dubletten zu finden und Daten zu verknüpfen',
  },
  'quality.highCardinality': {
    en: '{column} has {unique} distinct values ({percent} of the rows; {rare} of them occur fewer than 10 times)',
    de: '{column} hat {unique} verschiedene Werte ({percent} der Zeilen; {rare} davon kommen seltener als 10-mal vor)',
  },
  'quality.highCardinality.fix': {
    en: 'Group rare values into "other", use frequency or target encoding, or treat the column as text',
    de: 'Seltene Werte zu „Sonstige“ zusammenfassen, Häufigkeits- oder Target-Encoding verwenden oder die Spalte als Text behandeln',
  },
  'quality.outliers': {
    en: '{column}: {count} values ({percent}) lie far from the bulk of the data (outside {lower} to {upper}; most extreme: {values})',
    de: '{column}: {count} Werte ({percent}) liegen weit abseits der übrigen Daten (außerhalb {lower} bis {upper}; am extremsten: {values})',
  },
  'quality.outliers.fix': {
    en: 'Check whether they are errors (typing, units); cap them at a percentile (winsorise) or use a model robust to outliers such as tree ensembles',
    de: 'Prüfen, ob es Fehler sind (Tippfehler, Einheiten); sie an einem Perzentil kappen (winsorisieren) oder ein gegen Ausreißer robustes Modell wie Baum-Ensembles verwenden',
  },
  'quality.negativeValues': {
    en: '{column}: {count} values ({percent}) are negative in a column that is otherwise positive (minimum {min})',
    de: '{column}: {count} Werte ({percent}) sind negativ in einer sonst positiven Spalte (Minimum {min})',
  },
  'quality.negativeValues.fix': {
    en: 'Find out what they mean (returns, cancellations, refunds, errors) and treat them on purpose before summing, e.g. as returns in customer features',
    de: 'Klären, was sie bedeuten (Retouren, Stornos, Erstattungen, Fehler), und sie vor dem Summieren bewusst behandeln, z. B. als Retouren in Kundenmerkmalen',
  },
  'quality.skewed': {
    en: '{column} is strongly skewed (skewness {skewness})',
    de: '{column} ist stark schief verteilt (Schiefe {skewness})',
  },
  'quality.skewed.fixLog': {
    en: 'Transform it with log(1 + x) for linear models and neural networks; tree ensembles do not need it',
    de: 'Für lineare Modelle und neuronale Netze mit log(1 + x) transformieren; Baum-Ensembles brauchen das nicht',
  },
  'quality.skewed.fixYeoJohnson': {
    en: 'Transform it with Yeo-Johnson (it has negative values) for linear models and neural networks; tree ensembles do not need it',
    de: 'Für lineare Modelle und neuronale Netze mit Yeo-Johnson transformieren (die Spalte hat negative Werte); Baum-Ensembles brauchen das nicht',
  },
  'quality.skippedRows': {
    en: '{count} rows ({percent}) of {file} were skipped while reading (the first at line {line}: {reason})',
    de: '{count} Zeilen ({percent}) von {file} wurden beim Einlesen übersprungen (die erste in Zeile {line}: {reason})',
  },
  'quality.skippedRows.fix': {
    en: 'Look at the skipped lines and fix the source, or read without --skip-bad-rows to stop at the first bad row',
    de: 'Die übersprungenen Zeilen ansehen und die Quelle korrigieren, oder ohne --skip-bad-rows lesen, um bei der ersten fehlerhaften Zeile anzuhalten',
  },
  // target, leakage, PII, bias
  'quality.missingTarget': {
    en: '{count} rows ({percent}) have no value in the target {column}',
    de: '{count} Zeilen ({percent}) haben keinen Wert in der Zielspalte {column}',
  },
  'quality.missingTarget.all': {
    en: 'The target {column} is missing in every row ({count} rows)',
    de: 'Die Zielspalte {column} fehlt in jeder Zeile ({count} Zeilen)',
  },
  'quality.missingTarget.fix': {
    en: 'Rows without a target cannot be used for training or evaluation: fill {column} from the source, or drop these rows',
    de: 'Zeilen ohne Zielwert taugen weder zum Training noch zur Bewertung: {column} aus der Quelle ergänzen oder diese Zeilen entfernen',
  },
  'quality.classImbalance': {
    en: 'The target {column} is imbalanced: {minority} makes up {percent} of the labelled rows ({count} of {rows})',
    de: 'Die Zielspalte {column} ist unausgewogen: {minority} macht {percent} der Zeilen mit Zielwert aus ({count} von {rows})',
  },
  'quality.classImbalance.multi': {
    en: 'The classes of {column} are imbalanced: {majority} is {ratio} times as frequent as {minority} ({count} rows, {percent})',
    de: 'Die Klassen von {column} sind unausgewogen: {majority} ist {ratio}-mal so häufig wie {minority} ({count} Zeilen, {percent})',
  },
  'quality.classImbalance.fix': {
    en: 'Judge models by PR-AUC, lift or expected profit rather than accuracy, split stratified, and consider class weights',
    de: 'Modelle nach PR-AUC, Lift oder erwartetem Gewinn statt nach Trefferquote beurteilen, geschichtet aufteilen und Klassengewichte erwägen',
  },
  'quality.classImbalance.tooFew': {
    en: 'The target {column} has only {count} rows of class {minority} ({percent}): too few to learn from or to validate',
    de: 'Die Zielspalte {column} hat nur {count} Zeilen der Klasse {minority} ({percent}): zu wenige zum Lernen oder Prüfen',
  },
  'quality.classImbalance.tooFew.fix': {
    en: 'Collect more rows of {minority} before training; with {count} examples no model can be judged',
    de: 'Vor dem Training mehr Zeilen der Klasse {minority} sammeln; mit {count} Beispielen lässt sich kein Modell beurteilen',
  },
  'quality.classImbalance.oneClass': {
    en: 'The target {column} has only one class ({class}): there is nothing to learn',
    de: 'Die Zielspalte {column} hat nur eine Klasse ({class}): es gibt nichts zu lernen',
  },
  'quality.classImbalance.oneClass.fix': {
    en: 'Check the export or the filter: {column} should hold at least two classes',
    de: 'Export oder Filter prüfen: {column} sollte mindestens zwei Klassen enthalten',
  },
  'quality.rareClasses': {
    en: '{classes} classes of the target {column} are rare (under 1% or under 10 rows): {names}',
    de: '{classes} Klassen der Zielspalte {column} sind selten (unter 1 % oder unter 10 Zeilen): {names}',
  },
  'quality.rareClasses.fix': {
    en: 'Merge rare classes of {column} into a broader class, collect more examples, or drop them; cross-validation cannot judge them',
    de: 'Seltene Klassen von {column} zu einer breiteren Klasse zusammenfassen, mehr Beispiele sammeln oder entfernen; Kreuzvalidierung kann sie nicht beurteilen',
  },
  'quality.leakageSuspect.score': {
    en: '{column} alone predicts the target {target} too well ({metric} {value}): it may leak the outcome',
    de: '{column} allein sagt die Zielspalte {target} zu gut voraus ({metric} {value}): die Spalte verrät womöglich das Ergebnis',
  },
  'quality.leakageSuspect.name': {
    en: 'The name of {column} says it is known only after the outcome ("{word}"); alone it predicts {target} with {metric} {value}',
    de: 'Der Name von {column} deutet darauf hin, dass der Wert erst nach dem Ergebnis bekannt ist („{word}“); allein sagt er {target} mit {metric} {value} voraus',
  },
  'quality.leakageSuspect.declared': {
    en: '{column} is declared as known only after the outcome; alone it predicts {target} with {metric} {value}',
    de: '{column} ist als erst nach dem Ergebnis bekannt angegeben; allein sagt die Spalte {target} mit {metric} {value} voraus',
  },
  'quality.leakageSuspect.fix': {
    en: 'Check when {column} becomes known; if only after the outcome, leave it out of training (keep it for analysis)',
    de: 'Prüfen, wann {column} bekannt wird; wenn erst nach dem Ergebnis, beim Training weglassen (für Auswertungen behalten)',
  },
  'quality.pii': {
    en: '{column} holds personal data ({kinds}) in {count} cells ({percent})',
    de: '{column} enthält personenbezogene Daten ({kinds}) in {count} Zellen ({percent})',
  },
  'quality.pii.inText': {
    en: '{count} cells ({percent}) of the text column {column} contain personal data ({kinds})',
    de: '{count} Zellen ({percent}) der Textspalte {column} enthalten personenbezogene Daten ({kinds})',
  },
  'quality.pii.name': {
    en: 'The name of {column} says it holds personal data ({kinds}); {count} cells ({percent}) are filled',
    de: 'Der Name von {column} deutet auf personenbezogene Daten hin ({kinds}); {count} Zellen ({percent}) sind gefüllt',
  },
  'quality.pii.fix': {
    en: 'Drop, mask or pseudonymise {column} before training, and make sure you may process it (GDPR purpose and legal basis)',
    de: '{column} vor dem Training entfernen, maskieren oder pseudonymisieren, und sicherstellen, dass die Verarbeitung erlaubt ist (DSGVO: Zweck und Rechtsgrundlage)',
  },
  'quality.biasGroupSize': {
    en: 'The sensitive column {column} has {groups} groups; the largest is {largest} ({largestPercent}), the smallest {smallest} ({smallestPercent})',
    de: 'Die sensible Spalte {column} hat {groups} Gruppen; die größte ist {largest} ({largestPercent}), die kleinste {smallest} ({smallestPercent})',
  },
  'quality.biasGroupSize.imbalanced': {
    en: '{count} of {groups} groups of the sensitive column {column} are over- or under-represented (|CI| ≥ {threshold}): {names}',
    de: '{count} von {groups} Gruppen der sensiblen Spalte {column} sind über- oder unterrepräsentiert (|CI| ≥ {threshold}): {names}',
  },
  'quality.biasGroupSize.note': {
    en: 'The group sizes of {column} are in the table; compare model quality per group before use',
    de: 'Die Gruppengrößen von {column} stehen in der Tabelle; vor dem Einsatz die Modellgüte je Gruppe vergleichen',
  },
  'quality.biasGroupSize.fix': {
    en: 'Collect more rows for under-represented groups of {column} or reweight them, and compare model quality per group before use',
    de: 'Für unterrepräsentierte Gruppen von {column} mehr Zeilen sammeln oder sie gewichten, und vor dem Einsatz die Modellgüte je Gruppe vergleichen',
  },
  'quality.biasLabelGap': {
    en: 'The share of {positive} in {target} differs by {column} for {count} groups (|DPL| ≥ {threshold}): {names}',
    de: 'Der Anteil von {positive} in {target} unterscheidet sich je {column} bei {count} Gruppen (|DPL| ≥ {threshold}): {names}',
  },
  'quality.biasLabelGap.fix': {
    en: 'Check whether the gap by {column} is real or comes from how the data was collected, and compare model results per group',
    de: 'Prüfen, ob der Unterschied je {column} echt ist oder aus der Datenerhebung stammt, und die Modellergebnisse je Gruppe vergleichen',
  },
  'quality.smallGroup': {
    en: '{count} groups of {column} have fewer than {min} rows and are too small to judge: {names}',
    de: '{count} Gruppen von {column} haben weniger als {min} Zeilen und sind zu klein für ein Urteil: {names}',
  },
  'quality.smallGroup.fix': {
    en: 'Their figures are shown but not judged; collect more rows or merge these groups of {column} with similar ones',
    de: 'Ihre Werte werden gezeigt, aber nicht beurteilt; mehr Zeilen sammeln oder diese Gruppen von {column} mit ähnlichen zusammenfassen',
  },
} satisfies Record<string, MessageTemplate>;
