#!/usr/bin/python3
"""Reference fixtures for leitwerk's decision tree (CART) and random forest, made with scikit-learn 1.2.1
(Debian's python3-sklearn).

Writes to test/fixtures/learners/:
- tree-cart-sklearn.json: a small generated dataset (300 training rows + 100 test rows, 4 continuous features)
  and, for several settings, the full structure of sklearn's DecisionTreeClassifier / DecisionTreeRegressor
  (children, feature, threshold, node values, sample counts, weighted counts, impurity, node order = sklearn's
  depth-first order, left child first), its cost-complexity pruning path and its test predictions.
  The test (test/learners/tree/cart-sklearn.test.ts) fits leitwerk's CART on the same rows with the same
  settings and compares the trees node by node.
- forest-sklearn-bank-full.json: holdout AUC of sklearn's RandomForestClassifier / ExtraTreesClassifier
  (n_estimators=100, max_features='sqrt', bootstrap as sklearn's default, n_jobs=1) on bank-full, for several
  random_state values (their spread shows the seed noise), on the split of gbdt-xgboost-bank-full.json.
  The test (test/learners/forest/forest-sklearn.test.ts) fits leitwerk's forest on the same rows.

How to run (from the repository root; needs python3-sklearn, python3-pandas):

    /usr/bin/python3 scripts/reference/trees_sklearn.py          # all fixtures
    /usr/bin/python3 scripts/reference/trees_sklearn.py cart     # only the CART fixture
    /usr/bin/python3 scripts/reference/trees_sklearn.py forest   # only the forest fixture

Details that matter for equal trees:
- sklearn 1.2 trees work on float32 features: the generated features are rounded to float32 before they are
  saved, so both sides see the very same numbers (thresholds are midpoints a/2 + b/2 computed in double).
- Features are continuous (no ties in a column), but two features can still give equally good splits in a
  node (the same partition of a small node, or the same class counts). sklearn then keeps the first feature
  in its random visiting order, drawn by its splitter RNG (`rand_r`, seeded with
  RandomState(random_state).randint(0, 2**31 - 1)); the fixture stores that seed (`splitterSeed`) and
  leitwerk, fitted with it as seed, visits the features in the same order.
- ccp_alpha is taken halfway between two consecutive alphas of the unpruned tree's pruning path, so that no
  subtree sits exactly on the boundary.
- Sample weights (one case) are uniform in [0.5, 2.0), rounded to 1/64 so that sums are exact.
- Forest data: bank-full one-hot encoded exactly as scripts/reference/gbdt_xgboost.py does (its `one_hot` and
  `holdout_split` are imported), so test/learners/support/reference-data.ts loads the same matrices.
"""

import json
import os
import sys
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "examples", "data")
OUT = os.path.join(ROOT, "test", "fixtures", "learners")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def cart_data(seed=20261129, n_train=300, n_test=100):
    """4 continuous features (float32-exact), a binary class, a 3-class label and a regression target."""
    rng = np.random.RandomState(seed)
    n = n_train + n_test
    X = rng.normal(size=(n, 4)).astype(np.float32).astype(np.float64)
    s = 1.2 * X[:, 0] - 0.8 * X[:, 1] ** 2 + np.sin(2 * X[:, 2]) + 0.3 * X[:, 3]
    noise = rng.normal(scale=0.6, size=n)
    y_bin = (s + noise > 0).astype(np.float64)
    y_multi = np.digitize(s + noise, [-1.0, 0.5]).astype(np.float64)
    y_reg = np.round((3 * s + noise) * 1e6) / 1e6
    w = np.floor(rng.uniform(0.5, 2.0, size=n) * 64) / 64
    for j in range(4):
        assert len(np.unique(X[:n_train, j])) == n_train, f"feature {j} has ties"
    return X, y_bin, y_multi, y_reg, w, n_train


def structure(tree):
    t = tree.tree_
    return {
        "left": t.children_left.tolist(),
        "right": t.children_right.tolist(),
        "feature": t.feature.tolist(),
        "threshold": t.threshold.tolist(),
        "value": [v.ravel().tolist() for v in t.value],
        "nSamples": t.n_node_samples.tolist(),
        "weightedNSamples": t.weighted_n_node_samples.tolist(),
        "impurity": t.impurity.tolist(),
    }


def cart_case(name, task, params, X, y, w, n_train, prune_between=None):
    Model = DecisionTreeRegressor if task == "regression" else DecisionTreeClassifier
    Xtr, ytr, Xte = X[:n_train], y[:n_train], X[n_train:]
    wtr = None if w is None else w[:n_train]
    params = dict(params)
    path = None
    if prune_between is not None:
        full = Model(random_state=0, **params)
        p = full.cost_complexity_pruning_path(Xtr, ytr, sample_weight=wtr)
        a = p.ccp_alphas
        k = prune_between
        params["ccp_alpha"] = float((a[k] + a[k + 1]) / 2)
        path = {"ccpAlphas": a.tolist(), "impurities": p.impurities.tolist()}
    model = Model(random_state=0, **params).fit(Xtr, ytr, sample_weight=wtr)
    pred = model.predict(Xte) if task == "regression" else model.predict_proba(Xte).ravel()
    return {
        "name": name,
        "task": task,
        "target": {"binary": "yBinary", "multiclass": "yMulticlass", "regression": "yRegression"}[task],
        "weighted": w is not None,
        "sklearnParams": params,
        "pruningPath": path,
        "nodeCount": int(model.tree_.node_count),
        "leafCount": int(model.get_n_leaves()),
        "depth": int(model.get_depth()),
        "tree": structure(model),
        "testPrediction": pred.tolist(),
    }


def cart_fixture():
    X, y_bin, y_multi, y_reg, w, n_train = cart_data()
    cases = [
        cart_case("gini-binary", "binary", {"criterion": "gini"}, X, y_bin, None, n_train),
        cart_case("entropy-binary-depth4-leaf5", "binary",
                  {"criterion": "entropy", "max_depth": 4, "min_samples_leaf": 5}, X, y_bin, None, n_train),
        cart_case("gini-multiclass-split10", "multiclass",
                  {"criterion": "gini", "min_samples_split": 10, "min_impurity_decrease": 0.002},
                  X, y_multi, None, n_train),
        cart_case("gini-binary-pruned", "binary", {"criterion": "gini"}, X, y_bin, None, n_train, prune_between=-5),
        cart_case("gini-binary-weighted", "binary", {"criterion": "gini", "max_depth": 6}, X, y_bin, w, n_train),
        cart_case("squared-error", "regression", {"criterion": "squared_error", "min_samples_leaf": 3},
                  X, y_reg, None, n_train),
        cart_case("squared-error-pruned", "regression", {"criterion": "squared_error"}, X, y_reg, None, n_train,
                  prune_between=-8),
        cart_case("squared-error-weighted-depth5", "regression", {"criterion": "squared_error", "max_depth": 5},
                  X, y_reg, w, n_train),
    ]
    return {
        "generator": "numpy RandomState(20261129), see cart_data() in scripts/reference/trees_sklearn.py",
        "sklearn": sklearn.__version__,
        "featureNames": ["f0", "f1", "f2", "f3"],
        # the state of sklearn's splitter RNG (rand_r) for random_state=0: it decides the feature order and so
        # ties between equally good splits; leitwerk takes it as the fit seed
        "splitterSeed": int(np.random.RandomState(0).randint(0, 2**31 - 1)),
        "trainRows": n_train,
        "x": [X[:, j].tolist() for j in range(4)],
        "yBinary": y_bin.tolist(),
        "yMulticlass": y_multi.tolist(),
        "yRegression": y_reg.tolist(),
        "weights": w.tolist(),
        "cases": cases,
    }


def forest_fixture():
    from gbdt_xgboost import holdout_split, one_hot

    path = "bank-marketing/bank/bank-full.csv"
    df = pd.read_csv(os.path.join(DATA, path), sep=";")
    y = (df.pop("y") == "yes").astype(np.float64).values
    categorical = [c for c in df.columns if df[c].dtype == object]
    seed = 20240601
    train_idx, test_idx = holdout_split(len(df), seed)
    with open(os.path.join(OUT, "gbdt-xgboost-bank-full.json")) as f:
        assert json.load(f)["split"]["testIndex"] == test_idx.tolist(), "split differs from the GBDT fixture"
    X = one_hot(df, set(categorical)).values.astype(np.float32)
    runs = []
    for Model, name in ((RandomForestClassifier, "random_forest"), (ExtraTreesClassifier, "extra_trees")):
        for leaf in (1, 5):
            aucs, secs, depths = [], [], []
            for rs in (1, 2, 3):
                m = Model(n_estimators=100, max_features="sqrt", min_samples_leaf=leaf, n_jobs=1, random_state=rs,
                          oob_score=(Model is RandomForestClassifier), bootstrap=(Model is RandomForestClassifier))
                start = time.perf_counter()
                m.fit(X[train_idx], y[train_idx])
                secs.append(time.perf_counter() - start)
                aucs.append(float(roc_auc_score(y[test_idx], m.predict_proba(X[test_idx])[:, 1])))
                depths.append(float(np.mean([e.get_depth() for e in m.estimators_])))
                oob = float(m.oob_score_) if Model is RandomForestClassifier else None
            runs.append({
                "model": name,
                "minSamplesLeaf": leaf,
                "aucByRandomState": aucs,
                "auc": float(np.mean(aucs)),
                "oobAccuracyLastRun": oob,
                "meanTreeDepth": float(np.mean(depths)),
                "fitSeconds": round(float(np.mean(secs)), 3),
            })
            print(name, leaf, aucs, secs, file=sys.stderr)
    return {
        "dataset": "bank-full",
        "source": path,
        "split": "the split of gbdt-xgboost-bank-full.json (same seed, checked)",
        "encoding": "one-hot as gbdt_xgboost.py",
        "sklearn": sklearn.__version__,
        "sklearnParams": {"n_estimators": 100, "max_features": "sqrt", "n_jobs": 1,
                          "bootstrap": "True for random_forest, False for extra_trees"},
        "runs": runs,
    }


def write(name, obj):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(obj, f, separators=(",", ":"))
        f.write("\n")


def main():
    which = sys.argv[1:] or ["cart", "forest"]
    if "cart" in which:
        write("tree-cart-sklearn.json", cart_fixture())
    if "forest" in which:
        write("forest-sklearn-bank-full.json", forest_fixture())


if __name__ == "__main__":
    main()
