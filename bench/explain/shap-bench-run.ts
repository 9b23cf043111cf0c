/**
 * leitwerk side of bench/explain/shap-bench.mjs: load the XGBoost model the reference script trained (as a
 * leitwerk GBDT, same trees), then time `treeShap` on the same 10,000 rows. Prints one JSON line.
 * Usage: node shap-bench-run.mjs DIR
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { treeShap } from '../../src/explain/tree-shap.js';
import { gbdtFromXgboostJson } from '../../src/explain/xgboost-model.js';
import { createFeatureMatrix } from '../../src/learners/feature-matrix.js';

const dir = process.argv[2];
const json = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
const f = Number(json.learner.learner_model_param.num_feature);
const names = Array.from({ length: f }, (_, j) => `f${j}`);
const model = gbdtFromXgboostJson(json, names);
const buf = readFileSync(join(dir, 'rows.f64'));
const flat = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
const n = flat.length / f;
const columns = names.map((_, j) => Float64Array.from({ length: n }, (_, i) => flat[i * f + j]));
const x = createFeatureMatrix(names, columns);
treeShap(model, x, { rows: Int32Array.from({ length: 200 }, (_, i) => i) }); // warm-up
const start = performance.now();
const cpu = process.cpuUsage();
const shap = treeShap(model, x);
const used = process.cpuUsage(cpu);
const seconds = (performance.now() - start) / 1000;
const cpuSeconds = (used.user + used.system) / 1e6;
let checksum = 0;
for (const v of shap.values) checksum += Math.abs(v);
checksum += n * Math.abs(shap.expected[0]);
const row0 = [...shap.values.subarray(0, f), shap.expected[0]];
console.log(JSON.stringify({ threads: 1, seconds, cpuSeconds, checksum, row0 }));
