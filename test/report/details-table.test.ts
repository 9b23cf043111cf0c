import { describe, expect, it } from 'vitest';
import { detailsHtml, formatDetailValue } from '../../src/report/details-table.js';

describe('detailsHtml', () => {
  it('renders an array of objects as a table with the union of keys', () => {
    const out = detailsHtml(
      [
        { group: 'A', rows: 1200, rate: 0.3125 },
        { group: '<B>', rows: 3, extra: true },
      ],
      'de',
    ).toString();
    expect(out.match(/<th[ >]/g)).toHaveLength(4);
    expect(out).toContain('<th class="num">rows</th>');
    expect(out).toContain('<td class="num">1.200</td>');
    expect(out).toContain('<td class="num">0,313</td>');
    expect(out).toContain('&lt;B&gt;');
    expect(out).toContain('<td>–</td>'); // key missing in one row
    expect(out).not.toContain('<B>');
  });

  it('renders an object as key/value rows and nests arrays of objects as tables', () => {
    const out = detailsHtml({ gap: 0.14, groups: [{ g: 'x', n: 1 }], variants: ['Yes', 'YES'] }, 'en').toString();
    expect(out).toContain('<th>gap</th><td class="num">0.14</td>');
    expect(out).toContain('<th>variants</th><td>Yes, YES</td>');
    expect(out).toContain('<h4>groups</h4>');
  });

  it('cuts long lists at 100 rows with a note', () => {
    const out = detailsHtml(
      Array.from({ length: 130 }, (_, i) => ({ i })),
      'en',
    ).toString();
    expect(out.match(/<tr>/g)).toHaveLength(101); // header + 100
    expect(out).toContain('… 30');
  });

  it('formats scalars', () => {
    expect(formatDetailValue(null, 'en')).toBe('–');
    expect(formatDetailValue({ a: 1 }, 'en')).toBe('{"a":1}');
    expect(detailsHtml('plain <text>', 'en').toString()).toBe('<p>plain &lt;text&gt;</p>');
  });
});
