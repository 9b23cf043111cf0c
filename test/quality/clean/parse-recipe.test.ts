import { describe, expect, it } from 'vitest';
import { parseRecipe, serializeRecipe } from '../../../src/quality/clean/parse-recipe.js';
import { type Recipe, STEP_KINDS } from '../../../src/quality/clean/recipe.js';
import { DataError } from '../../../src/util/errors.js';

const full: Recipe = {
  kind: 'leitwerk.recipe',
  formatVersion: 1,
  source: { name: 'bank.csv', rows: 3, columns: [{ name: 'job', type: 'categorical' }] },
  note: 'made by hand',
  steps: [
    { kind: 'drop-duplicate-rows', reason: 'duplicate-rows: 2 rows' },
    { kind: 'drop-duplicate-rows', columns: ['a', 'b'] },
    { kind: 'drop-rows-missing', column: 'y' },
    { kind: 'to-missing', column: 'job', values: ['unknown', 999] },
    {
      kind: 'normalise-categories',
      column: 'g',
      mapping: { m: 'M', __proto__: 'x' } as never,
      trim: true,
      case: 'lower',
    },
    { kind: 'parse-numbers', column: 'price', decimalComma: true },
    { kind: 'parse-dates', column: 'd', format: 'DD.MM.YYYY' },
    { kind: 'drop-columns', columns: ['id'] },
    { kind: 'rename-columns', mapping: { y: 'target' } },
    { kind: 'pseudonymise', columns: ['email', 'phone'], normalise: 'none' },
  ],
};

function errorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

function recipeWith(step: unknown): string {
  return JSON.stringify({ kind: 'leitwerk.recipe', formatVersion: 1, steps: [{ kind: 'drop-duplicate-rows' }, step] });
}

describe('parseRecipe / serializeRecipe', () => {
  it('round-trips every step kind through JSON exactly', () => {
    expect(new Set(full.steps.map((s) => s.kind))).toEqual(new Set(STEP_KINDS));
    const text = serializeRecipe(full);
    const back = parseRecipe(text, 'r.json');
    expect(serializeRecipe(back)).toBe(text);
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(text));
    expect(back.steps[3]).toEqual({ kind: 'to-missing', column: 'job', values: ['unknown', 999] });
  });

  it('keeps a "__proto__" mapping key as data', () => {
    const text =
      '{"kind":"leitwerk.recipe","formatVersion":1,"steps":[{"kind":"rename-columns","mapping":{"__proto__":"p"}}]}';
    const r = parseRecipe(text);
    const step = r.steps[0];
    expect(step.kind === 'rename-columns' && Object.keys(step.mapping)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(step.kind === 'rename-columns' ? step.mapping : null)).toBe(Object.prototype);
  });

  it('writes canonical key order whatever order the object had', () => {
    const shuffled = {
      steps: [{ values: ['x'], column: 'c', kind: 'to-missing' }],
      formatVersion: 1,
      kind: 'leitwerk.recipe',
    };
    const text = serializeRecipe(parseRecipe(shuffled));
    expect(text.indexOf('"kind": "to-missing"')).toBeLessThan(text.indexOf('"column"'));
    expect(text.indexOf('"column"')).toBeLessThan(text.indexOf('"values"'));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('rejects an unknown step kind with the step number and the known kinds', () => {
    const e = errorOf(() => parseRecipe(recipeWith({ kind: 'drop-outliers', column: 'x' }), 'r.json'));
    expect(e.messageId).toBe('recipe.unknownStep');
    expect(e.params.index).toBe(2);
    expect(e.params.got).toBe('"drop-outliers"');
    expect(String(e.params.expected)).toContain('drop-duplicate-rows');
    expect(String(e.params.expected)).toContain('pseudonymise');
    expect(e.location.file).toBe('r.json');
  });

  it('rejects another format version', () => {
    const e = errorOf(() => parseRecipe({ kind: 'leitwerk.recipe', formatVersion: 2, steps: [] }, 'r.json'));
    expect(e.messageId).toBe('recipe.formatVersion');
    expect(e.params.got).toBe('number 2');
    expect(e.params.expected).toBe(1);
  });

  it('names the path of a missing, mistyped or unknown field', () => {
    const missing = errorOf(() => parseRecipe(recipeWith({ kind: 'to-missing', column: 'job' })));
    expect(missing.messageId).toBe('recipe.invalid');
    expect(missing.params.reason).toMatch(
      /^steps\[1\]\.values: expected a value \(the field is required\), got nothing$/,
    );

    const badType = errorOf(() => parseRecipe(recipeWith({ kind: 'to-missing', column: 7, values: ['x'] })));
    expect(badType.params.reason).toBe('steps[1].column: expected a non-empty string, got number 7');

    const badValue = errorOf(() => parseRecipe(recipeWith({ kind: 'to-missing', column: 'a', values: ['x', null] })));
    expect(badValue.params.reason).toBe('steps[1].values[1]: expected a string or a finite number, got null');

    const typo = errorOf(() => parseRecipe(recipeWith({ kind: 'drop-rows-missing', colum: 'y' })));
    expect(typo.params.reason).toMatch(/^steps\[1\]\.colum: unknown field; expected one of kind, column, reason$/);

    const badEnum = errorOf(() =>
      parseRecipe(recipeWith({ kind: 'normalise-categories', column: 'a', mapping: {}, case: 'title' })),
    );
    expect(badEnum.params.reason).toBe('steps[1].case: expected one of "lower", "upper", got "title"');

    const badMap = errorOf(() =>
      parseRecipe(recipeWith({ kind: 'normalise-categories', column: 'a', mapping: { x: 1 } })),
    );
    expect(badMap.params.reason).toBe('steps[1].mapping["x"]: expected a string, got number 1');

    const badFormat = errorOf(() => parseRecipe(recipeWith({ kind: 'parse-dates', column: 'd', format: 'DD.MM.YY' })));
    expect(badFormat.params.reason).toMatch(/^steps\[1\]\.format: unknown letters "YY"/);

    const noSteps = errorOf(() => parseRecipe({ kind: 'leitwerk.recipe', formatVersion: 1 }));
    expect(noSteps.params.reason).toBe('steps: expected an array of steps, got nothing');

    const wrongKind = errorOf(() => parseRecipe({ kind: 'recipe', formatVersion: 1, steps: [] }));
    expect(wrongKind.params.reason).toBe('kind: expected "leitwerk.recipe", got "recipe"');

    const notAStep = errorOf(() => parseRecipe(recipeWith('drop')));
    expect(notAStep.params.reason).toBe('steps[1]: expected an object with a kind, got "drop"');
  });

  it('reports JSON syntax errors with line and column', () => {
    const e = errorOf(() => parseRecipe('{\n  "kind": "leitwerk.recipe",\n  "steps": [,]\n}', 'r.json'));
    expect(e.messageId).toBe('json.syntax');
    expect(e.location.line).toBe(3);
    expect(e.location.column).toBe(13);
  });
});
