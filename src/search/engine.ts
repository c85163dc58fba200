// One search, from the URL state to a ranked list of result cards and facet counts.
//
// Four routes, chosen by what the query holds (query.ts):
//   amounts only (500元, 10万-50万)   → the amount index alone, by value (amountMatch.ts);
//                                       Pagefind is not even loaded
//   amounts and words (补贴 1000元)   → the amount index, the measures ranked by how much
//                                       of the words their text holds (rank.ts), then
//                                       by amount tier; Pagefind is not even loaded
//   words, 文号 (稳岗返还, 找工作 补贴) → the words understood (understand.ts: question words
//                                       out, everyday words → official terms), searched with
//                                       Pagefind and re-ranked by how much of the question
//                                       each page answers; a typo corrected by pinyin
//                                       (vocabulary.ts) when nothing holds it; each word
//                                       alone when no page holds them all; a 文号's document
//                                       pinned first; cards for the agencies, places and
//                                       documents the query names (entities.ts)
//   nothing but filters               → Pagefind's filter-only search
// No DOM here: the page (client.ts) renders what this returns.
//
// Pagefind searches per text query: one for the words (two when an everyday word is also
// printed, 大学生 and 高校毕业生), plus what the page did before this engine understood
// words — one exact search per phrase the segmenter splits, one per named lead agency, and
// the facet recounts and amount sort the reader asked for. Only when that finds nothing:
// one per concept (partial matches, at most MAX_PARTIAL), and one more round after a typo
// correction. Reading page texts for ranking costs fragment requests, not searches.
import { facetCounts, matchesSelection, pagefindFilters, FACETS, type FacetCounts, type Facet } from './facets.ts';
import {
  compareMatches,
  isSubsidySort,
  nearestAmounts,
  onlySubsidies,
  searchAmounts,
  type AmountSort,
  type MeasureMatch,
  type SideAmount,
} from './amountMatch.ts';
import { needsPhraseSearch, parseQuery, wenhaoMatches, type ParsedQuery } from './query.ts';
import { conceptWords, coveredIn, heldAnywhere, interleave, partIn, rankByCoverage, unionById, type Ranked } from './rank.ts';
import { measureTextOf } from './excerpt.ts';
import { cardFromPagefind, cardFromSideMeasure, type Card, type PagefindData } from './render.ts';
import { parseT2S, toSimplified, type T2SMap } from './t2s.ts';
import { Thesaurus } from './thesaurus.ts';
import { alsoSearch, formsOf, searchTerm, understand, weightOf, type Concept } from './understand.ts';
import type { Correction } from './vocabulary.ts';
import type { EntityCard } from './entities.ts';
import type { SideDocument, SideIndexFile, WenhaoIndex } from './sideIndex.ts';
import type { AmountEntry, AmountSource, MeasureCard } from './amountIndex.ts';
import type { AmountQuery } from './query.ts';
import { searchHref, type SearchState } from './state.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's JS API we use (pagefind.js: search, filters). */
export interface PagefindLike {
  search(term: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Item {
  /** stable identity, for de-duplication and focus */
  key: string;
  load(): Promise<Card>;
}

interface WenhaoScope {
  docs: SideDocument[];
  /** their doc facet values */
  docShorts: string[];
  /** ids of pages citing the 文号 */
  citing: string[];
}

export type Mode = 'empty' | 'amount' | 'mixed' | 'text' | 'filter';

/** How the words of a query were understood, for the page to say so and offer to undo it. */
export interface Understood {
  concepts: Concept[];
  /** everyday words also (or instead) searched as an official term: “也搜索了：重污染天气” */
  expansions: Array<{ typed: string; official: string }>;
  /** the query with its typos corrected, when some were: “你要找的是不是：稳岗返还” */
  correction?: { typed: string[]; text: string };
  /** no page holds all the concepts: the results hold some of them (these words, as typed) */
  partial?: string[];
  /** the query is in Latin letters (English or pinyin) */
  latin?: boolean;
}

export interface Outcome {
  parsed: ParsedQuery;
  mode: Mode;
  items: Item[];
  counts: FacetCounts;
  /** facets worth showing at all (a facet no result carries is left out) */
  facets: Facet[];
  /** for the no-result message */
  hints: {
    /** results there would be without the filters */
    unfiltered?: number;
    /** corpus amounts nearest an amount that matched nothing */
    nearest?: SideAmount[];
    /** phrases of the query no result holds as typed (the results hold their words apart) */
    phraseMissing?: string[];
    /** in a mixed query: results for the amounts alone, and for the words alone */
    amountsAlone?: number;
    wordsAlone?: number;
  };
  understood?: Understood;
  /** agencies, places and documents the query names, for cards above the results */
  entities?: EntityCard[];
}

/** Pagefind's sort keys (data-pagefind-sort on the measure pages): every amount, or the 补贴/奖励 amounts alone. */
const sortKey = (sort: AmountSort) => (isSubsidySort(sort) ? 'subsidy' : 'amount');
/** Sorting by 补贴/奖励 lists only the pages granting one (data-pagefind-filter="amountKind"). */
const SUBSIDY_ONLY = { amountKind: 'subsidy' };
/** How many results per phrase may be read to check for it (each read is one small fragment request). */
const VERIFY_LIMIT = 24;
/**
 * How many of the first results are read to rank them by what they hold: the first page of
 * cards (view.ts PAGE_SIZE), whose fragments the page loads anyway.
 */
const READ_LIMIT = 20;
/** Concepts searched one by one when no page holds them all (the most specific ones). */
const MAX_PARTIAL = 4;
const CJK = /[\u3400-\u9fff]/u;
const LATIN = /[A-Za-z]{2,}/;

/** Typo correction (vocabulary.ts), loaded only when a query needs it. */
export interface Corrector {
  correct(text: string): Correction | null;
  fromPinyin(latin: string): string | null;
}

/** The entities a query names (entities.ts over the /search/entities/ files its words need). */
export type EntityFinder = (terms: readonly string[], whole: string, fold: (s: string) => string) => EntityCard[] | Promise<EntityCard[]>;

export interface MoreSources {
  /** the corpus vocabulary (code and /search/words.json), fetched the first time a query needs correcting */
  vocabulary?: () => Promise<Corrector>;
  /** the entity names (code, places; then the shards a query's words need: entityShards.ts), fetched with the first text query */
  entities?: () => Promise<EntityFinder>;
  /** the 文号 part of the side index (/search/wenhao.json), fetched by the first query holding a 文号 */
  wenhao?: () => Promise<WenhaoIndex>;
  /** every lead filter value (/search/leads.json), fetched with the first text query */
  leads?: () => Promise<readonly string[]>;
}

/** One Pagefind search for a concept list: the term searched for each concept. */
interface Round {
  concepts: Concept[];
  main: PagefindResponse;
  rows: Array<Ranked<PagefindResult>>;
  phraseMissing: string[];
  /** concepts no result was found to hold (read, or found by the exact search) */
  absent: number[];
  /** no page holds all the concepts: these are the pages holding some of them */
  partial: boolean;
  /**
   * Facet counts of the merged results when several searches were merged (Pagefind counts
   * each search apart): exact when every result was read, else the largest count any search
   * gave (a floor). Absent for one search, whose own counts are exact.
   */
  counts?: Record<string, Record<string, number>>;
}

export class SearchEngine {
  readonly t2s: T2SMap;
  #leadValues: Promise<Set<string>> | null = null;

  /** index.json; with the 文号 part (wenhao.json) already in it or not */
  readonly side: SideIndexFile & Partial<WenhaoIndex>;
  #wenhao: Promise<WenhaoIndex> | null = null;
  private readonly pagefind: () => Promise<PagefindLike>;
  readonly amounts: AmountSource;

  readonly thesaurus: Thesaurus;
  readonly #more: MoreSources;
  #vocabulary: Promise<Corrector | null> | null = null;
  #entities: Promise<EntityFinder | null> | null = null;

  constructor(
    side: SideIndexFile & Partial<WenhaoIndex>,
    amounts: AmountSource,
    pagefind: () => Promise<PagefindLike>,
    more: MoreSources = {},
  ) {
    this.side = side;
    this.amounts = amounts;
    this.pagefind = pagefind;
    this.t2s = parseT2S(side.t2s);
    this.thesaurus = new Thesaurus(side.thesaurus ?? { terms: [], printed: {} });
    this.#more = more;
  }

  /** The vocabulary for typo correction, fetched once on first need; null when unavailable. */
  vocabulary(): Promise<Corrector | null> {
    const load = this.#more.vocabulary;
    this.#vocabulary ??= load ? load() : Promise.resolve(null);
    this.#vocabulary = this.#vocabulary.catch(() => ((this.#vocabulary = null), null));
    return this.#vocabulary;
  }

  #entityFinder(): Promise<EntityFinder | null> {
    const load = this.#more.entities;
    this.#entities ??= load ? load() : Promise.resolve(null);
    this.#entities = this.#entities.catch(() => ((this.#entities = null), null));
    return this.#entities;
  }

  /** The 文号 part of the side index: in index.json (tests), else wenhao.json fetched once on first need. */
  #wenhaoIndex(): Promise<WenhaoIndex> {
    const { documents, citations } = this.side;
    if (documents && citations) return Promise.resolve({ documents, citations });
    const load = this.#more.wenhao;
    this.#wenhao ??= load ? load() : Promise.resolve({ documents: [], citations: [] });
    // A failed fetch is reported as the search's error, and asked for again next time.
    this.#wenhao = this.#wenhao.catch((error: unknown) => {
      this.#wenhao = null;
      throw error;
    });
    return this.#wenhao;
  }

  /** Traditional characters to simplified, with the corpus's map (for matching names and texts). */
  fold(text: string): string {
    return toSimplified(text, this.t2s);
  }

  /**
   * The measures that may answer these amounts: the slices of the amount index they need
   * (amountIndex.ts); sorting by 补贴/奖励, only those amounts answer (a 500亿元 target does not).
   */
  async amountMeasures(terms: readonly AmountQuery[], sort: AmountSort = 'relevance'): Promise<AmountEntry[]> {
    const all = await this.amounts.measures(terms);
    return isSubsidySort(sort) ? onlySubsidies(all) : all;
  }

  /** The corpus amounts nearest terms that matched nothing, from the slices around them. */
  async #nearest(terms: readonly AmountQuery[], sort: AmountSort): Promise<SideAmount[]> {
    const near = async (t: AmountQuery) => {
      const all = await this.amounts.near(t);
      return nearestAmounts(isSubsidySort(sort) ? onlySubsidies(all) : all, t);
    };
    return (await Promise.all(terms.map(near))).flat();
  }

  parse(q: string): ParsedQuery {
    return parseQuery(q, this.t2s);
  }

  async run(state: SearchState): Promise<Outcome> {
    const parsed = this.parse(state.q);
    const scope = await this.#wenhaoScope(parsed);
    if (parsed.amounts.length > 0) {
      // A mixed query needs its slices' texts (amountIndex.ts): asked for with the slices, not after them.
      const cards = parsed.text ? this.amounts.cards(parsed.amounts) : null;
      cards?.catch(() => {}); // awaited in #mixed when anything matched; its failure is reported there
      const all = await this.amountMeasures(parsed.amounts, state.sort);
      let matches = searchAmounts(all, parsed.amounts, state.sort);
      // 天政发〔2023〕1号 500元: the amount within that document.
      if (scope && scope.docs.length > 0) matches = matches.filter((m) => scope.docShorts.some((d) => m.measure.filters.doc?.includes(d)));
      const nearest = matches.length === 0 ? await this.#nearest(parsed.amounts, state.sort) : [];
      return cards ? this.#mixed(parsed, matches, nearest, cards, state) : this.#amountsOnly(parsed, matches, nearest, state);
    }
    const subsidy = isSubsidySort(state.sort) ? SUBSIDY_ONLY : {};
    if (scope && !parsed.text) {
      // A 文号 alone: its document, then the pages citing it — nothing else.
      const ids = [...scope.docs.map((d) => d.id), ...scope.citing];
      if (ids.length === 0) return { parsed, mode: 'text', items: [], counts: {}, facets: [], hints: {} };
      return this.#text(parsed, state, false, { id: { any: ids }, ...subsidy }, scope);
    }
    if (parsed.text || Object.keys(state.filters).length > 0) {
      // Words with a 文号: the words within that document (or among the pages citing it).
      const extra = !scope
        ? {}
        : scope.docs.length > 0
          ? andFilter({}, { doc: { any: scope.docShorts } })
          : scope.citing.length > 0
            ? { id: { any: scope.citing } }
            : {};
      return this.#text(parsed, state, parsed.text !== '', { ...extra, ...subsidy }, scope);
    }
    return this.#browse(parsed);
  }

  /**
   * Nothing asked yet: browse mode. The filters are offered with the whole site's counts
   * (Pagefind's filter index), so a reader can start from 完成时限 2022年12月 or a place
   * without typing anything.
   */
  async #browse(parsed: ParsedQuery): Promise<Outcome> {
    const all = await (await this.pagefind()).filters();
    const counts: FacetCounts = {};
    for (const facet of FACETS) if (all[facet]) counts[facet] = all[facet];
    const facets = FACETS.filter((f) => Object.keys(counts[f] ?? {}).length > 0);
    return { parsed, mode: 'empty', items: [], counts, facets, hints: {} };
  }

  /** The documents a query's 文号 name, and the pages citing those 文号; null when it names none. */
  async #wenhaoScope(parsed: ParsedQuery): Promise<WenhaoScope | null> {
    if (parsed.wenhao.length === 0) return null;
    const side = await this.#wenhaoIndex();
    const docs = side.documents.filter((d) => d.wenhao && parsed.wenhao.some((w) => wenhaoMatches(w, d.wenhao!)));
    const citing = side.citations.filter(([w]) => parsed.wenhao.some((q) => wenhaoMatches(q, w))).flatMap(([, ids]) => ids);
    return { docs, docShorts: docs.flatMap((d) => d.filters.doc ?? []), citing: [...new Set(citing)] };
  }

  #amountsOnly(parsed: ParsedQuery, matches: MeasureMatch<AmountEntry>[], nearest: SideAmount[], state: SearchState): Outcome {
    const counts = facetCounts(
      matches.map((m) => ({ filters: m.measure.filters })),
      state.filters,
    );
    const kept = matches.filter((m) => matchesSelection(m.measure.filters, state.filters));
    const hints: Outcome['hints'] = { unfiltered: matches.length };
    if (matches.length === 0) hints.nearest = nearest;
    return {
      parsed,
      mode: 'amount',
      items: kept.map((m) => ({
        key: m.measure.url,
        // The card is fetched for the results shown only (amountIndex.ts).
        load: async () =>
          cardFromSideMeasure(
            { ...(await this.amounts.card(m.measure)), amounts: m.measure.amounts },
            m.hits.map((h) => h.amount),
          ),
      })),
      counts,
      facets: [...FACETS],
      hints,
    };
  }

  /** The concepts of a query's words (question words out, everyday words looked up). */
  concepts(parsed: ParsedQuery, literal: ReadonlySet<string>): Concept[] {
    const concepts = understand(parsed.chunks, this.thesaurus, literal);
    // Nothing but question words (怎么办): search them as typed rather than nothing.
    return concepts.length > 0 ? concepts : parsed.chunks.map((typed) => ({ typed }));
  }

  async #mixed(
    parsed: ParsedQuery,
    matches: MeasureMatch<AmountEntry>[],
    nearest: SideAmount[],
    slicesCards: Promise<ReadonlyMap<string, MeasureCard>>,
    state: SearchState,
  ): Promise<Outcome> {
    const empty = (hints: Outcome['hints']): Outcome => ({ parsed, mode: 'mixed', items: [], counts: {}, facets: [], hints });
    const concepts = this.concepts(parsed, new Set(state.literal ?? []));
    const understood = describe(concepts);
    const wordsAlone = async () => {
      const pf = await this.pagefind();
      return (await pf.search(concepts.map(searchTerm).join(' '), { filters: pagefindFilters(state.filters) })).results.length;
    };
    if (matches.length === 0)
      return {
        ...empty({ amountsAlone: 0, wordsAlone: await wordsAlone(), nearest }),
        understood,
      };
    // The words rank the measures whose amounts match (as much of the query as each holds),
    // with no Pagefind search: their texts are in their slices' card files, fetched with the
    // slices (amountIndex.ts). Every match is ranked, so a page of copies far down the corpus
    // order holding the words still comes first.
    const cards = await slicesCards;
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const words = conceptWords(concepts, segmenter);
    const rows = matches
      .map((match, order): Ranked<MeasureMatch<AmountEntry>> => {
        const m = cards.get(match.measure.url);
        if (!m) throw new Error(`search: no card for ${match.measure.url} in its amount slices`);
        const own = this.fold([m.title, m.text].join('\n'));
        const all = [own, this.fold([m.doc, m.lead].join('\n'))].join('\n');
        const anywhere = coveredIn(all, concepts);
        return {
          r: match,
          order,
          covered: coveredIn(own, concepts),
          context: anywhere,
          part: partIn(all, concepts, words, anywhere),
          phrases: 0,
          lead: false,
        };
      })
      .filter((row) => row.context!.size > 0 || row.part!.size > 0);
    const counts = facetCounts(
      rows.map((r) => ({ filters: r.r.measure.filters })),
      state.filters,
    );
    // By how much of the words each holds, then by how well its amount answers (tier);
    // sorted by amount when the reader asked for that.
    const ranked = rankByCoverage(rows, concepts).map((row, rank) => ({ ...row, rank }));
    const kept = ranked
      .filter((row) => matchesSelection(row.r.measure.filters, state.filters))
      .sort((a, b) => (state.sort === 'relevance' ? 0 : compareMatches(a.r, b.r, state.sort)) || a.rank - b.rank);
    if (kept.length === 0 && rows.length === 0)
      return {
        ...empty({
          amountsAlone: matches.filter((m) => matchesSelection(m.measure.filters, state.filters)).length,
          wordsAlone: await wordsAlone(),
        }),
        understood,
      };
    const terms = concepts.flatMap(formsOf);
    const all_ = concepts.map((_, i) => i);
    const partial = kept.some((row) => heldAnywhere(row).size < concepts.length);
    return {
      parsed,
      mode: 'mixed',
      items: kept.map((row) => ({
        key: row.r.measure.url,
        load: async () => {
          const m = cards.get(row.r.measure.url)!;
          const card = cardFromSideMeasure(
            { ...m, amounts: row.r.measure.amounts },
            row.r.hits.map((h) => h.amount),
            { terms, folded: this.fold(m.text) },
          );
          const held = heldAnywhere(row);
          const missing = all_.filter((i) => !held.has(i)).map((i) => concepts[i]!.typed);
          if (missing.length > 0) card.missing = missing;
          return card;
        },
      })),
      counts,
      facets: [...FACETS],
      hints: { unfiltered: rows.length },
      understood: partial && concepts.length > 1 ? { ...understood, partial: concepts.map((c) => c.typed) } : understood,
    };
  }

  /**
   * Pagefind search for the query's words (none: filters only), within `extra` (an `id` or
   * doc restriction), with the facet selection; a 文号's documents first.
   */
  async #text(
    parsed: ParsedQuery,
    state: SearchState,
    words: boolean,
    extra: Record<string, unknown>,
    scope: WenhaoScope | null,
  ): Promise<Outcome> {
    const pf = await this.pagefind();
    const filters = pagefindFilters(state.filters, undefined, extra);
    const pinnedDocs = (scope?.docs ?? []).filter((d) => matchesSelection(d.filters, state.filters));
    const literal = new Set(state.literal ?? []);
    const entities = words ? this.#entitiesNamed(parsed, literal) : Promise.resolve([]);
    const [round, pinned] = await Promise.all([
      words ? this.#understoodSearch(pf, parsed, filters, literal) : null,
      pinnedDocs.length === 0 ? [] : pf.search(null, { filters: { id: { any: pinnedDocs.map((d) => d.id) } } }).then((r) => r.results),
    ]);
    const main = round ? round.main : await pf.search(null, { filters });
    const term = round ? round.concepts.map(searchTerm).join(' ') : null;
    const sorted =
      state.sort === 'relevance'
        ? null
        : await pf.search(term, { filters, sort: { [sortKey(state.sort)]: state.sort.endsWith('-desc') ? 'desc' : 'asc' } });
    const ranked = round ? round.rows.map((row) => row.r) : main.results;
    // Sorting by amount: the pages that have one, in that order, then the rest by relevance.
    const order = unionById(pinned, sorted?.results ?? [], ranked);
    const pinnedIds = new Set(pinned.map((r) => r.id));
    const browse = (url: string) => {
      const file = pinnedDocs.find((d) => d.url === url)?.filters.doc?.[0];
      return file ? searchHref({ q: '', filters: { doc: file }, sort: 'relevance' }) : undefined;
    };
    // Radio-group counts: a facet that has a value chosen is counted without it.
    const counts: FacetCounts = {};
    await Promise.all(
      FACETS.map(async (facet) => {
        counts[facet] =
          state.filters[facet] === undefined
            ? ((round?.counts ?? main.filters)[facet] ?? {})
            : ((await pf.search(term, { filters: pagefindFilters(state.filters, facet, extra) })).filters[facet] ?? {});
      }),
    );
    const concepts = round?.concepts ?? [];
    const terms = concepts.flatMap(formsOf);
    const coveredOf = new Map(round?.rows.map((row) => [row.r.id, heldAnywhere(row)]) ?? []);
    return {
      parsed,
      mode: !words && !scope ? 'filter' : 'text',
      items: order.map((r) => ({
        key: r.id,
        load: async () => {
          const card = cardFromPagefind(await r.data(), undefined, terms);
          if (pinnedIds.has(r.id)) {
            card.wenhaoMatch = true;
            const more = browse(card.url);
            if (more) card.browseUrl = more;
          }
          const covered = coveredOf.get(r.id);
          if (round?.partial && covered) card.missing = concepts.flatMap((c, i) => (covered.has(i) ? [] : [c.typed]));
          return card;
        },
      })),
      counts,
      facets: FACETS.filter((f) => Object.keys(counts[f] ?? {}).length > 0 || state.filters[f] !== undefined),
      hints: { unfiltered: main.unfilteredResultCount, phraseMissing: round?.phraseMissing ?? [] },
      ...(round ? { understood: this.#understood(round, parsed) } : {}),
      entities: await entities,
    };
  }

  #understood(round: Round, parsed: ParsedQuery): Understood {
    const u = describe(round.concepts);
    if (round.partial) u.partial = round.concepts.map((c) => c.typed);
    if (!CJK.test(parsed.text) && LATIN.test(parsed.text)) u.latin = true;
    return u;
  }

  /** Entity cards for the agencies, places and documents the words name. */
  async #entitiesNamed(parsed: ParsedQuery, literal: ReadonlySet<string>): Promise<EntityCard[]> {
    const find = await this.#entityFinder();
    if (!find) return [];
    const concepts = this.concepts(parsed, literal);
    const terms = [...parsed.chunks, ...concepts.flatMap(formsOf)];
    return find(terms, parsed.text.replace(/\s+/g, ''), (t) => this.fold(t));
  }

  /**
   * The words searched as understood: the concepts' terms in one Pagefind search (and the
   * official terms of everyday words that pages also print, in a second), each concept
   * alone when that finds nothing, a typo corrected when no page holds it; the results
   * ranked by how much of the question they hold (rank.ts).
   */
  async #understoodSearch(
    pf: PagefindLike,
    parsed: ParsedQuery,
    filters: Record<string, unknown>,
    literal: ReadonlySet<string>,
  ): Promise<Round> {
    const concepts = this.concepts(parsed, literal);
    // A romanised query (wengang fanhuan) that finds nothing is read as pinyin.
    if (!CJK.test(parsed.text) && LATIN.test(parsed.text) && !literal.has(parsed.text)) {
      const round = await this.#round(pf, concepts, parsed, filters, false);
      if (round.rows.length > 0) return round;
      const words = (await this.vocabulary())?.fromPinyin(parsed.text);
      if (words) return this.#round(pf, [{ typed: parsed.text, corrected: words }], parsed, filters);
      return concepts.length > 1 ? this.#round(pf, concepts, parsed, filters) : round;
    }
    let round = await this.#round(pf, concepts, parsed, filters);
    round = await this.#correctTypos(pf, round, parsed, filters, literal);
    // Still nothing: the words of a phrase no page holds, each alone (电子版营业执照 → 电子, 营业, 执照).
    if (round.rows.length === 0) {
      const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
      const words = round.concepts.flatMap((c) => {
        const parts = [...segmenter.segment(searchTerm(c))]
          .filter((x) => x.isWordLike && Array.from(x.segment).length > 1)
          .map((x) => x.segment);
        return parts.length > 1 ? parts.map((typed): Concept => ({ typed })) : [c];
      });
      if (words.length > round.concepts.length) {
        const split = await this.#round(pf, words, parsed, filters);
        // Said as for any phrase no page holds: “没有找到连在一起的……”.
        const phrases = round.concepts.filter((c) => !words.includes(c)).map(searchTerm);
        return split.rows.length > 0 ? { ...split, phraseMissing: [...new Set([...phrases, ...split.phraseMissing])] } : round;
      }
    }
    return round;
  }

  /** Typos: concepts as typed (no thesaurus word, not already corrected) that no page holds, corrected by pinyin and searched again. */
  async #correctTypos(
    pf: PagefindLike,
    round: Round,
    parsed: ParsedQuery,
    filters: Record<string, unknown>,
    literal: ReadonlySet<string>,
  ): Promise<Round> {
    let concepts = round.concepts;
    const suspects = round.absent.filter((i) => {
      const c = concepts[i]!;
      return c.official === undefined && !c.corrected && !literal.has(c.typed) && Array.from(c.typed).length >= 2 && CJK.test(c.typed);
    });
    if (suspects.length === 0) return round;
    const vocabulary = await this.vocabulary();
    if (!vocabulary) return round;
    let changed = false;
    concepts = concepts.map((c, i) => {
      if (!suspects.includes(i)) return c;
      const fix = vocabulary.correct(c.typed);
      if (!fix) return c;
      changed = true;
      return { ...c, corrected: fix.text };
    });
    return changed ? this.#round(pf, concepts, parsed, filters) : round;
  }

  /**
   * One round of searches for a concept list, merged and ranked. When no result holds all
   * the concepts — Pagefind found nothing, or what it found holds the words only as pieces
   * of others (自提 as 自然 … 提升) — each concept is searched alone and the pages holding
   * more of them come first (partial matches).
   */
  async #round(
    pf: PagefindLike,
    concepts: Concept[],
    parsed: ParsedQuery,
    filters: Record<string, unknown>,
    partialAllowed = true,
  ): Promise<Round> {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const terms = concepts.map(searchTerm);
    const also = concepts.some((c) => alsoSearch(c) !== null) ? concepts.map((c) => alsoSearch(c) ?? searchTerm(c)) : null;
    // Exact searches for the phrases the segmenter splits, as the reader typed them (or as corrected).
    const phraseOf = concepts.map((_, i) => (needsPhraseSearch(terms[i]!, segmenter) ? terms[i]! : null));
    const leads = await this.#leadsNamed(pf, parsed.chunks);
    const term = terms.join(' ');
    const [found, alsoFound, phraseSets, leadSet] = await Promise.all([
      pf.search(term, { filters }),
      also ? pf.search(also.join(' '), { filters }) : null,
      Promise.all(phraseOf.map(async (p) => (p === null ? null : ids(await pf.search(`"${p}"`, { filters }))))),
      leads.length > 0 ? pf.search(term, { filters: andFilter(filters, { lead: { any: leads } }) }).then(ids) : Promise.resolve(undefined),
    ]);
    const main: PagefindResponse = { ...found, results: found.results.map(once) };
    const sets = phraseOf.map((p, i) => (p === null ? null : (phraseSets[i] ?? new Set<string>())));
    // Each search found pages holding all of its one-word terms: what a page not read is taken to hold.
    const assumed = new Map<string, Set<number>>();
    const assume = (results: PagefindResult[], held: (i: number) => boolean) => {
      for (const r of results) {
        const set = assumed.get(r.id) ?? assumed.set(r.id, new Set()).get(r.id)!;
        concepts.forEach((_, i) => held(i) && set.add(i));
      }
    };
    const oneWord = (t: string) => !needsPhraseSearch(t, segmenter);
    assume(main.results, (i) => oneWord(terms[i]!));
    const alsoResults = alsoFound ? alsoFound.results.map(once) : [];
    if (also) assume(alsoResults, (i) => oneWord(also[i]!));
    const read = new Map<string, Reading>();
    const filtersOf = new Map<string, Record<string, string[]>>();
    const responses: PagefindResponse[] = [found, ...(alsoFound ? [alsoFound] : [])];
    const words = conceptWords(concepts, segmenter);
    const readAndRank = async (lists: PagefindResult[][]) => {
      const merged = dedupe(interleave(lists, (r) => r.id));
      // Phrases: the exact search misses pages whose index segmented the phrase differently
      // (小微企业 inside 中小微企业), so the text of other results is read too, up to a limit;
      // the first results are read anyway to rank them by what they hold.
      const toRead = new Set<PagefindResult>(merged.slice(0, READ_LIMIT));
      sets.forEach(
        (set) =>
          set &&
          merged
            .filter((r) => !set.has(r.id))
            .slice(0, VERIFY_LIMIT)
            .forEach((r) => toRead.add(r)),
      );
      await Promise.all(
        [...toRead]
          .filter((r) => !read.has(r.id))
          .map(async (r) => {
            const data = await r.data();
            if (data.filters) filtersOf.set(r.id, data.filters);
            const reading = readPage(data, concepts, words);
            read.set(r.id, reading);
            sets.forEach((set, i) => set && reading.context.has(i) && set.add(r.id));
          }),
      );
      const rows = merged.map((r, order): Ranked<PagefindResult> => {
        const phrases = sets.filter((set) => set?.has(r.id)).length;
        const lead = leadSet?.has(r.id) ?? false;
        const known = read.get(r.id);
        if (known) return { r, order, ...known, phrases, lead };
        // Not read: what the searches that found it required, phrases only where the exact search found them.
        const context = new Set([...(assumed.get(r.id) ?? [])].filter((i) => sets[i] === null || sets[i]!.has(r.id)));
        for (const [i, set] of sets.entries()) if (set?.has(r.id)) context.add(i);
        return { r, order, covered: new Set(), context, phrases, lead };
      });
      return { merged, rows };
    };
    let { merged, rows } = await readAndRank([main.results, alsoResults]);
    const partial = partialAllowed && concepts.length > 1 && !rows.some((row) => heldAnywhere(row).size === concepts.length);
    if (partial) {
      // Each concept alone, the most specific ones; the pages found together stay in.
      const order = concepts.map((_, i) => i).sort((a, b) => weightOf(concepts[b]!) - weightOf(concepts[a]!));
      const alone = await Promise.all(
        order.slice(0, MAX_PARTIAL).map(async (i) => {
          const c = concepts[i]!;
          const [one, two] = await Promise.all([
            pf.search(searchTerm(c), { filters }),
            alsoSearch(c) ? pf.search(alsoSearch(c)!, { filters }) : null,
          ]);
          responses.push(one, ...(two ? [two] : []));
          const results = interleave([one.results, two?.results ?? []], (r) => r.id).map(once);
          assume(results, (k) => k === i && oneWord(searchTerm(c)));
          return results;
        }),
      );
      ({ merged, rows } = await readAndRank([...alone, main.results, alsoResults]));
    }
    const readAll = sets.every((set) => !set || merged.filter((r) => !set.has(r.id)).length <= VERIFY_LIMIT);
    const phraseMissing =
      readAll && merged.length > 0 ? phraseOf.flatMap((p, i) => (p !== null && !merged.some((r) => sets[i]!.has(r.id)) ? [p] : [])) : [];
    const absent = concepts.flatMap((_, i) => (rows.some((row) => heldAnywhere(row).has(i)) ? [] : [i]));
    const counts = responses.length > 1 ? mergedCounts(merged, filtersOf, responses) : undefined;
    return {
      concepts,
      main,
      rows: rankByCoverage(rows, concepts),
      phraseMissing,
      absent,
      partial: partial && rows.length > 0,
      ...(counts ? { counts } : {}),
    };
  }

  /** Lead agencies (lead filter values) a chunk names: 市财政局, or 财政局 for 市财政局. */
  async #leadsNamed(pf: PagefindLike, chunks: string[]): Promise<string[]> {
    const load = this.#more.leads;
    // /search/leads.json where the page has it: Pagefind's own list (filters()) loads every filter index.
    this.#leadValues ??= (load ? load() : pf.filters().then((f) => Object.keys(f['lead'] ?? {}))).then((v) => new Set(v));
    const values = await this.#leadValues.catch((error: unknown) => {
      this.#leadValues = null;
      console.warn('search: lead agencies not loaded, results not ranked by them:', error);
      return new Set<string>();
    });
    return [...new Set(chunks.flatMap((c) => [c, `市${c}`].filter((v) => values.has(v))))];
  }
}

/** A result whose data() is fetched once, however often it is asked for. */
function once(r: PagefindResult): PagefindResult {
  let data: ReturnType<PagefindResult['data']> | undefined;
  return { id: r.id, score: r.score, data: () => (data ??= r.data()) };
}

/** Filters plus one more clause that must hold too, without overwriting a facet of the same name. */
function andFilter(filters: Record<string, unknown>, clause: Record<string, unknown>): Record<string, unknown> {
  const all = Array.isArray(filters['all']) ? (filters['all'] as unknown[]) : [];
  return { ...filters, all: [...all, clause] };
}

function ids(response: PagefindResponse): Set<string> {
  return new Set(response.results.map((r) => r.id));
}

/** Each result once, by id (two searches may both return a page). */
function dedupe(results: PagefindResult[]): PagefindResult[] {
  return unionById(results);
}

/** The expansions and corrections of a concept list, as the page shows them. */
function describe(concepts: readonly Concept[]): Understood {
  const u: Understood = {
    concepts: [...concepts],
    expansions: concepts.flatMap((c) => (c.official !== undefined && !c.corrected ? [{ typed: c.typed, official: c.official }] : [])),
  };
  const corrected = concepts.filter((c) => c.corrected);
  if (corrected.length > 0)
    u.correction = { typed: corrected.map((c) => c.typed), text: concepts.map((c) => c.corrected ?? c.typed).join(' ') };
  return u;
}

interface Reading {
  covered: Set<number>;
  context: Set<number>;
  part: Map<number, number>;
}

/**
 * What a page holds of the concepts: in its own words (a measure's heading and text, cut
 * out of the fragment by its anchors; a document's title), anywhere on it, and in part.
 */
function readPage(data: PagefindData, concepts: readonly Concept[], words: string[][][]): Reading {
  const own = [data.meta['title'] ?? '', measureTextOf(data)?.folded ?? ''].join('\n');
  const all = [own, data.content ?? ''].join('\n');
  const context = coveredIn(all, concepts);
  return { covered: coveredIn(own, concepts), context, part: partIn(all, concepts, words, context) };
}

/** Facet counts over results merged from several searches (see Round.counts). */
function mergedCounts(
  merged: readonly PagefindResult[],
  filtersOf: ReadonlyMap<string, Record<string, string[]>>,
  responses: readonly PagefindResponse[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  if (merged.every((r) => filtersOf.has(r.id))) {
    for (const r of merged)
      for (const [facet, values] of Object.entries(filtersOf.get(r.id)!))
        for (const v of values) (counts[facet] ??= {})[v] = (counts[facet]![v] ?? 0) + 1;
    return counts;
  }
  for (const response of responses)
    for (const [facet, values] of Object.entries(response.filters))
      for (const [v, n] of Object.entries(values)) (counts[facet] ??= {})[v] = Math.max(counts[facet]![v] ?? 0, n);
  return counts;
}
