// The numbered outline of one document body (or of one attachment): which lines
// are numbered headings, how deep each sits, which unnumbered paragraphs belong
// to which heading — and every numbering irregularity found on the way.
//
// Nesting follows the convention of Chinese official documents: the level of a
// numbering style is fixed by the order in which styles first appear in the
// document (一、 then (一) then 1. then (1) is the usual order, but a document may
// start at (一)). Decimal outlines (1 / 1.1 / 1.1.1) are the exception: their depth
// is printed in the number itself, so a deeper decimal style ranks right below the
// shallower one even when it first appears after, say, (1).

import type { AnomalyCode, AnomalyDraft } from '../../anomalies.ts';
import type { CanonicalBlock } from '../../canonical/blocks.ts';
import { decimalDepth, labelFor, parseNumberMarker, type NumberMarker } from '../../grammar/numberMarkers.ts';
import { TOC_MARKER } from '../../text/furniture.ts';
import type { BodyLine } from '../tables/table.ts';

export type { BodyLine };
type Anomaly = AnomalyDraft;

interface Heading {
  at: number; // index into the body lines
  line: number;
  marker: NumberMarker;
  key: string; // ranking key: the style, with `16)` ranked as the (16) it stands for
  level: number;
  parent: Heading | null;
  children: Heading[];
  list: Heading[]; // the headings sharing its parent (or the top level), itself included
}

type Placement = 'attach' | 'section' | 'document';

/** Insert a newly seen style into the ranking (see the header comment). */
export function insertStyle(ranks: string[], key: string): void {
  const depth = decimalDepth(key);
  if (depth === null) {
    ranks.push(key);
    return;
  }
  let at = ranks.length;
  // Below the deepest shallower decimal style, above any deeper one.
  const shallower = ranks.map((k, i) => [decimalDepth(k), i] as const).filter(([d]) => d !== null && d < depth);
  const deeper = ranks.findIndex((k) => {
    const d = decimalDepth(k);
    return d !== null && d > depth;
  });
  if (shallower.length) at = Math.max(...shallower.map(([, i]) => i)) + 1;
  if (deeper >= 0 && deeper < at) at = deeper;
  ranks.splice(at, 0, key);
}

const label = (h: Heading) => labelFor(h.marker.number, h.marker.style);

/** Number sequence checks: duplicates, gaps, reversals, style changes, decimal prefixes. */
function checkSequence(h: Heading, siblings: Heading[], lastSeen: Map<string, number>): Anomaly[] {
  const out: Anomaly[] = [];
  const warn = (code: AnomalyCode, message: string) => out.push({ code, line: h.line, message });
  const prev = siblings.at(-1);
  const v = h.marker.value;
  if (prev && prev.key !== h.key) {
    warn('number-style-mismatch', `编号“${label(h)}”与第${prev.line}行的同级编号“${label(prev)}”样式不同，疑有一处印错`);
  }
  if (prev) {
    const p = prev.marker.value;
    if (v === p) warn('number-duplicate', `编号“${label(h)}”与第${prev.line}行的上一项重复`);
    else if (v < p) warn('number-out-of-order', `编号“${label(h)}”排在第${prev.line}行的“${label(prev)}”之后，顺序颠倒`);
    else if (v > p + 1) warn('number-skipped', `编号从第${prev.line}行的“${label(prev)}”跳到“${label(h)}”，中间缺号`);
  } else {
    // The first item under a heading restarts at 1 or continues the numbering of
    // the same style under the previous heading (1.…120. across 一、…七、).
    const last = lastSeen.get(h.key);
    const ok = v === 1 || (last !== undefined && v === last + 1);
    if (!ok) {
      const expected = last === undefined ? '1' : `1或${last + 1}`;
      warn('number-skipped', `编号“${label(h)}”是本级第一项，应为${expected}`);
    }
  }
  const parent = h.parent;
  if (
    parent &&
    h.marker.prefix !== null &&
    decimalDepth(parent.marker.style) === decimalDepth(h.marker.style)! - 1 &&
    h.marker.prefix !== parent.marker.number
  ) {
    warn(
      'number-parent-mismatch',
      `编号“${h.marker.number}”位于第${parent.line}行的“${parent.marker.number}”之下，前缀不符（疑为“${parent.marker.number}.${h.marker.value}”）`,
    );
  }
  return out;
}

/** Assign ranks, levels and parents to the headings, in order. */
function nestHeadings(headings: Heading[]): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const ranks: string[] = [];
  const stack: Heading[] = [];
  const top: Heading[] = [];
  const lastSeen = new Map<string, number>();
  for (const h of headings) {
    // `16)` — a number that lost its opening parenthesis — belongs to the (1)
    // list when the document has one; otherwise `1)` is a style of its own.
    if (h.marker.style === '1)' && ranks.includes('(1)')) {
      h.key = '(1)';
      anomalies.push({
        code: 'number-malformed',
        line: h.line,
        message: `编号“${h.marker.number})”缺少左括号，按“（${h.marker.number}）”处理`,
      });
    }
    if (!ranks.includes(h.key)) insertStyle(ranks, h.key);
    const rank = ranks.indexOf(h.key);
    while (stack.length && ranks.indexOf(stack.at(-1)!.key) >= rank) stack.pop();
    h.parent = stack.at(-1) ?? null;
    h.level = stack.length;
    const siblings = h.parent ? h.parent.children : top;
    anomalies.push(...checkSequence(h, siblings, lastSeen));
    siblings.push(h);
    h.list = siblings;
    lastSeen.set(h.key, h.marker.value);
    stack.push(h);
  }
  return anomalies;
}

// A paragraph about the document itself (本意见自发布之日起实施…) closes the
// numbered body: it belongs to no item.
const CLOSING = /^(本(意见|通知|方案|预案|办法|规定|细则|决定|条例|制度|规划|措施|政策|实施意见|实施方案)|特此(通知|公告|通告))/;

/** A heading that is only a short title (`(2)建议性减排措施`, `(一)市生态环境局职责。`), not a sentence. */
export function isTitleOnly(rest: string): boolean {
  return rest.length <= 30 && !/[。，,；;！？!?:：]/.test(rest.replace(/。$/, ''));
}

/**
 * Where the unnumbered paragraphs that follow heading `h` (up to the next heading
 * `next`) belong. The rule, in order:
 *  1. They are the body of `h` — its text continues — when `h` is only a title
 *     (`(2)建议性减排措施`), when `h` announces them (ends with a colon:
 *     `…落实以下措施:`), or when the next heading is a child or a sibling of `h`
 *     (the list goes on, so they cannot be a conclusion of the list).
 *  2. Otherwise `h` is a complete sentence and the next heading closes its list
 *     (or nothing follows): a paragraph about the document itself (本意见自…)
 *     is document-level, and so is everything after it;
 *  3. a paragraph after the last item of a list (≥ 2 items) of complete
 *     sentences speaks for the whole section (其他有关单位要… after the duties of
 *     (1)…(17)): it sits at section level, beside the list;
 *  4. a paragraph after a lone complete item continues it.
 */
function placeParagraphs(h: Heading, paragraphs: BodyLine[], next: Heading | null): Placement[] {
  const titleOnly = isTitleOnly(h.marker.rest);
  const announces = /[:：]$/.test(h.marker.rest);
  const listGoesOn = next !== null && next.level >= h.level;
  if (titleOnly || announces || listGoesOn) return paragraphs.map(() => 'attach');
  const inList = h.list.filter((s) => s.key === h.key).length >= 2;
  const out: Placement[] = [];
  let documentLevel = false;
  for (const p of paragraphs) {
    if (CLOSING.test(p.text.trim())) documentLevel = true;
    out.push(documentLevel ? 'document' : inList ? 'section' : 'attach');
  }
  return out;
}

/**
 * A document's own table of contents (a 预案 often has one): from the 目录 line
 * to the line before the body repeats the first entry. Null when the first
 * entry never repeats (then the lines are read as ordinary body text).
 */
function tocExtent(body: BodyLine[], at: number): number | null {
  const key = (s: string) => s.replace(/\s+/g, '');
  const first = body[at + 1];
  if (!first) return null;
  for (let k = at + 2; k < body.length; k++) if (key(body[k]!.text) === key(first.text)) return k - 1;
  return null;
}

/**
 * Blocks for one numbering context (a document body or an attachment body).
 * `spanOk(a, b)` says whether one block may span source lines a..b (no furniture
 * in between) — blocks never swallow furniture.
 */
export function buildOutline(
  body: BodyLine[],
  spanOk: (a: number, b: number) => boolean,
): { blocks: CanonicalBlock[]; anomalies: Anomaly[] } {
  const anomalies: Anomaly[] = [];
  const blocks: CanonicalBlock[] = [];
  // Table of contents first: its entries look like headings but are not.
  const toc = new Set<number>();
  body.forEach((b, i) => {
    if (!TOC_MARKER.test(b.text.trim()) || toc.has(i)) return;
    const end = tocExtent(body, i);
    if (end === null) {
      anomalies.push({
        code: 'toc-unterminated',
        line: b.line,
        message: '目录之后找不到与第一条目录项相同的正文标题，目录范围无法确定，目录项按正文处理',
      });
      return;
    }
    for (let k = i; k <= end; k++) toc.add(k);
  });

  const headings: Heading[] = [];
  body.forEach((b, i) => {
    if (toc.has(i)) return;
    const marker = parseNumberMarker(b.text);
    if (marker) headings.push({ at: i, line: b.line, marker, key: marker.style, level: 0, parent: null, children: [], list: [] });
  });
  anomalies.push(...nestHeadings(headings));

  const headingAt = new Map(headings.map((h) => [h.at, h]));
  const placement = new Map<number, Placement>();
  headings.forEach((h, k) => {
    const next = headings[k + 1] ?? null;
    const end = next ? next.at : body.length;
    const paras: Array<{ i: number; b: BodyLine }> = [];
    for (let i = h.at + 1; i < end; i++) if (!toc.has(i)) paras.push({ i, b: body[i]! });
    placeParagraphs(
      h,
      paras.map((p) => p.b),
      next,
    ).forEach((pl, j) => placement.set(paras[j]!.i, pl));
  });

  let current: { block: CanonicalBlock; heading: Heading } | null = null;
  let open: Heading | null = null; // the last heading seen
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (toc.has(i)) {
      const last = blocks.at(-1);
      if (last && toc.has(i - 1) && last.role === 'paragraph') last.lines[1] = b.line;
      else blocks.push({ role: 'paragraph', level: 0, lines: [b.line, b.line], text: '' });
      current = null;
      continue;
    }
    const h = headingAt.get(i);
    if (h) {
      const block: CanonicalBlock = {
        role: h.children.length ? 'section' : 'provision',
        lines: [b.line, b.line],
        level: h.level,
        number: h.marker.number,
        numberStyle: h.marker.style,
        text: '',
      };
      blocks.push(block);
      current = { block, heading: h };
      open = h;
      continue;
    }
    const where = placement.get(i) ?? 'document';
    if (where === 'attach' && current && spanOk(current.block.lines[1], b.line)) {
      current.block.lines[1] = b.line;
      continue;
    }
    const level = where === 'document' || !open ? 0 : where === 'section' ? open.level : open.level + 1;
    blocks.push({ role: 'paragraph', level, lines: [b.line, b.line], text: '' });
    // Once a paragraph stands on its own, later paragraphs cannot attach past it.
    current = null;
  }
  return { blocks, anomalies };
}
