import { describe, expect, it } from 'vitest';
import { addTerm, findUntil, isDocumentClause, readDate, readValidity, sentences } from './validity.ts';

describe('readValidity: a document’s own clause', () => {
  it('reads the textile opinion’s closing sentence (天政发〔2023〕1号, line 99)', () => {
    const r = readValidity('本意见自发布之日起实施,有效期暂定3年,由市商务局负责解释。');
    expect(r).toEqual({
      effective: { on: 'issue', raw: '自发布之日起实施' },
      term: { amount: 3, unit: 'year', provisional: true, raw: '有效期暂定3年' },
      until: null,
      trial: false,
    });
  });
  it('reads the 预案’s 9.5 实施时间 (天政办发〔2023〕2号, line 822): effective, no end', () => {
    expect(readValidity('本预案自印发之日起实施。')).toEqual({
      effective: { on: 'issue', raw: '自印发之日起实施' },
      term: null,
      until: null,
      trial: false,
    });
  });
  it('reads a dated start, an end date, a range and terms in Chinese numerals', () => {
    const r = readValidity('本办法自2023年5月1日起施行,有效期至2025年12月31日。')!;
    expect(r.effective).toEqual({ on: '2023-05-01', raw: '自2023年5月1日起施行' });
    expect(r.until).toMatchObject({ until: '2025-12-31', raw: '有效期至2025年12月31日' });
    const range = readValidity('本措施执行期限为2023年1月1日至2025年12月31日。')!;
    expect(range.until).toMatchObject({ from: '2023-01-01', until: '2025-12-31' });
    expect(readValidity('本意见有效期为五年。')!.term).toMatchObject({ amount: 5, unit: 'year', provisional: false });
    expect(readValidity('有效期两年')!.term).toMatchObject({ amount: 2 });
    expect(readValidity('有效期6个月')!.term).toMatchObject({ amount: 6, unit: 'month' });
  });
  it('reads 试行 when the document takes effect on trial', () => {
    expect(readValidity('本办法自印发之日起试行,试行期2年。')).toMatchObject({
      trial: true,
      term: { amount: 2, unit: 'year' },
      effective: { on: 'issue' },
    });
  });
  it('reads traditional characters and full-width digits alike', () => {
    expect(readValidity('本意見自發布之日起實施，有效期暫定３年。')?.term).toMatchObject({
      amount: 3,
      provisional: true,
      raw: '有效期暫定３年',
    });
  });
  it('reads nothing where nothing is stated, or a start it cannot date', () => {
    expect(readValidity('由市商务局负责解释。')).toBeNull();
    expect(readValidity('从专线开设之日起,正常经营半年以上的,给予经营补贴。')).toBeNull();
    expect(readValidity('本办法自印发之日起30日后施行。')).toBeNull();
    expect(readValidity('对入驻企业5年内,前三年内免收房租')).toBeNull();
  });
});

describe('findUntil: policy periods inside a measure', () => {
  it('reads the work list’s 政策执行期限至2022年底 and 实施到今年底 (钟祥 work list, 2022)', () => {
    expect(findUntil('按50%补齐)。政策执行期限至2022年底。', 2022)).toEqual([
      { from: null, until: '2022-12-31', raw: '政策执行期限至2022年底', start: 8, end: 21 },
    ]);
    expect(findUntil('缓缴期限阶段性实施到今年底。', 2022).map((u) => [u.raw, u.until])).toEqual([
      ['缓缴期限阶段性实施到今年底', '2022-12-31'],
    ]);
    expect(findUntil('养老缓缴实施期限到2022年年底。', null).map((u) => u.until)).toEqual(['2022-12-31']);
    // Without the document's year, 今年底 is no date.
    expect(findUntil('缓缴期限阶段性延长到今年底。', null)).toEqual([]);
  });
  it('reads both of 东莞’s periods (东府〔2021〕54号 1.): 实施期限至2021年12月31日 and 实施至2021年4月30日', () => {
    const text =
      '实施阶段性降低用人单位基本医疗保险缴费费率政策,实施期限至2021年12月31日。原阶段性下调工伤保险费率政策实施至2021年4月30日,2021年5月1日起按照省级统筹工伤保险费率政策执行。';
    expect(findUntil(text, 2021).map((u) => [u.raw, u.until])).toEqual([
      ['实施期限至2021年12月31日', '2021-12-31'],
      ['实施至2021年4月30日', '2021-04-30'],
    ]);
    // …and a period printed before what it applies to, then a term extended.
    const more = '2021年5月1日至2022年4月30日实施阶段性下调工伤保险费率50%的政策。将失业保险浮动费率政策实施期限延长至2022年4月30日。';
    expect(findUntil(more, 2021).map((u) => [u.raw, u.from, u.until])).toEqual([
      ['2021年5月1日至2022年4月30日实施', '2021-05-01', '2022-04-30'],
      ['政策实施期限延长至2022年4月30日', null, '2022-04-30'],
    ]);
    // A purchase window is a condition of the tax cut, not the period of a policy (中央政策 …车辆购置税).
    expect(findUntil('对购置日期在2022年6月1日至2022年12月31日期间内且单车价格不超过30万元的乘用车,减半征收车辆购置税。', 2022)).toEqual(
      [],
    );
  });
  it('reads 年底前执行 and a month as its last day', () => {
    expect(findUntil('2022年底前执行', null).map((u) => u.until)).toEqual(['2022-12-31']);
    expect(findUntil('政策实施期限至2022年6月', null).map((u) => u.until)).toEqual(['2022-06-30']);
  });
  it('does not take a target or a deadline for a policy period', () => {
    expect(findUntil('力争2022年底新型政银担规模同比增长35%以上', 2022)).toEqual([]);
    expect(findUntil('2022年10月底前编制并公布市、县两级行政许可事项清单', 2022)).toEqual([]);
    expect(findUntil('补贴期限为劳动合同实际履行期限,最长不超过3年', 2022)).toEqual([]);
  });
});

describe('dates and terms', () => {
  it('reads a date as its first or last day', () => {
    expect(readDate('2022年底', 'last')).toEqual({ iso: '2022-12-31', raw: '2022年底' });
    expect(readDate('2024年2月', 'last')?.iso).toBe('2024-02-29');
    expect(readDate('2024年2月', 'first')?.iso).toBe('2024-02-01');
    expect(readDate('二〇二五年十二月三十一日', 'last')?.iso).toBe('2025-12-31');
    expect(readDate('2023年2月30日', 'last')).toBeNull();
  });
  it('adds a term: 3 years from 2023-01-06 is 2026-01-06', () => {
    expect(addTerm('2023-01-06', 3, 'year')).toBe('2026-01-06');
    expect(addTerm('2024-02-29', 1, 'year')).toBe('2025-02-28');
    expect(addTerm('2023-08-31', 6, 'month')).toBe('2024-02-29');
  });
  it('tells the document’s own clause from other sentences', () => {
    expect(isDocumentClause('本意见自发布之日起实施')).toBe(true);
    expect(isDocumentClause('本预案自印发之日起实施。')).toBe(true);
    expect(isDocumentClause('本轮延期还本付息日期原则上不超过2022年底')).toBe(false);
    expect(sentences('甲。乙,丙；丁').map((s) => s.text)).toEqual(['甲。', '乙,丙；', '丁']);
  });
});
