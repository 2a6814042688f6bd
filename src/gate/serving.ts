/**
 * The serving section (issue 12): the configured latency, error and throughput columns of the serving
 * input (or of current), measured with intervals (src/metrics/serving.ts) and decided by
 * ./rules/serving.ts. Returns null and no checks when no serving rule is configured.
 */
import type { Config } from '../config/types.js';
import type { Check, ServingSection } from '../contract/report.js';
import type { Table } from '../contract/table.js';
import { inputError } from '../errors.js';
import { latencyMeasures, rateEstimate, throughputMeasures } from '../metrics/serving.js';
import { errorFlags, latencies, servingColumns, timestamps } from '../prepare/serving.js';
import { servingChecks } from './rules/serving.js';

export function buildServing(
  config: Config,
  table: Table | null,
  source: 'serving' | 'current',
): { section: ServingSection | null; checks: Check[] } {
  if (servingColumns(config).length === 0) return { section: null, checks: [] };
  if (table === null) {
    return { section: null, checks: servingChecks(config, null, 'no serving or current input') };
  }
  if (table.rows === 0) throw inputError(`${table.path} has no rows; the serving checks need requests`);
  const s = config.serving;
  const confidence = config.performance.confidence;
  let latency: ServingSection['latency'] = null;
  if (s.latency) {
    const m = latencyMeasures(
      latencies(table, s.latency.column),
      confidence,
      s.latency.max_share_over?.value ?? null,
    );
    latency = {
      column: s.latency.column,
      unit: s.latency.unit,
      rows: m.rows,
      quantiles: m.quantiles,
      mean: m.mean,
      max: m.max,
      over:
        m.shareOver && s.latency.max_share_over
          ? { value: s.latency.max_share_over.value, share: m.shareOver }
          : null,
      histogram: m.histogram,
    };
  }
  let errors: ServingSection['errors'] = null;
  if (s.errors) {
    const flags = errorFlags(table, s.errors.column, s.errors.min_status);
    let k = 0;
    for (let i = 0; i < flags.length; i++) k += flags[i]!;
    errors = {
      column: s.errors.column,
      rows: flags.length,
      errors: k,
      rate: rateEstimate(k, flags.length, confidence),
    };
  }
  let throughput: ServingSection['throughput'] = null;
  if (s.throughput) {
    const m = throughputMeasures(timestamps(table, s.throughput.column), confidence);
    throughput = m ? { column: s.throughput.column, ...m } : null;
  }
  const section: ServingSection = { source, latency, errors, throughput, confidence };
  return { section, checks: servingChecks(config, section, null) };
}
