// Entities before lists: a query naming an agency (财政局, 钟祥市财政局, 劳动局 → 人社局),
// a place (钟祥, 天门市) or a document (重污染天气应急预案) gets a card for each of them above
// the results — “钟祥市财政局 · 牵头 29 · 参与 27” — so that 钟祥市财政局 and 天门市财政局
// read as the two agencies they are, each with its own page, rather than as 81 mixed results.
//
// The names come from /search/entities/ (built with the site, the files a query's words may
// name fetched beside its search: entityShards.ts); matching is by folded name, pure, here.

export interface EntityIndex {
  version: 1;
  /** [full name as the site shows it, name as printed (folded), url, measures led, measures shared, place name] */
  agencies: Array<[string, string, string, number, number, string]>;
  /** [name, short name, url, documents, measures] */
  places: Array<[string, string, string, number, number]>;
  /** [title as the site shows it, url, 文号 or '', measures, place name] */
  documents: Array<[string, string, string, number, string]>;
}

export type EntityCard =
  | { kind: 'agency'; name: string; url: string; lead: number; shared: number; place: string }
  | { kind: 'place'; name: string; url: string; documents: number; measures: number }
  | { kind: 'document'; name: string; url: string; wenhao: string; measures: number; place: string };

// The level word an agency name starts with: 市财政局 is 财政局 of its city.
const LEVEL_PREFIX = /^(?:市(?!场|委|直|级)|区(?!域|委|直|级)|县(?!委|直|级|域)|省(?!委|直|级))/u;
// Words a document title wraps its subject in: 市人民政府办公室关于印发…的通知.
const TITLE_WRAPPING = /^(?:.*?关于)?(?:印发)?|(?:的)?(?:通知|意见|实施意见|决定|方案)$/gu;

/** An agency name without its level word: 市财政局 → 财政局 (never shorter than two characters). */
export function agencyCore(name: string): string {
  const core = name.replace(LEVEL_PREFIX, '');
  return core.length >= 2 ? core : name;
}

/** What a document title is about: 关于印发天门市重污染天气应急预案的通知 → 天门市重污染天气应急预案. */
export function documentSubject(title: string): string {
  return title.replace(TITLE_WRAPPING, '').replace(/^[《〈“"]|[》〉”"]$/gu, '');
}

/**
 * The entities a query names. `terms` are the query's words in every form searched
 * (劳动局 and 人社局), `whole` the query without spaces. An agency matches by its full
 * name, its name as printed (市财政局) or its name without the level word (财政局), also
 * after a place name (钟祥财政局); a place by its name or short name (钟祥); a document when
 * the query is four characters or more of what its title is about.
 */
export function findEntities(index: EntityIndex, terms: readonly string[], whole: string, fold: (s: string) => string): EntityCard[] {
  const words = new Set(terms.filter((t) => t.length >= 2));
  const cards: EntityCard[] = [];
  const places = index.places.map(([name, short, url, documents, measures]) => ({ name, short, url, documents, measures }));
  for (const [full, printed, url, lead, shared, place] of index.agencies) {
    const f = fold(full);
    const core = agencyCore(fold(printed));
    const named = [...words].some((w) => {
      if (w === f || w === fold(printed) || w === core) return true;
      // 钟祥财政局, 钟祥市财政局: a place of this agency's, then its core name.
      if (!w.endsWith(core) || core.length < 2) return false;
      const before = w.slice(0, w.length - core.length).replace(/[市区县省]$/u, '');
      return before.length > 0 && places.some((p) => p.name === place && (fold(p.short) === before || fold(p.name).startsWith(before)));
    });
    if (named) cards.push({ kind: 'agency', name: full, url, lead, shared, place });
  }
  for (const p of places)
    if (words.has(fold(p.name)) || words.has(fold(p.short)))
      cards.push({ kind: 'place', name: p.name, url: p.url, documents: p.documents, measures: p.measures });
  if (Array.from(whole).length >= 4)
    for (const [title, url, wenhao, measures, place] of index.documents) {
      const subject = documentSubject(fold(title));
      if (subject.length >= 4 && (subject.includes(whole) || whole.includes(subject)))
        cards.push({ kind: 'document', name: title, url, wenhao, measures, place });
    }
  // Agencies doing most first: the one a reader most likely means.
  return cards.sort((a, b) => weight(b) - weight(a));
}

function weight(c: EntityCard): number {
  return c.kind === 'agency' ? c.lead + c.shared : c.kind === 'place' ? 1e6 + c.measures : 1e5 + c.measures;
}
