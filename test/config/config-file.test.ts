import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findDefaultConfig, readConfigFile } from '../../src/io/config-file.js';
import { GateError } from '../../src/errors.js';
import { resolveConfig } from '../../src/config/resolve.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'model-gate-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function configMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GateError);
    expect((e as GateError).code).toBe('config');
    expect((e as GateError).message).not.toContain('\n');
    return (e as GateError).message;
  }
  throw new Error('expected a config error, got none');
}

describe('readConfigFile', () => {
  it.each<[string, string, unknown]>([
    [
      'a mapping',
      'task: binary\ncolumns:\n  target: label\n',
      { task: 'binary', columns: { target: 'label' } },
    ],
    ['an empty file', '', {}],
    ['only comments', '# nothing yet\n', {}],
    [
      'a byte order mark and CRLF',
      '\uFEFFtask: binary\r\nfail_on: warn\r\n',
      { task: 'binary', fail_on: 'warn' },
    ],
    [
      'YAML 1.2: yes stays a string',
      'columns: {positive_label: yes}',
      { columns: { positive_label: 'yes' } },
    ],
    ['an explicit document start', '---\ntask: regression\n', { task: 'regression' }],
    ['anchors and aliases', 'a: &t 0.1\nb: *t\n', { a: 0.1, b: 0.1 }],
    ['a list (validated later)', '- task\n', ['task']],
  ])('%s', (_name, text, record) => {
    const p = write('ok.yml', text);
    expect(readConfigFile(p)).toStrictEqual({ path: p, record });
  });

  it.each<[string, string, (p: string) => string]>([
    [
      'bad indentation',
      'columns:\n  target: y\n score: s\n',
      (p) => `${p}:3:1: invalid YAML: All mapping items must start at the same column`,
    ],
    [
      'an unclosed flow list',
      'segments: [a, b\ntask: binary\n',
      (p) =>
        `${p}:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ],
    [
      'a duplicate key',
      'task: binary\ntask: regression\n',
      (p) => `${p}:2:1: invalid YAML: Map keys must be unique`,
    ],
    ['an unclosed quote', 'task: "binary\n', (p) => `${p}:2:1: invalid YAML: Missing closing "quote`],
    [
      'a tab as indentation',
      'columns:\n\ttarget: y\n',
      (p) => `${p}:2:1: invalid YAML: Tabs are not allowed as indentation`,
    ],
    [
      'two documents',
      'task: binary\n---\ntask: regression\n',
      (p) => `${p}:2:1: invalid YAML: the file holds more than one YAML document (---); keep one`,
    ],
    [
      'an alias without anchor',
      'a: *nowhere\n',
      (p) => `${p}: invalid YAML: Unresolved alias (the anchor must be set before the alias): nowhere`,
    ],
  ])('%s → file:line:col and the reason, one line', (_name, text, message) => {
    const p = write('bad.yml', text);
    expect(configMessage(() => readConfigFile(p))).toBe(message(p));
  });

  it('a missing file', () => {
    const p = join(dir, 'nope', 'model-gate.yml');
    expect(configMessage(() => readConfigFile(p))).toBe(`config file not found: ${p}`);
  });

  it('a directory', () => {
    const p = join(dir, 'a-folder.yml');
    mkdirSync(p, { recursive: true });
    expect(configMessage(() => readConfigFile(p))).toBe(
      `config file is a directory, expected a YAML file: ${p}`,
    );
  });

  it('binary garbage ends in a one-line config error, not a crash', () => {
    const p = write('garbage.yml', gzipSync(Buffer.from('task: binary\n'.repeat(50))));
    const message = configMessage(() => resolveConfig(readConfigFile(p), {}, dir));
    expect(message).toMatch(/^garbage\.yml: (the file must be a mapping of settings, got "|invalid YAML)/);
  });
});

describe('readConfigFile with a working directory', () => {
  it.each<[string, (d: string) => string, (d: string) => string]>([
    [
      'a relative path is read from cwd and named as given',
      () => 'sub/bad.yml',
      () => 'sub/bad.yml:2:1: invalid YAML',
    ],
    [
      'an absolute path inside cwd is named relative to it',
      (d) => join(d, 'sub/bad.yml'),
      () => 'sub/bad.yml:2:1: invalid YAML',
    ],
    [
      'a path outside cwd stays absolute',
      (d) => join(d, 'sub/bad.yml'),
      (d) => `${join(d, 'sub/bad.yml')}:2:1: invalid YAML`,
    ],
  ])('%s', (name, pathOf, prefixOf) => {
    const d = mkdtempSync(join(dir, 'cwd-'));
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'sub/bad.yml'), 'task: "binary\n');
    const cwd = name.includes('outside') ? join(d, 'sub', 'deeper') : d;
    expect(configMessage(() => readConfigFile(pathOf(d), cwd))).toMatch(
      new RegExp(`^${escape(prefixOf(d))}`),
    );
  });

  it('a missing file is named relative to cwd', () => {
    const d = mkdtempSync(join(dir, 'cwd-'));
    expect(configMessage(() => readConfigFile(join(d, 'ci/gate.yml'), d))).toBe(
      'config file not found: ci/gate.yml',
    );
  });

  it('returns the path as given and reads relative to cwd', () => {
    const d = mkdtempSync(join(dir, 'cwd-'));
    writeFileSync(join(d, 'g.yml'), 'task: binary\n');
    expect(readConfigFile('g.yml', d)).toStrictEqual({ path: 'g.yml', record: { task: 'binary' } });
  });
});

describe('findDefaultConfig', () => {
  it.each<[string, string[], string | null]>([
    ['none', [], null],
    ['model-gate.yml', ['model-gate.yml'], 'model-gate.yml'],
    ['model-gate.yaml', ['model-gate.yaml'], 'model-gate.yaml'],
    ['both: .yml wins', ['model-gate.yaml', 'model-gate.yml'], 'model-gate.yml'],
    ['other names are not picked', ['model_gate.yml', 'gate.yml'], null],
  ])('%s', (name, files, expected) => {
    const d = mkdtempSync(join(dir, 'find-'));
    for (const f of files) writeFileSync(join(d, f), 'task: binary\n');
    expect(findDefaultConfig(d)).toBe(expected === null ? null : join(d, expected));
  });

  it('a folder named model-gate.yml is not a config file', () => {
    const d = mkdtempSync(join(dir, 'find-'));
    mkdirSync(join(d, 'model-gate.yml'));
    expect(findDefaultConfig(d)).toBeNull();
  });
});
