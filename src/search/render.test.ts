import { describe, expect, it } from 'vitest';
import { cardFromPagefind, cardFromSideMeasure, excerptAround, renderCard as renderCardHtml, safeExcerpt, type Card } from './render.ts';
import { escapeHtml } from './html.ts';
import { t } from '../i18n/zh-CN.ts';

const renderCard = (card: Card) => renderCardHtml(card, t).value;

describe('escaping', () => {
  it('escapes source text', () => {
    expect(escapeHtml('<script>alert("x")</script> & \'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;');
  });
  it('lets only <mark> through in Pagefind excerpts', () => {
    expect(safeExcerpt('给予<mark>补贴</mark>&lt;b&gt;')).toBe('给予<mark>补贴</mark>&lt;b&gt;');
    expect(safeExcerpt('<img src=x onerror=alert(1)><mark>x</mark>')).toBe('&lt;img src=x onerror=alert(1)><mark>x</mark>');
    expect(safeExcerpt('<mark>稳</mark><mark>岗</mark>返还')).toBe('<mark>稳岗</mark>返还');
  });
});

describe('excerptAround', () => {
  const text =
    '(四)用工支持。鼓励各类组织、机构及企业内部员工向常年用工50人以上的纺织服装企业推荐员工,员工在同一企业工作满6个月按500元/人的标准给予推荐者补贴,工作满1年按1000元/人的标准给予推荐者补贴。';
  const at = text.indexOf('500元');
  it('cuts a window around the first hit and marks every hit inside it', () => {
    const html = excerptAround(
      text,
      [
        { start: at, end: at + 4 },
        { start: text.indexOf('1000元'), end: text.indexOf('1000元') + 5 },
      ],
      60,
    );
    expect(html.startsWith('…')).toBe(true);
    expect(html).toContain('按<mark>500元</mark>/人');
    expect(html).toContain('<mark>1000元</mark>');
  });
  it('escapes the text', () => {
    expect(excerptAround('<b>500元</b>', [{ start: 3, end: 7 }])).toBe('&lt;b&gt;<mark>500元</mark>&lt;/b&gt;');
  });
});

describe('cards', () => {
  it('renders a measure card with escaped fields and marked amounts', () => {
    const html = renderCard({
      url: '/docs/a/1/',
      title: '（四） 用工<支持>',
      kind: 'measure',
      doc: '文件',
      place: '天门市',
      lead: '市人社局',
      deadline: '未写明',
      amounts: [
        { text: '500元', hit: true },
        { text: '1000元', hit: false },
      ],
      excerptHtml: '按<mark>500元</mark>/人',
    });
    expect(html).toContain('<a href="/docs/a/1/">（四） 用工&lt;支持&gt;</a>');
    expect(html).toContain('<dt>金额</dt><dd><mark>500元</mark>、1000元</dd>');
    expect(html).toContain('<dt>牵头单位</dt><dd>市人社局</dd>');
    expect(html).not.toContain('search-kind');
  });
  it('says what each amount is: 500亿元（目标） beside 5万元（补贴/奖励）', () => {
    const card = cardFromPagefind(
      { url: '/m/', excerpt: '', meta: { title: 't', amounts: '500亿元、5万元', amountKinds: 'target、subsidy' } },
      new Set(['5万元']),
    );
    expect(card.amounts).toEqual([
      { text: '500亿元', hit: false, kind: 'target' },
      { text: '5万元', hit: true, kind: 'subsidy' },
    ]);
    expect(renderCard(card)).toContain(
      '<dd>500亿元<span class="search-amount-kind">（目标）</span>、<mark>5万元</mark><span class="search-amount-kind">（补贴/奖励）</span></dd>',
    );
    // A page whose kinds do not line up with its figures shows none rather than wrong ones.
    const odd = cardFromPagefind({ url: '/m/', excerpt: '', meta: { title: 't', amounts: '500亿元、5万元', amountKinds: 'target' } });
    expect(odd.amounts!.map((a) => a.kind)).toEqual([undefined, undefined]);
  });
  it('builds a card from Pagefind data, deep-linking a document into its best section', () => {
    const card = cardFromPagefind({
      url: '/docs/d/',
      excerpt: 'x',
      meta: { title: '通知', kind: 'document', doc: '天政办发〔2023〕2号', place: '天门市' },
      sub_results: [
        { title: '通知', url: '/docs/d/', excerpt: 'top', locations: [1, 2, 3] },
        { title: '1.2 编制依据', url: '/docs/d/#1-2', excerpt: '<mark>依据</mark>', locations: [5], anchor: { id: '1-2' } },
      ],
    });
    expect(card).toMatchObject({
      kind: 'document',
      doc: '天政办发〔2023〕2号',
      section: { title: '1.2 编制依据', url: '/docs/d/#1-2' },
      excerptHtml: '<mark>依据</mark>',
    });
    expect(renderCard(card)).toContain('<span class="search-kind">文件</span>');
    expect(renderCard({ ...card, wenhaoMatch: true, browseUrl: '/search/?a=1&b=2' })).toContain('<p class="search-card-note">文号相符</p>');
    expect(renderCard({ ...card, browseUrl: '/search/?a=1&b=2' })).toContain('<a href="/search/?a=1&amp;b=2">列出这份文件的全部措施</a>');
  });
  it('marks the figures an amount query matched', () => {
    const card = cardFromPagefind({ url: '/m/', excerpt: '', meta: { title: 't', amounts: '500元、1000元' } }, new Set(['1000元']));
    expect(card.amounts).toEqual([
      { text: '500元', hit: false },
      { text: '1000元', hit: true },
    ]);
  });
  it('builds an amount card from the side index', () => {
    const m = {
      url: '/m/',
      title: 't',
      doc: 'd',
      place: 'p',
      lead: 'l',
      deadline: 'x',
      text: '给予500元补贴和500元奖励',
      amounts: [
        { figure: '500元', offset: 2 },
        { figure: '500元', offset: 9 },
      ],
    };
    const card = cardFromSideMeasure(m, [m.amounts[1]!]);
    expect(card.amounts).toEqual([
      { text: '500元', hit: false },
      { text: '500元', hit: true },
    ]);
    expect(card.excerptHtml).toBe('给予500元补贴和<mark>500元</mark>奖励');
  });
});
