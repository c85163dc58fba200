// The built site as files: a page at every measure's url, the head every page
// needs for sharing (canonical, Open Graph, Twitter), sitemap and robots, the
// previous/next chain through each document, and nothing loaded from off-site.
// Pages are read with an HTML parser (tests/support/html.ts), never with regexes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { attrs, builtPages, linkRel, meta, parseXml, type BuiltPage } from '../support/html.ts';

const SITE = new URL(config.site!).origin;
const measures: Array<{ id: string; url: string; document: string }> = JSON.parse(readFileSync('dist/data/measures.json', 'utf8'));
const documents: Array<{ id: string; url: string }> = JSON.parse(readFileSync('dist/data/documents.json', 'utf8'));
const pages = builtPages('dist');
const byPath = new Map(pages.map((p) => [p.path, p]));
const page = (path: string): BuiltPage => {
  const p = byPath.get(path);
  if (!p) throw new Error(`no page at ${path}`);
  return p;
};

describe('a page for every measure', () => {
  it('publishes every measure the ingest made in dist/data/measures.json — the seeds’ 430 among them', () => {
    const generated: unknown[] = JSON.parse(readFileSync('content/generated/measures.json', 'utf8'));
    expect(measures).toHaveLength(generated.length);
    expect(new Set(measures.map((m) => m.url)).size).toBe(measures.length);
    const seeds = new Set([
      'zhongxiang-2022-wenzhu-jingji-qingdan',
      'tianzhengfa-2023-1',
      'tianzhengbanfa-2023-1',
      'tianzhengbanfa-2023-2',
      'tianzhengbanhan-2023-1',
      'tianzhengbanhan-2023-5',
    ]);
    expect(measures.filter((m) => seeds.has(m.document))).toHaveLength(430);
  });
  it('has an index.html at every measure url', () => {
    const missing = measures.filter((m) => !existsSync(join('dist', m.url, 'index.html'))).map((m) => m.url);
    expect(missing).toEqual([]);
  });
  it('gives every measure page a canonical link equal to SITE + url, and the same og:url', () => {
    for (const m of measures) {
      const { doc } = page(m.url);
      expect(linkRel(doc, 'canonical'), m.url).toBe(SITE + m.url);
      expect(meta(doc, 'og:url'), m.url).toBe(SITE + m.url);
    }
  });
  it('titles every measure page uniquely, naming the item and its document', () => {
    const titles = measures.map((m) => page(m.url).doc.title);
    expect(new Set(titles).size).toBe(measures.length);
    expect(page('/docs/tianzhengfa-2023-1/2-7/').doc.title).toBe('（七） 降低物流成本 · 天门 天政发〔2023〕1号 · 政策清单');
    expect(page('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/').doc.title).toBe('钟祥市第1项 强化内部培训 · 钟祥 · 政策清单');
    expect(page('/docs/tianzhengbanfa-2023-2/4-2-3-b-2/').doc.title).toBe(
      '（2） 建议性减排措施（Ⅰ级响应措施） · 天门 天政办发〔2023〕2号 · 政策清单',
    );
  });
});

describe('the head of every page', () => {
  it('builds the expected page count (measures, chains, documents, agencies, places, fixed pages)', () => {
    expect(pages.length).toBeGreaterThan(430 + 33 + 6 + 117);
  });
  it.each(['lang', 'title', 'description', 'canonical', 'og:title', 'og:description', 'twitter:card'])('every page has %s', (what) => {
    const bad: string[] = [];
    for (const p of pages) {
      const value = {
        lang: p.doc.documentElement.getAttribute('lang') === 'zh-CN' ? 'zh-CN' : '',
        title: p.doc.title.trim(),
        description: meta(p.doc, 'description'),
        canonical: linkRel(p.doc, 'canonical'),
        'og:title': meta(p.doc, 'og:title'),
        'og:description': meta(p.doc, 'og:description'),
        'twitter:card': meta(p.doc, 'twitter:card'),
      }[what];
      if (!value || value.length < 2) bad.push(p.path);
    }
    expect(bad).toEqual([]);
  });
  it('makes the canonical of every indexable page its own absolute URL', () => {
    for (const p of pages) {
      if (p.path === '/404.html') continue;
      expect(linkRel(p.doc, 'canonical'), p.path).toBe(SITE + p.path);
    }
  });
  it('describes a measure by its own text, not boilerplate', () => {
    const { doc } = page('/docs/tianzhengfa-2023-1/2-7/');
    const d = meta(doc, 'description')!;
    expect(d.startsWith('（七）：降低物流成本。对服装电商企业,按实际发货量每单补贴0.2元')).toBe(true);
    expect(d.endsWith('…')).toBe(true);
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'twitter:card')).toBe('summary');
  });
  it('loads scripts, styles and images only from the site itself', () => {
    const offsite: string[] = [];
    for (const p of pages) {
      const refs = [
        ...attrs(p.doc, 'script[src], img[src], iframe[src], source[src]', 'src'),
        ...attrs(p.doc, 'link[href]:not([rel="canonical"])', 'href'),
      ];
      for (const ref of refs) if (/^(https?:)?\/\//.test(ref)) offsite.push(`${p.path}: ${ref}`);
      // CSS inside the page: <style> elements and style attributes.
      const css = [...[...p.doc.querySelectorAll('style')].map((s) => s.textContent ?? ''), ...attrs(p.doc, '[style]', 'style')];
      for (const text of css)
        for (const m of text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)) offsite.push(`${p.path}: css ${m[1]}`);
    }
    expect(offsite).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  // @astrojs/sitemap writes an index (sitemap-index.xml) pointing at the sitemap files;
  // /sitemap.xml, the URL announced before, serves the same index.
  const xml = (name: string) => parseXml(readFileSync(join('dist', name), 'utf8'));
  const locsIn = (doc: ReturnType<typeof xml>) => [...doc.querySelectorAll('loc')].map((l) => (l.textContent ?? '').trim());
  const index = locsIn(xml('sitemap-index.xml'));
  const locs = index.flatMap((url) => locsIn(xml(url.slice(SITE.length + 1))));
  it('is an index of sitemap files on this site, also served at /sitemap.xml', () => {
    expect(index.length).toBeGreaterThan(0);
    expect(index.every((u) => /^https:\/\/[^/]+\/sitemap-\d+\.xml$/.test(u) && u.startsWith(SITE))).toBe(true);
    expect(readFileSync('dist/sitemap.xml', 'utf8')).toBe(readFileSync('dist/sitemap-index.xml', 'utf8'));
  });
  it('lists every measure and document url', () => {
    const listed = new Set(locs);
    expect(measures.filter((m) => !listed.has(SITE + m.url)).map((m) => m.url)).toEqual([]);
    expect(documents.filter((d) => !listed.has(SITE + d.url)).map((d) => d.url)).toEqual([]);
  });
  it('lists only pages that exist, each once: every indexable page, no noindex page', () => {
    expect(new Set(locs).size).toBe(locs.length);
    const paths = locs.map((l) => l.slice(SITE.length));
    expect(locs.every((l) => l.startsWith(SITE + '/'))).toBe(true);
    expect(paths.filter((p) => !byPath.has(p))).toEqual([]);
    // Every page except those that ask not to be indexed (the 404 page).
    const noindex = pages.filter((p) => meta(p.doc, 'robots') === 'noindex').map((p) => p.path);
    expect(noindex).toEqual(['/404.html']);
    const indexable = pages.filter((p) => !noindex.includes(p.path)).map((p) => p.path);
    expect(indexable).toContain('/docs/tianzhengfa-2023-1/2-7/');
    expect(indexable.filter((p) => !paths.includes(p))).toEqual([]);
    expect(paths.filter((p) => noindex.includes(p))).toEqual([]);
  });
  it('robots.txt points crawlers at the sitemap index', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8').split('\n');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(robots).toContain('User-agent: *');
    expect(robots.filter((l) => l.startsWith('Disallow'))).toEqual([]);
  });
});

describe('previous / next measure', () => {
  const relOf = (path: string, rel: string) => page(path).doc.querySelector(`a[rel="${rel}"]`)?.getAttribute('href') ?? undefined;
  // Printed order, read off the document page: the order of the anchors that are measures.
  const printedOrder = (doc: { id: string; url: string }) => {
    const own = new Map(measures.filter((m) => m.document === doc.id).map((m) => [m.url.split('/').at(-2)!, m.url]));
    return attrs(page(doc.url).doc, '[id]', 'id')
      .map((id) => own.get(id))
      .filter((u): u is string => u !== undefined);
  };
  it('anchors every measure on its document page', () => {
    for (const doc of documents) expect(printedOrder(doc).length, doc.id).toBe(measures.filter((m) => m.document === doc.id).length);
  });
  it('chains every document’s measures in printed order, each exactly once', () => {
    for (const doc of documents) {
      const order = printedOrder(doc);
      const first = order.filter((url) => relOf(url, 'prev') === undefined);
      expect(first, doc.id).toEqual([order[0]]);
      const seen: string[] = [];
      for (let at: string | undefined = first[0]; at; at = relOf(at, 'next')) {
        const next = relOf(at, 'next');
        if (next) expect(relOf(next, 'prev'), `${next} ← ${at}`).toBe(at);
        seen.push(at);
        if (seen.length > order.length) break;
      }
      expect(seen, doc.id).toEqual(order);
    }
  });
  it('lists each document’s measures in printed order in measures.json too', () => {
    for (const doc of documents)
      expect(
        measures.filter((m) => m.document === doc.id).map((m) => m.url),
        doc.id,
      ).toEqual(printedOrder(doc));
  });
  it('links (七) to (六) and (八) of the same opinion, across the section break', () => {
    expect(relOf('/docs/tianzhengfa-2023-1/2-7/', 'prev')).toBe('/docs/tianzhengfa-2023-1/2-6/');
    expect(relOf('/docs/tianzhengfa-2023-1/2-7/', 'next')).toBe('/docs/tianzhengfa-2023-1/3-8/');
  });
});

describe('the search page', () => {
  it('is indexable as one page: every /search/?q=… declares /search/ its canonical URL', () => {
    const { doc } = page('/search/');
    expect(meta(doc, 'robots')).toBeUndefined();
    expect(linkRel(doc, 'canonical')).toBe(`${SITE}/search/`);
  });
  it('gets its messages from the page, so its script carries none of the dictionary', () => {
    const { doc } = page('/search/');
    const app = doc.querySelector('search-app');
    const messages: Record<string, string> = JSON.parse(app?.getAttribute('data-messages') ?? '{}');
    expect(messages['search.status.found']).toBe('{what}找到 {count} 条结果');
    expect(messages['site.name']).toBeUndefined();
    const scripts = attrs(doc, 'script[src]', 'src').map((src) => readFileSync(join('dist', src), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    // A message the client does not use (the open-data page's title), and one it does.
    expect(scripts.some((js) => js.includes('开放数据') || js.includes('找到 {count} 条结果'))).toBe(false);
  });
});

describe('the 404 page', () => {
  it('is not indexed and links onward', () => {
    const p = page('/404.html');
    expect(meta(p.doc, 'robots')).toBe('noindex');
    const hrefs = attrs(p.doc, 'a', 'href');
    expect(hrefs).toEqual(expect.arrayContaining(['/', '/docs/', '/agencies/', '/places/']));
    expect(p.doc.querySelector('main form[action="/search/"] input[name="q"]')).not.toBeNull();
  });
});

describe('places and the quality report', () => {
  it('lists places top-down: 中央 first, each place after its parent (湖北省 → 荆门市 → 钟祥市, 天门市 under 湖北省)', () => {
    const names = attrs(page('/places/').doc, 'main a', 'href').filter((href) => /^\/places\/[a-z-]+\/$/.test(href));
    const at = (id: string) => names.indexOf(`/places/${id}/`);
    expect(at('zhongyang')).toBe(0);
    expect(at('hubei')).toBeGreaterThan(0);
    expect(at('jingmen')).toBe(at('hubei') + 1);
    expect(at('zhongxiang')).toBe(at('jingmen') + 1);
    expect(at('tianmen')).toBeGreaterThan(at('zhongxiang'));
    expect(at('dongguan')).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });
  it('links 中央 to all 33 central-policy chain pages, in order', () => {
    const chains = attrs(page('/places/zhongyang/').doc, 'main a', 'href').filter((href) => /\/policy-\d+\/$/.test(href));
    expect(chains).toHaveLength(33);
    expect(chains[0]).toBe('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-1/');
    expect(chains[32]).toBe('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-33/');
  });
  it('names every kind of finding on /quality/ in Chinese, with an anchor per kind', () => {
    const report: { anomalies: Array<{ code: string }> } = JSON.parse(readFileSync('content/generated/report.json', 'utf8'));
    const { doc } = page('/quality/');
    for (const code of new Set(report.anomalies.map((a) => a.code))) {
      const heading = doc.querySelector(`h2[id="${code}"]`);
      expect(heading, code).not.toBeNull();
      expect(heading!.textContent, code).toMatch(/^[\u4e00-\u9fff]/);
    }
    expect(doc.querySelector('h2[id="malformed-wenhao"]')?.textContent).toBe('文号格式错误（1）');
  });
  it('reports the garbled 每家奖励6万元5万元 (天门 gazette line 81) instead of guessing its figures', () => {
    const section = page('/quality/').doc.querySelector('section[aria-labelledby="amount-unsure"]');
    expect(section?.querySelector('h2')?.textContent).toBe('金额无法确定，未收录（1）');
    expect(section?.textContent).toContain('第81行');
    expect(section?.textContent).toContain('“6万元5万元”两个金额紧挨着印在一起');
    const measure = page('/docs/tianzhengfa-2023-1/3-11/').doc;
    expect(measure.querySelector('#notes-h')?.parentElement?.textContent).toContain('“6万元5万元”两个金额紧挨着印在一起');
    expect(measure.querySelector('main')?.textContent).not.toMatch(/6万元（/); // no amount listed for it
  });
});

describe('wording comparison for journalists', () => {
  it('says on the measure page and the document page who copied whose wording', () => {
    const measure = page('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/143/').doc;
    expect(measure.querySelector('p.wording')?.textContent?.trim()).toBe('措辞：与上一级（荆门市第136项）原文完全相同');
    const doc = page('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/').doc;
    expect(doc.querySelector('main')?.textContent).toMatch(/措辞对比：163 条钟祥市落实措施中，\d+ 条与上一级原文完全相同/);
  });
});

describe('open data CSV', () => {
  it('opens in Excel (BOM) with agency names beside ids and the largest amount', () => {
    const csv = readFileSync('dist/data/measures.csv', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).split('\r\n');
    const cols = header!.split(',');
    expect(cols.slice(0, 4)).toEqual(['id', 'url', 'jurisdiction', 'document']);
    const row = rows.find((r) => r.startsWith('zhongxiang-2022-wenzhu-jingji-qingdan-1,'))!;
    expect(row).toContain('钟祥市财政局；钟祥市税务局');
    const seven = rows.find((r) => r.startsWith('tianzhengfa-2023-1-2-7,'))!;
    expect(seven).toContain(',1000000,'); // 单个企业每年最高补贴100万元 outranks 每单补贴0.2元
    expect(rows.filter((r) => r !== '').length).toBeGreaterThanOrEqual(430); // text cells may hold line breaks
  });
});

describe('agency pages', () => {
  const agencies: Array<{ id: string; url: string; kind: string }> = JSON.parse(readFileSync('dist/data/agencies.json', 'utf8'));
  const kindOf = (url: string) => {
    const { doc } = page(url);
    const dt = [...doc.querySelectorAll('dt')].find((d) => d.textContent?.trim() === '类别');
    return dt?.nextElementSibling?.textContent?.trim() ?? '';
  };
  it('fill 类别 on every agency page, task forces and other organs included', () => {
    expect(agencies.filter((a) => kindOf(a.url) === '').map((a) => a.url)).toEqual([]);
    // 天门市人民法院 and 天门市疫情防控指挥部 are the two kinds the first label map lacked.
    expect(kindOf('/agencies/tianmen/fayuan/')).toBe('其他机关');
    expect(agencies.some((a) => a.kind === 'task-force')).toBe(true);
    for (const a of agencies.filter((x) => x.kind === 'task-force')) expect(kindOf(a.url), a.url).toBe('议事协调和临时机构');
  });
});
