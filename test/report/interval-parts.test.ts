import { describe, expect, it } from 'vitest';
import { formatInterval, intervalParts } from '../../src/report/format.js';

describe('intervalParts', () => {
  it.each([
    // delta of roc_auc with its paired interval, as the max_regression message prints it
    [
      -0.0179,
      [-0.0299, -0.00747],
      { signed: true, magnitude: true },
      { value: '0.018', lo: '−0.030', hi: '−0.007' },
    ],
    [-0.0179, [-0.0299, -0.00747], { signed: true }, { value: '−0.018', lo: '−0.030', hi: '−0.007' }],
    [0.912, [0.905, 0.919], {}, { value: '0.912', lo: '0.905', hi: '0.919' }],
    [0.5, null, {}, { value: '0.5', lo: null, hi: null }],
    [Number.NaN, [0, 1], {}, { value: 'n/a', lo: null, hi: null }],
  ] as const)('%s %j %j', (value, ci, opts, expected) => {
    expect(intervalParts(value, ci, opts)).toEqual(expected);
  });

  it('agrees with formatInterval', () => {
    const p = intervalParts(0.0063, [0.0037, 0.0091], { signed: true });
    expect(formatInterval(0.0063, [0.0037, 0.0091], { signed: true })).toBe(
      `${p.value} (${p.lo} to ${p.hi})`,
    );
  });
});
