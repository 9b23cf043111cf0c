import { describe, expect, it } from 'vitest';
import { lineColumnAt, locateJsonError } from '../../../src/data/json/locate-json-error.js';

describe('locateJsonError', () => {
  it('accepts valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, "x\\u00e9\\n", true, false, null]} ', '"s"', '0']) {
      expect(locateJsonError(text), text).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('finds the first error and says what was expected', () => {
    const cases: [string, number, string][] = [
      ['{"a": tru}', 6, 'invalid literal; expected true, false or null'],
      ['[1, 2,]', 6, "unexpected ']'; expected a value"],
      ['{"a" 1}', 5, "expected ':' after a property name, got '1'"],
      ['{"a": 1 "b": 2}', 8, "expected ',' or '}' after a property value, got '\"'"],
      ['{a: 1}', 1, "expected a double-quoted property name, got 'a'"],
      ['[01]', 2, "expected ',' or ']' after an array element, got '1'"],
      ['[1.]', 3, "invalid number; expected a digit after '.', got ']'"],
      ['["a\\x"]', 3, 'invalid escape sequence \\x'],
      ['["abc', 5, 'unterminated string'],
      ['[1] 2', 4, "unexpected '2' after the end of the value"],
      ['', 0, 'unexpected end of the input; expected a value'],
    ];
    for (const [text, offset, reason] of cases) {
      expect(locateJsonError(text), text).toEqual({ offset, reason });
      expect(() => JSON.parse(text), text).toThrow();
    }
  });

  it('converts offsets to 1-based lines and columns', () => {
    expect(lineColumnAt('ab\ncd\r\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd\r\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab\ncd\r\nef', 7)).toEqual({ line: 3, column: 1 });
  });
});
