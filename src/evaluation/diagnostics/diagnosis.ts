/**
 * @module evaluation/diagnostics/diagnosis
 * One finding about a fitted model, in plain words: an id, a severity and a catalogue message with the
 * figures behind it as parameters (so the CLI, the HTML report and the API render the same sentence, in
 * English or German).
 *
 * @example
 * ```ts
 * import { formatMessage } from '../../util/messages.js';
 * import type { Diagnosis } from './diagnosis.js';
 * const d: Diagnosis = { id: 'good-fit', severity: 'info', messageId: 'diagnosis.goodFit', params: { metric: 'AUC', valid: 0.81, train: 0.83, gap: 0.02 } };
 * formatMessage(d.messageId, d.params, 'de');
 * ```
 */
import type { MessageId } from '../../util/messages.js';

/** What a diagnosis is about. */
export type DiagnosisId =
  | 'overfitting'
  | 'underfitting'
  | 'no-signal'
  | 'good-fit'
  | 'still-learning'
  | 'plateau'
  | 'unstable'
  | 'imbalance'
  | 'poor-calibration'
  | 'good-calibration';

/** How much a diagnosis matters: `error` — do not use the model as it is; `warning` — act on it; `info` — good to know. */
export type Severity = 'info' | 'warning' | 'error';

/** One finding, with the catalogue message and its figures. */
export interface Diagnosis {
  readonly id: DiagnosisId;
  readonly severity: Severity;
  readonly messageId: MessageId;
  readonly params: Readonly<Record<string, string | number>>;
}
