/**
 * @module util/messages/features
 * Catalogue part: preprocessing pipelines (`src/features/`). Merged into the one catalogue by `util/messages.ts`.
 */
import type { MessageTemplate } from './template.js';

/** Messages about fitting, applying and loading preprocessing pipelines. */
export const featureMessages = {
  'features.missingColumns': {
    en: 'The data lacks {count} column(s) the pipeline needs: {missing}; the data has: {columns}',
    de: 'In den Daten fehlen {count} Spalte(n), die die Vorverarbeitung braucht: {missing}; vorhanden sind: {columns}',
  },
  'features.pipelineKind': {
    en: 'Expected a preprocessing pipeline ({expected}), got {got}',
    de: 'Erwartet wurde eine Vorverarbeitung ({expected}), erhalten: {got}',
  },
  'features.pipelineVersion': {
    en: 'The preprocessing pipeline format version {got} is not supported (expected {expected})',
    de: 'Die Formatversion {got} der Vorverarbeitung wird nicht unterstützt (erwartet {expected})',
  },
  'features.pipelineCorrupt': {
    en: 'The preprocessing pipeline is damaged: {reason}',
    de: 'Die Vorverarbeitung ist beschädigt: {reason}',
  },
} satisfies Record<string, MessageTemplate>;
