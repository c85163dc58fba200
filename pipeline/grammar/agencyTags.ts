// Agency tags: who leads and who shares a provision, as official documents print it.
//
// The forms met in real documents (all read by one grammar, on folded text):
//   (牵头单位:市发改委;责任单位:市财政局、市税务局)      labels            天门 2023
//   (责任单位:市经信局)                                   one label
//   (市发展改革局、市财政局负责)                          verb 负责: all responsible, unless the
//                                                        document says the first listed leads
//                                                        (排在首位的为牵头单位 / 列第一位者为牵头单位)
//   (市政府办公室牵头,市级各有关部门按职责分工负责)      verbs 牵头 / 配合 / 参与 / 按职责分工负责
//   (市商务局牵头,市财政局配合,2023年9月底前完成)        lead + responsible + deadline
//   牵头单位:市人社局⏎责任单位:市财政局⏎完成时限:6月底   labels on lines of their own (label lines)
//   …300万元。责任单位:市政府金融办                       a label without parentheses at the end
//
// A parenthesis is an agency tag only when every piece of it is a label, an agency, a
// group of bodies, a person under a 领导 label, or a deadline: (国办发〔2022〕10号),
// 50人(含)以上, (放、管、服), (试行) never become agencies. Names are returned as
// printed (cut from the original text at the folded text's offsets); what they resolve
// to is decided against the agency registry later.
import { isGroupName, looksLikeAgencyName, splitAgencyList, type NamePart } from './agencyNames.ts';
import { isDeadlinePhrase } from './deadlines.ts';
import { foldText } from '../text/fold.ts';

export type TagRole = 'lead' | 'responsible';

/** Something in a tag the reader should know: a label misprinted, a stray word ignored. */
export interface TagProblem {
  code: 'agency-label-unknown' | 'agency-stray-text' | 'agency-unclosed' | 'agency-unparenthesized' | 'agency-remark';
  message: string; // Chinese, for the report and the measure page
}

export interface TaggedName extends NamePart {
  role: TagRole;
  group: boolean; // a set of bodies (各乡镇, 县直有关单位), not one agency
}

export interface AgencyTag {
  names: TaggedName[];
  /** People named under a 责任领导/牵头领导 label — never agencies. */
  people: string[];
  /** A deadline stated inside the tag, as printed. */
  deadline: string | null;
  /** Offsets of the tag in the text it was read from (for parentheses: the brackets included). */
  start: number;
  end: number;
  form: 'labels' | 'verbs' | 'list' | 'label-lines' | 'trailing-label';
  problems: TagProblem[];
  /** The tag states that the first listed body leads (排在首位的为牵头单位,下同): later tags follow it. */
  firstListedLeads: boolean;
  /** The lists as printed, per role as read (a list whose first body leads counts as responsible here). */
  printed: Record<TagRole, string[]>;
}

export interface TagOptions {
  /** The document says the first listed body leads (排在首位的为牵头单位). */
  firstListedLeads?: boolean;
  /** Names the reviewed registry knows, for bodies whose names end unusually. */
  known?: (name: string) => 'agency' | 'group' | null;
}

// ---------------------------------------------------------------------------
// Labels

const LEAD_LABEL = /^(?:牵头|主责|主办|主抓|牵头责任|责任牵头|总牵头)(?:单位|部门)$/;
const RESPONSIBLE_LABEL = /^(?:责任|配合|协办|参与|协同|协助|参加|配合责任|协作|责任落实)(?:单位|部门)$/;
const PEOPLE_LABEL = /^(?:责任领导|牵头领导|分管领导|包保领导|联系领导|责任人|县级领导|市级领导|区级领导|牵头[县市区]领导)$/;
const DEADLINE_LABEL = /^(?:完成时限|完成时间|时间节点|时限要求|时限|完成期限|办结时限|截止时间)$/;
// `label:` — a short word before a colon.
const LABEL_AT = /^([\u4e00-\u9fff]{2,8})\s*:\s*/;

type LabelKind = 'lead' | 'responsible' | 'people' | 'deadline';

export function labelKind(label: string): LabelKind | null {
  if (LEAD_LABEL.test(label)) return 'lead';
  if (RESPONSIBLE_LABEL.test(label)) return 'responsible';
  if (PEOPLE_LABEL.test(label)) return 'people';
  if (DEADLINE_LABEL.test(label)) return 'deadline';
  return null;
}

/** Words that must never end up inside an agency name (a test checks the whole corpus). */
export const LABEL_WORDS = /牵头单位|责任单位|配合单位|协办单位|完成时限|责任领导|[:：]/;

// Sentences that set the document's convention for lists of agencies: 排在首位的为牵头单位,
// 列第一位者为牵头单位, 第一个单位为牵头单位.
const FIRST_LISTED_LEADS =
  /(?:排在|列在|列)(?:首位|第一位|第一个|最前)(?:的|者)?(?:单位)?(?:为|是)牵头单位|第一(?:个)?单位为牵头单位|首位(?:单位)?为牵头单位/;

// ---------------------------------------------------------------------------
// Verbs after a list of names

const LEAD_VERB = /(?:负责牵头|牵头负责|牵头抓总|总牵头|牵头|为牵头单位|抓总)$/;
const RESPONSIBLE_VERB =
  /(?:按职责分工负责|按职责分工落实|按职责分工抓好落实|按职能分工负责|按职责负责|按职责落实|分工负责|分别负责|共同负责|负责落实|配合落实|配合|协助|协同|参与|参加|按职责配合|落实)$/;
const OWN_VERB = /(?:负责|具体负责|组织实施|实施)$/;

// ---------------------------------------------------------------------------

interface Piece {
  text: string; // folded: what is matched
  orig: string; // as printed, same length: what names are cut from
  start: number; // offset in the text
}

/**
 * Split a tag's content at top-level , ; — not inside nested brackets. `content` is folded
 * text starting at `base` in the document text; `original` is the document text as printed.
 */
function pieces(content: string, base: number, original: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= content.length; i++) {
    const c = content[i];
    if (c === '(' || c === '〔' || c === '[') depth++;
    else if (c === ')' || c === '〕' || c === ']') depth--;
    if (i === content.length || (depth === 0 && (c === ',' || c === ';'))) {
      const raw = content.slice(from, i);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim().replace(/[。.]$/, '');
      const start = base + from + lead;
      if (text) out.push({ text, orig: original.slice(start, start + text.length), start });
      from = i + 1;
    }
  }
  return out;
}

interface Reading {
  names: TaggedName[];
  people: string[];
  deadline: string | null;
  form: AgencyTag['form'];
  own: boolean; // a list with 负责 or no verb: the roles depend on the document's convention
  firstListedLeads: boolean; // the tag itself states the convention (排在首位的为牵头单位,下同)
  remark: string | null; // a sentence after the tag's lists (…园区管委会。以下政策措施均需…)
  labelled: boolean; // at least one piece had a label (牵头单位:…)
  /** The role of the last label: an unlabelled list after it continues it (牵头单位:X,各乡镇办场). */
  lastLabel: TagRole | null;
  /** Per role, the lists as printed (for readers: 原文). */
  printed: Record<TagRole, string[]>;
  problems: TagProblem[];
}

const emptyReading = (form: AgencyTag['form']): Reading => ({
  names: [],
  people: [],
  deadline: null,
  form,
  own: false,
  firstListedLeads: false,
  remark: null,
  labelled: false,
  lastLabel: null,
  printed: { lead: [], responsible: [] },
  problems: [],
});

/** Names of a list, or null when any of them is neither an agency nor a group. */
function namesOf(list: string, role: TagRole, options: TagOptions): TaggedName[] | null {
  const parts = splitAgencyList(list);
  if (parts.length === 0) return null;
  const out: TaggedName[] = [];
  for (const p of parts) {
    const known = options.known?.(p.name) ?? null;
    const group = known === 'group' || (known === null && isGroupName(p.name));
    if (!group && known !== 'agency' && !looksLikeAgencyName(p.name)) return null;
    out.push({ ...p, role, group });
  }
  return out;
}

/** Read one piece; false when it is not part of an agency tag. */
function readPiece(piece: Piece, reading: Reading, options: TagOptions): boolean {
  const { text, orig } = piece;
  if (FIRST_LISTED_LEADS.test(text)) {
    reading.firstListedLeads = true;
    return true;
  }
  if (/^(?:下同|以下同|后同)$/.test(text)) return true;
  const label = LABEL_AT.exec(text);
  if (label) {
    let kind = labelKind(label[1]!);
    const value = orig.slice(label[0].length).trim();
    // A misprinted label (头单位 for 牵头单位): read by what it says — 牵/头/主 lead.
    if (!kind && /(?:单位|部门)$/.test(label[1]!)) {
      kind = /[牵头主]/.test(label[1]!) ? 'lead' : 'responsible';
      reading.problems.push({
        code: 'agency-label-unknown',
        message: `单位标签“${orig.slice(0, label[1]!.length)}”不规范，按“${kind === 'lead' ? '牵头单位' : '责任单位'}”处理`,
      });
    }
    if (!kind) return false;
    reading.labelled = true;
    if (!value) return true; // an empty label (责任单位:) says nothing
    if (kind === 'deadline') {
      reading.deadline ??= value;
      return true;
    }
    if (kind === 'people') {
      reading.people.push(...value.split(/[、,，\s]+/).filter(Boolean));
      return true;
    }
    // A verb may close a labelled list (宿迁: 责任单位:市工业和信息化局、…按职责分工负责).
    const verb = RESPONSIBLE_VERB.exec(foldText(value)) ?? OWN_VERB.exec(foldText(value));
    const list = verb && verb.index > 0 ? value.slice(0, verb.index) : value;
    const names = namesOf(list, kind, options);
    if (!names) return false;
    reading.names.push(...names);
    reading.printed[kind].push(value);
    reading.lastLabel = kind;
    reading.form = 'labels';
    return true;
  }
  if (isDeadlinePhrase(text)) {
    reading.deadline ??= orig;
    return true;
  }
  for (const [re, role] of [
    [LEAD_VERB, 'lead'],
    [RESPONSIBLE_VERB, 'responsible'],
  ] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const names = namesOf(orig.slice(0, m.index), role, options);
    if (!names) return false;
    reading.names.push(...names);
    reading.printed[role].push(orig.slice(0, m.index).trim());
    if (reading.form !== 'labels') reading.form = 'verbs';
    return true;
  }
  // After a label, a list without a verb continues that label: (牵头单位:市城市管理执法局,各乡镇办场).
  if (reading.lastLabel) {
    const names = namesOf(orig, reading.lastLabel, options);
    if (!names) return false;
    reading.names.push(...names);
    const list = reading.printed[reading.lastLabel];
    list[list.length - 1] += text === orig ? `,${orig}` : `,${orig}`;
    return true;
  }
  const own = OWN_VERB.exec(text);
  const names = namesOf(own ? orig.slice(0, own.index) : orig, 'responsible', options);
  if (!names) return false;
  reading.names.push(...names);
  reading.printed.responsible.push((own ? orig.slice(0, own.index) : orig).trim());
  reading.own = true;
  if (reading.form !== 'labels' && reading.form !== 'verbs') reading.form = own ? 'verbs' : 'list';
  return true;
}

/**
 * Resolve roles once the whole tag is read. A list with 负责 (or no verb) is responsible:
 * 负责 does not say who leads (市商务局负责,市财政局配合 names no lead, and the site does not
 * guess one) — unless the tag or the document says the first listed body leads
 * (排在首位的为牵头单位 / 列第一位者为牵头单位), and no lead is named otherwise.
 */
function settle(reading: Reading, options: TagOptions): void {
  if (reading.names.some((n) => n.role === 'lead')) return;
  if (reading.firstListedLeads || (reading.own && options.firstListedLeads)) {
    const first = reading.names.find((n) => !n.group);
    if (first) first.role = 'lead';
  }
}

function readTag(original: string, folded: string, from: number, to: number, options: TagOptions, allowList: boolean): Reading | null {
  const reading = emptyReading('list');
  // Line breaks inside a tag are wraps: read them as spaces (same length, offsets kept).
  let content = folded.slice(from, to).replace(/\n/g, ' ');
  // A tag may end in a remark after a full stop (…园区管委会。以下政策措施均需…落实,不再单独列出):
  // the lists before it are the tag, the remark stays text.
  const stop = content.indexOf('。');
  if (stop >= 0 && stop < content.length - 1) {
    reading.remark = original.slice(from + stop + 1, to);
    content = content.slice(0, stop);
  }
  // Labels separated by spaces only: (牵头单位:市商务局  责任单位:市编办、…).
  content = content.replace(/\s(?=\s*[\u4e00-\u9fff]{2,8}\s*:)/g, ';');
  const ps = pieces(content, from, original);
  if (ps.length === 0) return null;
  const unread = ps.filter((p) => !readPiece(p, reading, options));
  // A tag with labels tolerates a stray word (天门: (杨寒;牵头单位:市住建局)), reported;
  // without a label, one unreadable piece means the parenthesis is not a tag at all.
  if (unread.length && !reading.labelled) return null;
  for (const p of unread) {
    reading.problems.push({
      code: 'agency-stray-text',
      message: `单位括号中“${p.orig}”不是单位，也没有“牵头单位”“责任单位”等标签，已忽略`,
    });
  }
  if (reading.names.length === 0 && reading.people.length === 0) return null;
  // A bare list in parentheses ((市财政局、市税务局)) is a tag only where the caller allows
  // it — at the end of a provision, not inside a sentence.
  if (reading.form === 'list' && !allowList) return null;
  settle(reading, options);
  return reading;
}

// ---------------------------------------------------------------------------
// Finding tags in a provision's text

interface Group {
  content: string;
  start: number; // offset of the opening bracket
  end: number; // offset after the closing bracket (or the text's end when unclosed)
  closed: boolean;
}

/** Top-level parenthesised groups of folded text (nested brackets stay inside). */
export function parenGroups(folded: string): Group[] {
  const out: Group[] = [];
  // Round brackets, and 〔〕 where a document uses them for its tags (四川: 〔责任单位:…〕).
  const CLOSE: Record<string, string> = { '(': ')', '〔': '〕' };
  for (let i = 0; i < folded.length; i++) {
    const open = folded[i]!;
    const close = CLOSE[open];
    if (!close) continue;
    let depth = 0;
    let j = i;
    for (; j < folded.length; j++) {
      if (folded[j] === open) depth++;
      else if (folded[j] === close && --depth === 0) break;
    }
    const closed = j < folded.length;
    out.push({ content: folded.slice(i + 1, closed ? j : folded.length), start: i, end: closed ? j + 1 : folded.length, closed });
    if (!closed) break;
    i = j;
  }
  return out;
}

function toTag(reading: Reading, start: number, end: number): AgencyTag {
  const problems: TagProblem[] = [...reading.problems];
  if (reading.remark) problems.push({ code: 'agency-remark', message: `单位括号中除单位外还有一句说明：“${reading.remark}”` });
  return {
    names: reading.names,
    people: reading.people,
    deadline: reading.deadline,
    start,
    end,
    form: reading.form,
    problems,
    firstListedLeads: reading.firstListedLeads,
    printed: reading.printed,
  };
}

// Labels on lines of their own under an item, and a label printed without parentheses at
// the end of the text (…300万元。责任单位:市政府金融办).
const LABEL_LINE = /^\s*([\u4e00-\u9fff]{2,8})\s*:\s*(.*)$/;

/**
 * Every agency tag in a provision's own text (folded and original of equal length; text
 * may span lines). Parenthesised tags are found anywhere; a bare list in parentheses only
 * at the very end; label lines anywhere after the first line; a trailing label at the end.
 */
export function findAgencyTags(original: string, folded: string, options: TagOptions = {}): AgencyTag[] {
  const tags: AgencyTag[] = [];
  const flatEnd = folded.replace(/[\s。.;]+$/, '').length;
  for (const g of parenGroups(folded)) {
    const atEnd = g.end >= flatEnd;
    const reading = readTag(original, folded, g.start + 1, g.start + 1 + g.content.length, options, atEnd);
    if (!reading) continue;
    const tag = toTag(reading, g.start, g.end);
    if (!g.closed) tag.problems.push({ code: 'agency-unclosed', message: '单位括号缺少右括号，读到行末为止' });
    tags.push(tag);
  }
  // Label lines: 牵头单位:X / 责任单位:Y / 完成时限:Z, each on a line of its own.
  let offset = 0;
  const lineTags = emptyReading('label-lines');
  let lineStart = -1;
  let lineEnd = -1;
  for (const line of folded.split('\n')) {
    const m = LABEL_LINE.exec(line);
    const inParens = tags.some((t) => offset >= t.start && offset < t.end);
    if (m && labelKind(m[1]!) && !inParens && offset > 0) {
      const lead = line.length - line.trimStart().length;
      const text = line.trim();
      const piece: Piece = { text, orig: original.slice(offset + lead, offset + lead + text.length), start: offset + lead };
      const count = () => lineTags.names.length + lineTags.people.length + (lineTags.deadline ? 1 : 0);
      const before = count();
      if (readPiece(piece, lineTags, options) && count() > before) {
        if (lineStart < 0) lineStart = offset;
        lineEnd = offset + line.length;
      }
    }
    offset += line.length + 1;
  }
  if (lineStart >= 0) {
    lineTags.form = 'label-lines';
    settle(lineTags, options);
    tags.push(toTag(lineTags, lineStart, lineEnd));
  }
  if (tags.length === 0) {
    const trailing = /(?:^|[。;,\s])((?:牵头|责任|配合|主责|协办)(?:单位|部门)\s*:[^。()]*)$/.exec(folded.slice(0, flatEnd));
    if (trailing) {
      const start = flatEnd - trailing[1]!.length;
      const reading = emptyReading('trailing-label');
      const ok = pieces(trailing[1]!, start, original).every((p) => readPiece(p, reading, options));
      if (ok && reading.names.length) {
        reading.form = 'trailing-label';
        const tag = toTag(reading, start, flatEnd);
        tag.problems.push({ code: 'agency-unparenthesized', message: '单位标签没有括号，印在正文末尾' });
        tags.push(tag);
      }
    }
  }
  return tags.sort((a, b) => a.start - b.start);
}

/** Does the document say that the first body in each list leads? (read on folded text) */
export function statesFirstListedLeads(foldedDocument: string): boolean {
  return FIRST_LISTED_LEADS.test(foldedDocument.replace(/\s+/g, ''));
}
