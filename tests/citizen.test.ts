// What a citizen or a journalist checks in the data, read against the real sources: whether a
// policy is still in force (as of a stated date that is never the build clock), who qualifies
// for the 国投产业园 measures, Word artefacts kept out of the text, and the gazette issue the
// 天门 documents were published in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../pipeline/publish/ingest.ts';
import { makeProject, realSource } from './support/project.ts';

const GAZETTE = 'tianmen-gongbao-2023-01.txt';
const WORKLIST = 'zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt';
// 2025-06-01T00:00:00Z and 2026-11-25T00:00:00Z as SOURCE_DATE_EPOCH.
const JUNE_2025 = String(Date.UTC(2025, 5, 1) / 1000);
const NOV_2026 = String(Date.UTC(2026, 10, 25) / 1000);
const ingestAt = (epoch: string) =>
  runIngest({ root: makeProject([realSource(GAZETTE), realSource(WORKLIST)]), write: false, env: { SOURCE_DATE_EPOCH: epoch } });

describe('validity as of the site’s stated date', () => {
  const later = ingestAt(NOV_2026);
  const textile = (c: typeof later.collections) => c.documents.find((d) => d.id === 'tianzhengfa-2023-1')!;
  const item4 = (c: typeof later.collections) => c.measures.find((m) => m.id === 'tianzhengfa-2023-1-2-4')!;

  it('reads the textile opinion (天政发〔2023〕1号, line 99): 施行 2023-01-06, 有效期暂定3年, 到期 2026-01-06', () => {
    expect(textile(later.collections).validity).toEqual({
      stated: 'document',
      effective: '2023-01-06',
      effectiveRaw: '自发布之日起实施',
      until: '2026-01-06',
      untilRaw: '有效期暂定3年',
      term: { amount: 3, unit: 'year', provisional: true },
      trial: false,
      clause: '本意见自发布之日起实施,有效期暂定3年,由市商务局负责解释。',
      lines: [99, 99],
      status: 'expired',
    });
    expect(later.site).toEqual({ id: 'site', asOf: '2026-11-25', asOfFrom: 'SOURCE_DATE_EPOCH' });
  });
  it('gives (四) 用工支持, which states no period of its own, its document’s validity', () => {
    expect(item4(later.collections).periods).toEqual([]);
    expect(item4(later.collections).validity).toEqual(textile(later.collections).validity);
  });
  it('computes the status against the stated date only: in force as of 2025-06-01', () => {
    const earlier = ingestAt(JUNE_2025);
    expect(earlier.site.asOf).toBe('2025-06-01');
    expect(textile(earlier.collections).validity.status).toBe('in-force');
    expect(item4(earlier.collections).validity.status).toBe('in-force');
    // Everything else is the same data.
    const strip = (c: typeof later.collections) =>
      JSON.stringify([...c.documents, ...c.measures].map((r) => ({ ...r, validity: { ...r.validity, status: null } })));
    expect(strip(earlier.collections)).toBe(strip(later.collections));
  });
  it('reads the 预案’s 本预案自印发之日起实施 (line 822): in force from 2023-01-18, no end stated', () => {
    const plan = later.collections.documents.find((d) => d.id === 'tianzhengbanfa-2023-2')!;
    expect(plan.validity).toMatchObject({ stated: 'document', effective: '2023-01-18', until: null, status: 'unstated' });
  });
  it('reads the work list’s own policy periods: 钟祥市第32项 政策执行期限至2022年底 (line 411) has expired', () => {
    const m32 = later.collections.measures.find((m) => m.id === 'zhongxiang-2022-wenzhu-jingji-qingdan-32')!;
    expect(m32.periods).toEqual([
      { raw: '政策执行期限至2022年底', from: null, until: '2022-12-31', offset: m32.text.indexOf('政策执行期限') },
    ]);
    expect(m32.validity).toMatchObject({ stated: 'measure', until: '2022-12-31', untilRaw: '政策执行期限至2022年底', status: 'expired' });
    const stated = later.collections.measures.filter((m) => m.document.startsWith('zhongxiang') && m.periods.length > 0);
    expect(stated.map((m) => m.anchor)).toEqual(['30', '31', '32', '33', '35', '37']);
  });
  it('falls back to the commit date of HEAD, then to the newest date the sources print — never the clock', () => {
    const inRepo = runIngest({ root: process.cwd(), write: false, env: {} });
    expect(inRepo.site.asOfFrom).toBe('commit');
    const outside = runIngest({ root: makeProject([realSource(GAZETTE)]), write: false, env: {} });
    // The newest date in the gazette: the issue's 发布日期 2023年03月31日.
    expect(outside.site).toEqual({ id: 'site', asOf: '2023-03-31', asOfFrom: 'sources' });
  });
});

describe('conditions passed down (适用条件)', () => {
  const { collections } = ingestAt(NOV_2026);
  it('gives (十五), (十六) and (十七) the 国投产业园 conditions of section 四 (line 91), and no other measure any', () => {
    const withConditions = collections.measures.filter((m) => m.conditions.length > 0);
    expect(withConditions.map((m) => m.label)).toEqual(['（十五）', '（十六）', '（十七）']);
    for (const m of withConditions) {
      expect(m.conditions).toEqual([
        {
          text: '具备以下条件之一的可以入驻,并享受相关优惠政策:服装生产加工类企业从业人员不少于50人;服装电商企业月发货量不少于3万单或直播间不少于5个;面料企业年销售额不低于500万元;辅料企业年销售额不低于200万元;纺织服装产业链专班认定的其它服装供应链企业。',
          section: { label: '四、', title: '鼓励集聚发展', anchor: '4' },
          lines: [89, 91],
        },
      ]);
    }
  });
});

describe('as printed', () => {
  const { collections, report } = ingestAt(NOV_2026);
  it('takes [bookmark: _GoBack] out of 钟祥市第144项 (line 1920) as furniture, lists it, and still accounts for every character', () => {
    const m144 = collections.measures.find((m) => m.id === 'zhongxiang-2022-wenzhu-jingji-qingdan-144')!;
    expect(m144.text.startsWith('积极推进《印发关于鼓励外来居民及农村户口人员落户钟祥市城区的若干措施的通知》')).toBe(true);
    expect(m144.notes).toEqual([]);
    const published = JSON.stringify([collections.documents, collections.measures, collections.policies]);
    expect(published.includes('bookmark')).toBe(false);
    const artefacts = report.anomalies.filter((a) => a.code === 'word-artefact');
    expect(artefacts.map((a) => [a.file, a.line, a.severity])).toEqual([[`content/sources/${WORKLIST}`, 1920, 'info']]);
    expect(artefacts[0]!.message).toContain('[bookmark: _GoBack]');
    const coverage = report.generatedFrom.find((s) => s.file.endsWith(WORKLIST))!.coverage;
    expect(coverage).toMatchObject({ percent: 100, lost: [] });
    // The 18 characters of [bookmark:_GoBack] are counted as declared furniture, not as lost or published text.
    const source = readFileSync(`content/sources/${WORKLIST}`, 'utf8');
    expect(coverage.characters + coverage.furniture).toBe(source.replace(/\s+/g, '').length);
    expect(coverage.furniture).toBe('[bookmark:_GoBack]'.length);
  });
  it('records the names printed for an agency under another name, with the reason (钟祥市第120项: 市交通局)', () => {
    const m120 = collections.measures.find((m) => m.id === 'zhongxiang-2022-wenzhu-jingji-qingdan-120')!;
    expect(m120.responsibleRaw).toBe('市文旅局、市交通局、市商务局');
    expect(m120.aliasesUsed).toEqual([
      { name: '市交通局', agency: 'zhongxiang-jiaotongyunshuju', reason: '简称；钟祥市政府组成部门中只有交通运输局' },
    ]);
  });
});

describe('the gazette issue and titles with their place', () => {
  const { collections } = ingestAt(NOV_2026);
  it('reads 天门市人民政府公报 2023年第1号 (总号 44) and its 发布日期 2023年03月31日 from the page header, not the manifest', () => {
    const manifest = readFileSync('content/sources/manifest.yaml', 'utf8');
    expect(manifest).not.toContain('2023-03-31');
    expect(collections.issues).toEqual([
      expect.objectContaining({
        id: 'tianmen-gongbao-2023-1',
        url: '/gazettes/tianmen-gongbao-2023-1/',
        name: '天门市人民政府公报',
        year: 2023,
        number: 1,
        total: 44,
        date: '2023-03-31',
        documents: [
          'tianzhengfa-2023-1',
          'tianzhengbanfa-2023-1',
          'tianzhengbanfa-2023-2',
          'tianzhengbanhan-2023-1',
          'tianzhengbanhan-2023-5',
        ],
      }),
    ]);
    expect(collections.documents.filter((d) => d.issue === 'tianmen-gongbao-2023-1')).toHaveLength(5);
  });
  it('names the gazette’s documents with their place, keeping the printed title', () => {
    const textile = collections.documents.find((d) => d.id === 'tianzhengfa-2023-1')!;
    expect([textile.title, textile.fullTitle]).toEqual([
      '市人民政府关于支持纺织服装产业高质量发展的若干意见',
      '天门市人民政府关于支持纺织服装产业高质量发展的若干意见',
    ]);
    const worklist = collections.documents.find((d) => d.id === 'zhongxiang-2022-wenzhu-jingji-qingdan')!;
    expect(worklist.fullTitle).toBe(worklist.title);
  });
});
