#!/usr/bin/env python3
"""Reference values for CBPE (issue 11) from NannyML itself, on generated data.

Run:  python3 scripts/ref_cbpe.py      → writes test/vectors/cbpe.json

NannyML is not in Debian; the script creates a venv beside itself (scripts/.venv-nannyml, git-ignored),
installs nannyml==0.13.1 (and statsmodels, which it imports but does not declare) from PyPI on first run,
and re-executes itself there. Versions of nannyml, scikit-learn, numpy and pandas are recorded.

What it records, per case: the holdout (labels, scores, predictions) NannyML's CBPE is fitted on as its
reference, the current rows it estimates on (scores, predictions), and NannyML's estimated value and
sampling error of accuracy, precision, recall, F1, specificity and ROC AUC for the whole current as one
chunk. Calibration is forced on (NannyML decides it from 10 random stratified splits whose draws we
cannot reproduce; `needs_calibration` is patched to True) and recorded with the isotonic fit's values at
a few probe scores. Scores have 6 decimals and no ties within a file (NannyML's ROC AUC uses an unstable
argsort). The current rows are shifted in their score distribution (covariate shift under unchanged
P(y | score)): the case CBPE is built for.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'vectors', 'cbpe.json')
PINS = ['nannyml==0.13.1', 'statsmodels==0.15.0']


def cases():
    import numpy as np

    rng = np.random.default_rng(2026)
    out = []
    for name, n_hold, n_cur, shift, prevalence in [
        ('balanced', 3000, 4000, 0.6, 0.0),
        ('rare-positives', 5000, 3000, 0.4, -2.2),
        ('small', 400, 600, -0.5, 0.3),
    ]:
        def draw(n, mean):
            # a latent risk; the model's score is a miscalibrated monotone view of it (so isotonic matters)
            risk = rng.normal(mean, 1.3, size=n) + prevalence
            y = (rng.uniform(size=n) < 1 / (1 + np.exp(-risk))).astype(int)
            score = 1 / (1 + np.exp(-(0.6 * risk + 0.4 + rng.normal(0, 0.15, size=n))))
            return y, score

        yh, sh = draw(n_hold, 0.0)
        yc, sc = draw(n_cur, shift)
        # 6 decimals, no ties within a file (nudge duplicates by 1e-6)
        def untie(s):
            s = np.round(s, 6)
            seen = set()
            for i in range(len(s)):
                while s[i] in seen:
                    s[i] = round(s[i] + 1e-6, 6)
                seen.add(s[i])
            return s

        sh, sc = untie(sh), untie(sc)
        threshold = 0.5
        out.append(
            {
                'name': name,
                'threshold': threshold,
                'holdout': {'y': yh.tolist(), 'score': sh.tolist(), 'pred': (sh >= threshold).astype(int).tolist()},
                'current': {'y': yc.tolist(), 'score': sc.tolist(), 'pred': (sc >= threshold).astype(int).tolist()},
            }
        )
    return out


def main() -> None:
    import numpy as np
    import pandas as pd
    import sklearn
    import nannyml as nml
    import nannyml.performance_estimation.confidence_based.cbpe as cbpe_module
    from sklearn.isotonic import IsotonicRegression

    cbpe_module.needs_calibration = lambda *args, **kwargs: True
    metrics = ['roc_auc', 'f1', 'precision', 'recall', 'specificity', 'accuracy']
    data = cases()
    for case in data:
        ref = pd.DataFrame(case['holdout'])
        cur = pd.DataFrame({k: case['current'][k] for k in ('score', 'pred')})
        estimator = nml.CBPE(
            y_pred_proba='score',
            y_pred='pred',
            y_true='y',
            metrics=metrics,
            problem_type='classification_binary',
            chunk_number=1,
        )
        estimator.fit(ref)
        result = estimator.estimate(cur).to_df()
        # to_df() holds the reference's chunk too: the estimate on current is the analysis row
        analysis = result[result[('chunk', 'period')] == 'analysis']
        assert len(analysis) == 1, analysis
        expected = {}
        for m in metrics:
            expected[m] = {
                'value': float(analysis[(m, 'value')].iloc[0]),
                'samplingError': float(analysis[(m, 'sampling_error')].iloc[0]),
            }
        case['nannyml'] = expected
        iso = IsotonicRegression(out_of_bounds='clip').fit(np.asarray(case['holdout']['score']), np.asarray(case['holdout']['y']))
        probes = [0.0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1.0, *case['current']['score'][:20]]
        case['isotonic'] = {'probe': probes, 'value': [float(v) for v in iso.predict(np.asarray(probes))]}
        # the realised metrics on current (its labels are known here; CBPE never sees them)
        case['realised'] = {
            'roc_auc': float(sklearn.metrics.roc_auc_score(case['current']['y'], case['current']['score'])),
            'accuracy': float(sklearn.metrics.accuracy_score(case['current']['y'], case['current']['pred'])),
        }
    versions = {
        'python': sys.version.split()[0],
        'nannyml': nml.__version__,
        'sklearn': sklearn.__version__,
        'numpy': np.__version__,
        'pandas': pd.__version__,
    }
    with open(OUT, 'w') as f:
        json.dump({'generator': 'scripts/ref_cbpe.py', 'versions': versions, 'cases': data}, f, separators=(',', ':'))
        f.write('\n')
    print('wrote', OUT, versions)


if __name__ == '__main__':
    from peer_venv import run_in

    run_in('.venv-nannyml', PINS, __file__)
    import sklearn.metrics  # noqa: F401  (after the venv switch)

    main()
