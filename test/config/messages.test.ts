import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/contract/display-path.js';
import { editDistance, firstWithCount, formatPath, showValue, suggest } from '../../src/config/messages.js';

describe('showValue', () => {
  it.each<[unknown, string]>([
    [1.5, '1.5'],
    [-0.1, '-0.1'],
    [0, '0'],
    [Infinity, '.inf'],
    [-Infinity, '-.inf'],
    [NaN, '.nan'],
    ['ten', '"ten"'],
    ['', '""'],
    ['say "hi"', '"say \\"hi\\""'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'nothing'],
    [[1, 'a'], '[1,"a"]'],
    [{ a: 1 }, '{"a":1}'],
    ['x'.repeat(100), `"${'x'.repeat(58)}…`],
  ])('%j → %s', (value, shown) => {
    expect(showValue(value)).toBe(shown);
  });

  it('never exceeds 60 characters', () => {
    expect(showValue({ long: 'y'.repeat(500) }).length).toBe(60);
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['drift', 'bins'], 'drift.bins'],
    [['columns', 'segments', 1], 'columns.segments[1]'],
    [['drift', 'features', 'amount.usd', 'method'], 'drift.features["amount.usd"].method'],
    [['drift', 'features', 'unit price', 'kind'], 'drift.features["unit price"].kind'],
    [['columns', 'scores', '0'], 'columns.scores.0'],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('editDistance (optimal string alignment)', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['treshold', 'threshold', 1],
    ['bisn', 'bins', 1], // one transposition
    ['kitten', 'sitting', 3],
    ['numric', 'numerical', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('suggest', () => {
  const keys = [
    'method',
    'threshold',
    'features',
    'bins',
    'correction',
    'share',
    'feature_severity',
    'dataset_severity',
  ];
  it.each<[string, string | null]>([
    ['treshold', 'threshold'],
    ['bisn', 'bins'],
    ['Method', 'method'],
    ['feature-severity', 'feature_severity'],
    ['featureSeverity', 'feature_severity'],
    ['sahre', 'share'],
    ['zzz', null],
    ['severity', null], // 8 edits from the nearest: no guess rather than a wrong one
  ])('%s → %s', (word, guess) => {
    expect(suggest(word, keys)).toBe(guess);
  });

  it('a tie gives no suggestion', () => {
    expect(suggest('ab', ['ac', 'ad'])).toBeNull();
  });
});

describe('firstWithCount', () => {
  it.each<[string[], string]>([
    [['a'], 'a'],
    [['a', 'b'], 'a (and 1 more)'],
    [['a', 'b', 'c'], 'a (and 2 more)'],
  ])('%j → %s', (messages, line) => {
    expect(firstWithCount(messages)).toBe(line);
  });
});

describe('displayPath', () => {
  it.each<[string, string, string]>([
    ['/w/model-gate.yml', '/w', 'model-gate.yml'],
    ['/w/ci/gate.yml', '/w', 'ci/gate.yml'],
    ['/w/..gate.yml', '/w', '..gate.yml'],
    ['/etc/gate.yml', '/w', '/etc/gate.yml'],
    ['/w', '/w', '.'],
    ['/wx/gate.yml', '/w', '/wx/gate.yml'],
  ])('%s from %s → %s', (abs, cwd, shown) => {
    expect(displayPath(abs, cwd)).toBe(shown);
  });
});
