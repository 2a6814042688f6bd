import { describe, expect, it } from 'vitest';
import { DRIFT_TEST_IDS as CONFIG_IDS } from '../../src/config/index.js';
import { isGateError } from '../../src/errors.js';
import { DRIFT_TEST_IDS, DRIFT_TESTS, driftTest } from '../../src/drift/registry.js';
import { autoMethod, configuredMethod, featureMethod, featureThreshold } from '../../src/drift/select.js';
import { config } from './helpers.js';

describe('registry', () => {
  it('has exactly the ids the config accepts', () => {
    expect([...DRIFT_TEST_IDS].sort()).toEqual([...CONFIG_IDS].sort());
  });
  it.each(Object.values(DRIFT_TESTS))('$id: p-value tests drift below, sizes above', (t) => {
    expect(t.driftWhen).toBe(t.pValue ? 'below' : 'above');
    expect(t.defaultThreshold).toBe(t.pValue ? 0.05 : 0.1);
    expect(t.oracle.length).toBeGreaterThan(10);
  });
  it('an unknown id lists the valid ones', () => {
    let err: unknown;
    try {
      driftTest('psy', 'drift.features.amount.method');
    } catch (e) {
      err = e;
    }
    expect(isGateError(err)).toBe(true);
    expect((err as Error).message).toBe(
      "config drift.features.amount.method must be auto or one of ks, cramer_von_mises, chi2, psi, jensen_shannon, kl, hellinger, wasserstein, got 'psy'",
    );
  });
});

describe('auto (Evidently rule)', () => {
  it.each([
    ['numerical', 1000, 6, 'ks'],
    ['numerical', 1000, 5, 'chi2'],
    ['numerical', 1001, 6, 'wasserstein'],
    ['numerical', 1001, 5, 'jensen_shannon'],
    ['categorical', 50, 100, 'chi2'],
    ['categorical', 1001, 2, 'jensen_shannon'],
  ] as const)('%s, %i reference rows, %i distinct → %s', (kind, rows, distinct, want) => {
    expect(autoMethod(kind, rows, distinct)).toBe(want);
  });
});

describe('configured methods', () => {
  it('a global method applies to the kinds it supports; others keep auto', () => {
    const c = config({ drift: { method: 'ks' } });
    expect(featureMethod(c, 'a', 'numerical')).toBe('ks');
    expect(featureMethod(c, 'b', 'categorical')).toBe('auto');
    const p = config({ drift: { method: 'psi' } });
    expect(featureMethod(p, 'b', 'categorical')).toBe('psi');
  });
  it('a per-feature method wins over the global one', () => {
    const c = config({ drift: { method: 'ks', features: { a: { method: 'hellinger', threshold: 0.2 } } } });
    expect(featureMethod(c, 'a', 'numerical')).toBe('hellinger');
    expect(featureThreshold('hellinger', 0.2, 'ks', null, false)).toBe(0.2);
  });
  it('a per-feature method that does not fit the kind is a config error', () => {
    expect(() =>
      configuredMethod('numerical', 'chi2', 'auto', 'drift.features.amount.method', 'drift.method'),
    ).toThrow(
      "config drift.features.amount.method 'chi2' does not apply to numerical features (it supports: categorical)",
    );
  });
  it('thresholds: feature, then global for the global method, then the default', () => {
    expect(featureThreshold('psi', undefined, 'psi', 0.2, true)).toBe(0.2);
    expect(featureThreshold('ks', undefined, 'psi', 0.2, true)).toBe(0.05);
    expect(featureThreshold('wasserstein', undefined, 'auto', null, true)).toBe(0.1);
    expect(featureThreshold('ks', 0.01, 'psi', 0.2, true)).toBe(0.01);
  });
});
