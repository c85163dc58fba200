import { describe, expect, it } from 'vitest';
import { createPlaceRegistry } from '../../pipeline/sources/places.ts';
import { bundlePath, planBundles, provinceOrder } from './bundles.ts';

const places = createPlaceRegistry().byId;
// The two seed documents and a copy of each at a place of another province.
const docs = [
  { id: 'zhongxiang-2022-wenzhu-jingji-qingdan', jurisdiction: 'zhongxiang', measureCount: 300 },
  { id: 'tianzhengbanfa-2023-1', jurisdiction: 'tianmen', measureCount: 40 },
  { id: 'zhongxiang-2022-wenzhu-jingji-qingdan-x1', jurisdiction: 'beijing-dongcheng', measureCount: 300 },
  { id: 'shizhengbanfa-2023-1', jurisdiction: 'xiantao', measureCount: 40 },
];

describe('planBundles', () => {
  it('keeps a corpus below the limit in one bundle at /pagefind/', () => {
    expect(planBundles(docs, provinceOrder(places), 20_000)).toEqual([
      { path: '/pagefind/', documents: expect.arrayContaining(docs.map((d) => d.id)), pages: 684 },
    ]);
  });
  it('splits a larger one into bundles of whole documents, a province’s together (北京 before 湖北, by code)', () => {
    const bundles = planBundles(docs, provinceOrder(places), 400);
    expect(bundles.map((b) => b.path)).toEqual(['/pagefind/', '/pagefind-2/']);
    expect(bundles[0]!.documents).toEqual(['zhongxiang-2022-wenzhu-jingji-qingdan-x1']);
    // 湖北: 钟祥 (420881, 301 pages), 天门 (429006) and 仙桃 (429004) in one bundle of 383 pages.
    expect(bundles[1]).toEqual({
      path: '/pagefind-2/',
      documents: ['zhongxiang-2022-wenzhu-jingji-qingdan', 'shizhengbanfa-2023-1', 'tianzhengbanfa-2023-1'],
      pages: 383,
    });
    expect(bundles.every((b) => b.pages <= 400)).toBe(true);
  });
  it('gives a document larger than the limit a bundle of its own', () => {
    expect(planBundles(docs.slice(0, 2), () => '', 100).map((b) => b.documents)).toEqual([
      ['tianzhengbanfa-2023-1'],
      ['zhongxiang-2022-wenzhu-jingji-qingdan'],
    ]);
    expect(bundlePath(2)).toBe('/pagefind-3/');
  });
});
