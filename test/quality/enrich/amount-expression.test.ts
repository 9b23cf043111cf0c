import { describe, expect, it } from 'vitest';
import { createTable } from '../../../src/data/table.js';
import { evaluateAmount, parseAmountExpression } from '../../../src/quality/enrich/amount-expression.js';
import { NotFoundError, ValidationError } from '../../../src/util/errors.js';
import { cat, num } from '../clean/build-table.js';

const t = createTable([
  num('Quantity', [2, -1, 3, null]),
  num('UnitPrice', [1.5, 4, 0, 2]),
  num('Unit Price', [1, 1, 1, 1]),
  cat('Description', ['a', 'b', 'c', 'd']),
]);

function reasonOf(text: string): string {
  try {
    parseAmountExpression(text);
  } catch (e) {
    if (e instanceof ValidationError && e.messageId === 'enrich.expression') return String(e.params.reason);
    throw e;
  }
  throw new Error(`expected ${text} to be refused`);
}

describe('amount expressions', () => {
  it('evaluates + - * / with precedence, unary minus and parentheses', () => {
    expect(Array.from(evaluateAmount(t, 'Quantity*UnitPrice'))).toEqual([3, -4, 0, Number.NaN]);
    expect(Array.from(evaluateAmount(t, '1 + 2 * 3 - 4 / 2'))).toEqual([5, 5, 5, 5]);
    expect(Array.from(evaluateAmount(t, '(1 + 2) * -Quantity'))).toEqual([-6, 3, -9, Number.NaN]);
    expect(Array.from(evaluateAmount(t, '2 - -3 + .5e1'))).toEqual([10, 10, 10, 10]);
    expect(Array.from(evaluateAmount(t, '"Unit Price" * `Quantity`'))).toEqual([2, -1, 3, Number.NaN]);
    expect(Array.from(evaluateAmount(t, 'Quantity / UnitPrice'))).toEqual([2 / 1.5, -0.25, Number.NaN, Number.NaN]);
    expect(parseAmountExpression('Quantity*UnitPrice+Quantity').columns).toEqual(['Quantity', 'UnitPrice']);
  });

  it('refuses anything but arithmetic, saying where', () => {
    expect(reasonOf('Quantity*')).toBe('a column name or a number is missing at the end');
    expect(reasonOf('(Quantity*UnitPrice')).toBe('a closing parenthesis is missing at the end');
    expect(reasonOf('Quantity UnitPrice')).toBe('unexpected name "UnitPrice" at position 10');
    expect(reasonOf('process.exit(1)')).toBe('unexpected "(" at position 13');
    expect(reasonOf('Quantity ** 2')).toBe('unexpected "*" at position 11');
    expect(reasonOf('a; b')).toMatch(/^unexpected character ";" at position 2/);
    expect(reasonOf('')).toBe('it is empty');
    expect(reasonOf('"Unit Price')).toBe('the quoted column name at position 1 is never closed');
    expect(reasonOf(`${'('.repeat(100)}1${')'.repeat(100)}`)).toBe('it is nested too deeply');
  });

  it('refuses unknown and non-numeric columns', () => {
    expect(() => evaluateAmount(t, 'Qty*UnitPrice')).toThrow(NotFoundError);
    expect(() => evaluateAmount(t, 'Description*2')).toThrow(/column Description holds text values, not numbers/);
  });
});
