// Reading the built site in tests: every page of dist/ parsed into a DOM with linkedom,
// so a test asks what a browser would (document.title, querySelectorAll('a[href]'),
// textContent) instead of matching regular expressions over markup.
//
// linkedom rather than parse5 or htmlparser2 + css-select: it gives the standard DOM API
// (the one the Chromium tests use, so selectors read the same in both), it parses XML too
// (the sitemap), and it is built on htmlparser2, fast enough to parse all ~600 pages in
// about a second. Astro's output is well-formed, so a spec-exact tree builder (parse5)
// would buy nothing here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';

export type HtmlDocument = ReturnType<typeof parseHTML>['document'];
export type XmlDocument = ReturnType<DOMParser['parseFromString']>;

export function parsePage(html: string): HtmlDocument {
  return parseHTML(html).document;
}

export function parseXml(xml: string): XmlDocument {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

/** The content of <meta name=key> or <meta property=key>. */
export function meta(doc: HtmlDocument, key: string): string | undefined {
  return doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? undefined;
}

/** The href of the first <link rel=…>. */
export function linkRel(doc: HtmlDocument, rel: string): string | undefined {
  return doc.querySelector(`link[rel="${rel}"]`)?.getAttribute('href') ?? undefined;
}

/** An attribute of every element matching the selector (elements without it left out). */
export function attrs(doc: HtmlDocument, selector: string, name: string): string[] {
  return [...doc.querySelectorAll(selector)].flatMap((el) => {
    const v = el.getAttribute(name);
    return v === null ? [] : [v];
  });
}

export interface BuiltPage {
  file: string;
  /** the URL path a static host serves it at */
  path: string;
  html: string;
  doc: HtmlDocument;
}

/** Every .html file under root, parsed. */
export function builtPages(root = 'dist'): BuiltPage[] {
  const out: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        const rel = relative(root, full).split(sep).join('/');
        const path = '/' + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
        const html = readFileSync(full, 'utf8');
        out.push({ file: full, path, html, doc: parsePage(html) });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
