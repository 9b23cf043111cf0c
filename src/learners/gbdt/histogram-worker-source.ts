/**
 * @module learners/gbdt/histogram-worker-source
 * Source text of the histogram worker thread and the layout of the shared control words that drive it.
 * A worker compiles the very same loops as the main thread (`kernelSources`), waits for a job (a sequence
 * number in a control word: it spins briefly, then sleeps with `Atomics.wait`), then takes row parts of the
 * node from a shared claim word until none is left, summing each part into that part's shared histogram.
 * The claim word holds the job number next to the next part index, so a worker that wakes late can never
 * take a part of a later job with an earlier job's settings. Workers are started from this string with
 * `new Worker(source, { eval: true })`, so no module file has to be resolved by the worker. Only numbers of
 * the data layout enter the generated loops — never data or user text.
 *
 * @example
 * ```ts
 * import { CONTROL, CONTROL_WORDS, WORKER_SOURCE } from './histogram-worker-source.js';
 * const ctl = new Int32Array(new SharedArrayBuffer(4 * CONTROL_WORDS));
 * new Worker(WORKER_SOURCE, { eval: true, workerData });
 * ```
 */

/**
 * Control-word slots of the shared `Int32Array` that drives the workers.
 *
 * @example
 * ```ts
 * Atomics.store(ctl, CONTROL.begin, 0);
 * ```
 */
export const CONTROL = Object.freeze({
  /** Job sequence number (bumped to start a job, or to stop). */
  seq: 0,
  /** `(job & JOB_MASK) << 8 | next part` — parts are taken by compare-and-swap. */
  claim: 1,
  /** Parts finished in the current job. */
  finished: 2,
  stop: 3,
  begin: 4,
  end: 5,
  gradients: 6,
  gathered: 7,
  failed: 8,
  parts: 9,
  /** Job kind: `JOB.histogram`, `JOB.partition`, `JOB.scores` or `JOB.gradients`. */
  kind: 10,
  /** Split feature (partition) or output (scores). */
  feature: 11,
  /** Leaves of the tree (scores). */
  leaves: 12,
});

/**
 * Job kinds: a node's histogram in row parts; a stable partition of a node's rows, each piece on its own
 * (the main thread then joins the pieces); adding a tree's leaf values to the scores of its rows; the next
 * round's gradients of a range of rows (objectives with a `gradientRange`).
 *
 * @example
 * ```ts
 * Atomics.store(ctl, CONTROL.kind, JOB.partition);
 * ```
 */
export const JOB = Object.freeze({ histogram: 0, partition: 1, scores: 2, gradients: 3 });

/**
 * Number of control words.
 *
 * @example
 * ```ts
 * new SharedArrayBuffer(4 * CONTROL_WORDS);
 * ```
 */
export const CONTROL_WORDS = 13;

/**
 * Bits of the job number kept in the claim word.
 *
 * @example
 * ```ts
 * const claim = (seq & JOB_MASK) << 8;
 * ```
 */
export const JOB_MASK = 0x3fffff;

/**
 * The worker program (CommonJS, evaluated). `workerData`: shared buffers (`control`, `rowMajor`, `rows`,
 * `tmp`, `gradients` and `scores` per output, `parts` histograms, `rowPtr`, `entries`, `columns` per
 * feature, `lut` of the split, `lefts` per piece, `leafBounds` and `leafValues`), the two loop bodies
 * (`directBody`, `gatheredBody`), the `stride`, the chunk size `chunkRows`, the `spins` before sleeping,
 * and — when the objective has one — `gradientSource` with the shared `target` and `weights` (or null).
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
const parts = d.parts.map((b) => new Float64Array(b));
const rowPtr = new Uint32Array(d.rowPtr);
const entries = new Uint32Array(d.entries);
const tmp = new Uint32Array(d.tmp);
const columns = d.columns.map((b) => new Uint8Array(b));
const scores = d.scores.map((b) => new Float64Array(b));
const lut = new Uint8Array(d.lut);
const lefts = new Int32Array(d.lefts);
const leafBounds = new Int32Array(d.leafBounds);
const leafValues = new Float64Array(d.leafValues);
// the objective's gradients of a row range, compiled from the same source the main thread runs
const gradientRange = d.gradientSource ? new Function('return (' + d.gradientSource + ')')() : null;
const target = d.target ? new Float64Array(d.target) : null;
const weights = d.weights ? new Float64Array(d.weights) : null;
function partitionPiece(j, col, from, to) {
  let nl = from;
  let nr = from;
  for (let i = from; i < to; i++) {
    const r = rows[i];
    const l = lut[col[r]];
    rows[nl] = r;
    tmp[nr] = r;
    nl += l;
    nr += 1 - l;
  }
  rows.set(tmp.subarray(from, nr), nl);
  lefts[j] = nl - from;
}
function addScores(s, leaves, from, to) {
  for (let k = 0; k < leaves; k++) {
    const lo = leafBounds[2 * k] > from ? leafBounds[2 * k] : from;
    const hi = leafBounds[2 * k + 1] < to ? leafBounds[2 * k + 1] : to;
    const v = leafValues[k];
    for (let i = lo; i < hi; i++) s[rows[i]] += v;
  }
}
const params = ['hist', 'rm', 'rm32', 'gh', 'rows', 'begin', 'end', 'rowPtr', 'entries', 'scratch'];
const direct = new Function(...params, d.directBody);
const gathered = new Function(...params, d.gatheredBody);
const buffer = new ArrayBuffer(d.chunkRows * d.stride);
const scratch = { bytes: new Uint8Array(buffer), words: new Uint32Array(buffer), gradients: new Float64Array(2 * d.chunkRows) };
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
  const job = seen & ${JOB_MASK};
  const begin = Atomics.load(ctl, ${CONTROL.begin});
  const end = Atomics.load(ctl, ${CONTROL.end});
  const count = Atomics.load(ctl, ${CONTROL.parts});
  const kind = Atomics.load(ctl, ${CONTROL.kind});
  const which = Atomics.load(ctl, ${CONTROL.feature});
  const leaves = Atomics.load(ctl, ${CONTROL.leaves});
  const gh = gradients[Atomics.load(ctl, ${CONTROL.gradients})];
  const kernel = Atomics.load(ctl, ${CONTROL.gathered}) !== 0 ? gathered : direct;
  for (;;) {
    const v = Atomics.load(ctl, ${CONTROL.claim});
    if (v >>> 8 !== job || (v & 255) >= count) break;
    if (Atomics.compareExchange(ctl, ${CONTROL.claim}, v, v + 1) !== v) continue;
    const j = v & 255;
    try {
      const from = begin + Math.floor(((end - begin) * j) / count);
      const to = begin + Math.floor(((end - begin) * (j + 1)) / count);
      if (kind === ${JOB.histogram}) {
        const p = parts[j];
        p.fill(0);
        kernel(p, rm, rm32, gh, rows, from, to, rowPtr, entries, scratch);
      } else if (kind === ${JOB.partition}) partitionPiece(j, columns[which], from, to);
      else if (kind === ${JOB.scores}) addScores(scores[which], leaves, from, to);
      else gradientRange(target, weights, scores[0], gradients[0], from, to);
    } catch {
      Atomics.store(ctl, ${CONTROL.failed}, 1);
    }
    Atomics.add(ctl, ${CONTROL.finished}, 1);
    Atomics.notify(ctl, ${CONTROL.finished});
  }
}
`;
