/**
 * The profile file (issue 13, DESIGN §10's pre-summarised input): a compact, mergeable summary of a table
 * computed where the data lives (DuckDB, Spark, BigQuery, or model-gate itself), which the gate accepts
 * wherever it accepts `reference` or `current`. One zod definition gives the types, the validation of a
 * profile file (src/io/profile-file.ts) and schema/profile.schema.json (scripts/make-report-schema.mjs).
 *
 * A reference profile fixes the layout of every feature, and a current profile is computed on it:
 *  - numerical, `layout: 'quantiles'`: `edges` are the reference's distinct quantiles at i/fineBins
 *    (numpy 'linear', i = 1 … fineBins − 1) and `counts[j]` counts edges[j−1] < x ≤ edges[j] (numpy
 *    searchsorted 'left', outer bins open). The drift bins of DESIGN §4 (drift.bins dividing fineBins) are
 *    unions of these, so the binned tests are exact.
 *  - numerical, `layout: 'values'` (the reference holds at most 20 distinct values): `values` are those
 *    values and `counts` the 2k + 1 counts of (−∞, v1), {v1}, (v1, v2), …, {vk}, (vk, ∞); `extra` lists the
 *    values outside them (up to 21), so the union of both samples' values is known whenever it is small.
 *  - categorical: `categories` are the reference's (its most frequent, at most 10,000) with their counts;
 *    `other` counts the rest, `extra` names the most frequent of the rest (up to 1,000).
 * `sketch` bounds the count of values ≤ t for every t: for points[j] ≤ t < points[j+1] (and t ≥ the last
 * point) lower[j] ≤ #{x ≤ t} ≤ upper[j]; below points[0] the count is 0. Exact data gives lower = upper;
 * an engine's quantiles give their stated rank error. Brackets of two profiles add (./../profile/merge.ts).
 */
import * as z from 'zod';

export const PROFILE_SCHEMA_VERSION = 1;
export const PROFILE_KIND = 'model-gate.profile';
export const PROFILE_ENGINES = ['model-gate', 'duckdb', 'spark', 'bigquery', 'merged'] as const;
export type ProfileEngine = (typeof PROFILE_ENGINES)[number];

const count = z.number().int().nonnegative();
const finite = z.number().refine(Number.isFinite, 'a finite number');

export const profileSketchSchema = z.object({
  points: z.array(finite),
  lower: z.array(count),
  upper: z.array(count),
  /** the stated rank error: the largest upper − lower, as a share of the feature's values */
  rankError: z.number().gte(0).lte(1),
});

const numericCommon = {
  name: z.string().min(1),
  kind: z.literal('numerical'),
  /** finite values */
  count,
  /** null, NaN and ±Infinity (±Infinity also in nonFinite, as the readers do) */
  missing: count,
  nonFinite: count,
  min: finite.nullable(),
  max: finite.nullable(),
  mean: finite.nullable(),
  /** Σ (x − mean)², Chan-mergeable */
  m2: finite.nullable(),
  /** values below the reference's minimum and above its maximum (out-of-range share, exact) */
  range: z.object({ min: finite.nullable(), max: finite.nullable(), below: count, above: count }),
  counts: z.array(count),
  sketch: profileSketchSchema,
};

export const numericQuantilesSchema = z.object({
  ...numericCommon,
  layout: z.literal('quantiles'),
  edges: z.array(finite),
});

export const numericValuesSchema = z.object({
  ...numericCommon,
  layout: z.literal('values'),
  values: z.array(finite),
  extra: z.object({ values: z.array(finite), counts: z.array(count), complete: z.boolean() }),
});

export const categoricalProfileSchema = z.object({
  name: z.string().min(1),
  kind: z.literal('categorical'),
  count,
  missing: count,
  categories: z.array(z.string()),
  counts: z.array(count),
  other: count,
  extra: z.object({ categories: z.array(z.string()), counts: z.array(count), complete: z.boolean() }),
});

export const profileFeatureSchema = z.discriminatedUnion('layout', [
  numericQuantilesSchema,
  numericValuesSchema,
  categoricalProfileSchema.extend({ layout: z.literal('categories') }),
]);

export const profileSchema = z.object({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  kind: z.literal(PROFILE_KIND),
  /** rows profiled */
  rows: count,
  /** quantile bins of the reference that fix the edges; drift.bins must divide it */
  fineBins: z.number().int().gte(2),
  /** sketch points kept per numerical feature (before merging) */
  sketchItems: z.number().int().gte(2),
  source: z.object({
    engine: z.enum(PROFILE_ENGINES),
    input: z.array(z.string()),
    /** true for a profile computed on another (reference) profile's layout */
    onReference: z.boolean(),
  }),
  features: z.array(profileFeatureSchema),
});

export type ProfileSketch = z.infer<typeof profileSketchSchema>;
export type NumericQuantilesProfile = z.infer<typeof numericQuantilesSchema>;
export type NumericValuesProfile = z.infer<typeof numericValuesSchema>;
export type NumericProfile = NumericQuantilesProfile | NumericValuesProfile;
export type CategoricalProfile = z.infer<typeof categoricalProfileSchema> & { layout: 'categories' };
export type ProfileFeature = NumericProfile | CategoricalProfile;
export type Profile = z.infer<typeof profileSchema>;

/** the JSON Schema of a profile file, draft 2020-12 (schema/profile.schema.json) */
export function renderProfileSchema(): string {
  const json = z.toJSONSchema(profileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const out = {
    $id: 'https://github.com/model-gate/model-gate/schema/profile.schema.json',
    title: 'model-gate profile',
    ...json,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
