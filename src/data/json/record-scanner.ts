/**
 * @module data/json/record-scanner
 * Splits a stream of JSON text chunks into the texts of its records without building the whole document:
 * it tracks strings, escapes and bracket depth, and hands each complete top-level object (with the line and
 * column where it starts) to a callback, which parses just that record. Three layouts:
 * - `array`   — `[ {…}, {…} ]` (a JSON array of objects, any line layout);
 * - `lines`   — NDJSON / JSON Lines: one object per line, blank lines allowed;
 * - `objects` — objects separated by white space, each possibly spanning lines (a `.json` file that starts
 *               with `{`, e.g. a single pretty-printed object or concatenated objects).
 * Structural errors (a missing comma between records, text after the closing `]`, an unclosed record) are
 * reported here as `json.syntax` with file, line and column; an element that is not an object is
 * `json.notRecords`.
 *
 * @example
 * ```ts
 * import { createRecordScanner } from './record-scanner.js';
 * const s = createRecordScanner('a.json', 'array', (text, line) => console.log(line, JSON.parse(text)));
 * s.push('[{"a":1},\n{"a"'); s.push(':2}]'); s.end(); // logs 1 {a:1}, then 2 {a:2}
 * ```
 */
import { DataError } from '../../util/errors.js';

/** How the records are laid out in the file. */
export type RecordLayout = 'array' | 'lines' | 'objects';

/** A push-based scanner. */
export interface RecordScanner {
  /** Feed the next chunk of text. */
  push(chunk: string): void;
  /** Signal the end of the input (checks that nothing is left open). */
  end(): void;
  /** Records found so far. */
  readonly records: number;
}

enum Phase {
  Start = 0,
  BeforeElement = 1,
  InElement = 2,
  AfterElement = 3,
  Done = 4,
}

function kindOf(c: string): string | null {
  if (c === '[') return 'an array';
  if (c === '"') return 'a string';
  if (c === '-' || (c >= '0' && c <= '9')) return 'a number';
  if (c === 't' || c === 'f') return 'true/false';
  if (c === 'n') return 'null';
  return null;
}

/**
 * Create a scanner that calls `onRecord(text, line, column)` for every top-level object.
 *
 * @example
 * ```ts
 * const s = createRecordScanner('e.ndjson', 'lines', (t) => rows.push(JSON.parse(t)));
 * s.push('{"a":1}\n{"a":2}\n'); s.end(); // 2 records
 * ```
 */
export function createRecordScanner(
  file: string,
  layout: RecordLayout,
  onRecord: (text: string, line: number, column: number) => void,
): RecordScanner {
  let phase: Phase = layout === 'array' ? Phase.Start : Phase.BeforeElement;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let lineStart = 0; // global offset of the current line's first character
  let base = 0; // global offset of the current chunk's first character
  let pieces: string[] = [];
  let startLine = 0;
  let startColumn = 0;
  let records = 0;
  let afterComma = false;

  const syntax = (offset: number, reason: string): never => {
    const column = offset - lineStart + 1;
    throw new DataError('json.syntax', { file, line, column, reason }, { file, line, column });
  };
  const notRecords = (offset: number, got: string): never => {
    const column = offset - lineStart + 1;
    throw new DataError(
      'json.notRecords',
      { file, got: `${got} at line ${line}, column ${column}` },
      { file, line, column },
    );
  };
  const unexpected = (offset: number, c: string, expected: string): never => {
    const kind = kindOf(c);
    if (kind && (phase === Phase.BeforeElement || phase === Phase.Start)) return notRecords(offset, kind);
    return syntax(offset, `unexpected '${c}'; expected ${expected}`);
  };

  function push(chunk: string): void {
    const n = chunk.length;
    let elementStart = phase === Phase.InElement ? 0 : -1;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (phase === Phase.InElement) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) inString = false;
          else if (c < 0x20)
            syntax(base + i, c === 10 ? 'line break inside a string' : 'control character inside a string');
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          if (--depth === 0) {
            pieces.push(chunk.slice(elementStart, i + 1));
            const text = pieces.length === 1 ? pieces[0] : pieces.join('');
            pieces = [];
            records++;
            phase = Phase.AfterElement;
            onRecord(text, startLine, startColumn);
          }
        } else if (c === 10) {
          if (layout === 'lines') syntax(base + i, 'the record is not closed before the end of the line');
          line++;
          lineStart = base + i + 1;
        }
        continue;
      }
      // Outside a record: white space, commas, brackets.
      if (c === 10) {
        line++;
        lineStart = base + i + 1;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) continue;
      const ch = chunk[i];
      switch (phase) {
        case Phase.Start:
          if (c !== 91) unexpected(base + i, ch, "'[' to start an array of records");
          phase = Phase.BeforeElement;
          break;
        case Phase.BeforeElement:
          if (c === 123) {
            phase = Phase.InElement;
            afterComma = false;
            depth = 1;
            elementStart = i;
            startLine = line;
            startColumn = base + i - lineStart + 1;
          } else if (layout === 'array' && c === 93 && !afterComma) {
            phase = Phase.Done;
          } else if (layout === 'array' && c === 93) {
            syntax(base + i, "trailing ',' before ']'");
          } else {
            unexpected(base + i, ch, "'{' to start a record");
          }
          break;
        case Phase.AfterElement:
          if (layout === 'array') {
            if (c === 44) {
              phase = Phase.BeforeElement;
              afterComma = true;
            } else if (c === 93) phase = Phase.Done;
            else syntax(base + i, `unexpected '${ch}'; expected ',' or ']' after a record`);
          } else if (layout === 'lines' && startLine === line) {
            syntax(base + i, `unexpected '${ch}' after the record; NDJSON holds one record per line`);
          } else {
            phase = Phase.BeforeElement;
            i--; // look at this character again as the start of the next record
          }
          break;
        case Phase.Done:
          syntax(base + i, `unexpected '${ch}' after the end of the array`);
      }
    }
    if (phase === Phase.InElement) pieces.push(chunk.slice(Math.max(elementStart, 0)));
    base += n;
  }

  function end(): void {
    const column = base - lineStart + 1;
    if (phase === Phase.InElement) {
      syntax(
        base,
        `unexpected end of the file inside the record that starts at line ${startLine}, column ${startColumn}`,
      );
    }
    if (layout === 'array' && phase !== Phase.Done && phase !== Phase.Start) {
      throw new DataError(
        'json.syntax',
        { file, line, column, reason: "unexpected end of the file; the array is not closed with ']'" },
        { file, line, column },
      );
    }
  }

  return {
    push,
    end,
    get records() {
      return records;
    },
  };
}
