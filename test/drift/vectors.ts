// Loads the SciPy/numpy reference vectors written by scripts/ref_drift.py.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface NumericCase {
  name: string;
  kind: 'numerical';
  bins: number;
  reference: (number | null)[];
  current: (number | null)[];
  binning: {
    mode: 'values' | 'quantiles';
    edges: number[] | null;
    values: number[] | null;
    reference: number[];
    current: number[];
  };
  auto: string;
  expected: Record<string, number | { statistic: number; pValue: number; dof?: number }>;
}

export interface CategoricalCase {
  name: string;
  kind: 'categorical';
  reference: (string | null)[];
  current: (string | null)[];
  auto: string;
  newCategories: { count: number; share: number };
  expected: Record<string, number | { statistic: number; pValue: number; dof?: number }>;
}

const path = fileURLToPath(new URL('../vectors/drift.json', import.meta.url));
export const VECTORS = JSON.parse(readFileSync(path, 'utf8')) as {
  versions: Record<string, string>;
  cases: (NumericCase | CategoricalCase)[];
};

export const numericCases = VECTORS.cases.filter((c): c is NumericCase => c.kind === 'numerical');
export const categoricalCases = VECTORS.cases.filter((c): c is CategoricalCase => c.kind === 'categorical');

/** null in the JSON = missing */
export function numbers(values: (number | null)[]): Float64Array {
  return Float64Array.from(values, (v) => (v === null ? NaN : v));
}

/** a dictionary-encoded column from strings (null = missing) */
export function categories(values: (string | null)[]): { codes: Int32Array; dictionary: string[] } {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, i) => {
    if (v === null) {
      codes[i] = -1;
      return;
    }
    let c = index.get(v);
    if (c === undefined) {
      c = dictionary.length;
      index.set(v, c);
      dictionary.push(v);
    }
    codes[i] = c;
  });
  return { codes, dictionary };
}

/** relative error, absolute below `floor` (so exact zeros compare sensibly) */
export function relErr(a: number, b: number, floor = 1e-300): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(b), floor);
}
