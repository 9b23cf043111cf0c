import { describe, expect, it } from 'vitest';
import { padEnd, padStart, painter, truncate, visibleLength, wrap } from '../../src/report/terminal-text.js';

describe('terminal-text', () => {
  it('measures, truncates and pads by code points', () => {
    expect(visibleLength('Größe ± 0,0031')).toBe(14);
    expect(truncate('random_forest#4', 6)).toBe('rando…');
    expect(truncate('a\tb\nc', 10)).toBe('a b c');
    expect(padEnd('ab', 4)).toBe('ab  ');
    expect(padStart('±1', 4)).toBe('  ±1');
  });

  it('wraps at spaces and truncates a word longer than the width', () => {
    expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrap('abcdefghij x', 5)).toEqual(['abcd…', 'x']);
  });

  it('paints only when colour is on', () => {
    expect(painter(false)('red', 'x')).toBe('x');
    expect(painter(true)('red', 'x')).toBe('\u001b[31mx\u001b[39m');
  });
});
