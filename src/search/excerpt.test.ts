import { describe, expect, it } from 'vitest';
import { EXCERPT_WIDTH, excerptHtml, measureTextOf, remarkExcerpt, termSpans } from './excerpt.ts';

// A fragment as Pagefind stores a measure page: words split by zero-width spaces, HTML
// escaped, the anchors where the text, its folded copy and the facts list start.
const Z = '\u200b';
function fragment(parts: { heading: string; text: string; folded?: string; facts: string }) {
  const words = (s: string) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(s)].map((x) => x.segment);
  const heading = words(parts.heading);
  const text = words(parts.text);
  const folded = parts.folded ? words(parts.folded) : [];
  const facts = words(parts.facts);
  const anchors = [
    { id: 'measure-text', location: heading.length },
    ...(parts.folded ? [{ id: 'measure-text-folded', location: heading.length + text.length }] : []),
    { id: 'measure-facts', location: heading.length + text.length + folded.length },
  ];
  const raw = [...heading, ...text, ...folded, ...facts].map((w) => w.replace(/</g, '&lt;').replace(/>/g, '&gt;')).join(Z);
  return { raw_content: raw, anchors };
}

describe('measureTextOf', () => {
  it('cuts the text out of the page, without its heading or the facts after it', () => {
    const data = fragment({
      heading: '119. 政府带头过“紧日子”',
      text: '119.政府带头过“紧日子”“苦日子”,持续压减非急需非刚性支出。',
      facts: '市财政局 市政府各部门 未写明',
    });
    expect(measureTextOf(data)).toEqual({
      text: '119.政府带头过“紧日子”“苦日子”,持续压减非急需非刚性支出。',
      folded: '119.政府带头过“紧日子”“苦日子”,持续压减非急需非刚性支出。',
    });
  });
  it('ends the text at the next element with an id, such as the heading of the 适用条件 after it', () => {
    const data = fragment({
      heading: '(十六)装修补贴',
      text: '(十六)装修补贴。按实际装修面积给予150元/平方米的装修补贴。',
      facts: '适用条件 具备以下条件之一的可以入驻',
    });
    data.anchors.splice(1, 0, { id: 'conditions-h', location: data.anchors[1]!.location });
    data.anchors[2]!.location += 2;
    expect(measureTextOf(data)?.text).toBe('(十六)装修补贴。按实际装修面积给予150元/平方米的装修补贴。');
  });
  it('keeps a traditional text as printed, and its folded copy for matching', () => {
    const data = fragment({
      heading: '3.',
      text: '繼續實施失業保險穩崗返還政策。',
      folded: '继续实施失业保险稳岗返还政策。',
      facts: '未写明',
    });
    expect(measureTextOf(data)).toEqual({ text: '繼續實施失業保險穩崗返還政策。', folded: '继续实施失业保险稳岗返还政策。' });
  });
  it('gives back escaped characters as they were, and null for a page without the anchors', () => {
    expect(measureTextOf(fragment({ heading: 'x', text: '<script>不执行</script>', facts: '' }))?.text).toBe('<script>不执行</script>');
    expect(measureTextOf({ raw_content: '市人民政府', anchors: [] })).toBeNull();
  });
});

describe('excerptHtml', () => {
  const text =
    '对参保企业上年度未裁员或裁员率不高于5.5%的，给予失业保险稳岗返还；大型企业稳岗返还比例由30%提高至50%，社保系统升级后及时补发。';
  const plain = (html: string) => html.replace(/<\/?mark>/g, '');
  it('marks whole terms, every time they occur', () => {
    expect(excerptHtml({ text, folded: text }, ['稳岗返还'])).toContain('<mark>稳岗返还</mark>比例');
    const first = text.indexOf('稳岗返还');
    const second = text.indexOf('稳岗返还', first + 1);
    // 返还 inside 稳岗返还 is not marked again.
    expect(termSpans(text, ['稳岗返还', '返还'])).toEqual([
      { start: first, end: first + 4 },
      { start: second, end: second + 4 },
    ]);
  });
  it('starts at a clause boundary before the first term, with an ellipsis', () => {
    const html = excerptHtml({ text, folded: text }, ['社保系统'], 40);
    expect(plain(html)).toBe('…社保系统升级后及时补发。');
  });
  it('marks a traditional text where its folded copy matches', () => {
    const printed = '繼續實施失業保險穩崗返還政策。';
    expect(excerptHtml({ text: printed, folded: '继续实施失业保险稳岗返还政策。' }, ['稳岗返还'])).toBe(
      '繼續實施失業保險<mark>穩崗返還</mark>政策。',
    );
  });
  it('opens the text when the only hits are in the agency tag at its end', () => {
    const tagged = '118.充分发挥财政监管和审计监督作用。(牵头单位:市财政局、市审计局,责任单位:市政府有关部门)';
    expect(excerptHtml({ text: tagged, folded: tagged }, ['财政局'], 20)).toBe('118.充分发挥财政监管和审计监督作用。…');
  });
  it('escapes the text', () => {
    expect(excerptHtml({ text: '<b>补贴</b>', folded: '<b>补贴</b>' }, ['补贴'])).toBe('&lt;b&gt;<mark>补贴</mark>&lt;/b&gt;');
  });
  it('is about EXCERPT_WIDTH characters', () => {
    const long = '加快推进'.repeat(60);
    expect(plain(excerptHtml({ text: long, folded: long }, [])).length).toBe(EXCERPT_WIDTH + 1);
  });
});

describe('remarkExcerpt', () => {
  it('marks whole terms in Pagefind’s excerpt instead of its characters, from the first clause boundary', () => {
    expect(remarkExcerpt('领导小组。<mark>稳</mark><mark>岗</mark>返还&lt;政策', ['稳岗返还'])).toBe('…<mark>稳岗返还</mark>&lt;政策');
  });
});
