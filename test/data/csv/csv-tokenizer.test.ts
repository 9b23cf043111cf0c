import { describe, expect, it } from 'vitest';
import { createCsvTokenizer, type CsvTokenizerOptions } from '../../../src/data/csv/csv-tokenizer.js';
import { DataError } from '../../../src/util/errors.js';

interface Collected {
  rows: string[][];
  lines: number[];
  blanks: number[];
  bad: { line: number; reason: string }[];
}

/** Tokenize `text` fed in chunks of `chunkSize` bytes and collect the records as strings. */
function tokenize(
  text: string | Buffer,
  chunkSize = Number.MAX_SAFE_INTEGER,
  options: Partial<CsvTokenizerOptions> = {},
): Collected {
  const out: Collected = { rows: [], lines: [], blanks: [], bad: [] };
  const t = createCsvTokenizer(
    { file: 'test.csv', delimiter: 0x2c, ...options },
    {
      row(buf, starts, ends, count, line) {
        const row: string[] = [];
        for (let i = 0; i < count; i++) row.push(buf.toString('utf8', starts[i], ends[i]));
        out.rows.push(row);
        out.lines.push(line);
      },
      blank: (line) => out.blanks.push(line),
      bad: (line, reason) => out.bad.push({ line, reason }),
    },
  );
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  for (let at = 0; at < bytes.length; at += chunkSize) {
    // copy: the tokenizer may rewrite the bytes it is given
    t.feed(Buffer.from(bytes.subarray(at, Math.min(bytes.length, at + chunkSize))));
  }
  t.end();
  return out;
}

function thrown(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

const CHUNK_SIZES = [1, 2, 3, 5, 7, 11, 64, Number.MAX_SAFE_INTEGER];

describe('csv tokenizer', () => {
  it('splits plain fields and rows', () => {
    const r = tokenize('a,b,c\n1,2,3\n');
    expect(r.rows).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(r.lines).toEqual([1, 2]);
  });

  it('reads quoted fields with escaped quotes, delimiters and line breaks inside', () => {
    const text = 'name,quote\n"Smith, J.","He said ""hi"""\n"multi\nline","x"\n"",empty\n';
    for (const size of CHUNK_SIZES) {
      const r = tokenize(text, size);
      expect(r.rows, `chunk size ${size}`).toEqual([
        ['name', 'quote'],
        ['Smith, J.', 'He said "hi"'],
        ['multi\nline', 'x'],
        ['', 'empty'],
      ]);
      expect(r.lines, `chunk size ${size}`).toEqual([1, 2, 3, 5]);
    }
  });

  it('handles CRLF, lone CR and a missing final line break', () => {
    for (const size of CHUNK_SIZES) {
      expect(tokenize('a,b\r\n1,2\r\n3,4', size).rows).toEqual([
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ]);
      const cr = tokenize('a,b\r1,2\r3,"x\r\ny"\r', size);
      expect(cr.rows).toEqual([
        ['a', 'b'],
        ['1', '2'],
        ['3', 'x\r\ny'],
      ]);
      expect(cr.lines).toEqual([1, 2, 3]);
    }
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(tokenize('a,,c,\n,,,\n').rows).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  it('reports blank lines instead of rows, and does not turn a final blank line into a row', () => {
    const r = tokenize('a,b\n1,2\n\n3,4\r\n\r\n\n');
    expect(r.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(r.blanks).toEqual([3, 5, 6]);
    expect(r.lines).toEqual([1, 2, 4]);
  });

  it('strips spaces after delimiters with skipInitialSpace, also before a quote', () => {
    const r = tokenize('39, State-gov, "a, b", ?\n', 4, { skipInitialSpace: true });
    expect(r.rows).toEqual([['39', 'State-gov', 'a, b', '?']]);
    expect(tokenize('39, State-gov\n').rows).toEqual([['39', ' State-gov']]);
  });

  it('skips leading physical lines, even with quotes in them', () => {
    for (const size of CHUNK_SIZES) {
      const r = tokenize('|1x3 "Cross validator\r\na,b\n1,2\n', size, { skipLines: 1 });
      expect(r.rows).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
      expect(r.lines).toEqual([2, 3]);
    }
  });

  it('uses other delimiters', () => {
    expect(tokenize('a;b|c\t"d;e"\n', 3, { delimiter: 0x3b }).rows).toEqual([['a', 'b|c\t"d', 'e"']]);
    expect(tokenize('a\tb c\t"d\te"\n', 3, { delimiter: 0x09 }).rows).toEqual([['a', 'b c', 'd\te']]);
    expect(tokenize('a|b\n', 3, { delimiter: 0x7c }).rows).toEqual([['a', 'b']]);
  });

  it('treats a quote inside an unquoted field as a literal character', () => {
    expect(tokenize('5" screen,x\n').rows).toEqual([['5" screen', 'x']]);
  });

  it('reports an unterminated quote at the line and column of the opening quote', () => {
    for (const size of [1, 4, Number.MAX_SAFE_INTEGER]) {
      const e = thrown(() => tokenize('a,b\n1,2\n3,"open\nmore\n', size));
      expect(e.messageId).toBe('csv.unterminatedQuote');
      expect(e.location).toEqual({ file: 'test.csv', line: 3, column: 3 });
      expect(e.message).toContain('line 3, column 3');
    }
  });

  it('counts columns in characters, not bytes', () => {
    const e = thrown(() => tokenize('Müller,"x\n'));
    expect(e.location.column).toBe(8);
  });

  it('rejects a character after a closing quote, or skips the record with skipBadRows', () => {
    const e = thrown(() => tokenize('a,b\n"x"y,2\n'));
    expect(e.messageId).toBe('csv.strayQuote');
    expect(e.location).toMatchObject({ line: 2, column: 4 });
    const r = tokenize('a,b\n"x"y,2\n3,4\n', 2, { skipBadRows: true });
    expect(r.rows).toEqual([
      ['a', 'b'],
      ['3', '4'],
    ]);
    expect(r.bad).toEqual([{ line: 2, reason: 'unexpected character after a closing quote at column 4' }]);
  });

  it('allows spaces after a closing quote', () => {
    expect(tokenize('"a" ,"b"  \n').rows).toEqual([['a', 'b']]);
  });

  it('fails on a field longer than maxFieldBytes, naming where it starts, without reading everything', () => {
    const big = `a,b\n1,"${'x'.repeat(5000)}"\n`;
    for (const size of [7, 100, Number.MAX_SAFE_INTEGER]) {
      const e = thrown(() => tokenize(big, size, { maxFieldBytes: 1000 }));
      expect(e.messageId).toBe('csv.fieldTooLarge');
      expect(e.location).toMatchObject({ line: 2, column: 3 });
      expect(e.params.limit).toBe(1000);
    }
    expect(tokenize(big, 100, { maxFieldBytes: 5000 }).rows[1][1]).toHaveLength(5000);
  });

  it('gives the same records for every chunk size on a larger mixed input, also across big-chunk bridges', () => {
    const parts: string[] = ['id,text,n\r\n'];
    for (let i = 0; i < 3000; i++) {
      const text =
        i % 7 === 0 ? `"quoted ""${i}"",\nwith break"` : i % 5 === 0 ? `"${'long '.repeat(i % 300)}"` : `plain${i}`;
      parts.push(`${i},${text},${i * 1.5}${i % 3 === 0 ? '\r\n' : '\n'}`);
    }
    const text = parts.join('');
    const whole = tokenize(text);
    expect(whole.rows).toHaveLength(3001);
    expect(whole.rows[1]).toEqual(['0', 'quoted "0",\nwith break', '0']);
    // line numbers account for the quoted line breaks
    expect(whole.lines[2]).toBe(4);
    for (const size of [1, 13, 4096, 140_000, 150_001]) {
      const r = tokenize(text, size);
      expect(r.rows).toEqual(whole.rows);
      expect(r.lines).toEqual(whole.lines);
    }
  });

  it('crosses a big-chunk bridge with a record longer than the bridge', () => {
    const long = 'y'.repeat(100_000);
    const text = `a,b\n${'1,2\n'.repeat(40_000)}"${long}\n${long}",z\n3,4\n`;
    const r = tokenize(text, 160_003);
    expect(r.rows).toHaveLength(40_003);
    expect(r.rows[40_001]).toEqual([`${long}\n${long}`, 'z']);
    expect(r.rows[40_002]).toEqual(['3', '4']);
    expect(r.lines[40_002]).toBe(40_004);
  });

  it('tells the position after the data fed so far', () => {
    const t = createCsvTokenizer({ file: 'p.csv', delimiter: 0x2c }, { row() {}, blank() {}, bad() {} });
    t.feed(Buffer.from('a,b\nxä,'));
    expect(t.position()).toEqual({ line: 2, column: 4 });
  });

  it('rejects a delimiter that cannot work', () => {
    expect(() => createCsvTokenizer({ file: 'x', delimiter: 0x22 }, { row() {}, blank() {}, bad() {} })).toThrow(
      /delimiter/,
    );
  });
});
