/**
 * schema/profile.schema.json is the committed render of src/contract/profile.ts, and the profiles every
 * engine writes validate against it (so a warehouse team can check theirs without model-gate).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderProfileSchema } from '../../src/contract/profile.js';
import { runCli } from '../helpers/cli.js';
import { writePair } from './data.js';

const file = join(import.meta.dirname, '../../schema/profile.schema.json');

describe('schema/profile.schema.json', () => {
  it('is the committed render of src/contract/profile.ts (run node scripts/make-report-schema.mjs)', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderProfileSchema());
  });

  it('accepts the reference and current profiles model-gate writes, and rejects another schemaVersion', async () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(file, 'utf8')),
    );
    const dir = mkdtempSync(join(tmpdir(), 'mg-profile-schema-'));
    writePair(dir, 600, 500);
    await runCli(['profile', 'reference.csv', '-o', 'ref.json'], dir);
    await runCli(['profile', 'current.csv', '--reference-profile', 'ref.json', '-o', 'cur.json'], dir);
    for (const f of ['ref.json', 'cur.json']) {
      const p = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      expect(validate(p), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...p, schemaVersion: 2 })).toBe(false);
    }
  });
});
