import { describe, expect, it } from 'vitest';
import { compareValues, nextDirection, sortRows, sortValue } from './sort.ts';

describe('sortValue', () => {
  it('reads numbers in number columns, text as text, and blanks as empty', () => {
    expect(sortValue(' 1600 ', 'number')).toBe(1600);
    expect(sortValue('', 'number')).toBe('');
    expect(sortValue('—', 'number')).toBe('');
    expect(sortValue('市财政局', 'text')).toBe('市财政局');
  });
});

describe('sortRows', () => {
  // Amounts of 天政发〔2023〕1号 and a measure without one.
  const rows = [
    { id: 'a', yuan: '1600' },
    { id: 'none', yuan: '' },
    { id: 'b', yuan: '50000' },
    { id: 'c', yuan: '1600' },
  ];
  it('sorts numbers by value, equal values keeping their order, empty last both ways', () => {
    expect(sortRows(rows, (r) => sortValue(r.yuan, 'number'), 'descending').map((r) => r.id)).toEqual(['b', 'a', 'c', 'none']);
    expect(sortRows(rows, (r) => sortValue(r.yuan, 'number'), 'ascending').map((r) => r.id)).toEqual(['a', 'c', 'b', 'none']);
  });
  it('sorts Chinese text in zh-CN collation order, numbers inside text by value', () => {
    const names = ['市财政局', '市发改委', '市人社局'];
    expect(sortRows(names, (n) => n, 'ascending')).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
    expect(sortRows(['第12项', '第2项'], (n) => n, 'ascending')).toEqual(['第2项', '第12项']);
    expect(compareValues('b', 'a', 'descending')).toBeLessThan(0);
  });
});

describe('nextDirection', () => {
  it('starts numbers with the largest and text from the start, then flips', () => {
    expect(nextDirection('number', null)).toBe('descending');
    expect(nextDirection('text', null)).toBe('ascending');
    expect(nextDirection('number', 'descending')).toBe('ascending');
  });
});
