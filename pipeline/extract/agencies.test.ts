import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencySlug, fullAgencyName, isGroupReference, parseAgencyRegistry, resolveAgency } from './agencies.ts';

const registry = parseAgencyRegistry(readFileSync('content/agencies.yaml', 'utf8'), 'content/agencies.yaml');
describe('resolveAgency', () => {
  it('finds a canonical agency in its jurisdiction', () => {
    expect(resolveAgency(registry, 'zhongxiang', '市财政局')).toMatchObject({ type: 'agency', canonical: '市财政局', slug: 'caizhengju' });
  });
  it('maps a typo alias to its agency and keeps the reason', () => {
    const r = resolveAgency(registry, 'zhongxiang', '人行市钟祥支行');
    expect(r).toMatchObject({ type: 'agency', canonical: '人行钟祥支行', slug: 'renhang-zhongxiang-zhihang' });
    expect(r.type === 'agency' && r.alias?.reason).toMatch(/笔误/);
  });
  it('keeps group references apart from agencies', () => {
    for (const g of ['相关金融机构', '市直相关部门', '各乡镇办场', '市直有关单位', '各平台公司']) {
      expect(isGroupReference(g, registry), g).toBe(true);
    }
    expect(resolveAgency(registry, 'zhongxiang', '相关金融机构').type).toBe('group');
  });
  it('finds a traditional-character name through its simplified form', () => {
    expect(resolveAgency(registry, 'zhongxiang', '市財政局')).toMatchObject({ type: 'agency', canonical: '市财政局' });
  });
  it('reports a name it does not know instead of dropping it', () => {
    expect(resolveAgency(registry, 'zhongxiang', '市气象局')).toEqual({
      type: 'unknown',
      canonical: '市气象局',
      slug: 'qixiangju',
      known: false,
    });
  });
  it('does not confuse jurisdictions: a 天门 name is not looked up among 钟祥 agencies', () => {
    expect(resolveAgency(registry, 'tianmen', '人行钟祥支行').type).toBe('unknown');
  });
});

describe('names and slugs', () => {
  it('qualifies 市财政局 by the jurisdiction of the document', () => {
    expect(fullAgencyName('市财政局', '钟祥市', '钟祥')).toBe('钟祥市财政局');
    expect(fullAgencyName('市财政局', '天门市', '天门')).toBe('天门市财政局');
    expect(fullAgencyName('人行钟祥支行', '钟祥市', '钟祥')).toBe('人行钟祥支行');
    expect(fullAgencyName('区发改局', '立山区', '立山')).toBe('立山区发改局');
    expect(fullAgencyName('市委人才办', '天门市', '天门')).toBe('天门市委人才办');
  });
  it('makes ASCII pinyin slugs', () => {
    expect(agencySlug('市发改局')).toBe('fagaiju');
    expect(agencySlug('市市场监管局')).toBe('shichangjianguanju');
    expect(agencySlug('市直相关部门')).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('parseAgencyRegistry: every fault with its line', () => {
  const file = (body: string) => `groups:\n  - 相关金融机构\n  - 市直相关部门\njurisdictions:\n  zhongxiang:\n${body}`;
  const parse = (body: string) => () => parseAgencyRegistry(file(body), 'a.yaml');
  it('an alias equal to a group reference: that group’s measures would silently go to the agency', () => {
    expect(
      parse(
        '    - { name: 市财政局, kind: government-department }\n    - name: 人行钟祥支行\n      kind: central-bank-branch\n      aliases:\n        - { name: 相关金融机构, reason: 笔误的简称 }\n',
      ),
    ).toThrow(/^a\.yaml:10: zhongxiang: alias "相关金融机构" of 人行钟祥支行 is the group reference listed at line 2/);
  });
  it('an alias that the grammar reads as a group (各有关部门)', () => {
    expect(
      parse('    - name: 市财政局\n      kind: government-department\n      aliases: [{ name: 市直各有关部门, reason: 随手写的 }]\n'),
    ).toThrow(/^a\.yaml:8: zhongxiang: alias "市直各有关部门" of 市财政局 reads as a group reference/);
  });
  it('an alias equal to another agency', () => {
    expect(
      parse(
        '    - { name: 市财政局, kind: government-department }\n    - name: 市税务局\n      kind: regulator-branch\n      aliases:\n        - { name: 市财政局, reason: 复制时写错 }\n',
      ),
    ).toThrow(/^a\.yaml:10: zhongxiang: alias "市财政局" of 市税务局 is already the agency 市财政局 \(line 6\)/);
  });
  it('two agencies with the same slug', () => {
    expect(parse('    - { name: 市财政局, kind: government-department }\n    - { name: 市財政局, kind: government-department }\n')).toThrow(
      /^a\.yaml:7: zhongxiang: 市財政局 and 市财政局 \(line 6\) both get the slug "caizhengju"/,
    );
  });
  it('a YAML syntax error or a bad value names file and line, never a stack trace', () => {
    expect(parse('    - { name: 市财政局, kind: government-department\n')).toThrow(/^a\.yaml:\d+: invalid YAML/);
    expect(parse('    - { name: 市财政局, kind: ministry }\n')).toThrow(/^a\.yaml:6: jurisdictions\.zhongxiang\.0\.kind: /);
    expect(parse('    - { name: 市财政局, kind: government-department, note: x }\n')).toThrow(
      /^a\.yaml:6: jurisdictions\.zhongxiang\.0: unknown field "note"/,
    );
  });
});
