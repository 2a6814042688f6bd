/**
 * The size limits (LIMITS, the fewest resamples, the largest seed) and the leaf builders of the
 * configuration schema (src/config/schema.ts): the bounded number and the choice with
 * their one "expected" phrase, the section (a strict object whose absence means all defaults), and drift.min_effect (issue 16), one floor per p-value test in that test's effect size.
 */
import * as z from 'zod';
import { P_VALUE_TEST_IDS } from '../catalog/index.js';

const P_VALUE_DRIFT_TESTS: readonly string[] = P_VALUE_TEST_IDS;

/**
 * Upper bounds of the sizes the config controls (issue 14: a runaway value must be a one-line config
 * error, never an exhausted heap): bootstrap resamples, quantile bins, segments evaluated per column.
 */
export const LIMITS = { resamples: 100_000, bins: 1000, max_segments: 1000 } as const;

/**
 * The fewest resamples an interval at `confidence` may rest on: MIN_TAIL_DRAWS resamples beyond each end
 * (a 95% interval from 400 resamples has 10 below and 10 above it; with fewer, the ends are single draws).
 */
export const MIN_TAIL_DRAWS = 10;
export function minResamples(confidence: number): number {
  return Math.ceil((2 * MIN_TAIL_DRAWS) / (1 - confidence) - 1e-9);
}

/** largest accepted seed: the RNG (src/stats/random.ts) is seeded by one 32-bit unsigned integer */
export const MAX_SEED = 4294967295; // 2^32 − 1

interface Bounds {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  int?: boolean;
}

export function number(expected: string, b: Bounds = {}) {
  const e = { error: expected };
  let s = z.number(e);
  if (b.int) s = s.int(e);
  if (b.gt !== undefined) s = s.gt(b.gt, e);
  if (b.gte !== undefined) s = s.gte(b.gte, e);
  if (b.lt !== undefined) s = s.lt(b.lt, e);
  if (b.lte !== undefined) s = s.lte(b.lte, e);
  return s;
}

/** "one of a, b, c" */
export function oneOf(values: readonly string[]): string {
  return `one of ${values.join(', ')}`;
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: oneOf(values) });
}

/**
 * A section: a strict object (unknown keys are errors) whose absence or YAML `null` (a key with every child
 * commented out) means "all defaults".
 */
export function section<S extends z.core.$ZodLooseShape>(shape: S, description: string) {
  const obj = z.strictObject(shape, {
    error: (iss) => (iss.code === 'invalid_type' ? 'a mapping of settings' : undefined),
  });
  return obj
    .nullable()
    .prefault({} as z.input<typeof obj>) // every key of a section is optional
    .transform((v) => v ?? obj.parse({}))
    .describe(description);
}

export const columnName = () =>
  z
    .string({ error: 'a column name (a non-empty string)' })
    .min(1, { error: 'a column name (a non-empty string)' });
export const columnList = () => z.array(columnName(), { error: 'a list of column names' });
export const filePath = (role: string, what: string) =>
  z
    .string({ error: 'a file path (a non-empty string)' })
    .min(1, { error: 'a file path (a non-empty string)' })
    .optional()
    .describe(`${what}. Relative to this file's folder; overridden by --${role} / the ${role} action input.`);

export const effectSize = number('a number between 0 and 1', { gte: 0, lte: 1 });

/** drift.min_effect: one floor per p-value test, each in that test's own effect measure */
export const minEffect = z
  .strictObject(
    {
      ks: effectSize.optional().describe('Minimum two-sample KS statistic D (sup |F − G|).'),
      chi2: effectSize
        .optional()
        .describe("Minimum Cramér's V of the 2 × k reference/current table, sqrt(χ² / (n + m))."),
      cramer_von_mises: effectSize
        .optional()
        .describe('Minimum ω² = ∫ (F − G)² dH, i.e. T · (n + m) / (n · m) from the CvM statistic T.'),
    },
    {
      error: (iss) =>
        iss.code === 'invalid_type'
          ? `a mapping of p-value test to minimum effect (${P_VALUE_DRIFT_TESTS.join(', ')})`
          : iss.code === 'unrecognized_keys'
            ? `a minimum effect applies only to the p-value tests ${P_VALUE_DRIFT_TESTS.join(', ')} (distances are effects already: raise their threshold)`
            : undefined,
    },
  )
  .nullable()
  .default(null);
