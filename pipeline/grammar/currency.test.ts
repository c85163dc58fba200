import { describe, expect, it } from 'vitest';
import { CURRENCIES, CURRENCY_NAME_PATTERN, CURRENCY_NAMES, currencyOfName } from './currency.ts';

describe('currencies', () => {
  it('names each currency as itself', () => {
    expect(currencyOfName('元')).toBe('CNY');
    expect(currencyOfName('人民币')).toBe('CNY');
    expect(currencyOfName('美元')).toBe('USD');
    expect(currencyOfName('港币')).toBe('HKD');
    expect(currencyOfName('港元')).toBe('HKD');
    expect(currencyOfName('欧元')).toBe('EUR');
    expect(currencyOfName('日元')).toBe('JPY');
    expect(currencyOfName('英镑')).toBe('GBP');
    expect(currencyOfName('新台币')).toBe('TWD');
    expect(currencyOfName('澳门元')).toBe('MOP');
    expect(currencyOfName('澳元')).toBe('AUD');
    expect(currencyOfName('块')).toBeNull();
  });

  it('gives every name to one currency only', () => {
    const names = CURRENCIES.flatMap((c) => [...CURRENCY_NAMES[c]]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('does not read 元旦 or 圆满 as a currency', () => {
    const re = new RegExp(`^${CURRENCY_NAME_PATTERN}`);
    expect(re.exec('日元旦')).toBeNull();
    expect(re.exec('元旦')).toBeNull();
    expect(re.exec('圆满')).toBeNull();
    expect(re.exec('日元')?.[0]).toBe('日元');
    expect(re.exec('澳门元')?.[0]).toBe('澳门元');
  });
});
