import { describe, expect, it } from 'vitest';
import { colloquialMoney } from './colloquial.ts';
import { parseQuery } from './query.ts';

describe('colloquialMoney', () => {
  it('reads 块, 块钱 and 毛 as the documents print money', () => {
    expect(colloquialMoney('介绍工人进厂 给500块')).toBe('介绍工人进厂 给500元');
    expect(colloquialMoney('培训 一千块钱补贴')).toBe('培训 1000元补贴');
    expect(colloquialMoney('发快递 每单补两毛')).toBe('发快递 每单补0.2元');
  });
  it('reads a spoken numeral of thousands at the end of a word as yuan: 一万八, 送五千', () => {
    expect(colloquialMoney('公积金租房 一万八')).toBe('公积金租房 18000元');
    expect(colloquialMoney('买房送五千 家电')).toBe('买房送5000元 家电');
  });
  it('leaves alone what is no money: a bare Arabic number, a count, a plan’s name, 300万', () => {
    for (const q of ['社保补贴 一年1600', '五千人', '十四五', '创业贷款 300万', '毛衣']) expect(colloquialMoney(q)).toBe(q);
  });
  it('feeds the money grammar: 给500块 is an amount term of 500 yuan', () => {
    const p = parseQuery('介绍工人进厂 给500块');
    expect(p.amounts.map((a) => [a.min, a.max, a.currency])).toEqual([[500, 500, 'CNY']]);
    expect(p.text).toBe('介绍工人进厂 给');
  });
});
