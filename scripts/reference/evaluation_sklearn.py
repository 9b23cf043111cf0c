#!/usr/bin/python3
"""Reference values for leitwerk's evaluation metrics, made with scikit-learn (Debian's python3-sklearn 1.2.1).

Writes test/fixtures/evaluation/metrics.json. The tests (test/evaluation/sklearn-reference.test.ts) read
only this fixture -- CI needs no Python -- and recompute every figure with leitwerk on the same inputs:
equality to 1e-12 (isotonic to 1e-9, Platt to 1e-5 because sklearn's BFGS stops early).

How to run (from the repository root):

    /usr/bin/python3 scripts/reference/evaluation_sklearn.py

Inputs are generated here with numpy (seeded) and stored in the fixture:
- binary: 400 rows; scores rounded to 2 decimals (many ties), labels drawn from the scores, positive
  weights in [0.2, 3]. roc_auc_score and average_precision_score with and without weights, log_loss and
  brier_score_loss on probabilities (with and without weights), calibration_curve(strategy='quantile')
  with 10 and 7 bins, IsotonicRegression(out_of_bounds='clip') thresholds and predictions on a grid,
  with and without weights, sklearn's Platt fit (_sigmoid_calibration, P = 1/(1+exp(A f + B))).
- multiclass: 250 rows, 4 classes, softmax probabilities: log_loss (with and without weights).
- regression: 300 rows: r2_score, mean_squared_error (RMSE = sqrt), mean_absolute_error, each with and without
  weights; mean_poisson_deviance on Poisson counts with and without weights.
- real data: bank-full (examples/data/bank-marketing/bank/bank-full.csv), score = call duration, label y=yes:
  roc_auc_score and the KS statistic max(tpr - fpr) from roc_curve, the positive rate, and lift / captured
  share at 10 % and 20 % of rows computed here with pandas (ties at the cut shared in proportion).
"""

import json
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.calibration import _sigmoid_calibration, calibration_curve
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    log_loss,
    mean_absolute_error,
    mean_poisson_deviance,
    mean_squared_error,
    r2_score,
    roc_auc_score,
    roc_curve,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
rng = np.random.default_rng(20261129)


def lst(a):
    return [float(x) for x in np.asarray(a).ravel()]


# ---- binary
n = 400
scores = np.round(rng.uniform(0, 1, n), 2)
labels = (rng.uniform(0, 1, n) < 0.15 + 0.7 * scores).astype(float)
weights = np.round(rng.uniform(0.2, 3, n), 3)
prob = np.clip(1 / (1 + np.exp(-(3 * scores - 1.5 + rng.normal(0, 0.3, n)))), 0, 1)
prob = np.round(prob, 3)  # ties for isotonic / calibration
iso = IsotonicRegression(out_of_bounds="clip").fit(prob, labels)
iso_w = IsotonicRegression(out_of_bounds="clip").fit(prob, labels, sample_weight=weights)
grid = np.linspace(-0.1, 1.1, 61)
true10, pred10 = calibration_curve(labels, prob, n_bins=10, strategy="quantile")
true7, pred7 = calibration_curve(labels, prob, n_bins=7, strategy="quantile")
platt_a, platt_b = _sigmoid_calibration(scores, labels)

binary = {
    "scores": lst(scores),
    "labels": lst(labels),
    "weights": lst(weights),
    "prob": lst(prob),
    "auc": roc_auc_score(labels, scores),
    "aucWeighted": roc_auc_score(labels, scores, sample_weight=weights),
    "averagePrecision": average_precision_score(labels, scores),
    "averagePrecisionWeighted": average_precision_score(labels, scores, sample_weight=weights),
    "logLoss": log_loss(labels, prob),
    "logLossWeighted": log_loss(labels, prob, sample_weight=weights),
    "brier": brier_score_loss(labels, prob),
    "brierWeighted": brier_score_loss(labels, prob, sample_weight=weights),
    "calibration10": {"observed": lst(true10), "predicted": lst(pred10)},
    "calibration7": {"observed": lst(true7), "predicted": lst(pred7)},
    "isotonic": {"x": lst(iso.X_thresholds_), "y": lst(iso.y_thresholds_), "grid": lst(grid), "predict": lst(iso.predict(grid))},
    "isotonicWeighted": {"x": lst(iso_w.X_thresholds_), "y": lst(iso_w.y_thresholds_), "predict": lst(iso_w.predict(grid))},
    # sklearn: P = 1 / (1 + exp(A f + B)); leitwerk: P = 1 / (1 + exp(-(a f + b))) -> a = -A, b = -B
    "platt": {"a": -float(platt_a), "b": -float(platt_b)},
}

# ---- multiclass
m, k = 250, 4
logits = rng.normal(0, 1.2, (m, k))
probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
mlabels = np.array([rng.choice(k, p=p) for p in probs], dtype=float)
mweights = np.round(rng.uniform(0.5, 2, m), 3)
multiclass = {
    "k": k,
    "probs": lst(probs),
    "labels": lst(mlabels),
    "weights": lst(mweights),
    "logLoss": log_loss(mlabels, probs, labels=list(range(k))),
    "logLossWeighted": log_loss(mlabels, probs, labels=list(range(k)), sample_weight=mweights),
}

# ---- regression
r = 300
x = rng.normal(0, 1, r)
y = 3 + 2 * x + rng.normal(0, 1, r)
pred = 3 + 1.8 * x + rng.normal(0, 0.5, r)
rweights = np.round(rng.uniform(0.1, 2, r), 3)
mu = np.exp(0.5 + 0.4 * x)
counts = rng.poisson(mu).astype(float)
mu_hat = np.exp(0.45 + 0.35 * x + rng.normal(0, 0.1, r))
regression = {
    "y": lst(y),
    "pred": lst(pred),
    "weights": lst(rweights),
    "counts": lst(counts),
    "mu": lst(mu_hat),
    "r2": r2_score(y, pred),
    "r2Weighted": r2_score(y, pred, sample_weight=rweights),
    "rmse": float(np.sqrt(mean_squared_error(y, pred))),
    "rmseWeighted": float(np.sqrt(mean_squared_error(y, pred, sample_weight=rweights))),
    "mae": mean_absolute_error(y, pred),
    "maeWeighted": mean_absolute_error(y, pred, sample_weight=rweights),
    "poissonDeviance": mean_poisson_deviance(counts, mu_hat),
    "poissonDevianceWeighted": mean_poisson_deviance(counts, mu_hat, sample_weight=rweights),
}

# ---- real data: bank-full, score = duration
bank = pd.read_csv(os.path.join(ROOT, "examples/data/bank-marketing/bank/bank-full.csv"), sep=";")
s = bank["duration"].to_numpy(dtype=float)
yb = (bank["y"] == "yes").to_numpy(dtype=float)
fpr, tpr, _ = roc_curve(yb, s)
groups = pd.DataFrame({"s": s, "y": yb}).groupby("s").agg(rows=("y", "size"), pos=("y", "sum")).sort_index(ascending=False)
cum_rows = groups["rows"].cumsum().to_numpy()
cum_pos = groups["pos"].cumsum().to_numpy()
rows_arr = groups["rows"].to_numpy()
pos_arr = groups["pos"].to_numpy()


def conversions_in_top(count):
    j = int(np.searchsorted(cum_rows, count, side="left"))  # group holding the cut
    before_rows = cum_rows[j] - rows_arr[j]
    before_pos = cum_pos[j] - pos_arr[j]
    return before_pos + (count - before_rows) * pos_arr[j] / rows_arr[j]


real = {"rows": int(len(yb)), "positiveRate": float(yb.mean()), "auc": roc_auc_score(yb, s), "ks": float(np.max(tpr - fpr)), "top": []}
for share in (0.1, 0.2):
    cnt = share * len(yb)
    conv = conversions_in_top(cnt)
    real["top"].append({"share": share, "capturedShare": float(conv / yb.sum()), "lift": float(conv / cnt / yb.mean())})

out = {
    "generator": "scripts/reference/evaluation_sklearn.py",
    "sklearn": sklearn.__version__,
    "numpy": np.__version__,
    "binary": binary,
    "multiclass": multiclass,
    "regression": regression,
    "bankFullDuration": real,
}
path = os.path.join(ROOT, "test/fixtures/evaluation/metrics.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", path)
print(json.dumps(real, indent=1))
