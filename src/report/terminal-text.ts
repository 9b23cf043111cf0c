/**
 * @module report/terminal-text
 * Building blocks of the terminal summaries (`inspect`, `train`): ANSI styles applied only when colour is on,
 * the severity colours and marks, and width-aware text helpers (visible length, truncate with an ellipsis,
 * pad, wrap at spaces).
 *
 * @example
 * ```ts
 * import { painter, padEnd, wrap } from './terminal-text.js';
 * const paint = painter(process.stdout.isTTY);
 * console.log(paint('bold', padEnd('AUC', 8)), wrap(longText, 80).join('\n'));
 * ```
 */
import type { Severity } from '../quality/finding.js';

/** An ANSI text style. */
export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';

/**
 * Start and end codes of each style.
 *
 * @example
 * ```ts
 * `${ANSI.bold[0]}title${ANSI.bold[1]}`;
 * ```
 */
export const ANSI: Readonly<Record<Style, readonly [string, string]>> = Object.freeze({
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
});

/**
 * The colour of a severity.
 *
 * @example
 * ```ts
 * SEVERITY_STYLE.error; // 'red'
 * ```
 */
export const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = Object.freeze({
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
});

/**
 * The mark in front of a line of a severity.
 *
 * @example
 * ```ts
 * SEVERITY_MARK.warning; // '▲'
 * ```
 */
export const SEVERITY_MARK: Readonly<Record<Severity, string>> = Object.freeze({ error: '✖', warning: '▲', info: '•' });

/**
 * A function that wraps text in a style when `color` is on and returns it unchanged otherwise.
 *
 * @example
 * ```ts
 * painter(false)('bold', 'x'); // 'x'
 * ```
 */
export function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text);
}

/**
 * Visible length in code points (good enough for the Latin texts of the catalogue and most data).
 *
 * @example
 * ```ts
 * visibleLength('Größe ±'); // 7
 * ```
 */
export function visibleLength(text: string): number {
  return [...text].length;
}

/**
 * Cut text to `width` characters, ending in `…` when cut; line breaks and tabs become spaces.
 *
 * @example
 * ```ts
 * truncate('marketing', 6); // 'marke…'
 * ```
 */
export function truncate(text: string, width: number): string {
  const chars = [...text.replace(/[\r\n\t]+/g, ' ')];
  return chars.length <= width ? chars.join('') : `${chars.slice(0, Math.max(1, width - 1)).join('')}…`;
}

/**
 * Pad with spaces on the right to `width` visible characters.
 *
 * @example
 * ```ts
 * padEnd('ab', 4); // 'ab  '
 * ```
 */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

/**
 * Pad with spaces on the left to `width` visible characters.
 *
 * @example
 * ```ts
 * padStart('7', 3); // '  7'
 * ```
 */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - visibleLength(text))) + text;
}

/**
 * Break text into lines of at most `width` characters at spaces (a longer word is truncated).
 *
 * @example
 * ```ts
 * wrap('one two three', 7); // ['one two', 'three']
 * ```
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (visibleLength(line) + 1 + visibleLength(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.flatMap((l) => (visibleLength(l) > width ? [truncate(l, width)] : [l]));
}
