import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThesaurus, THESAURUS_DOMAINS, THESAURUS_FILE } from './thesaurusFile.ts';

const parse = (yaml: string) => () => parseThesaurus(yaml, 'thesaurus.yaml');
const entry = (official: string, everyday: string, extra = '') =>
  `- official: ${official}\n  everyday: [${everyday}]\n  domain: environment\n  reason: 预案“重污染天气预警”\n  source: corpus\n${extra}`;

describe('content/thesaurus.yaml', () => {
  const entries = parseThesaurus(readFileSync(THESAURUS_FILE, 'utf8'), THESAURUS_FILE);
  it('holds at least 150 everyday → official pairs, across the domains the issue names', () => {
    expect(entries.reduce((n, e) => n + e.everyday.length, 0)).toBeGreaterThanOrEqual(150);
    for (const domain of ['employment', 'housing', 'business', 'tax', 'social-insurance', 'environment', 'agriculture', 'consumption'])
      expect(entries.filter((e) => e.domain === domain).length, domain).toBeGreaterThanOrEqual(5);
    expect(new Set(entries.map((e) => e.domain))).toEqual(new Set(THESAURUS_DOMAINS));
  });
  it('maps the words of the issue: 空气污染 → 重污染天气, 找工作 → 就业, 开店 → 个体工商户', () => {
    const officialOf = (w: string) => entries.find((e) => e.everyday.includes(w))?.official;
    expect(officialOf('空气污染')).toBe('重污染天气');
    expect(officialOf('找工作')).toBe('就业');
    expect(officialOf('开店')).toBe('个体工商户');
    expect(officialOf('劳动局')).toBe('人社局');
  });
  it('gives every entry a reason and the line it starts on', () => {
    const first = entries[0]!;
    expect(first.official).toBe('就业');
    expect(readFileSync(THESAURUS_FILE, 'utf8').split('\n')[first.line - 1]).toBe('- official: 就业');
  });
});

describe('errors name the file and the line of the entry', () => {
  it('an everyday word under two entries', () => {
    expect(parse(entry('重污染天气', '雾霾') + entry('扬尘', '灰尘, 雾霾'))).toThrow(
      'thesaurus.yaml:6: everyday word “雾霾” is already listed (line 1)',
    );
  });
  it('an everyday word that is another entry’s official term', () => {
    expect(parse(entry('重污染天气', '雾霾') + entry('扬尘', '重污染天气'))).toThrow(
      'thesaurus.yaml:6: everyday word “重污染天气” is the official term of line 1',
    );
  });
  it('a word in traditional characters or full-width letters', () => {
    expect(parse(entry('穩崗返還', '稳岗补贴'))).toThrow(
      'thesaurus.yaml:1: “穩崗返還” must be written in simplified, half-width form: “稳岗返还”',
    );
  });
  it('an everyday word inside its own official term, which finds nothing more', () => {
    expect(parse(entry('重污染天气', '污染天'))).toThrow(
      'thesaurus.yaml:1: everyday word “污染天” is part of the official term “重污染天气” and adds nothing',
    );
  });
  it('a field the schema does not know, or a domain it does not list', () => {
    expect(parse(entry('重污染天气', '雾霾', '  note: x\n'))).toThrow('thesaurus.yaml:6: 0: unknown field "note"');
    expect(parse(entry('重污染天气', '雾霾').replace('environment', 'weather'))).toThrow(/thesaurus\.yaml:3: 0\.domain: Invalid option/);
  });
  it('a word of one character, or a sentence', () => {
    expect(parse(entry('重污染天气', '霾'))).toThrow(/thesaurus\.yaml:2: 0\.everyday\.0: must be 2–8 characters/);
  });
  it('YAML that does not parse', () => {
    expect(parse('- official: [\n')).toThrow(/thesaurus\.yaml:\d+: invalid YAML/);
  });
});
