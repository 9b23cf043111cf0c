import { describe, expect, it } from 'vitest';
import type { CategoryColumn, NumberColumn } from '../../../src/data/column.js';
import { createColumnBuilder } from '../../../src/data/infer/column-builder.js';
import { parseNumberBytes, parseNumberString } from '../../../src/data/infer/parse-number.js';
import { DataError } from '../../../src/util/errors.js';

const enc = new TextEncoder();
const dec = new TextDecoder();
const decode = (b: Uint8Array, s: number, e: number) => dec.decode(b.subarray(s, e));

function build(tokens: string[], name = 'c', viaBytes = false) {
  const b = createColumnBuilder(name);
  for (const t of tokens) {
    if (viaBytes) {
      const bytes = enc.encode(t);
      b.pushBytes(bytes, 0, bytes.length, decode);
    } else b.pushToken(t);
  }
  return b.finish();
}

describe('parseNumber', () => {
  it('parses like Number() for ordinary numbers, correctly rounded', () => {
    for (const s of [
      '0',
      '-0',
      '42',
      '3.14159',
      '1e3',
      '-2.5E-3',
      '.5',
      '7.',
      '0.1',
      '123456789012345',
      '1.7976931348623157e308',
      '4.35',
      '-2419.0254183486104',
      '-0.12345678901234567',
    ]) {
      expect(parseNumberString(s)).toBe(Number(s));
      const b = enc.encode(` ${s} `);
      expect(parseNumberBytes(b, 0, b.length)).toBe(Number(s));
    }
  });
  it('rejects codes and non-numbers', () => {
    for (const s of ['', '-', '+5', '1,5', '0049', 'abc', '1e', '12a', '1234567890123456', 'Infinity', '0x10']) {
      expect(parseNumberString(s)).toBeNaN();
    }
  });
});

describe('column builder', () => {
  it('infers integers and numbers, with missing tokens and blank cells', () => {
    const c = build(['29.85', ' ', '1889.5', 'NA', '?']) as NumberColumn;
    expect(c.type).toBe('numeric');
    expect([...c.values].map((v) => (Number.isNaN(v) ? null : v))).toEqual([29.85, null, 1889.5, null, null]);
    expect(c.info.blankCells).toBe(1);
    expect(c.info.missingTokens).toEqual({ NA: 1, '?': 1 });
    expect((build(['1', '2', '3']) as NumberColumn).type).toBe('integer');
  });

  it('gives the same result through bytes and through strings', () => {
    const tokens = ['a', 'b', 'a', '', 'c', 'b', 'ä', 'ä'];
    const viaStrings = build(tokens) as CategoryColumn;
    const viaBytes = build(tokens, 'c', true) as CategoryColumn;
    expect(viaBytes.type).toBe('categorical');
    expect(viaBytes.dictionary).toEqual(viaStrings.dictionary);
    expect([...viaBytes.codes]).toEqual([...viaStrings.codes]);
    expect([...viaBytes.codes]).toEqual([0, 1, 0, -1, 2, 1, 3, 3]);
  });

  it('records a few non-numbers in a numeric column as mixed types', () => {
    const tokens = Array.from({ length: 500 }, (_, i) => String(i));
    tokens[17] = 'abc';
    const c = build(tokens) as NumberColumn;
    expect(c.storage).toBe('number');
    expect(c.info.invalidCount).toBe(1);
    expect(c.info.invalidExamples).toEqual([{ row: 17, value: 'abc' }]);
    expect(c.values[17]).toBeNaN();
  });

  it('switches to text when many cells are not numbers, restoring their text', () => {
    const tokens = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? `x${i}` : String(i % 5)));
    const c = build(tokens) as CategoryColumn;
    expect(c.storage).toBe('category');
    const texts = [...c.codes].map((k) => c.dictionary[k]);
    expect(texts).toEqual(tokens);
  });

  it('keeps codes with leading zeros as text (zip codes)', () => {
    const c = build(['10115', '01067', '80331']) as CategoryColumn;
    expect(c.storage).toBe('category');
    expect([...c.codes].map((k) => c.dictionary[k])).toEqual(['10115', '01067', '80331']);
  });

  it('reads decimal commas, booleans and dates', () => {
    const n = build(['1.234,5', '3,75', '-2']) as NumberColumn;
    expect(n.type).toBe('numeric');
    expect([...n.values]).toEqual([1234.5, 3.75, -2]);
    expect(build(['true', 'FALSE', '']).type).toBe('boolean');
    const d = build(['31.12.2021', '01.02.2020 13:45', '']);
    expect(d.type).toBe('datetime');
    expect(d.storage === 'datetime' && [...d.values].slice(0, 2)).toEqual([
      Date.UTC(2021, 11, 31),
      Date.UTC(2020, 1, 1, 13, 45),
    ]);
  });

  it('tells ids and free text from categories', () => {
    const ids = build(Array.from({ length: 100 }, (_, i) => `C-${1000 + i}`));
    expect(ids.type).toBe('id');
    const text = build(Array.from({ length: 40 }, (_, i) => `Please call me back tomorrow about offer number ${i}`));
    expect(text.type).toBe('text');
    expect(build(['married', 'single', 'married', 'divorced']).type).toBe('categorical');
  });

  it('takes typed values', () => {
    const b = createColumnBuilder('t');
    b.pushValue(new Date(Date.UTC(2011, 11, 9, 12, 50)));
    b.pushValue(null);
    const c = b.finish();
    expect(c.type).toBe('datetime');
    expect(c.storage === 'datetime' && c.values[0]).toBe(Date.UTC(2011, 11, 9, 12, 50));
  });

  it('converts to a declared type or says which cell breaks it', () => {
    const b = createColumnBuilder('zip', { declaredType: 'categorical' });
    for (const t of ['10115', '80331']) b.pushToken(t);
    expect(b.finish().type).toBe('categorical');
    const bad = createColumnBuilder('age', { declaredType: 'integer', source: 'crm.csv' });
    for (const t of ['31', 'forty']) bad.pushToken(t);
    expect(() => bad.finish()).toThrow(DataError);
    const again = createColumnBuilder('age', { declaredType: 'integer', source: 'crm.csv' });
    for (const t of ['31', 'forty']) again.pushToken(t);
    expect(() => again.finish()).toThrow(/row 2: "forty"/);
  });
});
