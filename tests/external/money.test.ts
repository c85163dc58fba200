// Our money and numeral grammar against the test suites of two independent projects,
// JioNLP (parse_money, extract_money) and cn2an (cn2an, an2cn, transform), transcribed as
// data in jionlp.json and cn2an.json (source, commit, files and licence in each header),
// and against our own policy-text cases (policy.json).
//
// Every in-scope case must pass; out-of-scope cases are listed in the data with a reason.
// Every money case is also run through both paths — the text extractor and the search
// box's query parser — which must agree on value, range and currency.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAmounts } from '../../pipeline/extract/amounts.ts';
import { parseAmountQuery } from '../../pipeline/grammar/moneyQuery.ts';
import { digitSequence, parseNumeral } from '../../pipeline/grammar/numerals.ts';
import { extractPercentages } from '../../pipeline/grammar/percent.ts';
import { QUALIFIER_BOUND } from '../../pipeline/grammar/qualifiers.ts';
import type { Currency } from '../../pipeline/grammar/currency.ts';

const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T;

interface Source {
  repository?: string;
  commit?: string;
  files: string[];
  licence?: string;
}
interface MoneyExpect {
  value: number;
  valueMax: number | null;
  currency: Currency;
  vague: boolean;
  bound?: 'lower' | 'upper' | 'approximate';
}
type Scoped<T> = ({ scope: 'in'; expect: T } | { scope: 'out'; reason: string }) & { differs?: string };
type ParseCase = Scoped<MoneyExpect | { unsure: string }> & { input: string; file: string; paths?: Array<'text' | 'query'> };
interface Entity {
  figure: string;
  offset: number;
  value?: number;
  currency?: Currency;
  scope?: 'out';
  reason?: string;
}
type ExtractCase = Scoped<Entity[]> & { input: string; file: string };
type Cn2anCase = Scoped<number | string | { value: number; currency: Currency } | null> & {
  kind: 'numeral' | 'digits' | 'money' | 'percent';
  input: string;
  file: string;
  from: string;
};
interface PolicyCase {
  line: string;
  passage: string;
  figures: Array<{ figure: string; value: number; valueMax?: number; currency: Currency }>;
  unsure?: string[];
}

const jionlp = load<{ source: Source; parse: ParseCase[]; extract: ExtractCase[] }>('./jionlp.json');
const cn2an = load<{ source: Source; cases: Cn2anCase[] }>('./cn2an.json');
const policy = load<{ source: Source; cases: PolicyCase[] }>('./policy.json');

const inScope = <C extends { scope: 'in' | 'out' }>(cases: C[]) => cases.filter((c): c is Extract<C, { scope: 'in' }> => c.scope === 'in');

describe('the data files', () => {
  it('name their source, commit, files and licence', () => {
    for (const { source } of [jionlp, cn2an]) {
      expect(source.repository).toMatch(/^[\w-]+\/[\w-]+$/);
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(source.files.length).toBeGreaterThan(0);
      expect(source.licence).toMatch(/Apache-2\.0|MIT/);
    }
  });

  it('give a reason for every case out of scope and for every expectation that departs from theirs', () => {
    const all = [...jionlp.parse, ...jionlp.extract, ...cn2an.cases];
    for (const c of all) {
      if (c.scope === 'out') expect(c.reason.length, c.input).toBeGreaterThan(10);
      if (c.differs !== undefined) expect(c.differs.length, c.input).toBeGreaterThan(10);
    }
    expect(inScope(jionlp.parse).length).toBeGreaterThanOrEqual(40);
    expect(inScope(cn2an.cases).length).toBeGreaterThanOrEqual(200);
  });

  it('holds our own cases verbatim from the sources', () => {
    const sources = policy.source.files.map((f) => readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8')).join('\n');
    for (const c of policy.cases) expect(sources.includes(c.passage), c.passage).toBe(true);
  });
});

/** The one amount the text extractor reads in a whole money expression. */
function readOne(input: string) {
  const { amounts, unsure } = readAmounts(input);
  return { amounts, unsure };
}

describe('JioNLP parse_money', () => {
  it.each(inScope(jionlp.parse).map((c) => [c.input, c] as const))('%s', (input, c) => {
    const paths = c.paths ?? ['text', 'query'];
    const e = c.expect;
    if ('unsure' in e) {
      const { amounts, unsure } = readOne(input);
      expect(amounts).toEqual([]);
      expect(unsure.map((u) => u.reason)).toEqual([e.unsure]);
      expect(parseAmountQuery(input)).toBeNull();
      return;
    }
    if (paths.includes('text')) {
      const { amounts, unsure } = readOne(input);
      expect(unsure).toEqual([]);
      expect(amounts).toHaveLength(1);
      const a = amounts[0]!;
      expect({ value: a.value, valueMax: a.valueMax, currency: a.currency, vague: a.vague }).toEqual({
        value: e.value,
        valueMax: e.valueMax,
        currency: e.currency,
        vague: e.vague,
      });
      if (e.bound) expect(a.qualifier && QUALIFIER_BOUND[a.qualifier]).toBe(e.bound);
      else if (!e.vague) expect(a.qualifier).toBeNull();
    }
    if (paths.includes('query')) {
      const q = parseAmountQuery(input);
      expect(q && { value: q.value, valueMax: q.valueMax, currency: q.currency, vague: q.vague }).toEqual({
        value: e.value,
        valueMax: e.valueMax,
        currency: e.currency,
        vague: e.vague,
      });
    }
  });
});

describe('JioNLP extract_money', () => {
  it.each(inScope(jionlp.extract).map((c) => [c.input, c] as const))('%s', (input, c) => {
    const wanted = c.expect.filter((x) => x.scope !== 'out');
    const { amounts } = readAmounts(input);
    expect(amounts.map((a) => ({ figure: a.figure, offset: a.offset }))).toEqual(
      wanted.map((x) => ({ figure: x.figure, offset: x.offset })),
    );
    wanted.forEach((x, i) => {
      if (x.value !== undefined) expect(amounts[i]!.value).toBe(x.value);
      if (x.currency !== undefined) expect(amounts[i]!.currency).toBe(x.currency);
    });
  });
});

describe('cn2an', () => {
  it.each(inScope(cn2an.cases).map((c) => [`${c.kind} ${c.input} (${c.from})`, c] as const))('%s', (_label, c) => {
    switch (c.kind) {
      case 'numeral':
        expect(parseNumeral(c.input)).toBe(c.expect);
        break;
      case 'digits': {
        const seq = digitSequence(c.input);
        if (typeof c.expect === 'string') expect(seq).toBe(c.expect);
        else expect(seq === null ? null : Number(seq)).toBe(c.expect);
        break;
      }
      case 'money': {
        const e = c.expect as { value: number; currency: Currency };
        const { amounts, unsure } = readAmounts(c.input);
        expect(unsure).toEqual([]);
        expect(amounts.map((a) => [a.value, a.currency])).toEqual([[e.value, e.currency]]);
        const figure = amounts[0]!.figure;
        const q = parseAmountQuery(figure);
        expect(q && [q.value, q.currency]).toEqual([e.value, e.currency]);
        break;
      }
      case 'percent':
        expect(extractPercentages(c.input).map((p) => p.value)).toEqual([c.expect]);
        break;
    }
  });
});

describe('our policy texts', () => {
  it.each(policy.cases.map((c) => [`${c.line} ${c.passage}`, c] as const))('%s', (_label, c) => {
    const { amounts, unsure } = readAmounts(c.passage);
    expect(amounts.map((a) => ({ figure: a.figure, value: a.value, valueMax: a.valueMax, currency: a.currency }))).toEqual(
      c.figures.map((f) => ({ figure: f.figure, value: f.value, valueMax: f.valueMax ?? null, currency: f.currency })),
    );
    expect(unsure.map((u) => u.figure)).toEqual(c.unsure ?? []);
  });
});

describe('the text extractor and the search box agree', () => {
  // Every money case: the extractor's reading of the text, and the query parser's reading
  // of the figure as printed, must be the same value, range and currency.
  const texts = [
    ...inScope(jionlp.parse)
      .filter((c) => !c.paths || c.paths.includes('text'))
      .map((c) => c.input),
    ...inScope(jionlp.extract).map((c) => c.input),
    ...inScope(cn2an.cases)
      .filter((c) => c.kind === 'money')
      .map((c) => c.input),
    ...policy.cases.map((c) => c.passage),
  ];

  it('has cases from every suite', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it.each(texts)('%s', (text) => {
    for (const a of readAmounts(text).amounts) {
      // A bare 亿元 is money only in the idiom 亿元以上 (亿元以上项目), so that is what a reader types.
      const typed = /^[万亿]元$/.test(a.figure) ? text.slice(a.offset, a.offset + a.figure.length + 2) : a.figure;
      const q = parseAmountQuery(typed);
      expect(q, a.figure).not.toBeNull();
      expect({ value: q!.value, valueMax: q!.valueMax, currency: q!.currency, vague: q!.vague }, a.figure).toEqual({
        value: a.value,
        valueMax: a.valueMax,
        currency: a.currency,
        vague: a.vague,
      });
    }
  });
});
