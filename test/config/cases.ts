/** Tables shared by resolve.test.ts and json-schema.test.ts. */
/** single-key problems: [name, YAML text of /work/repo/model-gate.yml, exact message]; the JSON Schema rejects each too */
export const BAD_FILE: [string, string, string][] = [
  // ranges and wrong types
  [
    'confidence above 1',
    'performance: {confidence: 1.5}',
    'model-gate.yml: performance.confidence must be a number between 0 and 1 (exclusive), got 1.5',
  ],
  [
    'confidence 0',
    'performance: {confidence: 0}',
    'model-gate.yml: performance.confidence must be a number between 0 and 1 (exclusive), got 0',
  ],
  [
    'confidence 1',
    'performance: {confidence: 1}',
    'model-gate.yml: performance.confidence must be a number between 0 and 1 (exclusive), got 1',
  ],
  [
    'confidence as text',
    'performance: {confidence: high}',
    'model-gate.yml: performance.confidence must be a number between 0 and 1 (exclusive), got "high"',
  ],
  [
    'confidence .inf',
    'performance: {confidence: .inf}',
    'model-gate.yml: performance.confidence must be a number between 0 and 1 (exclusive), got .inf',
  ],
  [
    'confidence .nan',
    'performance: {confidence: .nan}',
    'model-gate.yml: performance.confidence must be a number between 0 and 1 (exclusive), got .nan',
  ],
  [
    'bins as text',
    'drift: {bins: ten}',
    'model-gate.yml: drift.bins must be an integer between 2 and 1000, got "ten"',
  ],
  ['bins 1', 'drift: {bins: 1}', 'model-gate.yml: drift.bins must be an integer between 2 and 1000, got 1'],
  [
    'bins fractional',
    'drift: {bins: 2.5}',
    'model-gate.yml: drift.bins must be an integer between 2 and 1000, got 2.5',
  ],
  [
    'bins as a quoted number',
    'drift: {bins: "10"}',
    'model-gate.yml: drift.bins must be an integer between 2 and 1000, got "10"',
  ],
  [
    'resamples negative',
    'performance: {resamples: -1}',
    'model-gate.yml: performance.resamples must be an integer between 0 and 100000, got -1',
  ],
  [
    'resamples fractional',
    'performance: {resamples: 10.5}',
    'model-gate.yml: performance.resamples must be an integer between 0 and 100000, got 10.5',
  ],
  [
    'seed negative',
    'performance: {seed: -1}',
    'model-gate.yml: performance.seed must be an integer between 0 and 4294967295, got -1',
  ],
  [
    'seed too large',
    'performance: {seed: 4294967296}',
    'model-gate.yml: performance.seed must be an integer between 0 and 4294967295, got 4294967296',
  ],
  [
    'decide_on',
    'performance: {decide_on: ci}',
    'model-gate.yml: performance.decide_on must be one of point, interval, got "ci"',
  ],
  [
    'performance.intervals',
    'performance: {intervals: analytic}',
    'model-gate.yml: performance.intervals must be one of auto, bootstrap, got "analytic"',
  ],
  [
    'performance.severity',
    'performance: {severity: error}',
    'model-gate.yml: performance.severity must be one of fail, warn, got "error"',
  ],
  ['share 0', 'drift: {share: 0}', 'model-gate.yml: drift.share must be a number > 0 and ≤ 1, got 0'],
  [
    'share above 1',
    'drift: {share: 1.2}',
    'model-gate.yml: drift.share must be a number > 0 and ≤ 1, got 1.2',
  ],
  [
    'drift.threshold negative',
    'drift: {threshold: -0.1}',
    'model-gate.yml: drift.threshold must be a number > 0, got -0.1',
  ],
  [
    'drift.threshold 0',
    'drift: {threshold: 0}',
    'model-gate.yml: drift.threshold must be a number > 0, got 0',
  ],
  [
    'drift.correction',
    'drift: {correction: sidak}',
    'model-gate.yml: drift.correction must be one of none, bonferroni, holm, fdr, got "sidak"',
  ],
  [
    'drift.feature_severity',
    'drift: {feature_severity: true}',
    'model-gate.yml: drift.feature_severity must be one of fail, warn, got true',
  ],
  [
    'drift.method typo',
    'drift: {method: kss}',
    'model-gate.yml: drift.method must be one of auto, ks, cramer_von_mises, chi2, psi, jensen_shannon, kl, hellinger, wasserstein, got "kss" (did you mean \'ks\'?)',
  ],
  [
    'drift.method unknown',
    'drift: {method: evidently}',
    'model-gate.yml: drift.method must be one of auto, ks, cramer_von_mises, chi2, psi, jensen_shannon, kl, hellinger, wasserstein, got "evidently"',
  ],
  [
    'drift.method wrong case',
    'drift: {method: PSI}',
    'model-gate.yml: drift.method must be one of auto, ks, cramer_von_mises, chi2, psi, jensen_shannon, kl, hellinger, wasserstein, got "PSI" (did you mean \'psi\'?)',
  ],
  [
    'drift.features.<f>.method',
    'drift: {features: {amount: {method: psy}}}',
    'model-gate.yml: drift.features.amount.method must be one of auto, ks, cramer_von_mises, chi2, psi, jensen_shannon, kl, hellinger, wasserstein, got "psy" (did you mean \'psi\'?)',
  ],
  [
    'drift.features.<f>.kind',
    'drift: {features: {amount: {kind: text}}}',
    'model-gate.yml: drift.features.amount.kind must be one of numerical, categorical, got "text"',
  ],
  [
    'drift.features.<f>.threshold',
    'drift: {features: {amount: {threshold: -1}}}',
    'model-gate.yml: drift.features.amount.threshold must be a number > 0, got -1',
  ],
  [
    'drift.features.<f> a number',
    'drift: {features: {amount: 0.2}}',
    'model-gate.yml: drift.features.amount must be a mapping of settings (method, threshold, kind, min_effect), got 0.2',
  ],
  [
    'drift.min_effect for a distance test',
    'drift: {min_effect: {psi: 0.1}}',
    "model-gate.yml: unknown key 'drift.min_effect.psi' (valid keys: ks, chi2, cramer_von_mises)",
  ],
  [
    'drift.min_effect negative',
    'drift: {min_effect: {ks: -0.1}}',
    'model-gate.yml: drift.min_effect.ks must be a number between 0 and 1, got -0.1',
  ],
  [
    'drift.min_effect a number',
    'drift: {min_effect: 0.1}',
    'model-gate.yml: drift.min_effect must be a mapping of p-value test to minimum effect (ks, cramer_von_mises, chi2), got 0.1',
  ],
  [
    'drift.decide_on unknown',
    'drift: {decide_on: interval}',
    'model-gate.yml: drift.decide_on must be one of point, effect, got "interval"',
  ],
  [
    'drift.correction_family unknown',
    'drift: {correction_family: all}',
    'model-gate.yml: drift.correction_family must be one of features, gate, got "all"',
  ],
  [
    'drift.interval.confidence below 0.5',
    'drift: {interval: {confidence: 0.4}}',
    'model-gate.yml: drift.interval.confidence must be a number between 0.5 and 1 (exclusive), got 0.4',
  ],
  [
    'drift.interval.resamples below 20',
    'drift: {interval: {resamples: 10}}',
    'model-gate.yml: drift.interval.resamples must be an integer between 20 and 100000, got 10',
  ],
  [
    'drift.features a list',
    'drift: {features: [amount]}',
    'model-gate.yml: drift.features must be a mapping of feature name to settings, got ["amount"]',
  ],
  [
    'prediction_drift.method',
    'prediction_drift: {method: mmd}',
    'model-gate.yml: prediction_drift.method must be one of auto, ks, cramer_von_mises, chi2, psi, jensen_shannon, kl, hellinger, wasserstein, got "mmd"',
  ],
  [
    'prediction_drift.enabled',
    'prediction_drift: {enabled: "yes"}',
    'model-gate.yml: prediction_drift.enabled must be true or false, got "yes"',
  ],
  [
    'prediction_drift.threshold',
    'prediction_drift: {threshold: 0}',
    'model-gate.yml: prediction_drift.threshold must be a number > 0, got 0',
  ],
  [
    'decision_threshold',
    'decision_threshold: 1.5',
    'model-gate.yml: decision_threshold must be a number between 0 and 1 (inclusive), got 1.5',
  ],
  [
    'max_missing_increase',
    'quality: {max_missing_increase: -0.1}',
    'model-gate.yml: quality.max_missing_increase must be a number between 0 and 1 (inclusive), got -0.1',
  ],
  [
    'out_of_range.max_share',
    'quality: {out_of_range: {max_share: 2}}',
    'model-gate.yml: quality.out_of_range.max_share must be a number between 0 and 1 (inclusive), got 2',
  ],
  [
    'out_of_range a number',
    'quality: {out_of_range: 0.01}',
    'model-gate.yml: quality.out_of_range must be a mapping of settings, got 0.01',
  ],
  [
    'quality.schema',
    'quality: {schema: error}',
    'model-gate.yml: quality.schema must be one of fail, warn, got "error"',
  ],
  [
    'quality.constant',
    'quality: {constant: off}',
    'model-gate.yml: quality.constant must be one of fail, warn, got "off"',
  ],
  ['fail_on', 'fail_on: always', 'model-gate.yml: fail_on must be one of fail, warn, never, got "always"'],
  [
    'task typo',
    'task: binery',
    'model-gate.yml: task must be one of binary, multiclass, regression, got "binery" (did you mean \'binary\'?)',
  ],
  [
    'task as a number',
    'task: 2',
    'model-gate.yml: task must be one of binary, multiclass, regression, got 2',
  ],
  // metric rules
  [
    'metric rule as a number',
    'performance: {metrics: {roc_auc: 0.8}}',
    'model-gate.yml: performance.metrics.roc_auc must be a mapping of rules (min, max, max_regression, max_relative_regression, severity), got 0.8',
  ],
  [
    'metric rule value as text',
    'performance: {metrics: {roc_auc: {min: "0.8"}}}',
    'model-gate.yml: performance.metrics.roc_auc.min must be a number, got "0.8"',
  ],
  [
    'max_regression negative',
    'performance: {metrics: {f1: {max_regression: -0.01}}}',
    'model-gate.yml: performance.metrics.f1.max_regression must be a number ≥ 0, got -0.01',
  ],
  [
    'max_relative_regression negative',
    'performance: {metrics: {f1: {max_relative_regression: -1}}}',
    'model-gate.yml: performance.metrics.f1.max_relative_regression must be a number ≥ 0, got -1',
  ],
  [
    'rule severity',
    'performance: {metrics: {f1: {severity: fatal}}}',
    'model-gate.yml: performance.metrics.f1.severity must be one of fail, warn, got "fatal"',
  ],
  [
    'metrics as a list',
    'performance: {metrics: [roc_auc, f1]}',
    'model-gate.yml: performance.metrics must be a mapping of metric id to rules, got ["roc_auc","f1"]',
  ],
  // columns
  [
    'segments as a string',
    'columns: {segments: country}',
    'model-gate.yml: columns.segments must be a list of column names, got "country"',
  ],
  [
    'segments with a number',
    'columns: {segments: [country, 3]}',
    'model-gate.yml: columns.segments[1] must be a column name (a non-empty string), got 3',
  ],
  [
    'empty target',
    'columns: {target: ""}',
    'model-gate.yml: columns.target must be a column name (a non-empty string), got ""',
  ],
  [
    'target as a number',
    'columns: {target: 2023}',
    'model-gate.yml: columns.target must be a column name (a non-empty string), got 2023',
  ],
  [
    'scores as a list',
    'columns: {scores: [p_a, p_b]}',
    'model-gate.yml: columns.scores must be a mapping of class label to probability column, got ["p_a","p_b"]',
  ],
  [
    'scores with a bad column',
    'columns: {scores: {a: 1}}',
    'model-gate.yml: columns.scores.a must be a column name (a non-empty string), got 1',
  ],
  [
    'scores_prefix empty',
    'columns: {scores_prefix: ""}',
    'model-gate.yml: columns.scores_prefix must be a column name prefix (a non-empty string), got ""',
  ],
  [
    'positive_label a list',
    'columns: {positive_label: [1]}',
    'model-gate.yml: columns.positive_label must be a label (a number, string or boolean), got [1]',
  ],
  [
    'features.numerical a string',
    'columns: {features: {numerical: amount}}',
    'model-gate.yml: columns.features.numerical must be a list of column names, got "amount"',
  ],
  [
    'inputs.holdout a number',
    'inputs: {holdout: 5}',
    'model-gate.yml: inputs.holdout must be a file path (a non-empty string), got 5',
  ],
  ['inputs a list', 'inputs: [a.csv]', 'model-gate.yml: inputs must be a mapping of settings, got ["a.csv"]'],
  ['a section as a scalar', 'drift: 5', 'model-gate.yml: drift must be a mapping of settings, got 5'],
  [
    'the file a list',
    '[task, binary]',
    'model-gate.yml: the file must be a mapping of settings, got ["task","binary"]',
  ],
  ['the file a scalar', 'binary', 'model-gate.yml: the file must be a mapping of settings, got "binary"'],
  [
    'a long value is truncated',
    `columns: {segments: {${Array.from({ length: 30 }, (_, i) => `k${i}: v${i}`).join(', ')}}}`,
    'model-gate.yml: columns.segments must be a list of column names, got {"k0":"v0","k1":"v1","k2":"v2","k3":"v3","k4":"v4","k5":"v5…',
  ],
  // unknown keys, at every depth
  [
    'unknown key with suggestion (depth 2)',
    'drift: {treshold: 0.1}',
    "model-gate.yml: unknown key 'drift.treshold' (did you mean 'threshold'?)",
  ],
  [
    'unknown root key, camelCase',
    'failOn: warn',
    "model-gate.yml: unknown key 'failOn' (did you mean 'fail_on'?)",
  ],
  [
    'unknown root key, kebab-case',
    'decision-threshold: 0.4',
    "model-gate.yml: unknown key 'decision-threshold' (did you mean 'decision_threshold'?)",
  ],
  [
    'unknown root key, no suggestion',
    'treshold: 0.1',
    "model-gate.yml: unknown key 'treshold' (valid keys: inputs, task, columns, decision_threshold, performance, drift, prediction_drift, quality, serving, shadow, production, fail_on)",
  ],
  [
    'unknown input role',
    'inputs: {training: t.parquet}',
    "model-gate.yml: unknown key 'inputs.training' (valid keys: holdout, baseline, reference, current, serving)",
  ],
  [
    'unknown column key',
    'columns: {segment: [country]}',
    "model-gate.yml: unknown key 'columns.segment' (did you mean 'segments'?)",
  ],
  [
    'unknown key at depth 3',
    'columns: {features: {numric: [a]}}',
    "model-gate.yml: unknown key 'columns.features.numric' (did you mean 'numerical'?)",
  ],
  [
    'unknown key at depth 3 (quality)',
    'quality: {out_of_range: {max_shar: 0.1}}',
    "model-gate.yml: unknown key 'quality.out_of_range.max_shar' (did you mean 'max_share'?)",
  ],
  [
    'unknown rule key at depth 4',
    'performance: {metrics: {roc_auc: {minn: 0.8}}}',
    "model-gate.yml: unknown key 'performance.metrics.roc_auc.minn' (did you mean 'min'?)",
  ],
  [
    'unknown rule key, no suggestion',
    'performance: {metrics: {roc_auc: {floor: 0.8}}}',
    "model-gate.yml: unknown key 'performance.metrics.roc_auc.floor' (valid keys: min, max, max_regression, max_relative_regression, severity)",
  ],
  [
    'unknown drift feature key at depth 4',
    'drift: {features: {amount: {methd: ks}}}',
    "model-gate.yml: unknown key 'drift.features.amount.methd' (did you mean 'method'?)",
  ],
  [
    'a feature name with a dot',
    'drift: {features: {"amount.usd": {methd: ks}}}',
    "model-gate.yml: unknown key 'drift.features[\"amount.usd\"].methd' (did you mean 'method'?)",
  ],
  [
    'unknown prediction_drift key',
    'prediction_drift: {enable: false}',
    "model-gate.yml: unknown key 'prediction_drift.enable' (did you mean 'enabled'?)",
  ],
  // several problems: the first in the file, and how many more
  [
    'two problems, reported in file order',
    'drift: {bins: 1}\nperformance: {confidence: 2}',
    'model-gate.yml: drift.bins must be an integer between 2 and 1000, got 1 (and 1 more)',
  ],
  [
    'an unknown key before a bad value',
    'drift: {bogus: 1, bins: 1}\nfail_on: x',
    "model-gate.yml: unknown key 'drift.bogus' (valid keys: method, threshold, features, min_effect, bins, decide_on, interval, correction, correction_family, share, multivariate, feature_severity, dataset_severity) (and 2 more)",
  ],
  [
    'two unknown keys in one mapping count twice',
    'colums: {}\ntsk: binary',
    "model-gate.yml: unknown key 'colums' (did you mean 'columns'?) (and 1 more)",
  ],
];

/** problems that involve more than one key (resolveConfig checks them after the schema) */
export const BAD_CROSS_KEY: [string, string, string][] = [
  [
    'a drift kind that contradicts columns.features',
    'columns: {features: {numerical: [zip]}}\ndrift: {features: {zip: {kind: categorical}}}',
    'model-gate.yml: drift.features.zip.kind is categorical but columns.features.numerical lists "zip"; keep one',
  ],
  [
    'drift.features.<f>.min_effect with a distance method',
    'drift: {features: {amount: {method: wasserstein, min_effect: 0.1}}}',
    "model-gate.yml: drift.features.amount.min_effect applies only to the p-value tests ks, cramer_von_mises, chi2, but the feature's method is wasserstein (a distance is an effect already: raise its threshold)",
  ],
  [
    'prediction_drift.min_effect with a distance method',
    'prediction_drift: {method: psi, min_effect: 0.1}',
    'model-gate.yml: prediction_drift.min_effect applies only to the p-value tests ks, cramer_von_mises, chi2, but prediction_drift.method is psi (a distance is an effect already: raise its threshold)',
  ],
  [
    'decide_on effect with a p-value drift.method and no min_effect',
    'drift: {decide_on: effect, method: ks}',
    'model-gate.yml: drift.decide_on is effect but drift.method is ks, a p-value test, with no minimum effect: set drift.min_effect.ks (the effect below which a significant result is not drift) or choose a distance (psi, jensen_shannon, hellinger, wasserstein)',
  ],
  [
    'decide_on effect with a per-feature p-value method and no min_effect',
    'drift: {decide_on: effect, features: {amount: {method: chi2}}}',
    'model-gate.yml: drift.decide_on is effect but drift.features.amount.method is chi2, a p-value test, with no minimum effect: set drift.features.amount.min_effect or drift.min_effect.chi2 (the effect below which a significant result is not drift) or choose a distance (psi, jensen_shannon, hellinger, wasserstein)',
  ],
  [
    'decide_on effect with a p-value prediction_drift.method and no min_effect',
    'drift: {decide_on: effect}\nprediction_drift: {method: ks}',
    'model-gate.yml: drift.decide_on is effect but prediction_drift.method is ks, a p-value test, with no minimum effect: set prediction_drift.min_effect or choose a distance (psi, jensen_shannon, hellinger, wasserstein)',
  ],
  [
    'drift.interval.resamples too few for its confidence',
    'drift: {interval: {confidence: 0.99, resamples: 100}}',
    'model-gate.yml: drift.interval.resamples 100 is too few for confidence 0.99: an interval needs 10 resamples beyond each end, so at least 2000',
  ],
  // rules across keys
  [
    'scores and scores_prefix',
    'columns: {scores: {a: pa}, scores_prefix: p_}',
    'model-gate.yml: columns.scores and columns.scores_prefix are mutually exclusive, got both ({"a":"pa"} and "p_"); keep one',
  ],
  [
    'a feature both numerical and categorical',
    'columns: {features: {numerical: [a, b], categorical: [c, b]}}',
    'model-gate.yml: columns.features lists "b" as both numerical and categorical; keep one',
  ],
  [
    'min above max',
    'performance: {metrics: {roc_auc: {min: 0.9, max: 0.8}}}',
    'model-gate.yml: performance.metrics.roc_auc: min (0.9) must be ≤ max (0.8)',
  ],
  [
    'interval decisions without intervals',
    'performance: {decide_on: interval, resamples: 0}',
    'model-gate.yml: performance.decide_on is interval but performance.resamples is 0 (no intervals); set resamples ≥ 1 or decide_on: point',
  ],
  [
    'a p-value threshold of 5',
    'drift: {method: ks, threshold: 5}',
    'model-gate.yml: drift.threshold for ks must be a p-value threshold between 0 and 1 (exclusive), got 5',
  ],
  [
    'a per-feature p-value threshold of 1.5',
    'drift: {features: {amount: {method: chi2, threshold: 1.5}}}',
    'model-gate.yml: drift.features.amount.threshold for chi2 must be a p-value threshold between 0 and 1 (exclusive), got 1.5',
  ],
  [
    'a global threshold used by a per-feature p-value test',
    'drift: {threshold: 2, features: {amount: {method: cramer_von_mises}}}',
    'model-gate.yml: drift.threshold (used by drift.features.amount.method) for cramer_von_mises must be a p-value threshold between 0 and 1 (exclusive), got 2',
  ],
  [
    'prediction drift p-value threshold',
    'prediction_drift: {method: ks, threshold: 1}',
    'model-gate.yml: prediction_drift.threshold for ks must be a p-value threshold between 0 and 1 (exclusive), got 1',
  ],
];

/** valid settings near the edges: [name, YAML text] */
export const GOOD: [string, string][] = [
  ['a distance threshold above 1 under auto', 'drift: {threshold: 2}'],
  ['a psi threshold above 1', 'drift: {features: {amount: {method: psi, threshold: 1.5}}}'],
  [
    'a p-value feature test with its own small threshold under a large global one',
    'drift: {threshold: 2, features: {amount: {method: ks, threshold: 0.01}}}',
  ],
  ['resamples 0 with point decisions', 'performance: {resamples: 0}'],
  ['share exactly 1', 'drift: {share: 1}'],
  ['decision_threshold 1', 'decision_threshold: 1'],
  [
    'a drift kind that agrees with columns.features',
    'columns: {features: {categorical: [zip]}}\ndrift: {features: {zip: {kind: categorical}}}',
  ],
  ['decision_threshold 0', 'decision_threshold: 0'],
  ['max_missing_increase 0', 'quality: {max_missing_increase: 0}'],
  ['every section empty (null)', 'inputs:\nperformance:\ndrift:\nprediction_drift:\nquality:\n'],
  ['min equal to max', 'performance: {metrics: {r2: {min: 0.5, max: 0.5}}}'],
  ['negative min (mean_error)', 'performance: {metrics: {mean_error: {min: -0.1, max: 0.1}}}'],
  ['seed at the 32-bit limit', 'performance: {seed: 4294967295}'],
  ['scores_prefix alone', 'columns: {scores_prefix: proba_}'],
  ['numeric class labels as scores keys', 'columns: {scores: {0: p0, 1: p1}}'],
  ['a feature name that is a number', 'drift: {features: {"2023": {kind: categorical}}}'],
];
