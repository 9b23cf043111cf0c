/**
 * @module learners/mlp/mlp-kernels
 * The three matrix loops of the MLP, written for V8: blocks of rows × units whose dot products stay in
 * registers (six loads per eight multiply-adds, one store per result) instead of the plain batch × in × out
 * loop with a read-modify-write per step — measured about 2× faster on telco's 45 → 64 → 32 → 1 network. The
 * forward pass and the back-propagated deltas run over rows of the batch; the weight gradient runs over the
 * transposed batch so its dot products are contiguous.
 *
 * @example
 * ```ts
 * import { dense } from './mlp-kernels.js';
 * dense(x, w, bias, out, rows, nIn, nOut); // out = x · W + bias, row-major
 * ```
 */
import type { Vec } from './mlp-network.js';

/**
 * out[b, :] = bias + Σ_i x[b, i] · W[i, :] for b < rows (W row-major `nIn × nOut`), in blocks of four rows ×
 * two outputs.
 *
 * @example
 * ```ts
 * dense(ws.a[0], net.weights[0], net.biases[0], ws.z[0], 200, 45, 64);
 * ```
 */
export function dense(x: Vec, w: Vec, bias: Vec, out: Vec, rows: number, nIn: number, nOut: number): void {
  let b = 0;
  const pairs = nOut & ~1;
  for (; b + 4 <= rows; b += 4) {
    const x0 = b * nIn;
    const x1 = x0 + nIn;
    const x2 = x1 + nIn;
    const x3 = x2 + nIn;
    const o0 = b * nOut;
    const o1 = o0 + nOut;
    const o2 = o1 + nOut;
    const o3 = o2 + nOut;
    let o = 0;
    for (; o < pairs; o += 2) {
      const ba = bias[o];
      const bb = bias[o + 1];
      let a0 = ba;
      let a1 = ba;
      let a2 = ba;
      let a3 = ba;
      let c0 = bb;
      let c1 = bb;
      let c2 = bb;
      let c3 = bb;
      for (let i = 0, wi = o; i < nIn; i++, wi += nOut) {
        const wa = w[wi];
        const wb = w[wi + 1];
        const v0 = x[x0 + i];
        const v1 = x[x1 + i];
        const v2 = x[x2 + i];
        const v3 = x[x3 + i];
        a0 += v0 * wa;
        a1 += v1 * wa;
        a2 += v2 * wa;
        a3 += v3 * wa;
        c0 += v0 * wb;
        c1 += v1 * wb;
        c2 += v2 * wb;
        c3 += v3 * wb;
      }
      out[o0 + o] = a0;
      out[o1 + o] = a1;
      out[o2 + o] = a2;
      out[o3 + o] = a3;
      out[o0 + o + 1] = c0;
      out[o1 + o + 1] = c1;
      out[o2 + o + 1] = c2;
      out[o3 + o + 1] = c3;
    }
    for (; o < nOut; o++) {
      const bo = bias[o];
      let s0 = bo;
      let s1 = bo;
      let s2 = bo;
      let s3 = bo;
      for (let i = 0, wi = o; i < nIn; i++, wi += nOut) {
        const wv = w[wi];
        s0 += x[x0 + i] * wv;
        s1 += x[x1 + i] * wv;
        s2 += x[x2 + i] * wv;
        s3 += x[x3 + i] * wv;
      }
      out[o0 + o] = s0;
      out[o1 + o] = s1;
      out[o2 + o] = s2;
      out[o3 + o] = s3;
    }
  }
  for (; b < rows; b++) {
    const xb = b * nIn;
    const ob = b * nOut;
    for (let o = 0; o < nOut; o++) {
      let sum = bias[o];
      for (let i = 0, wi = o; i < nIn; i++, wi += nOut) sum += x[xb + i] * w[wi];
      out[ob + o] = sum;
    }
  }
}

/**
 * dst[c, r] = src[r, c] for a `rows × cols` row-major src.
 *
 * @example
 * ```ts
 * transpose(Float32Array.of(1, 2, 3, 4, 5, 6), out, 2, 3); // out = [1, 4, 2, 5, 3, 6]
 * ```
 */
export function transpose(src: Vec, dst: Vec, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const sr = r * cols;
    for (let c = 0, dc = r; c < cols; c++, dc += rows) dst[dc] = src[sr + c];
  }
}

/**
 * gw[i, o] = Σ_b x[b, i] · d[b, o], from the transposed batch (xT: nIn × rows, dT: nOut × rows) so that each
 * weight is a contiguous dot product over the rows; blocks of two inputs × four outputs.
 *
 * @example
 * ```ts
 * weightGrad(xT, dT, ws.gradW[0], 200, 45, 64);
 * ```
 */
export function weightGrad(xT: Vec, dT: Vec, gw: Vec, rows: number, nIn: number, nOut: number): void {
  let i = 0;
  const quads = nOut & ~3;
  for (; i + 2 <= nIn; i += 2) {
    const xa = i * rows;
    const xb = xa + rows;
    const ga = i * nOut;
    const gb = ga + nOut;
    for (let o = 0; o < quads; o += 4) {
      const d0 = o * rows;
      const d1 = d0 + rows;
      const d2 = d1 + rows;
      const d3 = d2 + rows;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let c0 = 0;
      let c1 = 0;
      let c2 = 0;
      let c3 = 0;
      for (let b = 0; b < rows; b++) {
        const u = xT[xa + b];
        const v = xT[xb + b];
        const e0 = dT[d0 + b];
        const e1 = dT[d1 + b];
        const e2 = dT[d2 + b];
        const e3 = dT[d3 + b];
        a0 += u * e0;
        a1 += u * e1;
        a2 += u * e2;
        a3 += u * e3;
        c0 += v * e0;
        c1 += v * e1;
        c2 += v * e2;
        c3 += v * e3;
      }
      gw[ga + o] = a0;
      gw[ga + o + 1] = a1;
      gw[ga + o + 2] = a2;
      gw[ga + o + 3] = a3;
      gw[gb + o] = c0;
      gw[gb + o + 1] = c1;
      gw[gb + o + 2] = c2;
      gw[gb + o + 3] = c3;
    }
    for (let o = quads; o < nOut; o++) {
      const d0 = o * rows;
      let sa = 0;
      let sb = 0;
      for (let b = 0; b < rows; b++) {
        sa += xT[xa + b] * dT[d0 + b];
        sb += xT[xb + b] * dT[d0 + b];
      }
      gw[ga + o] = sa;
      gw[gb + o] = sb;
    }
  }
  for (; i < nIn; i++) {
    const xi = i * rows;
    const gi = i * nOut;
    for (let o = 0; o < nOut; o++) {
      const d0 = o * rows;
      let sum = 0;
      for (let b = 0; b < rows; b++) sum += xT[xi + b] * dT[d0 + b];
      gw[gi + o] = sum;
    }
  }
}

/**
 * prev[b, i] = Σ_o d[b, o] · W[i, o] (the deltas sent back through W), in blocks of four rows × two inputs.
 *
 * @example
 * ```ts
 * propagate(ws.delta[1], net.weights[1], ws.delta[0], 200, 64, 32);
 * ```
 */
export function propagate(d: Vec, w: Vec, prev: Vec, rows: number, nIn: number, nOut: number): void {
  let b = 0;
  const pairs = nIn & ~1;
  for (; b + 4 <= rows; b += 4) {
    const d0 = b * nOut;
    const d1 = d0 + nOut;
    const d2 = d1 + nOut;
    const d3 = d2 + nOut;
    const p0 = b * nIn;
    const p1 = p0 + nIn;
    const p2 = p1 + nIn;
    const p3 = p2 + nIn;
    let i = 0;
    for (; i < pairs; i += 2) {
      const wa = i * nOut;
      const wb = wa + nOut;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let c0 = 0;
      let c1 = 0;
      let c2 = 0;
      let c3 = 0;
      for (let o = 0; o < nOut; o++) {
        const u = w[wa + o];
        const v = w[wb + o];
        const e0 = d[d0 + o];
        const e1 = d[d1 + o];
        const e2 = d[d2 + o];
        const e3 = d[d3 + o];
        a0 += e0 * u;
        a1 += e1 * u;
        a2 += e2 * u;
        a3 += e3 * u;
        c0 += e0 * v;
        c1 += e1 * v;
        c2 += e2 * v;
        c3 += e3 * v;
      }
      prev[p0 + i] = a0;
      prev[p1 + i] = a1;
      prev[p2 + i] = a2;
      prev[p3 + i] = a3;
      prev[p0 + i + 1] = c0;
      prev[p1 + i + 1] = c1;
      prev[p2 + i + 1] = c2;
      prev[p3 + i + 1] = c3;
    }
    for (; i < nIn; i++) {
      const wi = i * nOut;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let o = 0; o < nOut; o++) {
        const wv = w[wi + o];
        s0 += d[d0 + o] * wv;
        s1 += d[d1 + o] * wv;
        s2 += d[d2 + o] * wv;
        s3 += d[d3 + o] * wv;
      }
      prev[p0 + i] = s0;
      prev[p1 + i] = s1;
      prev[p2 + i] = s2;
      prev[p3 + i] = s3;
    }
  }
  for (; b < rows; b++) {
    const db = b * nOut;
    const pb = b * nIn;
    for (let i = 0; i < nIn; i++) {
      const wi = i * nOut;
      let sum = 0;
      for (let o = 0; o < nOut; o++) sum += d[db + o] * w[wi + o];
      prev[pb + i] = sum;
    }
  }
}
