/**
 * @module report/html-document
 * A tiny safe HTML builder and the document shell of every leitwerk report. The `html` tagged template escapes
 * every interpolated value unless it is already `SafeHtml`, so text from data (column names, values, messages)
 * can never inject markup. The shell is one self-contained file: inline CSS, no scripts, no external
 * resources, and a Content-Security-Policy that forbids loading any.
 *
 * @example
 * ```ts
 * import { html, htmlDocument } from './html-document.js';
 * const body = html`<h1>${'<b>not bold</b>'}</h1>`;
 * const page = htmlDocument({ title: 'Report', lang: 'en', body, generatedAt: new Date(0) });
 * ```
 */
import type { Language } from '../util/messages.js';
import { formatMessage } from '../util/messages.js';
import { REPORT_CSS } from './report-styles.js';

/**
 * Markup that is safe to insert as it is (built by `html` or explicitly trusted with `trustedHtml`).
 *
 * @example
 * ```ts
 * const cell: SafeHtml = html`<td>${userText}</td>`; // userText is escaped
 * String(cell);
 * ```
 */
export class SafeHtml {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  /** The markup. */
  toString(): string {
    return this.#markup;
  }
}

/** What may be interpolated into `html`: text (escaped), numbers, safe markup, lists of these, or nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML content and (quoted) attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<a href="x">'); // '&lt;a href=&quot;x&quot;&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template: the literal parts are markup, every `${value}` is escaped (arrays are joined, `SafeHtml`
 * is kept, `null`/`undefined`/booleans render nothing so `${cond && html`…`}` works).
 *
 * @example
 * ```ts
 * html`<td class="${cls}">${name}</td>`;
 * html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/**
 * Mark markup as safe without escaping. Only for markup produced by trusted code (e.g. the SVG of
 * `renderChartSvg`, where vega escapes all text), never for data.
 *
 * @example
 * ```ts
 * html`<figure>${trustedHtml(svg)}</figure>`;
 * ```
 */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Options of {@link htmlDocument}. */
export interface HtmlDocumentOptions {
  readonly title: string;
  readonly lang: Language;
  readonly body: SafeHtml;
  /** Time shown in the footer line; pass a fixed date for reproducible output. Default: now. */
  readonly generatedAt?: Date;
  /** Extra CSS appended to the report style sheet. */
  readonly css?: string;
}

/**
 * A UTC timestamp as `YYYY-MM-DD HH:MM UTC`.
 *
 * @example
 * ```ts
 * formatTimestamp(new Date(Date.UTC(2025, 0, 2, 3, 4))); // '2025-01-02 03:04 UTC'
 * ```
 */
export function formatTimestamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * The complete HTML page: doctype, language, charset, a policy that forbids loading anything, inline CSS,
 * the body, and a footer line with the generation time.
 *
 * @example
 * ```ts
 * htmlDocument({ title: 'Data check', lang: 'de', body: html`<p>Hallo</p>`, generatedAt: new Date(0) });
 * ```
 */
export function htmlDocument(options: HtmlDocumentOptions): string {
  const generated = formatMessage(
    'report.generatedAt',
    { date: formatTimestamp(options.generatedAt ?? new Date()) },
    options.lang,
  );
  const css = REPORT_CSS + (options.css ?? '');
  const page = html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="leitwerk">
<title>${options.title}</title>
<style>${trustedHtml(css)}</style>
</head>
<body>
<main>
${options.body}
</main>
<footer class="generated">${generated}</footer>
</body>
</html>
`;
  return page.toString();
}
