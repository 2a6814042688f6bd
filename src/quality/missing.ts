/**
 * Missing share of a column on one side: missing values / rows (DESIGN §5). ±Infinity were turned into NaN
 * by the readers (NumericColumn.nonFinite) and count as missing here. An empty file has share 0.
 * The check compares the absolute rise current − reference with quality.max_missing_increase.
 */
export function missingShare(missing: number, rows: number): number {
  return rows > 0 ? missing / rows : 0;
}
