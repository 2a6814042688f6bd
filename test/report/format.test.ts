import { describe, expect, it } from 'vitest';
import {
  countOf,
  formatCount,
  formatDelta,
  formatInterval,
  formatNumber,
  formatPercent,
  formatPValue,
  formatRaw,
} from '../../src/report/format.js';

const M = '\u2212';

describe('formatNumber', () => {
  it.each([
    [0.9123, '0.912'],
    [0.92, '0.92'],
    [0.005, '0.005'],
    [12.345, '12.35'],
    [12345.6, '12,346'],
    [-0.842, `${M}0.842`],
    [1e-7, `1e${M}7`],
    [1e13, '1e13'],
    [0, '0'],
    [Number.NaN, 'n/a'],
    [Number.POSITIVE_INFINITY, 'n/a'],
    [Number.NEGATIVE_INFINITY, 'n/a'],
    [null, 'n/a'],
    [undefined, 'n/a'],
    ['0.5', 'n/a'],
  ])('%s -> %s', (x, want) => expect(formatNumber(x)).toBe(want));
});

describe('formatDelta', () => {
  it.each([
    [-0.009, `${M}0.009`],
    [0.002, '+0.002'],
    [0, '0'],
    [1e-6, `+1e${M}6`],
    [-12.3, `${M}12.3`],
    [Number.NaN, 'n/a'],
  ])('%s -> %s', (x, want) => expect(formatDelta(x)).toBe(want));
});

describe('formatPValue', () => {
  it.each([
    [1e-20, `<1e${M}16`],
    [0, `<1e${M}16`],
    [3.2e-7, `3.2e${M}7`],
    [0.00042, `4.2e${M}4`],
    [0.043, '0.043'],
    [0.43, '0.43'],
    [0.5, '0.5'],
    [1, '1'],
    [Number.NaN, 'n/a'],
  ])('%s -> %s', (x, want) => expect(formatPValue(x)).toBe(want));
});

describe('formatPercent', () => {
  it.each([
    [0.1234, '12.3%'],
    [0.0004, '0.04%'],
    [1, '100%'],
    [0.99999, '99.99%'],
    [0, '0%'],
    [0.05, '5%'],
    [-0.02, `${M}2%`],
    [Number.POSITIVE_INFINITY, 'n/a'],
  ])('%s -> %s', (x, want) => expect(formatPercent(x)).toBe(want));
});

describe('formatInterval', () => {
  it.each([
    [0.912, [0.905, 0.919], false, '0.912 (0.905 to 0.919)'],
    [-0.009, [-0.0134, -0.0054], true, `${M}0.0090 (${M}0.0134 to ${M}0.0054)`],
    [0.002, [-0.0024, 0.0056], true, `+0.0020 (${M}0.0024 to +0.0056)`],
    [12.41, [12.08, 12.68], false, '12.41 (12.08 to 12.68)'],
    [12345, [12000, 12600], false, '12,345 (12,000 to 12,600)'],
    [0.00048, [-0.02583, 0.02477], true, `0.000 (${M}0.026 to +0.025)`],
    [0.5, [0.5, 0.5], false, '0.50 (0.50 to 0.50)'],
    [15.5, [-1.04, 16.4], true, `+15.5 (${M}1.0 to +16.4)`],
    [0.3, [Number.NaN, 1], false, '0.3'],
    [0.3, null, false, '0.3'],
    [Number.NaN, [0, 1], false, 'n/a'],
  ])('%s %j -> %s', (v, ci, signed, want) => expect(formatInterval(v, ci, { signed })).toBe(want));
});

describe('countOf', () => {
  it('a noun in the plural unless the count is one', () => {
    expect(countOf(1, 'more warning')).toBe('1 more warning');
    expect(countOf(0, 'feature')).toBe('0 features');
    expect(countOf(1200, 'feature')).toBe('1,200 features');
  });
});

describe('formatCount and formatRaw', () => {
  it('groups thousands without locale', () => expect(formatCount(1234567)).toBe('1,234,567'));
  it('raw numbers are round-trip strings, null when undefined', () => {
    expect(formatRaw(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatRaw(Number.NaN)).toBeNull();
    expect(formatRaw(null)).toBeNull();
  });
});
