/**
 * Package facts (STYLE habit 12): the README's config reference is the one generated from the config
 * definition; the README names the two commands users run first; the runtime dependencies are an allow-list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderConfigReference } from '../../src/config/reference.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('carries the generated config reference verbatim', () => {
    const start = readme.indexOf('<!-- config-reference:start -->\n');
    const end = readme.indexOf('<!-- config-reference:end -->');
    expect(start).toBeGreaterThan(0);
    const embedded = readme.slice(start + '<!-- config-reference:start -->\n'.length, end);
    expect(embedded.trim(), 'regenerate with node scripts/make-config-schema.mjs --reference').toBe(
      renderConfigReference().trim(),
    );
  });

  it('gives the demo and test commands near the top', () => {
    const top = readme.split('\n').slice(0, 20).join('\n');
    expect(top).toContain('npm ci && npm run demo');
    expect(top).toContain('npm ci && npm test');
  });
});

describe('package', () => {
  it('has only the allowed runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@actions/artifact',
      '@actions/core',
      '@actions/github',
      '@stdlib/math-base-special-gammaln',
      '@stdlib/math-base-special-pow',
      '@stdlib/stats-base-dists-normal-quantile',
      'hyparquet',
      'hyparquet-compressors',
      'markdown-table',
      'yaml',
      'zod',
    ]);
  });

  it('exposes the bundled CLI as its bin and runs the action on node24', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.bin['model-gate']).toBe('dist/cli.js');
    const action = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(action).toMatch(/using:\s*['"]?node24/);
    expect(action).toMatch(/main:\s*['"]?dist\/action\.js/);
  });
});
