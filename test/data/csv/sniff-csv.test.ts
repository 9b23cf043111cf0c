import { describe, expect, it } from 'vitest';
import { detectHeader, sniffCsv } from '../../../src/data/csv/sniff-csv.js';

const MISSING = new Set(['NA', '?']);

describe('sniffCsv', () => {
  it('finds the delimiter among , ; tab |', () => {
    expect(sniffCsv('a,b,c\n1,2,3\n4,5,6\n', {}, true).dialect.delimiter).toBe(',');
    expect(sniffCsv('"age";"job"\n30;"admin."\n41;"blue-collar"\n', {}, true).dialect.delimiter).toBe(';');
    expect(sniffCsv('a\tb\tc\n1\t2, 3\t4\n5\t6\t7\n', {}, true).dialect.delimiter).toBe('\t');
    expect(sniffCsv('a|b\n1|x, y\n2|z\n', {}, true).dialect.delimiter).toBe('|');
  });

  it('notes the sniffed delimiter', () => {
    expect(sniffCsv('a;b\n1;2\n', {}, true).notes).toContain("delimiter ';' (sniffed)");
    expect(sniffCsv('a\tb\n1\t2\n', {}, true).notes).toContain('delimiter tab (sniffed)');
  });

  it('prefers ; over , when the numbers use a decimal comma', () => {
    const r = sniffCsv('Name;Preis\nTee;1,50\nKaffee;2,30\nWasser;0,99\n', {}, true);
    expect(r.dialect.delimiter).toBe(';');
    expect(r.records[1]).toEqual(['Tee', '1,50']);
  });

  it('respects quotes when counting fields', () => {
    const text = 'segment,history_segment,spend\nA,"6) $750 - $1,000",0\nB,"7) $1,000 +",29.99\nC,"1) $0 - $100",0\n';
    const r = sniffCsv(text, {}, true);
    expect(r.dialect.delimiter).toBe(',');
    expect(r.records[1]).toEqual(['A', '6) $750 - $1,000', '0']);
  });

  it('ignores a last record cut by the end of the sample', () => {
    const r = sniffCsv('a,b\n1,2\n3,"cut', {}, false);
    expect(r.records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('detects a header when the first row is text over numeric columns', () => {
    const r = sniffCsv('customerID,tenure,TotalCharges\n7590-VHVEG,1,29.85\n5575-GNVDE,34,1889.5\n', {}, true);
    expect(r.dialect.hasHeader).toBe(true);
  });

  it('detects no header when the first row holds numbers (UCI Adult), with spaces after delimiters', () => {
    const text =
      '39, State-gov, 77516, Bachelors\n50, Self-emp-not-inc, 83311, Bachelors\n38, Private, 215646, HS-grad\n';
    const r = sniffCsv(text, {}, true);
    expect(r.dialect).toMatchObject({ delimiter: ',', hasHeader: false, skipInitialSpace: true, skipLines: 0 });
    expect(r.records[0]).toEqual(['39', 'State-gov', '77516', 'Bachelors']);
    expect(r.notes).toContain('fields start with spaces after the delimiter; the leading spaces were removed');
  });

  it('skips a junk first line whose field count differs (adult.test)', () => {
    const text =
      '|1x3 Cross validator\n25, Private, 226802, 11th\n38, Private, 89814, HS-grad\n28, Local-gov, 336951, Assoc-acdm\n';
    const r = sniffCsv(text, {}, true);
    expect(r.dialect.skipLines).toBe(1);
    expect(r.dialect.hasHeader).toBe(false);
    expect(r.records[0]).toEqual(['25', 'Private', '226802', '11th']);
    expect(r.notes.some((n) => n.startsWith('skipped first line: junk') && n.includes('|1x3 Cross validator'))).toBe(
      true,
    );
  });

  it('does not skip a first line when the caller sets skipLines', () => {
    const text = 'title\na,b\n1,2\n3,4\n';
    expect(sniffCsv(text, { skipLines: 0 }, true).dialect.skipLines).toBe(0);
    const r = sniffCsv(text, { skipLines: 1 }, true);
    expect(r.dialect.skipLines).toBe(1);
    expect(r.records[0]).toEqual(['a', 'b']);
  });

  it("reads Excel's sep= line", () => {
    const r = sniffCsv('sep=;\r\na;b\r\n1;2\r\n', {}, true);
    expect(r.dialect).toMatchObject({ delimiter: ';', skipLines: 1, hasHeader: true });
  });

  it('falls back to one column when no delimiter splits the lines', () => {
    const r = sniffCsv('email\na@example.com\nb@example.com\n', {}, true);
    expect(r.dialect.delimiter).toBe(',');
    expect(r.notes).toContain('no delimiter found; read as one column');
  });

  it('lets options override every guess', () => {
    const r = sniffCsv('a;b\n1;2\n', { delimiter: ',', hasHeader: false, skipInitialSpace: true }, true);
    expect(r.dialect).toMatchObject({ delimiter: ',', hasHeader: false, skipInitialSpace: true });
    expect(r.notes).toEqual([]);
    expect(() => sniffCsv('a,b\n', { delimiter: ';;' }, true)).toThrow(/delimiter/);
  });
});

describe('detectHeader', () => {
  it('says header for text over numbers and dates', () => {
    expect(
      detectHeader(
        [
          ['id', 'when'],
          ['1', '2011-01-04 10:00'],
          ['2', '2011-01-05 11:00'],
        ],
        MISSING,
      ),
    ).toBe(true);
  });
  it('says no header when the first row has a number, date or missing token', () => {
    expect(
      detectHeader(
        [
          ['a', '1'],
          ['b', '2'],
        ],
        MISSING,
      ),
    ).toBe(false);
    expect(
      detectHeader(
        [
          ['x', '2020-01-01'],
          ['y', '2020-01-02'],
        ],
        MISSING,
      ),
    ).toBe(false);
    expect(
      detectHeader(
        [
          ['x', '?'],
          ['y', 'z'],
        ],
        MISSING,
      ),
    ).toBe(false);
  });
  it('in an all-text file, says header unless a first-row value recurs in its column', () => {
    expect(
      detectHeader(
        [
          ['label', 'message'],
          ['ham', 'Go until jurong'],
          ['spam', 'WINNER'],
        ],
        MISSING,
      ),
    ).toBe(true);
    expect(
      detectHeader(
        [
          ['ham', 'Go until jurong'],
          ['spam', 'WINNER'],
          ['ham', 'Ok lar'],
        ],
        MISSING,
      ),
    ).toBe(false);
  });
});
