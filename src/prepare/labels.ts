/**
 * Class labels as text: the one place that decides when two spellings are the same label and in which
 * order classes are listed.
 *
 * Labels arrive as the dictionary strings of categorical columns ("1", "1.0", "true", "cat"); the config's
 * positive_label is a string too. `labelKey` makes equal labels equal strings: numbers by value ("1.0" →
 * "1", "-0" → "0"), booleans case-insensitively ("True" → "true"), everything else as written.
 * `sortClasses` gives scikit-learn's order (numpy.unique of the labels): numeric order when every label is
 * a number, else Unicode code-point order (numpy compares str by code points; JavaScript's default sort
 * compares UTF-16 units, which differs above U+FFFF).
 */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function labelKey(label: string): string {
  const t = label.trim();
  if (NUMBER.test(t)) {
    const v = Number(t);
    return Object.is(v, -0) ? '0' : String(v);
  }
  const lower = t.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower;
  return label;
}

export function isNumericLabel(label: string): boolean {
  return NUMBER.test(label.trim());
}

function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** distinct label keys in scikit-learn's class order */
export function sortClasses(keys: Iterable<string>): string[] {
  const distinct = [...new Set(keys)];
  if (distinct.every(isNumericLabel)) return distinct.sort((a, b) => Number(a) - Number(b));
  return distinct.sort(compareCodePoints);
}

/**
 * The default positive label (DESIGN §2): '1' when the labels are 0/1, 'true' when they are booleans, else
 * null (the config must name it). Labels that include 0 or 1 (or a boolean) next to others get that
 * default too, so the others are reported as outside the pair rather than as a missing setting.
 */
export function defaultPositiveLabel(keys: readonly string[]): string | null {
  if (keys.includes('0') || keys.includes('1')) return '1';
  if (keys.includes('false') || keys.includes('true')) return 'true';
  return null;
}
