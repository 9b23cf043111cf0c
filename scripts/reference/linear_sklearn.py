#!/usr/bin/python3
"""Reference coefficients for leitwerk's linear learner, made with scikit-learn (Debian's python3-sklearn 1.2.1).

Writes test/fixtures/learners/linear-<name>.json. The tests (test/learners/linear/sklearn-reference.test.ts)
read only these fixtures -- CI needs no Python -- fit leitwerk's `linear` learner on the same rows with the
mapped settings and compare coefficients (within 1e-4) and, for the smooth (l2 / none) cases, predictions.

How to run (from the repository root):

    /usr/bin/python3 scripts/reference/linear_sklearn.py

Both sides solve the same problem:
- Design matrix: numeric columns as they are (a missing value is replaced by the mean of the column's
  observed values, sklearn SimpleImputer(strategy='mean')); every categorical column becomes one 0/1 column
  "<column>=<value>" per distinct value in the selected rows (sorted; all levels kept, no reference level);
  then every column is standardised with StandardScaler (mean and population standard deviation of the
  selected rows; a constant column keeps scale 1). leitwerk does all of this inside `fit` (standardize=true).
- Settings mapping. leitwerk minimises (1/W)·Σ wᵢ·lossᵢ + alpha·(l1_ratio·‖β‖₁ + (1 − l1_ratio)/2·‖β‖²), W = Σ wᵢ,
  lossᵢ = ½(yᵢ − fᵢ)² (regression) or the log loss (classification); the intercept is not penalised.
  * LogisticRegression(C) minimises C·Σ wᵢ·lossᵢ + penalty  →  C = 1 / (alpha · W) (W = n without weights).
  * Ridge(alpha=a) minimises ‖y − Xβ‖² + a‖β‖²  →  leitwerk alpha = a / n, penalty l2.
  * Lasso / ElasticNet(alpha, l1_ratio) use leitwerk's convention exactly.
- Solvers: newton-cg (tol 1e-10 on the largest gradient entry, max_iter 10000) for l2 / none logistic
  regression. lbfgs was the first choice, but with tol=1e-10 sklearn's lbfgs stops on scipy's relative
  objective-change test (ftol = 64·eps) before the gradient test, up to ~1e-5 from the optimum on these
  problems; `lbfgsDifference` records how far sklearn's lbfgs(tol=1e-10) lands from newton-cg. saga for l1 / elasticnet logistic (tol 1e-12, a
  large max_iter, on the small standardised synthetic set); coordinate descent (tol 1e-12) for Lasso /
  ElasticNet; Ridge with solver='cholesky' (exact). `sklearnSelfCheck` in each case is the largest coefficient
  difference between this run and a run with a 100× looser tolerance: an upper bound on how far sklearn itself
  may be from the optimum is far below the 1e-4 the tests allow.
- Rows: bank-additional-full data rows whose 0-based index is divisible by 20; telco rows divisible by 5.
  The synthetic sets are generated here with numpy (seeded) and stored in the fixture (missing = null).
"""

import json
import os
import platform
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.impute import SimpleImputer
from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, LogisticRegression, Ridge
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "examples", "data")
OUT = os.path.join(ROOT, "test", "fixtures", "learners")
PREDICTION_ROWS = 40


def design(frame, numeric, categorical):
    """Imputed, one-hot, standardised design matrix and its column names."""
    parts = []
    names = []
    if numeric:
        num = frame[numeric].astype(float).to_numpy()
        num = SimpleImputer(strategy="mean").fit_transform(num) if np.isnan(num).any() else num
        parts.append(num)
        names += numeric
    for col in categorical:
        values = frame[col].astype(str)
        for level in sorted(values.unique()):
            parts.append((values == level).to_numpy(dtype=float).reshape(-1, 1))
            names.append(f"{col}={level}")
    x = np.hstack(parts)
    return StandardScaler().fit_transform(x), names


def coef_table(names, coef, intercept):
    coef = np.atleast_2d(coef)
    return {
        "coefficients": {name: [float(coef[k, j]) for k in range(coef.shape[0])] for j, name in enumerate(names)},
        "intercepts": [float(v) for v in np.atleast_1d(intercept)],
    }


def logistic_case(name, x, y, names, alpha, penalty, l1_ratio=None, class_weight=None, multiclass=False):
    n = len(y)
    if penalty == "none":
        c = 1.0
    else:
        c = 1.0 / (alpha * n)
    solver = "newton-cg" if penalty in ("l2", "none") else "saga"
    tol = 1e-10 if solver == "newton-cg" else 1e-12
    max_iter = 10000 if solver == "newton-cg" else 200000

    def fit(t, solver=solver):
        m = LogisticRegression(
            penalty=None if penalty == "none" else penalty,
            C=c,
            l1_ratio=l1_ratio,
            solver=solver,
            tol=t,
            max_iter=max_iter,
            class_weight=class_weight,
            multi_class="multinomial" if multiclass else "auto",
            random_state=0,
        )
        m.fit(x, y)
        return m

    model = fit(tol)
    loose = fit(tol * 100)
    lbfgs = fit(1e-10, "lbfgs") if solver == "newton-cg" else None
    proba = model.predict_proba(x[:PREDICTION_ROWS])
    out = {
        "name": name,
        "objective": "multiclass" if multiclass else "binary",
        "settings": {
            "penalty": penalty,
            "alpha": alpha,
            **({"l1_ratio": l1_ratio} if l1_ratio is not None else {}),
            **({"class_weight": class_weight} if class_weight else {}),
        },
        "sklearn": f"LogisticRegression(penalty={penalty!r}, C={c!r}, l1_ratio={l1_ratio!r}, solver={solver!r}, "
        f"tol={tol}, max_iter={max_iter}, class_weight={class_weight!r}, "
        f"multi_class={'multinomial' if multiclass else 'auto'!r})",
        "iterations": int(np.max(model.n_iter_)),
        "sklearnSelfCheck": float(np.max(np.abs(model.coef_ - loose.coef_))),
        **({"lbfgsDifference": float(np.max(np.abs(model.coef_ - lbfgs.coef_)))} if lbfgs is not None else {}),
        **coef_table(names, model.coef_, model.intercept_),
        "probabilities": [[float(v) for v in row] for row in proba],
    }
    return out


def regression_case(name, x, y, names, kind, alpha, l1_ratio=None):
    n = len(y)
    if kind == "ridge":
        make = lambda t: Ridge(alpha=alpha * n, solver="cholesky")  # noqa: E731
        settings = {"penalty": "l2", "alpha": alpha}
        text = f"Ridge(alpha={alpha * n!r}, solver='cholesky')"
    elif kind == "lasso":
        make = lambda t: Lasso(alpha=alpha, tol=t, max_iter=1000000)  # noqa: E731
        settings = {"penalty": "l1", "alpha": alpha}
        text = f"Lasso(alpha={alpha!r}, tol=1e-12, max_iter=1000000)"
    elif kind == "elasticnet":
        make = lambda t: ElasticNet(alpha=alpha, l1_ratio=l1_ratio, tol=t, max_iter=1000000)  # noqa: E731
        settings = {"penalty": "elasticnet", "alpha": alpha, "l1_ratio": l1_ratio}
        text = f"ElasticNet(alpha={alpha!r}, l1_ratio={l1_ratio!r}, tol=1e-12, max_iter=1000000)"
    else:
        make = lambda t: LinearRegression()  # noqa: E731
        settings = {"penalty": "none", "alpha": alpha}
        text = "LinearRegression()"
    model = make(1e-12).fit(x, y)
    loose = make(1e-10).fit(x, y)
    return {
        "name": name,
        "objective": "squared_error",
        "settings": settings,
        "sklearn": text,
        "sklearnSelfCheck": float(np.max(np.abs(model.coef_ - loose.coef_))),
        **coef_table(names, model.coef_, model.intercept_),
        "predictions": [float(v) for v in model.predict(x[:PREDICTION_ROWS])],
    }


def write(name, payload):
    payload["made"] = {
        "script": "scripts/reference/linear_sklearn.py",
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
    }
    path = os.path.join(OUT, f"linear-{name}.json")
    with open(path, "w") as f:
        json.dump(payload, f, indent=1)
        f.write("\n")
    worst = {c["name"]: c["sklearnSelfCheck"] for c in payload["cases"]}
    print(path, worst)


def bank():
    frame = pd.read_csv(os.path.join(DATA, "bank-marketing", "bank-additional", "bank-additional-full.csv"), sep=";")
    frame = frame.iloc[np.arange(0, len(frame), 20)].reset_index(drop=True)
    numeric = ["age", "campaign", "pdays", "previous", "emp.var.rate", "cons.price.idx", "cons.conf.idx",
               "euribor3m", "nr.employed"]
    categorical = ["marital", "contact", "poutcome"]
    x, names = design(frame, numeric, categorical)
    y = (frame["y"] == "yes").to_numpy(dtype=int)
    cases = [
        logistic_case("binary-l2", x, y, names, alpha=1e-3, penalty="l2"),
        logistic_case("binary-l2-strong", x, y, names, alpha=0.05, penalty="l2"),
        logistic_case("binary-l2-balanced", x, y, names, alpha=1e-3, penalty="l2", class_weight="balanced"),
    ]
    write("bank", {
        "dataset": "bank-additional-full",
        "source": "bank-marketing/bank-additional/bank-additional-full.csv",
        "separator": ";",
        "rows": "data rows (0-based, header excluded) with index % 20 == 0",
        "rowStep": 20,
        "rowCount": len(y),
        "numeric": numeric,
        "categorical": categorical,
        "target": {"column": "y", "positive": "yes"},
        "featureNames": names,
        "cases": cases,
    })


def telco():
    frame = pd.read_csv(os.path.join(DATA, "telco-churn", "WA_Fn-UseC_-Telco-Customer-Churn.csv"))
    frame = frame.iloc[np.arange(0, len(frame), 5)].reset_index(drop=True)
    frame["TotalCharges"] = pd.to_numeric(frame["TotalCharges"].str.strip().replace("", np.nan))
    numeric = ["SeniorCitizen", "tenure", "TotalCharges"]
    categorical = ["InternetService", "Contract", "PaymentMethod", "PhoneService", "StreamingTV"]
    x, names = design(frame, numeric, categorical)
    y = frame["MonthlyCharges"].to_numpy(dtype=float)
    cases = [
        regression_case("ridge", x, y, names, "ridge", alpha=0.01),
        regression_case("lasso", x, y, names, "lasso", alpha=0.5),
        regression_case("elasticnet", x, y, names, "elasticnet", alpha=0.2, l1_ratio=0.5),
    ]
    write("telco", {
        "dataset": "telco-churn",
        "source": "telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv",
        "separator": ",",
        "rows": "data rows (0-based, header excluded) with index % 5 == 0; TotalCharges ' ' -> missing (mean-imputed)",
        "rowStep": 5,
        "rowCount": len(y),
        "numeric": numeric,
        "categorical": categorical,
        "target": {"column": "MonthlyCharges"},
        "featureNames": names,
        "cases": cases,
    })


def synthetic():
    rng = np.random.RandomState(20261129)
    n, p = 300, 5
    raw = rng.normal(size=(n, p)) * np.array([1.0, 2.0, 0.5, 3.0, 1.0]) + np.array([0.0, 1.0, -2.0, 5.0, 0.0])
    raw[:, 4] = 0.6 * raw[:, 0] + 0.8 * raw[:, 4]  # correlated pair
    group = rng.randint(0, 3, size=n)
    missing = rng.rand(n) < 0.08
    with_missing = raw.copy()
    with_missing[missing, 1] = np.nan
    frame = pd.DataFrame(with_missing, columns=[f"x{j}" for j in range(p)])
    frame["g"] = np.array(["u", "v", "w"])[group]
    numeric = [f"x{j}" for j in range(p)]
    x, names = design(frame, numeric, ["g"])
    eta = 0.8 * raw[:, 0] - 0.5 * raw[:, 1] + 0.3 * raw[:, 3] + np.array([0.0, 0.7, -0.4])[group] - 1.5
    yb = (rng.rand(n) < 1 / (1 + np.exp(-eta))).astype(int)
    scores = np.stack([0 * eta, eta, -0.6 * raw[:, 2] + 0.4 * raw[:, 4]], axis=1)
    scores += rng.gumbel(size=(n, 3))
    ym = np.argmax(scores, axis=1)
    yr = 2.0 * raw[:, 0] - 1.0 * raw[:, 3] + 0.5 * raw[:, 4] + np.array([0.0, 1.0, -1.0])[group] + rng.normal(size=n)
    x_num = x[:, :p]
    names_num = names[:p]
    cases = [
        logistic_case("binary-none", x_num, yb, names_num, alpha=0.0, penalty="none"),
        logistic_case("binary-l2", x, yb, names, alpha=0.01, penalty="l2"),
        logistic_case("binary-l1", x, yb, names, alpha=0.02, penalty="l1"),
        logistic_case("binary-elasticnet", x, yb, names, alpha=0.02, penalty="elasticnet", l1_ratio=0.5),
        logistic_case("multiclass-l2", x, ym, names, alpha=0.01, penalty="l2", multiclass=True),
        logistic_case("multiclass-l1", x, ym, names, alpha=0.02, penalty="l1", multiclass=True),
        regression_case("ridge", x, yr, names, "ridge", alpha=0.05),
        regression_case("ols", x_num, yr, names_num, "none", alpha=0.0),
        regression_case("lasso", x, yr, names, "lasso", alpha=0.1),
        regression_case("elasticnet", x, yr, names, "elasticnet", alpha=0.1, l1_ratio=0.3),
    ]
    for case in cases:
        case["features"] = "numeric" if case["name"] in ("binary-none", "ols") else "all"
    write("synthetic", {
        "dataset": "synthetic",
        "rows": "generated with numpy RandomState(20261129); stored below (null = missing)",
        "rowCount": n,
        "numeric": numeric,
        "categorical": ["g"],
        "data": {
            **{c: [None if np.isnan(v) else float(v) for v in frame[c]] for c in numeric},
            "g": list(frame["g"]),
        },
        "targets": {"binary": [int(v) for v in yb], "multiclass": [int(v) for v in ym],
                    "regression": [float(v) for v in yr]},
        "featureNames": names,
        "cases": cases,
    })


if __name__ == "__main__":
    bank()
    telco()
    synthetic()
