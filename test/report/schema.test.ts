import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderReportSchema } from '../../src/contract/report-schema.js';
import { SAMPLES } from './samples.js';

const file = join(import.meta.dirname, '../../schema/report.schema.json');
const schema = JSON.parse(readFileSync(file, 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** what JSON.stringify makes of a report: NaN and Infinity become null */
const asJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('schema/report.schema.json', () => {
  it('is the committed render of src/contract/report-schema.ts (run node scripts/make-report-schema.mjs)', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderReportSchema());
  });

  it.each(Object.keys(SAMPLES).filter((k) => k !== 'hostile'))('accepts the %s sample', (name) => {
    const ok = validate(asJson(SAMPLES[name]!()));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts new keys (the report may grow)', () => {
    const r = asJson(SAMPLES.binary!()) as Record<string, unknown>;
    r.somethingNew = { x: 1 };
    expect(validate(r)).toBe(true);
  });

  it.each([
    ['a wrong schemaVersion', (r: Record<string, unknown>) => (r.schemaVersion = 2), '/schemaVersion'],
    ['an unknown verdict', (r: Record<string, unknown>) => (r.verdict = 'maybe'), '/verdict'],
    ['a missing checks list', (r: Record<string, unknown>) => delete r.checks, ''],
    [
      'a check with a string value',
      (r: Record<string, unknown>) => ((r.checks as Record<string, unknown>[])[0]!.value = '0.5'),
      '/checks/0/value',
    ],
  ])('rejects %s', (_what, mutate, path) => {
    const r = asJson(SAMPLES.binary!()) as Record<string, unknown>;
    mutate(r);
    expect(validate(r)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === path)).toBe(true);
  });
});
