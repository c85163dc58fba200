// Turn the canonical blocks of a work list into measures.
//
// The table is a tree flattened into rows: 中央政策 → 省 → 荆门 → 钟祥. Word
// exports a vertically merged cell as an empty cell on every row after the
// first. The rule used here, level by level from the top:
//   - a non-empty cell starts a new node at that level;
//   - an empty cell continues (is merged with) the row above *only if the level
//     above it is itself continued* — merges nest, a merged cell never spans a
//     boundary of its parent;
//   - otherwise the level is absent on this row (nothing was written for it).
// Every row is a measure: the deepest level that is new on the row.
import type { CanonicalDoc } from '../canonical/blocks.ts';
import type { LineRange } from '../schema.ts';
import { SourceError } from '../sources/decode.ts';
import { normalizeDeadline } from '../grammar/deadlines.ts';
import type { AnomalyDraft, LineageDraft, MeasureDraft, PolicyDraft } from './drafts.ts';

interface RowCells {
  lines: LineRange;
  cells: Map<string, { text: string; lines: LineRange }>;
}

interface Node {
  number: string | null;
  title: string | null;
  text: string;
  lines: LineRange;
  merged: boolean;
}

export interface LevelInfo {
  id: string; // jurisdiction id
  name: string; // 荆门市
  header: string; // 荆门市落实举措
}

export interface WorklistExtraction {
  measures: MeasureDraft[];
  policies: PolicyDraft[];
  anomalies: AnomalyDraft[];
  header: string[];
}

const flat = (s: string) => s.replace(/\s+/g, '');

function collectRows(doc: CanonicalDoc): { rows: RowCells[]; header: Array<{ text: string; lines: LineRange }> } {
  const rows: RowCells[] = [];
  const header: Array<{ text: string; lines: LineRange }> = [];
  for (const b of doc.blocks) {
    if (b.role === 'row') rows.push({ lines: b.lines, cells: new Map() });
    else if (b.role === 'cell' && b.column === 'header') header.push({ text: b.text, lines: b.lines });
    else if (b.role === 'cell' && b.column) rows.at(-1)?.cells.set(b.column, { text: b.text, lines: b.lines });
  }
  return { rows, header };
}

export function extractWorklist(doc: CanonicalDoc, levels: LevelInfo[], file: string): WorklistExtraction {
  const { rows, header } = collectRows(doc);
  const anomalies: AnomalyDraft[] = [];
  const measures: MeasureDraft[] = [];
  const policies: PolicyDraft[] = [];
  const top = levels[0]!;
  const local = levels.at(-1)!;
  let policy: PolicyDraft | null = null;
  let rowInPolicy = 0;
  let previous: Array<Node | null> = levels.map(() => null);
  let previousUnits: { lead: string; responsible: string; deadline: string; line: number } | null = null;
  const seenNumbers = new Map<string, Map<string, number>>(); // level → number → first line
  const lastNumber = new Map<string, { n: number; line: number }>();

  for (const row of rows) {
    const cell = (id: string) => row.cells.get(id) ?? { text: '', lines: row.lines };
    const notes: MeasureDraft['notes'] = [];
    const note = (severity: AnomalyDraft['severity'], code: string, line: number, message: string) => {
      anomalies.push({ severity, code, line, message });
      notes.push({ kind: code, message, lines: [line, line] });
    };

    // 1. Which central policy (中央政策 number + title) the row belongs to.
    const pNum = flat(cell(`${top.id}-number`).text) || null;
    const pTitle = flat(cell(`${top.id}-title`).text) || null;
    const pLine = cell(`${top.id}-number`).lines[0];
    let policyIsNew = false;
    if (pNum || pTitle) {
      const resolved = resolvePolicy(policies, policy, pNum, pTitle, pLine, top.name, note, file);
      if (resolved !== policy) {
        policyIsNew = true;
        rowInPolicy = 0;
      }
      policy = resolved;
      if (!policies.includes(policy)) policies.push(policy);
    } else if (!policy) {
      throw new SourceError(file, pLine, `first data row names no ${top.name} policy`);
    }
    rowInPolicy++;

    // 2. Each level: new, merged with the row above, or absent.
    const nodes: Array<Node | null> = [];
    const isNew: boolean[] = [];
    levels.forEach((level, i) => {
      const num = cell(`${level.id}-number`);
      const text = cell(`${level.id}-text`);
      const number = flat(num.text) || null;
      const body = text.text.trim();
      const parentContinues = i === 0 ? !policyIsNew : nodes[i - 1] !== null && !isNew[i - 1];
      if (number || body) {
        const lines: LineRange = [Math.min(num.lines[0], text.lines[0]), Math.max(num.lines[1], text.lines[1])];
        nodes.push({ number, title: i === 0 ? policy!.title : null, text: body, lines: number ? lines : text.lines, merged: false });
        isNew.push(true);
        if (!number && i > 0 && row.cells.has(`${level.id}-number`)) {
          note('info', 'unnumbered-item', text.lines[0], `${level.name}一栏有文字但没有序号：“${body.slice(0, 30)}”`);
        }
      } else if (parentContinues && previous[i]) {
        nodes.push({ ...previous[i]!, merged: true });
        isNew.push(false);
      } else {
        nodes.push(null);
        isNew.push(false);
      }
    });

    // 3. Numbering checks for numbered levels below the policy level.
    levels.forEach((level, i) => {
      const n = nodes[i];
      if (i === 0 || !n || !isNew[i] || !n.number) return;
      const seen = seenNumbers.get(level.id) ?? new Map<string, number>();
      seenNumbers.set(level.id, seen);
      const first = seen.get(n.number);
      if (first !== undefined) {
        throw new SourceError(
          file,
          n.lines[0],
          `${level.name}序号 ${n.number} appears again (first at line ${first}); item numbers must be unique`,
        );
      }
      seen.set(n.number, n.lines[0]);
      const value = Number(n.number);
      const last = lastNumber.get(level.id);
      if (last && value !== last.n + 1) {
        const kind = value < last.n ? 'number-out-of-order' : 'number-gap';
        anomalies.push({
          severity: 'warning',
          code: kind,
          line: n.lines[0],
          message: `${level.name}序号 ${n.number} 紧跟在 ${last.n}（第${last.line}行）之后`,
        });
      }
      lastNumber.set(level.id, { n: value, line: n.lines[0] });
    });

    // 4. The measure: the deepest level that is new on this row.
    let depth = -1;
    for (let i = levels.length - 1; i >= 0; i--)
      if (isNew[i]) {
        depth = i;
        break;
      }
    if (depth < 0) {
      // A row with only a repeated policy cell and nothing else written.
      anomalies.push({
        severity: 'warning',
        code: 'empty-row',
        line: row.lines[0],
        message: `第${row.lines[0]}行起的表格行除${top.name}序号/标题外没有内容`,
      });
      continue;
    }
    let anchorLevel = -1;
    for (let i = depth; i >= 1; i--)
      if (isNew[i] && nodes[i]!.number) {
        anchorLevel = i;
        break;
      }
    const anchor =
      anchorLevel < 0
        ? `p${policy!.number}-${rowInPolicy}`
        : anchorLevel === levels.length - 1
          ? nodes[anchorLevel]!.number!
          : `${levels[anchorLevel]!.id}-${nodes[anchorLevel]!.number}`;
    const own = nodes[depth]!;

    const lead = cell('lead'),
      responsible = cell('responsible'),
      deadline = cell('deadline');
    let units = { lead: lead.text.trim(), responsible: responsible.text.trim(), deadline: deadline.text.trim() };
    let inherited = false;
    if (depth === levels.length - 1 && !units.lead && !units.responsible && !units.deadline && previousUnits && !isNew[depth - 1]) {
      // All three 单位/时限 cells empty under a merged parent: the cells were merged vertically with the row above.
      units = previousUnits;
      inherited = true;
      note(
        'info',
        'merged-units',
        lead.lines[0],
        `${local.name}序号 ${own.number ?? ''} 的牵头单位、责任单位、完成时限单元格为空，按纵向合并单元格沿用上一行（第${previousUnits.line}行）`,
      );
    }
    if (depth < levels.length - 1) {
      note(
        'info',
        'no-local-measure',
        row.lines[0],
        `${levels[depth]!.name}${own.number ? '序号 ' + own.number + ' ' : ''}在本行没有对应的${local.name}落实措施（单元格为空，可能与上一行纵向合并）`,
      );
    } else if (!units.lead && own.number) {
      note('warning', 'missing-lead', lead.lines[0], `${local.name}序号 ${own.number ?? '（无）'} 没有牵头单位`);
    }
    if (depth === levels.length - 1 && !units.deadline && units.lead) {
      note('warning', 'missing-deadline', deadline.lines[0], `${local.name}序号 ${own.number ?? '（无）'} 没有完成时限`);
    }
    if (units.lead) previousUnits = { ...units, line: lead.lines[0] };

    const lineage: LineageDraft[] = [];
    for (let i = 0; i < depth; i++) {
      const n = nodes[i];
      if (!n) continue;
      lineage.push({
        level: levels[i]!.id,
        label: levels[i]!.header,
        number: i === 0 ? policy!.number : n.number,
        title: i === 0 ? policy!.title : null,
        text: n.text,
        lines: n.lines,
        merged: !isNew[i],
      });
    }
    const levelName = levels[depth]!.name;
    measures.push({
      anchor,
      level: levels[depth]!.id,
      number: own.number ?? (anchorLevel >= 0 ? nodes[anchorLevel]!.number! : `${policy!.number}-${rowInPolicy}`),
      label: own.number ? `${levelName}第${own.number}项` : `${levelName}（未编号）`,
      title: null,
      text: own.text,
      section: { number: policy!.number, title: policy!.title, anchor: `policy-${policy!.number}` },
      leadRaw: units.lead || null,
      responsibleRaw: units.responsible || null,
      agenciesInherited: inherited,
      deadline: units.deadline ? normalizeDeadline(units.deadline) : null,
      lineage,
      policy: { number: policy!.number, title: policy!.title },
      lines: row.lines,
      notes,
    });
    policy!.anchors.push(anchor);
    previous = nodes;
  }
  return { measures, policies, anomalies, header: header.map((h) => flat(h.text)) };
}

/**
 * A row that prints a policy number and/or title either repeats the current
 * policy (a merged cell split across pages), starts the next one, or — when the
 * printed number contradicts the title — is a numbering slip in the source:
 * the title decides, and the slip is reported, never silently renumbered.
 */
function resolvePolicy(
  all: PolicyDraft[],
  current: PolicyDraft | null,
  num: string | null,
  title: string | null,
  line: number,
  topName: string,
  note: (s: AnomalyDraft['severity'], code: string, line: number, message: string) => void,
  file: string,
): PolicyDraft {
  const byTitle = (t: string) => all.filter((p) => p.title === t);
  if (current && num === current.number && (!title || title === current.title)) return current;
  if (current && !num && title === current.title) {
    note('info', 'policy-number-missing', line, `${topName}政策标题“${title}”重复出现但序号栏为空，按同一项政策处理`);
    return current;
  }
  const expected = current ? String(Number(current.number) + 1) : '1';
  if (num && num === expected && !all.some((p) => p.number === num)) {
    if (title && byTitle(title).length) {
      note('warning', 'policy-duplicate-title', line, `${topName}政策 ${num} 的标题“${title}”与政策 ${byTitle(title)[0]!.number} 相同`);
    }
    return { number: num, title: title ?? '', anchors: [] };
  }
  if (title) {
    const match = current && title === current.title ? current : byTitle(title).at(-1);
    if (match) {
      note(
        'warning',
        'policy-number-slip',
        line,
        `${topName}政策序号印为“${num ?? ''}”，但标题“${title}”属于政策 ${match.number}（上一项为 ${current?.number ?? '无'}），按标题归入政策 ${match.number}；原文序号未改动`,
      );
      return match;
    }
  }
  if (num && !all.some((p) => p.number === num)) {
    note(
      'warning',
      'policy-number-out-of-order',
      line,
      `${topName}政策序号 ${num} 出现在 ${current?.number ?? '开头'} 之后，预期为 ${expected}`,
    );
    return { number: num, title: title ?? '', anchors: [] };
  }
  throw new SourceError(file, line, `${topName} policy "${num ?? ''} ${title ?? ''}" contradicts an earlier policy with the same number`);
}
