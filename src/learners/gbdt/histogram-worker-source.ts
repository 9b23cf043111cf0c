/**
 * @module learners/gbdt/histogram-worker-source
 * Source text for multi-core histogram building: the per-thread histogram loops (each thread adds a fixed
 * block of dense feature slots for all of a node's rows, so every bin sums its rows in the same order as the
 * one-thread loop — bit-identical results) and the worker's program. Workers are started from this string
 * with `new Worker(source, { eval: true })`, so no module file has to be resolved by the worker. Only numbers
 * of the data layout enter the generated loops — never data or user text.
 *
 * @example
 * ```ts
 * import { WORKER_SOURCE, blockKernelSource } from './histogram-worker-source.js';
 * const body = blockKernelSource([0, 514], [0, 1], 4, 2, false, true);
 * ```
 */

/**
 * Control-word slots of the shared `Int32Array` that drives the workers.
 *
 * @example
 * ```ts
 * ctl[CONTROL.begin] = 0;
 * ```
 */
export const CONTROL = Object.freeze({
  seq: 0,
  done: 1,
  stop: 2,
  begin: 3,
  end: 4,
  gradients: 5,
  gathered: 6,
  failed: 7,
});

/** Number of control words. */
export const CONTROL_WORDS = 8;

/** Rows per chunk of the gathered loop (as in `histogram-kernel.ts`). */
const CHUNK = 256;

function add(channels: number, index: string): string {
  return channels === 3
    ? `{ const k = ${index}; hist[k] += g; hist[k + 1] += h; hist[k + 2] += 1; }`
    : `{ const k = ${index}; hist[k] += g; hist[k + 1] += h; }`;
}

function scale(channels: number, expr: string): string {
  return channels === 3 ? `${expr} * 3` : `(${expr} << 1)`;
}

/**
 * Body of a histogram loop over the dense slots `slots` (with their first histogram elements `starts`) and,
 * when `sparse`, the rows' sparse entries. Parameters as `HistogramKernel`.
 *
 * @example
 * ```ts
 * new Function('hist', 'rm', 'rm32', 'gh', 'rows', 'begin', 'end', 'rowPtr', 'entries', 'scratch', blockKernelSource([0], [0], 4, 2, false, false));
 * ```
 */
export function blockKernelSource(
  starts: readonly number[],
  slots: readonly number[],
  stride: number,
  channels: number,
  sparse: boolean,
  gathered: boolean,
): string {
  const sparseLoop = `const pe = rowPtr[r + 1]; for (let p = rowPtr[r]; p < pe; p++) ${add(channels, scale(channels, 'entries[p]'))}`;
  if (!gathered) {
    const lines = [
      'for (let i = begin; i < end; i++) {',
      '  const r = rows[i];',
      '  const g = gh[2 * r];',
      '  const h = gh[2 * r + 1];',
      `  const base = r * ${stride};`,
    ];
    slots.forEach((slot, j) => {
      lines.push(`  ${add(channels, `${starts[j]} + ${scale(channels, `rm[base + ${slot}]`)}`)}`);
    });
    if (sparse) lines.push(`  ${sparseLoop}`);
    lines.push('}');
    return lines.join('\n');
  }
  const words = stride >> 2;
  const w0 = slots.length > 0 ? Math.min(...slots) >> 2 : 0;
  const w1 = slots.length > 0 ? Math.max(...slots) >> 2 : -1;
  const lines = [
    'const b8 = scratch.bytes;',
    'const b32 = scratch.words;',
    'const og = scratch.gradients;',
    `for (let c = begin; c < end; c += ${CHUNK}) {`,
    `  const m = (end < c + ${CHUNK} ? end : c + ${CHUNK}) - c;`,
    '  for (let i = 0; i < m; i++) {',
    '    const r = rows[c + i];',
    `    const s = r * ${words};`,
    `    const d = i * ${words};`,
  ];
  for (let q = w0; q <= w1; q++) lines.push(`    b32[d + ${q}] = rm32[s + ${q}];`);
  lines.push('    og[2 * i] = gh[2 * r];', '    og[2 * i + 1] = gh[2 * r + 1];', '  }');
  lines.push('  for (let i = 0; i < m; i++) {', '    const g = og[2 * i];', '    const h = og[2 * i + 1];');
  lines.push(`    const base = i * ${stride};`);
  slots.forEach((slot, j) => {
    lines.push(`    ${add(channels, `${starts[j]} + ${scale(channels, `b8[base + ${slot}]`)}`)}`);
  });
  if (sparse) lines.push('    const r = rows[c + i];', `    ${sparseLoop}`);
  lines.push('  }', '}');
  return lines.join('\n');
}

/**
 * The worker program (CommonJS, evaluated). `workerData`: shared buffers (control, row-major bytes, rows,
 * gradients per output, output histogram), the two loop bodies, the stride, the histogram ranges to clear,
 * and the spin count before sleeping.
 *
 * @example
 * ```ts
 * new Worker(WORKER_SOURCE, { eval: true, workerData });
 * ```
 */
export const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const d = workerData;
const ctl = new Int32Array(d.control);
const rm = new Uint8Array(d.rowMajor);
const rm32 = new Uint32Array(d.rowMajor);
const rows = new Uint32Array(d.rows);
const gradients = d.gradients.map((b) => new Float64Array(b));
const out = new Float64Array(d.hist);
const rowPtr = new Uint32Array(0);
const entries = new Uint32Array(0);
const params = ['hist', 'rm', 'rm32', 'gh', 'rows', 'begin', 'end', 'rowPtr', 'entries', 'scratch'];
const direct = new Function(...params, d.directBody);
const gathered = new Function(...params, d.gatheredBody);
const buffer = new ArrayBuffer(${CHUNK} * d.stride);
const scratch = { bytes: new Uint8Array(buffer), words: new Uint32Array(buffer), gradients: new Float64Array(${2 * CHUNK}) };
const ranges = d.ranges;
let seen = 0;
for (;;) {
  let spins = 0;
  while (Atomics.load(ctl, ${CONTROL.seq}) === seen && spins < d.spins) spins++;
  if (Atomics.load(ctl, ${CONTROL.seq}) === seen) {
    Atomics.wait(ctl, ${CONTROL.seq}, seen);
    continue;
  }
  seen = Atomics.load(ctl, ${CONTROL.seq});
  if (Atomics.load(ctl, ${CONTROL.stop}) !== 0) break;
  try {
    for (let j = 0; j < ranges.length; j += 2) out.fill(0, ranges[j], ranges[j + 1]);
    const kernel = ctl[${CONTROL.gathered}] !== 0 ? gathered : direct;
    kernel(out, rm, rm32, gradients[ctl[${CONTROL.gradients}]], rows, ctl[${CONTROL.begin}], ctl[${CONTROL.end}], rowPtr, entries, scratch);
  } catch {
    Atomics.store(ctl, ${CONTROL.failed}, 1);
  }
  Atomics.add(ctl, ${CONTROL.done}, 1);
  Atomics.notify(ctl, ${CONTROL.done});
}
`;
