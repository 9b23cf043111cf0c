#!/usr/bin/env node
/**
 * @module scripts/docs-examples
 * Regenerates the example outputs inside the Markdown files of `docs/`, so every output shown in the
 * documentation is what leitwerk really prints (`npm run docs:examples`; needs `npm run build` first).
 *
 * Convention: a fenced ```sh block immediately preceded by the line `<!-- example -->` is run, and the fenced
 * ```text block after it (created when absent) is replaced by what it printed — stdout and stderr in the order
 * written, plus a last line `exit code N` when N ≠ 0.
 *
 * - The block runs as a bash script (`set -eo pipefail`, so the first failing line ends it) with cwd = the
 *   repository root, `TZ=UTC`, `NO_COLOR=1`; `leitwerk` in it is `node bin/leitwerk.js`. Its first line is
 *   normally a `leitwerk …` command; lines before or after it may prepare input (`head`, `printf`) or show an
 *   output file (`head`, `cat`). Files go under /tmp/leitwerk-docs/, which is emptied before every run, and
 *   the Markdown files are processed in a fixed order (README, data, inspect, clean, enrich), blocks top to
 *   bottom, so a block may use a file an earlier block wrote.
 * - Attributes of the comment: `<!-- example head=40 -->` keeps the first 40 lines and adds a line `…`;
 *   `<!-- example json=rows,columns[0],findings[*].check -->` parses stdout as JSON and prints only these
 *   paths (see `selectPath`: dots, `[n]`, `[*]`, `[field=value]` for the first match, `{a|b}`, `{-a}`), as one object keyed by the path,
 *   with short arrays and objects on one line.
 * - The only change made to real output: the `checked in 1.4 s` of the inspect summary becomes
 *   `checked in … s` (re-wrapped at the same 100 columns), because the time differs from run to run.
 *   So running the script twice gives the same docs.
 *
 * Usage: `node scripts/docs-examples.mjs [--check] [docs/x.md …]`. `--check` writes nothing and exits 1
 * when a file would change.
 *
 * @example
 * ```sh
 * npm run build && npm run docs:examples
 * ```
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK_DIR = '/tmp/leitwerk-docs';
const ORDER = ['README.md', 'data.md', 'inspect.md', 'clean.md', 'enrich.md', 'train.md', 'explain.md', 'fairness.md'];
const MARKER = /^<!--\s*example\b(.*?)-->\s*$/;
const WIDTH = 100;

/** The attributes of an example comment: `head=40 json=a,b`. */
function parseAttributes(text, where) {
  const attributes = {};
  for (const part of text.trim().split(/\s+/).filter(Boolean)) {
    const m = /^(head|json)=(.+)$/.exec(part);
    if (!m) throw new Error(`${where}: unknown example attribute ${part} (expected head=N or json=paths)`);
    if (m[1] === 'head') {
      const n = Number(m[2]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${where}: head=${m[2]} is not a positive integer`);
      attributes.head = n;
    } else {
      attributes.json = m[2].split(',').filter(Boolean);
    }
  }
  return attributes;
}

/**
 * Select a path from a parsed JSON value: `rows`, `columns[0].numeric`, `columns[*].name` (every element),
 * `findings[check=pii&column=email]` (the first element whose fields equal these texts),
 * `columns[*].{name|type}` (only these fields of an object) and `{-notes}` (all fields but these).
 */
function selectPath(value, path, where) {
  const steps = [];
  for (const m of path.matchAll(/\[([^\]]*)\]|\{([^}]*)\}|([^.[\]{}]+)/g)) {
    if (m[1] !== undefined) {
      steps.push(/^\d+$/.test(m[1]) ? { key: m[1] } : { each: m[1] === '*' ? [] : filterOf(m[1]), text: m[1] });
    } else if (m[2] !== undefined) steps.push({ pick: m[2].split('|') });
    else steps.push({ key: m[3] });
  }
  function filterOf(text) {
    return text.split('&').map((condition) => {
      const at = condition.indexOf('=');
      if (at <= 0) throw new Error(`${where}: ${path}: [${text}] is neither an index, * nor field=value`);
      return [condition.slice(0, at), condition.slice(at + 1)];
    });
  }
  const walk = (v, i) => {
    if (i === steps.length) return v;
    const step = steps[i];
    if (step.each) {
      if (!Array.isArray(v)) throw new Error(`${where}: ${path}: [${step.text}] on something that is not an array`);
      if (step.each.length === 0) return v.map((x) => walk(x, i + 1));
      const found = v.find((x) =>
        step.each.every(([k, want]) => x !== null && typeof x === 'object' && String(x[k]) === want),
      );
      if (found === undefined) throw new Error(`${where}: ${path}: no element with ${step.text}`);
      return walk(found, i + 1);
    }
    if (step.pick) {
      if (v === null || typeof v !== 'object')
        throw new Error(`${where}: ${path}: {…} on something that is not an object`);
      const drop = step.pick.every((k) => k.startsWith('-'));
      const kept = drop
        ? Object.entries(v).filter(([k]) => !step.pick.includes(`-${k}`))
        : step.pick.filter((k) => k in v).map((k) => [k, v[k]]);
      return walk(Object.fromEntries(kept), i + 1);
    }
    if (v === null || typeof v !== 'object' || !(step.key in v)) {
      throw new Error(`${where}: ${path}: no ${step.key} in the output`);
    }
    return walk(v[step.key], i + 1);
  };
  return walk(value, 0);
}

/** JSON on one line with a space after `,` and `:` (strings and numbers exactly as JSON.stringify writes them). */
function inlineJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')}}`;
}

/** JSON with two-space indent, but arrays and objects that fit in a line of 100 written on one line. */
function compactJson(value, indent = '', prefix = 0) {
  const flat = inlineJson(value);
  if (value === null || typeof value !== 'object' || indent.length + prefix + flat.length + 1 <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    // numbers and strings: as many per line as fit
    const lines = [];
    let line = '';
    for (const text of value.map((v) => JSON.stringify(v) ?? 'null')) {
      if (line !== '' && inner.length + line.length + text.length + 2 > WIDTH) {
        lines.push(line);
        line = '';
      }
      line += line === '' ? text : ` ${text}`;
      line += ',';
    }
    lines.push(line.replace(/,$/, ''));
    return `[\n${lines.map((l) => inner + l).join('\n')}\n${indent}]`;
  }
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + compactJson(v, inner, key.length);
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** Greedy word wrap as the terminal summary does it (code points, at most `width` per line). */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if ([...line].length + 1 + [...word].length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Replace the run time in the first line(s) of an inspect summary, re-wrapped as leitwerk wraps it. */
function maskTiming(output) {
  const m = /^([^\n]*(?:\n[^\n]*){0,2}?)checked\s+in\s+[\d.,]+\s+s(?=\n|$)/.exec(output);
  if (!m) return output;
  return wrap(`${m[1]}checked in … s`, WIDTH).join('\n') + output.slice(m[0].length);
}

/** Run one example block and return the text to show. */
function runExample(script, attributes, where) {
  const prelude = [
    'set -eo pipefail',
    'exec 2>&1',
    `leitwerk() { node ${JSON.stringify(join(ROOT, 'bin', 'leitwerk.js'))} "$@"; }`,
  ].join('\n');
  const env = { ...process.env, TZ: 'UTC', NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.LEITWERK_DEBUG;
  const result = spawnSync('bash', ['-c', `${prelude}\n${script}`], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${where}: could not run the example: ${result.error.message}`);
  const code = result.status ?? 1;
  let out = result.stdout.replace(/\s+$/, '');
  if (attributes.json && code === 0) {
    let parsed;
    try {
      parsed = JSON.parse(out);
    } catch (error) {
      throw new Error(`${where}: json=… but the output is not JSON (${error.message}):\n${out.slice(0, 500)}`);
    }
    const selected = {};
    for (const path of attributes.json) selected[path] = selectPath(parsed, path, where);
    out = compactJson(selected);
  }
  out = maskTiming(out);
  let lines = out === '' ? [] : out.split('\n').map((l) => l.replace(/\s+$/, ''));
  if (attributes.head && lines.length > attributes.head) lines = [...lines.slice(0, attributes.head), '…'];
  if (code !== 0) lines.push(`exit code ${code}`);
  if (lines.length === 0) lines.push('(no output)');
  if (lines.some((l) => l.startsWith('```'))) throw new Error(`${where}: the output holds a code fence`);
  return lines.join('\n');
}

/** Process one Markdown file; returns the new text and the number of examples run. */
function processFile(file) {
  const name = relative(ROOT, file);
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = [];
  let examples = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const marker = MARKER.exec(line);
    if (!marker) {
      out.push(line);
      i++;
      continue;
    }
    const where = `${name}:${i + 1}`;
    const attributes = parseAttributes(marker[1], where);
    if (lines[i + 1] !== '```sh') throw new Error(`${where}: an example comment must be followed by a \`\`\`sh block`);
    let end = i + 2;
    while (end < lines.length && lines[end] !== '```') end++;
    if (end >= lines.length) throw new Error(`${where}: the sh block is not closed`);
    const script = lines.slice(i + 2, end).join('\n');
    out.push(...lines.slice(i, end + 1));
    // an existing ```text block right after it (blank lines between allowed) is replaced
    let next = end + 1;
    while (next < lines.length && lines[next].trim() === '') next++;
    if (lines[next] === '```text') {
      let close = next + 1;
      while (close < lines.length && lines[close] !== '```') close++;
      if (close >= lines.length) throw new Error(`${name}:${next + 1}: the text block is not closed`);
      i = close + 1;
    } else {
      i = end + 1;
    }
    const started = Date.now();
    const shown = runExample(script, attributes, where);
    process.stderr.write(`  ${where} ${script.split('\n')[0].slice(0, 70)} (${Date.now() - started} ms)\n`);
    out.push('```text', shown, '```');
    examples++;
  }
  return { text: out.join('\n'), examples };
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const named = args.filter((a) => a !== '--check').map((a) => resolve(a));
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    process.stderr.write('docs-examples: leitwerk is not built; run `npm run build` first\n');
    process.exit(1);
  }
  const docs = join(ROOT, 'docs');
  const all = readdirSync(docs)
    .filter((f) => f.endsWith('.md'))
    .sort((a, b) => {
      const ra = ORDER.indexOf(a);
      const rb = ORDER.indexOf(b);
      return (ra < 0 ? ORDER.length : ra) - (rb < 0 ? ORDER.length : rb) || a.localeCompare(b);
    })
    .map((f) => join(docs, f));
  // Run every file in order even when only some are named, so files they depend on exist … but write only those.
  const targets = named.length > 0 ? named : all;
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  let changed = 0;
  for (const file of all) {
    const wanted = targets.includes(file);
    if (!wanted && named.length > 0 && all.indexOf(file) > Math.max(...targets.map((t) => all.indexOf(t)))) break;
    process.stderr.write(`${relative(ROOT, file)}\n`);
    const before = readFileSync(file, 'utf8');
    const { text, examples } = processFile(file);
    if (!wanted || text === before) continue;
    changed++;
    if (check) process.stderr.write(`  would change (${examples} examples)\n`);
    else writeFileSync(file, text);
  }
  if (check && changed > 0) process.exit(1);
  process.stderr.write(check ? 'docs-examples: up to date\n' : `docs-examples: ${changed} file(s) updated\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`docs-examples: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
