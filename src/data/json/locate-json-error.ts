/**
 * @module data/json/locate-json-error
 * Where and why a JSON text is invalid. `JSON.parse` is fast but its messages differ between engine versions
 * and often carry no position ("Unexpected token '}', …"), so on failure the readers run this small validating
 * scanner over the same text to find the first offending character and say what was expected there.
 *
 * @example
 * ```ts
 * import { locateJsonError, lineColumnAt } from './locate-json-error.js';
 * const e = locateJsonError('{"a": tru}'); // { offset: 6, reason: "invalid literal; expected true, false or null" }
 * lineColumnAt('{"a": tru}', e!.offset); // { line: 1, column: 7 }
 * ```
 */

/** The first syntax error of a JSON text: 0-based offset into the text and a short English reason. */
export interface JsonErrorSpot {
  readonly offset: number;
  readonly reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const HEX = /^[0-9a-fA-F]{4}$/;

function describe(text: string, i: number): string {
  if (i >= text.length) return 'the end of the input';
  const c = text[i];
  if (c === '\n' || c === '\r') return 'a line break';
  return `'${c}'`;
}

/**
 * Find the first syntax error of `text`, or `null` when it is valid JSON (one value, white space around it).
 *
 * @example
 * ```ts
 * locateJsonError('[1, 2,]')?.offset; // 6
 * locateJsonError('{"ok": true}'); // null
 * ```
 */
export function locateJsonError(text: string): JsonErrorSpot | null {
  const n = text.length;
  let i = 0;
  const fail = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const digits = () => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    return i - start;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!HEX.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape; expected four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          fail(`invalid escape sequence \\${e ?? ''}`);
        }
        continue;
      }
      if (c < 0x20) fail(c === 10 || c === 13 ? 'line break inside a string' : 'control character inside a string');
      i++;
    }
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (digits() === 0) fail(`invalid number; expected a digit, got ${describe(text, i)}`);
    if (text[i] === '.') {
      i++;
      if (digits() === 0) fail(`invalid number; expected a digit after '.', got ${describe(text, i)}`);
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (digits() === 0) fail(`invalid number; expected a digit in the exponent, got ${describe(text, i)}`);
    }
  };
  const literal = () => {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail('invalid literal; expected true, false or null');
  };
  const value = (depth: number): void => {
    if (depth > 5000) fail('nested too deeply');
    if (i >= n) fail('unexpected end of the input; expected a value');
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        if (text[i] !== '"') fail(`expected a double-quoted property name, got ${describe(text, i)}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':' after a property name, got ${describe(text, i)}`);
        i++;
        ws();
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected ',' or '}' after a property value, got ${describe(text, i)}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected ',' or ']' after an array element, got ${describe(text, i)}`);
      }
    }
    if (c === '"') string();
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else if (c === 't' || c === 'f' || c === 'n') literal();
    else fail(`unexpected ${describe(text, i)}; expected a value`);
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    ws();
    value(0);
    ws();
    if (i < n) fail(`unexpected ${describe(text, i)} after the end of the value`);
    return null;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

/**
 * The 1-based line and column of a 0-based offset (lines end at `\n`; `\r\n` counts once).
 *
 * @example
 * ```ts
 * lineColumnAt('a\nbc', 3); // { line: 2, column: 2 }
 * ```
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
