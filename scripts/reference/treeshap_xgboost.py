#!/usr/bin/python3
"""Reference TreeSHAP values for leitwerk's explain/tree-shap, made with XGBoost's `pred_contribs`
(Debian's python3-xgboost 1.7.4; exact path-dependent TreeSHAP, Lundberg et al. 2018).

Writes test/fixtures/explain/treeshap-xgboost.json. The test (test/explain/xgboost-reference.test.ts) reads
only this fixture -- CI needs no Python -- converts each XGBoost JSON model into leitwerk's GBDT tree arrays
(`x < split_condition` goes left, `default_left` for missing values, `sum_hessian` as the cover) and compares
leitwerk's treeShap with the stored contributions (tolerance 1e-6) and the stored margins.

How to run (from the repository root):

    /usr/bin/python3 scripts/reference/treeshap_xgboost.py

What is done:
- Data: numpy RandomState(7); 400 rows of 5 numeric features on a grid of 1/16 (exact in float32, so XGBoost's
  float32 comparisons and leitwerk's float64 comparisons agree), 8 % missing (NaN) per feature. Targets: a
  binary label from a noisy score with an interaction, and a 3-class label from the same score.
- Models: tree_method=hist, max_depth=4, eta=0.3, lambda=1, 12 rounds (binary:logistic, base_score=0.3) and
  6 rounds x 3 classes (multi:softprob, base_score=0.5), nthread=1, seed 0.
- Stored per model: XGBoost's JSON model (save_model to .json), the first 60 rows, pred_contribs on them
  (rows x [classes x] (features + 1), the last column the bias = expected value) and the raw margins.
"""

import json
import os
import tempfile

import numpy as np
import xgboost as xgb

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
OUT = os.path.join(ROOT, 'test', 'fixtures', 'explain', 'treeshap-xgboost.json')


def make_data(n=400, f=5):
    rng = np.random.RandomState(7)
    x = np.round(rng.normal(size=(n, f)) * 16) / 16
    x[rng.uniform(size=(n, f)) < 0.08] = np.nan
    a = np.nan_to_num(x[:, 0], nan=0.3)
    b = np.nan_to_num(x[:, 1], nan=-0.2)
    c = np.nan_to_num(x[:, 2], nan=0.0)
    z = 1.2 * a - b + 0.8 * a * b + 0.5 * c + 0.5 * rng.normal(size=n)
    binary = (z > 0).astype(float)
    multi = np.where(z < -0.7, 0, np.where(z < 0.7, 1, 2)).astype(float)
    return x, binary, multi


def fit(x, y, params, rounds):
    d = xgb.DMatrix(x, label=y, missing=np.nan)
    base = {'tree_method': 'hist', 'max_depth': 4, 'eta': 0.3, 'lambda': 1.0, 'nthread': 1, 'seed': 0}
    base.update(params)
    booster = xgb.train(base, d, num_boost_round=rounds)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'model.json')
        booster.save_model(path)
        with open(path) as fh:
            model = json.load(fh)
    rows = x[:60]
    dm = xgb.DMatrix(rows, missing=np.nan)
    contribs = booster.predict(dm, pred_contribs=True)
    margins = booster.predict(dm, output_margin=True)
    return {
        'params': base,
        'rounds': rounds,
        'model': model,
        'rows': [[None if np.isnan(v) else float(v) for v in r] for r in rows],
        'contribs': np.asarray(contribs, dtype=float).tolist(),
        'margins': np.asarray(margins, dtype=float).tolist(),
    }


def main():
    x, binary, multi = make_data()
    fixture = {
        'source': 'scripts/reference/treeshap_xgboost.py',
        'xgboost': xgb.__version__,
        'features': [f'x{j}' for j in range(x.shape[1])],
        'binary': fit(x, binary, {'objective': 'binary:logistic', 'base_score': 0.3}, 12),
        'multiclass': fit(x, multi, {'objective': 'multi:softprob', 'num_class': 3, 'base_score': 0.5}, 6),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as fh:
        json.dump(fixture, fh)
    print(OUT, os.path.getsize(OUT), 'bytes')


if __name__ == '__main__':
    main()
