// HTML strings for the search page, escaped by default: html`<a href="${url}">${title}</a>`
// escapes `url` and `title`; only values that are already Html (another html`` result, or
// Pagefind's excerpt once safeExcerpt has neutralised it) are inserted as markup.
//
// Written by hand (30 lines) rather than taking lit-html or a DOM library: the search page
// builds its lists with innerHTML, and all it needs is escaping that cannot be forgotten.
// Prettier would re-indent html`` templates as HTML, and whitespace inside inline elements
// is rendered; .prettierrc.json turns that off for src/search/*.ts.
import type { Part } from '../i18n/translate.ts';

export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: Value): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/** A template whose interpolated values are escaped unless they are Html. false, null and undefined render as nothing. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}

/** Markup that is safe by construction (say so where it is used). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** A dictionary message's parts (see i18n/translate.ts) as HTML: links and code rendered, text escaped. */
export function partsHtml(parts: readonly Part[]): Html {
  return html`${parts.map((p) =>
    p.kind === 'link' ? html`<a href="${p.href}">${p.text}</a>` : p.kind === 'code' ? html`<code>${p.text}</code>` : p.text,
  )}`;
}
