// The dictionary is the one place for reader-facing text: every key is used somewhere, and
// no page, component or script under src/ writes Chinese text of its own. Sources are
// parsed (tests/support/uiText.ts), so comments and regular expressions are not text, and
// the Chinese that is data rather than wording is allowed one string at a time, with why.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AgencyKind, DocumentKind } from '../../pipeline/schema.ts';
import { AMOUNT_KINDS } from '../../pipeline/grammar/amountKind.ts';
import { CURRENCIES } from '../../pipeline/grammar/currency.ts';
import { QUALIFIERS } from '../../pipeline/grammar/qualifiers.ts';
import { inlineChinese, stringsIn } from '../../tests/support/uiText.ts';
import { ANOMALY_CODES } from '../../pipeline/anomalies.ts';
import { anomalyLabel } from './labels.ts';
import { clientMessages, t, zhCN, CLIENT_PREFIXES } from './zh-CN.ts';

const DICTIONARY = 'src/i18n/zh-CN.ts';
const sources = globSync('src/**/*.{ts,astro}')
  .filter((f) => !f.endsWith('.test.ts') && f !== DICTIONARY)
  .sort()
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** Chinese in src/ that is data, not wording: [file, the string as written, why]. */
const DATA: Array<[string, string, string]> = [
  ['src/lib/text.ts', '${…}万亿${…}', 'money grammar: the magnitude is part of the figure (1.5万亿元), as the ingest reads it'],
  ['src/lib/text.ts', '${…}亿${…}', 'money grammar'],
  ['src/lib/text.ts', '${…}万${…}', 'money grammar'],
  ['src/lib/format.ts', '${…}年${…}月${…}日', 'date grammar: 2022年12月31日 is how the sources print a date'],
  ['src/lib/format.ts', '${…}年${…}月', 'date grammar'],
  ['src/lib/format.ts', '${…}年', 'date grammar'],
  ['src/search/engine.ts', '市${…}', 'agency-name grammar: 财政局 typed for 市财政局'],
  ['src/search/state.ts', '地区', 'URL parameter of links shared before the ASCII names (frozen)'],
  ['src/search/state.ts', '文件', 'old URL parameter (frozen)'],
  ['src/search/state.ts', '牵头单位', 'old URL parameter (frozen)'],
  ['src/search/state.ts', '完成时限', 'old URL parameter (frozen)'],
  ['src/search/state.ts', '金额', 'old URL parameter (frozen)'],
  ['src/search/state.ts', '有金额', 'old URL value of the amount filter (frozen)'],
  ['src/search/state.ts', '无金额', 'old URL value of the amount filter (frozen)'],
];

describe('UI text lives in the dictionary', () => {
  it('finds the source files it checks', () => {
    expect(sources.length).toBeGreaterThan(40);
    expect(sources.some((s) => s.file.endsWith('.astro'))).toBe(true);
  });

  it('no .astro or .ts file under src/ writes Chinese text outside the dictionary', () => {
    const found = sources.flatMap(({ file, text }) =>
      inlineChinese(file, text)
        .filter((s) => !DATA.some(([f, allowed]) => f === file && allowed === s.text))
        .map((s) => `${file}:${s.line}: ${s.kind} ${JSON.stringify(s.text)}`),
    );
    expect(found).toEqual([]);
  });

  it('allows each piece of data only where it still is', () => {
    const stale = DATA.filter(([file, allowed]) => {
      const source = sources.find((s) => s.file === file);
      return !source || !inlineChinese(file, source.text).some((s) => s.text === allowed);
    });
    expect(stale).toEqual([]);
  });

  it('sees text, attributes, expressions and identifiers, and not comments or regular expressions', () => {
    const astro = [
      '---',
      'const a = /年/; // 注释',
      'const b = { 有金额: 1 };',
      '---',
      '<!-- 评论 -->',
      '<p title="标题" data-x={`模板${a}`}>正文{\'串\'}</p>',
    ].join('\n');
    expect(inlineChinese('x.astro', astro).map((s) => [s.kind, s.text])).toEqual([
      ['identifier', '有金额'],
      ['attribute', '标题'],
      ['template', '模板${…}'],
      ['text', '正文'],
      ['string', '串'],
    ]);
    const ts = "/** 说明 */\nconst r = /万元/;\nconst s = '文字';\nconst u = `第${1}行`; // 注释";
    expect(inlineChinese('x.ts', ts).map((s) => [s.kind, s.text, s.line])).toEqual([
      ['string', '文字', 3],
      ['template', '第${…}行', 4],
    ]);
  });
});

describe('the dictionary', () => {
  // A key is used when a source names it as a string (t('site.name'), k="site.name"), or
  // builds it in a template whose literal start names its family (t(`agencyKind.${kind}`));
  // the families are checked against their enums below.
  const strings = sources.flatMap(({ file, text }) => stringsIn(file, text).map((s) => s.text));
  const patterns = strings
    .filter((s) => s.includes('${…}') && /^[a-zA-Z]+\./.test(s))
    .map(
      (s) =>
        new RegExp(
          `^${s
            .split('${…}')
            .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.+')}$`,
        ),
    );
  const used = (key: string) => strings.includes(key) || patterns.some((p) => p.test(key));

  it('uses every key', () => {
    expect(Object.keys(zhCN).filter((k) => !used(k))).toEqual([]);
  });

  it('has a label for every agency kind, document kind, amount kind, currency and qualifier of the schema, and no other', () => {
    const family = (prefix: string) =>
      Object.keys(zhCN)
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length))
        .sort();
    expect(family('agencyKind.')).toEqual([...AgencyKind.options].sort());
    expect(family('documentKind.')).toEqual([...DocumentKind.options].sort());
    expect(family('amountKind.')).toEqual([...AMOUNT_KINDS].sort());
    expect(family('amountKindMeaning.')).toEqual([...AMOUNT_KINDS].sort());
    expect(family('currency.')).toEqual([...CURRENCIES].sort());
    expect(family('qualifier.')).toEqual([...QUALIFIERS].sort());
  });

  it('names every anomaly code of the registry in Chinese', () => {
    const unnamed = ANOMALY_CODES.filter(
      (code) => !/^[\u4e00-\u9fffA-Za-z]/.test(anomalyLabel(code)) || !/[\u4e00-\u9fff]/.test(anomalyLabel(code)),
    );
    expect(unnamed).toEqual([]);
  });

  it('formats its messages with placeholders, links and code (see translate.test.ts)', () => {
    expect(t('common.documentsCount', { count: 6 })).toBe('6 份文件');
    expect(t.parts('notFound.docs')).toEqual([
      { kind: 'link', text: '全部文件', href: '/docs/' },
      { kind: 'text', text: '：每份文件的全文，逐条编号' },
    ]);
    expect(t.parts('notFound.lede').at(-2)).toEqual({ kind: 'code', text: '/docs/文件标识/条目/' });
  });

  it('hands the search client exactly the messages under its prefixes', () => {
    const keys = Object.keys(clientMessages());
    expect(keys).toContain('search.status.found');
    expect(keys).toContain('facet.place');
    expect(keys.every((k) => CLIENT_PREFIXES.some((p) => k.startsWith(p)))).toBe(true);
    expect(keys).not.toContain('site.name');
  });
});
