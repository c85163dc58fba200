// The search page as a citizen who does not know the documents' words uses it: everyday
// words searched as the official terms too (and undone with one click), typos corrected by
// pinyin, partial matches instead of nothing, a hint for a query in English, cards for the
// agencies and places a query names, and excerpts cut from each measure's own text.
// Expected values come from the sources (content/generated/, written by the build).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../pipeline/text/fold.ts';
import { chainTexts } from '../../src/search/passages.ts';
import {
  documents,
  measureSaying,
  measures,
  policies,
  printsPhrase,
  resultUrls,
  search,
  settled,
  stateOf,
  statusText,
  useHarness,
} from './helpers.ts';

const h = useHarness();
let page: Page;
beforeAll(() => {
  page = h.page;
});

const text = async (selector: string) => ((await page.isVisible(selector)) ? ((await page.textContent(selector)) ?? '').trim() : '');
const measureAt = (url: string) => measures.find((m) => m.url === url);

/** Card excerpts as plain text, with the text of their <mark>s. */
async function excerpts(): Promise<Array<{ url: string; plain: string; marks: string[] }>> {
  return page.$$eval('#search-list .search-card', (cards) =>
    cards.map((c) => ({
      url: new URL(c.querySelector<HTMLAnchorElement>('.search-card-title a')!.href).pathname,
      plain: c.querySelector('.search-card-excerpt')?.textContent ?? '',
      marks: [...c.querySelectorAll('.search-card-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

const squeeze = (s: string) => foldText(s).replace(/\s+/g, '');

describe('done when', () => {
  it('稳岗反还 is corrected to 稳岗返还, said so, and a measure printing 稳岗返还 comes first', async () => {
    const urls = await search(page, h.server.url, '稳岗反还');
    expect(printsPhrase(urls[0]!, '稳岗返还')).toBe(true);
    expect(await text('#search-understood')).toContain('你要找的是不是：稳岗返还');
  });

  it('空气污染 also searches 重污染天气, says so, and a measure of the heavy-pollution plan comes first', async () => {
    const urls = await search(page, h.server.url, '空气污染');
    const first = measureAt(urls[0]!);
    expect(first?.document).toBe('tianzhengbanfa-2023-2');
    expect(printsPhrase(first!.url, '重污染天气') || printsPhrase(first!.url, '空气污染')).toBe(true);
    expect(await text('#search-understood')).toContain('也搜索了：重污染天气');
  });

  it('找工作 补贴 puts the one-off subsidy for hiring graduates first (就业 for 找工作)', async () => {
    const urls = await search(page, h.server.url, '找工作 补贴');
    expect(urls[0]).toBe(measureSaying('发放一次性扩岗补助'));
    expect(await text('#search-understood')).toContain('也搜索了：就业');
  });
});

describe('everyday words', () => {
  it('an expansion is undone with one click: the URL keeps the word literal, and only pages printing it are left', async () => {
    await search(page, h.server.url, '空气污染');
    await page.click('#search-understood a.search-also-term');
    await settled(page);
    expect(stateOf(page)).toEqual({ q: '空气污染', literal: '空气污染' });
    expect(await text('#search-understood')).not.toContain('重污染天气');
    const urls = await resultUrls(page);
    // 空气污染 is printed on one page (the 气象 duty of the plan): it comes first.
    expect(urls[0]).toBe(measureSaying('空气污染气象条件的监测'));
    // A new query forgets what the last one took literally.
    await page.fill('#search-q', '空气污染 预警');
    await page.press('#search-q', 'Enter');
    await settled(page);
    expect(stateOf(page)).toEqual({ q: '空气污染 预警' });
  });

  it('an everyday word spanning a space is still one word: 公积金 交房租 is 租房提取', async () => {
    const urls = await search(page, h.server.url, '公积金 交房租');
    expect(urls[0]).toBe(measureSaying('租房提取每户上限从12000元/年'));
    expect(await text('#search-understood')).toContain('也搜索了：租房提取');
  });

  it('question words do not narrow the search: 晚交社保 可以吗 finds the deferral of social insurance', async () => {
    const urls = await search(page, h.server.url, '晚交社保 可以吗');
    expect(urls.slice(0, 3).some((u) => printsPhrase(u, '缓缴'))).toBe(true);
  });
});

describe('no dead ends', () => {
  it('two words no measure holds together give the measures holding one of them, each saying which it lacks', async () => {
    // Rent relief and smog never meet on one page. (减房租 免税, used here before, now finds
    // the chain page of 中央政策 25, whose 荆门 text prints both 租金减免 and 免征.)
    const urls = await search(page, h.server.url, '减房租 雾霾');
    expect(urls.length).toBeGreaterThan(0);
    expect(await text('#search-understood')).toContain('没有同时含有“减房租”、“雾霾”的结果');
    // The more specific word first: the 重污染天气 measures of the 天门 预案, each lacking 减房租.
    expect(printsPhrase(urls[0]!, '重污染天气')).toBe(true);
    expect(await page.textContent('#search-list .search-card-missing')).toBe('不含：减房租');
    const missing = await page.$$eval('#search-list .search-card', (cs) =>
      cs.map((c) => c.querySelector('.search-card-missing')?.textContent ?? ''),
    );
    expect(missing.every((m) => m.startsWith('不含：'))).toBe(true);
  });

  it('a typo correction can be refused: “仍按……搜索” searches the words as typed', async () => {
    await search(page, h.server.url, '稳岗反还');
    await page.click('#search-understood a:text("仍按“稳岗反还”搜索")');
    await settled(page);
    expect(stateOf(page)).toEqual({ q: '稳岗反还', literal: '稳岗反还' });
    expect(await text('#search-understood')).not.toContain('你要找的是不是');
  });

  it('a phrase no page holds is searched as its words: 电子版营业执照 finds 电子营业执照', async () => {
    const urls = await search(page, h.server.url, '电子版营业执照');
    expect(urls[0]).toBe(measureSaying('推进电子营业执照跨部门'));
    expect(await text('#search-notice')).toContain('“电子版营业执照”');
  });

  it('a word in pinyin is read as the Chinese it spells', async () => {
    const urls = await search(page, h.server.url, 'wengang fanhuan');
    expect(printsPhrase(urls[0]!, '稳岗返还')).toBe(true);
    expect(await text('#search-understood')).toContain('你要找的是不是：稳岗返还');
  });

  it('an English query gets a short hint in Chinese and the ways to browse', async () => {
    await search(page, h.server.url, 'noise complaint hotline');
    expect(await text('#search-understood')).toContain('本站的文件都是中文');
    const links = await page.$$eval('#search-understood a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/docs/', '/agencies/', '/places/']);
  });

  it('nothing is corrected into something unrelated: 鳄鱼馆 still finds nothing', async () => {
    expect(await search(page, h.server.url, '鳄鱼馆')).toEqual([]);
    expect(await text('#search-understood')).toBe('');
    expect(await statusText(page)).toContain('没有找到结果');
  });
});

describe('entities before lists', () => {
  // Counted from the measures (lead, and responsible without leading), not from the page.
  const counts = (agency: string) => ({
    lead: measures.filter((m) => m.lead.includes(agency)).length,
    shared: measures.filter((m) => m.responsible.includes(agency) && !m.lead.includes(agency)).length,
  });

  it('财政局 shows a card for each 财政局, the busiest first, with what each leads and shares', async () => {
    await search(page, h.server.url, '财政局');
    const cards = await page.$$eval('#search-entities li', (ls) =>
      ls.map((l) => ({
        name: l.querySelector('a')?.textContent,
        href: l.querySelector('a')?.getAttribute('href'),
        facts: l.querySelector('.search-entity-facts')?.textContent,
      })),
    );
    const zx = counts('zhongxiang-caizhengju');
    const tm = counts('tianmen-caizhengju');
    expect(cards[0]).toEqual({
      name: '钟祥市财政局',
      href: '/agencies/zhongxiang/caizhengju/',
      facts: `牵头 ${zx.lead} · 参与 ${zx.shared}`,
    });
    expect(cards[1]).toEqual({ name: '天门市财政局', href: '/agencies/tianmen/caizhengju/', facts: `牵头 ${tm.lead} · 参与 ${tm.shared}` });
    expect(zx.lead).toBe(29);
  });

  it('a former agency name finds it: 劳动局 shows the 人社局 of each place', async () => {
    await search(page, h.server.url, '劳动局');
    const names = await page.$$eval('#search-entities li a', (as) => as.map((a) => a.textContent));
    expect(names).toEqual(expect.arrayContaining(['钟祥市人社局', '天门市人社局']));
  });

  it('a place gets its card: 钟祥 → 钟祥市, its documents and measures', async () => {
    await search(page, h.server.url, '钟祥');
    const card = await page.$eval('#search-entities li', (l) => ({
      href: l.querySelector('a')?.getAttribute('href'),
      facts: l.querySelector('.search-entity-facts')?.textContent,
    }));
    const count = measures.filter((m) => m.jurisdiction === 'zhongxiang').length;
    expect(card).toEqual({ href: '/places/zhongxiang/', facts: `文件 1 · 措施 ${count}` });
  });

  it('a 文号 still pins its document first', async () => {
    const urls = await search(page, h.server.url, '天政办发〔2023〕2号');
    expect(urls[0]).toBe(documents.find((d) => d.wenhao === '天政办发〔2023〕2号')!.url);
  });
});

describe('clean excerpts and titles', () => {
  const QUERIES = [
    '财政局',
    '市人社局',
    '补贴',
    '稳岗返还',
    '就业',
    '噪声',
    '找工作 补贴',
    '雾霾',
    '天政发〔2023〕1号',
    '残保金',
    '1000元',
    '补贴 1000元',
  ];

  it.each(QUERIES)('%s: every measure card’s excerpt is cut from its own text, never from the labels around it', async (q) => {
    await search(page, h.server.url, q);
    const cards = await excerpts();
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      const pieces = c.plain.split('…').map(squeeze).filter(Boolean);
      const m = measureAt(c.url);
      if (m) {
        for (const p of pieces) expect(squeeze(m.text), `${q}: ${c.url}: ${c.plain}`).toContain(p);
        continue;
      }
      // A document's excerpt spans its paragraphs and headings (a work list's numbered
      // policies, “31. 完善……”), which Pagefind joins with “. ” or a space; a chain page's
      // spans the 中央/省/荆门 texts above the work list's measures.
      const d = documents.find((x) => x.url === c.url);
      const p = policies.find((x) => x.url === c.url);
      expect(d ?? p, `${q}: ${c.url} is neither a measure, a document nor a chain page`).toBeDefined();
      const own = squeeze(
        d
          ? [d.title, ...d.blocks.map((b) => b.text)].join('')
          : [p!.title, ...chainTexts(p!, new Map(measures.map((x) => [x.id, x]))).map((t) => t.text)].join(''),
      );
      const parts = c.plain
        .split(/…|\.\s|\s+/)
        .map(squeeze)
        .filter((p) => p && !/^\d+\.?$/.test(p));
      for (const p of parts) expect(own, `${q}: ${c.url}: ${c.plain}`).toContain(p);
      for (const label of ['文号', '发文单位', '源文件']) expect(c.plain).not.toContain(label);
    }
  });

  it('marks whole terms, not the characters the segmenter cut them into', async () => {
    await search(page, h.server.url, '稳岗返还');
    const marks = (await excerpts()).flatMap((c) => c.marks);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map(foldText))).toEqual(new Set(['稳岗返还']));
    await search(page, h.server.url, '财政局');
    expect(new Set((await excerpts()).flatMap((c) => c.marks))).toEqual(new Set(['财政局']));
  });

  it('an excerpt starts at the start of a clause', async () => {
    await search(page, h.server.url, '就业');
    for (const c of await excerpts()) {
      const m = measureAt(c.url);
      if (!m || !c.plain.startsWith('…')) continue;
      const start = squeeze(c.plain.slice(1)).slice(0, 6);
      const at = squeeze(m.text).indexOf(start);
      expect(at, c.url).toBeGreaterThan(0);
      expect('。；;，,、：:）)！？!?'.includes(squeeze(m.text)[at - 1]!), `${c.url}: ${c.plain}`).toBe(true);
    }
  });

  it('card titles say what a measure is about, not only its number', async () => {
    for (const q of ['补贴', '就业', '稳岗返还']) {
      await search(page, h.server.url, q);
      const titles = await page.$$eval('#search-list .search-card-title a', (as) =>
        as.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent ?? '']),
      );
      for (const [url, title] of titles) {
        const m = measureAt(url!);
        if (m) expect(title!.trim().length, `${url}: ${title}`).toBeGreaterThan(m.label.length + 1);
      }
    }
  });
});
