// Pure presentation helpers (tested in format.test.ts). Words come from the dictionary;
// the unit words of money and dates (万元, 2022年12月) are part of the figure, as digits are.
import type { Amount, Deadline, Document, GazetteIssue, Measure, Validity } from '../../pipeline/schema.ts';
import { amountKindLabel, currencyLabel, validityStatusLabel } from '../i18n/labels.ts';
import { t } from '../i18n/zh-CN.ts';
import { formatAmount, formatYuan, truncate } from './text.ts';

export { formatAmount, formatYuan, truncate };

/** Split a measure's text into plain and highlighted (amount) segments, by the offsets the extractor recorded. */
export function highlightAmounts(text: string, amounts: Pick<Amount, 'figure' | 'offset'>[]): Array<{ text: string; amount: boolean }> {
  const spans = [...amounts].filter((a) => text.startsWith(a.figure, a.offset)).sort((a, b) => a.offset - b.offset);
  const out: Array<{ text: string; amount: boolean }> = [];
  let at = 0;
  for (const a of spans) {
    if (a.offset < at) continue; // overlapping figure: keep the first
    if (a.offset > at) out.push({ text: text.slice(at, a.offset), amount: false });
    out.push({ text: a.figure, amount: true });
    at = a.offset + a.figure.length;
  }
  if (at < text.length) out.push({ text: text.slice(at), amount: false });
  return out;
}

/** The amount in plain yuan units, when that says more than the printed figure (千万元 → 1000万元); else null. */
export function yuanNote(a: Pick<Amount, 'figure' | 'yuan' | 'valueMax' | 'currency'>): string | null {
  if (a.currency !== 'CNY' || a.yuan === null) return null;
  const note = a.valueMax ? t('yuan.range', { from: formatYuan(a.yuan), to: formatYuan(a.valueMax) }) : formatYuan(a.yuan);
  return note.replace(/\s+/g, '') === a.figure.replace(/\s+/g, '') ? null : note;
}

/** What a reader needs besides the printed figure: its kind, its currency when not 人民币, and a vague figure's floor. */
export function amountNotes(a: Pick<Amount, 'kind' | 'currency' | 'vague' | 'value'>): string[] {
  const notes = [amountKindLabel(a.kind)];
  if (a.currency !== 'CNY') notes.push(currencyLabel(a.currency));
  if (a.vague) notes.push(t('amount.vague', { amount: formatAmount(a.value, a.currency) }));
  return notes;
}

export function formatDeadline(d: Deadline | null): string {
  if (!d) return t('deadline.none');
  if (d.normalized === 'ongoing') return t('deadline.ongoing');
  if (!d.normalized) return d.raw.replace(/\s+/g, '');
  const [y, m, day] = d.normalized.split('-');
  return day ? `${y}年${Number(m)}月${Number(day)}日` : m ? `${y}年${Number(m)}月` : `${y}年`;
}

/** Plain-text description for meta tags: the first ~110 characters, on a word-ish boundary. */
export function describe(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : truncate(flat, max - 1);
}

/** The leading clause of a provision, without its printed number: a readable heading when the source has none. */
export function withoutNumber(text: string): string {
  return text.replace(/^\s*[（(]?[一二三四五六七八九十百\d.．]+[)）、.．]?\s*/, '');
}

export function leadingClause(text: string, max = 24): string {
  const body = withoutNumber(text);
  const clause = body.split(/[。；;：:，,\n]/)[0]!.trim();
  return clause.length <= max ? clause : clause.slice(0, max - 1) + '…';
}

export function measureHeading(m: Pick<Measure, 'label' | 'title' | 'text'>): string {
  const rest = m.title ?? leadingClause(m.text);
  return rest ? `${m.label} ${rest}` : m.label;
}

/**
 * measureHeading, told apart from same-headed siblings in its document (for <title>, which must be unique):
 * the section is added only when needed, then the source line as a last resort.
 */
export function distinctHeading(
  m: Pick<Measure, 'id' | 'label' | 'title' | 'text' | 'section' | 'source'>,
  siblings: Array<Pick<Measure, 'id' | 'label' | 'title' | 'text' | 'section'>>,
): string {
  const heading = measureHeading(m);
  const same = siblings.filter((s) => s.id !== m.id && measureHeading(s) === heading);
  if (same.length === 0) return heading;
  const section = m.section?.title;
  if (section && same.every((s) => s.section?.title !== section)) return `${heading}（${section}）`;
  return `${heading}（${section ? section + '，' : ''}${lineRange(m.source.lines)}）`;
}

/** Source lines as a reader says them: 第71行, 第14–25行. */
export function lineRange([from, to]: readonly [number, number] | readonly number[]): string {
  return from === to || to === undefined ? t('common.lineRange.one', { line: from! }) : t('common.lineRange.many', { from: from!, to });
}

/**
 * A section's printed text as a short heading and the paragraph it opens, for the document
 * page: 四、鼓励集聚发展 ⏎ 鼓励服装…具备以下条件之一的… is a heading and a paragraph, not one
 * giant heading; (一)全力增强信心稳预期。着力解决…(牵头单位:市经信局) splits after its first
 * sentence. Nothing is dropped: heading + rest is the printed text.
 */
export function splitHeading(text: string, max = 30): { heading: string; rest: string } {
  const nl = text.indexOf('\n');
  let heading = nl >= 0 ? text.slice(0, nl) : text;
  let rest = nl >= 0 ? text.slice(nl + 1) : '';
  const stop = heading.indexOf('。');
  if (heading.length > max && stop > 0 && stop < max && stop < heading.length - 1) {
    rest = heading.slice(stop + 1) + (rest ? '\n' + rest : '');
    heading = heading.slice(0, stop + 1);
  }
  return { heading: heading.trim(), rest: rest.trim() };
}

/** An ISO date (2026-01-06) as readers write it: 2026年1月6日. */
export function formatDate(iso: string): string {
  return formatDeadline({ raw: iso, normalized: iso });
}

/** A gazette issue as cited: 2023年第1号（总第44号）. */
export function issueLabel(issue: Pick<GazetteIssue, 'title' | 'year' | 'number' | 'total'>): string {
  const number = issue.year !== null && issue.number !== null ? t('gazette.number', { year: issue.year, number: issue.number }) : '';
  const total = issue.total !== null ? t('gazette.total', { total: issue.total }) : '';
  return number || total ? number + total : issue.title;
}

const PART = /^([一二三四五六七八九十百]+)、$/; // 二、 — a part of the document
const BRACKETED = /^[（(]([^)）]+)[)）]$/; // （四） （1）
const DOTTED = /^(\d+(?:\.\d+)*)[.．、]?$/; // 1. 1.1 4.3.1

/**
 * Where in its document a measure is, as a citation says it: item (四) of section 二、 is
 * 第二部分第（四）条; item 1. of (一) of 一、 is 第（一）条第1项; a top-level 三、 is 第三部分.
 * A work-list row keeps its label (钟祥市第144项), and so does any label not of these shapes.
 */
export function citedPart(m: Pick<Measure, 'label' | 'section' | 'policy'>): string {
  if (m.policy) return m.label;
  const own = m.label.trim();
  const part = PART.exec(own);
  if (part) return t('citation.section', { number: part[1]! });
  if (!BRACKETED.test(own) && !DOTTED.test(own)) return own;
  const plain = own.replace(/[.．、]$/, '');
  const above = m.section?.label?.trim() ?? '';
  const abovePart = PART.exec(above);
  if (abovePart) return t('citation.section', { number: abovePart[1]! }) + t('citation.item', { label: plain });
  if (BRACKETED.test(above)) return t('citation.item', { label: above }) + t('citation.subitem', { label: plain });
  if (DOTTED.test(above)) return t('citation.item', { label: above.replace(/[.．、]$/, '') }) + t('citation.subitem', { label: plain });
  return t('citation.item', { label: plain });
}

export interface CitationContext {
  doc: Pick<Document, 'fullTitle' | 'wenhao' | 'issuer' | 'date' | 'originalUrl'>;
  issue: Pick<GazetteIssue, 'name' | 'title' | 'year' | 'number' | 'total'> | null;
  /** the measure's permalink, absolute: cited when the document has no published URL of its own */
  permalink: string;
  /** 引用日期, ISO */
  cited: string;
}

/**
 * How a reader should cite a measure: GB/T 7714-2015 for an electronic official document
 * ([A/OL]) at item level — issuer. 《title》（文号）第二部分第（四）条[A/OL]. 载《gazette》issue.
 * date. URL（引用日期）. The URL is where the document was published when the manifest names
 * it, else the measure's permalink on this site. Never a source file name.
 */
export function citation(m: Pick<Measure, 'label' | 'section' | 'policy'>, c: CitationContext): string {
  return t('citation.text', {
    issuer: c.doc.issuer ? t('citation.issuer', { issuer: c.doc.issuer }) : '',
    title: c.doc.fullTitle,
    wenhao: c.doc.wenhao ? t('citation.wenhao', { wenhao: c.doc.wenhao }) : '',
    part: citedPart(m),
    gazette: c.issue ? t('citation.gazette', { name: c.issue.name, issue: issueLabel(c.issue) }) : '',
    date: c.doc.date ? t('citation.date', { date: c.doc.date }) : '',
    url: c.doc.originalUrl ?? c.permalink,
    cited: c.cited,
  });
}

/**
 * A validity in one line, for search cards: 已到期 · 有效期至2026年1月6日. '' when nothing is
 * stated (the card then says nothing rather than 未写明 on every result).
 */
export function validityLine(v: Pick<Validity, 'stated' | 'status' | 'until'>): string {
  if (v.stated === 'none' || !v.status) return '';
  const parts = [validityStatusLabel(v.status)];
  if (v.until) parts.push(t('validity.until', { date: formatDate(v.until) }));
  return parts.join(t('validity.separator'));
}

/** The citation in three parts, the 引用日期 apart, so a page can let the reader's browser put in its own day. */
export function citationParts(m: Parameters<typeof citation>[0], c: CitationContext): { before: string; cited: string; after: string } {
  const MARK = '\u0000';
  const [before = '', after = ''] = citation(m, { ...c, cited: MARK }).split(MARK);
  return { before, cited: c.cited, after };
}

/** The anchor of the place on the document page where its validity clause is printed, or null. */
export function validityAnchor(doc: Pick<Document, 'validity' | 'blocks'>): string | null {
  const lines = doc.validity.lines;
  if (doc.validity.stated !== 'document' || !lines) return null;
  const block = doc.blocks.find((b) => b.lines[0] <= lines[0] && b.lines[1] >= lines[1] && b.role !== 'title');
  return block?.anchor ?? (block ? 'validity' : null);
}

/**
 * Do the names linked for an agency cell differ from the cell as printed? Separators aside:
 * 市发改局、市公安局等 printed, 市发改局 and 市公安局 linked — the 等 (“and others”) would be lost.
 */
export function printedDiffers(raw: string | null, names: string[]): boolean {
  if (raw === null) return false;
  const squash = (s: string) => s.replace(/[\s、，,;；/]+/g, '');
  return squash(raw) !== squash(names.join(''));
}

/** “与荆门市第136项原文完全相同” — for journalists asking who copied whose wording. */
export function wordingNote(w: NonNullable<Measure['wording']>, levelName: string): string {
  const above = w.number ? t('wording.above', { level: levelName, number: w.number }) : levelName;
  const percent = `${Math.round(w.similarity * 100)}%`;
  return w.verdict === 'identical' ? t('wording.identical', { above }) : t(`wording.${w.verdict}`, { above, percent });
}
