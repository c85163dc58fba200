// Pure presentation helpers (tested in format.test.ts). Words come from the dictionary;
// the unit words of money and dates (万元, 2022年12月) are part of the figure, as digits are.
import type { Amount, Deadline, Measure } from '../../pipeline/schema.ts';
import { amountKindLabel, currencyLabel } from '../i18n/labels.ts';
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

/** How a reader should cite a measure. */
export function citation(m: Measure, doc: { title: string; wenhao: string | null }, absoluteUrl: string): string {
  const wenhao = doc.wenhao ? t('citation.wenhao', { wenhao: doc.wenhao }) : '';
  return t('citation.text', {
    title: doc.title,
    wenhao,
    label: m.label,
    file: m.source.originalFile,
    lines: lineRange(m.source.lines),
    url: absoluteUrl,
  });
}

/** “与荆门市第136项原文完全相同” — for journalists asking who copied whose wording. */
export function wordingNote(w: NonNullable<Measure['wording']>, levelName: string): string {
  const above = w.number ? t('wording.above', { level: levelName, number: w.number }) : levelName;
  const percent = `${Math.round(w.similarity * 100)}%`;
  return w.verdict === 'identical' ? t('wording.identical', { above }) : t(`wording.${w.verdict}`, { above, percent });
}
