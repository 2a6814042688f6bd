#!/usr/bin/python3
"""Reference values for the large-holdout analytic intervals (src/metrics/analytic.ts, delong.ts).

Run:  /usr/bin/python3 scripts/ref_intervals.py   → writes test/vectors/intervals.json

Each interval is written as (value, variance): the test checks value ± z·√variance (clipped to the
metric's range) against ours, z = scipy.stats.norm.ppf(1 − α/2). Independent of our code paths:
- DeLong from midranks (scipy.stats.rankdata, the textbook form of Sun & Xu's algorithm), AUC from
  sklearn.metrics.roc_auc_score;
- the delta method with gradients written out by hand for each metric (ours differentiates numerically);
- per-row loss terms from numpy, values from scikit-learn.
Inputs are generated here from a seeded numpy generator and stored, so the test sees exactly them.
"""
import json
import math
import os

import numpy as np
import scipy
import sklearn
from scipy import stats
from sklearn import metrics as skm

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'vectors', 'intervals.json')


def f(v):
    v = float(v)
    if not math.isfinite(v):
        raise ValueError('non-finite reference %r' % v)
    return v


def delong(y, score):
    """placements from midranks: V10 for positives, V01 for negatives"""
    pos = score[y == 1]
    neg = score[y == 0]
    m, k = len(pos), len(neg)
    tz = stats.rankdata(np.concatenate([pos, neg]))
    tx = stats.rankdata(pos)
    ty = stats.rankdata(neg)
    v10 = (tz[:m] - tx) / k
    v01 = 1 - (tz[m:] - ty) / m
    return v10, v01


def delong_var(y, a, b=None):
    v10, v01 = delong(y, a)
    if b is not None:
        w10, w01 = delong(y, b)
        v10, v01 = v10 - w10, v01 - w01
    return v10.var(ddof=1) / len(v10) + v01.var(ddof=1) / len(v01)


def delta_var(shares, grad, n):
    """Var g = (Σ p g_k² − (Σ p g_k)²) / n over the multinomial cells"""
    m1 = np.sum(shares * grad)
    m2 = np.sum(shares * grad * grad)
    return (m2 - m1 * m1) / n


def confusion_refs(y, pc, pb):
    n = len(y)
    # cells of the joint table: index 4·y + 2·pc + pb, shares p
    cell = 4 * y + 2 * pc + pb
    p = np.bincount(cell, minlength=8) / n
    yk = np.array([k >> 2 for k in range(8)])
    ck = np.array([(k >> 1) & 1 for k in range(8)])
    bk = np.array([k & 1 for k in range(8)])

    def parts(pred_k):
        tp = np.sum(p * (yk == 1) * (pred_k == 1))
        fp = np.sum(p * (yk == 0) * (pred_k == 1))
        fn = np.sum(p * (yk == 1) * (pred_k == 0))
        return tp, fp, fn

    def grads(pred_k):
        tp, fp, fn = parts(pred_k)
        is_tp = ((yk == 1) & (pred_k == 1)).astype(float)
        is_fp = ((yk == 0) & (pred_k == 1)).astype(float)
        is_fn = ((yk == 1) & (pred_k == 0)).astype(float)
        correct = (yk == pred_k).astype(float)
        acc = correct  # accuracy = Σ p·correct: gradient = correct
        # recall = tp / (tp + fn)
        pos = tp + fn
        rec = (is_tp * fn - is_fn * tp) / pos**2
        # precision = tp / (tp + fp)
        pp = tp + fp
        prec = (is_tp * fp - is_fp * tp) / pp**2
        # f1 = 2tp / (2tp + fp + fn)
        d = 2 * tp + fp + fn
        f1 = (2 * is_tp * (fp + fn) - 2 * tp * (is_fp + is_fn)) / d**2
        return {'accuracy': acc, 'recall': rec, 'precision': prec, 'f1': f1}

    gc, gb = grads(ck), grads(bk)
    values = {
        'accuracy': (skm.accuracy_score(y, pc), skm.accuracy_score(y, pb)),
        'recall': (skm.recall_score(y, pc), skm.recall_score(y, pb)),
        'precision': (skm.precision_score(y, pc), skm.precision_score(y, pb)),
        'f1': (skm.f1_score(y, pc), skm.f1_score(y, pb)),
    }
    out = {}
    for mid, (vc, vb) in values.items():
        out[mid] = {
            'candidate': [f(vc), f(delta_var(p, gc[mid], n))],
            'baseline': [f(vb), f(delta_var(p, gb[mid], n))],
            'delta': [f(vc - vb), f(delta_var(p, gc[mid] - gb[mid], n))],
        }
    return out


def mean_ref(a, b):
    d = a - b
    return {
        'candidate': [f(a.mean()), f(a.var(ddof=1) / len(a))],
        'baseline': [f(b.mean()), f(b.var(ddof=1) / len(b))],
        'delta': [f(d.mean()), f(d.var(ddof=1) / len(d))],
    }


def binary_case(name, n, prevalence, decimals, seed, threshold):
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < prevalence).astype(int)
    shared = rng.normal(size=n)
    za = 1.1 * y + 0.8 * shared + 0.6 * rng.normal(size=n)
    zb = 0.8 * y + 0.8 * shared + 0.6 * rng.normal(size=n)
    sa = np.round(1 / (1 + np.exp(-(za - 1))), decimals)
    sb = np.round(1 / (1 + np.exp(-(zb - 1))), decimals)
    pc = (sa >= threshold).astype(int)
    pb = (sb >= threshold).astype(int)
    eps = 1e-15

    def ll(s):
        c = np.clip(s, eps, 1 - eps)
        return -(y * np.log(c) + (1 - y) * np.log(1 - c))

    refs = confusion_refs(y, pc, pb)
    auc_c, auc_b = skm.roc_auc_score(y, sa), skm.roc_auc_score(y, sb)
    refs['roc_auc'] = {
        'candidate': [f(auc_c), f(delong_var(y, sa))],
        'baseline': [f(auc_b), f(delong_var(y, sb))],
        'delta': [f(auc_c - auc_b), f(delong_var(y, sa, sb))],
    }
    refs['log_loss'] = mean_ref(ll(sa), ll(sb))
    refs['log_loss']['check'] = [f(skm.log_loss(y, sa, eps=eps, labels=[0, 1])), f(skm.log_loss(y, sb, eps=eps, labels=[0, 1]))]
    refs['brier'] = mean_ref((y - sa) ** 2, (y - sb) ** 2)
    return {
        'name': name,
        'threshold': threshold,
        'y': [int(v) for v in y],
        'candidate': [float(v) for v in sa],
        'baseline': [float(v) for v in sb],
        'expected': refs,
    }


def regression_case(name, n, seed):
    rng = np.random.default_rng(seed)
    y = np.round(rng.gamma(3, 10, size=n), 2)
    a = np.round(y + rng.normal(scale=4, size=n), 2)
    b = np.round(y + rng.normal(scale=5, size=n) + 0.5, 2)
    ea, eb = a - y, b - y
    refs = {
        'mae': mean_ref(np.abs(ea), np.abs(eb)),
        'mse': mean_ref(ea**2, eb**2),
        'mean_error': mean_ref(ea, eb),
    }
    refs['mae']['check'] = [f(skm.mean_absolute_error(y, a)), f(skm.mean_absolute_error(y, b))]
    refs['mse']['check'] = [f(skm.mean_squared_error(y, a)), f(skm.mean_squared_error(y, b))]
    # RMSE delta: influence e₁²/(2·RMSE₁) − e₂²/(2·RMSE₂)
    ra, rb = math.sqrt(np.mean(ea**2)), math.sqrt(np.mean(eb**2))
    infl = ea**2 / (2 * ra) - eb**2 / (2 * rb)
    refs['rmse'] = {'delta': [f(ra - rb), f(infl.var(ddof=1) / n)]}
    return {'name': name, 'y': [float(v) for v in y], 'candidate': [float(v) for v in a], 'baseline': [float(v) for v in b], 'expected': refs}


def resolution_cases():
    """src/drift/resolution.ts: the smallest drift a test at alpha resolves (scipy.stats chi2.ppf, norm.ppf)"""
    alpha = 0.05
    c = math.sqrt(-0.5 * math.log(alpha / 2))
    out = []
    for n, m, dof in [(300, 300, 1), (1000, 5000, 4), (20000, 20000, 9), (1000000, 1000000, 99), (50, 20, 2)]:
        ks = c * math.sqrt((n + m) / (n * m))
        out.append({
            'n': n, 'm': m, 'dof': dof, 'alpha': alpha,
            'ks': f(ks),
            'shiftSd': f(2 * stats.norm.ppf((1 + ks) / 2)) if ks < 1 else None,
            'chi2Critical': f(stats.chi2.ppf(1 - alpha, dof)),
            'cramersV': f(math.sqrt(stats.chi2.ppf(1 - alpha, dof) / (n + m))),
        })
    return out


def main():
    out = {
        'generator': 'scripts/ref_intervals.py',
        'versions': {'numpy': np.__version__, 'scipy': scipy.__version__, 'sklearn': sklearn.__version__},
        'tolerance': {'relative': 1e-9},
        'z': {str(c): f(stats.norm.ppf(1 - (1 - c) / 2)) for c in (0.9, 0.95, 0.99)},
        'binary': [
            binary_case('20% positives, scores to 2 decimals (ties)', 3000, 0.2, 2, 11, 0.5),
            binary_case('3% positives, scores to 4 decimals', 5000, 0.03, 4, 12, 0.1),
        ],
        'regression': [regression_case('gamma target, rounded to cents', 2500, 13)],
        'resolution': resolution_cases(),
    }
    with open(OUT, 'w') as fh:
        json.dump(out, fh, separators=(',', ':'), allow_nan=False)
    print('wrote', OUT)


if __name__ == '__main__':
    main()
