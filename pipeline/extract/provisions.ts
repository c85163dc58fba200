// Turn the canonical blocks of an official document (a gazette document, an
// attachment 方案 or 预案) into numbered provisions: their anchors, labels,
// headings, full text, agencies and whether each is a measure.
//
// The adapter has already decided the nesting (`level`) of every numbered block
// and of every unnumbered paragraph (a paragraph at level k sits inside the
// provision at level k-1 before it; level 0 belongs to no provision). This module
// only reads that tree — it never re-derives structure from the text — and reads
// each provision's own text for what it says about itself.

import type { CanonicalBlock, CanonicalDoc } from '../canonical/blocks.ts';
import { decimalDepth, labelFor, numberSlug, parseNumberMarker } from '../adapters/gazette/numbering.ts';
import { looksLikeBodyName } from '../adapters/gazette/signature.ts';
import type { AnomalyDraft } from './drafts.ts';

export interface ProvisionDraft {
  anchor: string; // ASCII slug of the printed number path: 一、(二) → 1-2; unique in the document
  number: string; // printed numeral: 七, 1.1
  label: string; // as readers cite it: （七） 一、 1. （4）
  level: number;
  title: string | null; // short heading: (一)配套发展资金。… → 配套发展资金
  text: string; // full text, children's included for a section
  sectionPath: Array<{ number: string; label: string; title: string; anchor: string }>; // ancestors, outermost first
  isMeasure: boolean;
  leadRaw: string | null;
  responsibleRaw: string | null;
  agenciesInherited: boolean;
  dutyOf: string | null;
  lines: [number, number];
}

// ---------------------------------------------------------------------------
// Agencies in parentheses: (牵头单位:市发改委,责任单位:市水利和湖泊局)
//
// Grammar, worked out from the gazettes: an opening parenthesis (either width),
// then one or more `label: agencies` segments, then the closing parenthesis. A
// label is a short word ending in 单位 or 部门 (牵头单位, 责任单位, 配合单位 …)
// followed by a colon of either width; a label starts the group or follows a
// separator (, ， ; ；). Agencies inside a segment are joined by 、, and a comma
// inside a segment separates departments from groups of townships
// (市发改委、市财政局,有关乡镇办场) — it does not end the segment; only the next
// label does. Text before the first label is not an agency (a stray name).

export interface AgencyGroups {
  lead: string | null;
  responsible: string | null;
  problems: Array<{ code: string; message: string }>;
}

const LEAD_LABEL = /^(牵头|主责|主办)(单位|部门)$/;
const RESPONSIBLE_LABEL = /^(责任|配合|协办|参与|协同)(单位|部门)$/;
const LABEL = /(^|[,，;；、\s])([\u4e00-\u9fff]{0,4}?(?:单位|部门))\s*[:：]/g;
const SEPARATORS = /^[\s,，;；、。.]+|[\s,，;；、。.]+$/g;

/** The parenthesised groups of a text: their contents, and whether each was closed. */
function parenGroups(text: string): Array<{ content: string; closed: boolean; start: number; end: number }> {
  const out: Array<{ content: string; closed: boolean; start: number; end: number }> = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '(' && text[i] !== '（') continue;
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === '(' || text[j] === '（') depth++;
      else if ((text[j] === ')' || text[j] === '）') && --depth === 0) break;
    }
    const closed = j < text.length;
    out.push({ content: text.slice(i + 1, closed ? j : text.length), closed, start: i, end: closed ? j + 1 : text.length });
    if (!closed) break;
    i = j;
  }
  return out;
}

const isAgencyContent = (content: string) => /(单位|部门)\s*[:：]/.test(content);

/** Split `label: agencies` segments of one group into lead and responsible agencies. */
function readSegments(content: string, lead: string[], responsible: string[], problems: AgencyGroups['problems']): void {
  const labels = [...content.matchAll(LABEL)].map((m) => ({
    label: m[2]!,
    start: m.index! + m[1]!.length,
    end: m.index! + m[0].length,
  }));
  const stray = content.slice(0, labels[0]?.start ?? content.length).replace(SEPARATORS, '');
  if (stray)
    problems.push({ code: 'agency-stray-text', message: `单位括号中“${stray}”不是单位，也没有“牵头单位”“责任单位”等标签，已忽略` });
  labels.forEach((l, k) => {
    const value = content.slice(l.end, labels[k + 1]?.start ?? content.length).replace(SEPARATORS, '');
    if (!value) return;
    if (LEAD_LABEL.test(l.label)) lead.push(value);
    else if (RESPONSIBLE_LABEL.test(l.label)) responsible.push(value);
    else {
      // An unknown label: 头单位 is 牵头单位 missing a character, so a label
      // with 牵/头/主 leads; anything else is read as responsible.
      const isLead = /[牵头主]/.test(l.label);
      (isLead ? lead : responsible).push(value);
      problems.push({ code: 'agency-label-unknown', message: `单位标签“${l.label}”不规范，按“${isLead ? '牵头单位' : '责任单位'}”处理` });
    }
  });
}

/** Lead and responsible agencies named in a provision's own text, as printed. */
export function parseAgencyGroups(text: string): AgencyGroups {
  const lead: string[] = [];
  const responsible: string[] = [];
  const problems: AgencyGroups['problems'] = [];
  const flat = text.replace(/\n/g, '');
  const groups = parenGroups(flat).filter((g) => isAgencyContent(g.content));
  for (const g of groups) {
    if (!g.closed) problems.push({ code: 'agency-unclosed', message: '单位括号缺少右括号，读到行末为止' });
    readSegments(g.content, lead, responsible, problems);
  }
  if (groups.length > 1) problems.push({ code: 'agency-multiple-groups', message: `一项中有${groups.length}组单位括号，已合并` });
  if (!groups.length) {
    // `…300万元。责任单位:市政府金融办` — the label printed without parentheses at the end.
    const bare = /(?:^|[。；;，,\s])((?:牵头|责任|配合|主责|协办)(?:单位|部门)\s*[:：][^。()（）]*)$/.exec(flat.trim());
    if (bare) {
      readSegments(bare[1]!, lead, responsible, problems);
      problems.push({ code: 'agency-unparenthesized', message: '单位标签没有括号，印在正文末尾' });
    }
  }
  return { lead: lead.length ? lead.join('、') : null, responsible: responsible.length ? responsible.join('、') : null, problems };
}

/** The text with its agency groups removed — what the provision says, not who does it. */
function withoutAgencies(text: string): string {
  const flat = text.replace(/\n/g, '');
  let out = '';
  let at = 0;
  for (const g of parenGroups(flat)) {
    if (!isAgencyContent(g.content)) continue;
    out += flat.slice(at, g.start);
    at = g.end;
  }
  return (out + flat.slice(at)).replace(/(?:^|[。；;，,\s])(?:牵头|责任|配合|主责|协办)(?:单位|部门)\s*[:：][^。()（）]*$/, '');
}

// ---------------------------------------------------------------------------
// Headings and duties

/**
 * The short heading a provision opens with, if any (agency groups aside):
 *   (一)配套发展资金。市政府统筹…      → 配套发展资金   (first sentence, short, more follows)
 *   1.1编制目的 / 一、建设任务（牵头单位：…） → the whole line (a title line without a full stop)
 *   30.用好“天门蒸菜”区域公用品牌。(牵头…) → null  (the sentence is the whole provision)
 *   1.严格落实《…》,推动…              → null  (a long sentence, not a heading)
 */
export function headingOf(firstLineRest: string, ownRest: string, hasChildren: boolean): string | null {
  const line = withoutAgencies(firstLineRest).trim();
  const rest = withoutAgencies(ownRest);
  const stop = line.indexOf('。');
  const sentence = (stop < 0 ? line : line.slice(0, stop)).trim();
  if (!sentence || /[:：;；(（]/.test(sentence)) return null;
  // What the provision says beyond its first sentence (or first line).
  const after = (stop < 0 ? rest.slice(line.length) : rest.slice(rest.indexOf('。') + 1)).replace(SEPARATORS, '');
  if (stop < 0) {
    // A line without a full stop is a title when it is short and either heads
    // something (children, a body) or is all there is: `5信息公开`. A short line
    // that only carries its agencies is a task, not a title.
    const carriesAgencies = line.length < firstLineRest.trim().length;
    return sentence.length <= 30 && (hasChildren || after !== '' || !carriesAgencies) ? sentence : null;
  }
  // A heading may pair short phrases (以人为本,预防为主); long clauses joined by a
  // comma are the start of a sentence, not a heading.
  const phrases = sentence.split(/[,，]/);
  const terse = phrases.length === 1 || phrases.every((p) => p.trim().length <= 8);
  return sentence.length <= 25 && terse && (after !== '' || hasChildren) ? sentence : null;
}

/**
 * The agency a duty provision is about: `(一)市生态环境局职责。` (heading ending
 * in 职责) or `(4)市财政局:负责…` (an agency name, then a colon).
 */
export function dutyAgency(title: string | null, firstLineRest: string): string | null {
  const byTitle = title ? /^(.+?)的?职责$/.exec(title) : null;
  if (byTitle && looksLikeBodyName(byTitle[1]!)) return byTitle[1]!;
  const byColon = /^([^\s:：,，。;；、()（）]{2,24})[:：]/.exec(firstLineRest.trim());
  if (byColon && looksLikeBodyName(byColon[1]!)) return byColon[1]!;
  return null;
}

// ---------------------------------------------------------------------------
// The tree

interface Node {
  block: CanonicalBlock;
  level: number;
  context: number; // 0 = the document's own text, k = its k-th attachment
  parent: Node | null;
  children: Node[];
  own: string[]; // the provision's block and the paragraphs inside it before any child
  all: string[]; // everything inside, in source order
  end: number;
}

const textLines = (b: CanonicalBlock) =>
  b.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Rebuild the provision tree from the blocks' levels. */
function buildTree(blocks: CanonicalBlock[]): Node[] {
  const nodes: Node[] = [];
  let stack: Node[] = [];
  let context = 0;
  const add = (node: Node, b: CanonicalBlock, own: boolean) => {
    const lines = textLines(b);
    if (own) node.own.push(...lines);
    for (let n: Node | null = node; n; n = n.parent) {
      n.all.push(...lines);
      n.end = Math.max(n.end, b.lines[1]);
    }
  };
  for (const b of blocks) {
    const level = b.level ?? 0;
    if (b.role === 'provision' || b.role === 'section') {
      while (stack.length && stack.at(-1)!.level >= level) stack.pop();
      const parent = stack.at(-1) ?? null;
      const node: Node = { block: b, level, context, parent, children: [], own: [], all: [], end: b.lines[1] };
      parent?.children.push(node);
      nodes.push(node);
      add(node, b, true);
      stack.push(node);
    } else if (b.role === 'paragraph') {
      // A paragraph at level k sits inside the provision at level k-1.
      while (stack.length && stack.at(-1)!.level >= level) stack.pop();
      const container = stack.at(-1);
      if (container) add(container, b, container.children.length === 0);
    } else {
      if (b.role === 'attachment') context++;
      stack = [];
    }
  }
  return nodes;
}

const isDecimal = (n: Node) => decimalDepth(n.block.numberStyle ?? '') !== null;

export function extractProvisions(doc: CanonicalDoc): { provisions: ProvisionDraft[]; anomalies: AnomalyDraft[] } {
  const anomalies: AnomalyDraft[] = [];
  const nodes = buildTree(doc.blocks);
  // Attachments restart their numbering. Their anchors get an `fjK-` prefix only
  // when more than one part of the document has numbered provisions, so the
  // common case (a notice whose numbered items are all in its one attachment)
  // keeps plain anchors.
  const numberedContexts = new Set(nodes.map((n) => n.context));
  const prefixOf = (n: Node) => (numberedContexts.size > 1 && n.context > 0 ? `fj${n.context}-` : '');

  interface Facts {
    anchor: string;
    label: string;
    title: string | null;
    lead: string | null;
    responsible: string | null;
    inherited: boolean;
    ownDuty: string | null;
    duty: string | null;
  }
  const facts = new Map<Node, Facts>();
  const used = new Map<string, Node>();

  for (const n of nodes) {
    const b = n.block;
    const number = b.number ?? '';
    const style = b.numberStyle ?? '';
    const parent = n.parent ? facts.get(n.parent)! : null;
    const line = b.lines[0];

    // Anchors come from printed numbers only, never from positions, so a
    // numbered block without its number is a bug upstream, not a case to guess.
    if (!number) throw new Error(`line ${line}: ${b.role} block has no printed number`);
    // A decimal number (4.3.1) is already a full path; other numbers extend
    // their parent's anchor. Colliding anchors get -b, -c … in source order.
    const slug = numberSlug(number);
    let anchor =
      isDecimal(n) && (!n.parent || isDecimal(n.parent)) ? prefixOf(n) + slug : parent ? `${parent.anchor}-${slug}` : prefixOf(n) + slug;
    if (used.has(anchor)) {
      const first = used.get(anchor)!;
      let k = 1;
      while (used.has(`${anchor}-${String.fromCharCode(97 + k)}`)) k++;
      const unique = `${anchor}-${String.fromCharCode(97 + k)}`;
      anomalies.push({
        severity: 'warning',
        code: 'anchor-collision',
        line,
        message: `编号“${labelFor(number, style)}”与第${first.block.lines[0]}行的“${labelFor(first.block.number ?? '', first.block.numberStyle ?? '')}”得出相同的链接锚点“${anchor}”，本项改用“${unique}”`,
      });
      anchor = unique;
    }
    used.set(anchor, n);

    const firstRest = parseNumberMarker(n.own[0] ?? '')?.rest ?? n.own[0] ?? '';
    const ownRest = [firstRest, ...n.own.slice(1)].join('\n');
    const title = headingOf(firstRest, ownRest, n.children.length > 0);
    const agencies = parseAgencyGroups(ownRest);
    for (const p of agencies.problems)
      anomalies.push({
        severity: p.code === 'agency-multiple-groups' || p.code === 'agency-unparenthesized' ? 'info' : 'warning',
        code: p.code,
        line,
        message: `编号“${labelFor(number, style)}”：${p.message}`,
      });
    const lead = agencies.lead ?? parent?.lead ?? null;
    const responsible = agencies.responsible ?? parent?.responsible ?? null;
    const inherited = (agencies.lead === null && lead !== null) || (agencies.responsible === null && responsible !== null);
    const ownDuty = dutyAgency(title, firstRest);
    facts.set(n, {
      anchor,
      label: labelFor(number, style),
      title,
      lead,
      responsible,
      inherited,
      ownDuty,
      duty: ownDuty ?? parent?.duty ?? null,
    });
  }

  // A measure is a leaf of the numbering tree — except inside a per-agency duty
  // section ((一)市生态环境局职责。 with its numbered duties), which is one measure:
  // the agency's whole remit. Its children stay anchored provisions.
  const isDutySection = (n: Node) => n.children.length > 0 && facts.get(n)!.ownDuty !== null;
  const insideDutySection = (n: Node) => {
    for (let p = n.parent; p; p = p.parent) if (isDutySection(p)) return true;
    return false;
  };
  const isMeasure = (n: Node) => isDutySection(n) || (n.children.length === 0 && !insideDutySection(n));

  const provisions = nodes.map((n): ProvisionDraft => {
    const f = facts.get(n)!;
    const path: ProvisionDraft['sectionPath'] = [];
    for (let p = n.parent; p; p = p.parent) {
      const pf = facts.get(p)!;
      const fallback = (parseNumberMarker(p.own[0] ?? '')?.rest ?? '')
        .slice(0, 30)
        .replace(SEPARATORS, '')
        .replace(/[:：]$/, '');
      path.unshift({ number: p.block.number ?? '', label: pf.label, title: pf.title ?? fallback, anchor: pf.anchor });
    }
    return {
      anchor: f.anchor,
      number: n.block.number ?? '',
      label: f.label,
      level: n.level,
      title: f.title,
      text: n.all.join('\n'),
      sectionPath: path,
      isMeasure: isMeasure(n),
      leadRaw: f.lead,
      responsibleRaw: f.responsible,
      agenciesInherited: f.inherited,
      dutyOf: f.duty,
      lines: [n.block.lines[0], n.end],
    };
  });

  // A measure with no agency among siblings that all name theirs was probably
  // printed without its parenthesis.
  for (const n of nodes) {
    if (!isMeasure(n) || facts.get(n)!.lead || facts.get(n)!.responsible || facts.get(n)!.duty) continue;
    const siblings = (n.parent ? n.parent.children : nodes.filter((m) => !m.parent && m.context === n.context)).filter(
      (m) => m !== n && isMeasure(m),
    );
    if (siblings.length >= 2 && siblings.every((m) => facts.get(m)!.lead || facts.get(m)!.responsible)) {
      anomalies.push({
        severity: 'warning',
        code: 'agency-missing',
        line: n.block.lines[0],
        message: `${facts.get(n)!.label}没有写明牵头或责任单位，而同级各项都有`,
      });
    }
  }
  anomalies.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { provisions, anomalies };
}
