import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { LAYERS } from './scripts/layers.mjs';

const FOLDERS = Object.keys(LAYERS);
const TOP_FILES = new Set(['errors', 'version']);

/** no-restricted-imports for one folder of src/: every folder it may not import (scripts/layers.mjs) */
function layerRule(folder) {
  const denied = FOLDERS.filter((f) => f !== folder && !LAYERS[folder].includes(f));
  const patterns = denied.map((f) => ({
    regex: TOP_FILES.has(f) ? `^(\\./|(\\.\\./)+)${f}\\.js$` : `^(\\./|(\\.\\./)+)${f}/`,
    message: `src/${folder} may not import src/${f} (the import direction: scripts/layers.mjs, docs/ARCHITECTURE.md)`,
  }));
  if (folder === 'catalog')
    patterns.push({
      regex: '^\\.\\./contract/(?!kinds\\.js$)',
      message: 'the catalog speaks in the shared kinds only',
    });
  if (folder === 'gate')
    patterns.push({
      regex: '^(\\.\\./)+report/(?!formats?\\.js$)',
      message: 'the gate uses report/format.ts (in messages.ts) and report/formats.ts (in outputs.ts) only',
    });
  return {
    files: [`src/${folder}/**/*.ts`, `src/${folder}.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'model-gate-report/**',
      'coverage/**',
      '**/*.gen.*',
      'scripts/bench/evidently/.venv/**',
      'bench-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // Math.pow changed between Node 20 and 24 (V8): reports must not depend on the Node version
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'pow',
          message: 'use pow from src/stats/pow.ts (same bits on every Node)',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
          message: 'use pow from src/stats/pow.ts, or multiply (same bits on every Node)',
        },
      ],
    },
  },
  ...FOLDERS.map(layerRule),
);
