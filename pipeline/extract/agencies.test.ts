import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencySlug, fullAgencyName, isGroupReference, parseAgencyRegistry, resolveAgency, splitAgencyNames } from './agencies.ts';

const registry = parseAgencyRegistry(readFileSync('content/agencies.yaml', 'utf8'), 'content/agencies.yaml');
const names = (raw: string) => splitAgencyNames(raw).map((p) => p.name);

describe('splitAgencyNames', () => {
  it('splits on 、 and full-width commas', () => {
    expect(names('市财政局、市中小担公司，相关金融机构')).toEqual(['市财政局', '市中小担公司', '相关金融机构']);
  });
  it('joins a name wrapped inside the cell (line 86: 市直⏎相关部门)', () => {
    expect(names('人行钟祥支行、市直\n相关部门')).toEqual(['人行钟祥支行', '市直相关部门']);
  });
  it('splits names stacked one per line (line 114: 市发改局⏎市人社局⏎市卫健局等)', () => {
    const parts = splitAgencyNames('市发改局\n市人社局\n市卫健局等');
    expect(parts.map((p) => p.name)).toEqual(['市发改局', '市人社局', '市卫健局']);
    expect(parts.map((p) => p.etc)).toEqual([false, false, true]);
  });
  it('reads 等 as “and others”, not part of the name', () => {
    expect(splitAgencyNames('市民政局、市人社局、市退役军人局等').at(-1)).toEqual({ name: '市退役军人局', etc: true });
  });
});

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
  });
  it('makes ASCII pinyin slugs', () => {
    expect(agencySlug('市发改局')).toBe('fagaiju');
    expect(agencySlug('市市场监管局')).toBe('shichangjianguanju');
    expect(agencySlug('市直相关部门')).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('named agency with a group (天门 方案: 岳口镇等有关乡镇)', () => {
  it('keeps the named township and turns the rest into a group reference', () => {
    expect(splitAgencyNames('市住建局,岳口镇等有关乡镇')).toEqual([
      { name: '市住建局', etc: false },
      { name: '岳口镇', etc: true },
      { name: '有关乡镇', etc: false },
    ]);
    expect(resolveAgency(registry, 'tianmen', '有关乡镇').type).toBe('group');
  });
  it('maps 天门 abbreviations to the full department name', () => {
    expect(resolveAgency(registry, 'tianmen', '市市场监管局')).toMatchObject({ canonical: '市市场监督管理局' });
    expect(resolveAgency(registry, 'tianmen', '市文旅局')).toMatchObject({ canonical: '市文化和旅游局' });
  });
});
