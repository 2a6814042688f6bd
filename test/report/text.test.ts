import { describe, expect, it } from 'vitest';
import { renderText, TEXT_TOP } from '../../src/report/text.js';
import { SAMPLES, binaryReport, hostileReport } from './samples.js';

describe('renderText', () => {
  it('prints the verdict, problems, metrics and top drifted features', () => {
    const text = renderText(binaryReport());
    const lines = text.split('\n');
    expect(lines[0]).toBe('model-gate fraud-model: FAIL — 1 failed, 7 warned, 62 passed, 1 skipped');
    expect(lines[2]).toBe(
      '  FAIL  performance.roc_auc.max_regression: roc_auc fell 0.009 vs baseline; allowed 0.005',
    );
    expect(text).toMatch(/ {2}roc_auc +0\.912 +0\.921 +−0\.0090 \(−0\.0134 to −0\.0054\) +fail/);
    expect(text).toContain('Drift: 4 of 29 features drifted (13.8%; dataset drift at 50%: no)');
    expect(text).toMatch(/ {2}amount +wasserstein +0\.906 +≥ 0\.1 +▇▇▇▇▇/);
  });

  it.each(Object.keys(SAMPLES))('%s: no NaN, no control characters', (name) => {
    const text = renderText(SAMPLES[name]!());
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });

  it('lists at most TEXT_TOP problems and drifted features', () => {
    const text = renderText(hostileReport());
    expect(text).toMatch(/…and [\d,]+ more \(see the report\)/);
    expect(text.split('\n').filter((l) => /^ {2}(FAIL|WARN) /.test(l))).toHaveLength(TEXT_TOP);
    expect(text.length).toBeLessThan(10_000);
  });
});
