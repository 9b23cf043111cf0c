/**
 * @module util/messages/evaluation
 * Catalogue part: metrics, splitters, marketing figures, calibration and fit diagnostics. Merged into the one
 * catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about evaluation: metric inputs, cross-validation folds, diagnostics. */
export const evaluationMessages = {
  // ---- inputs of metrics
  'evaluation.lengthMismatch': {
    en: '{what} has {got} values, expected {expected} (one per row)',
    de: '{what} hat {got} Werte, erwartet: {expected} (einer je Zeile)',
  },
  'evaluation.badValue': {
    en: '{what} must be {expected}; got {got} at row {row}',
    de: '{what} muss {expected} sein; erhalten: {got} in Zeile {row}',
  },
  'evaluation.badOption': {
    en: "The '{name}' setting must be {expected}; got {got}",
    de: "Die Einstellung '{name}' muss {expected} sein; erhalten: {got}",
  },
  'evaluation.unknownMetric': {
    en: 'Unknown metric {got}; expected one of {expected}',
    de: 'Unbekannte Metrik {got}; erwartet eine von {expected}',
  },
  // ---- folds
  'evaluation.foldCount': {
    en: 'The number of folds must be an integer of at least 2; got {got}',
    de: 'Die Zahl der Folds muss eine ganze Zahl von mindestens 2 sein; erhalten: {got}',
  },
  'evaluation.tooFewRows': {
    en: 'Cannot make {k} folds from {rows} rows: every fold needs at least one row',
    de: 'Aus {rows} Zeilen lassen sich keine {k} Folds bilden: jeder Fold braucht mindestens eine Zeile',
  },
  'evaluation.classTooSmall': {
    en: 'Class {label} has only {count} rows, fewer than the {k} folds: use fewer folds or merge rare classes',
    de: 'Die Klasse {label} hat nur {count} Zeilen, weniger als die {k} Folds: weniger Folds wählen oder seltene Klassen zusammenfassen',
  },
  'evaluation.tooFewGroups': {
    en: 'Only {groups} groups for {k} folds: every group must sit in one fold, so use at most {groups} folds',
    de: 'Nur {groups} Gruppen für {k} Folds: jede Gruppe muss in einem Fold liegen, also höchstens {groups} Folds verwenden',
  },
  'evaluation.tooFewTimes': {
    en: 'Only {times} distinct time values in {rows} rows: out-of-time validation with {k} folds needs {blocks} time blocks',
    de: 'Nur {times} verschiedene Zeitwerte in {rows} Zeilen: die Validierung über die Zeit mit {k} Folds braucht {blocks} Zeitblöcke',
  },
  'evaluation.holdoutShare': {
    en: 'The holdout share must lie strictly between 0 and 1 and leave rows on both sides; got {got} of {rows} rows',
    de: 'Der Holdout-Anteil muss echt zwischen 0 und 1 liegen und auf beiden Seiten Zeilen lassen; erhalten: {got} von {rows} Zeilen',
  },
  'evaluation.holdoutOptions': {
    en: 'A holdout is either grouped or by time, not both: give groups or order',
    de: 'Ein Holdout ist entweder gruppiert oder zeitlich, nicht beides: groups oder order angeben',
  },
  // ---- fit diagnostics (evaluation/diagnostics)
  'diagnosis.overfitting': {
    en: 'Validation {metric} {valid} is {gap} worse than training {metric} {train}: the model memorises training rows (overfitting). Use stronger regularisation, fewer or shallower trees, or more data.',
    de: 'Validierungs-{metric} {valid} ist {gap} schlechter als Trainings-{metric} {train}: das Modell lernt die Trainingszeilen auswendig (Überanpassung). Stärker regularisieren, weniger oder flachere Bäume verwenden oder mehr Daten beschaffen.',
  },
  'diagnosis.mildOverfitting': {
    en: 'Validation {metric} {valid} is {gap} worse than training {metric} {train}: some overfitting, usual for flexible models; the validation figure is the one to trust.',
    de: 'Validierungs-{metric} {valid} ist {gap} schlechter als Trainings-{metric} {train}: etwas Überanpassung, üblich bei flexiblen Modellen; maßgeblich ist der Validierungswert.',
  },
  'diagnosis.underfitting': {
    en: 'Validation {metric} {valid} is barely better than the baseline {baseline} (gain {gain}), and training {metric} {train} is no better: the model learns little from the features (underfitting). Try a more flexible model, better features, or check the target.',
    de: 'Validierungs-{metric} {valid} ist kaum besser als die Vergleichsbasis {baseline} (Gewinn {gain}), und Trainings-{metric} {train} ist nicht besser: das Modell lernt wenig aus den Merkmalen (Unteranpassung). Ein flexibleres Modell, bessere Merkmale versuchen oder das Ziel prüfen.',
  },
  'diagnosis.noSignal': {
    en: 'Validation {metric} {valid} is no better than the baseline {baseline}: the model found no usable signal in the features.',
    de: 'Validierungs-{metric} {valid} ist nicht besser als die Vergleichsbasis {baseline}: das Modell hat in den Merkmalen kein verwertbares Signal gefunden.',
  },
  'diagnosis.goodFit': {
    en: 'Validation {metric} {valid} is close to training {metric} {train} (gap {gap}): the model generalises well.',
    de: 'Validierungs-{metric} {valid} liegt nahe am Trainings-{metric} {train} (Abstand {gap}): das Modell verallgemeinert gut.',
  },
  'diagnosis.stillLearning': {
    en: 'Validation {metric} still improves from {previous} to {last} when the training data grows from {previousShare} to {lastShare}: more data would likely help.',
    de: 'Validierungs-{metric} verbessert sich noch von {previous} auf {last}, wenn die Trainingsdaten von {previousShare} auf {lastShare} wachsen: mehr Daten würden wahrscheinlich helfen.',
  },
  'diagnosis.plateau': {
    en: 'Validation {metric} changes little ({previous} → {last}) from {previousShare} to {lastShare} of the training data: more rows of the same kind will not help much.',
    de: 'Validierungs-{metric} ändert sich kaum ({previous} → {last}) von {previousShare} auf {lastShare} der Trainingsdaten: mehr Zeilen derselben Art helfen kaum.',
  },
  'diagnosis.unstable': {
    en: 'Validation {metric} varies between folds (standard deviation {sd} around {valid}): treat differences between models smaller than that as noise.',
    de: 'Validierungs-{metric} schwankt zwischen den Folds (Standardabweichung {sd} um {valid}): Unterschiede zwischen Modellen, die kleiner sind, als Rauschen behandeln.',
  },
  'diagnosis.imbalance': {
    en: 'Only {percent} of the rows are positive: accuracy is misleading here; judge the model by AUC, average precision, lift or profit.',
    de: 'Nur {percent} der Zeilen sind positiv: die Trefferquote (Accuracy) täuscht hier; das Modell nach AUC, durchschnittlicher Präzision, Lift oder Gewinn beurteilen.',
  },
  'diagnosis.severeImbalance': {
    en: 'Only {percent} of the rows are positive: very rare outcomes; expect unstable estimates and judge the model by lift or average precision, not accuracy.',
    de: 'Nur {percent} der Zeilen sind positiv: sehr seltene Ereignisse; mit instabilen Schätzungen rechnen und das Modell nach Lift oder durchschnittlicher Präzision beurteilen, nicht nach Accuracy.',
  },
  'diagnosis.poorCalibration': {
    en: 'The predicted probabilities are off by {ece} on average (expected calibration error): rank customers by score, but calibrate (Platt or isotonic) before reading scores as probabilities.',
    de: 'Die vorhergesagten Wahrscheinlichkeiten liegen im Mittel um {ece} daneben (erwarteter Kalibrierungsfehler): Kunden nach Score ordnen, aber vor dem Lesen als Wahrscheinlichkeit kalibrieren (Platt oder isoton).',
  },
  'diagnosis.goodCalibration': {
    en: 'The predicted probabilities match observed rates well (expected calibration error {ece}).',
    de: 'Die vorhergesagten Wahrscheinlichkeiten treffen die beobachteten Raten gut (erwarteter Kalibrierungsfehler {ece}).',
  },
} satisfies Record<string, MessageTemplate>;
