import { describe, expect, it } from 'vitest';
import { describeAmountTerm, explainQuery, formatMoney } from './explain.ts';
import { parseQuery } from './query.ts';
import { t } from '../i18n/zh-CN.ts';

describe('explaining a query', () => {
  it('says amounts back in words', () => {
    const d = (q: string) => describeAmountTerm(parseQuery(q).amounts[0]!, t);
    expect(d('50000元')).toBe('等于 5万元');
    expect(d('100万元以上')).toBe('100万元 及以上');
    expect(d('不超过5000元')).toBe('5000元 及以下');
    expect(d('10万-50万')).toBe('10万元 至 50万元');
    expect(formatMoney(3e6, 'USD')).toBe('300万美元');
  });
  it('mentions the simplified form only when it differs from what was typed', () => {
    const t2s = new Map([
      ['穩', '稳'],
      ['崗', '岗'],
    ]);
    expect(explainQuery('穩崗', parseQuery('穩崗', t2s), t)).toEqual(['已按“稳岗”搜索']);
    expect(explainQuery('稳岗', parseQuery('稳岗', t2s), t)).toEqual([]);
    expect(explainQuery('天政办发[2023]1号', parseQuery('天政办发[2023]1号'), t)).toEqual(['按文号查找：天政办发〔2023〕1号']);
    expect(explainQuery('5万元', parseQuery('5万元'), t)).toEqual(['按金额查找：等于 5万元']);
  });
});
