/**
 * @module util/messages
 * The one catalogue of user-facing messages (as vega-lite's `src/log/message.ts`): the CLI, the API and
 * the UI render the same text from the same id, in English or German. Templates use `{name}` placeholders.
 * The entries are written in parts by area (`util/messages/*.ts`) and merged here into one catalogue.
 *
 * @example
 * ```ts
 * import { formatMessage } from './messages.js';
 * formatMessage('file.notFound', { file: 'x.csv' }); // 'File not found: x.csv'
 * formatMessage('file.notFound', { file: 'x.csv' }, 'de'); // 'Datei nicht gefunden: x.csv'
 * ```
 */

import { coreMessages } from './messages/core.js';
import { qualityMessages } from './messages/quality.js';
import { cleanMessages } from './messages/clean.js';
import { reportMessages } from './messages/report.js';
import { learnerMessages } from './messages/learners.js';
import { storeMessages } from './messages/store.js';
import { evaluationMessages } from './messages/evaluation.js';
import { featureMessages } from './messages/features.js';
import { trainReportMessages } from './messages/train-report.js';
import { trainMessages } from './messages/train.js';
import { fairnessMessages } from './messages/fairness.js';
import { explainMessages } from './messages/explain.js';
import type { Language, MessageTemplate } from './messages/template.js';

export type { Language, MessageTemplate } from './messages/template.js';

const catalogue = {
  ...coreMessages,
  ...qualityMessages,
  ...cleanMessages,
  ...reportMessages,
  ...learnerMessages,
  ...storeMessages,
  ...evaluationMessages,
  ...featureMessages,
  ...trainReportMessages,
  ...trainMessages,
  ...fairnessMessages,
  ...explainMessages,
} satisfies Record<string, MessageTemplate>;

/** Every message id in the catalogue. */
export type MessageId = keyof typeof catalogue;

/** Parameters interpolated into a template. */
export type MessageParams = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Render a catalogue message.
 *
 * @example
 * ```ts
 * formatMessage('csv.raggedRow', { file: 'a.csv', line: 7, got: 3, expected: 4 });
 * ```
 */
export function formatMessage(id: MessageId, params: MessageParams = {}, lang: Language = 'en'): string {
  const template = catalogue[id][lang];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Whether a string is a catalogue id (for data coming back from JSON).
 *
 * @example
 * ```ts
 * isMessageId('file.empty'); // true
 * ```
 */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(catalogue, id);
}

/**
 * All ids with both templates; used by the test that checks every id has the same placeholders in both languages.
 *
 * @example
 * ```ts
 * messageCatalogue()['file.empty'].de;
 * ```
 */
export function messageCatalogue(): Readonly<Record<MessageId, MessageTemplate>> {
  return catalogue;
}
