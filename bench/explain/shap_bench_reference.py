#!/usr/bin/python3
"""XGBoost side of bench/explain/shap-bench.mjs (Debian python3-xgboost 1.7.4).

    shap_bench_reference.py prepare DIR   train the 300-tree depth-6 model; write DIR/model.json, DIR/rows.f64
    shap_bench_reference.py time DIR T    time pred_contribs on the rows with nthread=T; print one JSON line

Data: numpy RandomState(3), 50,000 training rows of 20 numeric features (5 % missing), binary label from a
noisy score with interactions; the first 10,000 rows are explained. Model: binary:logistic, tree_method=hist,
max_depth=6, eta=0.1, 300 rounds.
"""

import json
import os
import sys
import time

import numpy as np
import xgboost as xgb

ROWS = 10_000


def data():
    rng = np.random.RandomState(3)
    n, f = 50_000, 20
    x = rng.normal(size=(n, f))
    x[rng.uniform(size=(n, f)) < 0.05] = np.nan
    z = np.nan_to_num(x, nan=0.0)
    s = z[:, 0] - 0.8 * z[:, 1] + 0.6 * z[:, 2] * z[:, 3] + np.sin(2 * z[:, 4]) + 0.3 * z[:, 5:10].sum(axis=1)
    y = (s + rng.normal(size=n) > 0).astype(float)
    return x, y


def prepare(out):
    x, y = data()
    d = xgb.DMatrix(x, label=y, missing=np.nan)
    params = {'objective': 'binary:logistic', 'tree_method': 'hist', 'max_depth': 6, 'eta': 0.1, 'nthread': 2,
              'seed': 0}
    booster = xgb.train(params, d, num_boost_round=300)
    booster.save_model(os.path.join(out, 'model.json'))
    np.ascontiguousarray(x[:ROWS], dtype='<f8').tofile(os.path.join(out, 'rows.f64'))
    print(json.dumps({'rows': ROWS, 'features': x.shape[1], 'trees': 300}))


def timed(out, threads):
    booster = xgb.Booster(model_file=os.path.join(out, 'model.json'))
    booster.set_param({'nthread': threads})
    x = np.fromfile(os.path.join(out, 'rows.f64'), dtype='<f8').reshape(ROWS, -1)
    d = xgb.DMatrix(x, missing=np.nan, nthread=threads)
    booster.predict(xgb.DMatrix(x[:100], missing=np.nan), pred_contribs=True)  # warm-up
    start = time.perf_counter()
    cpu = time.process_time()
    contribs = booster.predict(d, pred_contribs=True)
    cpu_seconds = time.process_time() - cpu
    seconds = time.perf_counter() - start
    print(json.dumps({'threads': threads, 'seconds': seconds, 'cpuSeconds': cpu_seconds,
                      'checksum': float(np.abs(contribs).sum()),
                      'row0': contribs[0].tolist()}))


if __name__ == '__main__':
    if sys.argv[1] == 'prepare':
        prepare(sys.argv[2])
    else:
        timed(sys.argv[2], int(sys.argv[3]))
