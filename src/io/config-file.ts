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
import { join, resolve } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { configError } from '../errors.js';
import { displayPath } from '../contract/display-path.js';

/** default config file names looked up in the working directory, in this order */
export const DEFAULT_CONFIG_NAMES = ['model-gate.yml', 'model-gate.yaml'] as const;

/**
 * Reads and parses the YAML file at `path`. With `cwd`, messages name the file relative to it when it lies
 * inside (model-gate.yml:3:1 rather than /home/runner/work/repo/repo/model-gate.yml:3:1), as resolveConfig
 * does; the returned path is always the one given.
 */
export function readConfigFile(path: string, cwd?: string): { path: string; record: unknown } {
  const shown = cwd === undefined ? path : displayPath(resolve(cwd, path), cwd);
  let text: string;
  try {
    text = readFileSync(cwd === undefined ? path : resolve(cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw configError(`config file not found: ${shown}`);
    if (code === 'EISDIR') throw configError(`config file is a directory, expected a YAML file: ${shown}`);
    throw configError(`config file could not be read: ${shown} (${code ?? (e as Error).message})`);
  }
  let record: unknown;
  try {
    record = parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const pos = e.linePos?.[0];
      const where = pos === undefined ? shown : `${shown}:${pos.line}:${pos.col}`;
      throw configError(`${where}: invalid YAML: ${yamlReason(e)}`);
    }
    // e.g. an alias to an anchor that was never set
    throw configError(`${shown}: invalid YAML: ${firstLine((e as Error).message)}`);
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
