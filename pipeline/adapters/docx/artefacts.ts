// What a Word file holds besides its text — bookmarks (_GoBack, which Word adds on every
// save), comments, tracked changes, field codes — and how each is reported. The text the
// site publishes is the accept-all text: insertions kept, deletions dropped (LibreOffice's
// plain-text export keeps deletions, giving 市人社局、市财政局 twice in 天门's (六)).
export const WORD_ARTEFACT_KINDS = ['bookmark', 'comment', 'deletion', 'insertion', 'field'] as const;
export type WordArtefactKind = (typeof WORD_ARTEFACT_KINDS)[number];

export interface WordArtefact {
  kind: WordArtefactKind;
  /** The bookmark's name, the comment (author：text), the deleted or inserted text, the field code. */
  text: string;
  /** The accept-all text of the paragraph it sits in, to find its line. */
  paragraph: string;
}

export interface WordConversion {
  html: string;
  /** mammoth's own warnings (unknown styles …). */
  messages: string[];
  artefacts: WordArtefact[];
  /** The accept-all text of every paragraph of word/document.xml, in order: the Word file's own text. */
  paragraphs: string[];
}

/** How each artefact is reported (zh-CN, on /quality/ under `word-artefact`). */
export const WORD_ARTEFACT_MESSAGES = {
  bookmark: (t) => `Word 书签“${t}”不属于正文，已略去`,
  comment: (t) => `Word 批注（${t}）不属于正文，已略去`,
  deletion: (t) => `Word 修订中删除的文字“${t}”按接受修订略去`,
  insertion: (t) => `Word 修订中插入的文字“${t}”按接受修订保留`,
  field: (t) => `Word 域代码（${t}）已略去，保留其显示文字`,
} as const satisfies Record<WordArtefactKind, (text: string) => string>;
