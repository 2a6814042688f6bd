#!/usr/bin/python3
"""Reference vectors for the drift tests (DESIGN §4), written to test/vectors/drift.json.

Run with Debian's interpreter, which has SciPy 1.10 / numpy 1.24:  /usr/bin/python3 scripts/ref_drift.py
Every expected number comes from the SciPy/numpy expression named in DESIGN §4 (the `oracle` of each test
in src/drift/registry.ts), on the non-missing values (NaN and ±inf are missing), with the binning of §4:
at most 20 distinct values over both samples -> one bin per value; otherwise edges = the distinct values
of numpy.quantile(ref, k/B), k = 1..B-1, and bin = numpy.searchsorted(edges, x, side='left').
Data is generated here with a seeded numpy Generator and stored in the file (rounded, so the JSON text
round-trips to the same doubles); test/drift/parity.test.ts compares at relative 1e-9 (statistics) and
1e-6 (p-values).
"""
import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

SHARE_FLOOR = 1e-4
MAX_VALUE_BINS = 20
STD_FLOOR = 0.001

rng = np.random.default_rng(20260401)


def finite(a):
    a = np.asarray(a, dtype=float)
    return a[np.isfinite(a)]


def auto_method(kind, n_ref, distinct):
    continuous = kind == 'numerical' and distinct > 5
    if n_ref <= 1000:
        return 'ks' if continuous else 'chi2'
    return 'wasserstein' if continuous else 'jensen_shannon'


def binned(rc, cc):
    rc = np.asarray(rc, dtype=float)
    cc = np.asarray(cc, dtype=float)
    r = rc / rc.sum()
    c = cc / cc.sum()
    rf = np.maximum(r, SHARE_FLOOR)
    cf = np.maximum(c, SHARE_FLOOR)
    return {
        'psi': float(np.sum((cf - rf) * np.log(cf / rf))),
        'jensen_shannon': float(distance.jensenshannon(r, c, base=2)),
        'kl': float(stats.entropy(rf, cf)),
        'hellinger': float(np.sqrt(max(1 - np.sum(np.sqrt(r * c)), 0.0))),
    }


def chi2(rc, cc):
    statistic, p, dof, _ = stats.chi2_contingency([rc, cc], correction=False)
    return {'statistic': float(statistic), 'pValue': float(p), 'dof': int(dof)}


def numerical_case(name, ref, cur, bins=10, cvm=True, decimals=6):
    ref = np.round(np.asarray(ref, dtype=float), decimals)
    cur = np.round(np.asarray(cur, dtype=float), decimals)
    r = finite(ref)
    c = finite(cur)
    uniq = np.unique(np.concatenate([r, c]))
    if len(uniq) <= MAX_VALUE_BINS:
        mode = 'values'
        edges = None
        rc = [int(np.sum(r == v)) for v in uniq]
        cc = [int(np.sum(c == v)) for v in uniq]
    else:
        mode = 'quantiles'
        edges = np.unique(np.quantile(r, [k / bins for k in range(1, bins)]))
        rc = np.bincount(np.searchsorted(edges, r, side='left'), minlength=len(edges) + 1).tolist()
        cc = np.bincount(np.searchsorted(edges, c, side='left'), minlength=len(edges) + 1).tolist()
    ks = stats.ks_2samp(r, c)
    expected = {
        'ks': {'statistic': float(ks.statistic), 'pValue': float(ks.pvalue)},
        'wasserstein': float(stats.wasserstein_distance(r, c) / max(np.std(r), STD_FLOOR)),
        **binned(rc, cc),
    }
    if cvm:
        res = stats.cramervonmises_2samp(r, c)
        expected['cramer_von_mises'] = {'statistic': float(res.statistic), 'pValue': float(res.pvalue)}
    if mode == 'values':
        expected['chi2'] = chi2(rc, cc)
    return {
        'name': name,
        'kind': 'numerical',
        'bins': bins,
        'reference': [None if not math.isfinite(x) else float(x) for x in ref],
        'current': [None if not math.isfinite(x) else float(x) for x in cur],
        'binning': {
            'mode': mode,
            'edges': None if edges is None else [float(e) for e in edges],
            'values': [float(v) for v in uniq] if mode == 'values' else None,
            'reference': rc,
            'current': cc,
        },
        'auto': auto_method('numerical', len(r), len(uniq)),
        'expected': expected,
    }


def categorical_case(name, ref, cur):
    ref = [None if x is None else str(x) for x in ref]
    cur = [None if x is None else str(x) for x in cur]
    seen = []
    index = {}
    for x in ref + cur:
        if x is not None and x not in index:
            index[x] = len(seen)
            seen.append(x)
    rc = [0] * len(seen)
    cc = [0] * len(seen)
    for x in ref:
        if x is not None:
            rc[index[x]] += 1
    for x in cur:
        if x is not None:
            cc[index[x]] += 1
    expected = {'chi2': chi2(rc, cc), **binned(rc, cc)}
    new = [s for s in seen if rc[index[s]] == 0 and cc[index[s]] > 0]
    n_cur = sum(cc)
    return {
        'name': name,
        'kind': 'categorical',
        'reference': ref,
        'current': cur,
        'auto': auto_method('categorical', sum(rc), len(seen)),
        'newCategories': {'count': len(new), 'share': sum(cc[index[s]] for s in new) / n_cur},
        'expected': expected,
    }


def choice(labels, probs, n):
    return [labels[i] for i in rng.choice(len(labels), size=n, p=probs)]


cases = []
cases.append(numerical_case('normal small, unequal sizes, shift 0.3', rng.normal(0, 1, 200), rng.normal(0.3, 1, 150)))
cases.append(numerical_case('normal 500 vs 500, no shift', rng.normal(5, 2, 500), rng.normal(5, 2, 500)))
cases.append(numerical_case('cvm exact: 8 vs 12', rng.normal(0, 1, 8), rng.normal(0.5, 1, 12)))
cases.append(numerical_case('poisson integers, ties, value bins', rng.poisson(3, 800), rng.poisson(3.4, 700)))
cases.append(numerical_case('integers 0..49, heavy ties', rng.integers(0, 50, 3000), rng.integers(0, 55, 2500)))
cases.append(numerical_case('cauchy heavy tails', rng.standard_cauchy(5000), 1.2 * rng.standard_cauchy(4000)))
cases.append(numerical_case('normal 12000 vs 11000 asymptotic KS, small shift', rng.normal(0, 1, 12000), rng.normal(0.05, 1, 11000), decimals=4))
one_sided = rng.exponential(1, 2000)
one_sided_cur = rng.exponential(1, 2000)
one_sided_cur[one_sided_cur > np.quantile(one_sided_cur, 0.8)] += 1.5
cases.append(numerical_case('one-sided shift of the upper tail', one_sided, one_sided_cur))
cases.append(numerical_case('lognormal 11000 vs 10500, scale change', rng.lognormal(0, 1, 11000), rng.lognormal(0, 1.3, 10500), decimals=4, cvm=True))
cases.append(numerical_case('three values, chi2 on value bins', rng.integers(0, 3, 600), rng.choice(3, 400, p=[0.2, 0.3, 0.5])))
ident = rng.normal(0, 1, 300)
cases.append(numerical_case('identical samples', ident, ident.copy()))
cases.append(numerical_case('constant reference, current moves', np.ones(1500), np.where(rng.random(1200) < 0.3, 2.0, 1.0)))
zi = np.where(rng.random(5000) < 0.6, 0.0, rng.exponential(3, 5000))
zi_cur = np.where(rng.random(4000) < 0.4, 0.0, rng.exponential(3, 4000))
cases.append(numerical_case('zero-inflated, duplicate quantile edges', zi, zi_cur))
with_missing = rng.normal(0, 1, 700)
with_missing[rng.random(700) < 0.1] = np.nan
with_missing[:3] = np.inf
with_missing_cur = rng.normal(0.2, 1.1, 900)
with_missing_cur[rng.random(900) < 0.2] = np.nan
with_missing_cur[5] = -np.inf
cases.append(numerical_case('missing and infinite values', with_missing, with_missing_cur))
cases.append(numerical_case('20 bins', rng.gamma(2, 2, 3000), rng.gamma(2.2, 2, 3000), bins=20))

cases.append(categorical_case('four categories, shifted', choice(list('abcd'), [0.4, 0.3, 0.2, 0.1], 800), choice(list('abcd'), [0.3, 0.3, 0.2, 0.2], 900)))
cases.append(categorical_case('new categories in current', choice(list('abc'), [0.5, 0.3, 0.2], 1500), choice(list('abcef'), [0.4, 0.3, 0.2, 0.06, 0.04], 1200)))
cases.append(categorical_case('two categories (two-proportion z-test)', choice(['yes', 'no'], [0.3, 0.7], 300), choice(['yes', 'no'], [0.36, 0.64], 200)))
labels50 = [f'merchant_{i}' for i in range(50)]
p50 = rng.dirichlet(np.ones(50))
q50 = 0.9 * p50 + 0.1 * rng.dirichlet(np.ones(50))
cases.append(categorical_case('50 categories, 5000 vs 5000', choice(labels50, p50, 5000), choice(labels50, q50 / q50.sum(), 5000)))
cats_missing = choice(['x', 'y', 'z', None], [0.3, 0.3, 0.3, 0.1], 500)
cases.append(categorical_case('category only in reference, missing values', cats_missing, choice(['x', 'y', None], [0.5, 0.4, 0.1], 400)))

out = {
    'generator': 'scripts/ref_drift.py',
    'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__},
    'constants': {'shareFloor': SHARE_FLOOR, 'maxValueBins': MAX_VALUE_BINS, 'wassersteinStdFloor': STD_FLOOR},
    'cases': cases,
}
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'vectors', 'drift.json')
with open(path, 'w') as f:
    json.dump(out, f, separators=(',', ':'))
    f.write('\n')
print(f'wrote {len(cases)} cases to {os.path.normpath(path)} ({os.path.getsize(path) // 1024} KiB)')
