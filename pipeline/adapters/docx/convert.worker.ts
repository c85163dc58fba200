// Runs in a worker thread (synckit): mammoth and JSZip are asynchronous, the ingest is not.
// Converts a Word file to HTML with mammoth — which accepts tracked insertions, drops tracked
// deletions, comments and bookmarks, and turns vertically merged cells (w:vMerge) into
// rowspans — and lists the Word artefacts it dropped, from word/document.xml, so that the
// ingest can report them.
import { DOMParser } from '@xmldom/xmldom';

type XmlElement = Element;
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { runAsWorker } from 'synckit';
import type { WordArtefact, WordConversion } from './artefacts.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const all = (node: XmlElement | Document, name: string): XmlElement[] => Array.from(node.getElementsByTagNameNS(W, name));
const textOf = (el: XmlElement, tag: 't' | 'delText' | 'instrText') =>
  all(el, tag)
    .map((t) => t.textContent ?? '')
    .join('');

/**
 * A paragraph's text with every tracked change accepted (w:del left out). The paragraphs of
 * a text box inside it are paragraphs of their own, not its text.
 */
function acceptedText(p: XmlElement): string {
  return all(p, 't')
    .filter((t) => {
      for (let n = t.parentNode; n && n !== p; n = n.parentNode) {
        const name = (n as XmlElement).localName;
        if (name === 'del' || name === 'p') return false;
      }
      return true;
    })
    .map((t) => t.textContent ?? '')
    .join('');
}

async function convert(bytes: Uint8Array): Promise<WordConversion> {
  const buffer = Buffer.from(bytes);
  const result = await mammoth.convertToHtml({ buffer });
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml: not a Word document');
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const commentsXml = await zip.file('word/comments.xml')?.async('string');
  const comments = new Map<string, { author: string; text: string }>();
  if (commentsXml) {
    const cdoc = new DOMParser().parseFromString(commentsXml, 'text/xml') as unknown as Document;
    for (const c of all(cdoc, 'comment'))
      comments.set(c.getAttributeNS(W, 'id') ?? '', { author: c.getAttributeNS(W, 'author') ?? '', text: textOf(c, 't') });
  }
  const artefacts: WordArtefact[] = [];
  const paragraphs: string[] = [];
  for (const p of all(doc, 'p')) {
    const paragraph = acceptedText(p);
    paragraphs.push(paragraph);
    for (const b of all(p, 'bookmarkStart')) artefacts.push({ kind: 'bookmark', text: b.getAttributeNS(W, 'name') ?? '', paragraph });
    for (const r of all(p, 'commentReference')) {
      const c = comments.get(r.getAttributeNS(W, 'id') ?? '');
      artefacts.push({ kind: 'comment', text: c ? `${c.author}：${c.text}` : '', paragraph });
    }
    for (const d of all(p, 'del')) artefacts.push({ kind: 'deletion', text: textOf(d, 'delText'), paragraph });
    for (const i of all(p, 'ins')) artefacts.push({ kind: 'insertion', text: textOf(i, 't'), paragraph });
    for (const f of all(p, 'fldSimple')) artefacts.push({ kind: 'field', text: (f.getAttributeNS(W, 'instr') ?? '').trim(), paragraph });
    const instr = textOf(p, 'instrText').trim();
    if (instr) artefacts.push({ kind: 'field', text: instr, paragraph });
  }
  return { html: result.value, messages: result.messages.map((m) => m.message), artefacts, paragraphs };
}

runAsWorker(convert);
