#!/usr/bin/python3
"""One measured XGBoost or scikit-learn run of the GBDT benchmark (bench/learners/gbdt-bench.mjs runs it).

Usage: /usr/bin/python3 bench/learners/gbdt_bench_reference.py <set-dir> <xgboost|sklearn> <threads>
Reads the column-major Float64 files written by gbdt-bench-data.ts, fits with the reference settings
(XGBoost: hist, lossguide, max_leaves 31, max_depth 0, max_bin 256, eta 0.1, lambda 1, min_child_weight 1,
200 rounds, base_score = training mean; scikit-learn HistGradientBoostingClassifier: max_leaf_nodes 31,
max_bins 255, learning_rate 0.1, l2_regularization 1, min_samples_leaf 1, max_iter 200, no early stopping),
categorical columns with each library's own categorical support, and prints one JSON line: fit seconds
(including the library's data preparation, as its sklearn-style fit does) and fit CPU seconds (all threads),
predict rows/s and predict CPU seconds, holdout AUC, peak RSS of this process.
"""
import json
import os
import resource
import sys
import time

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score


def read(dir_, name, rows, features):
    return np.fromfile(os.path.join(dir_, name), dtype=np.float64, count=rows * features).reshape(features, rows).T


def main():
    dir_, library, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
    meta = json.load(open(os.path.join(dir_, "meta.json")))
    f, n_train = len(meta["names"]), meta["trainRows"]
    n_test = meta["rows"] - n_train
    x_train = pd.DataFrame(read(dir_, "x-train.f64", n_train, f), columns=meta["names"])
    x_test = pd.DataFrame(read(dir_, "x-test.f64", n_test, f), columns=meta["names"])
    y_train = read(dir_, "y-train.f64", n_train, 1)[:, 0]
    y_test = read(dir_, "y-test.f64", n_test, 1)[:, 0]
    cats = [n for n, c in zip(meta["names"], meta["categorical"]) if c]
    if library == "xgboost":
        import xgboost as xgb

        for c in cats:
            levels = sorted(set(x_train[c].astype(int)) | set(x_test[c].astype(int)))
            x_train[c] = pd.Categorical(x_train[c].astype(int), categories=levels)
            x_test[c] = pd.Categorical(x_test[c].astype(int), categories=levels)
        params = {
            "objective": "binary:logistic", "tree_method": "hist", "grow_policy": "lossguide", "max_leaves": 31,
            "max_depth": 0, "max_bin": 256, "eta": 0.1, "lambda": 1.0, "min_child_weight": 1.0,
            "nthread": threads, "base_score": float(np.mean(y_train)), "max_cat_to_onehot": 4,
        }
        start, cpu_start = time.perf_counter(), time.process_time()
        dtrain = xgb.DMatrix(x_train, label=y_train, enable_categorical=True, nthread=threads)
        booster = xgb.train(params, dtrain, num_boost_round=200)
        fit_seconds, fit_cpu = time.perf_counter() - start, time.process_time() - cpu_start
        start, cpu_start = time.perf_counter(), time.process_time()
        p = booster.predict(xgb.DMatrix(x_test, enable_categorical=True, nthread=threads))
        predict_seconds, predict_cpu = time.perf_counter() - start, time.process_time() - cpu_start
        version = xgb.__version__
    else:
        import sklearn
        from sklearn.ensemble import HistGradientBoostingClassifier
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=threads):
            model = HistGradientBoostingClassifier(
                max_leaf_nodes=31, max_bins=255, learning_rate=0.1, l2_regularization=1.0, min_samples_leaf=1,
                max_iter=200, early_stopping=False, categorical_features=np.array(meta["categorical"]),
            )
            start, cpu_start = time.perf_counter(), time.process_time()
            model.fit(x_train.values, y_train)
            fit_seconds, fit_cpu = time.perf_counter() - start, time.process_time() - cpu_start
            start, cpu_start = time.perf_counter(), time.process_time()
            p = model.predict_proba(x_test.values)[:, 1]
            predict_seconds, predict_cpu = time.perf_counter() - start, time.process_time() - cpu_start
        version = sklearn.__version__
    print(json.dumps({
        "library": library, "version": version, "threads": threads, "fitSeconds": fit_seconds, "fitCpuSeconds": fit_cpu,
        "predictCpuSeconds": predict_cpu,
        "predictRowsPerSecond": n_test / predict_seconds, "auc": float(roc_auc_score(y_test, p)),
        "peakRssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


if __name__ == "__main__":
    main()
