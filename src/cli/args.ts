/**
 * Pure argument parsing for `model-gate run` (citty-style: no process access, table-tested).
 * Accepts `--flag value` and `--flag=value`; unknown flags and missing values are usage errors.
 */
import { GATE_ID_PATTERN } from '../contract/comment-marker.js';
import { usageError } from '../errors.js';
import { parseLabel } from '../prometheus/push.js';
import { RULES_FORMATS, type RulesFormat } from '../prometheus/rules.js';
import { REPORT_FORMAT_IDS as REPORT_FORMATS, type ReportFormat } from '../report/formats.js';
import { parseProfile, type ProfileArgs } from './profile.js';

export { REPORT_FORMATS, type ReportFormat };

export interface RunArgs {
  command: 'run';
  config?: string;
  holdout?: string;
  baseline?: string;
  reference?: string;
  current?: string;
  serving?: string;
  task?: string;
  target?: string;
  prediction?: string;
  score?: string;
  id?: string;
  out?: string;
  failOn?: string;
  gateId?: string;
  formats?: ReportFormat[];
  /** --push-gateway URL, --push-job NAME, --push-label k=v (repeatable) */
  pushGateway?: string;
  pushJob?: string;
  pushLabels: Record<string, string>;
  quiet: boolean;
}

export type ParsedArgs =
  | RunArgs
  | ProfileArgs
  | { command: 'rules'; format: RulesFormat }
  | { command: 'help' }
  | { command: 'version' };

/** flag → RunArgs key, for flags that take a value */
const VALUE_FLAGS = {
  '--config': 'config',
  '--holdout': 'holdout',
  '--baseline': 'baseline',
  '--reference': 'reference',
  '--current': 'current',
  '--serving': 'serving',
  '--task': 'task',
  '--target': 'target',
  '--prediction': 'prediction',
  '--score': 'score',
  '--id': 'id',
  '--out': 'out',
  '--fail-on': 'failOn',
  '--gate-id': 'gateId',
  '--format': 'formats',
  '--push-gateway': 'pushGateway',
  '--push-job': 'pushJob',
  '--push-label': 'pushLabels',
} as const satisfies Record<string, keyof RunArgs>;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'rules') return parseRules(rest);
  if (command === 'profile') return parseProfile(rest);
  if (command !== 'run')
    throw usageError(`unknown command '${command}' (commands: run, profile, rules; see model-gate --help)`);
  const args: RunArgs = { command: 'run', quiet: false, pushLabels: {} };
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] as string;
    if (token === '--quiet' || token === '-q') {
      args.quiet = true;
      continue;
    }
    const eq = token.indexOf('=');
    const flag = eq > 0 ? token.slice(0, eq) : token;
    if (!(flag in VALUE_FLAGS)) {
      const kind = token.startsWith('-') ? 'option' : 'argument';
      throw usageError(`unknown ${kind} '${token}' for model-gate run (see model-gate --help)`);
    }
    let value: string | undefined;
    if (eq > 0) value = token.slice(eq + 1);
    else {
      value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) throw usageError(`option ${flag} needs a value`);
      i++;
    }
    if (value === '') throw usageError(`option ${flag} needs a value, got an empty string`);
    const key = VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS];
    if (key === 'formats') args.formats = parseFormats(value);
    else if (key === 'pushLabels') {
      const [name, v] = parseLabel(value, 'option --push-label');
      args.pushLabels[name] = v;
    } else if (key === 'gateId' && !GATE_ID_PATTERN.test(value)) {
      // ids that differ must not share a PR comment marker (contract/comment-marker.ts)
      throw usageError(
        `option --gate-id must be 1-64 letters, digits, '.', '_' or '-' starting with a letter or digit, got '${value}'`,
      );
    } else if (key === 'failOn') {
      if (value !== 'fail' && value !== 'warn' && value !== 'never')
        throw usageError(`option --fail-on must be one of fail, warn, never, got '${value}'`);
      args.failOn = value;
    } else args[key] = value;
  }
  return args;
}

function parseFormats(value: string): ReportFormat[] {
  const formats = value.split(',').map((f) => f.trim());
  for (const f of formats)
    if (!(REPORT_FORMATS as readonly string[]).includes(f))
      throw usageError(
        `option --format takes a comma-separated list of ${REPORT_FORMATS.join(', ')}, got '${f}'`,
      );
  return [...new Set(formats)] as ReportFormat[];
}

/** `model-gate rules [--format prometheus|prometheus-rule]` */
function parseRules(rest: readonly string[]): ParsedArgs {
  let format: RulesFormat = 'prometheus';
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    const value = token.startsWith('--format=')
      ? token.slice('--format='.length)
      : token === '--format'
        ? rest[++i]
        : null;
    if (value === null)
      throw usageError(`unknown option '${token}' for model-gate rules (see model-gate --help)`);
    if (!(RULES_FORMATS as readonly string[]).includes(value ?? ''))
      throw usageError(
        `option --format of model-gate rules takes ${RULES_FORMATS.join(' or ')}, got '${value ?? ''}'`,
      );
    format = value as RulesFormat;
  }
  return { command: 'rules', format };
}

export function renderUsage(version: string): string {
  return `model-gate ${version} — decide in CI whether a candidate ML model may ship

Usage:
  model-gate run [options]
  model-gate rules [--format prometheus|prometheus-rule]   alert rules for the exported gauges
  model-gate profile FILE… [--reference-profile REF.json] [--engine model-gate|duckdb] [--out P.json]
                   a profile of the files: the reference's own, or a current one on REF's edges;
                   --columns A,B  --fine-bins N (100)  --sketch-items N (2000)  --threads N  --memory-limit (2GB)
  model-gate profile --reference-profile REF.json --sql duckdb|spark|bigquery --table NAME [--accuracy N]
                   print the SQL that profiles a table where it lives (result rows: feature,part,idx,value,label)
  model-gate profile --rows RESULT --engine-name duckdb|spark|bigquery --reference-profile REF.json --out P.json
  model-gate profile --merge A.json B.json… --out P.json   the profile of both (profiles on one reference)
  model-gate --help | --version

Inputs (override the config file's inputs:, resolved against the working directory):
  --holdout F      candidate predictions on a labelled holdout set (performance)
  --baseline F     baseline model predictions on the same rows (comparison)
  --reference F    reference (training) features (drift, quality)
  --current F      recent production samples (drift, quality, shadow, serving)
  --serving F      serving logs for the serving SLOs (default: the current file)
  Formats: .parquet, .csv, .csv.gz, .jsonl, .ndjson (+ .gz); reference and current also .json profiles

Options:
  --config F       config file (default ./model-gate.yml when present)
  --task T         binary | multiclass | regression
  --target C       label column            --prediction C   predicted class/value column
  --score C        positive-class probability column (binary)
  --id C           column pairing baseline rows with holdout rows
  --out DIR        report folder (default ./model-gate-report)
  --format LIST    report files to write: ${REPORT_FORMATS.join(',')} (default all)
  --fail-on L      fail | warn | never: the verdict that exits 1 (default fail)
  --gate-id ID     name of this gate (PR comment marker), default "default"
  --push-gateway URL  push the metrics.prom gauges to this Prometheus Pushgateway (a failure warns)
  --push-job NAME  the Pushgateway job (default model-gate); grouped by gate=<gate id>
  --push-label K=V another grouping label (repeatable); credentials from MODEL_GATE_PUSH_TOKEN or
                   MODEL_GATE_PUSH_USERNAME / MODEL_GATE_PUSH_PASSWORD
  --quiet, -q      print only the verdict line

Exit codes: 0 verdict below --fail-on, 1 verdict at or above it, 2 usage, config or input error.
`;
}
