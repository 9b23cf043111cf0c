#!/usr/bin/python3
"""One measured scikit-learn run of the random forest benchmark (bench/learners/forest-bench.mjs runs it).

Usage: /usr/bin/python3 bench/learners/forest_bench_reference.py <set-dir> <threads> <min_samples_leaf> [rf|et] [trees]
Reads the column-major Float64 files written by gbdt-bench-data.ts (category codes as plain numbers: sklearn
1.2's forests have no categorical support; missing values as -1e9, as they reject NaN), fits
RandomForestClassifier (rf: bootstrap) or ExtraTreesClassifier (et: no bootstrap, sklearn's default) with
n_estimators=trees (100), max_features='sqrt', n_jobs=threads, random_state=1, and prints one JSON line:
fit seconds (including sklearn's float32 conversion, as its fit does), predict rows/s (wall and CPU),
holdout AUC, peak RSS of this process.
"""
import json
import os
import resource
import sys
import time

import numpy as np
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.metrics import roc_auc_score


def read(dir_, name, rows, features):
    return np.fromfile(os.path.join(dir_, name), dtype=np.float64, count=rows * features).reshape(features, rows).T


def main():
    dir_, threads, leaf = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    model_name = sys.argv[4] if len(sys.argv) > 4 else "rf"
    trees = int(sys.argv[5]) if len(sys.argv) > 5 else 100
    meta = json.load(open(os.path.join(dir_, "meta.json")))
    f, n_train = len(meta["names"]), meta["trainRows"]
    n_test = meta["rows"] - n_train
    # sklearn 1.2's forests reject NaN: missing values become -1e9 on both sides (forest-bench-run.ts does the same)
    x_train = np.ascontiguousarray(np.nan_to_num(read(dir_, "x-train.f64", n_train, f), nan=-1e9))
    x_test = np.ascontiguousarray(np.nan_to_num(read(dir_, "x-test.f64", n_test, f), nan=-1e9))
    y_train = read(dir_, "y-train.f64", n_train, 1)[:, 0]
    y_test = read(dir_, "y-test.f64", n_test, 1)[:, 0]
    cls = ExtraTreesClassifier if model_name == "et" else RandomForestClassifier
    model = cls(n_estimators=trees, max_features="sqrt", min_samples_leaf=leaf, bootstrap=model_name != "et",
                n_jobs=threads, random_state=1)
    start = time.perf_counter()
    model.fit(x_train, y_train)
    fit_seconds = time.perf_counter() - start
    start = time.perf_counter()
    cpu = time.process_time()
    p = model.predict_proba(x_test)[:, 1]
    predict_cpu = time.process_time() - cpu
    predict_seconds = time.perf_counter() - start
    print(json.dumps({
        "library": "sklearn",
        "model": model_name,
        "threads": threads,
        "trees": trees,
        "minSamplesLeaf": leaf,
        "fitSeconds": fit_seconds,
        "predictRowsPerSecond": n_test / predict_seconds,
        "predictRowsPerCpuSecond": n_test / predict_cpu,
        "auc": float(roc_auc_score(y_test, p)),
        "nodes": int(sum(e.tree_.node_count for e in model.estimators_)),
        "peakRssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


if __name__ == "__main__":
    main()
