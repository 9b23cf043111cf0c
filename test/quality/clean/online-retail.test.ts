/**
 * Cleaning the real Online Retail data (examples/data/online-retail, see its SOURCE.md): 5,268 exact duplicate
 * rows. The count is checked against an independent computation (rows joined as text).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { textAt } from '../../../src/data/column.js';
import { readParquet } from '../../../src/data/parquet/read-parquet.js';
import type { Table } from '../../../src/data/table.js';
import { applyRecipe } from '../../../src/quality/clean/apply-recipe.js';
import type { Recipe } from '../../../src/quality/clean/recipe.js';

let raw: Table;
beforeAll(async () => {
  raw = await readParquet('examples/data/online-retail/online_retail.parquet');
});

const recipe: Recipe = {
  kind: 'leitwerk.recipe',
  formatVersion: 1,
  steps: [
    { kind: 'drop-duplicate-rows' },
    { kind: 'to-missing', column: 'Description', values: ['Unknown'] },
    { kind: 'drop-rows-missing', column: 'CustomerID' },
  ],
};

describe('recipe on Online Retail', () => {
  it('drops the 5,268 duplicate rows when fitting, and none on replay', () => {
    const seen = new Set<string>();
    let duplicates = 0;
    let unknownKept = 0;
    const description = raw.columns.findIndex((c) => c.name === 'Description');
    for (let r = 0; r < raw.rowCount; r++) {
      const texts = raw.columns.map((c) => textAt(c, r));
      const key = texts.join('\u0000');
      if (seen.has(key)) duplicates++;
      else {
        seen.add(key);
        if (texts[description] === 'Unknown') unknownKept++;
      }
    }
    expect(duplicates).toBe(5_268); // SOURCE.md

    const fit = applyRecipe(raw, recipe, { mode: 'fit' });
    expect(fit.log[0].rowsRemoved).toBe(duplicates);
    // the "Unknown" placeholders of this copy (SOURCE.md) become missing again, on the rows that were kept
    expect(fit.log[1].cellsMadeMissing).toBe(unknownKept);
    expect(fit.rowsAfter).toBe(raw.rowCount - duplicates - fit.log[2].rowsRemoved);

    const replay = applyRecipe(raw, recipe, { mode: 'replay' });
    expect(replay.rowsAfter).toBe(raw.rowCount);
    expect(replay.log[1].cellsMadeMissing).toBe(1_454);
  });
});
