#!/usr/bin/python3
"""Reference vectors for src/metrics, from scikit-learn 1.2 / numpy (Debian's python3-sklearn).

Run:  /usr/bin/python3 scripts/ref_sklearn.py   → writes test/vectors/metrics.json

Scores and probabilities are rounded BEFORE the references are computed (which also makes ties), so the
stored inputs are exactly what scikit-learn saw; json writes floats with repr, which round-trips. A metric
scikit-learn cannot compute on a case (it raises, e.g. ROC AUC with one class) is stored as null. ece has
no scikit-learn function: it is computed here in numpy from DESIGN §3's definition. Library versions are
recorded in the file.
"""
import json
import os
import sys
import warnings

import numpy as np
import sklearn
from sklearn import metrics as skm

warnings.filterwarnings('ignore')  # zero-division and "only one class" warnings are part of the cases

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'vectors', 'metrics.json')
EPS = 1e-15
ECE_BINS = 10


def fnum(v):
    v = float(v)
    return v if np.isfinite(v) else None


def safe(f):
    try:
        return fnum(f())
    except ValueError:
        return None


def ece(y, s):
    b = np.minimum(np.floor(s * ECE_BINS), ECE_BINS - 1).astype(int)
    total = 0.0
    for k in range(ECE_BINS):
        m = b == k
        if m.any():
            total += m.sum() / len(y) * abs(y[m].mean() - s[m].mean())
    return total


# ---------------------------------------------------------------- binary
def binary_expected(y, pred, score):
    out = {
        'accuracy': skm.accuracy_score(y, pred),
        'balanced_accuracy': skm.balanced_accuracy_score(y, pred),
        'precision': skm.precision_score(y, pred, pos_label=1, labels=[0, 1]),
        'recall': skm.recall_score(y, pred, pos_label=1, labels=[0, 1]),
        'f1': skm.f1_score(y, pred, pos_label=1, labels=[0, 1]),
        'specificity': skm.recall_score(y, pred, pos_label=0, labels=[0, 1]),
        'mcc': skm.matthews_corrcoef(y, pred),
        'cohen_kappa': skm.cohen_kappa_score(y, pred),
        'positive_rate': np.mean(pred == 1),
    }
    out = {k: fnum(v) for k, v in out.items()}
    if score is not None:
        one_class = len(np.unique(y)) < 2
        out['roc_auc'] = None if one_class else safe(lambda: skm.roc_auc_score(y, score))
        out['pr_auc'] = None if one_class else safe(lambda: skm.average_precision_score(y, score))
        out['log_loss'] = fnum(skm.log_loss(y, score, eps=EPS, labels=[0, 1]))
        out['brier'] = fnum(skm.brier_score_loss(y, score, pos_label=1))
        out['ece'] = fnum(ece(y, score))
    return out


def binary_cases():
    rng = np.random.default_rng(7)
    cases = []

    def add(name, y, pred, score):
        y = np.asarray(y, dtype=int)
        pred = np.asarray(pred, dtype=int)
        score = None if score is None else np.asarray(score, dtype=float)
        cases.append({
            'name': name,
            'y': y.tolist(),
            'pred': pred.tolist(),
            'score': None if score is None else score.tolist(),
            'expected': binary_expected(y, pred, score),
        })

    def scored(n, prevalence, signal, decimals):
        y = (rng.random(n) < prevalence).astype(int)
        logit = rng.normal(0, 1, n) + signal * (2 * y - 1)
        s = np.round(1 / (1 + np.exp(-logit)), decimals)
        return y, s

    y, s = scored(500, 0.4, 1.0, 2)
    add('moderate signal, scores rounded to 2 decimals (ties)', y, (s >= 0.5).astype(int), s)
    y, s = scored(3000, 0.01, 1.5, 3)
    add('1% positives', y, (s >= 0.5).astype(int), s)
    y, s = scored(2000, 0.3, 0.7, 6)
    add('threshold 0.3, few ties', y, (s >= 0.3).astype(int), s)
    y = np.array([0] * 40 + [1] * 60)
    s = np.round(np.concatenate([rng.uniform(0, 0.4, 40), rng.uniform(0.6, 1, 60)]), 4)
    add('perfect separation', y, (s >= 0.5).astype(int), s)
    y, s = scored(300, 0.5, 0.5, 2)
    add('all-one prediction', y, np.ones(300, dtype=int), s)
    y, s = scored(200, 0.5, 0.5, 2)
    add('no predicted positives', y, np.zeros(200, dtype=int), s)
    y = rng.integers(0, 2, 400)
    s = rng.choice([0.0, 0.25, 0.5, 0.75, 1.0], 400)
    add('heavy ties and exact 0 / 1 scores (log-loss clipping)', y, (s >= 0.5).astype(int), s)
    y = np.zeros(50, dtype=int)
    s = np.round(rng.uniform(0, 1, 50), 2)
    add('one class only in the target', y, (s >= 0.5).astype(int), s)
    y = np.ones(30, dtype=int)
    add('target and prediction all positive', y, np.ones(30, dtype=int), np.round(rng.uniform(0.5, 1, 30), 2))
    add('seven rows', [1, 0, 1, 1, 0, 0, 1], [1, 0, 0, 1, 1, 0, 1], [0.9, 0.1, 0.4, 0.8, 0.65, 0.3, 0.7])
    y, s = scored(250, 0.45, 0.8, 2)
    add('labels only (no score column)', y, (s >= 0.5).astype(int), None)
    return cases


# ---------------------------------------------------------------- multiclass
def multiclass_case(name, y, pred, proba, proba_classes):
    y = np.asarray(y)
    pred = np.asarray(pred)
    classes = np.unique(np.concatenate([y, pred, np.asarray(proba_classes if proba is not None else [], dtype=y.dtype)]))
    out = {
        'accuracy': skm.accuracy_score(y, pred),
        'balanced_accuracy': skm.balanced_accuracy_score(y, pred),
        'mcc': skm.matthews_corrcoef(y, pred),
        'cohen_kappa': skm.cohen_kappa_score(y, pred),
    }
    for what, f in (('precision', skm.precision_score), ('recall', skm.recall_score), ('f1', skm.f1_score)):
        for avg in ('macro', 'weighted'):
            out[f'{what}_{avg}'] = f(y, pred, average=avg)
    out = {k: fnum(v) for k, v in out.items()}
    P = None
    if proba is not None:
        # columns in `classes` order
        index = {c: i for i, c in enumerate(proba_classes)}
        P = np.stack([proba[:, index[c]] for c in classes], axis=1)
        out['log_loss'] = fnum(skm.log_loss(y, P, eps=EPS, labels=classes))
        for avg in ('macro', 'weighted'):
            out[f'roc_auc_ovr_{avg}'] = safe(
                lambda: skm.roc_auc_score(y, P, multi_class='ovr', average=avg, labels=classes))
    return {
        'name': name,
        'classes': [str(c) for c in classes],
        'y': [str(v) for v in y],
        'pred': [str(v) for v in pred],
        'proba': None if P is None else P.T.tolist(),
        'expected': out,
    }


def softmax_rows(logits, decimals):
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = p / p.sum(axis=1, keepdims=True)
    p = np.round(p, decimals)
    # keep rows summing to 1 after rounding: the largest column absorbs the residue (and stays positive)
    top = p.argmax(axis=1)
    rows = np.arange(len(p))
    p[rows, top] = 0
    p[rows, top] = 1 - p.sum(axis=1)
    return p


def multiclass_cases():
    rng = np.random.default_rng(11)
    cases = []

    def sample(n, k, signal, decimals):
        y = rng.integers(0, k, n)
        logits = rng.normal(0, 1, (n, k))
        logits[np.arange(n), y] += signal
        return y, softmax_rows(logits, decimals)

    y, p = sample(300, 3, 1.5, 3)
    cases.append(multiclass_case('3 integer classes, argmax prediction', y, p.argmax(axis=1), p, list(range(3))))
    names = np.array(['alpha', 'beta', 'Gamma', 'delta', 'eps', 'zeta', 'eta', 'theta', 'iota', 'kappa'])
    y, p = sample(1000, 10, 1.0, 4)
    pred = p.argmax(axis=1)
    pred[pred == 7] = 3  # class 'theta' is never predicted
    cases.append(multiclass_case('10 string classes, one never predicted', names[y], names[pred], p, list(names)))
    y, p = sample(400, 5, 0.8, 1)
    pred = np.where(rng.random(400) < 0.7, y, rng.integers(0, 5, 400))
    cases.append(multiclass_case('5 classes, probabilities rounded to 1 decimal (ties), separate prediction',
                                 names[y], names[pred], p, list(names[:5])))
    y, p = sample(200, 4, 1.2, 3)
    y[y == 2] = 0  # class 2 has a probability column but never occurs in the target
    cases.append(multiclass_case('4 classes, one absent from the target', y, p.argmax(axis=1), p, list(range(4))))
    y = rng.integers(0, 3, 60)
    pred = np.where(rng.random(60) < 0.5, y, (y + 1) % 3)
    cases.append(multiclass_case('labels only (no probabilities)', y, pred, None, []))
    return cases


# ---------------------------------------------------------------- regression
def regression_case(name, y, pred):
    y = np.asarray(y, dtype=float)
    pred = np.asarray(pred, dtype=float)
    out = {
        'mae': skm.mean_absolute_error(y, pred),
        'mse': skm.mean_squared_error(y, pred),
        'rmse': skm.mean_squared_error(y, pred, squared=False),
        'r2': skm.r2_score(y, pred),
        'mape': skm.mean_absolute_percentage_error(y, pred),
        'median_ae': skm.median_absolute_error(y, pred),
        'max_error': skm.max_error(y, pred),
        'mean_error': np.mean(pred - y),
    }
    return {'name': name, 'y': y.tolist(), 'pred': pred.tolist(), 'expected': {k: fnum(v) for k, v in out.items()}}


def regression_cases():
    rng = np.random.default_rng(5)
    cases = []
    y = np.round(rng.normal(100, 15, 500), 3)
    cases.append(regression_case('normal target, even n', y, np.round(y + rng.normal(2, 5, 500), 3)))
    y = np.round(rng.normal(0, 1, 301), 4)
    pred = y + rng.standard_t(1.5, 301)
    pred[:3] = [1e4, -2e3, 5e2]
    cases.append(regression_case('heavy-tailed errors and outliers, odd n', y, np.round(pred, 4)))
    y = np.round(rng.exponential(3, 400), 2)
    y[::10] = 0.0
    cases.append(regression_case('zeros in the target (MAPE floors at machine epsilon)', y,
                                 np.round(y + rng.normal(0, 1, 400), 2)))
    cases.append(regression_case('constant target, imperfect prediction', np.full(20, 3.0),
                                 3 + np.round(rng.normal(0, 1, 20), 2)))
    cases.append(regression_case('constant target, perfect prediction', np.full(20, 3.0), np.full(20, 3.0)))
    y = np.round(rng.uniform(-50, 50, 100), 1)
    cases.append(regression_case('perfect prediction', y, y.copy()))
    cases.append(regression_case('one row', [2.5], [3.0]))
    return cases


# ---------------------------------------------------------------- percentile (bootstrap intervals)
def percentile_cases():
    rng = np.random.default_rng(3)
    cases = []
    for n, conf in ((1000, 0.95), (997, 0.9), (10, 0.95), (1, 0.95), (250, 0.99)):
        v = np.round(rng.normal(0.8, 0.05, n), 5)
        a = (1 - conf) / 2
        lo, hi = np.percentile(v, [100 * a, 100 * (1 - a)])
        cases.append({'values': v.tolist(), 'confidence': conf, 'expected': [float(lo), float(hi)]})
    return cases


# ---------------------------------------------------------------- curves (rendering; checked unthinned)
def curve_cases(binary):
    out = []
    for case in binary:
        if case['score'] is None or len(set(case['y'])) < 2:
            continue
        y = np.asarray(case['y'])
        s = np.asarray(case['score'])
        if len(np.unique(s)) > 150:
            continue
        fpr, tpr, _ = skm.roc_curve(y, s, drop_intermediate=False)
        precision, recall, _ = skm.precision_recall_curve(y, s)
        out.append({
            'name': case['name'],
            'fpr': fpr.tolist(), 'tpr': tpr.tolist(),
            # ascending recall, as the report stores it
            'recall': recall[::-1].tolist(), 'precision': precision[::-1].tolist(),
        })
    return out


def main():
    binary = binary_cases()
    doc = {
        'generator': 'scripts/ref_sklearn.py',
        'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'sklearn': sklearn.__version__},
        'tolerance': {'relative': 1e-9, 'absolute_near_zero': 1e-12},
        'constants': {'log_loss_eps': EPS, 'ece_bins': ECE_BINS},
        'binary': binary,
        'curves': curve_cases(binary),
        'multiclass': multiclass_cases(),
        'regression': regression_cases(),
        'percentile': percentile_cases(),
    }
    with open(OUT, 'w') as f:
        json.dump(doc, f, allow_nan=False)
        f.write('\n')
    print('wrote', OUT)


if __name__ == '__main__':
    main()
