/**
 * @module util/errors
 * The few typed errors leitwerk throws. Each carries a catalogue message id and its parameters, so the
 * edge (CLI exit code, HTTP status) maps it without parsing text, and the message can be translated.
 *
 * @example
 * ```ts
 * import { DataError } from './errors.js';
 * throw new DataError('csv.raggedRow', { file: 'a.csv', line: 7, got: 3, expected: 4 }, { file: 'a.csv', line: 7 });
 * ```
 */
import { type Language, type MessageId, type MessageParams, formatMessage } from './messages.js';

/** Where in an input a problem sits. Lines and columns are 1-based. */
export interface Location {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Base class: a message id with parameters. Never thrown directly; catch it to tell leitwerk's own errors
 * (safe to show to a user) from bugs.
 *
 * @example
 * ```ts
 * try { await readTable('x.csv'); } catch (e) { if (e instanceof LeitwerkError) console.error(e.localized('de')); }
 * ```
 */
export abstract class LeitwerkError extends Error {
  /** Stable machine-readable kind, e.g. `data`, `validation`. */
  abstract readonly kind: 'data' | 'validation' | 'not-found' | 'forbidden' | 'cancelled';
  readonly messageId: MessageId;
  readonly params: MessageParams;

  constructor(messageId: MessageId, params: MessageParams = {}) {
    super(formatMessage(messageId, params));
    this.messageId = messageId;
    this.params = params;
    this.name = new.target.name;
  }

  /** The message in another language. */
  localized(lang: Language): string {
    return formatMessage(this.messageId, this.params, lang);
  }

  /** Plain data for JSON output (`--json`, HTTP bodies). */
  toJSON(): Record<string, unknown> {
    return { error: this.kind, id: this.messageId, message: this.message, params: this.params };
  }
}

/**
 * Bad input data: unreadable files, malformed rows. Carries file, line and column where they apply.
 *
 * @example
 * ```ts
 * new DataError('file.empty', { file: 'x.csv' }, { file: 'x.csv' });
 * ```
 */
export class DataError extends LeitwerkError {
  readonly kind = 'data' as const;
  readonly location: Location;
  constructor(messageId: MessageId, params: MessageParams = {}, location: Location = {}) {
    super(messageId, params);
    this.location = location;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), location: this.location };
  }
}

/**
 * A setting, option or argument outside what is allowed; says what was expected and what came.
 *
 * @example
 * ```ts
 * new ValidationError('option.invalid', { name: '--folds', expected: 'an integer ≥ 2', got: '1' });
 * ```
 */
export class ValidationError extends LeitwerkError {
  readonly kind = 'validation' as const;
}

/**
 * Something named does not exist (a file, a column, a model).
 *
 * @example
 * ```ts
 * new NotFoundError('file.notFound', { file: 'x.csv' });
 * ```
 */
export class NotFoundError extends LeitwerkError {
  readonly kind = 'not-found' as const;
}

/**
 * The caller may not do this.
 *
 * @example
 * ```ts
 * new ForbiddenError('project.noSecret', { dir: '.' });
 * ```
 */
export class ForbiddenError extends LeitwerkError {
  readonly kind = 'forbidden' as const;
}

/**
 * Whether a value is one of leitwerk's typed errors (and so safe to show to a user as it is).
 *
 * @example
 * ```ts
 * try { run(); } catch (e) { if (isLeitwerkError(e)) console.error(e.message); }
 * ```
 */
export function isLeitwerkError(error: unknown): error is LeitwerkError {
  return error instanceof LeitwerkError;
}

/**
 * A long operation (a fit, a job) stopped because its `AbortSignal` fired.
 *
 * @example
 * ```ts
 * if (signal?.aborted) throw new CancelledError('learner.cancelled', { learner: 'gbdt' });
 * ```
 */
export class CancelledError extends LeitwerkError {
  readonly kind = 'cancelled' as const;
}
