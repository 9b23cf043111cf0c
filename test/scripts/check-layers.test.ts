import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers } from '../../scripts/check-layers.mjs';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'leitwerk-layers-'));
  const src = join(root, 'src');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(src, path, '..'), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return src;
}

describe('check-layers', () => {
  it('passes on the real source tree', () => {
    expect(checkLayers(resolve('src'))).toEqual([]);
  });

  it('accepts imports that point down and within a folder', () => {
    const src = tree({
      'util/errors.ts': 'export const x = 1;\n',
      'data/table.ts': "import { x } from '../util/errors.js';\nimport { y } from './column.js';\n",
      'data/column.ts': 'export const y = 2;\n',
      'cli/main.ts': "import { z } from '../quality/profile.js';\n",
      'quality/profile.ts': "export { y as z } from '../data/column.js';\n",
    });
    expect(checkLayers(src)).toEqual([]);
  });

  it('fails on an import that points up, sideways, into the root, or on an unknown folder', () => {
    const src = tree({
      'data/table.ts': "import { run } from '../cli/main.js';\n",
      'quality/a.ts': "import type { B } from '../features/b.js';\n",
      'features/b.ts': "import { all } from '../index.js';\n",
      'gadgets/c.ts': 'export {};\n',
      'cli/main.ts': 'export const run = 1;\n',
      'index.ts': 'export const all = 1;\n',
    });
    const problems = checkLayers(src).join('\n');
    expect(problems).toMatch(/src\/data \(layer 1\) imports \.\.\/cli\/main\.js from src\/cli\/ \(layer 8\)/);
    expect(problems).toMatch(/src\/quality \(layer 2\) imports \.\.\/features\/b\.js from src\/features\/ \(layer 2\)/);
    expect(problems).toMatch(/imports \.\.\/index\.js \(the root entry point\)/);
    expect(problems).toMatch(/folder src\/gadgets\/ is not in the layer table/);
  });
});
