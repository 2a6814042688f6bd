/**
 * The only place the YAML configuration file is read. It parses, nothing more: validation and defaults are
 * resolveConfig's job (src/config/resolve.ts), which receives `{ path, record }`.
 * Errors are GateError('config'), one line:
 *   config file not found: ci/model-gate.yml
 *   model-gate.yml:3:1: invalid YAML: All mapping items must start at the same column
 * YAML 1.2 core schema (the `yaml` package's default): `yes`/`no` are strings, duplicate keys are errors,
 * aliases are bounded (no billion laughs). An empty file, or one with only comments, is an empty record.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { configError } from '../errors.js';

/** default config file names looked up in the working directory, in this order */
export const DEFAULT_CONFIG_NAMES = ['model-gate.yml', 'model-gate.yaml'] as const;

export function readConfigFile(path: string): { path: string; record: unknown } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw configError(`config file not found: ${path}`);
    if (code === 'EISDIR') throw configError(`config file is a directory, expected a YAML file: ${path}`);
    throw configError(`config file could not be read: ${path} (${code ?? (e as Error).message})`);
  }
  let record: unknown;
  try {
    record = parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const pos = e.linePos?.[0];
      const where = pos === undefined ? path : `${path}:${pos.line}:${pos.col}`;
      throw configError(`${where}: invalid YAML: ${yamlReason(e)}`);
    }
    // e.g. an alias to an anchor that was never set
    throw configError(`${path}: invalid YAML: ${firstLine((e as Error).message)}`);
  }
  return { path, record: record ?? {} };
}

/** ./model-gate.yml, else ./model-gate.yaml, else null */
export function findDefaultConfig(cwd: string): string | null {
  for (const name of DEFAULT_CONFIG_NAMES) {
    const candidate = join(cwd, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function yamlReason(e: YAMLParseError): string {
  if (e.code === 'MULTIPLE_DOCS') return 'the file holds more than one YAML document (---); keep one';
  // "<reason> at line 3, column 1:\n\n<code frame>" -> "<reason>"
  return firstLine(e.message).replace(/ at line \d+, column \d+:?$/, '');
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).trim();
}
