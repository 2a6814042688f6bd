#!/usr/bin/env python3
"""Reference values for the MMD part of drift.multivariate (issue 11) from alibi-detect itself.

Run:  python3 scripts/ref_mmd.py      → writes test/vectors/mmd.json

alibi-detect is not in Debian; the script creates a venv beside itself (scripts/.venv-alibi, git-ignored),
installs alibi-detect[tensorflow]==0.13.0 from PyPI on first run and re-executes itself there. Versions of
alibi-detect, TensorFlow and numpy are recorded.

Per case: the reference and current rows (already numeric: the encoding is ours and tested on its own),
alibi-detect's MMDDrift (backend 'tensorflow', Gaussian RBF kernel, sigma by the median heuristic on the
reference) sigma, MMD² and its permutation p-value over 1000 permutations (np.random seeded; alibi-detect
reports #{permuted ≥ observed}/B with no +1, issue #960).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'vectors', 'mmd.json')
PINS = ['alibi-detect[tensorflow]==0.13.0']


def main() -> None:
    os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '3')
    import numpy as np
    import tensorflow as tf
    import alibi_detect
    from alibi_detect.cd import MMDDrift

    rng = np.random.default_rng(11)
    cases = []
    for name, n, m, d, shift, scale in [
        ('same', 150, 120, 4, 0.0, 1.0),
        ('mean-shift', 150, 120, 4, 0.5, 1.0),
        ('scale', 200, 180, 6, 0.0, 1.6),
        ('tiny-shift', 120, 150, 3, 0.15, 1.0),
    ]:
        x_ref = np.round(rng.normal(size=(n, d)), 6)
        x = np.round(rng.normal(size=(m, d)) * scale + shift, 6)
        np.random.seed(7)
        tf.random.set_seed(7)
        cd = MMDDrift(x_ref, backend='tensorflow', p_val=0.05, n_permutations=1000)
        p_val, mmd2, _ = cd.score(x)
        sigma = float(cd._detector.kernel.sigma.numpy()[0])
        cases.append({
            'name': name,
            'd': d,
            'reference': x_ref.reshape(-1).tolist(),
            'current': x.reshape(-1).tolist(),
            'sigma': sigma,
            'mmd2': float(mmd2),
            'pValue': float(p_val),
            'permutations': 1000,
        })
    versions = {
        'python': sys.version.split()[0],
        'alibi-detect': alibi_detect.__version__,
        'tensorflow': tf.__version__,
        'numpy': np.__version__,
    }
    with open(OUT, 'w') as f:
        json.dump({'generator': 'scripts/ref_mmd.py', 'versions': versions, 'cases': cases}, f, separators=(',', ':'))
        f.write('\n')
    print('wrote', OUT, versions)


if __name__ == '__main__':
    from peer_venv import run_in

    run_in('.venv-alibi', PINS, __file__)
    main()
