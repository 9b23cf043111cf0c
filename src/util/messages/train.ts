/**
 * @module util/messages/train
 * Catalogue part: `train` and `predict` — errors, the choices leitwerk makes and why. Merged into the one
 * catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages of the train workflow and of prediction. */
export const trainMessages = {
  'train.noTarget': {
    en: "The target column '{target}' is not in the data; columns: {columns}",
    de: "Die Zielspalte '{target}' ist nicht in den Daten; Spalten: {columns}",
  },
  'train.targetEmpty': {
    en: "The target column '{target}' has no values: every row is missing",
    de: "Die Zielspalte '{target}' hat keine Werte: jede Zeile fehlt",
  },
  'train.targetConstant': {
    en: "The target column '{target}' has one value only ({value}): there is nothing to learn",
    de: "Die Zielspalte '{target}' hat nur einen Wert ({value}): es gibt nichts zu lernen",
  },
  'train.tooFewRows': {
    en: 'Only {rows} rows have a target value; training needs at least {min}',
    de: 'Nur {rows} Zeilen haben einen Zielwert; das Training braucht mindestens {min}',
  },
  'train.noFeatures': {
    en: 'No column is left to learn from (excluded: {excluded})',
    de: 'Keine Spalte bleibt zum Lernen übrig (ausgeschlossen: {excluded})',
  },
  'train.taskMismatch': {
    en: "The target '{target}' cannot be used for a {task} task ({reason})",
    de: "Das Ziel '{target}' passt nicht zu einer Aufgabe vom Typ {task} ({reason})",
  },
  'train.columnMissing': {
    en: "The {option} column '{column}' is not in the data",
    de: "Die {option}-Spalte '{column}' ist nicht in den Daten",
  },
  'train.cancelled': {
    en: 'Training was cancelled; nothing was registered',
    de: 'Das Training wurde abgebrochen; nichts wurde registriert',
  },
  // ---- choices, each with the reason
  'train.choice.task': {
    en: "Task: {task} — the target '{target}' {reason}.",
    de: "Aufgabe: {task} — das Ziel '{target}' {reason}.",
  },
  'train.choice.positive': {
    en: "Positive class: '{positive}' ({reason}); the score is the probability of '{positive}'.",
    de: "Positive Klasse: '{positive}' ({reason}); der Score ist die Wahrscheinlichkeit von '{positive}'.",
  },
  'train.choice.excluded': {
    en: "Column '{column}' is not used as a feature: {reason}.",
    de: "Die Spalte '{column}' wird nicht als Merkmal verwendet: {reason}.",
  },
  'train.choice.leakageExcluded': {
    en: "Column '{column}' is EXCLUDED as a leakage suspect (alone it predicts the target with {metric} {value}); pass --keep {column} to use it anyway.",
    de: "Die Spalte '{column}' wird als Leckage-Verdacht AUSGESCHLOSSEN (allein sagt sie das Ziel mit {metric} {value} voraus); mit --keep {column} wird sie trotzdem verwendet.",
  },
  'train.choice.leakageKept': {
    en: "Column '{column}' is KEPT although it is a leakage suspect (alone it predicts the target with {metric} {value}), because --keep names it: check that it is known before the outcome.",
    de: "Die Spalte '{column}' wird BEHALTEN, obwohl sie ein Leckage-Verdacht ist (allein sagt sie das Ziel mit {metric} {value} voraus), weil --keep sie nennt: prüfen Sie, dass sie vor dem Ergebnis bekannt ist.",
  },
  'train.choice.recipe': {
    en: 'The cleaning recipe from the data check was applied ({steps} steps); its value fixes are replayed at prediction.',
    de: 'Das Reinigungsrezept der Datenprüfung wurde angewendet ({steps} Schritte); seine Wertkorrekturen werden bei der Vorhersage wiederholt.',
  },
  'train.choice.context': {
    en: "The rows come in blocks that share the values of {columns} ({contexts} contexts, {rows} rows each on average): the number of training rows in a row's context is added as the feature 'rows in context' (for a context training never saw, the rows of the scored table in it). --no-context turns this off.",
    de: "Die Zeilen kommen in Blöcken mit gleichen Werten von {columns} ({contexts} Kontexte, im Mittel je {rows} Zeilen): die Zahl der Trainingszeilen im Kontext einer Zeile kommt als Merkmal 'rows in context' hinzu (für einen Kontext, den das Training nicht kannte, die Zeilen der bewerteten Tabelle darin). --no-context schaltet das ab.",
  },
  'train.choice.missingTarget': {
    en: '{count} rows without a target value were left out of training (they can be scored later).',
    de: '{count} Zeilen ohne Zielwert wurden beim Training ausgelassen (sie können später bewertet werden).',
  },
  'train.choice.validation.stratified': {
    en: '{folds}-fold stratified cross-validation: every fold has the same share of each class.',
    de: '{folds}-fache stratifizierte Kreuzvalidierung: jede Falte hat denselben Anteil jeder Klasse.',
  },
  'train.choice.validation.kfold': {
    en: '{folds}-fold cross-validation on shuffled rows.',
    de: '{folds}-fache Kreuzvalidierung auf gemischten Zeilen.',
  },
  'train.choice.validation.grouped': {
    en: "{folds}-fold grouped cross-validation on '{group}': all rows of one {group} are in the same fold, so the score is for new {group}s.",
    de: "{folds}-fache gruppierte Kreuzvalidierung nach '{group}': alle Zeilen eines Werts von {group} liegen in derselben Falte, der Score gilt also für neue Werte.",
  },
  'train.choice.validation.time': {
    en: "Out-of-time validation on '{time}' ({folds} folds): each fold trains on earlier rows and validates on the next later block, as the model will be used.",
    de: "Out-of-time-Validierung nach '{time}' ({folds} Falten): jede Falte trainiert auf früheren Zeilen und validiert auf dem nächsten späteren Block, so wie das Modell eingesetzt wird.",
  },
  'train.choice.holdout': {
    en: '{share} of the rows ({rows}) were held out before the search and are scored only once, by the final model.',
    de: '{share} der Zeilen ({rows}) wurden vor der Suche zurückgehalten und nur einmal bewertet, vom endgültigen Modell.',
  },
  'train.choice.search': {
    en: '{trials} settings tried in {seconds} s on {workers} threads (a portfolio of defaults, then TPE per learner family with successive halving over folds; GBDT rounds by early stopping on an inner split of fold 0, every fold then fitted on its whole training part with those rounds); stopped by {stoppedBy}.',
    de: '{trials} Einstellungen in {seconds} s auf {workers} Threads probiert (ein Portfolio von Voreinstellungen, dann TPE je Lernverfahren mit Successive Halving über die Falten; GBDT-Runden per Early Stopping auf einem inneren Split der Falte 0, danach jede Falte mit diesen Runden auf ihrem ganzen Trainingsteil angepasst); beendet durch {stoppedBy}.',
  },
  'train.choice.ensemble': {
    en: 'The winner is an ensemble of {members} models (greedy selection on out-of-fold predictions, scored with nested selection): {detail}.',
    de: 'Der Gewinner ist ein Ensemble aus {members} Modellen (gierige Auswahl auf Out-of-Fold-Vorhersagen, bewertet mit verschachtelter Auswahl): {detail}.',
  },
  'train.choice.winner': {
    en: 'The winner is {learner} ({id}), refitted on all {rows} training rows{rounds}.',
    de: 'Der Gewinner ist {learner} ({id}), neu trainiert auf allen {rows} Trainingszeilen{rounds}.',
  },
  'train.choice.calibration': {
    en: 'Probabilities are calibrated with {method}: expected calibration error {before} → {after} (cross-fitted on out-of-fold predictions).',
    de: 'Wahrscheinlichkeiten werden mit {method} kalibriert: erwarteter Kalibrierungsfehler {before} → {after} (kreuzweise auf Out-of-Fold-Vorhersagen angepasst).',
  },
  'train.choice.noCalibration': {
    en: 'Probabilities are left as they are: calibration would not lower the expected calibration error ({before}) enough.',
    de: 'Wahrscheinlichkeiten bleiben wie sie sind: eine Kalibrierung würde den erwarteten Kalibrierungsfehler ({before}) nicht genug senken.',
  },
  'train.choice.threshold.profit': {
    en: 'Decision threshold {threshold}: it maximises the profit at {value} per conversion and {cost} per contact (contact the top {share}).',
    de: 'Entscheidungsschwelle {threshold}: sie maximiert den Gewinn bei {value} je Abschluss und {cost} je Kontakt (die besten {share} kontaktieren).',
  },
  'train.choice.threshold.budget': {
    en: 'Decision threshold {threshold}: it selects the {contacts} best-scored customers of the budget.',
    de: 'Entscheidungsschwelle {threshold}: sie wählt die {contacts} am besten bewerteten Kunden des Budgets.',
  },
  'train.choice.fallback': {
    en: 'The budget of {seconds} s was too small for even one full candidate: the fastest baseline ({learner}) was fitted and registered, marked as a fallback. Give a larger --budget for a real search.',
    de: 'Das Budget von {seconds} s reichte nicht für einen einzigen vollständigen Kandidaten: die schnellste Basislinie ({learner}) wurde trainiert und als Notlösung markiert registriert. Geben Sie ein größeres --budget für eine echte Suche.',
  },
  'train.choice.noExplanation': {
    en: 'The explanation of the final model could not be computed ({reason}); the model itself is unaffected.',
    de: 'Die Erklärung des endgültigen Modells ließ sich nicht berechnen ({reason}); das Modell selbst ist nicht betroffen.',
  },
  'train.choice.failures': {
    en: '{count} candidate settings failed to fit and were dropped (first: {first}).',
    de: '{count} Kandidaten-Einstellungen ließen sich nicht trainieren und wurden verworfen (erste: {first}).',
  },
  // ---- reasons (short phrases used inside the choices)
  'train.reason.target': { en: 'is the target', de: 'ist das Ziel' },
  'train.reason.recipe': {
    en: 'dropped by the cleaning recipe ({reason})',
    de: 'vom Reinigungsrezept entfernt ({reason})',
  },
  'train.reason.excluded': { en: 'excluded by --exclude', de: 'mit --exclude ausgeschlossen' },
  'train.reason.sensitive': {
    en: 'sensitive attribute (--sensitive): kept for fairness checks, not for scoring',
    de: 'sensibles Merkmal (--sensitive): für Fairness-Prüfungen behalten, nicht für den Score',
  },
  'train.reason.id': { en: 'an identifier, not a property', de: 'ein Schlüssel, keine Eigenschaft' },
  'train.reason.text': {
    en: 'free text with almost one value per row',
    de: 'Freitext mit fast einem Wert je Zeile',
  },
  'train.reason.group': {
    en: 'the grouping column of the validation',
    de: 'die Gruppierungsspalte der Validierung',
  },
  'train.reason.time': { en: 'the time column of the validation', de: 'die Zeitspalte der Validierung' },
  'train.reason.taskBinary': { en: 'has two classes', de: 'hat zwei Klassen' },
  'train.reason.taskMulticlass': { en: 'has {count} classes', de: 'hat {count} Klassen' },
  'train.reason.taskRegression': { en: 'is a number', de: 'ist eine Zahl' },
  'train.reason.taskOption': { en: 'as --task says', de: 'wie --task angibt' },
  'train.reason.positiveOption': { en: 'given by --positive', de: 'mit --positive angegeben' },
  'train.reason.positiveName': { en: 'its label reads as positive', de: 'die Bezeichnung liest sich positiv' },
  'train.reason.positiveMinority': {
    en: 'the rarer class; use --positive to choose',
    de: 'die seltenere Klasse; mit --positive wählbar',
  },
  // ---- predict
  'model.badArtifact': {
    en: 'This file is not a leitwerk model: expected {expected}, got {got}',
    de: 'Diese Datei ist kein leitwerk-Modell: erwartet {expected}, erhalten {got}',
  },
  'predict.issue.unparseable': {
    en: "{count} values of '{column}' could not be read as the model expects and were scored as missing",
    de: "{count} Werte von '{column}' ließen sich nicht wie vom Modell erwartet lesen und wurden als fehlend bewertet",
  },
  'predict.issue.unseen': {
    en: "{count} values of '{column}' were not seen in training and were scored as missing",
    de: "{count} Werte von '{column}' kamen im Training nicht vor und wurden als fehlend bewertet",
  },
} satisfies Record<string, MessageTemplate>;
