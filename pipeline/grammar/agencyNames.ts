// Agency names as Chinese government texts print them: what a complete name of a body
// ends with, what a group reference looks like, and how a list of names is split.
//
// One module for every place that has to decide "is this a body?": the agency tags of
// provisions (（牵头单位：市发改局；责任单位：…）), the 牵头单位/责任单位 columns of work
// lists and task tables, the signing body under a document, the duty headings of a plan
// ((一)市生态环境局职责). Every decision is made on folded text (pipeline/text/fold.ts), so
// 市財政局 and 市财政局 are read alike; names are returned as printed.
import { foldText } from '../text/fold.ts';

/**
 * Endings of a complete name of a body, longest first where one ends another. Deliberately
 * without 单位 (指挥机构成员单位 is a phrase) and without a bare 处 (进行查处 is a verb);
 * 行 only after 支行/分行/银行/人行 (执行, 运行 are verbs).
 */
const BODY_ENDINGS = [
  '人民政府',
  '政府',
  '办公室',
  '办公厅',
  '委员会',
  '管委会',
  '管理委员会',
  '工作委员会',
  '领导小组',
  '指挥部',
  '工作专班',
  '办事处',
  '街道',
  '乡',
  '镇',
  '农场',
  '林场',
  '场',
  '开发区',
  '园区',
  '新区',
  '高新区',
  '局',
  '分局',
  '委',
  '办',
  '厅',
  '署',
  '部',
  '院',
  '中心',
  '总公司',
  '公司',
  '集团',
  '支行',
  '分行',
  '银行',
  '人行',
  '监管组',
  '监管局',
  '监管分局',
  '小组',
  '组',
  '队',
  '站',
  '所',
  '会',
  '联',
  '协',
  '社',
  '台',
  '馆',
  '团',
  '室',
  '科',
  '海关',
  '军分区',
  '武装部',
  '法院',
  '检察院',
  '公安处',
  '管理处',
  '工作处',
  '事务处',
  '处',
] as const;
// Longest match first so 工作委员会 wins over 会 when reporting which ending matched.
const ENDING_RE = new RegExp(`(?:${[...BODY_ENDINGS].sort((a, b) => b.length - a.length).join('|')})$`);

// A bare 处 ends a name only after a word that names an office (公安处, 管理处, 事务处 are
// above); 查处/惩处/相处 are verbs or nouns, never bodies.
const NOT_A_NAME_END =
  /(?:查处|惩处|相处|之处|到处|好处|难处|去处|出处|此处|各处|处处|部分|全部|内部|外部|局部|干部|底部|头部|中部|西部|东部|南部|北部|社会|机会|大会|会议|体会|学会|都会)$/;

// Words that cannot occur inside a body's name: verbs of tasking, labels, sentence words.
const NOT_IN_NAME =
  /(?:牵头|负责|配合|协助|参与|参加|落实|完成|推进|加强|开展|实施|按照|根据|要求|确保|做好|以上|以下|单位[:：]|部门[:：]|时限|时间)/;

/** Does this short text end like the complete name of a body (市财政局, 人行钟祥支行, 岳口镇)? */
export function endsLikeBodyName(name: string): boolean {
  const t = foldText(name);
  return ENDING_RE.test(t) && !NOT_A_NAME_END.test(t);
}

/**
 * Could this text be the name of one body? Short (2–30 characters), no sentence
 * punctuation or digits, no tasking verb, and a body's ending. 市发改局 yes;
 * 放、管、服 / 试行 / 含 / 国办发〔2022〕10号 no.
 */
export function looksLikeAgencyName(text: string): boolean {
  // A place in parentheses inside a name is part of it: 长江（天门）投资公司.
  const t = foldText(compactName(text)).replace(/[(][\u4e00-\u9fff]{1,6}[)](?=[\u4e00-\u9fff])/g, '');
  if (t.length < 2 || t.length > 30) return false;
  if (/[\d。，,；;：:！？!?《》“”"()（）〔〕[\]【】]/.test(t)) return false;
  if (NOT_IN_NAME.test(t)) return false;
  return endsLikeBodyName(t);
}

// Group references name a set of bodies: 各乡镇（街道）, 县直有关单位, 市直相关部门,
// 各成员单位, 相关金融机构, 全县各工作专班, 各县市区政府, 其他有关部门.
const GROUP_START =
  /^(?:各|全[省市县区镇乡]各?|[省市县区]直(?:各|有关|相关)?|[省市县区]级(?:各|有关|相关)|有关|相关|其他|其它|驻[市县区]|[省市县区]委[省市县区]政府各)/;
const GROUP_END =
  /(?:部门|单位|机构|成员单位|乡镇|街道|乡镇办场|乡镇（街道）|乡镇\(街道\)|企业|平台公司|金融机构|银行|专班|县市区|市州|区县|县区|区|县|政府|人民政府|园区|办场)$/;

// A kind of body with no place or name of its own (园区管委会, 乡镇政府, 街道办事处): it
// stands for every body of that kind, like 各… does.
const GENERIC_BODY = /^(?:园区|开发区|乡镇|镇|乡|街道|社区|村|县区|县市区|区县)(?:管委会|人民政府|政府|办事处|党委|党工委|居委会|村委会)$/;

/** Is this a group reference (a set of bodies, not one agency)? */
export function isGroupName(text: string): boolean {
  const t = foldText(compactName(text));
  if (t.length < 2 || t.length > 40) return false;
  if (/[。；;：:]/.test(t)) return false;
  if (GENERIC_BODY.test(t)) return true;
  const core = t.replace(/[（(][^）)]*[）)]$/, '');
  if (GROUP_START.test(t) && (GROUP_END.test(core) || endsLikeBodyName(core))) return true;
  // 市政府各部门, 市直各有关部门, 区级相关部门: a body's set of departments.
  if (/(?:各|有关|相关|各有关|各相关|所属)(?:部门|单位|机构|乡镇|街道|乡镇办场|乡镇街道)$/.test(t)) return true;
  return /^[省市县区]直(?:部门|单位)$/.test(t) || /(?:等|等有关|等相关)(?:部门|单位)$/.test(t);
}

/** The text of a name as it is compared: no spaces or line breaks (cells wrap anywhere). */
export function compactName(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface NamePart {
  /** The name without a closing 等 and without spaces: 市卫健局 */
  name: string;
  /** The list said “…等”: it is not exhaustive. */
  etc: boolean;
}

// 和/及/与 join two names only where both sides are complete names: 市财政局和市税务局
// splits, 市住房和城乡建设局 / 市人力资源和社会保障局 / 市发展和改革委员会 do not.
const AND = /[和及与]/g;

function splitOnAnd(piece: string): string[] {
  const folded = foldText(piece);
  for (const m of folded.matchAll(AND)) {
    const left = piece.slice(0, m.index);
    const right = piece.slice(m.index + 1);
    if ((endsLikeBodyName(left) || isGroupName(left)) && (looksLikeAgencyName(right) || isGroupName(right)))
      return [left, ...splitOnAnd(right)];
  }
  return [piece];
}

function part(text: string): NamePart {
  const flat = compactName(text);
  const etc = /[等]$/.test(flat) && flat.length > 2;
  return { name: etc ? flat.slice(0, -1) : flat, etc };
}

/**
 * Split a list of names as printed in a 单位 cell or an agency tag.
 *
 * Separators are 、，,；;/ and — between two complete names — 和/及/与. A line break inside a
 * cell is a separator when the text before it ends like a complete name
 * (市发改局⏎市人社局); otherwise the name was merely wrapped (市直⏎相关部门,
 * 市人力资源和社会保⏎障局). `岳口镇等有关乡镇` is one named agency and a group.
 */
export function splitAgencyList(text: string): NamePart[] {
  // A table cell may close its list with a full stop (谯城区: 区发改委、区市场监管局。).
  const raw = text.replace(/[。．.;；\s]+$/, '');
  const parts: NamePart[] = [];
  // Separators are found on the folded text (full-width forms read as ASCII); the names
  // are cut from the text as printed.
  const folded = foldText(raw);
  const pieces: string[] = [];
  let from = 0;
  let depth = 0;
  // Not inside brackets: 各县(市、区)人民政府 is one group.
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (c === '(' || c === '〔') depth++;
    else if (c === ')' || c === '〕') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、,;/]/.test(c)) {
      pieces.push(raw.slice(from, i));
      from = i + 1;
    }
  }
  pieces.push(raw.slice(from));
  for (const piece of pieces) {
    const lines = piece
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let current = '';
    for (const line of lines) {
      if (current && endsLikeBodyName(compactName(current).replace(/等$/, ''))) {
        parts.push(part(current));
        current = line;
      } else current += line;
    }
    if (current) for (const p of splitOnAnd(compactName(current))) parts.push(part(p));
  }
  return parts
    .filter((p) => p.name !== '')
    .flatMap((p) => {
      const f = foldText(p.name);
      // 市财政局等有关部门: 市财政局 and the group 有关部门; 区水务局等部门: 区水务局, not
      // exhaustive (等部门 adds no body of its own).
      const named = /^(.+?)等((?:有关|相关|其他).+)$/.exec(f);
      if (named)
        return [
          { name: p.name.slice(0, named[1]!.length), etc: true },
          { name: p.name.slice(named[1]!.length + 1), etc: false },
        ];
      const bare = /^(.+?)等(?:部门|单位|机构)$/.exec(f);
      return bare ? [{ name: p.name.slice(0, bare[1]!.length), etc: true }] : [p];
    });
}
