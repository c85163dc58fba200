// The built site as files: a page at every measure's url, the head every page
// needs for sharing (canonical, Open Graph, Twitter), sitemap and robots, the
// previous/next chain through each document, and nothing loaded from off-site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { builtPages, linkRel, meta, startTags, titleOf, type BuiltPage } from '../support/html.ts';

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
  it('publishes all 430 measures in dist/data/measures.json', () => {
    expect(measures).toHaveLength(430);
    expect(new Set(measures.map((m) => m.url)).size).toBe(430);
  });
  it('has an index.html at every measure url', () => {
    const missing = measures.filter((m) => !existsSync(join('dist', m.url, 'index.html'))).map((m) => m.url);
    expect(missing).toEqual([]);
  });
  it('gives every measure page a canonical link equal to SITE + url, and the same og:url', () => {
    for (const m of measures) {
      const { tags } = page(m.url);
      expect(linkRel(tags, 'canonical'), m.url).toBe(SITE + m.url);
      expect(meta(tags, 'og:url'), m.url).toBe(SITE + m.url);
    }
  });
  it('titles every measure page uniquely, naming the item and its document', () => {
    const titles = measures.map((m) => titleOf(page(m.url).html)!);
    expect(new Set(titles).size).toBe(measures.length);
    expect(titleOf(page('/docs/tianzhengfa-2023-1/2-7/').html)).toBe('（七） 降低物流成本 · 天门 天政发〔2023〕1号 · 政策清单');
    expect(titleOf(page('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/').html)).toBe('钟祥市第1项 强化内部培训 · 钟祥 · 政策清单');
    expect(titleOf(page('/docs/tianzhengbanfa-2023-2/4-2-3-b-2/').html)).toBe(
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
        lang: p.tags.find((t) => t.name === 'html')?.attrs.lang === 'zh-CN' ? 'zh-CN' : '',
        title: titleOf(p.html)?.trim(),
        description: meta(p.tags, 'description'),
        canonical: linkRel(p.tags, 'canonical'),
        'og:title': meta(p.tags, 'og:title'),
        'og:description': meta(p.tags, 'og:description'),
        'twitter:card': meta(p.tags, 'twitter:card'),
      }[what];
      if (!value || value.length < 2) bad.push(p.path);
    }
    expect(bad).toEqual([]);
  });
  it('makes the canonical of every indexable page its own absolute URL', () => {
    for (const p of pages) {
      if (p.path === '/404.html') continue;
      expect(linkRel(p.tags, 'canonical'), p.path).toBe(SITE + p.path);
    }
  });
  it('describes a measure by its own text, not boilerplate', () => {
    const d = meta(page('/docs/tianzhengfa-2023-1/2-7/').tags, 'description')!;
    expect(d).toMatch(/^（七）：降低物流成本。对服装电商企业,按实际发货量每单补贴0\.2元.*…$/);
    expect(meta(page('/docs/tianzhengfa-2023-1/2-7/').tags, 'og:type')).toBe('article');
    expect(meta(page('/docs/tianzhengfa-2023-1/2-7/').tags, 'twitter:card')).toBe('summary');
  });
  it('loads scripts, styles and images only from the site itself', () => {
    const offsite: string[] = [];
    for (const p of pages) {
      for (const t of p.tags) {
        const ref =
          t.name === 'script' || t.name === 'img' || t.name === 'iframe' || t.name === 'source'
            ? t.attrs.src
            : t.name === 'link' && t.attrs.rel !== 'canonical'
              ? t.attrs.href
              : undefined;
        if (ref && /^(https?:)?\/\//.test(ref)) offsite.push(`${p.path}: <${t.name}> ${ref}`);
      }
      for (const m of p.html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)) offsite.push(`${p.path}: css ${m[1]}`);
    }
    expect(offsite).toEqual([]);
  });
});

describe('sitemap.xml and robots.txt', () => {
  const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  it('lists every measure url', () => {
    const listed = new Set(locs);
    expect(measures.filter((m) => !listed.has(SITE + m.url)).map((m) => m.url)).toEqual([]);
    expect(documents.filter((d) => !listed.has(SITE + d.url)).map((d) => d.url)).toEqual([]);
  });
  it('lists only pages that exist, each once, and every indexable page', () => {
    expect(new Set(locs).size).toBe(locs.length);
    const paths = locs.map((l) => l.slice(SITE.length));
    expect(locs.every((l) => l.startsWith(SITE + '/'))).toBe(true);
    expect(paths.filter((p) => !byPath.has(p))).toEqual([]);
    // Every page except those that ask not to be indexed (404, search results).
    const indexable = pages.filter((p) => meta(p.tags, 'robots') !== 'noindex').map((p) => p.path);
    expect(indexable).toContain('/docs/tianzhengfa-2023-1/2-7/');
    expect(indexable.filter((p) => !paths.includes(p))).toEqual([]);
  });
  it('robots.txt points crawlers at the sitemap', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(robots).toMatch(/^User-agent: \*$/m);
  });
});

describe('previous / next measure', () => {
  const relOf = (path: string, rel: string) => page(path).tags.find((t) => t.name === 'a' && t.attrs.rel === rel)?.attrs.href;
  // Printed order, read off the document page: the order of the anchors that are measures.
  const printedOrder = (doc: { id: string; url: string }) => {
    const own = new Map(measures.filter((m) => m.document === doc.id).map((m) => [m.url.split('/').at(-2)!, m.url]));
    return page(doc.url)
      .tags.map((t) => own.get(t.attrs.id ?? ''))
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

describe('the 404 page', () => {
  it('is not indexed and links onward', () => {
    const p = page('/404.html');
    expect(meta(p.tags, 'robots')).toBe('noindex');
    const hrefs = p.tags.filter((t) => t.name === 'a').map((t) => t.attrs.href);
    expect(hrefs).toEqual(expect.arrayContaining(['/', '/docs/', '/agencies/', '/places/']));
    expect(startTags(p.html).some((t) => t.name === 'form' && t.attrs.action === '/search/')).toBe(true);
  });
});

describe('places and the quality report', () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, '');
  it('lists places top-down, 中央 → 湖北省 → 荆门市 → 钟祥市, then 天门市', () => {
    const names = page('/places/')
      .tags.filter((t) => t.name === 'a' && /^\/places\/[a-z-]+\/$/.test(t.attrs.href ?? ''))
      .map((t) => t.attrs.href);
    expect(names).toEqual(['/places/zhongyang/', '/places/hubei/', '/places/jingmen/', '/places/zhongxiang/', '/places/tianmen/']);
  });
  it('links 中央 to all 33 central-policy chain pages, in order', () => {
    const chains = page('/places/zhongyang/')
      .tags.filter((t) => t.name === 'a' && /\/policy-\d+\/$/.test(t.attrs.href ?? ''))
      .map((t) => t.attrs.href);
    expect(chains).toHaveLength(33);
    expect(chains[0]).toBe('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-1/');
    expect(chains[32]).toBe('/docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-33/');
  });
  it('names every kind of finding on /quality/ in Chinese, with an anchor per kind', () => {
    const report: { anomalies: Array<{ code: string }> } = JSON.parse(readFileSync('content/generated/report.json', 'utf8'));
    const html = page('/quality/').html;
    for (const code of new Set(report.anomalies.map((a) => a.code))) {
      const heading = new RegExp(`<h2 id="${code}">([^<]*)</h2>`).exec(html);
      expect(heading, code).not.toBeNull();
      expect(heading![1], code).toMatch(/^[\u4e00-\u9fff]/);
    }
    expect(text(html)).toContain('文号格式错误（1）');
  });
});

describe('wording comparison for journalists', () => {
  it('says on the measure page and the document page who copied whose wording', () => {
    const measure = readFileSync('dist/docs/zhongxiang-2022-wenzhu-jingji-qingdan/143/index.html', 'utf8');
    expect(measure).toContain('措辞：与上一级（荆门市第136项）原文完全相同');
    const doc = readFileSync('dist/docs/zhongxiang-2022-wenzhu-jingji-qingdan/index.html', 'utf8');
    expect(doc).toMatch(/措辞对比：163 条钟祥市落实措施中，\d+ 条与上一级原文完全相同/);
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
