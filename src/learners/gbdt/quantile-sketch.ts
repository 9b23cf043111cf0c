/**
 * @module learners/gbdt/quantile-sketch
 * The weighted quantile sketch of XGBoost (`WQuantileSketch` / `WQSummary` in `quantile.h`, and the cut
 * selection of `HostSketchContainer::MakeCuts` / `AddCutPoint`), reproduced step by step, so that leitwerk
 * bins a numeric feature where XGBoost `hist` does. Values are pushed in row order into a buffer of
 * `2 × limit` entries; full buffers become exact summaries that are pruned and merged level by level; the
 * final summary is pruned to `min(n, 8 × maxBins)` and then to `maxBins + 1` entries, whose values (from the
 * second on) are the cut points. A value v falls in bin b when `cuts[b-1] ≤ v < cuts[b]`. Rank arithmetic in
 * the pruning step is done in float32 as XGBoost does, so the chosen entries match.
 *
 * @example
 * ```ts
 * import { sketchCuts } from './quantile-sketch.js';
 * sketchCuts(Float64Array.of(3, 1, 2, 2), null, 256); // Float64Array [2, 3, 6.00001] (last: above the maximum)
 * ```
 */

const K_FACTOR = 8;
const f32 = Math.fround;

interface Summary {
  size: number;
  readonly rmin: Float64Array;
  readonly rmax: Float64Array;
  readonly wmin: Float64Array;
  readonly value: Float64Array;
}

function summary(capacity: number): Summary {
  return {
    size: 0,
    rmin: new Float64Array(capacity),
    rmax: new Float64Array(capacity),
    wmin: new Float64Array(capacity),
    value: new Float64Array(capacity),
  };
}

function copyEntry(dst: Summary, i: number, src: Summary, j: number): void {
  dst.rmin[i] = src.rmin[j];
  dst.rmax[i] = src.rmax[j];
  dst.wmin[i] = src.wmin[j];
  dst.value[i] = src.value[j];
}

function copyFrom(dst: Summary, src: Summary): void {
  for (let i = 0; i < src.size; i++) copyEntry(dst, i, src, i);
  dst.size = src.size;
}

/** `WQSummary::SetPrune`: keep about `maxSize` entries at evenly spaced ranks. */
function setPrune(dst: Summary, src: Summary, maxSize: number): void {
  if (src.size <= maxSize) {
    copyFrom(dst, src);
    return;
  }
  const begin = src.rmax[0];
  const range = f32(src.rmin[src.size - 1] - src.rmax[0]);
  const n = maxSize - 1;
  copyEntry(dst, 0, src, 0);
  dst.size = 1;
  let i = 1;
  let lastIdx = 0;
  for (let k = 1; k < n; k++) {
    const dx2 = f32(2 * f32(f32(f32(k * range) / n) + begin));
    while (i < src.size - 1 && dx2 >= f32(src.rmax[i + 1] + src.rmin[i + 1])) i++;
    if (i === src.size - 1) break;
    const rminNext = f32(src.rmin[i] + src.wmin[i]);
    const rmaxPrev = f32(src.rmax[i + 1] - src.wmin[i + 1]);
    if (dx2 < f32(rminNext + rmaxPrev)) {
      if (i !== lastIdx) {
        copyEntry(dst, dst.size++, src, i);
        lastIdx = i;
      }
    } else if (i + 1 !== lastIdx) {
      copyEntry(dst, dst.size++, src, i + 1);
      lastIdx = i + 1;
    }
  }
  if (lastIdx !== src.size - 1) copyEntry(dst, dst.size++, src, src.size - 1);
}

/** `WQSummary::SetCombine`: merge two summaries (then `FixError`). */
function setCombine(dst: Summary, a: Summary, b: Summary): void {
  if (a.size === 0 || b.size === 0) {
    copyFrom(dst, a.size === 0 ? b : a);
    return;
  }
  let i = 0;
  let j = 0;
  let d = 0;
  let aPrevRmin = 0;
  let bPrevRmin = 0;
  while (i < a.size && j < b.size) {
    if (a.value[i] === b.value[j]) {
      set(dst, d++, a.rmin[i] + b.rmin[j], a.rmax[i] + b.rmax[j], a.wmin[i] + b.wmin[j], a.value[i]);
      aPrevRmin = a.rmin[i] + a.wmin[i];
      bPrevRmin = b.rmin[j] + b.wmin[j];
      i++;
      j++;
    } else if (a.value[i] < b.value[j]) {
      set(dst, d++, a.rmin[i] + bPrevRmin, a.rmax[i] + (b.rmax[j] - b.wmin[j]), a.wmin[i], a.value[i]);
      aPrevRmin = a.rmin[i] + a.wmin[i];
      i++;
    } else {
      set(dst, d++, b.rmin[j] + aPrevRmin, b.rmax[j] + (a.rmax[i] - a.wmin[i]), b.wmin[j], b.value[j]);
      bPrevRmin = b.rmin[j] + b.wmin[j];
      j++;
    }
  }
  if (i < a.size) {
    const bRmax = b.rmax[b.size - 1];
    for (; i < a.size; i++) set(dst, d++, a.rmin[i] + bPrevRmin, a.rmax[i] + bRmax, a.wmin[i], a.value[i]);
  }
  if (j < b.size) {
    const aRmax = a.rmax[a.size - 1];
    for (; j < b.size; j++) set(dst, d++, b.rmin[j] + aPrevRmin, b.rmax[j] + aRmax, b.wmin[j], b.value[j]);
  }
  dst.size = d;
  fixError(dst);
}

function set(s: Summary, i: number, rmin: number, rmax: number, wmin: number, value: number): void {
  s.rmin[i] = f32(rmin);
  s.rmax[i] = f32(rmax);
  s.wmin[i] = f32(wmin);
  s.value[i] = value;
}

function fixError(s: Summary): void {
  let prevRmin = 0;
  let prevRmax = 0;
  for (let i = 0; i < s.size; i++) {
    if (s.rmin[i] < prevRmin) s.rmin[i] = prevRmin;
    else prevRmin = s.rmin[i];
    if (s.rmax[i] < prevRmax) s.rmax[i] = prevRmax;
    const rminNext = f32(s.rmin[i] + s.wmin[i]);
    if (s.rmax[i] < rminNext) s.rmax[i] = rminNext;
    prevRmax = s.rmax[i];
  }
}

/** `WQuantileSketch::LimitSizeLevel`. */
function limitSizeLevel(maxn: number, eps: number): { nlevel: number; limit: number } {
  let nlevel = 1;
  let limit = 0;
  for (;;) {
    limit = Math.min(maxn, Math.ceil(nlevel / eps) + 1);
    if (2 ** nlevel * limit >= maxn) break;
    nlevel++;
  }
  return { nlevel, limit };
}

/** A running sketch of one feature. */
interface Sketch {
  readonly limit: number;
  readonly queueValue: Float64Array;
  readonly queueWeight: Float64Array;
  qtail: number;
  /** Unweighted sketches keep the raw values of the queue instead (weights are then run lengths). */
  readonly raw: Float64Array | null;
  rawLength: number;
  readonly levels: Summary[];
  readonly temp: Summary;
}

function makeSummary(sk: Sketch, out: Summary): void {
  if (sk.raw) {
    makeSummaryRaw(sk.raw.subarray(0, sk.rawLength), out);
    return;
  }
  const n = sk.qtail;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const v = sk.queueValue;
  order.sort((a, b) => v[a] - v[b]);
  out.size = 0;
  let wsum = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    let w = sk.queueWeight[order[i]];
    while (j < n && v[order[j]] === v[order[i]]) {
      w = f32(w + sk.queueWeight[order[j]]);
      j++;
    }
    set(out, out.size++, wsum, wsum + w, w, v[order[i]]);
    wsum = f32(wsum + w);
    i = j;
  }
}

/** The exact summary of unit-weight values (sorted natively; weights are run lengths). */
function makeSummaryRaw(values: Float64Array, out: Summary): void {
  values.sort();
  out.size = 0;
  let wsum = 0;
  const n = values.length;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && values[j] === values[i]) j++;
    const w = j - i;
    set(out, out.size++, wsum, wsum + w, w, values[i]);
    wsum = f32(wsum + w);
    i = j;
  }
}

function initLevel(sk: Sketch, count: number): void {
  while (sk.levels.length < count) sk.levels.push(summary(sk.limit));
}

function pushTemp(sk: Sketch): void {
  for (let l = 1; ; l++) {
    initLevel(sk, l + 1);
    const level = sk.levels;
    if (level[l].size === 0) {
      setPrune(level[l], sk.temp, sk.limit);
      break;
    }
    setPrune(level[0], sk.temp, sk.limit);
    setCombine(sk.temp, level[0], level[l]);
    if (sk.temp.size > sk.limit) level[l].size = 0;
    else {
      copyFrom(level[l], sk.temp);
      break;
    }
  }
}

function push(sk: Sketch, x: number, w: number): void {
  if (w === 0) return;
  if (sk.qtail === sk.queueValue.length) {
    makeSummary(sk, sk.temp);
    sk.qtail = 0;
    pushTemp(sk);
  }
  if (sk.qtail === 0 || sk.queueValue[sk.qtail - 1] !== x) {
    sk.queueValue[sk.qtail] = x;
    sk.queueWeight[sk.qtail] = w;
    sk.qtail++;
  } else {
    sk.queueWeight[sk.qtail - 1] = f32(sk.queueWeight[sk.qtail - 1] + w);
  }
}

function getSummary(sk: Sketch): Summary {
  const out = summary(Math.max(sk.limit * 2, sk.qtail + 1));
  makeSummary(sk, out);
  const level = sk.levels;
  if (level.length > 0) {
    setPrune(level[0], out, sk.limit);
    for (let l = 1; l < level.length; l++) {
      if (level[l].size === 0) continue;
      if (level[0].size === 0) copyFrom(level[0], level[l]);
      else {
        setCombine(out, level[0], level[l]);
        setPrune(level[0], out, sk.limit);
      }
    }
    copyFrom(out, level[0]);
  } else if (out.size > sk.limit) {
    const t = summary(sk.limit);
    setPrune(t, out, sk.limit);
    copyFrom(out, t);
  }
  return out;
}

/**
 * XGBoost's cut points of one numeric feature: values (NaN skipped) in row order, optional weights,
 * `maxBins` as XGBoost's `max_bin`. Returns increasing cuts; the last lies above the maximum.
 * Empty when no value is present.
 *
 * @example
 * ```ts
 * sketchCuts(Float64Array.of(5, NaN, 1), null, 256); // Float64Array [5, 10.00001]
 * ```
 */
export function sketchCuts(values: Float64Array, weights: Float64Array | null, maxBins: number): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  if (n === 0) return new Float64Array(0);
  const nBins = Math.max(1, Math.min(maxBins, n));
  const eps = 1 / (f32(nBins) * K_FACTOR);
  const { limit } = limitSizeLevel(n, eps);
  // Few distinct values: the sketch never drops an entry, so its summary is the exact one.
  const out = exactSummary(values, weights, limit) ?? sketchAll(newSketch(limit, weights ? 0 : n), values, weights);
  const intermediate = Math.min(n, maxBins * K_FACTOR);
  const reduced = summary(intermediate + 1);
  setPrune(reduced, out, intermediate);
  const maxNumBins = Math.min(intermediate, maxBins);
  const a = summary(maxNumBins + 2);
  setPrune(a, reduced, maxNumBins + 1);
  const cuts: number[] = [];
  const required = Math.min(a.size, maxNumBins);
  for (let i = 1; i < required; i++) {
    const c = a.value[i];
    if (i === 1 || c > cuts[cuts.length - 1]) cuts.push(c);
  }
  const top = a.size > 0 ? a.value[a.size - 1] : 0;
  cuts.push(top + (Math.abs(top) + 1e-5));
  return Float64Array.from(cuts);
}

function newSketch(limit: number, rawCapacity: number): Sketch {
  return {
    limit,
    queueValue: new Float64Array(limit * 2),
    queueWeight: new Float64Array(limit * 2),
    qtail: 0,
    raw: rawCapacity > 0 ? new Float64Array(rawCapacity) : null,
    rawLength: 0,
    levels: [],
    temp: summary(limit * 2),
  };
}

function sketchAll(sk: Sketch, values: Float64Array, weights: Float64Array | null): Summary {
  if (!weights && sk.raw) {
    // unit weights: count queue entries as XGBoost does (consecutive equal values share one), keep raw values
    const cap = sk.queueValue.length;
    const raw = sk.raw;
    let last = Number.NaN;
    for (let i = 0; i < values.length; i++) {
      let v = values[i];
      if (v !== v) continue;
      if (v === 0) v = 0;
      if (sk.qtail === cap) {
        makeSummaryRaw(raw.subarray(0, sk.rawLength), sk.temp);
        sk.qtail = 0;
        sk.rawLength = 0;
        pushTemp(sk);
      }
      if (sk.qtail === 0 || v !== last) {
        sk.qtail++;
        last = v;
      }
      raw[sk.rawLength++] = v;
    }
    return getSummary(sk);
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) push(sk, v === 0 ? 0 : v, weights ? f32(weights[i]) : 1);
  }
  return getSummary(sk);
}

/** The exact summary when there are at most `limit` distinct values, else null. */
function exactSummary(values: Float64Array, weights: Float64Array | null, limit: number): Summary | null {
  const weightOf = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    let v = values[i];
    if (v !== v) continue;
    if (v === 0) v = 0;
    const w = weights ? f32(weights[i]) : 1;
    if (w === 0) continue;
    const before = weightOf.get(v);
    if (before === undefined) {
      if (weightOf.size >= limit) return null;
      weightOf.set(v, w);
    } else weightOf.set(v, f32(before + w));
  }
  const distinct = Float64Array.from(weightOf.keys()).sort();
  const out = summary(distinct.length);
  let wsum = 0;
  for (const v of distinct) {
    const w = weightOf.get(v) as number;
    set(out, out.size++, wsum, wsum + w, w, v);
    wsum = f32(wsum + w);
  }
  return out;
}
