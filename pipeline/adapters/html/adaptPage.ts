// A page's text (readPage, or a Word file through readDocx) → canonical documents, by the
// official-text adapter: the page's lines are the text, its tables are given with their
// structure. Then what the page says about the document (its information table, <meta>
// tags) fills what the text does not print: a 文号 only in the information table (蔡甸区), an
// issuer and date for a table with no signature (谯城区), a title printed only in the
// information table (紫阳县). The text wins where both speak; a disagreement is reported.
import type { AnomalyDraft } from '../../anomalies.ts';
import type { CanonicalDoc } from '../../canonical/blocks.ts';
import { kindOfTitle } from '../../grammar/documentKinds.ts';
import { parseWenhao, wenhaoOfLine } from '../../grammar/wenhao.ts';
import type { Jurisdiction } from '../../schema.ts';
import { foldText } from '../../text/fold.ts';
import { adaptOfficialText, type OfficialTextResult } from '../official/adaptOfficialText.ts';
import type { PageMeta, PageText } from './readPage.ts';

export interface PageResult extends OfficialTextResult {
  /** The document text the line numbers refer to (the source of record is the page). */
  text: string;
}

const FIELD_NAMES = { title: '标题', wenhao: '文号', issuer: '发文机关', date: '成文日期' } as const;

/** Fill a document's metadata from its page, where the text is silent. */
export function applyPageMeta(doc: CanonicalDoc, page: PageMeta, anomalies: AnomalyDraft[]): void {
  const m = doc.meta;
  const fields: string[] = [];
  const line = m.lines[0];
  const conflict = (key: keyof typeof FIELD_NAMES, pageValue: string, textValue: string) =>
    anomalies.push({
      code: 'metadata-conflict',
      line,
      message: `网页信息栏的${FIELD_NAMES[key]}“${pageValue}”与正文“${textValue}”不同，按正文`,
    });
  if (page.title) {
    if (m.title === null) {
      m.title = page.title;
      m.kind = kindOfTitle(page.title);
      fields.push('title');
      // The title was not missing after all: the page prints it above the text.
      for (let k = anomalies.length - 1; k >= 0; k--) if (anomalies[k]!.code === 'no-title') anomalies.splice(k, 1);
    }
  }
  if (page.wenhao) {
    const printed = wenhaoOfLine(page.wenhao);
    const parsed = printed ? parseWenhao(foldText(printed)) : { wenhao: null };
    // 督察通报第十七期 in a 文号 cell is an issue number, not a 文号: not taken.
    if (parsed.wenhao && m.wenhao === null) {
      m.wenhao = parsed.wenhao;
      if (parsed.wenhao !== page.wenhao) m.wenhaoRaw = page.wenhao;
      fields.push('wenhao');
    } else if (parsed.wenhao && m.wenhao !== parsed.wenhao) conflict('wenhao', page.wenhao, m.wenhao!);
  }
  if (page.issuer && m.issuer === null) {
    m.issuer = page.issuer;
    fields.push('issuer');
  }
  if (page.date) {
    if (m.date === null) {
      m.date = page.date;
      fields.push('date');
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(m.date) && m.date !== page.date) conflict('date', page.date, m.date);
  }
  m.page = { url: page.url, published: page.published, indexNumber: page.indexNumber, fields };
}

export function adaptPage(page: PageText, file: string, chain: Jurisdiction[]): PageResult {
  const text = page.lines.join('\n');
  const result = adaptOfficialText(text, file, chain, { tables: page.tables });
  if (result.documents.length === 1) applyPageMeta(result.documents[0]!, page.meta, result.anomalies);
  else for (const d of result.documents) d.meta.page = { url: page.meta.url, published: null, indexNumber: null, fields: [] };
  return { ...result, text };
}
