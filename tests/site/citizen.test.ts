// The built pages as a citizen and a journalist read them: validity with the stated update
// date, the conditions of the 国投产业园 measures, agency cells as printed, the gazette issue,
// titles with their place, citations — and no source file name on any reader-facing page.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { builtPages, type BuiltPage } from '../support/html.ts';
import { chinaDate } from '../../pipeline/publish/siteDate.ts';

const SITE = new URL(config.site!).origin;
const pages = builtPages('dist');
const byPath = new Map(pages.map((p) => [p.path, p]));
const page = (path: string): BuiltPage => {
  const p = byPath.get(path);
  if (!p) throw new Error(`no page at ${path}`);
  return p;
};
const text = (el: { textContent: string | null } | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The <dd> after the <dt> with this text in a page's fact list. */
const fact = (p: BuiltPage, label: string) => {
  const dt = [...p.doc.querySelectorAll('dl.meta-list dt')].find((d) => text(d) === label);
  return dt?.nextElementSibling ?? null;
};

// The date the build states, by its rule: SOURCE_DATE_EPOCH, else the commit date of HEAD (in Beijing time).
const asOf = process.env['SOURCE_DATE_EPOCH']
  ? chinaDate(Number(process.env['SOURCE_DATE_EPOCH']) * 1000)
  : chinaDate(Date.parse(execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8' }).trim()));
const [y, m, d] = asOf.split('-').map(Number);
const stated = `截至${y}年${m}月${d}日`;

describe('validity, as of the date the site states', () => {
  it('states its update date on every page, and it is not before the textile opinion expired', () => {
    expect(asOf >= '2026-01-07').toBe(true);
    const footers = pages.filter((p) => p.path !== '/404.html').map((p) => text(p.doc.querySelector('.site-as-of')));
    expect(new Set(footers)).toEqual(new Set([`数据${stated}：“有效”“已到期”按这一天计算。`]));
    expect(JSON.parse(readFileSync('content/generated/site.json', 'utf8'))[0].asOf).toBe(asOf);
  });
  it('shows on (四) 用工支持 that the opinion took effect 2023-01-06, ran until 2026-01-06 and has expired', () => {
    const p = page('/docs/tianzhengfa-2023-1/2-4/');
    const dd = fact(p, '有效期')!;
    expect(text(dd.querySelector('.status'))).toBe('已到期');
    expect(text(dd)).toBe(
      `已到期（${stated}） · 有效期至2026年1月6日 · 自2023年1月6日起施行原文：本意见自发布之日起实施,有效期暂定3年,由市商务局负责解释。（文件规定）见原文`,
    );
    expect(dd.querySelector('a')?.getAttribute('href')).toBe('/docs/tianzhengfa-2023-1/#validity');
    expect(text(page('/docs/tianzhengfa-2023-1/').doc.querySelector('#validity'))).toBe(
      '本意见自发布之日起实施,有效期暂定3年,由市商务局负责解释。',
    );
    // The deadline stays what the item prints: none.
    expect(text(fact(p, '完成时限'))).toBe('未写明');
  });
  it('shows a work-list item’s own period: 钟祥市第32项 政策执行期限至2022年底', () => {
    const dd = fact(page('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/32/'), '有效期')!;
    expect(text(dd)).toBe(`已到期（${stated}） · 有效期至2022年12月31日原文：政策执行期限至2022年底（本条写明）`);
  });
  it('says so where a document states when it takes effect but no end (天政办发〔2023〕2号), and where it states nothing', () => {
    expect(text(fact(page('/docs/tianzhengbanfa-2023-2/'), '有效期'))).toBe(
      `未写明（${stated}） · 未写明到期日 · 自2023年1月18日起施行原文：本预案自印发之日起实施。（文件规定）见原文`,
    );
    expect(text(fact(page('/docs/tianzhengbanfa-2023-1/'), '有效期'))).toBe(`未写明（${stated}） · 文件未写明施行日期和有效期`);
  });
  it('carries the status to search: a 有效期 filter and card line on every page that states one', () => {
    const filters = (p: BuiltPage) => [...p.doc.querySelectorAll('[data-pagefind-filter="validity"]')].map((e) => text(e));
    const card = (p: BuiltPage) => text(p.doc.querySelector('[data-pagefind-meta="validity"]'));
    expect(filters(page('/docs/tianzhengfa-2023-1/2-4/'))).toEqual(['expired']);
    expect(card(page('/docs/tianzhengfa-2023-1/2-4/'))).toBe('已到期 · 有效期至2026年1月6日');
    expect(filters(page('/docs/tianzhengfa-2023-1/'))).toEqual(['expired']);
    expect(filters(page('/docs/tianzhengbanfa-2023-1/1-1/'))).toEqual(['unstated']);
    expect(card(page('/docs/tianzhengbanfa-2023-1/1-1/'))).toBe('');
  });
});

describe('适用条件', () => {
  it('shows the 国投产业园 conditions on (十五), linked to section 四 of the document', () => {
    const p = page('/docs/tianzhengfa-2023-1/4-15/');
    const section = p.doc.querySelector('section.conditions')!;
    expect(text(section.querySelector('h2'))).toBe('适用条件');
    const link = section.querySelector('a')!;
    expect([text(link), link.getAttribute('href')]).toEqual(['四、鼓励集聚发展', '/docs/tianzhengfa-2023-1/#4']);
    expect(text(section.querySelector('.source-text'))).toBe(
      '具备以下条件之一的可以入驻,并享受相关优惠政策:服装生产加工类企业从业人员不少于50人;服装电商企业月发货量不少于3万单或直播间不少于5个;面料企业年销售额不低于500万元;辅料企业年销售额不低于200万元;纺织服装产业链专班认定的其它服装供应链企业。',
    );
    for (const item of ['4-16', '4-17'])
      expect(page(`/docs/tianzhengfa-2023-1/${item}/`).doc.querySelector('section.conditions')).not.toBeNull();
    expect(page('/docs/tianzhengfa-2023-1/3-14/').doc.querySelector('section.conditions')).toBeNull();
    const measures: Array<{ id: string; conditions: unknown[] }> = JSON.parse(readFileSync('dist/data/measures.json', 'utf8'));
    expect(measures.filter((x) => x.conditions.length > 0).map((x) => x.id)).toEqual([
      'tianzhengfa-2023-1-4-15',
      'tianzhengfa-2023-1-4-16',
      'tianzhengfa-2023-1-4-17',
    ]);
  });
  it('renders section 四 on the document page as a short heading and a paragraph', () => {
    const { doc } = page('/docs/tianzhengfa-2023-1/');
    const h2 = doc.getElementById('4')!;
    expect([h2.tagName, text(h2)]).toEqual(['H2', '四、鼓励集聚发展']);
    expect(h2.nextElementSibling?.tagName).toBe('P');
    expect(text(h2.nextElementSibling).startsWith('鼓励服装生产加工类企业')).toBe(true);
    // No heading on a document page runs on into its text.
    const long = pages
      .filter((p) => /^\/docs\/[^/]+\/$/.test(p.path))
      .flatMap((p) => [...p.doc.querySelectorAll('.doc-text h2, .doc-text h3, .doc-text h4')].map((h) => `${p.path} ${text(h)}`))
      .filter((h) => h.split(' ').slice(1).join(' ').length > 60);
    expect(long).toEqual([]);
  });
});

describe('as printed', () => {
  it('shows the responsible cell of 钟祥市第144项 as printed (市发改局、市公安局等), and its heading without the Word bookmark', () => {
    const p = page('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/144/');
    expect(text(p.doc.querySelector('h1'))).toBe('钟祥市第144项 积极推进《印发关于鼓励外来居民及农村户口人员落…');
    expect(text(fact(p, '责任单位')?.querySelector('.printed'))).toBe('原文：市发改局、市公安局等');
    expect(fact(p, '牵头单位')?.querySelector('.printed')).toBeNull();
  });
  it('keeps the Word bookmark out of every page but /quality/, which lists it with its line', () => {
    expect(pages.filter((p) => p.path !== '/quality/' && p.html.includes('bookmark')).map((p) => p.path)).toEqual([]);
    const { doc } = page('/quality/');
    const section = doc.getElementById('word-artefact')!.closest('section')!;
    expect([...section.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td)))).toEqual([
      [
        '说明',
        // The line links to the place on the document page showing it, and to the measure it touches (/quality/ complete).
        '钟祥市贯彻落实中央和…，第1920行',
        '钟祥市第144项',
        '“[bookmark: _GoBack]”是 Word 书签在导出文本中留下的标记，不是原文内容，已去除',
      ],
    ]);
  });
  it('shows every work-list cell whose 等 the linked names would lose, as printed (13 cells)', () => {
    const measures: Array<{ url: string; document: string; leadRaw: string | null; responsibleRaw: string | null }> = JSON.parse(
      readFileSync('dist/data/measures.json', 'utf8'),
    );
    const cells = measures
      .filter((x) => x.document === 'zhongxiang-2022-wenzhu-jingji-qingdan')
      .flatMap((x) => [x.leadRaw, x.responsibleRaw].filter((r) => r?.includes('等')).map((raw) => ({ url: x.url, raw: raw! })));
    expect(cells).toHaveLength(13);
    for (const c of cells) {
      const printed = [...page(c.url).doc.querySelectorAll('dl.meta-list .printed')].map((e) => text(e));
      expect(printed, c.url).toContain(`原文：${c.raw.replace(/\s+/g, ' ')}`);
    }
  });
  it('names every alias a measure uses, with its reason (钟祥市第120项: 市交通局)', () => {
    const dd = fact(page('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/120/'), '单位名称')!;
    expect(text(dd)).toBe('原文“市交通局”即市交通运输局：简称；钟祥市政府组成部门中只有交通运输局');
    expect(dd.querySelector('a')?.getAttribute('href')).toBe('/agencies/zhongxiang/jiaotongyunshuju/');
  });
});

describe('the gazette issue', () => {
  it('has a page with its number, 总号, date and documents', () => {
    const p = page('/gazettes/tianmen-gongbao-2023-1/');
    expect(text(p.doc.querySelector('h1'))).toBe('天门市人民政府公报2023年第1号（总第44号）');
    expect(text(fact(p, '期号'))).toBe('2023年第1号');
    expect(text(fact(p, '总号'))).toBe('44');
    expect(text(fact(p, '发布日期'))).toBe('2023年3月31日');
    expect([...p.doc.querySelectorAll('ol.cards a')].map((a) => a.getAttribute('href'))).toEqual([
      '/docs/tianzhengfa-2023-1/',
      '/docs/tianzhengbanfa-2023-1/',
      '/docs/tianzhengbanfa-2023-2/',
      '/docs/tianzhengbanhan-2023-1/',
      '/docs/tianzhengbanhan-2023-5/',
    ]);
  });
  it('is named on each of its documents’ pages', () => {
    for (const id of [
      'tianzhengfa-2023-1',
      'tianzhengbanfa-2023-1',
      'tianzhengbanfa-2023-2',
      'tianzhengbanhan-2023-1',
      'tianzhengbanhan-2023-5',
    ]) {
      const dd = fact(page(`/docs/${id}/`), '刊载')!;
      expect(text(dd), id).toBe('《天门市人民政府公报》2023年第1号（总第44号）');
      expect(dd.querySelector('a')?.getAttribute('href')).toBe('/gazettes/tianmen-gongbao-2023-1/');
    }
    expect(fact(page('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/'), '刊载')).toBeNull();
  });
});

describe('titles with their place', () => {
  it('names 市人民政府… with its place in lists, <title>, search cards and citations, keeping the printed title as the heading', () => {
    const docPage = page('/docs/tianzhengfa-2023-1/');
    expect(docPage.doc.title).toBe('天门市人民政府关于支持纺织服装产业高质量发展的若干意见（天政发〔2023〕1号） · 政策清单');
    expect(text(docPage.doc.querySelector('h1'))).toBe('市人民政府关于支持纺织服装产业高质量发展的若干意见');
    expect(text(docPage.doc.querySelector('[data-pagefind-meta="title"]'))).toBe('天门市人民政府关于支持纺织服装产业高质量发展的若干意见');
    const listed = [...page('/docs/').doc.querySelectorAll('.card-title a')].map((a) => text(a));
    expect(listed).toContain('天门市人民政府办公室关于印发天门市重污染天气应急预案的通知');
    expect(listed.filter((t) => t.startsWith('市人民政府'))).toEqual([]);
    expect(text(page('/docs/tianzhengfa-2023-1/2-4/').doc.querySelector('[data-pagefind-meta="doc"]'))).toBe(
      '天门市人民政府关于支持纺织服装产业高质量发展的若…',
    );
  });
});

describe('citations', () => {
  it('cite item (七) of the textile opinion in GB/T 7714 form, as the page prints it without JavaScript', () => {
    expect(text(page('/docs/tianzhengfa-2023-1/2-7/').doc.getElementById('citation'))).toBe(
      `天门市人民政府. 《天门市人民政府关于支持纺织服装产业高质量发展的若干意见》（天政发〔2023〕1号）第二部分第（七）条[A/OL]. 载《天门市人民政府公报》2023年第1号（总第44号）. 2023-01-06. ${SITE}/docs/tianzhengfa-2023-1/2-7/（引用日期：${asOf}）`,
    );
  });
  it('cite the page a document was published on when the manifest names it (韶府〔2019〕31号)', () => {
    expect(text(page('/docs/shaofu-2019-31/1-1-1/').doc.getElementById('citation'))).toBe(
      `韶关市人民政府. 《韶關市人民政府關于印發韶關市降低制造業企業成本支持實體經濟發展若幹政策措施(修訂版)的通知》（韶府〔2019〕31号）第（一）条第1项[A/OL]. 2019-08-16. http://www.dyhrgz.com/zwgk/zchb/content/post_999334.html（引用日期：${asOf}）`,
    );
  });
});

describe('no source file name on a reader-facing page', () => {
  const manifest = YAML.parse(readFileSync('content/sources/manifest.yaml', 'utf8')) as { sources: Array<{ originalFile?: string }> };
  // The names the files arrived with (000_5518c2c5e8b1f1d8.txt …): they stay in the data files.
  const arrived = manifest.sources.flatMap((s) => (s.originalFile ? [s.originalFile] : []));
  it('knows the names to look for', () => {
    expect(arrived).toEqual(['000_5518c2c5e8b1f1d8.txt', '003_45db2a21785f5603.txt']);
  });
  it('prints no original file name and no hash-named file on any page, /quality/ included', () => {
    const found = pages.flatMap((p) =>
      [...arrived.filter((name) => p.html.includes(name)), ...(p.html.match(/\b\d{3}_[0-9a-f]{16}\.txt\b/g) ?? [])].map(
        (n) => `${p.path}: ${n}`,
      ),
    );
    expect(found).toEqual([]);
  });
  it('prints no content/sources/ path except on /quality/, the maintainers’ report (file:line)', () => {
    const found = pages
      .filter((p) => p.path !== '/quality/')
      .flatMap((p) => (p.html.match(/content\/sources\/[^\s<"'，,)）]+\.(?:txt|md|html?|docx)/g) ?? []).map((n) => `${p.path}: ${n}`));
    expect(found).toEqual([]);
  });
});

describe('the gazette issue on a measure page', () => {
  it('names the issue (七) was published in, beside its source', () => {
    const dd = fact(page('/docs/tianzhengfa-2023-1/2-7/'), '刊载')!;
    expect(text(dd)).toBe('《天门市人民政府公报》2023年第1号（总第44号）');
    expect(dd.querySelector('a')?.getAttribute('href')).toBe('/gazettes/tianmen-gongbao-2023-1/');
  });
});
