// Result cards. Everything that comes from a source text is escaped (html.ts) — a
// provision that prints <script> shows it as text — and excerpts are built from escaped
// text with <mark> around the searched terms (excerpt.ts).
import type { ClientTranslate } from '../i18n/zh-CN.ts';
import type { MeasureCard } from './amountIndex.ts';
import { AMOUNT_KINDS, type AmountKind } from '../../pipeline/grammar/amountKind.ts';
import { EXCERPT_WIDTH, excerptHtml, excerptOfSpans, measureTextOf, remarkExcerpt, termSpans, type Span } from './excerpt.ts';
import { Html, html, trusted } from './html.ts';

export type { Span };

export interface CardAmount {
  text: string;
  /** answers an amount in the query */
  hit: boolean;
  /** what the money is (补贴/奖励, 目标 …), shown after the figure */
  kind?: AmountKind;
}

const isAmountKind = (v: string | undefined): v is AmountKind => (AMOUNT_KINDS as readonly string[]).includes(v ?? '');

export interface Card {
  url: string;
  title: string;
  kind: 'measure' | 'document';
  /** the document: short title for a measure, 文号 for a document page */
  doc?: string;
  place?: string;
  lead?: string;
  deadline?: string;
  /** 已到期 · 有效期至2026年1月6日, when a validity is stated */
  validity?: string;
  amounts?: CardAmount[];
  /** safe HTML: escaped text with <mark> around the hits */
  excerptHtml: string;
  /** for a document page: the section where the hits are */
  section?: { title: string; url: string };
  /** the document's 文号 is the one searched for: the card says so */
  wenhaoMatch?: boolean;
  /** a search listing all of the document's measures */
  browseUrl?: string;
  /** words of the query this page does not hold (a partial match) */
  missing?: string[];
}

/**
 * Pagefind's excerpt with any markup other than <mark>/</mark> neutralised, and adjacent
 * marks joined: a Chinese phrase comes back one mark per character (稳|岗|返|还).
 */
export function safeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)/g, '&lt;').replace(/<\/mark><mark>/g, '');
}

/**
 * An excerpt of `text` around the spans (the amounts an amount query matched, the words of
 * a mixed query), from a clause boundary, every span marked. For cards built from the side
 * index rather than from Pagefind.
 */
export function excerptAround(text: string, spans: Span[], width = EXCERPT_WIDTH): string {
  return excerptOfSpans(text, spans, width);
}

export function renderCard(card: Card, t: ClientTranslate): Html {
  const docLine = [card.doc, card.place].filter(Boolean).join(' · ');
  // 500亿元（目标）beside 5万元（补贴/奖励）: a reader sorting by amount sees what each figure is.
  const amounts = (card.amounts ?? []).map(
    (a, i) =>
      html`${i > 0 && '、'}${a.hit ? html`<mark>${a.text}</mark>` : a.text}${
        a.kind && html`<span class="search-amount-kind">${t('search.card.amountKind', { kind: t(`amountKind.${a.kind}`) })}</span>`
      }`,
  );
  const meta = [
    card.lead && html`<div><dt>${t('facet.lead')}</dt><dd>${card.lead}</dd></div>`,
    card.deadline && html`<div><dt>${t('facet.deadline')}</dt><dd>${card.deadline}</dd></div>`,
    card.validity && html`<div><dt>${t('facet.validity')}</dt><dd>${card.validity}</dd></div>`,
    amounts.length > 0 && html`<div><dt>${t('facet.amount')}</dt><dd>${amounts}</dd></div>`,
  ].filter((x) => x instanceof Html);
  return html`<li class="search-card">${[
    html`<h3 class="search-card-title"><a href="${card.url}">${card.title}</a>${
      card.kind === 'document' && html`<span class="search-kind">${t('search.card.document')}</span>`
    }</h3>`,
    card.wenhaoMatch && html`<p class="search-card-note">${t('search.card.wenhaoMatch')}</p>`,
    card.missing &&
      card.missing.length > 0 &&
      html`<p class="search-card-missing">${t('search.card.missing', { words: card.missing.join(t('search.list')) })}</p>`,
    docLine && html`<p class="search-card-doc">${docLine}</p>`,
    // Built from escaped text with <mark> around the terms (excerpt.ts), or Pagefind's excerpt with only <mark> left (safeExcerpt).
    card.excerptHtml && html`<p class="search-card-excerpt">${trusted(card.excerptHtml)}</p>`,
    card.section &&
      html`<p class="search-card-section">${t('search.card.section')}<a href="${card.section.url}">${card.section.title}</a></p>`,
    card.browseUrl && html`<p class="search-card-section"><a href="${card.browseUrl}">${t('search.card.browseDocument')}</a></p>`,
    meta.length > 0 && html`<dl class="search-card-meta">${meta}</dl>`,
  ]}</li>`;
}

/** The parts of Pagefind's result data a card needs (see PagefindSearchFragment). */
export interface PagefindData {
  url: string;
  excerpt: string;
  /** the page's indexed text */
  content?: string;
  /** the same, HTML-escaped, its words separated by zero-width spaces (anchor locations count these words) */
  raw_content?: string;
  /** elements with an id in the indexed body, and the word they start at */
  anchors?: Array<{ id: string; location: number; element?: string }>;
  meta: Record<string, string | undefined>;
  /** the page's filter values (facets.ts) */
  filters?: Record<string, string[]>;
  sub_results?: Array<{ title: string; url: string; excerpt: string; locations?: number[]; anchor?: unknown }>;
}

/**
 * A card from a Pagefind result; `hitFigures` marks the amounts an amount query matched,
 * `terms` are the searched words to mark in the excerpt (Pagefind's marks otherwise).
 */
export function cardFromPagefind(data: PagefindData, hitFigures?: ReadonlySet<string>, terms: readonly string[] = []): Card {
  const m = data.meta;
  const kind = m['kind'] === 'document' ? 'document' : 'measure';
  const own = kind === 'measure' ? measureTextOf(data) : null;
  const card: Card = {
    url: data.url,
    title: m['title'] || data.url,
    kind,
    excerptHtml: own ? excerptHtml(own, terms) : terms.length > 0 ? remarkExcerpt(data.excerpt, terms) : safeExcerpt(data.excerpt),
  };
  if (m['doc']) card.doc = m['doc'];
  if (m['place']) card.place = m['place'];
  if (m['lead']) card.lead = m['lead'];
  if (m['deadline']) card.deadline = m['deadline'];
  if (m['validity']) card.validity = m['validity'];
  const figures = (m['amounts'] ?? '').split('、').filter(Boolean);
  const kinds = (m['amountKinds'] ?? '').split('、');
  if (figures.length)
    card.amounts = figures.map((text, i) => {
      const kind = kinds.length === figures.length ? kinds[i] : undefined;
      return { text, hit: hitFigures?.has(text) ?? false, ...(isAmountKind(kind) ? { kind } : {}) };
    });
  if (kind === 'document') {
    // Deep-link into the document: the section with the most hits, when it has an anchor.
    const best = (data.sub_results ?? [])
      .filter((s) => s.anchor && s.url !== data.url)
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
    if (best) {
      card.section = { title: best.title, url: best.url };
      card.excerptHtml = terms.length > 0 ? remarkExcerpt(best.excerpt, terms) : safeExcerpt(best.excerpt);
    }
  }
  return card;
}

/** A card for an amount result, straight from the side index: no Pagefind request needed. */
export function cardFromSideMeasure(
  m: MeasureCard & { amounts: Array<{ figure: string; offset: number; kind?: AmountKind }> },
  hits: ReadonlyArray<{ figure: string; offset: number }>,
  /** words of a mixed query to mark too, and the text folded one for one (traditional → simplified) to find them in */
  words: { terms: readonly string[]; folded: string } = { terms: [], folded: '' },
): Card {
  const isHit = (a: { figure: string; offset: number }) => hits.some((h) => h.offset === a.offset && h.figure === a.figure);
  const wordSpans = words.terms.length > 0 ? termSpans(words.folded.length === m.text.length ? words.folded : m.text, words.terms) : [];
  return {
    url: m.url,
    title: m.title,
    kind: 'measure',
    doc: m.doc,
    place: m.place,
    lead: m.lead,
    deadline: m.deadline,
    ...(m.validity ? { validity: m.validity } : {}),
    amounts: m.amounts.map((a) => ({ text: a.figure, hit: isHit(a), ...(a.kind ? { kind: a.kind } : {}) })),
    excerptHtml: excerptAround(m.text, [...hits.map((h) => ({ start: h.offset, end: h.offset + h.figure.length })), ...wordSpans]),
  };
}
