// Link check over all of dist/: every internal href, src and form action on
// every built page resolves to a file, and every #anchor names an element id
// on the target page. Also: no duplicate ids (an anchor must be unambiguous).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { attrs, builtPages } from '../support/html.ts';

const SITE = new URL(config.site!).origin;
const pages = builtPages('dist');
const idsOf = new Map(pages.map((p) => [p.path, new Set([...attrs(p.doc, '[id]', 'id'), ...attrs(p.doc, 'a[name]', 'name')])]));

// /search/ is built by the search feature. While it is not built yet, links to it
// cannot be checked; once dist/search/index.html exists they are checked like any other.
const SEARCH_BUILT = existsSync('dist/search/index.html');

/** The file a static host serves for a site path, or undefined. */
function fileFor(path: string): string | undefined {
  const full = join('dist', decodeURIComponent(path));
  if (!existsSync(full)) return undefined;
  if (statSync(full).isDirectory())
    return path.endsWith('/') && existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  return full;
}

interface Ref {
  from: string;
  attr: string;
  value: string;
}
const refs: Ref[] = pages.flatMap((p) =>
  (
    [
      ['a[href]', 'href'],
      ['link[href]', 'href'],
      ['script[src], img[src], source[src], iframe[src]', 'src'],
      ['form[action]', 'action'],
    ] as const
  ).flatMap(([selector, attr]) =>
    [...p.doc.querySelectorAll(selector)].map((el) => ({
      from: p.path,
      attr: `<${el.tagName.toLowerCase()} ${attr}>`,
      value: el.getAttribute(attr) ?? '',
    })),
  ),
);

function problem(ref: Ref): string | null {
  const { value, from } = ref;
  if (value.trim() === '' || value === '#') return 'empty link';
  const url = new URL(value, SITE + from);
  if (url.origin !== SITE) return /^(mailto|tel):/.test(value) ? null : `off-site link ${url.href}`;
  if (url.pathname.startsWith('/search/') && !SEARCH_BUILT) return null;
  const file = fileFor(url.pathname);
  if (!file) return `no file for ${url.pathname}`;
  if (url.hash) {
    const id = decodeURIComponent(url.hash.slice(1));
    const ids = idsOf.get(url.pathname);
    if (!ids) return `anchor #${id} into a non-HTML file`;
    if (!ids.has(id)) return `no id="${id}" on ${url.pathname}`;
  }
  return null;
}

describe('internal links across dist/', () => {
  it('walks every page and finds links on them', () => {
    expect(pages.length).toBeGreaterThan(590);
    expect(refs.length).toBeGreaterThan(10_000);
    // The checker must see anchors into document pages, or it proves nothing about them.
    expect(refs.some((r) => r.value === '/docs/tianzhengfa-2023-1/#2-7')).toBe(true);
    expect(refs.some((r) => r.value.startsWith('/agencies/tianmen/jiaotongyunshuju/'))).toBe(true);
    if (!SEARCH_BUILT) console.warn('links.test: dist/search/index.html is not built; links to /search/ were not checked');
  });
  it('finds zero broken links or anchors', () => {
    const broken = refs
      .map((r) => ({ r, why: problem(r) }))
      .filter((x) => x.why)
      .map(({ r, why }) => `${r.from} ${r.attr} ${r.value}: ${why}`);
    expect([...new Set(broken)]).toEqual([]);
  });
  it('detects a broken link and a missing anchor (the checker itself works)', () => {
    expect(problem({ from: '/', attr: 'a', value: '/docs/no-such-doc/' })).toMatch(/no file/);
    expect(problem({ from: '/', attr: 'a', value: '/docs/tianzhengfa-2023-1/#9-99' })).toMatch(/no id="9-99"/);
    expect(problem({ from: '/docs/tianzhengfa-2023-1/2-7/', attr: 'a', value: '../#2-7' })).toBeNull();
    expect(problem({ from: '/', attr: 'a', value: 'https://example.com/' })).toMatch(/off-site/);
  });
  it('has no duplicate ids on any page', () => {
    const dupes: string[] = [];
    for (const p of pages) {
      const seen = new Set<string>();
      for (const id of attrs(p.doc, '[id]', 'id')) {
        if (seen.has(id)) dupes.push(`${p.path}#${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });
});
