/**
 * A seeded reference/current pair for the profile tests: numerical features (a normal that shifts, a
 * skewed one with ±Infinity and missing values, small integers, a discrete reference against a current
 * with new values, a float with few values), categoricals (a new category, many categories), written as CSV.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../../src/stats/random.js';
import { runCli } from '../helpers/cli.js';

function normal(rng: () => number): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

export function sideRows(n: number, drift: boolean, seed: number): string[] {
  const g = createRng(seed);
  const rng = (): number => g.nextFloat();
  const rows = ['amount,age,score,visits,level,country,device,page,rate'];
  for (let i = 0; i < n; i++) {
    const amount = Math.exp(normal(rng) * 0.8 + (drift ? 3.2 : 3));
    const age = Math.round(40 + 12 * normal(rng) + (drift ? 1 : 0));
    const r = rng();
    const score = r < 0.01 ? 'NA' : r < 0.012 ? 'inf' : (normal(rng) + (drift ? 0.05 : 0)).toPrecision(8);
    const visits = Math.floor(rng() * (drift ? 7 : 5));
    const level = String(Math.floor(rng() * (drift ? 4 : 3)));
    const countries = drift ? ['de', 'fr', 'us', 'br'] : ['de', 'fr', 'us'];
    const country = countries[Math.floor(rng() * countries.length)]!;
    const device = rng() < 0.05 ? '' : rng() < 0.5 ? 'ios' : 'android';
    const page = `p${Math.floor(Math.pow(rng(), 2) * (drift ? 1300 : 1200))}`;
    // a number with few values (a 'values' layout); current adds two new ones
    const rate = (Math.floor(rng() * (drift ? 10 : 8)) + 0.5).toFixed(1);
    rows.push([amount.toPrecision(10), age, score, visits, level, country, device, page, rate].join(','));
  }
  return rows;
}

export function writePair(dir: string, nRef = 6000, nCur = 5000): void {
  writeFileSync(join(dir, 'reference.csv'), sideRows(nRef, false, 11).join('\n') + '\n');
  writeFileSync(join(dir, 'current.csv'), sideRows(nCur, true, 12).join('\n') + '\n');
}

/**
 * The bad-input fixtures: the pair, a second reference (`other.csv`) and the profiles ref.json,
 * other-ref.json, cur.json (current on ref.json) and cur-other.json (current on other-ref.json)
 */
export async function writeProfiledPairs(
  dir: string,
  sizes: { reference: number; current: number; other: number },
  other: { drift: boolean; seed: number },
): Promise<void> {
  writePair(dir, sizes.reference, sizes.current);
  writeFileSync(join(dir, 'other.csv'), sideRows(sizes.other, other.drift, other.seed).join('\n') + '\n');
  for (const args of [
    ['profile', 'reference.csv', '-o', 'ref.json'],
    ['profile', 'other.csv', '-o', 'other-ref.json'],
    ['profile', 'current.csv', '--reference-profile', 'ref.json', '-o', 'cur.json'],
    ['profile', 'current.csv', '--reference-profile', 'other-ref.json', '-o', 'cur-other.json'],
  ]) {
    const r = await runCli(args, dir);
    if (r.code !== 0) throw new Error(`profile fixture: ${r.stderr}`);
  }
}
