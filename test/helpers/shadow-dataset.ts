/**
 * A production scenario for the serving and shadow checks (issue 12): `current.csv` holds two features,
 * the candidate's score, the champion's score, late labels on a share of the rows (the rest empty), a
 * latency in ms, an HTTP status code and an ISO timestamp; `holdout.csv` and `reference.csv` as usual.
 * Deterministic (seeded). `labelled` is the share of current rows whose label arrived.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../../src/stats/random.js';

export interface ShadowScenario {
  rows: number;
  labelled: number;
  /** latencies written, in ms, in row order */
  latencies: number[];
  errors: number;
  /** timestamps written, epoch ms */
  times: number[];
}

export function writeShadowScenario(
  dir: string,
  options: { rows?: number; labelled?: number; candidateBetter?: boolean; seed?: number } = {},
): ShadowScenario {
  mkdirSync(dir, { recursive: true });
  const rng = createRng(options.seed ?? 7);
  const n = options.rows ?? 2000;
  const share = options.labelled ?? 0.3;
  const better = options.candidateBetter ?? true;
  const holdout = ['label,score'];
  for (let i = 0; i < n; i++) {
    const y = rng.nextFloat() < 0.4 ? 1 : 0;
    holdout.push(`${y},${clip(0.5 * rng.nextFloat() + (y ? 0.45 : 0.05)).toFixed(4)}`);
  }
  const reference = ['amount,country'];
  const current = ['amount,country,score,champ_score,label,latency_ms,status,ts'];
  const latencies: number[] = [];
  const times: number[] = [];
  let errors = 0;
  let labelled = 0;
  let t = Date.UTC(2026, 11, 1, 12, 0, 0);
  for (let i = 0; i < n; i++) {
    const y = rng.nextFloat() < 0.4 ? 1 : 0;
    const strong = clip(0.5 * rng.nextFloat() + (y ? 0.45 : 0.05));
    const weak = clip(0.8 * rng.nextFloat() + (y ? 0.15 : 0.05));
    const [cand, champ] = better ? [strong, weak] : [weak, strong];
    const hasLabel = rng.nextFloat() < share;
    if (hasLabel) labelled++;
    // log-normal-ish latency around 40 ms with a slow tail
    const latency = Math.round(40 * Math.exp(0.5 * gauss(rng)) * 10) / 10;
    latencies.push(latency);
    const status = rng.nextFloat() < 0.01 ? 503 : 200;
    if (status >= 500) errors++;
    t += Math.round(1 + 18 * rng.nextFloat()); // ~10 ms apart: ~100 requests per second
    times.push(t);
    const amount = (100 + 50 * rng.nextFloat()).toFixed(2);
    const country = ['de', 'fr', 'us'][rng.nextInt(3)];
    reference.push(`${(100 + 50 * rng.nextFloat()).toFixed(2)},${['de', 'fr', 'us'][rng.nextInt(3)]}`);
    current.push(
      `${amount},${country},${cand.toFixed(4)},${champ.toFixed(4)},${hasLabel ? y : ''},${latency},${status},${new Date(t).toISOString()}`,
    );
  }
  writeFileSync(join(dir, 'holdout.csv'), holdout.join('\n') + '\n');
  writeFileSync(join(dir, 'reference.csv'), reference.join('\n') + '\n');
  writeFileSync(join(dir, 'current.csv'), current.join('\n') + '\n');
  return { rows: n, labelled, latencies, errors, times };
}

function clip(x: number): number {
  return Math.min(0.99, Math.max(0.01, x));
}

function gauss(rng: { nextFloat(): number }): number {
  const u = Math.max(1e-12, rng.nextFloat());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}
