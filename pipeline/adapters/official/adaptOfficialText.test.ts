import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { severityOf } from '../../anomalies.ts';
import { kindOfTitle } from '../../grammar/documentKinds.ts';
import { createPlaceRegistry } from '../../sources/places.ts';
import { adaptOfficialText, type OfficialTextResult } from './adaptOfficialText.ts';
import { joinTitle } from './header.ts';

type GazetteResult = OfficialTextResult;
const chain = createPlaceRegistry().chain('tianmen');
const adaptGazette = (text: string, file: string) => adaptOfficialText(text, file, chain);
/** A field of a block whatever its role (blocks are a union by role). */
const f = (b: object, key: string): unknown => (b as Record<string, unknown>)[key] ?? null;

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const SOURCE = 'content/sources/tianmen-gongbao-2023-01.txt';
const THIRD = 'tests/fixtures/gazette-third.txt';
const text = read(SOURCE);
const lines = text.split('\n');
const result = adaptGazette(text, SOURCE);

const nonWs = (s: string) => s.replace(/\s+/g, '');

/**
 * Losslessness: every non-blank line of the file is furniture or lies in exactly
 * one block; every block's text is its source lines verbatim; blocks are in
 * source order and inside their document's line range.
 */
function expectLossless(source: string, r: GazetteResult): void {
  const src = source.split('\n');
  const owner = new Map<number, string>();
  const claim = (from: number, to: number, who: string) => {
    for (let n = from; n <= to; n++) {
      if (src[n - 1]!.trim() === '') continue;
      expect(owner.get(n), `line ${n} is claimed by ${owner.get(n)} and by ${who}`).toBeUndefined();
      owner.set(n, who);
    }
  };
  for (const [a, b] of r.furniture) claim(a, b, 'furniture');
  const tables = new Set(r.tableLines);
  r.documents.forEach((d, i) => {
    const [first, last] = d.meta.lines as [number, number];
    let previous = first - 1;
    for (const b of d.blocks) {
      if (tables.has(b.lines[0])) continue; // cells of a table share lines; coverage checks them
      expect(b.lines[0], `${b.role} at ${b.lines[0]} is out of order`).toBeGreaterThan(previous);
      expect(b.lines[1]).toBeGreaterThanOrEqual(b.lines[0]);
      expect(b.lines[1]).toBeLessThanOrEqual(last);
      previous = b.lines[1];
      const own = src.slice(b.lines[0] - 1, b.lines[1]);
      expect(b.text).toBe(own.join('\n'));
      expect(nonWs(b.text)).toBe(nonWs(own.join('')));
      claim(b.lines[0], b.lines[1], `document ${i + 1} ${b.role}`);
    }
  });
  src.forEach((l, k) => {
    if (l.trim() !== '') expect(owner.has(k + 1), `line ${k + 1} "${l.slice(0, 20)}" landed nowhere`).toBe(true);
  });
}

const blockAt = (doc: number, line: number) => result.documents[doc]!.blocks.find((b) => b.lines[0] === line)!;
const numbered = (doc: number) => result.documents[doc]!.blocks.filter((b) => b.role === 'provision' || b.role === 'section');

describe('adaptOfficialText on 天门市人民政府公报 2023 第1号', () => {
  it('finds the five documents with their 文号, titles, signing bodies and dates', () => {
    expect(
      result.documents.map((d) => [d.meta.wenhao, d.meta.wenhaoRaw, d.meta.title, d.meta.issuer, d.meta.date, d.meta.kind, d.meta.lines]),
    ).toEqual([
      [
        '天政发〔2023〕1号',
        '天政发〔20231',
        '市人民政府关于支持纺织服装产业高质量发展的若干意见',
        '天门市人民政府',
        '2023-01-06',
        'opinion',
        [42, 106],
      ],
      [
        '天政办发〔2023〕1号',
        '天政办发〔2023〕1号',
        '市人民政府办公室关于印发2023年《政府工作报告》重点任务分解落实方案的通知',
        '天门市人民政府办公室',
        '2023-01-09',
        'notice',
        [112, 397],
      ],
      [
        '天政办发〔2023〕2号',
        '天政办发〔2023〕2号',
        '市人民政府办公室关于印发天门市重污染天气应急预案的通知',
        '天门市人民政府办公室',
        '2023-01-18',
        'notice',
        [404, 822],
      ],
      [
        '天政办函〔2023〕1号',
        '天政办函〔2023〕1号',
        '市人民政府办公室关于明确天门市噪声污染防治工作职责和工作机制的通知',
        '天门市人民政府办公室',
        '2023-01-18',
        'notice',
        [828, 988],
      ],
      [
        '天政办函〔2023〕5号',
        '天政办函〔2023〕5号',
        '市人民政府办公室关于印发2023年全市“稳预期、扩内需、促消费”工作方案的通知',
        '天门市人民政府办公室',
        '2023-02-24',
        'notice',
        [993, 1121],
      ],
    ]);
    expect(result.documents[0]!.meta.addressees).toBe('各乡、镇人民政府,各办事处、农场,天门经济开发区,市政府各部门');
    expect(result.documents[1]!.meta.addressees).toBe('各乡、镇人民政府,各办事处、农场,天门经济开发区,市直有关单位');
  });

  it('finds the attached 方案 and 预案 after the notices’ signatures', () => {
    expect(result.documents.map((d) => d.meta.attachments)).toEqual([
      [],
      [{ title: '2023《政府工作报告》重点任务分解落实方案', kind: 'plan', lines: [138, 140] }],
      [{ title: '天门市重污染天气应急预案', kind: 'contingency-plan', lines: [426, 426] }],
      [],
      [{ title: '2023年全市“稳预期、扩内需、促消费”工作方案', kind: 'plan', lines: [1016, 1018] }],
    ]);
  });

  it('separates web-page furniture: header table, table of contents, footer', () => {
    expect(result.furniture).toEqual([
      [1, 14],
      [17, 34],
      [1125, 1129],
    ]);
    expect(lines[16]).toBe('目\u2002录'); // an EN SPACE, as on the web page
    expect(lines[1126]).toBe('扫一扫在手机上查看当前页面');
    expect(lines[1128]).toBe('打印 关闭');
  });

  it('is lossless: every line is furniture or in exactly one block, verbatim', () => {
    expectLossless(text, result);
  });

  it('labels the parts of a document', () => {
    const doc = result.documents[0]!;
    expect(doc.blocks.slice(0, 4).map((b) => [b.role, b.lines])).toEqual([
      ['wenhao', [42, 42]],
      ['title', [46, 48]],
      ['addressee', [51, 51]],
      ['paragraph', [53, 53]],
    ]);
    expect(doc.blocks.slice(-2).map((b) => [b.role, b.text])).toEqual([
      ['signer', '天门市人民政府'],
      ['date', '2023年1月6日'],
    ]);
    expect(blockAt(0, 46).text).toBe('市 人 民 政 府\n\n关于支持纺织服装产业高质量发展的若干意见');
  });

  it('numbers the opinion 一、…四、 with (一)…(十七) running on across sections', () => {
    const items = numbered(0);
    expect(items.filter((b) => f(b, 'level') === 0).map((b) => [b.role, f(b, 'number'), f(b, 'numberStyle')])).toEqual([
      ['section', '一', '一、'],
      ['section', '二', '一、'],
      ['section', '三', '一、'],
      ['section', '四', '一、'],
    ]);
    const measures = items.filter((b) => f(b, 'level') === 1);
    expect(measures.map((b) => f(b, 'number'))).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
      '十一',
      '十二',
      '十三',
      '十四',
      '十五',
      '十六',
      '十七',
    ]);
    expect(measures.every((b) => b.role === 'provision' && f(b, 'numberStyle') === '(一)')).toBe(true);
  });

  it('keeps a section’s introduction with its heading, and a closing paragraph at document level', () => {
    expect(blockAt(0, 89)).toMatchObject({ role: 'section', lines: [89, 91], number: '四' });
    expect(blockAt(0, 89).text).toContain('具备以下条件之一的可以入驻');
    expect(blockAt(0, 99)).toMatchObject({
      role: 'paragraph',
      level: 0,
      text: '本意见自发布之日起实施,有效期暂定3年,由市商务局负责解释。',
    });
  });

  it('numbers the 120 tasks 1.…120. under seven sections', () => {
    const items = numbered(1);
    expect(items.filter((b) => f(b, 'level') === 0)).toHaveLength(7);
    const tasks = items.filter((b) => f(b, 'level') === 1);
    expect(tasks.map((b) => f(b, 'number'))).toEqual(Array.from({ length: 120 }, (_, i) => String(i + 1)));
    expect(tasks.every((b) => f(b, 'numberStyle') === '1.')).toBe(true);
    // The targets before 一、 are a paragraph of the attachment, not a task.
    expect(blockAt(1, 143)).toMatchObject({ role: 'paragraph', level: 0 });
    expect(result.documents[1]!.blocks.find((b) => b.role === 'attachment')!.text).toBe('2023《政府工作报告》重点任务\n\n分解落实方案');
  });

  it('reads the 预案 as a decimal outline, its own table of contents as one paragraph', () => {
    expect(blockAt(2, 429)).toMatchObject({ role: 'paragraph', level: 0, lines: [429, 508] });
    expect(
      numbered(2)
        .filter((b) => f(b, 'level') === 0)
        .map((b) => f(b, 'number')),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(blockAt(2, 514)).toMatchObject({ role: 'provision', level: 1, number: '1.1', numberStyle: '1.1', lines: [514, 516] });
    expect(blockAt(2, 550)).toMatchObject({ role: 'section', level: 1, number: '2.2' });
    expect(blockAt(2, 582)).toMatchObject({ role: 'provision', level: 2, number: '16', numberStyle: '1)' });
    // 其他有关单位要… concludes the duties (1)…(17): it sits beside them, inside 2.2.
    expect(blockAt(2, 586)).toMatchObject({ role: 'paragraph', level: 2 });
    // Paragraphs announced by `以下措施:` belong to their item.
    expect(blockAt(2, 682)).toMatchObject({ role: 'provision', level: 3, lines: [682, 692] });
    // 4.2.2 and 4.2.3 are printed for 4.3.2 and 4.3.3: they nest where they stand.
    expect(blockAt(2, 694)).toMatchObject({ role: 'section', level: 2, number: '4.2.2', numberStyle: '1.1.1' });
    expect(blockAt(2, 698)).toMatchObject({ role: 'provision', level: 3, number: '1', numberStyle: '1.', lines: [698, 700] });
  });

  it('reads the 噪声 notice’s per-agency duties as sections with numbered duties', () => {
    const sections = numbered(3).filter((b) => f(b, 'level') === 1);
    expect(sections.map((b) => b.text.split('\n')[0])).toEqual([
      '(一)市生态环境局职责。',
      '(二)市公安局职责。',
      '(三)市自然资源和规划局职责。',
      '(四)市住建局职责。',
      '(五)市交通运输局职责。',
      '(六)市文化和旅游局职责。',
      '(七)市城市管理执法局职责。',
      '(八)市住房保障服务中心职责。',
      '(九)市市场监督管理局职责。',
      '(十)各乡镇办场的职责。',
    ]);
    expect(blockAt(3, 942)).toMatchObject({ role: 'section', lines: [942, 944] });
    expect(blockAt(3, 852)).toMatchObject({ role: 'section', level: 2, number: '4' });
    expect(blockAt(3, 854)).toMatchObject({ role: 'provision', level: 3, numberStyle: '(1)' });
  });

  it('reports every irregularity, with its line, and changes no text', () => {
    expect(result.anomalies.map((a) => [severityOf(a), a.code, a.line])).toEqual([
      ['warning', 'malformed-wenhao', 42],
      ['warning', 'number-malformed', 582],
      ['warning', 'number-parent-mismatch', 694],
      ['warning', 'number-style-mismatch', 702],
      ['warning', 'number-parent-mismatch', 714],
      ['warning', 'number-malformed', 722],
      ['warning', 'number-style-mismatch', 722],
      ['warning', 'number-malformed', 802],
      ['info', 'unbalanced-brackets', 1043],
    ]);
    const wenhao = result.anomalies[0]!;
    expect(wenhao.message).toContain('天政发〔20231');
    expect(wenhao.message).toContain('天政发〔2023〕1号');
    expect(blockAt(0, 42).text).toBe('天政发〔20231');
    expect(result.anomalies.find((a) => a.line === 694)!.message).toContain('4.3.2');
  });
});

describe('adaptOfficialText on bad input', () => {
  const variant = (edit: (ls: string[]) => string[]) => edit([...lines]).join('\n');
  const at = (needle: string) => lines.indexOf(needle);
  const cutBefore = (needle: string) => variant((ls) => ls.slice(0, at(needle)));
  const blankOut = (needle: string) => variant((ls) => ls.map((l, k) => (k === at(needle) ? '' : l)));

  const codesAt = (r: GazetteResult, ...wanted: string[]) =>
    r.anomalies.filter((a) => wanted.includes(a.code)).map((a) => [a.code, a.line]);

  it('rejects an empty file', () => {
    expect(() => adaptGazette('', 'g.txt')).toThrow(/^g\.txt:1: file has no text/);
    expect(() => adaptGazette(' \n\n\u3000\n', 'g.txt')).toThrow(/^g\.txt: file has no text/);
  });

  it('reads a text with no official-document head as one untitled document, and says so', () => {
    const r = adaptGazette('打印 关闭\n一段说明文字。\n', 'g.txt');
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]!.meta.title).toBeNull();
    expect(codesAt(r, 'no-title')).toEqual([['no-title', 2]]);
  });

  it('publishes a document cut off before its signature, with a warning', () => {
    const r = adaptGazette(cutBefore('2023年2月24日'), SOURCE);
    expect(r.documents).toHaveLength(5);
    // The issuer is then the body its title names before 关于.
    expect(r.documents[4]!.meta.issuer).toBe('市人民政府办公室');
    expect(codesAt(r, 'no-signature')).toEqual([['no-signature', 1009]]);
    const short = adaptGazette(lines.slice(0, 120).join('\n'), 'g.txt');
    expect(codesAt(short, 'no-signature', 'possibly-truncated')).toEqual([
      ['possibly-truncated', 30],
      ['no-signature', 120],
      ['possibly-truncated', 120],
    ]);
  });

  it('reports an issue cut short after whole documents, from its table of contents', () => {
    const r = adaptGazette(cutBefore('天政办发〔2023〕2号'), 'g.txt');
    expect(r.documents).toHaveLength(2);
    expect(r.anomalies.find((a) => a.code === 'possibly-truncated' && a.line === 30)?.message).toMatch(
      /目录列出5篇文件，正文只有2篇（缺：市人民政府办公室关于印发天门市重污染天气应急预案的通知）/,
    );
  });

  it('keeps a document that lost its 文号 line: its title and addressees start it', () => {
    const r = adaptGazette(blankOut('天政办发〔2023〕2号'), 'g.txt');
    expect(r.documents).toHaveLength(5);
    expect(r.documents[2]!.meta).toMatchObject({ wenhao: null, title: '市人民政府办公室关于印发天门市重污染天气应急预案的通知' });
    expect(r.documents[2]!.meta.lines[0]).toBe(408);
  });

  it('keeps text that looks like page furniture inside a body, and reports it', () => {
    // Into the textile opinion: a banner-like heading and a sentence starting 相关文件; at the
    // end of the last document, just above the real footer, a line starting 扫一扫.
    const edited = [...lines];
    const first = edited.findIndex((l) => l.startsWith('(一)配套发展资金'));
    edited.splice(first + 1, 0, '【重要提示】', '相关文件精神由市财政局负责解释');
    const last = edited.findIndex((l) => l.startsWith('(三)抓好督促落实'));
    edited.splice(last + 1, 0, '扫一扫二维码即可在线申报');
    const r = adaptGazette(edited.join('\n'), 'g.txt');
    const at = (text: string) => edited.indexOf(text) + 1;
    const inBlock = (n: number) =>
      r.documents.some((d) => d.blocks.some((b) => b.lines[0] <= n && n <= b.lines[1] && b.text.includes(edited[n - 1]!)));
    const furniture = (n: number) => r.furniture.some(([a, b]) => a <= n && n <= b);
    for (const text of ['【重要提示】', '相关文件精神由市财政局负责解释', '扫一扫二维码即可在线申报']) {
      expect(inBlock(at(text)), text).toBe(true);
      expect(furniture(at(text)), text).toBe(false);
    }
    expect(codesAt(r, 'furniture-in-body')).toEqual([
      ['furniture-in-body', at('【重要提示】')],
      ['furniture-in-body', at('相关文件精神由市财政局负责解释')],
      ['furniture-in-body', at('扫一扫二维码即可在线申报')],
    ]);
    // The page's own footer is still furniture.
    expect(furniture(at('扫一扫在手机上查看当前页面'))).toBe(true);
    expect(furniture(at('打印 关闭'))).toBe(true);
  });

  it('keeps a 公告 without 文号 before the first 文号 as a document of its own', () => {
    const notice = [
      '天门市人民政府公告',
      '',
      '为做好春节期间烟花爆竹燃放管理工作，现将有关事项公告如下。',
      '一、禁止在城区燃放烟花爆竹。',
      '',
    ];
    const at = lines.indexOf('天政发〔20231');
    const r = adaptGazette([...lines.slice(0, at), ...notice, ...lines.slice(at)].join('\n'), 'g.txt');
    expect(r.documents).toHaveLength(6);
    expect(r.documents[0]!.meta.title).toBe('天门市人民政府公告');
    expect(codesAt(r, 'text-before-document')).toEqual([['text-before-document', at + 1]]);
  });

  it('does not take the 文号 in the page’s metadata table for a document', () => {
    const page = [
      '索引号',
      '0123',
      '文号',
      '天政办发〔2023〕1号',
      '发布日期',
      '2023年01月09日',
      '',
      ...lines.slice(at('天政办发〔2023〕1号'), at('天政办发〔2023〕2号')),
    ].join('\n');
    const r = adaptGazette(page, 'g.txt');
    expect(r.documents.map((d) => d.meta.wenhao)).toEqual(['天政办发〔2023〕1号']);
    expect(r.furniture[0]).toEqual([1, 6]);
  });

  it('reports a date without a signing body', () => {
    const r = adaptGazette(blankOut('天门市人民政府'), 'g.txt');
    expect(codesAt(r, 'no-signature')).toEqual([['no-signature', 106]]);
  });

  it('warns when the page footer is missing or the last line stops mid-sentence', () => {
    const cut = lines.slice(0, at('(九)全力提升质量育品牌。不断提升消费品供给质量、满足更高水平消费需求。(牵头单位:市市场监管局)'));
    cut.push('29.大力提升产品质量。持续实施“万千百”质量提升行动,推动200家');
    const r = adaptGazette(cut.join('\n'), 'g.txt');
    expect(r.anomalies.filter((a) => a.code === 'possibly-truncated' || a.code === 'no-page-footer').map((a) => [a.code, a.line])).toEqual([
      ['possibly-truncated', cut.length],
      ['no-page-footer', cut.length],
    ]);
  });
});

describe('adaptOfficialText on an invented third issue (仙桃), with no code change', () => {
  const third = read(THIRD);
  const r = adaptGazette(third, THIRD);

  it('finds both documents, the attachment and the furniture', () => {
    expect(r.documents.map((d) => [d.meta.wenhao, d.meta.title, d.meta.issuer, d.meta.date, d.meta.kind])).toEqual([
      ['仙政发〔2024〕3号', '仙桃市人民政府关于促进无纺布产业集群发展的实施意见', '仙桃市人民政府', '2024-03-05', 'opinion'],
      [
        '仙政办发〔2024〕11号',
        '仙桃市人民政府办公室关于印发仙桃市城区停车设施建设三年行动方案的通知',
        '仙桃市人民政府办公室',
        '2024-03-12',
        'notice',
      ],
    ]);
    expect(r.documents[1]!.meta.attachments).toEqual([{ title: '仙桃市城区停车设施建设三年行动方案', kind: 'plan', lines: [101, 101] }]);
    // Header, table of contents, a section banner between documents, footer.
    expect(r.furniture).toEqual([
      [1, 16],
      [19, 27],
      [76, 76],
      [123, 127],
    ]);
    expect(r.anomalies).toEqual([]);
  });

  it('is lossless', () => {
    expectLossless(third, r);
  });

  it('nests (1)…(n) under 1. under 一、, and keeps a note after the signature apart', () => {
    const blocks = r.documents[1]!.blocks;
    expect(
      blocks
        .filter((b) => b.role === 'provision' || b.role === 'section')
        .map((b) => [b.role, f(b, 'level'), f(b, 'number'), f(b, 'numberStyle')]),
    ).toEqual([
      ['section', 0, '一', '一、'],
      ['section', 1, '1', '1.'],
      ['provision', 2, '1', '(1)'],
      ['provision', 2, '2', '(1)'],
      ['provision', 1, '2', '1.'],
      ['section', 0, '二', '一、'],
      ['provision', 1, '1', '1.'],
      ['provision', 1, '2', '1.'],
    ]);
    expect(blocks.find((b) => b.text === '（此件公开发布）')).toMatchObject({ role: 'paragraph', level: 0 });
    expect(r.documents[0]!.blocks.find((b) => b.text.startsWith('本意见'))).toMatchObject({ role: 'paragraph', level: 0 });
  });
});

describe('adaptOfficialText on a joint notice with two numbered attachments', () => {
  const FILE = 'tests/fixtures/gazette-attachments.txt';
  const source = read(FILE);
  const r = adaptGazette(source, FILE);
  const doc = r.documents[0]!;

  it('reads joint signers, the attachment list and each labelled attachment', () => {
    expect(r.documents).toHaveLength(1);
    expect(doc.meta).toMatchObject({
      wenhao: '江政办发〔2024〕2号',
      issuer: '江陵县人民政府办公室、江陵县财政局',
      date: '2024-05-06',
      kind: 'notice',
    });
    expect(doc.meta.attachments).toEqual([
      { title: '县域商业体系建设方案', kind: 'plan', lines: [18, 20] },
      { title: '农村物流补助办法', kind: 'rules', lines: [26, 28] },
    ]);
    expect(doc.blocks.map((b) => [b.role, b.lines[0], f(b, 'level')])).toEqual([
      ['wenhao', 1, null],
      ['title', 3, null],
      ['addressee', 6, null],
      ['paragraph', 8, 0],
      ['paragraph', 10, 0],
      ['paragraph', 11, 0], // the attachment list names documents, it holds no items
      ['signer', 13, null],
      ['date', 16, null],
      ['attachment', 18, null],
      ['section', 22, 0],
      ['provision', 23, 1],
      ['provision', 24, 1],
      ['attachment', 26, null],
      ['section', 30, 0],
      ['provision', 31, 1],
    ]);
    expect(r.anomalies).toEqual([]);
    expectLossless(source, r);
  });
});

describe('helpers', () => {
  it('joins title lines without typographic spacing', () => {
    expect(joinTitle(['市 人 民 政 府', '关于印发 2023 年 PM 2.5 方案的通知'])).toBe('市人民政府关于印发2023年PM 2.5方案的通知');
  });
  it('knows a document’s kind from its genre word', () => {
    expect(kindOfTitle('关于支持纺织服装产业高质量发展的若干意见')).toBe('opinion');
    expect(kindOfTitle('关于印发某方案的通知')).toBe('notice');
    expect(kindOfTitle('天门市重污染天气应急预案')).toBe('contingency-plan');
    expect(kindOfTitle('城区停车设施建设三年行动方案')).toBe('plan');
    expect(kindOfTitle('某某管理办法（试行）')).toBe('rules');
  });
});

describe('the gazette issue of the 天门 source', () => {
  it('reads its number, 总号 and the publication date its page header prints (发布日期 2023年03月31日, line 10)', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseGazetteIssue } = await import('./split.ts');
    const lines = readFileSync('content/sources/tianmen-gongbao-2023-01.txt', 'utf8').split('\n');
    expect(parseGazetteIssue(lines, 41)).toEqual({
      title: '天门市人民政府公报2023第1号(总号:44)',
      name: '天门市人民政府公报',
      year: 2023,
      number: 1,
      total: 44,
      line: 6,
      date: { iso: '2023-03-31', line: 10 },
    });
  });
});
