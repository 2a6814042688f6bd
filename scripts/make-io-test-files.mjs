// Generates the small test files under test/data/io/ with real writers (DuckDB's npm package) and, beside
// them, `<case>.expected.json` golden files that test/io/golden.test.ts walks. Expected values come from
// DuckDB reading its own table back (timestamps and dates as epoch milliseconds, decimals as doubles), so
// they do not come from our reader. Kinds and sources are the contract of DESIGN §1, written out per format.
//
//   node scripts/make-io-test-files.mjs          (re-run after changing a case; review the diff)
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test/data/io');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const version = (await c.runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0].v;
const at = (f) => join(out, f);
const rel = (f) => `test/data/io/${f}`;

// ---- the main table: every type, nulls, ±Infinity, low- and high-cardinality strings -----------------
const ROWS = 60;
await c.run(`CREATE TABLE t AS SELECT
  i::BIGINT AS id,
  CASE WHEN i % 7 = 3 THEN NULL ELSE round((i * 37 % 101) / 3.0, 4)::DOUBLE END AS amount,
  (i % 4)::INTEGER AS tier,
  (i * 7919 % 100000)::BIGINT AS account_age,
  CASE WHEN i % 5 = 0 THEN NULL ELSE i % 3 = 0 END AS is_returning,
  CASE WHEN i % 11 = 0 THEN NULL ELSE ['US','DE','FR','GB'][1 + i % 4] END AS country,
  'user ' || i || CASE WHEN i % 2 = 0 THEN ', says "hi"' ELSE '' END AS note,
  TIMESTAMP '2026-01-01 00:00:00' + to_seconds(i * 3601) AS event_time,
  (TIMESTAMP '2026-01-01 00:00:00' + to_milliseconds(i * 1234567))::TIMESTAMP_MS AS event_ms,
  (TIMESTAMP '2026-01-01 00:00:00' + to_milliseconds(i * 1234567))::TIMESTAMP_NS AS event_ns,
  CASE WHEN i % 13 = 4 THEN NULL ELSE DATE '2025-12-01' + i::INTEGER END AS day,
  (i * 12.34)::DECIMAL(10,2) AS price,
  (i * 1234567.891 - 20000000)::DECIMAL(38,3) AS big_price,
  (i / 8.0)::FLOAT AS ratio32,
  CASE WHEN i = 5 THEN 'Infinity'::DOUBLE WHEN i = 6 THEN '-Infinity'::DOUBLE ELSE i * 0.5 END AS with_inf
FROM range(${ROWS}) r(i)`);

// expected values, computed by DuckDB: numbers as doubles (NULL = missing), categories as text
const EXPECTED_SQL = `SELECT
  id::DOUBLE AS id, amount, tier::VARCHAR AS tier, account_age::DOUBLE AS account_age,
  is_returning::VARCHAR AS is_returning, country, note,
  epoch_ms(event_time)::DOUBLE AS event_time, epoch_ms(event_ms)::DOUBLE AS event_ms,
  epoch_ns(event_ns)::DOUBLE / 1e6 AS event_ns, epoch_ms(day::TIMESTAMP)::DOUBLE AS day,
  price::DOUBLE AS price, big_price::DOUBLE AS big_price, ratio32::DOUBLE AS ratio32,
  CASE WHEN isinf(with_inf) THEN NULL ELSE with_inf END AS with_inf
FROM t ORDER BY id`;
const expectedRows = (await c.runAndReadAll(EXPECTED_SQL)).getColumnsObjectJS();

/** kind and source per column and format (DESIGN §1) */
const SPEC = {
  id: { kind: 'numerical', source: 'integer' },
  amount: { kind: 'numerical', source: 'float' },
  tier: { kind: 'categorical', source: 'integer' },
  account_age: { kind: 'numerical', source: 'integer' },
  is_returning: { kind: 'categorical', source: 'boolean' },
  country: { kind: 'categorical', source: 'string' },
  note: { kind: 'categorical', source: 'string' },
  event_time: { kind: 'numerical', source: 'timestamp' },
  event_ms: { kind: 'numerical', source: 'timestamp' },
  event_ns: { kind: 'numerical', source: 'timestamp' },
  day: { kind: 'numerical', source: 'date' },
  price: { kind: 'numerical', source: { parquet: 'decimal', csv: 'float', jsonl: 'float' } },
  big_price: { kind: 'numerical', source: { parquet: 'decimal', csv: 'float', jsonl: 'float' } },
  ratio32: { kind: 'numerical', source: 'float' },
  with_inf: { kind: 'numerical', source: 'float', nonFinite: 2 },
};

function expectColumns(format, names, overrides = {}) {
  const columns = {};
  for (const name of names) {
    const spec = { ...SPEC[name], ...overrides[name] };
    const source = typeof spec.source === 'string' ? spec.source : spec.source[format];
    const values = Array.from(expectedRows[name], (v) =>
      v === null ? null : spec.kind === 'categorical' && typeof v !== 'string' ? String(v) : v,
    );
    columns[name] = {
      kind: spec.kind,
      source,
      values,
      ...(spec.nonFinite ? { nonFinite: spec.nonFinite } : {}),
    };
  }
  return columns;
}

const ALL = Object.keys(SPEC);
const NO_INF = ALL.filter((n) => n !== 'with_inf');
const written = [];
function expect(caseName, body) {
  writeFileSync(at(`${caseName}.expected.json`), JSON.stringify(body, null, 1) + '\n');
  written.push(caseName);
}

// ---- Parquet: every codec DuckDB writes, data page v1 and v2, dictionary and plain pages -------------
const PARQUET = [
  ['types-snappy', 'COMPRESSION snappy'],
  ['types-zstd', 'COMPRESSION zstd'],
  ['types-gzip', 'COMPRESSION gzip'],
  ['types-brotli', 'COMPRESSION brotli'],
  ['types-lz4', 'COMPRESSION lz4'],
  ['types-uncompressed', 'COMPRESSION uncompressed'],
  ['types-v2-zstd', 'COMPRESSION zstd, PARQUET_VERSION v2'],
  ['types-v2-snappy', 'COMPRESSION snappy, PARQUET_VERSION v2'],
];
for (const [name, opts] of PARQUET) {
  await c.run(`COPY (SELECT * FROM t ORDER BY id) TO '${at(name + '.parquet')}' (FORMAT parquet, ${opts})`);
  expect(name, {
    file: rel(`${name}.parquet`),
    rows: ROWS,
    columnNames: ALL,
    columns: expectColumns('parquet', ALL),
  });
}

// only the requested columns are read, in the order asked
expect('select-columns', {
  file: rel('types-snappy.parquet'),
  options: { columns: ['country', 'amount'] },
  rows: ROWS,
  columnNames: ALL,
  columns: expectColumns('parquet', ['country', 'amount']),
});

// forced kinds: numbers forced categorical keep String(n); booleans forced numerical are 0/1
expect('forced-kinds', {
  file: rel('types-snappy.parquet'),
  options: {
    columns: ['ratio32', 'id', 'tier', 'is_returning'],
    kinds: { ratio32: 'categorical', id: 'categorical', tier: 'numerical', is_returning: 'numerical' },
  },
  rows: ROWS,
  columnNames: ALL,
  columns: {
    ratio32: { kind: 'categorical', source: 'float', values: expectedRows.ratio32.map((v) => String(v)) },
    id: { kind: 'categorical', source: 'integer', values: expectedRows.id.map((v) => String(v)) },
    tier: { kind: 'numerical', source: 'integer', values: expectedRows.tier.map(Number) },
    is_returning: {
      kind: 'numerical',
      source: 'boolean',
      values: expectedRows.is_returning.map((v) => (v === null ? null : v === 'true' ? 1 : 0)),
    },
  },
});

// several row groups and pages: 5000 rows, small row groups
await c.run(`COPY (SELECT i::INTEGER AS n, (i % 3 = 0) AS b,
    CASE WHEN i % 10 = 0 THEN NULL ELSE 'k' || (i % 50) END AS k, CASE WHEN i % 9 = 0 THEN NULL ELSE i / 4.0 END AS x
  FROM range(5000) r(i)) TO '${at('row-groups.parquet')}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2048)`);
const rg = (
  await c.runAndReadAll(`SELECT count(*) FILTER (WHERE k IS NULL) AS k_missing,
  count(*) FILTER (WHERE x IS NULL) AS x_missing, sum(x)::DOUBLE AS x_sum, sum(n)::DOUBLE AS n_sum,
  count(*) FILTER (WHERE b) AS b_true, count(DISTINCT k) AS k_distinct
  FROM read_parquet('${at('row-groups.parquet')}')`)
).getRowObjectsJS()[0];
const rgGroups = (
  await c.runAndReadAll(
    `SELECT count(DISTINCT row_group_id) AS g FROM parquet_metadata('${at('row-groups.parquet')}')`,
  )
).getRowObjectsJS()[0].g;
if (Number(rgGroups) < 2) throw new Error('row-groups.parquet has one row group; raise the row count');
expect('row-groups', {
  file: rel('row-groups.parquet'),
  rows: 5000,
  columnNames: ['n', 'b', 'k', 'x'],
  summary: {
    n: { kind: 'numerical', source: 'integer', missing: 0, sum: Number(rg.n_sum) },
    b: {
      kind: 'categorical',
      source: 'boolean',
      missing: 0,
      counts: { true: Number(rg.b_true), false: 5000 - Number(rg.b_true) },
    },
    k: {
      kind: 'categorical',
      source: 'string',
      missing: Number(rg.k_missing),
      distinct: Number(rg.k_distinct),
    },
    x: { kind: 'numerical', source: 'float', missing: Number(rg.x_missing), sum: Number(rg.x_sum) },
  },
});

// ---- CSV and JSON Lines written by DuckDB (plain and gzip) ----------------------------------------------
await c.run(`COPY (SELECT * FROM t ORDER BY id) TO '${at('types.csv')}' (FORMAT csv, HEADER)`);
writeFileSync(at('types.csv.gz'), gzipSync(readFileSync(at('types.csv'))));
for (const f of ['types.csv', 'types.csv.gz']) {
  expect(f.replace(/\./g, '-'), {
    file: rel(f),
    rows: ROWS,
    columnNames: ALL,
    columns: expectColumns('csv', ALL),
  });
}
// JSON cannot hold ±Infinity, so the JSON Lines files leave that column out
await c.run(`COPY (SELECT * EXCLUDE (with_inf) FROM t ORDER BY id) TO '${at('types.jsonl')}' (FORMAT json)`);
writeFileSync(at('types.ndjson.gz'), gzipSync(readFileSync(at('types.jsonl'))));
for (const f of ['types.jsonl', 'types.ndjson.gz']) {
  expect(f.replace(/\./g, '-'), {
    file: rel(f),
    rows: ROWS,
    columnNames: NO_INF,
    columns: expectColumns('jsonl', NO_INF),
  });
}

// ---- hand-written text files: RFC 4180 quoting, BOM, CRLF, missing tokens -------------------------------
writeFileSync(
  at('quoting.csv'),
  '\uFEFFname,comment,score,flag\r\n' +
    '"Smith, Jo","said ""hi""\r\nthen left",1.5,TRUE\r\n' +
    'Lee,,NA,False\r\n' +
    '"O\'Brien","",N/A,\r\n' +
    '\r\n' +
    'Ng,null,-2e3,true\r\n',
);
expect('quoting', {
  file: rel('quoting.csv'),
  rows: 4,
  columnNames: ['name', 'comment', 'score', 'flag'],
  columns: {
    name: { kind: 'categorical', source: 'string', values: ['Smith, Jo', 'Lee', "O'Brien", 'Ng'] },
    comment: { kind: 'categorical', source: 'string', values: ['said "hi"\r\nthen left', null, null, null] },
    score: { kind: 'numerical', source: 'float', values: [1.5, null, null, -2000] },
    flag: { kind: 'categorical', source: 'boolean', values: ['true', 'false', null, 'true'] },
  },
});
writeFileSync(
  at('mixed.jsonl'),
  '{"a": 1, "b": "x"}\n\n{"b": null, "c": true}\n{"a": 2.5, "b": "NA", "c": false, "d": [1, 2]}\n',
);
expect('mixed-jsonl', {
  file: rel('mixed.jsonl'),
  rows: 3,
  columnNames: ['a', 'b', 'c', 'd'],
  columns: {
    a: { kind: 'numerical', source: 'float', values: [1, null, 2.5] },
    b: { kind: 'categorical', source: 'string', values: ['x', null, null] },
    c: { kind: 'categorical', source: 'boolean', values: [null, 'true', 'false'] },
    d: { kind: 'categorical', source: 'string', values: [null, null, '[1,2]'] },
  },
});
writeFileSync(at('strings-forced-numerical.csv'), 'amount,code\n1.5,7\nNA,x\n3,\n');
expect('strings-forced-numerical', {
  file: rel('strings-forced-numerical.csv'),
  options: { kinds: { code: 'categorical' } },
  rows: 3,
  columnNames: ['amount', 'code'],
  columns: {
    amount: { kind: 'numerical', source: 'float', values: [1.5, null, 3] },
    code: { kind: 'categorical', source: 'string', values: ['7', 'x', null] },
  },
});

// ---- bad input: each expected error is the exact one-line message ({file} = the path as given) ---------
const snappy = readFileSync(at('types-snappy.parquet'));
writeFileSync(at('truncated.parquet'), snappy.subarray(0, Math.floor(snappy.length * 0.6)));
expect('truncated-parquet', {
  file: rel('truncated.parquet'),
  error: 'cannot read {file} as Parquet: no PAR1 footer (not Parquet, or truncated)',
});
writeFileSync(at('not-parquet.parquet'), 'id,score\n1,0.5\n');
writeFileSync(at('tiny.parquet'), 'PAR1');
expect('tiny-parquet', {
  file: rel('tiny.parquet'),
  error: 'cannot read {file} as Parquet: file is too short (4 bytes)',
});
expect('not-parquet', {
  file: rel('not-parquet.parquet'),
  error: 'cannot read {file} as Parquet: no PAR1 footer (not Parquet, or truncated)',
});
// footer intact, column data overwritten: the page header no longer parses
const corrupt = Buffer.from(snappy);
corrupt.fill(0xff, 4, Math.floor(corrupt.length / 2));
writeFileSync(at('corrupt-pages.parquet'), corrupt);
expect('corrupt-pages', {
  file: rel('corrupt-pages.parquet'),
  error: 'cannot read {file} as Parquet: {any}',
});
expect('absent-column', {
  file: rel('types-snappy.parquet'),
  options: { columns: ['id', 'score'] },
  error: `column 'score' not found in {file} (columns: ${ALL.join(', ')})`,
});
expect('forced-numerical-bad', {
  file: rel('types.csv'),
  options: { columns: ['country'], kinds: { country: 'numerical' } },
  error: "column 'country' in {file} is configured as numerical but row 2 holds 'DE'",
});
writeFileSync(at('ragged.csv'), 'a,b,c,d\n1,2,3,4\n5,6,7,8\n9,10,11\n');
expect('ragged', { file: rel('ragged.csv'), error: '{file} line 4 has 3 fields, expected 4 (header)' });
writeFileSync(at('empty.csv'), '');
expect('empty-csv', { file: rel('empty.csv'), error: 'input file is empty: {file}' });
writeFileSync(at('empty.parquet'), '');
expect('empty-parquet', { file: rel('empty.parquet'), error: 'input file is empty: {file}' });
writeFileSync(at('header-only.csv'), 'id,label,score\r\n');
expect('header-only-csv', { file: rel('header-only.csv'), error: 'input file has no data rows: {file}' });
await c.run(`COPY (SELECT * FROM t WHERE false) TO '${at('no-rows.parquet')}' (FORMAT parquet)`);
expect('no-rows-parquet', { file: rel('no-rows.parquet'), error: 'input file has no data rows: {file}' });
writeFileSync(at('bad-line.jsonl'), '{"a": 1}\n{"a": 2}\n[3]\n');
expect('bad-line-jsonl', { file: rel('bad-line.jsonl'), error: '{file} line 3 is not a JSON object: [3]' });
writeFileSync(at('not-json.jsonl'), '{"a": 1}\n{"a": 2,\n');
expect('not-json-jsonl', {
  file: rel('not-json.jsonl'),
  error: '{file} line 2 is not a JSON object: {"a": 2,',
});
writeFileSync(at('data.txt'), 'a\n1\n');
expect('unknown-extension', {
  file: rel('data.txt'),
  error:
    'input file {file} has an unknown extension (expected one of: .parquet, .csv.gz, .csv, .jsonl.gz, .ndjson.gz, .jsonl, .ndjson)',
});

writeFileSync(
  at('README.md'),
  `# test/data/io\n\nGenerated by \`node scripts/make-io-test-files.mjs\` with DuckDB ${version} (@duckdb/node-api); do not edit.\n` +
    `Each \`<case>.expected.json\` names its input file, the read options, and either the expected table\n` +
    `(kinds, sources, every value: numbers with null for missing, categories as text) or the exact error\n` +
    `message ({file} = the path as given, {any} = any text). test/io/golden.test.ts walks this folder.\n`,
);
const files = readdirSync(out);
console.log(`wrote ${files.length} files (${written.length} cases) to test/data/io with DuckDB ${version}`);
