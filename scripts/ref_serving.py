#!/usr/bin/python3
"""Reference vectors for the serving and shadow checks (issue 12), from numpy/SciPy (Debian's python3-scipy).

Run:  /usr/bin/python3 scripts/ref_serving.py   → writes test/vectors/serving.json

- latency quantiles: numpy.quantile(x, [0.5, 0.95, 0.99]) (default method 'linear');
- their order-statistic intervals: ranks l = binom.ppf(α/2, n, q), u = binom.ppf(1 − α/2, n, q) + 1
  (1-based; outside [1, n] = open), the interval's ends the sorted sample's values at those ranks;
- scipy.stats.binom.cdf / ppf and scipy.special.betainc on a grid, including large n;
- Wilson intervals: scipy.stats.binomtest(k, n).proportion_ci(c, method='wilson');
- Garwood (Poisson rate) intervals: scipy.stats.gamma.ppf(α/2, k) / t and gamma.ppf(1 − α/2, k + 1) / t;
- the shadow shift: the mean of paired differences with mean ± norm.ppf((1 + c)/2) · std(ddof=1) / √n.
Sample values are rounded to 6 significant digits before the references are computed, so the stored inputs
are exactly what numpy saw. Library versions are recorded in the file.
"""
import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import special, stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'vectors', 'serving.json')


def r6(a):
    return np.array([float('%.6g' % v) for v in np.asarray(a, dtype=float)])


def lst(a):
    return [float(v) for v in np.asarray(a, dtype=float)]


def latency_cases():
    rng = np.random.default_rng(12)
    cases = []
    for name, x in [
        ('lognormal20', r6(rng.lognormal(3.5, 0.5, size=20))),
        ('lognormal100', r6(rng.lognormal(3.5, 0.5, size=100))),
        ('lognormal1000', r6(rng.lognormal(3.5, 0.6, size=1000))),
        ('ties500', np.round(rng.exponential(30, size=500))),
        ('heavy5000', r6(rng.pareto(2.5, size=5000) * 20)),
    ]:
        s = np.sort(x)
        n = len(s)
        for c in (0.9, 0.95, 0.99):
            alpha = 1 - c
            out = {'name': name, 'confidence': c, 'values': lst(x), 'quantiles': {}}
            for key, q in (('p50', 0.5), ('p95', 0.95), ('p99', 0.99)):
                lo = int(stats.binom.ppf(alpha / 2, n, q))
                hi = int(stats.binom.ppf(1 - alpha / 2, n, q)) + 1
                out['quantiles'][key] = {
                    'q': q,
                    'value': float(np.quantile(x, q)),
                    'lowerRank': lo if lo >= 1 else None,
                    'upperRank': hi if hi <= n else None,
                    'lower': float(s[lo - 1]) if lo >= 1 else float(s[0]),
                    'upper': float(s[hi - 1]) if hi <= n else float(s[-1]),
                }
            cases.append(out)
    return cases


def binomial_cases():
    out = []
    for n, p in [(10, 0.3), (20, 0.5), (100, 0.99), (1000, 0.95), (12345, 0.5), (1000000, 0.99), (1000000, 0.001)]:
        ks = sorted(set(int(v) for v in np.linspace(0, n, 9)) | {int(n * p)})
        for k in ks:
            out.append({'kind': 'cdf', 'n': n, 'p': p, 'k': k, 'value': float(stats.binom.cdf(k, n, p))})
        for q in (0.005, 0.025, 0.05, 0.5, 0.95, 0.975, 0.995):
            out.append({'kind': 'ppf', 'n': n, 'p': p, 'q': q, 'value': int(stats.binom.ppf(q, n, p))})
    for a, b, x in [(0.5, 0.5, 0.3), (2, 3, 0.4), (10, 20, 0.2), (100, 1, 0.99), (5000, 5001, 0.5), (1e5, 2e5, 0.34)]:
        out.append({'kind': 'betainc', 'a': a, 'b': b, 'x': x, 'value': float(special.betainc(a, b, x))})
    return out


def wilson_cases():
    out = []
    for k, n in [(0, 10), (1, 10), (5, 10), (10, 10), (17, 2000), (0, 2000), (3, 1000000), (950, 1000)]:
        for c in (0.9, 0.95, 0.99):
            ci = stats.binomtest(k, n).proportion_ci(confidence_level=c, method='wilson')
            out.append({'k': k, 'n': n, 'confidence': c, 'lower': float(ci.low), 'upper': float(ci.high)})
    return out


def garwood_cases():
    out = []
    for k, t in [(0, 10.0), (1, 1.0), (10, 2.5), (1999, 20.438), (100000, 3600.0)]:
        for c in (0.9, 0.95, 0.99):
            a = 1 - c
            lo = 0.0 if k == 0 else float(stats.gamma.ppf(a / 2, k)) / t
            hi = float(stats.gamma.ppf(1 - a / 2, k + 1)) / t
            out.append({'k': k, 't': t, 'confidence': c, 'lower': lo, 'upper': hi})
    return out


def shift_cases():
    rng = np.random.default_rng(3)
    out = []
    for n in (2, 50, 5000):
        a = r6(rng.uniform(size=n))
        b = r6(np.clip(a + rng.normal(0.02, 0.1, size=n), 0, 1))
        d = a - b
        mean = float(np.mean(d))
        half = float(stats.norm.ppf(0.975) * np.std(d, ddof=1) / math.sqrt(n))
        out.append({'candidate': lst(a), 'champion': lst(b), 'mean': mean, 'lower': mean - half, 'upper': mean + half})
    return out


def main():
    data = {
        'generator': 'scripts/ref_serving.py',
        'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__},
        'latency': latency_cases(),
        'binomial': binomial_cases(),
        'wilson': wilson_cases(),
        'garwood': garwood_cases(),
        'shift': shift_cases(),
    }
    with open(OUT, 'w') as f:
        json.dump(data, f, separators=(',', ':'))
        f.write('\n')
    print('wrote', OUT)


if __name__ == '__main__':
    main()
