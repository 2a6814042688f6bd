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


# ---------------------------------------------------------------- model-gate's own RNG (src/stats/random.ts)
class Rng:
    """xoshiro128** seeded by splitmix32, bit-identical to createRng in src/stats/random.ts, so large samples
    are stored as (generator, seed, n) and rebuilt in the tests (test/stats/samples.ts)."""
    M = 0xFFFFFFFF

    def __init__(self, seed):
        self.x = seed & self.M
        s = [self._splitmix() for _ in range(4)]
        if (s[0] | s[1] | s[2] | s[3]) == 0:
            s[0] = 1
        self.s = s

    def _splitmix(self):
        M = self.M
        self.x = (self.x + 0x9E3779B9) & M
        z = self.x
        z = ((z ^ (z >> 16)) * 0x85EBCA6B) & M
        z = ((z ^ (z >> 13)) * 0xC2B2AE35) & M
        return (z ^ (z >> 16)) & M

    @staticmethod
    def _rotl(v, k):
        return ((v << k) | (v >> (32 - k))) & 0xFFFFFFFF

    def next_uint32(self):
        M = self.M
        s0, s1, s2, s3 = self.s
        result = (self._rotl((s1 * 5) & M, 7) * 9) & M
        t = (s1 << 9) & M
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = self._rotl(s3, 11)
        self.s = [s0, s1, s2, s3]
        return result

    def next_int(self, n):
        if n <= 0x200000:
            threshold = (0x100000000 - n) % n
            while True:
                r = self.next_uint32()
                m = r * n
                if m % 0x100000000 >= threshold:
                    return m // 0x100000000
        limit = 0x100000000 - (0x100000000 % n)
        while True:
            r = self.next_uint32()
            if r < limit:
                return r % n

    def next_float(self):
        hi = self.next_uint32() >> 5
        lo = self.next_uint32() >> 6
        return (hi * 67108864 + lo) / 9007199254740992


def sample(spec):
    """spec = {gen, seed, n, scale, shift, k}; mirrors makeSample in test/stats/samples.ts (exact IEEE ops)."""
    r = Rng(spec['seed'])
    n, scale, shift = spec['n'], spec.get('scale', 1.0), spec.get('shift', 0.0)
    g = spec['gen']
    out = np.empty(n)
    for i in range(n):
        if g == 'uniform':
            v = r.next_float() * scale + shift
        elif g == 'irwin':  # sum of 4 uniforms, centred: roughly normal
            a = r.next_float()
            a = a + r.next_float()
            a = a + r.next_float()
            a = a + r.next_float()
            v = (a - 2.0) * scale + shift
        elif g == 'int':
            v = float(r.next_int(spec['k'])) * scale + shift
        elif g == 'ratio':  # (u − 0.5) / (1 − u'): heavy right and left tails, Cauchy-like
            a = r.next_float() - 0.5
            b = 1.0 - r.next_float()
            v = a / b * scale + shift
        else:
            raise ValueError(g)
        out[i] = v
    return out


# ---------------------------------------------------------------- Kolmogorov / Smirnov
def kolmogorov_cases():
    kstwo, smir, limit = [], [], []
    for n in [1, 2, 3, 5, 10, 37, 100, 140, 141, 500, 1000, 4999, 5000, 20000, 100000, 100001, 250000, 500000]:
        ds = set()
        for nx2 in [0.3, 0.5, 0.754, 0.76, 1.0, 1.5, 2.1, 2.3, 3.0, 3.9, 4.1, 6, 10, 30, 100, 200, 300, 369]:
            ds.add(math.sqrt(nx2 / n))
        for t in [0.4, 0.6, 0.75, 0.99, 1.01, 1.5]:
            ds.add(t / n)
        for d in [0.05, 0.2, 0.45, 0.5, 0.6, 0.9, 0.999, 1 - 1 / n + 1e-9]:
            ds.add(d)
        for d in sorted(ds):
            if 0 < d < 1:
                sf = float(stats.kstwo.sf(d, n))
                kstwo.append([d, n, sf])
                smir.append([n, d, float(sc.smirnov(n, d))])
    # smirnov's coarse-grid region (n ≥ 20000, n x² ≥ 2.2), densely
    for n in [20000, 20001, 31337, 77777, 300000, 654321, 999999, 1000000]:
        for nx2 in [2.2, 2.21, 2.5, 2.9, 3.5, 4.4, 6, 8, 12, 17, 25, 40, 60, 90, 140, 200, 260, 330, 369]:
            d = math.sqrt(nx2 / n)
            smir.append([n, d, float(sc.smirnov(n, d))])
    for x in [0.01, 0.03, 0.05, 0.1, 0.3, 0.5, 0.8, 0.82, 0.83, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 20.0, 26.0, 27.5]:
        limit.append([x, float(sc.kolmogorov(x))])
    return {'kstwo': kstwo, 'smirnov': smir, 'limit': limit}


# ---------------------------------------------------------------- two-sample tests
def two_sample_inputs():
    """(name, x, y, spec_x, spec_y): small samples stored as values, large ones as generator specs."""
    rng = np.random.default_rng(2)
    out = []

    def stored(name, x, y):
        out.append((name, np.sort(np.asarray(x, float)), np.sort(np.asarray(y, float)), None, None))

    def gen(name, sx, sy):
        out.append((name, np.sort(sample(sx)), np.sort(sample(sy)), sx, sy))

    stored('normal 7 vs 13', r6(rng.normal(size=7)), r6(rng.normal(0.5, 1, size=13)))
    stored('normal 500 vs 30', r6(rng.normal(size=500)), r6(rng.normal(0.2, 1.3, size=30)))
    stored('equal 50 vs 50 shift', r6(rng.normal(size=50)), r6(rng.normal(0.6, 1, size=50)))
    same = r6(rng.normal(size=40))
    stored('identical 40', same, same)
    stored('heavy ties ints 0..4, 200 vs 300', rng.integers(0, 5, 200), rng.integers(0, 5, 300))
    stored('ties ints 0..2, 9 vs 6', rng.integers(0, 3, 9), rng.integers(0, 3, 6))
    stored('cauchy 100 vs 120', r6(rng.standard_cauchy(100)), r6(rng.standard_cauchy(120) * 1.5))
    stored('one value each', [1.0], [2.0])
    stored('disjoint 5 vs 8', r6(rng.normal(size=5)), r6(rng.normal(size=8) + 100))
    stored('sizes 3 vs 2', [0.1, 0.5, 0.9], [0.4, 0.45])
    stored('all ties, one value, 30 vs 25', [2.5] * 30, [2.5] * 25)
    stored('two constants 4 vs 3', [1.0] * 4, [2.0] * 3)
    stored('signed zeros and ties', [-0.0, 0.0, 0.0, 1.0, 1.0, -1.0], [0.0, -0.0, 1.0, 2.0, 2.0])
    gen('one-sided shift 1000 vs 800', {'gen': 'irwin', 'seed': 11, 'n': 1000},
        {'gen': 'irwin', 'seed': 12, 'n': 800, 'shift': 0.1})
    gen('equal 1000 vs 1000 (square method)', {'gen': 'irwin', 'seed': 13, 'n': 1000},
        {'gen': 'irwin', 'seed': 14, 'n': 1000, 'scale': 1.2})
    gen('far tail exact 3000 vs 4000', {'gen': 'irwin', 'seed': 15, 'n': 3000},
        {'gen': 'irwin', 'seed': 16, 'n': 4000, 'shift': 0.6})
    gen('exact 10000 vs 9000', {'gen': 'uniform', 'seed': 17, 'n': 10000},
        {'gen': 'uniform', 'seed': 18, 'n': 9000, 'shift': 0.02})
    gen('exact 10000 vs 10000 far tail', {'gen': 'uniform', 'seed': 19, 'n': 10000},
        {'gen': 'uniform', 'seed': 20, 'n': 10000, 'shift': 0.15})
    gen('asymp 12000 vs 15000', {'gen': 'irwin', 'seed': 21, 'n': 12000},
        {'gen': 'irwin', 'seed': 22, 'n': 15000, 'shift': 0.02})
    gen('asymp 12000 vs 15000 far tail', {'gen': 'irwin', 'seed': 23, 'n': 12000},
        {'gen': 'irwin', 'seed': 24, 'n': 15000, 'shift': 0.25})
    gen('asymp ints 15000 vs 11000', {'gen': 'int', 'seed': 25, 'n': 15000, 'k': 20},
        {'gen': 'int', 'seed': 26, 'n': 11000, 'k': 21})
    gen('asymp 20000 vs 7 (small n_eff)', {'gen': 'irwin', 'seed': 27, 'n': 20000},
        {'gen': 'irwin', 'seed': 28, 'n': 7, 'shift': 0.3})
    gen('asymp heavy tails 30000 vs 25000', {'gen': 'ratio', 'seed': 29, 'n': 30000},
        {'gen': 'ratio', 'seed': 30, 'n': 25000, 'scale': 1.05})
    gen('asymp 10001 vs 10001 (en rounds half to even)', {'gen': 'irwin', 'seed': 31, 'n': 10001},
        {'gen': 'irwin', 'seed': 32, 'n': 10001, 'shift': 0.01})
    return out


def case_json(name, x, y, sx, sy):
    c = {'name': name}
    if sx is None:
        c['x'], c['y'] = lst(x), lst(y)
    else:
        c['xSpec'], c['ySpec'] = sx, sy
    return c


def ks_cases(inputs):
    import warnings
    cases = []
    for name, x, y, sx, sy in inputs:
        c = case_json(name, x, y, sx, sy)
        for method in ['auto', 'exact', 'asymp']:
            if method != 'auto' and max(len(x), len(y)) > 3000 and method == 'exact' and max(len(x), len(y)) > 10000:
                continue  # exact on big samples is slow in SciPy; covered by auto ≤ 10000
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter('always')
                r = stats.ks_2samp(x, y, method=method)
            used = method if method != 'auto' else ('exact' if max(len(x), len(y)) <= 10000 else 'asymp')
            if any('Switching' in str(m.message) for m in w):
                used = 'asymp'
            if not math.isfinite(r.pvalue):
                print('skip', name, method, 'SciPy p-value', r.pvalue, file=sys.stderr)
                continue
            c[method] = {'statistic': fnum(r.statistic), 'pValue': fnum(r.pvalue), 'method': used}
        cases.append(c)
    return cases


# ---------------------------------------------------------------- gamma / chi2 / normal
def gamma_cases():
    rows = []
    for a in [0.05, 0.5, 1, 1.5, 3, 10, 25.5, 100, 250, 1000, 5000, 50000]:
        for xa in [1e-3, 0.1, 0.5, 0.9, 0.99, 1, 1.01, 1.1, 1.5, 2, 3, 5, 10, 30]:
            x = a * xa
            for extra in [0, 1, 5, 20, 100, 300, 600]:
                xx = x + extra * math.sqrt(a) if xa >= 1 else x
                p, q = float(sc.gammainc(a, xx)), float(sc.gammaincc(a, xx))
                if (p > 0 and q > 0) or extra == 0:
                    rows.append([a, xx, p, q])
                if xa < 1:
                    break
    return rows


def chi2_cases():
    rows = []
    for dof in [1, 2, 3, 4, 5, 7, 10, 19, 30, 50, 99, 100, 200, 333, 500, 2000, 99999]:
        for x in [1e-6, 0.01, 0.5, 1, 2, 3.84, 5, 10, 20, 50, 100, 200, 300, 500, 700, 1000, 1300, 1500, 2000,
                  dof * 0.5, dof * 0.9, dof, dof * 1.1, dof * 1.5, dof * 2, dof * 4]:
            sf = float(stats.chi2.sf(x, dof))
            if sf > 0:
                rows.append([x, dof, sf])
    return rows


def cvm_cases(inputs):
    cases = []
    for name, x, y, sx, sy in inputs:
        if len(x) < 2 or len(y) < 2:
            continue
        c = case_json(name, x, y, sx, sy)
        methods = ['auto', 'asymptotic'] + (['exact'] if max(len(x), len(y)) <= 20 else [])
        for method in methods:
            r = stats.cramervonmises_2samp(x, y, method=method)
            c[method] = {'statistic': fnum(r.statistic), 'pValue': fnum(r.pvalue)}
        cases.append(c)
    # exact path: every size pair up to 10 on a few shapes, with ties, plus 20 vs 19
    rng = np.random.default_rng(3)
    for nx, ny in [(2, 2), (2, 3), (3, 7), (4, 4), (5, 9), (6, 10), (8, 8), (10, 10), (10, 7), (20, 19), (13, 20)]:
        for kind in ['normal', 'ties', 'shift']:
            if kind == 'normal':
                x, y = r6(rng.normal(size=nx)), r6(rng.normal(size=ny))
            elif kind == 'ties':
                x, y = rng.integers(0, 3, nx).astype(float), rng.integers(0, 3, ny).astype(float)
            else:
                x, y = r6(rng.normal(size=nx)), r6(rng.normal(2, 1, size=ny))
            x, y = np.sort(x), np.sort(y)
            c = case_json('%s %d vs %d' % (kind, nx, ny), x, y, None, None)
            for method in ['auto', 'exact', 'asymptotic']:
                r = stats.cramervonmises_2samp(x, y, method=method)
                c[method] = {'statistic': fnum(r.statistic), 'pValue': fnum(r.pvalue)}
            cases.append(c)
    return cases


def wasserstein_cases(inputs):
    cases = []
    for name, x, y, sx, sy in inputs:
        c = case_json(name, x, y, sx, sy)
        c['distance'] = fnum(stats.wasserstein_distance(x, y))
        c['xMean'], c['xStd'] = fnum(np.mean(x)), fnum(np.std(x))
        c['yMean'], c['yStd'] = fnum(np.mean(y)), fnum(np.std(y))
        cases.append(c)
    return cases


def normal_cases():
    xs = sorted(set([-40, -38.5, -37.5, -30, -20, -10, -8, -5, -3, -2.5, -2.4999, -1, -0.5, -1e-8, 0, 1e-8, 0.3, 0.5,
                     1, 1.5, 1.96, 2, 2.4999, 2.5, 2.5001, 2.6, 3, 4, 5, 6, 8, 10, 12.5, 15, 20, 25, 30, 35, 36,
                     37, 37.5, 38, 38.4] + [round(v, 4) for v in np.linspace(-6, 9, 61)]))
    return [[x, float(stats.norm.sf(x)), float(stats.norm.cdf(x))] for x in xs]


def pow_cases():
    # the shapes model-gate raises to powers: (1 - d)^n and (1 + x)^(n - 1) in the Kolmogorov/Smirnov
    # tails, d^1.5, ratio^(k / bins) for log-spaced bins, 10^k for decimals, 2^e for rescaling, π^1.5
    rng = np.random.default_rng(11)
    pairs = [[math.pi, 1.5], [10.0, 23.0], [10.0, 30.0], [2.0, -1074.0], [2.0, 1023.0], [2.0, -128.0]]
    pairs += [[float(1 - d), float(n)] for d, n in zip(rng.uniform(0, 0.3, 60), rng.integers(1, 200000, 60))]
    pairs += [[float(1 + x), float(n - 1)] for x, n in zip(rng.uniform(0, 0.01, 30), rng.integers(2, 5000, 30))]
    pairs += [[float(d), 1.5] for d in rng.uniform(0, 1, 30)]
    pairs += [[float(r), k / 20] for r, k in zip(np.exp(rng.uniform(0, 20, 40)), rng.integers(0, 21, 40))]
    pairs += [[float(x), float(y)] for x, y in zip(rng.uniform(0, 10, 60), rng.uniform(-50, 50, 60))]
    return [[x, y, float(np.power(x, y))] for x, y in pairs]


def chi2_contingency_cases():
    rng = np.random.default_rng(4)
    tables = [
        ([10, 20, 30], [15, 15, 30]),
        ([5, 0, 7, 0], [3, 0, 9, 1]),  # an all-zero column: dropped before SciPy too
        ([100, 200], [110, 190]),
        ([1, 1], [1, 1]),
        ([50], [70]),
        ([200, 0, 0, 100], [0, 200, 100, 0]),  # far tail, p ~ 1e-130
        ([300, 10, 5], [5, 320, 10]),  # p ~ 1e-250
        ([1000, 0, 0, 500], [0, 1000, 500, 0]),  # p underflows to 0 in SciPy too
        (list(rng.poisson(40, 300)), list(rng.poisson(40, 300))),
        (list(rng.poisson(1000, 40)), list(rng.poisson(1030, 40))),
        ([0.5, 2.5, 7.0], [1.0, 3.0, 4.0]),  # shares, not counts
    ]
    out = []
    for ref, cur in tables:
        ref, cur = np.asarray(ref, float), np.asarray(cur, float)
        keep = (ref + cur) > 0
        r = stats.chi2_contingency(np.stack([ref[keep], cur[keep]]), correction=False)
        out.append({'ref': lst(ref), 'cur': lst(cur), 'statistic': fnum(r[0]), 'pValue': float(r[1]),
                    'dof': int(r[2])})
    return out


def ranks_cases():
    rng = np.random.default_rng(5)
    out = []
    for v in [np.array([3.0, 1.0, 2.0]), np.array([1.0, 1.0, 1.0]), np.array([-0.0, 0.0, -1.0, -1.0, 2.0]),
              rng.integers(-5, 5, 50).astype(float), rng.integers(-3, 3, 1000).astype(float),
              r6(rng.normal(size=700))]:
        # (SciPy 1.10 returns all-NaN when a value is ±inf; averageRanks ranks them at the ends instead)
        out.append({'values': lst(v),
                    'ranks': lst(stats.rankdata(v, method='average'))})
    return out


def cvm_limit_cases():
    from scipy.stats._hypotests import _cdf_cvm_inf
    return [[x, float(_cdf_cvm_inf(x)), float(sc.kve(0.25, x))] for x in
            [0.003, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.461, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0]]


SECTIONS = {
    'quantile': quantile_cases,
    'searchsorted': searchsorted_cases,
    'kolmogorov': kolmogorov_cases,
    'gamma': gamma_cases,
    'chi2': chi2_cases,
    'cvmLimit': cvm_limit_cases,
    'normal': normal_cases,
    'chi2Contingency': chi2_contingency_cases,
    'ranks': ranks_cases,
    'pow': pow_cases,
}
TWO_SAMPLE = {
    'ks2': ks_cases,
    'cvm2': cvm_cases,
    'wasserstein': wasserstein_cases,
}


def main():
    # `ref_stats.py name ...` regenerates only the named sections and keeps the others
    only = set(sys.argv[1:])
    out = {}
    if only and os.path.exists(OUT):
        with open(OUT) as fh:
            out = json.load(fh)
    out['generator'] = 'scripts/ref_stats.py'
    out['versions'] = {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__}
    for k, f in SECTIONS.items():
        if not only or k in only:
            out[k] = f()
    if not only or only & set(TWO_SAMPLE):
        inputs = two_sample_inputs()
        for k, f in TWO_SAMPLE.items():
            if not only or k in only:
                out[k] = f(inputs)
    with open(OUT, 'w') as fh:
        json.dump(out, fh, separators=(',', ':'), allow_nan=False)
        fh.write('\n')
    print('wrote', OUT, os.path.getsize(OUT), 'bytes')


if __name__ == '__main__':
    main()
