// npm run bench drift-calibration: how often each drift rule fires when nothing changed, and how often it
// fires when something did (issue 16, part 4). Each replicate draws a reference and a current sample of n
// rows from the SAME population (six features: normal, heavy-tailed t₃, heavily tied, five integer values,
// five categories, a Zipf law over 1,000 categories) and, for power, a current sample with one stated change
// per feature (mean +0.1 sd, mean +0.25 sd, sd × 1.25, a new category taking 5% of rows). Every replicate
// goes through the gate's own drift section (src/gate/drift.ts buildDrift) under
//   - auto:   today's default (Evidently's rule: p-values up to 1,000 reference rows, distances above),
//   - effect: drift.decide_on: effect (a distance's bias-corrected 95% interval lower end ≥ 0.05 for
//     Wasserstein and Jensen–Shannon, the effect rule's defaults),
// and, on the same data (written to a temporary folder), through Evidently 0.7's DataDriftPreset in a venv
// beside scripts/bench/evidently (installed on first run; skipped with a message when it cannot be).
// Dataset drift: at least half of the six features drifted (drift.share 0.5, Evidently's drift_share 0.5).
//
// Settings (environment): BENCH_CAL_SIZES (default 300,10000,1000000), BENCH_CAL_REPLICATES (200),
// BENCH_CAL_POWER_REPLICATES (200), BENCH_CAL_EVIDENTLY_LARGE (replicates Evidently runs at n ≥ 100k,
// default 20: it takes ~17 s per 1M-row report), BENCH_CAL_EVIDENTLY=0 skips Evidently,
// BENCH_CAL_OUT (where the Markdown table goes, default bench-data/drift-calibration.md),
// BENCH_CAL_VARIANTS=1 adds the effect rule at threshold 0.1 and at a 90% interval.
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BENCH_DATA, ROOT } from './_util.js';
import { resolveConfig } from '../../src/config/index.js';
import type { Config } from '../../src/config/types.js';
import type { Column, Table } from '../../src/contract/table.js';
import { buildDrift } from '../../src/gate/drift.js';
import { inProcessExecutor } from '../../src/runtime/index.js';
import { createRng, type Rng } from '../../src/stats/random.js';
import { VERSION } from '../../src/version.js';

const SIZES = (process.env.BENCH_CAL_SIZES ?? '300,10000,1000000').split(',').map(Number);
const REPLICATES = Number(process.env.BENCH_CAL_REPLICATES ?? 200);
const POWER_REPLICATES = Number(process.env.BENCH_CAL_POWER_REPLICATES ?? 200);
const EVIDENTLY_LARGE = Number(process.env.BENCH_CAL_EVIDENTLY_LARGE ?? 20);
const OUT = process.env.BENCH_CAL_OUT ?? join(BENCH_DATA, 'drift-calibration.md');
const EVIDENTLY_DIR = join(ROOT, 'scripts/bench/evidently');

// ---- populations ----------------------------------------------------------------------------------------

function normal(rng: Rng): number {
  let u = 0;
  while (u === 0) u = rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}

const FEW = [0.4, 0.25, 0.15, 0.12, 0.08];
const INTEGERS = [0.1, 0.3, 0.3, 0.2, 0.1];
const ZIPF_K = 1000;
const ZIPF_CDF = (() => {
  const w = Array.from({ length: ZIPF_K }, (_, i) => 1 / (i + 1) ** 1.1);
  const total = w.reduce((s, x) => s + x, 0);
  let c = 0;
  return Float64Array.from(w, (x) => (c += x / total));
})();

function pick(cdf: ArrayLike<number>, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cumulative(p: readonly number[]): Float64Array {
  let c = 0;
  return Float64Array.from(p, (x) => (c += x));
}

interface Shape {
  name: string;
  kind: 'numerical' | 'categorical';
  /** n values; `change` alters the population for power runs */
  draw(n: number, rng: Rng): Float64Array | Int32Array;
}

const numeric = (name: string, f: (rng: Rng) => number): Shape => ({
  name,
  kind: 'numerical',
  draw: (n, rng) => Float64Array.from({ length: n }, () => f(rng)),
});
const categorical = (name: string, cdf: Float64Array, k = cdf.length): Shape => ({
  name,
  kind: 'categorical',
  draw: (n, rng) => Int32Array.from({ length: n }, () => Math.min(k - 1, pick(cdf, rng.nextFloat()))),
});

const FEW_CDF = cumulative(FEW);
const INTEGER_CDF = cumulative(INTEGERS);

/** the no-drift features: both samples of a replicate come from these */
const NULL_SHAPES: Shape[] = [
  numeric('normal', normal),
  numeric('heavy_t3', (rng) => {
    const z = normal(rng);
    const chi = normal(rng) ** 2 + normal(rng) ** 2 + normal(rng) ** 2;
    return z / Math.sqrt(chi / 3);
  }),
  numeric('tied', (rng) => Math.round(normal(rng) * 2) / 2),
  numeric('five_integers', (rng) => pick(INTEGER_CDF, rng.nextFloat())),
  categorical('five_categories', FEW_CDF),
  categorical('zipf_1000', ZIPF_CDF),
];

/** power: the reference population of each, and the changed one current is drawn from */
const POWER: { name: string; reference: Shape; current: Shape }[] = [
  { name: 'mean +0.1 sd', reference: NULL_SHAPES[0]!, current: numeric('s', (r) => normal(r) + 0.1) },
  { name: 'mean +0.25 sd', reference: NULL_SHAPES[0]!, current: numeric('s', (r) => normal(r) + 0.25) },
  { name: 'sd × 1.25', reference: NULL_SHAPES[0]!, current: numeric('s', (r) => normal(r) * 1.25) },
  {
    name: 'new category at 5%',
    reference: NULL_SHAPES[4]!,
    current: {
      name: 's',
      kind: 'categorical',
      // 95% from the five categories, 5% a sixth never seen in reference
      draw: (n, rng) =>
        Int32Array.from({ length: n }, () => (rng.nextFloat() < 0.05 ? 5 : pick(FEW_CDF, rng.nextFloat()))),
    },
  },
];

function column(name: string, kind: Shape['kind'], values: Float64Array | Int32Array): Column {
  if (kind === 'numerical')
    return { kind, name, source: 'float', values: values as Float64Array, nonFinite: 0 };
  const codes = values as Int32Array;
  let max = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i]! > max) max = codes[i]!;
  const dictionary = Array.from({ length: Math.max(max + 1, 6) }, (_, i) => `c${i}`);
  return { kind, name, source: 'string', codes, dictionary };
}

function table(path: string, columns: Column[], rows: number): Table {
  return {
    path,
    format: 'parquet',
    rows,
    columnNames: columns.map((c) => c.name),
    columns: new Map(columns.map((c) => [c.name, c])),
  };
}

// ---- the rules ------------------------------------------------------------------------------------------

function gateConfig(drift: Record<string, unknown>): Config {
  return resolveConfig(
    {
      path: join(ROOT, 'model-gate.yml'),
      record: { drift: { share: 0.5, ...drift }, prediction_drift: { enabled: false } },
    },
    {},
    ROOT,
  );
}

const RULES: { id: string; config: Config }[] = [
  { id: 'auto', config: gateConfig({}) },
  { id: 'effect', config: gateConfig({ decide_on: 'effect' }) },
  // BENCH_CAL_VARIANTS=1: the settings the defaults were chosen against (src/catalog/drift-tests.ts)
  ...(process.env.BENCH_CAL_VARIANTS
    ? [
        { id: 'effect at 0.1', config: gateConfig({ decide_on: 'effect', threshold: 0.1 }) },
        { id: 'effect at 90%', config: gateConfig({ decide_on: 'effect', interval: { confidence: 0.9 } }) },
      ]
    : []),
];
const executor = inProcessExecutor({ threads: 0 });

interface Outcome {
  drifted: Record<string, boolean>;
  datasetDrift: boolean;
}

async function gateOutcome(config: Config, reference: Table, current: Table): Promise<Outcome> {
  const r = await buildDrift(config, reference, current, undefined, executor);
  const drifted: Record<string, boolean> = {};
  for (const f of r.drift.features) drifted[f.name] = f.drifted;
  return { drifted, datasetDrift: r.drift.datasetDrift };
}

// ---- Evidently ------------------------------------------------------------------------------------------

class Evidently {
  private readonly lines: AsyncIterator<string>;
  versions: Record<string, string> = {};
  private constructor(private readonly child: ChildProcessByStdio<Writable, Readable, null>) {
    this.lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  }

  /** the server in its venv, created on first use; null (with the reason printed) when it cannot be */
  static async start(): Promise<Evidently | null> {
    if (process.env.BENCH_CAL_EVIDENTLY === '0') {
      console.log('Evidently: skipped (BENCH_CAL_EVIDENTLY=0)');
      return null;
    }
    const venv = join(EVIDENTLY_DIR, '.venv');
    const python = join(venv, 'bin/python');
    if (!existsSync(python)) {
      console.log(`Evidently: creating ${venv} (python3 -m venv; pip install -r requirements.txt)`);
      const made = spawnSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
      const pip =
        made.status === 0
          ? spawnSync(
              join(venv, 'bin/pip'),
              ['install', '-q', '-r', join(EVIDENTLY_DIR, 'requirements.txt')],
              {
                stdio: 'inherit',
              },
            )
          : made;
      if (pip.status !== 0) {
        rmSync(venv, { recursive: true, force: true });
        console.log('Evidently: SKIPPED — the venv could not be created or evidently could not be installed');
        return null;
      }
    }
    const child = spawn(python, [join(EVIDENTLY_DIR, 'drift_server.py')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const e = new Evidently(child);
    const first = await e.lines.next();
    if (first.done) {
      console.log('Evidently: SKIPPED — the server did not start');
      return null;
    }
    e.versions = JSON.parse(first.value).versions;
    return e;
  }

  async run(request: object): Promise<Outcome> {
    this.child.stdin.write(`${JSON.stringify(request)}\n`);
    const line = await this.lines.next();
    if (line.done) throw new Error('Evidently server stopped');
    const out = JSON.parse(line.value);
    if (out.error) throw new Error(`Evidently: ${out.error}`);
    const drifted: Record<string, boolean> = {};
    for (const [name, c] of Object.entries(out.columns as Record<string, { drifted: boolean }>))
      drifted[name] = c.drifted;
    return { drifted, datasetDrift: out.datasetDrift };
  }

  stop(): void {
    this.child.stdin.end();
  }
}

/** writes both sides' columns where the Evidently server reads them; returns its request */
function evidentlyRequest(dir: string, tag: string, reference: Table, current: Table): object {
  const columns = [...reference.columns.values()].map((col, i) => {
    const file = `${tag}-${i}`;
    for (const [side, t] of [
      ['reference', reference],
      ['current', current],
    ] as const) {
      const c = t.columns.get(col.name)!;
      const data = c.kind === 'numerical' ? c.values : c.codes;
      writeFileSync(
        join(dir, `${file}.${side}.bin`),
        new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      );
    }
    return { name: col.name, kind: col.kind, file };
  });
  return { dir, columns };
}

// ---- the study ------------------------------------------------------------------------------------------

/** alarms[rule][feature or '(dataset)'] = count, and how many replicates each rule saw */
type Tally = Map<string, { runs: number; alarms: Map<string, number> }>;

function add(tally: Tally, rule: string, o: Outcome): void {
  const t = tally.get(rule) ?? { runs: 0, alarms: new Map<string, number>() };
  t.runs++;
  for (const [name, d] of Object.entries(o.drifted))
    t.alarms.set(name, (t.alarms.get(name) ?? 0) + (d ? 1 : 0));
  t.alarms.set('(dataset)', (t.alarms.get('(dataset)') ?? 0) + (o.datasetDrift ? 1 : 0));
  tally.set(rule, t);
}

const rate = (tally: Tally, rule: string, key: string): string => {
  const t = tally.get(rule);
  if (!t || t.runs === 0) return '—';
  return `${((100 * (t.alarms.get(key) ?? 0)) / t.runs).toFixed(1)}%`;
};

async function main(): Promise<void> {
  const evidently = await Evidently.start();
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-calibration-'));
  const ruleIds = [...RULES.map((r) => r.id), ...(evidently ? ['evidently'] : [])];
  const nullTallies = new Map<number, Tally>();
  const powerTallies = new Map<number, Tally>();
  const seconds = new Map<string, number>();
  const clock = async <T>(key: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await f();
    seconds.set(key, (seconds.get(key) ?? 0) + (performance.now() - t0) / 1000);
    return out;
  };
  try {
    for (const n of SIZES) {
      const nullTally: Tally = new Map();
      const powerTally: Tally = new Map();
      nullTallies.set(n, nullTally);
      powerTallies.set(n, powerTally);
      const evidentlyRuns = n >= 100_000 ? EVIDENTLY_LARGE : Math.max(REPLICATES, POWER_REPLICATES);
      const t0 = performance.now();
      for (let r = 0; r < Math.max(REPLICATES, POWER_REPLICATES); r++) {
        const rng = createRng(((n * 7919) ^ (r * 104729)) >>> 0);
        const runs: [Tally, Table, Table][] = [];
        if (r < REPLICATES) {
          const ref = NULL_SHAPES.map((s) => column(s.name, s.kind, s.draw(n, rng)));
          const cur = NULL_SHAPES.map((s) => column(s.name, s.kind, s.draw(n, rng)));
          runs.push([nullTally, table('reference', ref, n), table('current', cur, n)]);
        }
        if (r < POWER_REPLICATES) {
          const ref = POWER.map((p) => column(p.name, p.reference.kind, p.reference.draw(n, rng)));
          const cur = POWER.map((p) => column(p.name, p.current.kind, p.current.draw(n, rng)));
          runs.push([powerTally, table('reference', ref, n), table('current', cur, n)]);
        }
        for (const [k, [tally, ref, cur]] of runs.entries()) {
          // Evidently works on its copy of the files while the gate's rules run here
          const pending =
            evidently && r < evidentlyRuns
              ? clock(`evidently ${n}`, () => evidently.run(evidentlyRequest(dir, `r${k}`, ref, cur)))
              : null;
          for (const rule of RULES)
            add(tally, rule.id, await clock(`${rule.id} ${n}`, () => gateOutcome(rule.config, ref, cur)));
          if (pending) add(tally, 'evidently', await pending);
        }
        if ((r + 1) % 50 === 0)
          console.log(`  n = ${n}: ${r + 1} replicates (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      }
    }
  } finally {
    evidently?.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const lines: string[] = [];
  const versions = evidently
    ? Object.entries(evidently.versions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')
    : 'Evidently not run';
  lines.push(
    `Drift calibration — model-gate ${VERSION}; ${versions}. Replicates: ${REPLICATES} without drift, ${POWER_REPLICATES} with (Evidently: ${EVIDENTLY_LARGE} at n ≥ 100k). Both samples n rows.`,
    '',
    '**False alarms** (no drift: both samples from one population): share of replicates each rule calls drifted',
    '',
    `| feature | n | ${ruleIds.join(' | ')} |`,
    `| :- | -: | ${ruleIds.map(() => '-:').join(' | ')} |`,
  );
  for (const key of [...NULL_SHAPES.map((s) => s.name), '(dataset)'])
    for (const n of SIZES)
      lines.push(
        `| ${key === '(dataset)' ? '**dataset drift**' : key} | ${n.toLocaleString('en-US')} | ${ruleIds.map((id) => rate(nullTallies.get(n)!, id, key)).join(' | ')} |`,
      );
  lines.push(
    '',
    '**Power** (one stated change per feature): share of replicates each rule calls the changed feature drifted',
    '',
    `| change | n | ${ruleIds.join(' | ')} |`,
    `| :- | -: | ${ruleIds.map(() => '-:').join(' | ')} |`,
  );
  for (const p of POWER)
    for (const n of SIZES)
      lines.push(
        `| ${p.name} | ${n.toLocaleString('en-US')} | ${ruleIds.map((id) => rate(powerTallies.get(n)!, id, p.name)).join(' | ')} |`,
      );
  lines.push(
    '',
    `Seconds spent per rule and size: ${[...seconds.entries()].map(([k, s]) => `${k} ${s.toFixed(1)}`).join(', ')}.`,
  );
  const text = lines.join('\n') + '\n';
  writeFileSync(OUT, text);
  console.log(`\n${text}\n(written to ${OUT})`);
}

await main();
