import { describe, expect, it } from 'vitest';
import { defaultPositiveLabel, labelKey, sortClasses } from '../../src/prepare/labels.js';

describe('labels', () => {
  it.each([
    ['1', '1'],
    ['1.0', '1'],
    [' 2 ', '2'],
    ['-0', '0'],
    ['1e1', '10'],
    ['True', 'true'],
    ['FALSE', 'false'],
    ['cat', 'cat'],
    ['', ''],
  ])('labelKey(%j) = %j', (label, key) => {
    expect(labelKey(label)).toBe(key);
  });

  it('sorts like numpy.unique: numbers by value, text by code point', () => {
    expect(sortClasses(['10', '2', '1', '2'])).toEqual(['1', '2', '10']);
    expect(sortClasses(['b', 'B', 'a', '10', '9'])).toEqual(['10', '9', 'B', 'a', 'b']);
    // U+FF5E sorts before U+1F600 by code point, after it by UTF-16 unit
    expect(sortClasses(['\u{1F600}', '\uFF5E'])).toEqual(['\uFF5E', '\u{1F600}']);
  });

  it('defaults the positive label for 0/1 and booleans only', () => {
    expect(defaultPositiveLabel(['0', '1'])).toBe('1');
    expect(defaultPositiveLabel(['0'])).toBe('1');
    expect(defaultPositiveLabel(['false', 'true'])).toBe('true');
    expect(defaultPositiveLabel(['no', 'yes'])).toBeNull();
  });
});
