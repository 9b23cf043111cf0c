#!/usr/bin/python3
"""Reference figures for leitwerk's MLP, made with scikit-learn's MLPClassifier (Debian's python3-sklearn).

Writes test/fixtures/learners/mlp-sklearn-telco.json. The test (test/learners/mlp/sklearn-reference.test.ts)
reads only this fixture -- CI needs no Python -- and trains leitwerk's MLP on the same rows with the same
settings, then compares the holdout AUC.

How to run (from the repository root; needs python3-sklearn, python3-pandas):

    /usr/bin/python3 scripts/reference/mlp_sklearn.py

For fit times comparable with leitwerk's single-threaded loops, run it with one BLAS thread and without the
OpenBLAS workarounds of this machine, in that command alone (the script also limits BLAS to one thread with
threadpoolctl and records which kernel ran):

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 scripts/reference/mlp_sklearn.py

With --print the script writes no fixture and prints the figures as one JSON line (bench/learners/mlp-bench.mjs
uses that to measure sklearn in the same session as leitwerk).

What exactly is done, identically on both sides:
- Data: telco churn, prepared as scripts/reference/gbdt_xgboost.py does (customerID dropped, TotalCharges ' '
  -> missing, target Churn == 'Yes'), categorical columns one-hot encoded ("<column>=<value>" per distinct
  non-missing value, sorted), the same holdout split (numpy RandomState(20240602).permutation(n)[:20 %]; the
  fixture stores the holdout row numbers).
- Preprocessing: every column (numeric and one-hot) mean-imputed and standardised on the training rows
  (SimpleImputer(strategy='mean') then StandardScaler) -- what leitwerk's MLP does inside with
  standardize=true on an all-numeric matrix.
- Network: MLPClassifier(hidden_layer_sizes=(64, 32), activation='relu', solver='adam', alpha=1e-4,
  batch_size=200, learning_rate_init=1e-3, max_iter=EPOCHS, shuffle=True, tol=0,
  n_iter_no_change=EPOCHS, early_stopping=False): exactly EPOCHS epochs, no convergence stop. leitwerk:
  hidden_layer_1=64, hidden_layer_2=32, activation=relu, l2=1e-4, batch_size=200, learning_rate=1e-3,
  max_epochs=EPOCHS, tol=0, patience=EPOCHS (see `leitwerkParams`).
- sklearn is fitted with random_state 0..SEEDS-1: the AUCs show the seed-to-seed spread (the two
  implementations cannot draw the same random numbers, so equal AUCs are impossible; the test asks for the
  mean within 0.01). fitSeconds is the median fit time (information only, one BLAS thread).
"""

import json
import os
import platform
import re
import statistics
import sys
import time
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.impute import SimpleImputer
from sklearn.metrics import roc_auc_score
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_info, threadpool_limits

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "examples", "data")
OUT = os.path.join(ROOT, "test", "fixtures", "learners")
EPOCHS = 50
SEEDS = 5
HIDDEN = (64, 32)


def one_hot(df, categorical):
    """One 0/1 column per distinct non-missing value (sorted), named "<column>=<value>"; missing -> all 0."""
    parts = []
    for c in df.columns:
        if c in categorical:
            values = sorted(v for v in df[c].dropna().unique())
            for v in values:
                parts.append(pd.Series((df[c] == v).astype(np.float64).values, name=f"{c}={v}"))
        else:
            parts.append(pd.Series(df[c].astype(np.float64).values, name=c))
    return pd.concat(parts, axis=1)


def holdout_split(n, seed, fraction=0.2):
    perm = np.random.RandomState(seed).permutation(n)
    k = int(round(n * fraction))
    test = np.sort(perm[:k])
    mask = np.zeros(n, dtype=bool)
    mask[test] = True
    return np.where(~mask)[0], test


def telco():
    path = "telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv"
    df = pd.read_csv(os.path.join(DATA, path))
    df = df.drop(columns=["customerID"])
    df["TotalCharges"] = pd.to_numeric(df["TotalCharges"].str.strip().replace("", np.nan))
    y = (df.pop("Churn") == "Yes").astype(np.float64).values
    categorical = [c for c in df.columns if df[c].dtype == object]
    return path, df, y, categorical


def main():
    path, df, y, categorical = telco()
    seed = 20240602
    train_idx, test_idx = holdout_split(len(df), seed)
    X = one_hot(df, set(categorical)).values
    aucs, seconds, cpu, epochs = [], [], [], []
    with threadpool_limits(limits=1):
        blas = [
            {k: i.get(k) for k in ("internal_api", "version", "architecture", "num_threads")} for i in threadpool_info()
        ]
        for rs in range(SEEDS):
            model = make_pipeline(
                SimpleImputer(strategy="mean"),
                StandardScaler(),
                MLPClassifier(
                    hidden_layer_sizes=HIDDEN, activation="relu", solver="adam", alpha=1e-4, batch_size=200,
                    learning_rate_init=1e-3, max_iter=EPOCHS, shuffle=True, tol=0.0, n_iter_no_change=EPOCHS,
                    early_stopping=False, random_state=rs,
                ),
            )
            start = time.perf_counter()
            cpu_start = time.process_time()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # ConvergenceWarning: max_iter reached, as intended
                model.fit(X[train_idx], y[train_idx])
            seconds.append(time.perf_counter() - start)
            cpu.append(time.process_time() - cpu_start)
            epochs.append(int(model[-1].n_iter_))
            aucs.append(float(roc_auc_score(y[test_idx], model.predict_proba(X[test_idx])[:, 1])))
    fixture = {
        "dataset": "telco",
        "source": path,
        "task": "binary",
        "numeric": [c for c in df.columns if c not in categorical],
        "categorical": categorical,
        "encoding": "one-hot: '<column>=<value>' per distinct non-missing value over all rows, sorted; missing -> all 0",
        "featureCount": int(X.shape[1]),
        "split": {
            "rule": f"numpy RandomState({seed}).permutation(n)[:20 %]",
            "seed": seed,
            "testIndex": test_idx.tolist(),
        },
        "trainRows": int(len(train_idx)),
        "testRows": int(len(test_idx)),
        "sklearnParams": {
            "preprocessing": "SimpleImputer(mean) + StandardScaler on all columns",
            "hidden_layer_sizes": list(HIDDEN), "activation": "relu", "solver": "adam", "alpha": 1e-4,
            "batch_size": 200, "learning_rate_init": 1e-3, "max_iter": EPOCHS, "tol": 0.0,
            "n_iter_no_change": EPOCHS, "early_stopping": False, "random_state": list(range(SEEDS)),
        },
        "leitwerkParams": {
            "objective": "binary", "hidden_layer_1": HIDDEN[0], "hidden_layer_2": HIDDEN[1], "activation": "relu",
            "l2": 1e-4, "batch_size": 200, "learning_rate": 1e-3, "max_epochs": EPOCHS, "tol": 0,
            "patience": EPOCHS, "early_stopping": False, "standardize": True,
        },
        "metrics": {
            "auc": statistics.mean(aucs),
            "aucMin": min(aucs),
            "aucMax": max(aucs),
            "aucStd": statistics.stdev(aucs),
        },
        "aucBySeed": aucs,
        "epochs": epochs,
        "fitSeconds": round(statistics.median(seconds), 3),
        "fitSecondsBySeed": [round(s, 3) for s in seconds],
        "fitCpuSeconds": round(statistics.median(cpu), 3),
        "blas": blas,
        "openblasEnv": {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")},
        "generatedBy": {
            "script": "scripts/reference/mlp_sklearn.py",
            "python": platform.python_version(),
            "sklearn": sklearn.__version__,
            "pandas": pd.__version__,
            "numpy": np.__version__,
        },
    }
    if "--print" in sys.argv[1:]:
        keys = ("metrics", "aucBySeed", "fitSeconds", "fitSecondsBySeed", "fitCpuSeconds", "blas", "openblasEnv")
        print(json.dumps({k: fixture[k] for k in keys}))
        return
    os.makedirs(OUT, exist_ok=True)
    out = os.path.join(OUT, "mlp-sklearn-telco.json")
    text = json.dumps(fixture, indent=1)
    text = re.sub(r"\[\s*(-?\d+(?:,\s*-?\d+)*)\s*\]", lambda m: "[" + re.sub(r"\s+", "", m.group(1)) + "]", text)
    with open(out + ".tmp", "w") as f:
        f.write(text + "\n")
    os.replace(out + ".tmp", out)
    print(f"telco: {fixture['metrics']} fit {fixture['fitSeconds']} s (epochs {epochs}) -> {os.path.relpath(out, ROOT)}")
    print("blas:", blas)


if __name__ == "__main__":
    main()
