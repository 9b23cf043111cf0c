/**
 * @module report/details-table
 * Render check-specific `details` of unknown shape as HTML: an array of objects becomes a table (columns in
 * first-seen key order), an object a key/value table (its array-of-object values nested as tables), anything
 * else text. Numbers are formatted for the reader's language; long lists are cut with a note.
 *
 * @example
 * ```ts
 * import { detailsHtml } from './details-table.js';
 * detailsHtml([{ group: 'female', rows: 120, rate: 0.31 }, { group: 'male', rows: 300, rate: 0.22 }], 'en');
 * ```
 */
import type { Language } from '../util/messages.js';
import { formatNumber } from './format-value.js';
import { html, type SafeHtml } from './html-document.js';

/** At most this many rows of one details table. */
const MAX_ROWS = 100;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isObjectArray(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isPlainObject);
}

/**
 * A scalar or small structure as short text: numbers formatted, arrays of scalars joined, others as JSON.
 *
 * @example
 * ```ts
 * formatDetailValue(0.123456, 'de'); // '0,123'
 * formatDetailValue(['unknown', 'n/a'], 'en'); // 'unknown, n/a'
 * ```
 */
export function formatDetailValue(value: unknown, lang: Language): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value) && value.every((v) => !isPlainObject(v) && !Array.isArray(v))) {
    return value.map((v) => formatDetailValue(v, lang)).join(', ');
  }
  return JSON.stringify(value);
}

function cell(value: unknown, lang: Language): SafeHtml {
  if (isObjectArray(value)) return html`<td>${objectArrayTable(value, lang)}</td>`;
  return typeof value === 'number'
    ? html`<td class="num">${formatDetailValue(value, lang)}</td>`
    : html`<td>${formatDetailValue(value, lang)}</td>`;
}

function objectArrayTable(rows: readonly Record<string, unknown>[], lang: Language): SafeHtml {
  const keys: string[] = [];
  for (const row of rows) for (const k of Object.keys(row)) if (!keys.includes(k)) keys.push(k);
  const numeric = keys.map((k) => rows.every((r) => r[k] === undefined || r[k] === null || typeof r[k] === 'number'));
  const shown = rows.slice(0, MAX_ROWS);
  return html`<div class="table-wrap"><table class="details">
<thead><tr>${keys.map((k, i) => (numeric[i] ? html`<th class="num">${k}</th>` : html`<th>${k}</th>`))}</tr></thead>
<tbody>${shown.map((r) => html`<tr>${keys.map((k) => cell(r[k], lang))}</tr>\n`)}</tbody>
</table></div>${rows.length > shown.length ? html`<p class="meta">… ${rows.length - shown.length}</p>` : null}`;
}

/**
 * Render a `details` value as HTML (see the module comment for the rules).
 *
 * @example
 * ```ts
 * detailsHtml({ token: 'unknown', variants: ['Yes', 'yes', 'YES'] }, 'en');
 * ```
 */
export function detailsHtml(details: unknown, lang: Language): SafeHtml {
  if (isObjectArray(details)) return objectArrayTable(details, lang);
  if (isPlainObject(details)) {
    const entries = Object.entries(details);
    const scalars = entries.filter(([, v]) => !isObjectArray(v));
    const tables = entries.filter(([, v]) => isObjectArray(v));
    return html`${
      scalars.length > 0
        ? html`<div class="table-wrap"><table class="details"><tbody>${scalars.map(
            ([k, v]) => html`<tr><th>${k}</th>${cell(v, lang)}</tr>\n`,
          )}</tbody></table></div>`
        : null
    }${tables.map(([k, v]) => html`<h4>${k}</h4>${objectArrayTable(v as Record<string, unknown>[], lang)}`)}`;
  }
  return html`<p>${formatDetailValue(details, lang)}</p>`;
}
