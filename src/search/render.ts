// Result cards. Everything that comes from a source text is escaped (html.ts) — a
// provision that prints <script> shows it as text — except Pagefind's excerpts, which
// arrive already escaped with <mark> around hits; those are checked to hold no other tag.
import type { ClientTranslate } from '../i18n/zh-CN.ts';
import { AMOUNT_KINDS, type AmountKind } from '../../pipeline/grammar/amountKind.ts';
import { Html, escapeHtml, html, trusted } from './html.ts';

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
}

/**
 * Pagefind's excerpt with any markup other than <mark>/</mark> neutralised, and adjacent
 * marks joined: a Chinese phrase comes back one mark per character (稳|岗|返|还).
 */
export function safeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)/g, '&lt;').replace(/<\/mark><mark>/g, '');
}

export interface Span {
  start: number;
  end: number;
}

/**
 * An excerpt of `text` around the first span, about `width` characters, every span inside
 * it marked. Used for amount results, which come from the side index, not from Pagefind.
 */
export function excerptAround(text: string, spans: Span[], width = 80): string {
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).sort((a, b) => a.start - b.start);
  const first = sorted[0];
  let from = first ? Math.max(0, first.start - Math.floor(width / 4)) : 0;
  const to = Math.min(text.length, from + width);
  from = Math.max(0, Math.min(from, to - width));
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
    docLine && html`<p class="search-card-doc">${docLine}</p>`,
    // Escaped by Pagefind or excerptAround, with only <mark> left (safeExcerpt).
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
  meta: Record<string, string | undefined>;
  sub_results?: Array<{ title: string; url: string; excerpt: string; locations?: number[]; anchor?: unknown }>;
}

/** A card from a Pagefind result; `hitFigures` marks the amounts an amount query matched. */
export function cardFromPagefind(data: PagefindData, hitFigures?: ReadonlySet<string>): Card {
  const m = data.meta;
  const kind = m['kind'] === 'document' ? 'document' : 'measure';
  const card: Card = {
    url: data.url,
    title: m['title'] || data.url,
    kind,
    excerptHtml: safeExcerpt(data.excerpt),
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
      card.excerptHtml = safeExcerpt(best.excerpt);
    }
  }
  return card;
}

/** A card for an amount result, straight from the side index: no Pagefind request needed. */
export function cardFromSideMeasure(
  m: {
    url: string;
    title: string;
    doc: string;
    place: string;
    lead: string;
    deadline: string;
    validity?: string;
    text: string;
    amounts: Array<{ figure: string; offset: number; kind?: AmountKind }>;
  },
  hits: ReadonlyArray<{ figure: string; offset: number }>,
): Card {
  const isHit = (a: { figure: string; offset: number }) => hits.some((h) => h.offset === a.offset && h.figure === a.figure);
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
    excerptHtml: excerptAround(
      m.text,
      hits.map((h) => ({ start: h.offset, end: h.offset + h.figure.length })),
    ),
  };
}
