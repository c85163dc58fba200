import { describe, expect, it } from 'vitest';
import { formatParts, translator } from './translate.ts';

const t = translator({
  count: '{what}找到 {count} 条结果',
  footer: '原文中的错漏照录，并在[数据质量](/quality/)页列出。',
  path: '永久链接形如 `/docs/文件标识/条目/`。',
  tip: '只按金额搜索：[{q}]({href})（{count} 条）',
  plain: '搜索',
} as const);

describe('translator', () => {
  it('fills placeholders', () => {
    expect(t('count', { what: '“补贴”', count: 63 })).toBe('“补贴”找到 63 条结果');
    expect(t('plain')).toBe('搜索');
  });
  it('reads links and code, and gives their text as plain text', () => {
    expect(t.parts('footer')).toEqual([
      { kind: 'text', text: '原文中的错漏照录，并在' },
      { kind: 'link', text: '数据质量', href: '/quality/' },
      { kind: 'text', text: '页列出。' },
    ]);
    expect(t('footer')).toBe('原文中的错漏照录，并在数据质量页列出。');
    expect(t.parts('path')[1]).toEqual({ kind: 'code', text: '/docs/文件标识/条目/' });
  });
  it('keeps a value that holds markup as text (params are filled after the markup is read)', () => {
    expect(t.parts('tip', { q: '[x](/y/) `z`', href: '/search/?q=500%E5%85%83', count: 2 })).toEqual([
      { kind: 'text', text: '只按金额搜索：' },
      { kind: 'link', text: '[x](/y/) `z`', href: '/search/?q=500%E5%85%83' },
      { kind: 'text', text: '（2 条）' },
    ]);
  });
  it('refuses a missing value or an unknown key', () => {
    expect(() => t.partsOf('count', { what: 'x' })).toThrow('t("count"): no value for {count}');
    expect(() => t.partsOf('nope' as never)).toThrow('t("nope"): no such message');
    expect(formatParts('k', '')).toEqual([]);
  });
});
