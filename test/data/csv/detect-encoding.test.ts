import { describe, expect, it } from 'vitest';
import {
  checkBinary,
  detectEncoding,
  knownBinaryKind,
  looksLikeWindows1252,
} from '../../../src/data/csv/detect-encoding.js';
import {
  completeUtf8Length,
  createUtf16Converter,
  createUtf8Validator,
  decoderFor,
  findInvalidUtf8,
  locateOffset,
} from '../../../src/data/csv/text-decoding.js';
import { DataError } from '../../../src/util/errors.js';

const cp1252 = (s: string): Buffer =>
  Buffer.from([...s].map((ch) => (ch === '€' ? 0x80 : ch === '„' ? 0x84 : ch === '“' ? 0x93 : ch.charCodeAt(0))));

function thrown(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('detectEncoding', () => {
  it('reads plain UTF-8 without notes and validates later chunks', () => {
    const d = detectEncoding(Buffer.from('name,city\nMüller,Köln\n'), 'a.csv');
    expect(d).toMatchObject({ encoding: 'utf-8', bomLength: 0, validateUtf8: true });
    expect(d.notes).toEqual([]);
  });

  it('strips a UTF-8 BOM with a note', () => {
    const d = detectEncoding(Buffer.from('\ufeffa,b\n1,2\n'), 'a.csv');
    expect(d.bomLength).toBe(3);
    expect(d.notes).toEqual(['UTF-8 byte order mark removed']);
  });

  it('recognises UTF-16 LE and BE byte order marks', () => {
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0]), 'u.csv')).toMatchObject({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x61]), 'u.csv')).toMatchObject({
      encoding: 'utf-16be',
      bomLength: 2,
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 but look like it', () => {
    const bytes = cp1252('name,price\nMüller,5 €\n„quoted“,3\n');
    const d = detectEncoding(bytes, 'w.csv', 'auto', true);
    expect(d.encoding).toBe('windows-1252');
    expect(d.validateUtf8).toBe(false);
    expect(d.notes[0]).toContain('windows-1252');
    expect(d.notes[0]).toContain('line 2, column 2');
    expect(decoderFor('windows-1252')(bytes, 11, bytes.length)).toBe('Müller,5 €\n„quoted“,3\n');
  });

  it('rejects bytes that are neither UTF-8 nor Windows-1252, with line and column', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\nxy,'), Buffer.from([0x81, 0xfc]), Buffer.from('\n')]);
    const e = thrown(() => detectEncoding(bytes, 'bad.csv', 'auto', true));
    expect(e.messageId).toBe('file.invalidUtf8');
    expect(e.location).toEqual({ file: 'bad.csv', line: 2, column: 4 });
    expect(e.message).toContain('0x81');
  });

  it('with encoding utf-8, invalid bytes are an error even when they would be Windows-1252', () => {
    const e = thrown(() => detectEncoding(cp1252('a\nMüller\n'), 'x.csv', 'utf-8', true));
    expect(e.messageId).toBe('file.invalidUtf8');
    expect(e.location).toMatchObject({ line: 2, column: 2 });
  });

  it('honours an explicit single-byte encoding', () => {
    const d = detectEncoding(cp1252('a\nMüller\n'), 'x.csv', 'latin1', true);
    expect(d).toMatchObject({ encoding: 'latin1', validateUtf8: false });
    expect(() => detectEncoding(Buffer.from('a'), 'x.csv', 'ebcdic' as never)).toThrow(/encoding/);
  });

  it('does not mistake a multi-byte character cut at the sample end for invalid UTF-8', () => {
    const bytes = Buffer.from('a,b\nMü');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1), 'x.csv', 'auto', false).encoding).toBe('utf-8');
  });
});

describe('checkBinary', () => {
  it('rejects NUL bytes and names known formats', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const e = thrown(() => checkBinary(png, 'logo.csv'));
    expect(e.messageId).toBe('file.binary');
    expect(e.message).toContain('logo.csv');
    expect(e.message).toContain('PNG image');
    expect(e.message).toContain('byte 8');
  });
  it('rejects many control characters', () => {
    const bytes = Buffer.alloc(1000, 0x41);
    for (let i = 0; i < 100; i++) bytes[i * 10] = 0x01;
    expect(() => checkBinary(bytes, 'x.bin')).toThrow(/control characters/);
  });
  it('accepts text with tabs, form feeds and line ends', () => {
    expect(() => checkBinary(Buffer.from('a\tb\r\nc\fd\n'), 'x.csv')).not.toThrow();
  });
  it('knows zip (xlsx) and parquet magic', () => {
    expect(knownBinaryKind(Buffer.from('PK\x03\x04', 'latin1'))).toMatch(/xlsx/);
    expect(knownBinaryKind(Buffer.from('PAR1'))).toBe('Parquet file');
    expect(knownBinaryKind(Buffer.from('a,b'))).toBeNull();
  });
});

describe('text decoding helpers', () => {
  it('looksLikeWindows1252 rejects undefined bytes and C0 controls', () => {
    expect(looksLikeWindows1252(cp1252('Müller €'))).toBe(true);
    expect(looksLikeWindows1252(Buffer.from([0x41, 0x8d]))).toBe(false);
    expect(looksLikeWindows1252(Buffer.from([0x41, 0x02]))).toBe(false);
  });

  it('latin1 and windows-1252 differ in 0x80-0x9F', () => {
    const b = Buffer.from([0x80, 0x20, 0xe9]);
    expect(decoderFor('latin1')(b, 0, 3)).toBe('\u0080 é');
    expect(decoderFor('windows-1252')(b, 0, 3)).toBe('€ é');
    expect(decoderFor('utf-8')(Buffer.from('€'), 0, 3)).toBe('€');
  });

  it('findInvalidUtf8 agrees with the definition of UTF-8', () => {
    expect(findInvalidUtf8(Buffer.from('aä€😀'), 0, 10)).toBe(-1);
    expect(findInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]), 0, 3)).toBe(1); // overlong
    expect(findInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]), 0, 3)).toBe(0); // surrogate
    expect(findInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0, 4)).toBe(0); // > U+10FFFF
    expect(findInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]), 0, 4)).toBe(2); // truncated
    expect(findInvalidUtf8(Buffer.from([0x80]), 0, 1)).toBe(0); // lone continuation
  });

  it('completeUtf8Length drops only a cut sequence at the end', () => {
    expect(completeUtf8Length(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(completeUtf8Length(Buffer.from('a€'))).toBe(4);
  });

  it('the streaming validator accepts characters split across chunks and reports bad bytes', () => {
    const euro = Buffer.from('x€y');
    for (let cut = 0; cut <= euro.length; cut++) {
      const v = createUtf8Validator();
      expect(v.check(euro.subarray(0, cut))).toBe(-1);
      expect(v.check(euro.subarray(cut))).toBe(-1);
      expect(v.end()).toBe(-1);
    }
    const v = createUtf8Validator();
    expect(v.check(Buffer.from([0x61, 0x62, 0xe2]))).toBe(-1);
    expect(v.check(Buffer.from([0x41]))).toBe(0);
    const w = createUtf8Validator();
    expect(w.check(Buffer.from('abc\ndef\xfc', 'latin1'))).toBe(7);
    const cut = createUtf8Validator();
    cut.check(Buffer.from([0x61, 0xe2, 0x82]));
    expect(cut.end()).toBe(0xe2);
  });

  it('locateOffset counts LF, CRLF and CR line ends and characters', () => {
    const b = Buffer.from('ab\r\ncd\ref\nü1');
    expect(locateOffset(b, 0, b.length, 1, 1, true)).toEqual({ line: 4, column: 3 });
    expect(locateOffset(b, 0, 1, 5, 7, true)).toEqual({ line: 5, column: 8 });
  });

  it('converts UTF-16 LE split at odd offsets', () => {
    const bytes = Buffer.from('a,b\nMü,€\n', 'utf16le');
    const c = createUtf16Converter('utf-16le');
    const out = Buffer.concat([c.push(bytes.subarray(0, 5)), c.push(bytes.subarray(5)), c.end()]);
    expect(out.toString('utf8')).toBe('a,b\nMü,€\n');
  });
});
