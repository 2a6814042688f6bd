import { describe, expect, it } from 'vitest';
import { renderPerformanceText } from '../../src/metrics/text.js';
import type { PerformanceSection } from '../../src/contract/report.js';

const section: PerformanceSection = {
  task: 'binary',
  positiveLabel: '1',
  decisionThreshold: 0.5,
  classes: ['0', '1'],
  candidate: {
    rows: 12345,
    metrics: {
      roc_auc: { value: 0.9123, ci: [0.905, 0.919] },
      pr_auc: { value: null, ci: null, reason: 'only one class in the target' },
    },
  },
  baseline: {
    rows: 12345,
    metrics: { roc_auc: { value: 0.92, ci: [0.91, 0.93] }, pr_auc: { value: null, ci: null } },
  },
  deltas: { roc_auc: { value: -0.0077, ci: [-0.012, -0.003] }, pr_auc: { value: null, ci: null } },
  segments: [],
  segmentGaps: [
    {
      column: 'country',
      metric: 'roc_auc',
      gap: 0.05,
      best: { value: 'DE', metric: 0.93 },
      worst: { value: 'F\u0007R', metric: 0.88 },
    },
  ],
  production: null,
  curves: { candidate: {}, baseline: null },
  notes: ['precision: no predicted positives; set to 0 as scikit-learn does'],
};

describe('renderPerformanceText', () => {
  it('prints candidate [CI], baseline and Δ [CI] per metric, gaps and notes', () => {
    expect(renderPerformanceText(section)).toBe(
      [
        'performance (binary, 12,345 rows, positive label 1, vs baseline)',
        '  metric   candidate [CI]          baseline  Δ [CI]',
        '  roc_auc  0.912 (0.905 to 0.919)  0.92      −0.0077 (−0.0120 to −0.0030)',
        '  pr_auc   n/a                     n/a       n/a',
        'largest segment gaps',
        '  country: roc_auc  0.05  DE 0.93 vs F?R 0.88',
        'note: precision: no predicted positives; set to 0 as scikit-learn does',
        '',
      ].join('\n'),
    );
  });

  it('without a baseline prints the candidate column only', () => {
    const text = renderPerformanceText({
      ...section,
      baseline: null,
      deltas: null,
      segmentGaps: [],
      notes: [],
    });
    expect(text.split('\n')[1]).toBe('  metric   candidate [CI]');
  });
});
