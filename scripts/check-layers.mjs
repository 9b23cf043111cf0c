#!/usr/bin/env node
// Fails (exit 1) on an import that points up the layers of STYLE.md, or sideways into another folder of the
// same layer. A folder imports only from lower layers or from itself; nothing imports jobs/, serve/, cli/.
// Usage: node scripts/check-layers.mjs [srcDir]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const LAYERS = {
  util: 0,
  data: 1,
  quality: 2,
  features: 2,
  learners: 3,
  bandits: 3,
  evaluation: 4,
  segments: 4,
  explain: 5,
  fairness: 5,
  tuning: 5,
  // the train workflow composes the L5 concept folders (tuning, explain, fairness): one step above them
  automl: 5.5,
  store: 6,
  guard: 6,
  monitor: 6,
  report: 6,
  jobs: 7,
  serve: 8,
  cli: 8,
};
const ROOT_LAYER = 9; // src/index.ts and other files directly in src/

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function folderOf(src, file) {
  const rel = relative(src, file).split(sep);
  return rel.length === 1 ? null : rel[0];
}

export function checkLayers(src) {
  const problems = [];
  for (const file of walk(src)) {
    const from = folderOf(src, file);
    if (from !== null && !(from in LAYERS)) {
      problems.push(
        `${relative(process.cwd(), file)}: folder src/${from}/ is not in the layer table of scripts/check-layers.mjs`,
      );
      continue;
    }
    const fromLayer = from === null ? ROOT_LAYER : LAYERS[from];
    const text = readFileSync(file, 'utf8');
    const re = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(src + sep)) {
        problems.push(`${relative(process.cwd(), file)}: imports ${spec}, outside src/`);
        continue;
      }
      const to = folderOf(src, target);
      if (to === from) continue;
      const line = text.slice(0, m.index).split('\n').length + (text[m.index] === '\n' ? 1 : 0);
      if (to === null) {
        problems.push(
          `${relative(process.cwd(), file)}:${line}: imports ${spec} (the root entry point) — only the root may import it`,
        );
        continue;
      }
      const toLayer = LAYERS[to];
      if (toLayer === undefined) continue; // reported for the folder itself
      if (toLayer >= fromLayer) {
        problems.push(
          `${relative(process.cwd(), file)}:${line}: src/${from ?? ''} (layer ${fromLayer}) imports ${spec} from src/${to}/ (layer ${toLayer}); imports must point down the layers`,
        );
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const src = resolve(process.argv[2] ?? 'src');
  const problems = checkLayers(src);
  if (problems.length > 0) {
    console.error(`Layer check failed (${problems.length}):\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log('Layer check passed: every import points down the layers.');
}
