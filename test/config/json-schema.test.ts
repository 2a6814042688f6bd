import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { configJsonSchema, renderConfigSchema } from '../../src/config/json-schema.js';
import { DRIFT_METHOD_IDS } from '../../src/config/schema.js';
import { BAD_CROSS_KEY, BAD_FILE, GOOD } from './cases.js';

const root = join(import.meta.dirname, '..', '..');
const committed = readFileSync(join(root, 'schema', 'model-gate.schema.json'), 'utf8');
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(committed) as object);
const MIN = { task: 'binary', columns: { target: 'label' } };

/** a bad or good snippet merged into a minimal valid file, as resolve.test.ts does */
function withMinimal(yaml: string): unknown {
  const record: unknown = parse(yaml);
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
  const columns = (record as { columns?: object }).columns;
  return { ...MIN, ...record, columns: { target: 'label', ...(columns ?? {}) } };
}

describe('schema/model-gate.schema.json', () => {
  it('equals a fresh generation from src/config (run node scripts/make-config-schema.mjs)', () => {
    expect(committed).toBe(renderConfigSchema());
  });

  it('is draft-07 with a title and a description on every key', () => {
    const schema = configJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toMatch(/model-gate/);
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties !== undefined) {
        for (const [key, child] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof child.description !== 'string' || child.description.length < 10)
            undocumented.push(`${path}${key}`);
          walk(child, `${path}${key}.`);
        }
      }
      for (const k of ['anyOf', 'additionalProperties', 'items'] as const) {
        const v = n[k];
        if (Array.isArray(v)) v.forEach((x) => walk(x, path));
        else if (v !== null && typeof v === 'object')
          walk(v, k === 'additionalProperties' ? `${path}<name>.` : path);
      }
    };
    walk(schema, '');
    expect(undocumented).toStrictEqual([]);
    // the walk did reach the deep keys
    expect(JSON.stringify(schema)).toContain('max_relative_regression');
  });

  it('offers every drift method id for editors to complete', () => {
    type Node = { anyOf?: Node[]; properties?: Record<string, Node>; enum?: unknown[] };
    const section = (name: string): Record<string, Node> =>
      (configJsonSchema() as Node).properties![name]!.anyOf!.find((o) => o.properties)!.properties!;
    expect(section('drift').method!.enum).toStrictEqual([...DRIFT_METHOD_IDS]);
    expect(section('prediction_drift').method!.enum).toStrictEqual([...DRIFT_METHOD_IDS]);
  });

  it('validates the DESIGN §2 example (placeholders filled in)', () => {
    const example = parse(readFileSync(join(import.meta.dirname, 'design-example.yml'), 'utf8'));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(GOOD)('accepts what resolveConfig accepts: %s', (_name, yaml) => {
    expect(validate(withMinimal(yaml)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a file without task and target (flags may supply them) and an empty mapping', () => {
    expect(validate({})).toBe(true);
    expect(validate({ drift: { bins: 20 } })).toBe(true);
  });

  // YAML's .nan / .inf are not JSON values; editors never see them
  const jsonExpressible = BAD_FILE.filter(([name]) => !/\.(nan|inf)$/.test(name));
  it.each(jsonExpressible)('rejects what resolveConfig rejects: %s', (_name, yaml) => {
    expect(validate(withMinimal(yaml))).toBe(false);
  });

  it('rejects columns.scores together with columns.scores_prefix, and allows either alone or with null', () => {
    const scoresCase = BAD_CROSS_KEY.find(([name]) => name.startsWith('scores and scores_prefix'));
    expect(validate(withMinimal(scoresCase![1]))).toBe(false);
    expect(validate(withMinimal('columns: {scores: null, scores_prefix: p_}'))).toBe(true);
    expect(validate(withMinimal('columns: {scores: {a: pa}, scores_prefix: null}'))).toBe(true);
  });
});
