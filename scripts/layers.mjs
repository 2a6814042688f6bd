// The import direction of src/ (issue 9): for each folder (or top-level file) of src/, the folders it may
// import. eslint.config.js turns it into no-restricted-imports rules per folder; test/docs/architecture.test.ts
// checks that the real imports use every allowance (no stale entry), that the file-level graph has no cycle,
// and that docs/ARCHITECTURE.md draws exactly this graph.
export const LAYERS = {
  // the contract: kinds, the table model, report types and schema, the executor interface; the catalog's
  // ids type the report, so report.ts and report-schema.ts import catalog (which imports only kinds.ts)
  contract: ['catalog'],
  catalog: ['contract'],
  errors: [],
  version: [],
  stats: [],
  values: ['contract', 'stats'],
  config: ['catalog', 'contract', 'errors'],
  io: ['contract', 'errors', 'profile', 'stats', 'values'],
  quality: ['contract', 'stats'],
  drift: ['catalog', 'config', 'contract', 'errors', 'quality', 'stats'],
  metrics: ['catalog', 'contract', 'stats'],
  // profiles (issue 13): building, merging, the SQL and its rows; the layouts and sides are drift's
  profile: ['contract', 'drift', 'errors', 'stats', 'values'],
  prepare: ['config', 'contract', 'drift', 'errors', 'metrics', 'quality', 'stats', 'values'],
  report: ['catalog', 'contract'],
  runtime: ['contract', 'drift', 'errors', 'io', 'metrics', 'stats'],
  gate: ['config', 'contract', 'drift', 'errors', 'io', 'metrics', 'prepare', 'profile', 'report', 'version'],
  github: ['contract'],
  prometheus: ['errors'],
  cli: [
    'config',
    'contract',
    'errors',
    'gate',
    'io',
    'profile',
    'prometheus',
    'report',
    'runtime',
    'version',
  ],
  action: ['config', 'contract', 'errors', 'gate', 'github', 'io', 'prometheus', 'report', 'runtime'],
};

/** the only files of a folder allowed an import that the rest of it may not make */
export const NARROW = {
  // catalog speaks in the shared kinds only
  'catalog -> contract': ['src/contract/kinds.ts'],
  // number formatting in the gate lives in one file; the format table is read by the writer
  'gate -> report': ['src/report/format.ts', 'src/report/formats.ts'],
};
