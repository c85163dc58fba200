import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adaptOfficialText } from '../adapters/official/adaptOfficialText.ts';
import { createPlaceRegistry } from '../sources/places.ts';
import { foldText } from '../text/fold.ts';
import { extractDocument } from './document.ts';
import { NO_VALIDITY, documentValidity, measurePeriods, measureValidity, validityStatus } from './validity.ts';

const SOURCE = 'content/sources/tianmen-gongbao-2023-01.txt';
const gazette = adaptOfficialText(readFileSync(SOURCE, 'utf8'), SOURCE, createPlaceRegistry().chain('tianmen'));
const validityOf = (k: number) => {
  const doc = gazette.documents[k]!;
  const x = extractDocument(doc, 'd', 2023, (l) => l, SOURCE);
  return documentValidity(x.blocks, doc.meta, 2023);
};

describe('documentValidity on the 天门 gazette', () => {
  it('reads the textile opinion (天政发〔2023〕1号, line 99): 施行 2023-01-06, 有效期暂定3年, 到期 2026-01-06', () => {
    expect(validityOf(0)).toEqual({
      stated: 'document',
      effective: '2023-01-06',
      effectiveRaw: '自发布之日起实施',
      until: '2026-01-06',
      untilRaw: '有效期暂定3年',
      term: { amount: 3, unit: 'year', provisional: true },
      trial: false,
      clause: '本意见自发布之日起实施,有效期暂定3年,由市商务局负责解释。',
      lines: [99, 99],
    });
  });
  it('reads the 预案 (天政办发〔2023〕2号, 9.5 预案实施时间, line 822): in force from its date 2023-01-18, no end stated', () => {
    expect(validityOf(2)).toMatchObject({
      stated: 'document',
      effective: '2023-01-18',
      effectiveRaw: '自印发之日起实施',
      until: null,
      term: null,
      clause: '本预案自印发之日起实施。',
    });
  });
  it('finds nothing in the three documents that state no validity', () => {
    expect([validityOf(1), validityOf(3), validityOf(4)]).toEqual([NO_VALIDITY, NO_VALIDITY, NO_VALIDITY]);
  });
  it('leaves the effective date open when 自印发之日起 meets a document dated only by its year', () => {
    const blocks = [{ role: 'paragraph', level: 0, text: '本方案自印发之日起施行,有效期2年。', lines: [9, 9] as [number, number] }];
    expect(documentValidity(blocks, { date: '2022', title: '某方案' }, 2022)).toMatchObject({
      effective: null,
      until: null,
      term: { amount: 2 },
    });
  });
  it('reads a closing paragraph without 本…, and (试行) in the title', () => {
    const blocks = [
      { role: 'provision', level: 0, text: '1.做好某事。', lines: [5, 5] as [number, number] },
      { role: 'paragraph', level: 0, text: '自2023年1月1日起施行。有效期至2025年12月31日。', lines: [7, 7] as [number, number] },
    ];
    expect(documentValidity(blocks, { date: '2022-12-20', title: '某市某某管理办法（试行）' }, 2022)).toMatchObject({
      effective: '2023-01-01',
      until: '2025-12-31',
      untilRaw: '有效期至2025年12月31日',
      trial: true,
      clause: '自2023年1月1日起施行。有效期至2025年12月31日。',
    });
  });
});

describe('measure periods', () => {
  // 钟祥 work list, 钟祥市第32项 (source line 411) and 东莞 东府〔2021〕54号 item 2 (line 8).
  const zhongxiang = readFileSync('content/sources/zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt', 'utf8').split('\n')[410]!.trim();
  const dongguan = foldText(readFileSync('content/sources/guangdong-dongguan-2021-wenjiuye-shishi-yijian.txt', 'utf8').split('\n')[7]!);
  it('reads 政策执行期限至2022年底 from the work list and 实施期限至2022年12月31日 from 东莞', () => {
    expect(measurePeriods(zhongxiang, 2022).map((p) => [p.raw, p.until])).toEqual([['政策执行期限至2022年底', '2022-12-31']]);
    expect(measurePeriods(dongguan, 2021).map((p) => [p.raw, p.until])).toEqual([['实施期限至2022年12月31日', '2022-12-31']]);
    const p = measurePeriods(zhongxiang, 2022)[0]!;
    expect(zhongxiang.slice(p.offset, p.offset + p.raw.length)).toBe(p.raw);
  });
  it('gives a measure its own period over its document’s, the latest end when it states several', () => {
    const periods = [
      { raw: '实施期限至2021年12月31日', from: null, until: '2021-12-31', offset: 0 },
      { raw: '实施至2021年4月30日', from: null, until: '2021-04-30', offset: 40 },
    ];
    expect(measureValidity(periods, NO_VALIDITY, [7, 7])).toMatchObject({
      stated: 'measure',
      until: '2021-12-31',
      untilRaw: '实施期限至2021年12月31日；实施至2021年4月30日',
    });
    expect(measureValidity([], NO_VALIDITY, [7, 7])).toBe(NO_VALIDITY);
  });
  it('leaves a sentence about the document itself to the document', () => {
    expect(measurePeriods('本意见有效期至2025年12月31日。', 2023)).toEqual([]);
  });
});

describe('validityStatus', () => {
  it('is 已到期 for the textile opinion as of 2026-11-25, and 有效 on its last day', () => {
    const textile = { effective: '2023-01-06', until: '2026-01-06' };
    expect(validityStatus(textile, '2026-11-25')).toBe('expired');
    expect(validityStatus(textile, '2026-01-06')).toBe('in-force');
    expect(validityStatus(textile, '2023-01-05')).toBe('not-yet');
  });
  it('is 未写明 without an end date, and nothing without a site date', () => {
    expect(validityStatus({ effective: '2023-01-18', until: null }, '2026-11-25')).toBe('unstated');
    expect(validityStatus({ effective: null, until: '2026-01-06' }, null)).toBeNull();
  });
});
