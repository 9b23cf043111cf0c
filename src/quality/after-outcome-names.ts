/**
 * @module quality/after-outcome-names
 * Column names that say a value becomes known only after the outcome it would predict — the length of the
 * sales call (`duration` in the bank marketing data), a `result`, a `response`, a `conversion_date`, a
 * `cancel…` or `refund…` field. Such a column looks predictive in historical data and is useless (or
 * harmful) at prediction time.
 *
 * Rule: the name is split into lower-case words (at `_`, `-`, `.`, spaces and camelCase). It matches when a
 * word is one of `AFTER_OUTCOME_WORDS`, starts with one of `AFTER_OUTCOME_PREFIXES`, or the name holds one of
 * `AFTER_OUTCOME_PHRASES` — unless a word says the value refers to an earlier event (`previous`, `prior`,
 * `last`, `past`, …): `previous_outcome` describes the last campaign and is known in advance.
 *
 * @example
 * ```ts
 * import { afterOutcomeWord } from './after-outcome-names.js';
 * afterOutcomeWord('duration');          // 'duration'
 * afterOutcomeWord('refundAmount');      // 'refund'
 * afterOutcomeWord('poutcome');          // null
 * afterOutcomeWord('previous_outcome');  // null
 * ```
 */
import { nameWords } from './name-words.js';

/** Words that mark a value known only after the outcome. */
export const AFTER_OUTCOME_WORDS: readonly string[] = [
  'duration',
  'outcome',
  'result',
  'results',
  'response',
  'responses',
  'responded',
  'converted',
  'conversion',
  'conversions',
  'after',
];

/** Word beginnings that mark a value known only after the outcome. */
export const AFTER_OUTCOME_PREFIXES: readonly string[] = ['cancel', 'refund', 'storn', 'kuendig', 'kündig'];

/** Word sequences (joined by `_`) that mark a value known only after the outcome. */
export const AFTER_OUTCOME_PHRASES: readonly string[] = [
  'talk_time',
  'call_time',
  'call_length',
  'churn_date',
  'churn_reason',
  'churned_at',
  'closed_at',
  'close_date',
];

/** Words that say the value is about an earlier event (known in advance). */
const EARLIER_WORDS = new Set(['previous', 'prev', 'prior', 'last', 'past', 'pre', 'before', 'historic', 'history']);

/**
 * The word of `name` that says the column is known only after the outcome, or null.
 *
 * @example
 * ```ts
 * afterOutcomeWord('call_duration'); // 'duration'
 * afterOutcomeWord('age');           // null
 * ```
 */
export function afterOutcomeWord(name: string): string | null {
  const words = nameWords(name);
  if (words.some((w) => EARLIER_WORDS.has(w))) return null;
  const joined = words.join('_');
  const phrase = AFTER_OUTCOME_PHRASES.find((p) => `_${joined}_`.includes(`_${p}_`));
  if (phrase) return phrase;
  for (const w of words) {
    if (AFTER_OUTCOME_WORDS.includes(w)) return w;
    const prefix = AFTER_OUTCOME_PREFIXES.find((p) => w.startsWith(p));
    if (prefix) return prefix;
  }
  return null;
}
