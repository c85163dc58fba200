// Just enough HTML reading for tests over dist/: the start tags of a page with
// their attributes (entities decoded), and the list of built pages. Astro's
// output is well-formed, so a tokenizer that honours quoted attribute values
// and skips comments, <script> and <style> bodies is exact for our purposes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Tag {
  name: string;
  attrs: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!m[1]) continue; // comment
    const name = m[1].toLowerCase();
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    tags.push({ name, attrs });
    if (name === 'script' || name === 'style') {
      // Skip the raw-text body so that markup inside a script is not read as tags.
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      if (end >= 0) TAG.lastIndex = end;
    }
  }
  return tags;
}

/** The text of the first <title>, entities decoded. */
export function titleOf(html: string): string | undefined {
  const m = /<title>([\s\S]*?)<\/title>/.exec(html);
  return m ? decodeEntities(m[1]!) : undefined;
}

export function meta(tags: Tag[], key: string): string | undefined {
  return tags.find((t) => t.name === 'meta' && (t.attrs.name === key || t.attrs.property === key))?.attrs.content;
}

export function linkRel(tags: Tag[], rel: string): string | undefined {
  return tags.find((t) => t.name === 'link' && t.attrs.rel === rel)?.attrs.href;
}

export interface BuiltPage {
  file: string;
  path: string;
  html: string;
  tags: Tag[];
}

/** Every .html file under root, with the URL path a static host serves it at. */
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
        out.push({ file: full, path, html, tags: startTags(html) });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
