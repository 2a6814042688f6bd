/**
 * Schema differences between reference and current (DESIGN §5): features present in one file and absent
 * from the other, and columns whose kind differs in a way that cannot be reconciled (text where the other
 * side has numbers). Pure: works on names and kinds the gate collected.
 */
import type { ColumnKind } from '../contract/kinds.js';
import type { QualitySection } from '../contract/report.js';

export interface SchemaInput {
  /** candidate feature names of the reference (configured or inferred) */
  referenceFeatures: readonly string[];
  /** candidate feature names of the current file */
  currentFeatures: readonly string[];
  /** configured features (features.numerical / categorical) that must exist in both files */
  configured: readonly string[];
  referenceColumns: ReadonlySet<string>;
  currentColumns: ReadonlySet<string>;
  kindChanges: { name: string; reference: ColumnKind; current: ColumnKind }[];
}

export function schemaDifferences(input: SchemaInput): QualitySection['schema'] {
  const inCur = new Set(input.currentFeatures);
  const inRef = new Set(input.referenceFeatures);
  const missingInCurrent = input.referenceFeatures.filter((n) => !inCur.has(n));
  const missingInReference = input.currentFeatures.filter((n) => !inRef.has(n));
  for (const n of input.configured) {
    if (!input.currentColumns.has(n) && !missingInCurrent.includes(n)) missingInCurrent.push(n);
    if (!input.referenceColumns.has(n) && !missingInReference.includes(n)) missingInReference.push(n);
  }
  return { missingInCurrent, missingInReference, kindChanges: input.kindChanges };
}
