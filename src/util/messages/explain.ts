/**
 * @module util/messages/explain
 * Catalogue part: explanations — SHAP, importance, partial dependence and the plain-language reason codes
 * shown with a prediction. Merged into the one catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about explanations. */
export const explainMessages = {
  'explain.unsupportedModel': {
    en: 'Cannot explain a model of kind {kind} this way; expected one of: {expected}',
    de: 'Ein Modell der Art {kind} lässt sich so nicht erklären; erwartet eine von: {expected}',
  },
  'explain.unknownFeature': {
    en: 'Unknown feature {feature}; the data has: {features}',
    de: 'Unbekanntes Merkmal {feature}; die Daten haben: {features}',
  },
  'explain.noValues': {
    en: 'Feature {feature} has no observed values to build a grid from',
    de: 'Das Merkmal {feature} hat keine beobachteten Werte, aus denen sich ein Raster bilden ließe',
  },
  'explain.predictionLength': {
    en: 'The prediction function returned {got} values for {rows} rows; expected {expected}',
    de: 'Die Vorhersagefunktion lieferte {got} Werte für {rows} Zeilen; erwartet: {expected}',
  },
  // ---- reason codes: "<feature> = <value>: <effect>"
  'explain.reason': {
    en: '{feature} = {value}: {effect}',
    de: '{feature} = {value}: {effect}',
  },
  'explain.raisesChance': {
    en: 'raises the chance',
    de: 'erhöht die Chance',
  },
  'explain.lowersChance': {
    en: 'lowers the chance',
    de: 'senkt die Chance',
  },
  'explain.raisesPrediction': {
    en: 'raises the prediction',
    de: 'erhöht die Vorhersage',
  },
  'explain.lowersPrediction': {
    en: 'lowers the prediction',
    de: 'senkt die Vorhersage',
  },
  'explain.missingValue': {
    en: '(missing)',
    de: '(fehlt)',
  },
} satisfies Record<string, MessageTemplate>;
