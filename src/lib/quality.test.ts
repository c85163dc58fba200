import { describe, expect, it } from 'vitest';
import type { Document, Measure } from '../../pipeline/schema.ts';
import { locateAnomaly } from './quality.ts';

// 天政发〔2023〕1号: section 三 (lines 79–90) holds （十一）鼓励进规入库 on line 81, where the
// garbled 每家奖励6万元5万元 is printed.
const doc = {
  url: '/docs/tianzhengfa-2023-1/',
  blocks: [
    { anchor: '3', lines: [79, 90] },
    { anchor: '3-11', lines: [81, 81] },
    { anchor: null, lines: [92, 93] },
  ],
} as unknown as Document;
const measures = [
  { id: 'tianzhengfa-2023-1-3-11', url: '/docs/tianzhengfa-2023-1/3-11/', label: '（十一）', anchor: '3-11', source: { lines: [81, 81] } },
] as unknown as Measure[];

describe('locateAnomaly', () => {
  it('links a line to the provision showing it and to its measure', () => {
    expect(locateAnomaly({ line: 81, document: 'tianzhengfa-2023-1' }, doc, measures)).toEqual({
      lineHref: '/docs/tianzhengfa-2023-1/#3-11',
      measure: { id: 'tianzhengfa-2023-1-3-11', url: '/docs/tianzhengfa-2023-1/3-11/', label: '（十一）' },
    });
  });
  it('falls back to the section, then the document, when no measure holds the line', () => {
    expect(locateAnomaly({ line: 85, document: 'd' }, doc, measures)).toEqual({ lineHref: '/docs/tianzhengfa-2023-1/#3', measure: null });
    expect(locateAnomaly({ line: 92, document: 'd' }, doc, measures)).toEqual({ lineHref: '/docs/tianzhengfa-2023-1/', measure: null });
    expect(locateAnomaly({ line: null, document: 'd' }, doc, measures)).toEqual({ lineHref: '/docs/tianzhengfa-2023-1/', measure: null });
    expect(locateAnomaly({ line: 5, document: null }, undefined, measures)).toEqual({ lineHref: null, measure: null });
  });
});
