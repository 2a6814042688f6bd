/**
 * The in-memory data model (DESIGN §1): columns, never rows.
 * Numbers live in a Float64Array with NaN for missing (±Infinity is normalised to NaN by readers and counted
 * in `nonFinite`); categories are dictionary-encoded: codes in an Int32Array, -1 for missing, plus the
 * string dictionary. Booleans become the categories "false"/"true"; integers read as categories keep their
 * decimal text ("0", "1"), so a config value `positive_label: 1` matches String(1).
 */
import type { ColumnKind, FileFormat } from './kinds.js';
import type { Profile } from './profile.js';

/** What the file stored, before kind inference: helps defaults (e.g. the positive label for 0/1 or booleans). */
export type SourceType = 'float' | 'integer' | 'boolean' | 'string' | 'timestamp' | 'date' | 'decimal';

export interface NumericColumn {
  readonly kind: 'numerical';
  readonly name: string;
  readonly source: SourceType;
  /** one value per row; NaN = missing */
  readonly values: Float64Array;
  /** count of ±Infinity values that were turned into NaN (missing) */
  readonly nonFinite: number;
}

export interface CategoricalColumn {
  readonly kind: 'categorical';
  readonly name: string;
  readonly source: SourceType;
  /** one code per row; -1 = missing; otherwise an index into `dictionary` */
  readonly codes: Int32Array;
  /** distinct values as text, in order of first appearance */
  readonly dictionary: readonly string[];
}

export type Column = NumericColumn | CategoricalColumn;

export interface Table {
  /** the path as the user gave it (used in messages) */
  readonly path: string;
  readonly format: FileFormat;
  readonly rows: number;
  /** every column name in the file, in file order (not only the ones read) */
  readonly columnNames: readonly string[];
  /** the columns that were read, by name */
  readonly columns: ReadonlyMap<string, Column>;
  /**
   * columns of a nested Parquet type (list, map, struct: an embedding, say) in the file, which are never
   * read; absent when there are none
   */
  readonly nested?: readonly string[];
  /**
   * set when the input is a profile file (issue 13): the columns are empty stand-ins with the features'
   * names and kinds, and the drift analysis reads the profile (src/gate/profile-drift.ts)
   */
  readonly profile?: Profile;
}

export interface ReadOptions {
  /** columns to read; undefined = all. A name not in the file is an input error listing the available ones. */
  readonly columns?: readonly string[];
  /** force a kind per column name; others are inferred (DESIGN §1) */
  readonly kinds?: Readonly<Record<string, ColumnKind>>;
  /**
   * id columns, read so that integers stay exact: text formats keep the text (categories), Parquet INT64
   * beyond ±2^53 (or without statistics proving otherwise) becomes its decimal text with source 'integer'
   */
  readonly exact?: readonly string[];
}
