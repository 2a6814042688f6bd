import { describe, expect, it } from 'vitest';
import { configReferenceRows, renderConfigReference } from '../../src/config/reference.js';

describe('the Markdown config reference', () => {
  const rows = configReferenceRows();
  const byKey = new Map(rows.map((r) => [r.key, r]));

  it('has a documented row for every key, in definition order', () => {
    expect(rows.map((r) => r.key).slice(0, 3)).toStrictEqual(['inputs', 'inputs.holdout', 'inputs.baseline']);
    expect(rows.at(-1)!.key).toBe('fail_on');
    expect(rows.filter((r) => r.description.length < 10)).toStrictEqual([]);
    // 9 top-level keys, 53 keys inside the 6 sections (drift.min_effect and its 3 tests, prediction_drift.min_effect,
    // drift.decide_on, drift.interval and its 3 keys, drift.correction_family), 5 rule keys and 4
    // per-feature drift keys; issue 12: inputs.serving, 2 champion columns, serving (19 keys) and shadow (3);
    // issue 11: production and its 3 keys, 3 per-metric estimated rule keys, drift.multivariate and its 9
    expect(rows).toHaveLength(114);
  });

  it.each<[string, string, string]>([
    ['task', 'binary | multiclass | regression', ''],
    ['performance.confidence', 'number > 0, < 1', '0.95'],
    ['performance.resamples', 'integer ≥ 0, ≤ 100000', '1000'],
    ['performance.max_segments', 'integer ≥ 1, ≤ 1000', '50'],
    ['performance.seed', 'integer ≥ 0, ≤ 4294967295', '42'],
    ['drift.bins', 'integer ≥ 2, ≤ 1000', '10'],
    ['drift.share', 'number > 0, ≤ 1', '0.5'],
    ['drift.threshold', 'number > 0 or null', 'null'],
    ['drift.features.<name>.kind', 'numerical | categorical', ''],
    ['drift.min_effect.ks', 'number ≥ 0, ≤ 1', ''],
    ['drift.features.<name>.min_effect', 'number ≥ 0, ≤ 1', ''],
    ['performance.metrics.<name>.max_regression', 'number ≥ 0', ''],
    ['columns.segments', 'list of string', '[]'],
    ['columns.positive_label', 'number, string, boolean, null', ''],
    ['prediction_drift.enabled', 'true, false', 'true'],
    ['quality.out_of_range.max_share', 'number ≥ 0, ≤ 1', '0.01'],
    ['fail_on', 'fail | warn | never', '"fail"'],
  ])('%s accepts %s, default %s', (key, accepts, fallback) => {
    expect(byKey.get(key)).toMatchObject({ accepts, default: fallback });
  });

  it('escapes the pipes of enumerations inside table cells', () => {
    const text = renderConfigReference();
    expect(text).toContain('| `task` | binary \\| multiclass \\| regression |  |');
    for (const line of text.trimEnd().split('\n')) expect(line.split(/(?<!\\)\|/).length).toBe(6);
  });
});
