// Excerpts for result cards, cut from the measure's own text. Pagefind's excerpt is a window
// of the whole indexed page, which for a measure page includes the heading and the agency
// and deadline lines, so it read `牵头单位市财政局责任单位市…完成时限2022年12月` or started
// mid-word (`祥市第4项`), and it marks words as its segmenter cut them (市, 局, 财政).
//
// The measure page marks where its text starts and ends with element ids (#measure-text,
// #measure-text-folded for a text printed in traditional characters, then the next element
// with an id: #measure-facts, or the heading of a section between them);
// Pagefind records their positions in words (the fragment's `anchors`), so the text comes
// out of the fragment whole. The window starts at a clause boundary and every whole
// occurrence of a searched term (稳岗返还, not 稳|岗) is marked.
import { escapeHtml } from './html.ts';
import type { PagefindData } from './render.ts';

export const TEXT_ANCHOR = 'measure-text';
export const FOLDED_ANCHOR = 'measure-text-folded';
export const FACTS_ANCHOR = 'measure-facts';

/** Characters of an excerpt. */
export const EXCERPT_WIDTH = 90;

// Where a clause ends: a reader can start reading after these.
const CLAUSE_END = /[。；;！!？?\n]/u;
const SOFT_END = /[，,、：:）)]/u;

export interface MeasureText {
  /** as printed */
  text: string;
  /** the same text folded to simplified characters, one for one (for matching); = text when printed so */
  folded: string;
}

/** The measure's text out of its Pagefind fragment, or null for a page without the anchors (a document). */
export function measureTextOf(data: Pick<PagefindData, 'raw_content' | 'anchors'>): MeasureText | null {
  const raw = data.raw_content;
  const anchors = data.anchors ?? [];
  const at = (id: string) => anchors.find((a) => a.id === id)?.location;
  const start = at(TEXT_ANCHOR);
  if (raw === undefined || start === undefined) return null;
  const words = raw.split('\u200b');
  const folded = at(FOLDED_ANCHOR);
  // The text ends where the next element with an id starts: the facts list, or whatever a
  // page puts between (the 适用条件 section's heading).
  const next = (from: number) =>
    Math.min(words.length, ...anchors.filter((a) => a.location > from && a.id !== FOLDED_ANCHOR).map((a) => a.location));
  const end = next(folded ?? start);
  const piece = (from: number, to: number) =>
    unescape(words.slice(from, to).join(''))
      .replace(/\s+/g, ' ')
      .replace(/[.\s]+$/u, '')
      .trim();
  const text = piece(start, folded ?? end);
  if (folded === undefined) return { text, folded: text };
  const simplified = piece(folded, end);
  // One for one, or the two are not the same text and the printed one is matched as it is.
  return { text, folded: Array.from(simplified).length === Array.from(text).length ? simplified : text };
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export interface Span {
  start: number;
  end: number;
}

/** Every whole occurrence of the terms in `text` (longest first where they overlap), in order. */
export function termSpans(text: string, terms: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  for (const term of [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length)) {
    const t = term.toLowerCase();
    for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + t.length)) {
      const span = { start: i, end: i + t.length };
      if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Where to start reading before `at`: after the last clause end, or the last comma if that is too far back. */
function clauseStart(text: string, at: number, reach: number): number {
  for (const boundary of [CLAUSE_END, SOFT_END])
    for (let i = at - 1; i >= Math.max(0, at - reach); i--) if (boundary.test(text[i]!)) return i + 1;
  return at - reach <= 0 ? 0 : at;
}

/** Where to stop before `limit`: after the last clause end past the middle, else at the limit. */
function clauseEnd(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  for (let i = limit - 1; i > from + (limit - from) / 2; i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return limit;
}

/**
 * An excerpt of a measure's text as safe HTML: the clause holding the most searched terms
 * first, about `width` characters from a clause boundary, every whole term marked.
 */
export function excerptHtml(measure: MeasureText, terms: readonly string[], width = EXCERPT_WIDTH): string {
  const spans = termSpans(measure.folded, terms);
  // A term found only in the agency tag that ends many provisions, (牵头单位:市财政局,责任单位:…),
  // makes an excerpt of labels; the card names the agencies anyway, so the text opens it.
  const tags = [...measure.folded.matchAll(AGENCY_TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inTag = (s: Span) => tags.some((t) => s.start >= t.start && s.end <= t.end);
  const telling = spans.filter((s) => !inTag(s));
  return excerptOfSpans(measure.text, telling.length > 0 ? spans : [], width);
}

const AGENCY_TAG = /[（(〔](?:牵头单位|责任单位|牵头|责任|配合)[^（）()〔〕]*[)）〕]/gu;

/**
 * The excerpt around given spans of a text (searched terms, or the amounts an amount query
 * matched): the window holding the most distinct marked strings, from a clause boundary.
 */
export function excerptOfSpans(text: string, spans: readonly Span[], width = EXCERPT_WIDTH): string {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).sort((a, b) => a.start - b.start);
  let best = sorted[0];
  let bestCount = 0;
  for (const s of sorted) {
    const inside = new Set(sorted.filter((o) => o.start >= s.start && o.end <= s.start + width).map((o) => text.slice(o.start, o.end)));
    if (inside.size > bestCount) {
      best = s;
      bestCount = inside.size;
    }
  }
  const from = best ? clauseStart(text, best.start, Math.floor(width / 2)) : 0;
  const to = clauseEnd(text, from, Math.max(from + width, best ? best.end : 0));
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const s of sorted) {
    if (s.start < at || s.end > to) continue;
    out += escapeHtml(text.slice(at, s.start)) + '<mark>' + escapeHtml(text.slice(s.start, s.end)) + '</mark>';
    at = s.end;
  }
  out += escapeHtml(text.slice(at, to));
  return to < text.length ? out + '…' : out;
}

/**
 * Pagefind's excerpt (escaped HTML with its own marks, for a document page's section)
 * re-marked with the whole terms, and started after the first clause boundary when the
 * window opens mid-clause.
 */
export function remarkExcerpt(pagefindExcerpt: string, terms: readonly string[]): string {
  const plain = pagefindExcerpt.replace(/<\/?mark>/g, '').replace(/<[^>]*>/g, '');
  const text = plain
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  const head = text.slice(0, 16).search(CLAUSE_END);
  const from = head >= 0 && head < text.length - 1 ? head + 1 : 0;
  const body = excerptHtml({ text: text.slice(from), folded: text.slice(from) }, terms, text.length);
  return from > 0 && !body.startsWith('…') ? '…' + body : body;
}
