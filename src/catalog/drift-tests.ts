/**
 * Data table (one entry per drift test, no logic). The drift tests of DESIGN §4 as plain data (STYLE habit
 * 3): the one place their facts are written. Config ids and defaults (src/config/schema.ts), the report's
 * stats keys and schema (src/contract), the renderers' reading of a score (src/report/view.ts) and the
 * compute table (src/drift/registry.ts, which the compiler holds to one compute per id) all derive from it.
 *
 * - `kinds`: the feature kinds the test applies to
 * - `score`: what the compared number means, for readers of the report
 * - `driftWhen`: p-values signal drift below the threshold, sizes at or above it (src/gate/compare.ts)
 * - `defaultThreshold`: used when neither drift.threshold nor a per-feature one is set
 * - `effectThreshold`: the same under drift.decide_on: effect, where the distance's interval lower end is
 *   compared (p-value tests: their defaultThreshold). 0.05 for Wasserstein, Jensen–Shannon and Hellinger:
 *   `npm run bench drift-calibration` measured false alarms ≤ 3% at every size with it and more power than
 *   0.1 (which needs the lower end, not the point, past 0.1: about 2.5% power for a 0.1 sd shift at 10k rows
 *   against auto's 58%); PSI and KL keep 0.1, the scale their users' rules of thumb are written in.
 * - `correctable`: p-value tests are the ones `drift.correction` adjusts (and whose threshold lies in (0, 1))
 * - `input`: 'sorted' = the two sorted finite samples; 'bins' = counts over the same bins
 * - `stats`: the shape of its entry in a feature's `stats`: a test with statistic and p-value ('test'), the
 *   same with degrees of freedom ('test-dof'), or one number ('size')
 * - `oracle`: the SciPy / numpy expression it is checked against (test/drift/parity.test.ts)
 */
import type { ColumnKind } from '../contract/kinds.js';

export interface DriftTestFacts {
  readonly kinds: readonly ColumnKind[];
  readonly score: 'p-value' | 'index' | 'distance' | 'divergence';
  readonly driftWhen: 'below' | 'above';
  readonly defaultThreshold: number;
  readonly effectThreshold: number;
  readonly correctable: boolean;
  readonly input: 'sorted' | 'bins';
  readonly stats: 'test' | 'test-dof' | 'size';
  readonly oracle: string;
}

export const DRIFT_CATALOG = {
  ks: {
    kinds: ['numerical'],
    score: 'p-value',
    driftWhen: 'below',
    defaultThreshold: 0.05,
    effectThreshold: 0.05,
    correctable: true,
    input: 'sorted',
    stats: 'test',
    oracle: "scipy.stats.ks_2samp(ref, cur, method='auto')",
  },
  cramer_von_mises: {
    kinds: ['numerical'],
    score: 'p-value',
    driftWhen: 'below',
    defaultThreshold: 0.05,
    effectThreshold: 0.05,
    correctable: true,
    input: 'sorted',
    stats: 'test',
    oracle: 'scipy.stats.cramervonmises_2samp(ref, cur)',
  },
  chi2: {
    kinds: ['categorical'],
    score: 'p-value',
    driftWhen: 'below',
    defaultThreshold: 0.05,
    effectThreshold: 0.05,
    correctable: true,
    input: 'bins',
    stats: 'test-dof',
    oracle: 'scipy.stats.chi2_contingency([ref_counts, cur_counts], correction=False)',
  },
  psi: {
    kinds: ['numerical', 'categorical'],
    score: 'index',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    effectThreshold: 0.1,
    correctable: false,
    input: 'bins',
    stats: 'size',
    oracle: 'sum((c - r) * log(c / r)), shares floored at 1e-4 (numpy)',
  },
  jensen_shannon: {
    kinds: ['numerical', 'categorical'],
    score: 'distance',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    effectThreshold: 0.05,
    correctable: false,
    input: 'bins',
    stats: 'size',
    oracle: 'scipy.spatial.distance.jensenshannon(r, c, base=2)',
  },
  kl: {
    kinds: ['numerical', 'categorical'],
    score: 'divergence',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    effectThreshold: 0.1,
    correctable: false,
    input: 'bins',
    stats: 'size',
    oracle: 'scipy.stats.entropy(r, c), shares floored at 1e-4',
  },
  hellinger: {
    kinds: ['numerical', 'categorical'],
    score: 'distance',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    effectThreshold: 0.05,
    correctable: false,
    input: 'bins',
    stats: 'size',
    oracle: 'sqrt(1 - sum(sqrt(r * c))) (numpy)',
  },
  wasserstein: {
    kinds: ['numerical'],
    score: 'distance',
    driftWhen: 'above',
    defaultThreshold: 0.1,
    effectThreshold: 0.05,
    correctable: false,
    input: 'sorted',
    stats: 'size',
    oracle: 'scipy.stats.wasserstein_distance(ref, cur) / max(numpy.std(ref), 0.001)',
  },
} as const satisfies Record<string, DriftTestFacts>;

export type DriftTestId = keyof typeof DRIFT_CATALOG;

/** every drift test id, in catalog order (the order config docs and the report schema list them) */
export const DRIFT_TEST_IDS = Object.keys(DRIFT_CATALOG) as DriftTestId[];

/** 'auto' (DESIGN §4's selection rule) and every test id: what drift.method accepts */
export const DRIFT_METHOD_IDS = ['auto', ...DRIFT_TEST_IDS] as const;
export type DriftMethodId = DriftTestId | 'auto';

/** the ids of the tests whose score is a p-value (drift when below; `correction` adjusts them) */
export const P_VALUE_TEST_IDS = DRIFT_TEST_IDS.filter((id) => DRIFT_CATALOG[id].correctable);

export function isDriftTestId(id: string): id is DriftTestId {
  return Object.prototype.hasOwnProperty.call(DRIFT_CATALOG, id);
}

/** whether `method` (any string from a report) names a p-value test; unknown ids are not */
export function isPValueTest(method: string): boolean {
  return isDriftTestId(method) && DRIFT_CATALOG[method].correctable;
}

/** the shape of a test's entry in a feature's `stats`, by its `stats` fact */
export interface StatsShapes {
  test: { statistic: number; pValue: number };
  'test-dof': { statistic: number; pValue: number; dof: number };
  size: number;
}

/** a feature's `stats` in report.json: every test id may appear, each with its own shape */
export type DriftStats = {
  [K in DriftTestId]?: StatsShapes[(typeof DRIFT_CATALOG)[K]['stats']] | null;
};
