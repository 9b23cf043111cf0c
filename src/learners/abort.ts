/**
 * @module learners/abort
 * Cancellation of long fits: learners call `throwIfAborted` between steps (boosting rounds, epochs), so an
 * aborted `AbortSignal` stops training soon with a typed `CancelledError`.
 *
 * @example
 * ```ts
 * import { throwIfAborted } from './abort.js';
 * for (let round = 0; round < rounds; round++) { throwIfAborted(signal, 'gbdt'); boostOnce(); }
 * ```
 */
import { CancelledError } from '../util/errors.js';

/**
 * Throw `CancelledError('learner.cancelled')` when the signal has aborted.
 *
 * @example
 * ```ts
 * const c = new AbortController(); c.abort();
 * throwIfAborted(c.signal, 'gbdt'); // throws CancelledError
 * ```
 */
export function throwIfAborted(signal: AbortSignal | undefined, learner: string): void {
  if (signal?.aborted) throw new CancelledError('learner.cancelled', { learner });
}
