/**
 * @module quality/catalogue-finding
 * Build a `Finding` whose message and suggestion are rendered from catalogue ids, keeping the ids and
 * parameters on the finding so the report and the UI can translate it. Also the small formatters the
 * target, leakage, PII and bias checks share (percentages, example rows).
 *
 * @example
 * ```ts
 * import { catalogueFinding } from './catalogue-finding.js';
 * catalogueFinding({
 *   check: 'missing-target', severity: 'warning', column: 'y', count: 3, share: 0.01, examples: [4, 9, 12],
 *   messageId: 'quality.missingTarget', suggestionId: 'quality.missingTarget.fix',
 *   params: { column: 'y', count: 3, percent: '1%' },
 * });
 * ```
 */
import { formatMessage, type MessageId } from '../util/messages.js';
import type { CheckId, Finding, Severity } from './finding.js';

/** What a check says; `message` and `suggestion` are rendered from the ids. */
export interface FindingSpec {
  readonly check: CheckId;
  readonly severity: Severity;
  readonly column: string | null;
  /** Defaults to `[column]`. */
  readonly columns?: readonly string[];
  readonly count: number;
  readonly share?: number;
  readonly examples?: readonly number[];
  readonly messageId: MessageId;
  readonly suggestionId: MessageId;
  readonly params: Readonly<Record<string, string | number>>;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * A finding with English message and suggestion rendered from the catalogue.
 *
 * @example
 * ```ts
 * catalogueFinding({ check: 'pii', severity: 'warning', column: 'mail', count: 5,
 *   messageId: 'quality.pii', suggestionId: 'quality.pii.fix',
 *   params: { column: 'mail', kinds: 'e-mail', count: 5, percent: '50%' } }).message;
 * ```
 */
export function catalogueFinding(spec: FindingSpec): Finding {
  const finding: Finding = {
    check: spec.check,
    severity: spec.severity,
    column: spec.column,
    columns: spec.columns ?? (spec.column === null ? [] : [spec.column]),
    count: spec.count,
    ...(spec.share === undefined ? {} : { share: spec.share }),
    examples: (spec.examples ?? []).slice(0, 5),
    message: formatMessage(spec.messageId, spec.params),
    suggestion: formatMessage(spec.suggestionId, spec.params),
    messageId: spec.messageId,
    suggestionId: spec.suggestionId,
    params: spec.params,
    ...(spec.details === undefined ? {} : { details: spec.details }),
  };
  return finding;
}

/**
 * A share as a percentage for messages: one decimal from 10 %, two from 1 %, two significant digits below.
 *
 * @example
 * ```ts
 * percent(4640 / 41188); // '11.3%'
 * percent(0.0019);       // '0.19%'
 * ```
 */
export function percent(share: number): string {
  if (!Number.isFinite(share)) return 'n/a';
  const p = share * 100;
  const a = Math.abs(p);
  const shown = a >= 10 ? p.toFixed(1) : a >= 1 ? p.toFixed(2) : p.toPrecision(2);
  return `${Number(shown)}%`;
}

/**
 * A figure rounded for messages (3 decimals).
 *
 * @example
 * ```ts
 * round3(0.87654); // 0.877
 * ```
 */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The first `limit` visible rows (1-based) for which `test(visibleRow)` holds.
 *
 * @example
 * ```ts
 * firstRows(100, (i) => labels[i] < 0); // e.g. [4, 9, 12]
 * ```
 */
export function firstRows(rowCount: number, test: (visible: number) => boolean, limit = 5): number[] {
  const out: number[] = [];
  for (let i = 0; i < rowCount && out.length < limit; i++) if (test(i)) out.push(i + 1);
  return out;
}

/**
 * Join names for a message, at most `max` of them, then `… (+N more)`.
 *
 * @example
 * ```ts
 * listNames(['a', 'b', 'c'], 2); // 'a, b … (+1 more)'
 * ```
 */
export function listNames(names: readonly string[], max = 10): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} … (+${names.length - max} more)`;
}
