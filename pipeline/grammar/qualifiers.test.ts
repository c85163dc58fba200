import { describe, expect, it } from 'vitest';
import { pickQualifier, QUALIFIER_BOUND, readPrefixQualifier, readSuffixQualifier } from './qualifiers.ts';

describe('qualifiers', () => {
  it('reads the word before a figure, not a word that merely ends like one', () => {
    expect(readPrefixQualifier('每人每年最高', 6)).toEqual({ qualifier: '最高', start: 4 });
    expect(readPrefixQualifier('不超过', 3)).toEqual({ qualifier: '不超过', start: 0 });
    expect(readPrefixQualifier('近', 1)).toEqual({ qualifier: '近', start: 0 });
    expect(readPrefixQualifier('签约', 2)).toBeNull(); // 签约 is not 约
    expect(readPrefixQualifier('通过', 2)).toBeNull(); // 通过 is not 过
    expect(readPrefixQualifier('最近', 2)).toBeNull();
  });

  it('reads 以上(含) and （含）以上 after a figure', () => {
    expect(readSuffixQualifier('万元以上(含)的', 2)).toEqual({ qualifier: '以上', end: 7 });
    expect(readSuffixQualifier('元(含)以上', 1)).toEqual({ qualifier: '以上', end: 6 });
    expect(readSuffixQualifier('元左右', 1)).toEqual({ qualifier: '左右', end: 3 });
    expect(readSuffixQualifier('元的', 1)).toBeNull();
  });

  it('prefers a bound to an approximation', () => {
    expect(pickQualifier(['约'], '以上')).toBe('以上');
    expect(pickQualifier(['约', '达到'], null)).toBe('约');
    expect(pickQualifier(['最高'], null)).toBe('最高');
    expect(QUALIFIER_BOUND['余']).toBe('lower');
    expect(QUALIFIER_BOUND['数']).toBe('lower');
    expect(QUALIFIER_BOUND['不超过']).toBe('upper');
  });
});
