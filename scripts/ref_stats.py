#!/usr/bin/python3
"""Reference vectors for src/stats, from SciPy/numpy (Debian's python3-scipy).

Run:  /usr/bin/python3 scripts/ref_stats.py   → writes test/vectors/stats.json

Sample values are rounded to 6 significant digits BEFORE the references are computed, so the stored
inputs are exactly what SciPy saw. Library versions are recorded in the file.
"""
import json
import math
import os
import sys

import numpy as np
import scipy
import scipy.special as sc
from scipy import stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'vectors', 'stats.json')


def r6(a):
    return np.array([float('%.6g' % v) for v in np.asarray(a, dtype=float)])


def lst(a):
    return [float(v) for v in np.asarray(a, dtype=float)]


def fnum(v):
    v = float(v)
    if not math.isfinite(v):
        raise ValueError('non-finite reference %r' % v)
    return v


# ---------------------------------------------------------------- quantile / searchsorted
def quantile_cases():
    rng = np.random.default_rng(1)
    cases = []
    ps = [0, 0.1, 0.25, 0.3, 0.5, 1 / 3, 0.7, 0.75, 0.9, 0.99, 1]
    for name, a in [
        ('one', np.array([3.5])),
        ('two', np.array([-1.0, 2.0])),
        ('normal50', r6(rng.normal(size=50))),
        ('ties', rng.integers(0, 4, size=37).astype(float)),
        ('tiny', r6(rng.normal(size=11) * 1e-300)),
        ('large', r6(rng.lognormal(size=1001) * 1e200)),
    ]:
        s = np.sort(a)
        cases.append({'name': name, 'sorted': lst(s), 'p': ps, 'q': [fnum(np.quantile(s, p)) for p in ps]})
    # bin edges as the drift module computes them
    a = r6(rng.normal(size=200))
    s = np.sort(a)
    ks = [k / 10 for k in range(1, 10)]
    cases.append({'name': 'deciles200', 'sorted': lst(s), 'p': ks, 'q': lst(np.quantile(s, ks))})
    return cases


def searchsorted_cases():
    edges = np.array([-1.5, 0.0, 0.0, 2.0, 3.25, 3.25, 3.25, 10.0])
    xs = np.array([-5, -1.5, -1.0, 0.0, 1.0, 2.0, 3.25, 4.0, 10.0, 11.0, -0.0])
    return [
        {'edges': lst(edges), 'x': lst(xs), 'left': [int(v) for v in np.searchsorted(edges, xs, side='left')],
         'right': [int(v) for v in np.searchsorted(edges, xs, side='right')]},
        {'edges': [], 'x': [1.0], 'left': [0], 'right': [0]},
    ]


SECTIONS = {
    'quantile': quantile_cases,
    'searchsorted': searchsorted_cases,
}


def main():
    out = {
        'generator': 'scripts/ref_stats.py',
        'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__},
    }
    for k, f in SECTIONS.items():
        out[k] = f()
    with open(OUT, 'w') as fh:
        json.dump(out, fh, separators=(',', ':'))
        fh.write('\n')
    print('wrote', OUT, os.path.getsize(OUT), 'bytes')


if __name__ == '__main__':
    main()
