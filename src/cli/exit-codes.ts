/**
 * @module cli/exit-codes
 * How the CLI ends: 0 success, 2 bad input or usage (any of leitwerk's typed errors), 1 an unexpected
 * internal error (with its message, and the stack only when `LEITWERK_DEBUG=1`), 130 interrupted.
 *
 * @example
 * ```ts
 * import { exitCodeFor } from './exit-codes.js';
 * exitCodeFor(new DataError('file.empty', { file: 'x.csv' })); // 2
 * ```
 */
import { isLeitwerkError } from '../util/errors.js';

/** The exit codes of the CLI. */
export const EXIT = Object.freeze({ ok: 0, internal: 1, badInput: 2, interrupted: 130 });

/**
 * The exit code for an error.
 *
 * @example
 * ```ts
 * exitCodeFor(new Error('boom')); // 1
 * ```
 */
export function exitCodeFor(error: unknown): number {
  if (isLeitwerkError(error)) return error.kind === 'cancelled' ? EXIT.interrupted : EXIT.badInput;
  return EXIT.internal;
}
