import { describe, expect, it } from 'vitest';
import { escapeHtml, html, partsHtml, trusted } from './html.ts';

describe('html``', () => {
  it('escapes interpolated text, attributes included', () => {
    const title = '<script>alert("x")</script>';
    expect(html`<a href="${'/s/?a=1&b="2"'}">${title}</a>`.value).toBe(
      '<a href="/s/?a=1&amp;b=&quot;2&quot;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</a>',
    );
    expect(escapeHtml("&'")).toBe('&amp;&#39;');
  });
  it('inserts nested templates and trusted markup as they are, lists joined, nothing for false and null', () => {
    const items = ['甲', '<乙>'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}${false}${null}${undefined}</ul>${trusted('<mark>补贴</mark>')}${3}`.value).toBe(
      '<ul><li>甲</li><li>&lt;乙&gt;</li></ul><mark>补贴</mark>3',
    );
  });
  it('renders a message with links and code, escaping every piece', () => {
    expect(
      partsHtml([
        { kind: 'text', text: '搜 <b>' },
        { kind: 'link', text: '1000元', href: '/search/?q=1000%E5%85%83&a="' },
        { kind: 'code', text: '/docs/<id>/' },
      ]).value,
    ).toBe('搜 &lt;b&gt;<a href="/search/?q=1000%E5%85%83&amp;a=&quot;">1000元</a><code>/docs/&lt;id&gt;/</code>');
  });
});
