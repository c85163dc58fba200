import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../schema.ts';
import { ancestry, parseLocalPlaces } from './jurisdictions.ts';

describe('parseLocalPlaces (content/jurisdictions.yaml)', () => {
  it('reads the bundled file: no additions, 潜江市 pinned to qianjiang', () => {
    const local = parseLocalPlaces(readFileSync('content/jurisdictions.yaml', 'utf8'), 'content/jurisdictions.yaml');
    expect(local.additions).toEqual([]);
    expect(local.ids.map((o) => [o.code, o.name, o.id])).toEqual([['429005', '潜江市', 'qianjiang']]);
    expect(local.ids[0]!.line).toBeGreaterThan(1);
  });
  it('accepts an empty file or an empty list', () => {
    expect(parseLocalPlaces('# nothing yet\n', 'j.yaml')).toMatchObject({ additions: [], ids: [] });
    expect(parseLocalPlaces('additions: []\n', 'j.yaml').additions).toEqual([]);
  });
  it('keeps the line of each entry', () => {
    const text = `additions:\n  - { id: a-qu, name: 甲开发区, level: county, parent: 天门市 }\n\n  - id: b-qu\n    name: 乙开发区\n    level: county\n    parent: 天门市\n`;
    expect(parseLocalPlaces(text, 'j.yaml').additions.map((a) => [a.id, a.line])).toEqual([
      ['a-qu', 2],
      ['b-qu', 4],
    ]);
  });
  it('names file and line of a YAML syntax error', () => {
    expect(() => parseLocalPlaces('additions:\n  - { id: a-qu, name: 甲\n', 'j.yaml')).toThrow(/^j\.yaml:\d+: invalid YAML/);
  });
  it('names the line of a missing field, an unknown field and a bad id', () => {
    expect(() => parseLocalPlaces('additions:\n  - { id: a-qu, name: 甲开发区, level: county }\n', 'j.yaml')).toThrow(
      /^j\.yaml:2: additions\.0\.parent: missing required field/,
    );
    expect(() =>
      parseLocalPlaces('additions:\n  - { id: a-qu, name: 甲开发区, level: county, parent: 天门市, code: "1" }\n', 'j.yaml'),
    ).toThrow(/^j\.yaml:2: additions\.0: unknown field "code"/);
    expect(() => parseLocalPlaces('additions:\n\n  - { id: 甲, name: 甲开发区, level: county, parent: 天门市 }\n', 'j.yaml')).toThrow(
      /^j\.yaml:3: additions\.0\.id: slug must be lowercase ASCII/,
    );
    expect(() => parseLocalPlaces('ids:\n  - { code: "42", name: 潜江市, id: qianjiang, reason: x }\n', 'j.yaml')).toThrow(
      /^j\.yaml:2: ids\.0\.code: code must be a six-digit GB\/T 2260 code/,
    );
  });
  it('refuses the old hand-written list (every place by hand), pointing at line 1', () => {
    expect(() =>
      parseLocalPlaces('- { id: hubei, name: 湖北省, shortName: 湖北, level: province, parent: zhongyang }\n', 'j.yaml'),
    ).toThrow(/^j\.yaml:1: /);
  });
});

describe('ancestry', () => {
  const j = (id: string, parent: string | null): Jurisdiction => ({
    id,
    name: id,
    shortName: id,
    level: 'county',
    parent,
    code: null,
    url: `/places/${id}/`,
  });
  it('gives the chain from the top down', () => {
    expect(ancestry([j('a', null), j('b', 'a'), j('c', 'b')], 'c').map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('stops at a cycle instead of looping', () => {
    expect(ancestry([j('a', 'b'), j('b', 'a')], 'a').map((x) => x.id)).toEqual(['b', 'a']);
  });
});
