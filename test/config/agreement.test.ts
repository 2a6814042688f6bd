/**
 * The config module keeps its own lists of drift method ids and metric ids (so validating a config needs
 * neither registry); these tests keep them equal to the registries.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, DRIFT_TEST_IDS, METRIC_IDS, P_VALUE_DRIFT_TESTS } from '../../src/config/schema.js';
import { TASKS } from '../../src/contract/kinds.js';
import { DEFAULT_BINS } from '../../src/drift/constants.js';
import { DRIFT_TESTS } from '../../src/drift/registry.js';
import { metricIds } from '../../src/metrics/registry.js';

describe('config lists agree with the registries', () => {
  it('drift test ids equal the drift registry (DESIGN §4)', () => {
    expect([...DRIFT_TEST_IDS].sort()).toStrictEqual(Object.keys(DRIFT_TESTS).sort());
  });

  it('p-value tests (threshold must be < 1) are the registry tests that drift below the threshold', () => {
    const below = Object.values(DRIFT_TESTS)
      .filter((t) => t.driftWhen === 'below')
      .map((t) => t.id);
    expect([...P_VALUE_DRIFT_TESTS].sort()).toStrictEqual(below.sort());
  });

  it('the default bin count equals the drift module’s DEFAULT_BINS', () => {
    expect(DEFAULTS.bins).toBe(DEFAULT_BINS);
  });

  it.each(TASKS)('%s metric ids equal the metrics registry, in report order', (task) => {
    expect([...METRIC_IDS[task]]).toStrictEqual(metricIds(task));
  });
});
