/**
 * @module util/messages/learners
 * Catalogue part: learners, parameters and fitting. Merged into the one catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about learners, parameters and fitting. */
export const learnerMessages = {
  // ---- parameters
  'learner.badParam': {
    en: "The '{param}' parameter of {learner} must be {expected}; got {got}",
    de: "Der Parameter '{param}' von {learner} muss {expected} sein; erhalten: {got}",
  },
  'learner.unknownParam': {
    en: "{learner} has no parameter '{param}'; known parameters: {known}",
    de: "{learner} hat keinen Parameter '{param}'; bekannte Parameter: {known}",
  },
  'tuning.badOption': {
    en: "The tuning option '{option}' must be {expected}; got {got}",
    de: "Die Tuning-Option '{option}' muss {expected} sein; erhalten: {got}",
  },
  'tuning.badRange': {
    en: "The search range of '{param}' of {learner} must be {expected}; got {got}",
    de: "Der Suchbereich von '{param}' von {learner} muss {expected} sein; erhalten: {got}",
  },
  'learner.paramFeature': {
    en: "The '{param}' parameter of {learner} names feature {feature}, which the data does not have",
    de: "Der Parameter '{param}' von {learner} nennt das Merkmal {feature}, das es in den Daten nicht gibt",
  },
  'learner.monotoneCategorical': {
    en: 'A monotone constraint cannot apply to the categorical feature {feature}',
    de: 'Eine Monotonie-Bedingung kann nicht für das kategoriale Merkmal {feature} gelten',
  },
  'learner.unknownLearner': {
    en: 'Unknown learner {got}; expected one of {expected}',
    de: 'Unbekanntes Lernverfahren {got}; erwartet eines von {expected}',
  },
  // ---- training data
  'learner.emptyData': {
    en: 'Cannot fit {learner}: the training data has no rows',
    de: '{learner} kann nicht trainiert werden: die Trainingsdaten haben keine Zeilen',
  },
  'learner.noFeatures': {
    en: 'Cannot fit {learner}: there are no feature columns',
    de: '{learner} kann nicht trainiert werden: es gibt keine Merkmalsspalten',
  },
  'learner.columnLength': {
    en: 'Feature {feature} has {got} values, expected {expected} (one per row)',
    de: 'Das Merkmal {feature} hat {got} Werte, erwartet {expected} (einen je Zeile)',
  },
  'learner.duplicateFeature': {
    en: 'The feature name {feature} appears twice',
    de: 'Der Merkmalsname {feature} kommt zweimal vor',
  },
  'learner.badCategoryCode': {
    en: 'The categorical feature {feature} needs integer codes from 0 to {max}; got {got} at row {row}',
    de: 'Das kategoriale Merkmal {feature} braucht ganzzahlige Codes von 0 bis {max}; erhalten: {got} in Zeile {row}',
  },
  'learner.targetLength': {
    en: 'The target has {got} values but the data has {expected} rows',
    de: 'Die Zielgröße hat {got} Werte, die Daten aber {expected} Zeilen',
  },
  'learner.targetMissing': {
    en: 'The target is missing in {count} rows (first at row {row}); drop or fill them before fitting',
    de: 'Die Zielgröße fehlt in {count} Zeilen (erste in Zeile {row}); diese vor dem Training entfernen oder füllen',
  },
  'learner.singleClass': {
    en: 'The target has only one class ({label}); a classifier needs at least two',
    de: 'Die Zielgröße hat nur eine Klasse ({label}); ein Klassifikator braucht mindestens zwei',
  },
  'learner.badLabel': {
    en: '{learner} with objective {objective} needs class labels {expected}; got {got} at row {row}',
    de: '{learner} mit Zielfunktion {objective} braucht Klassenlabels {expected}; erhalten: {got} in Zeile {row}',
  },
  'learner.negativeTarget': {
    en: 'The objective {objective} needs a target ≥ 0; got {got} at row {row}',
    de: 'Die Zielfunktion {objective} braucht eine Zielgröße ≥ 0; erhalten: {got} in Zeile {row}',
  },
  'learner.zeroTarget': {
    en: 'The objective {objective} needs some target values above 0; all are 0',
    de: 'Die Zielfunktion {objective} braucht einige Zielwerte über 0; alle sind 0',
  },
  'learner.badWeights': {
    en: 'Sample weights must be finite, ≥ 0 and not all 0; {reason}',
    de: 'Stichprobengewichte müssen endlich und ≥ 0 sein und dürfen nicht alle 0 sein; {reason}',
  },
  'learner.cancelled': {
    en: 'Training of {learner} was cancelled',
    de: 'Das Training von {learner} wurde abgebrochen',
  },
  // ---- prediction and models
  'learner.missingFeature': {
    en: 'The model needs the feature(s) {missing}, which the data does not have; the data has: {columns}',
    de: 'Das Modell braucht die Merkmale {missing}, die es in den Daten nicht gibt; vorhanden sind: {columns}',
  },
  'learner.featureKind': {
    en: 'The feature {feature} was {expected} when the model was trained but is {got} now',
    de: 'Das Merkmal {feature} war beim Training {expected}, ist jetzt aber {got}',
  },
  'learner.noProba': {
    en: '{learner} with objective {objective} predicts numbers, not class probabilities',
    de: '{learner} mit Zielfunktion {objective} sagt Zahlen vorher, keine Klassenwahrscheinlichkeiten',
  },
  'learner.modelKind': {
    en: 'Expected a {expected} model, got {got}',
    de: 'Erwartet wurde ein {expected}-Modell, erhalten: {got}',
  },
  'learner.modelVersion': {
    en: 'The {kind} model format version {got} is not supported (expected {expected})',
    de: 'Die Formatversion {got} des {kind}-Modells wird nicht unterstützt (erwartet {expected})',
  },
  'learner.modelCorrupt': {
    en: 'The {kind} model is damaged: {reason}',
    de: 'Das {kind}-Modell ist beschädigt: {reason}',
  },
} satisfies Record<string, MessageTemplate>;
