// The entity names (entities.ts) filed in shards, so that a query fetches the few its words
// can name instead of every agency of the corpus (12,748 at 100×, most of /search/entities.json).
//
// An agency is named by a word equal to its full name (天门市财政局), or ending with its
// name without the level word (财政局, 市财政局, 钟祥财政局: entities.ts findEntities), so
// such a word ends with the same two characters as one of those names: 政局. Agencies are
// filed by a hash of those last two characters; a query reads the shards of its words' last
// two characters (and last one, for a one-character name). Places are few and read whole (an
// agency's place is checked by name: 钟祥财政局); documents, named by any part of their
// subject, are read only by a query long enough to name one (four characters).
import { agencyCore, type EntityIndex } from './entities.ts';

/** How many agency shards: at 100× ≈ 400 agencies each. */
export const AGENCY_SHARDS = 32;
/** A document is named by four characters or more of its subject (entities.ts). */
export const DOCUMENT_QUERY_MIN = 4;

/** The shard a name ending this way is filed under: '00'…'31'. */
export function shardOf(name: string): string {
  const tail = Array.from(name).slice(-2).join('');
  let h = 0;
  for (const c of tail) h = (h * 31 + c.codePointAt(0)!) % 100003;
  return String(h % AGENCY_SHARDS).padStart(2, '0');
}

/** The shards an agency is filed under: its full name's and its core name's endings, folded. */
export function agencyShards(full: string, printed: string, fold: (s: string) => string): string[] {
  const core = agencyCore(fold(printed));
  return [...new Set([shardOf(fold(full)), shardOf(core)])];
}

/** The agency shards a query's words may name: each word's last two characters, and its last one. */
export function queryShards(terms: readonly string[]): string[] {
  const words = terms.filter((t) => Array.from(t).length >= 2);
  return [...new Set(words.flatMap((w) => [shardOf(w), shardOf(Array.from(w).slice(-1).join(''))]))].sort();
}

/** An agency with its place in the corpus order (entities.ts lists agencies doing as much in that order). */
export type FiledAgency = [order: number, agency: EntityIndex['agencies'][number]];

export interface EntityFiles {
  /** shard → its agencies */
  agencies: Map<string, FiledAgency[]>;
  places: EntityIndex['places'];
  documents: EntityIndex['documents'];
}

/** The entity index split into the files the site writes (/search/entities/…). */
export function splitEntities(index: EntityIndex, fold: (s: string) => string): EntityFiles {
  const agencies = new Map<string, FiledAgency[]>();
  for (let i = 0; i < AGENCY_SHARDS; i++) agencies.set(String(i).padStart(2, '0'), []);
  index.agencies.forEach((a, order) => {
    for (const s of agencyShards(a[0], a[1], fold)) agencies.get(s)!.push([order, a]);
  });
  return { agencies, places: index.places, documents: index.documents };
}

/** The index a query reads: its shards' agencies (each once, in corpus order), the places, and the documents when given. */
export function joinEntities(
  shards: ReadonlyArray<readonly FiledAgency[]>,
  places: EntityIndex['places'],
  documents: EntityIndex['documents'] = [],
): EntityIndex {
  const byOrder = new Map(shards.flat());
  const agencies = [...byOrder.keys()].sort((a, b) => a - b).map((o) => byOrder.get(o)!);
  return { version: 1, agencies, places, documents };
}
