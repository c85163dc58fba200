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
import { decimalDepth, labelFor, numberSlug, parseNumberMarker } from '../grammar/numberMarkers.ts';
import { findAgencyTags, type TagOptions, type TagProblem } from '../grammar/agencyTags.ts';
import { looksLikeBodyName } from '../adapters/official/signature.ts';
import { foldText } from '../text/fold.ts';
import { isGroupName, splitAgencyList } from '../grammar/agencyNames.ts';
import { normalizeDeadline } from '../grammar/deadlines.ts';
import type { Column } from '../adapters/tables/plan.ts';
import type { Deadline } from '../schema.ts';
import { findConditionClause } from '../grammar/conditions.ts';
import type { AgencyRef, AnomalyDraft, ConditionDraft } from './drafts.ts';

export interface ProvisionDraft {
  anchor: string; // ASCII slug of the printed number path: 一、(二) → 1-2; unique in the document
  number: string; // printed numeral: 七, 1.1
  label: string; // as readers cite it: （七） 一、 1. （4）
  level: number;
  title: string | null; // short heading: (一)配套发展资金。… → 配套发展资金
  text: string; // full text, children's included for a section
  sectionPath: Array<{ number: string; label: string; title: string; anchor: string }>; // ancestors, outermost first
  /** Conditions its ancestors state for the items under them (具备以下条件之一…), outermost first. */
  conditions: ConditionDraft[];
  isMeasure: boolean;
  lead: AgencyRef[];
  responsible: AgencyRef[];
  leadRaw: string | null;
  responsibleRaw: string | null;
  people: string[];
  agenciesInherited: boolean;
  dutyOf: string | null;
  /** A deadline stated in an agency tag or a table's 完成时限 cell; the assembler looks in the text otherwise. */
  deadline: Deadline | null;
  lines: [number, number];
}

// ---------------------------------------------------------------------------
// Agencies: read with the one agency-tag grammar (pipeline/grammar/agencyTags.ts)

export interface ProvisionAgencies {
  lead: AgencyRef[];
  responsible: AgencyRef[];
  people: string[];
  deadline: string | null;
  problems: TagProblem[];
  /** Offsets of the tags in the text, to tell what the provision says from who does it. */
  spans: Array<[number, number]>;
  /** The names as printed, joined, for readers (原文). */
  leadRaw: string | null;
  responsibleRaw: string | null;
}

/** Lead and responsible agencies (and people, and a deadline) named in a provision's own text. */
export function readAgencies(text: string, options: TagOptions = {}): ProvisionAgencies {
  const tags = findAgencyTags(text, foldText(text), options);
  const pick = (role: 'lead' | 'responsible') =>
    tags.flatMap((t) => t.names.filter((n) => n.role === role).map((n) => ({ name: n.name, etc: n.etc, group: n.group })));
  const lead = pick('lead');
  const responsible = pick('responsible');
  const problems = tags.flatMap((t) => t.problems);
  if (tags.filter((t) => t.form !== 'label-lines').length > 1) {
    problems.push({ code: 'agency-remark', message: `一项中有${tags.length}组单位标注，已合并` });
  }
  // As printed: the lists exactly as the tags print them; where the document's convention
  // made the first of a list its lead, the whole list stays one printed text.
  const printed = (role: 'lead' | 'responsible') => {
    const parts = tags.flatMap((t) => t.printed[role]);
    return parts.length ? parts.join('；') : null;
  };
  const firstLeads = tags.some((t) => t.firstListedLeads) || options.firstListedLeads === true;
  return {
    lead,
    responsible,
    people: tags.flatMap((t) => t.people),
    deadline: tags.find((t) => t.deadline)?.deadline ?? null,
    problems,
    spans: tags.map((t) => [t.start, t.end]),
    leadRaw:
      firstLeads && !tags.some((t) => t.printed.lead.length) ? (lead.length ? lead.map((r) => r.name).join('、') : null) : printed('lead'),
    responsibleRaw: printed('responsible'),
  };
}

/** The text with its agency tags removed — what the provision says, not who does it. */
function withoutAgencies(text: string): string {
  const flat = text.replace(/\n/g, '');
  let out = '';
  let at = 0;
  for (const [a, b] of readAgencies(flat).spans) {
    out += flat.slice(at, a);
    at = b;
  }
  return out + flat.slice(at);
}

const SEPARATORS = /^[\s,，;；、。.]+|[\s,，;；、。.]+$/g;

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

interface RowCells {
  columns: Column[];
  cells: Map<string, { text: string; lines: [number, number]; mergedUp: boolean }>;
  index: number; // 1-based row of its table, for rows printed without a 序号
  table: number; // which table of the document
}

interface Node {
  block: CanonicalBlock;
  level: number;
  context: number; // 0 = the document's own text, k = its k-th attachment
  parent: Node | null;
  children: Node[];
  own: string[]; // the provision's block and the paragraphs inside it before any child
  all: string[]; // everything inside, in source order
  /** Paragraphs after the children: a closing (责任单位:…) speaks for the whole section. */
  closing: string[];
  end: number;
  /** Last source line of its own text (before its first child). */
  ownEnd: number;
  row: RowCells | null;
}

const textLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Rebuild the provision tree from the blocks' levels; the rows of a task table are nodes too. */
function buildTree(blocks: CanonicalBlock[]): Node[] {
  const nodes: Node[] = [];
  let stack: Node[] = [];
  let context = 0;
  let table: { columns: Column[]; level: number; rows: number; index: number } | null = null;
  let tables = 0;
  const add = (node: Node, lines: string[], last: number, own: boolean) => {
    if (own) {
      node.own.push(...lines);
      node.ownEnd = Math.max(node.ownEnd, last);
    } else if (node.children.length) node.closing.push(...lines);
    for (let n: Node | null = node; n; n = n.parent) {
      n.all.push(...lines);
      n.end = Math.max(n.end, last);
    }
  };
  const open = (b: CanonicalBlock, level: number, row: RowCells | null): Node => {
    while (stack.length && stack.at(-1)!.level >= level) stack.pop();
    const parent = stack.at(-1) ?? null;
    const node: Node = {
      block: b,
      level,
      context,
      parent,
      children: [],
      own: [],
      all: [],
      closing: [],
      end: b.lines[1],
      ownEnd: b.lines[1],
      row,
    };
    parent?.children.push(node);
    nodes.push(node);
    stack.push(node);
    return node;
  };
  for (const b of blocks) {
    if (b.role === 'provision' || b.role === 'section') {
      table = null;
      const node = open(b, b.level, null);
      add(node, textLines(b.text), b.lines[1], true);
    } else if (b.role === 'paragraph') {
      table = null;
      // A paragraph at level k sits inside the provision at level k-1.
      while (stack.length && stack.at(-1)!.level >= b.level) stack.pop();
      const container = stack.at(-1);
      if (container) add(container, textLines(b.text), b.lines[1], container.children.length === 0);
    } else if (b.role === 'table') {
      // Level tables (a work list's 中央 → 省 → 市 chain) are read by extractWorklist.
      table = b.columns.some((c) => c.role === 'level') ? null : { columns: b.columns, level: b.level, rows: 0, index: tables++ };
    } else if (b.role === 'row' && table) {
      table.rows++;
      open(b, table.level, { columns: table.columns, cells: new Map(), index: table.rows, table: table.index });
    } else if (b.role === 'cell' && table) {
      const node = stack.at(-1);
      if (!node?.row) continue;
      node.row.cells.set(b.column, { text: b.text, lines: b.lines, mergedUp: b.mergedUp ?? false });
      add(node, textLines(b.text), b.lines[1], true);
    } else if (b.role === 'header') {
      continue;
    } else {
      table = null;
      if (b.role === 'attachment') context++;
      stack = [];
    }
  }
  return nodes;
}

const isDecimal = (n: Node) => n.block.role !== 'row' && 'numberStyle' in n.block && decimalDepth(n.block.numberStyle) !== null;

/** What a row's cells say, by the role of their columns. */
interface RowReading {
  number: string | null;
  /** A numbered sub-item of a row ((1) under 序号 1), when the text cell starts with one. */
  sub: string | null;
  title: string | null;
  text: string;
  lead: string;
  responsible: string;
  people: string[];
  deadline: string;
}

function readRow(row: RowCells): RowReading {
  const byRole = (role: Column['role']) => row.columns.filter((c) => c.role === role).map((c) => row.cells.get(c.id)?.text.trim() ?? '');
  // Without a 序号 column, a task printed with its number (广州: 135.统筹违法建设治理…) is numbered by it.
  const printed = (byRole('number')[0] ?? '').replace(/\s+/g, '').replace(/^[(（]|[)）.、]$/g, '');
  const marker = !printed && !row.columns.some((c) => c.role === 'number') ? parseNumberMarker(byRole('task')[0] ?? '') : null;
  const number = printed || (marker && /^\d+$/.test(marker.number) ? marker.number : null);
  const tasks = byRole('task');
  const remarks = row.columns
    .filter((c) => c.role === 'remark')
    .map((c) => {
      const t = row.cells.get(c.id)?.text.trim() ?? '';
      return t ? `${c.header}：${t}` : '';
    })
    .filter(Boolean);
  // Several task columns: the first names the task (目标名称, 重点任务), the last says what
  // to do (工作标准, 具体措施).
  const title = tasks.length > 1 && tasks[0] ? (marker ? marker.rest : tasks[0]).replace(/\s+/g, '') : null;
  const body = (tasks.length > 1 ? tasks.slice(1) : tasks).filter(Boolean);
  const sub = number ? (/^\s*[(（](\d{1,2})[)）]/.exec(body[0] ?? '')?.[1] ?? null) : null;
  return {
    number,
    sub,
    title,
    text: [...body, ...remarks].join('\n'),
    lead: byRole('lead').filter(Boolean).join('、'),
    responsible: byRole('responsible').filter(Boolean).join('、'),
    people: byRole('people')
      .flatMap((p) => p.split(/[、,，;；\s]+/))
      .filter(Boolean),
    deadline: byRole('deadline').filter(Boolean).join(' '),
  };
}

const refsOf = (raw: string): AgencyRef[] => splitAgencyList(foldText(raw)).map((p) => ({ ...p, group: isGroupName(p.name) }));

export interface ExtractOptions {
  /** The document's year, for deadlines that print none (6月底前, 全年). */
  year: number | null;
  tags: TagOptions;
}

export function extractProvisions(
  doc: CanonicalDoc,
  options: ExtractOptions = { year: null, tags: {} },
): { provisions: ProvisionDraft[]; anomalies: AnomalyDraft[] } {
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
    number: string;
    label: string;
    title: string | null;
    text: string | null; // a row's text (its task cells), null for an outline node (its lines)
    agencies: ProvisionAgencies;
    lead: AgencyRef[];
    responsible: AgencyRef[];
    inherited: boolean;
    ownDuty: string | null;
    duty: string | null;
    deadline: Deadline | null;
    /** The conditions this provision states for the items under it. */
    condition: string | null;
  }
  const facts = new Map<Node, Facts>();
  const used = new Map<string, Node>();
  let previousRow: { node: Node; reading: RowReading } | null = null;

  for (const n of nodes) {
    const b = n.block;
    const parent = n.parent ? facts.get(n.parent)! : null;
    const line = b.lines[0];
    let number: string;
    let label: string;
    let slug: string;
    let title: string | null;
    let text: string | null = null;
    let agencies: ProvisionAgencies;
    let deadline: Deadline | null = null;
    let inheritedRow = false;
    let condition: string | null = null;

    if (n.row) {
      // A row of a task table: its cells say what, who and by when.
      const reading = readRow(n.row);
      const prev = previousRow && previousRow.node.row!.table === n.row.table ? previousRow.reading : null;
      // An empty first task cell under a merged cell continues the row above (重点任务 spanning rows).
      if (!reading.title && prev?.title && n.row.columns.filter((c) => c.role === 'task').length > 1) {
        reading.title = prev.title;
        inheritedRow = true;
      }
      // Empty 单位/时限 cells take the row above's only where the row is part of the same merged group.
      if (inheritedRow && prev) {
        if (!reading.lead && !reading.responsible && !reading.deadline) {
          reading.lead = prev.lead;
          reading.responsible = prev.responsible;
          reading.deadline = prev.deadline;
          anomalies.push({
            code: 'merged-cell',
            line,
            message: `第${reading.number ?? n.row.index}行的单位、时限单元格为空，按纵向合并单元格沿用上一行`,
          });
        }
      }
      previousRow = { node: n, reading };
      number = reading.number ? (reading.sub ? `${reading.number}（${reading.sub}）` : reading.number) : `r${n.row.index}`;
      label = reading.number ? `第${reading.number}项${reading.sub ? `（${reading.sub}）` : ''}` : `第${n.row.index}行`;
      slug =
        reading.number && /^\d+$/.test(reading.number)
          ? String(Number(reading.number)) + (reading.sub ? `-${Number(reading.sub)}` : '')
          : `r${n.row.index}`;
      if (!reading.number) anomalies.push({ code: 'unnumbered-item', line, message: `表格第${n.row.index}行没有序号，链接按行号编排` });
      title = reading.title ?? headingOf(reading.text.split('\n')[0] ?? '', reading.text, false);
      text = reading.text;
      const lead = refsOf(reading.lead);
      const responsible = refsOf(reading.responsible);
      agencies = {
        lead,
        responsible,
        people: reading.people,
        deadline: null,
        problems: [],
        spans: [],
        leadRaw: reading.lead || null,
        responsibleRaw: reading.responsible || null,
      };
      deadline = reading.deadline ? normalizeDeadline(reading.deadline, options.year) : null;
    } else {
      if (b.role !== 'section' && b.role !== 'provision') continue;
      number = b.number;
      label = labelFor(number, b.numberStyle);
      slug = numberSlug(number);
      const firstRest = parseNumberMarker(n.own[0] ?? '')?.rest ?? n.own[0] ?? '';
      const ownRest = [firstRest, ...n.own.slice(1)].join('\n');
      title = headingOf(firstRest, ownRest, n.children.length > 0);
      if (n.children.length > 0) condition = findConditionClause(ownRest)?.text ?? null;
      agencies = readAgencies(ownRest, options.tags);
      // A tag standing after the children speaks for the whole section (运城: (责任单位:…) after (1)…(4)).
      if (!agencies.lead.length && !agencies.responsible.length && n.closing.length) {
        const closing = readAgencies(n.closing.join('\n'), options.tags);
        if (closing.lead.length || closing.responsible.length) agencies = closing;
      }
      if (agencies.deadline) deadline = normalizeDeadline(agencies.deadline, options.year);
    }
    for (const p of agencies.problems) anomalies.push({ code: p.code, line, message: `编号“${label}”：${p.message}` });

    // Anchors come from printed numbers only (a row without a 序号 takes its row number).
    // A decimal number (4.3.1) is already a full path; other numbers extend their
    // parent's anchor. Colliding anchors get -b, -c … in source order.
    let anchor =
      isDecimal(n) && (!n.parent || isDecimal(n.parent)) ? prefixOf(n) + slug : parent ? `${parent.anchor}-${slug}` : prefixOf(n) + slug;
    if (used.has(anchor)) {
      const first = facts.get(used.get(anchor)!)!;
      let k = 1;
      while (used.has(`${anchor}-${String.fromCharCode(97 + k)}`)) k++;
      const unique = `${anchor}-${String.fromCharCode(97 + k)}`;
      anomalies.push({
        code: 'anchor-collision',
        line,
        message: `编号“${label}”与第${used.get(anchor)!.block.lines[0]}行的“${first.label}”得出相同的链接锚点“${anchor}”，本项改用“${unique}”`,
      });
      anchor = unique;
    }
    used.set(anchor, n);

    // Each role not named by the provision itself is inherited from its section.
    const ownLead = agencies.lead.length > 0;
    const ownResponsible = agencies.responsible.length > 0;
    const lead = ownLead || n.row ? agencies.lead : (parent?.lead ?? []);
    const responsible = ownResponsible || n.row ? agencies.responsible : (parent?.responsible ?? []);
    if (!n.row && !ownLead && parent) agencies.leadRaw = parent.agencies.leadRaw;
    if (!n.row && !ownResponsible && parent) agencies.responsibleRaw = parent.agencies.responsibleRaw;
    const firstRest = n.row ? '' : (parseNumberMarker(n.own[0] ?? '')?.rest ?? n.own[0] ?? '');
    const ownDuty = n.row ? null : dutyAgency(title, firstRest);
    facts.set(n, {
      anchor,
      number,
      label,
      title,
      text,
      agencies,
      lead,
      responsible,
      inherited: inheritedRow || (!ownLead && lead.length > 0) || (!ownResponsible && responsible.length > 0),
      ownDuty,
      duty: ownDuty ?? parent?.duty ?? null,
      deadline,
      condition,
    });
  }

  // A measure is a leaf of the numbering tree — except inside a per-agency duty
  // section ((一)市生态环境局职责。 with its numbered duties), which is one measure:
  // the agency's whole remit. Its children stay anchored provisions.
  const isDutySection = (n: Node) => n.children.length > 0 && (facts.get(n)?.ownDuty ?? null) !== null;
  const insideDutySection = (n: Node) => {
    for (let p = n.parent; p; p = p.parent) if (isDutySection(p)) return true;
    return false;
  };
  const isMeasure = (n: Node) => isDutySection(n) || (n.children.length === 0 && !insideDutySection(n));

  const provisions = nodes
    .filter((n) => facts.has(n))
    .map((n): ProvisionDraft => {
      const f = facts.get(n)!;
      const path: ProvisionDraft['sectionPath'] = [];
      const conditions: ConditionDraft[] = [];
      for (let p = n.parent; p; p = p.parent) {
        const pf = facts.get(p)!;
        const fallback = (pf.text ?? parseNumberMarker(p.own[0] ?? '')?.rest ?? '')
          .slice(0, 30)
          .replace(SEPARATORS, '')
          .replace(/[:：]$/, '');
        path.unshift({ number: pf.number, label: pf.label, title: pf.title ?? fallback, anchor: pf.anchor });
        if (pf.condition) {
          conditions.unshift({
            text: pf.condition,
            section: { label: pf.label, title: pf.title ?? fallback, anchor: pf.anchor },
            lines: [p.block.lines[0], p.ownEnd],
          });
        }
      }
      const duty = f.duty;
      const lead = f.lead.length || !duty ? f.lead : [{ name: duty, etc: false, group: isGroupName(foldText(duty)) }];
      const raw = (refs: AgencyRef[]) => (refs.length ? refs.map((r) => r.name + (r.etc ? '等' : '')).join('、') : null);
      return {
        anchor: f.anchor,
        number: f.number,
        label: f.label,
        level: n.level,
        title: f.title,
        text: f.text ?? n.all.join('\n'),
        sectionPath: path,
        conditions,
        isMeasure: isMeasure(n),
        lead,
        responsible: f.responsible,
        leadRaw: f.agencies.leadRaw ?? raw(lead),
        responsibleRaw: f.agencies.responsibleRaw ?? raw(f.responsible),
        people: f.agencies.people,
        agenciesInherited: f.inherited,
        dutyOf: duty,
        deadline: f.deadline,
        lines: [n.block.lines[0], n.end],
      };
    });

  // A measure with no agency among siblings that all name theirs was probably
  // printed without its parenthesis.
  const named = (n: Node) => {
    const f = facts.get(n)!;
    return f.lead.length > 0 || f.responsible.length > 0 || f.duty !== null;
  };
  for (const n of nodes) {
    if (!facts.has(n) || !isMeasure(n) || named(n)) continue;
    const siblings = (n.parent ? n.parent.children : nodes.filter((m) => !m.parent && m.context === n.context)).filter(
      (m) => m !== n && facts.has(m) && isMeasure(m),
    );
    if (siblings.length >= 2 && siblings.every(named)) {
      anomalies.push({
        code: 'agency-missing',
        line: n.block.lines[0],
        message: `${facts.get(n)!.label}没有写明牵头或责任单位，而同级各项都有`,
      });
    }
  }
  anomalies.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { provisions, anomalies };
}
