// One search, from the URL state to a ranked list of result cards and facet counts.
//
// Four routes, chosen by what the query holds (query.ts):
//   amounts only (500元, 10万-50万)   → the amount index alone, by value (amountMatch.ts);
//                                       Pagefind is not even loaded
//   amounts and words (补贴 1000元)   → Pagefind searches the words among the pages whose
//                                       amounts match (its `id` filter), ranked by
//                                       amount tier, then by text relevance
//   words, 文号 (稳岗返还, 市财政局)   → Pagefind, re-ranked by exact phrases and lead agency
//                                       (rank.ts); a 文号's document pinned first
//   nothing but filters               → Pagefind's filter-only search
// No DOM here: the page (client.ts) renders what this returns.
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
import { rankResults, unionById } from './rank.ts';
import { cardFromPagefind, cardFromSideMeasure, type Card, type PagefindData } from './render.ts';
import { parseT2S, type T2SMap } from './t2s.ts';
import type { AmountIndex, SideDocument, SideIndex, SideMeasure } from './sideIndex.ts';
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
}

/** Pagefind's sort keys (data-pagefind-sort on the measure pages): every amount, or the 补贴/奖励 amounts alone. */
const sortKey = (sort: AmountSort) => (isSubsidySort(sort) ? 'subsidy' : 'amount');
/** Sorting by 补贴/奖励 lists only the pages granting one (data-pagefind-filter="amountKind"). */
const SUBSIDY_ONLY = { amountKind: 'subsidy' };
/** How many results per phrase may be read to check for it (each read is one small fragment request). */
const VERIFY_LIMIT = 24;

export class SearchEngine {
  readonly t2s: T2SMap;
  #leadValues: Promise<Set<string>> | null = null;

  readonly side: SideIndex;
  private readonly pagefind: () => Promise<PagefindLike>;
  private readonly loadAmounts: () => Promise<AmountIndex>;
  #amounts: Promise<SideMeasure[]> | null = null;

  constructor(side: SideIndex, amounts: () => Promise<AmountIndex>, pagefind: () => Promise<PagefindLike>) {
    this.side = side;
    this.loadAmounts = amounts;
    this.pagefind = pagefind;
    this.t2s = parseT2S(side.t2s);
  }

  /** The amount index, fetched once, the first time a query needs it (or is about to). */
  amountMeasures(): Promise<SideMeasure[]> {
    this.#amounts ??= this.loadAmounts().then((a) => a.measures);
    this.#amounts.catch(() => (this.#amounts = null));
    return this.#amounts;
  }

  parse(q: string): ParsedQuery {
    return parseQuery(q, this.t2s);
  }

  async run(state: SearchState): Promise<Outcome> {
    const parsed = this.parse(state.q);
    const scope = this.#wenhaoScope(parsed);
    if (parsed.amounts.length > 0) {
      // Sorting by 补贴/奖励: only those amounts answer the query (a 500亿元 target does not).
      const all = isSubsidySort(state.sort) ? onlySubsidies(await this.amountMeasures()) : await this.amountMeasures();
      let matches = searchAmounts(all, parsed.amounts, state.sort);
      // 天政发〔2023〕1号 500元: the amount within that document.
      if (scope && scope.docs.length > 0) matches = matches.filter((m) => scope.docShorts.some((d) => m.measure.filters.doc?.includes(d)));
      return parsed.text ? this.#mixed(parsed, matches, all, state) : this.#amountsOnly(parsed, matches, all, state);
    }
    const subsidy = isSubsidySort(state.sort) ? SUBSIDY_ONLY : {};
    if (scope && !parsed.text) {
      // A 文号 alone: its document, then the pages citing it — nothing else.
      const ids = [...scope.docs.map((d) => d.id), ...scope.citing];
      if (ids.length === 0) return { parsed, mode: 'text', items: [], counts: {}, facets: [], hints: {} };
      return this.#text(parsed, state, null, { id: { any: ids }, ...subsidy }, scope);
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
      return this.#text(parsed, state, parsed.text || null, { ...extra, ...subsidy }, scope);
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
  #wenhaoScope(parsed: ParsedQuery): WenhaoScope | null {
    if (parsed.wenhao.length === 0) return null;
    const docs = this.side.documents.filter((d) => d.wenhao && parsed.wenhao.some((w) => wenhaoMatches(w, d.wenhao!)));
    const citing = this.side.citations.filter(([w]) => parsed.wenhao.some((q) => wenhaoMatches(q, w))).flatMap(([, ids]) => ids);
    return { docs, docShorts: docs.flatMap((d) => d.filters.doc ?? []), citing: [...new Set(citing)] };
  }

  #amountsOnly(parsed: ParsedQuery, matches: MeasureMatch<SideMeasure>[], all: SideMeasure[], state: SearchState): Outcome {
    const counts = facetCounts(
      matches.map((m) => ({ filters: m.measure.filters })),
      state.filters,
    );
    const kept = matches.filter((m) => matchesSelection(m.measure.filters, state.filters));
    const hints: Outcome['hints'] = { unfiltered: matches.length };
    if (matches.length === 0) hints.nearest = parsed.amounts.flatMap((t) => nearestAmounts(all, t));
    return {
      parsed,
      mode: 'amount',
      items: kept.map((m) => ({
        key: m.measure.url,
        load: async () =>
          cardFromSideMeasure(
            m.measure,
            m.hits.map((h) => h.amount),
          ),
      })),
      counts,
      facets: [...FACETS],
      hints,
    };
  }

  async #mixed(parsed: ParsedQuery, matches: MeasureMatch<SideMeasure>[], all: SideMeasure[], state: SearchState): Promise<Outcome> {
    const empty = (hints: Outcome['hints']): Outcome => ({ parsed, mode: 'mixed', items: [], counts: {}, facets: [], hints });
    const words = parsed.text;
    const pf = await this.pagefind();
    if (matches.length === 0) {
      const wordsAlone = (await pf.search(words, { filters: pagefindFilters(state.filters) })).results.length;
      return empty({ amountsAlone: 0, wordsAlone, nearest: parsed.amounts.flatMap((t) => nearestAmounts(all, t)) });
    }
    // Pagefind ranks the words among the pages whose amounts match; the facets are applied
    // here, from the side index, so that counts and filtering agree with amount-only search.
    const only = { id: { any: matches.map((m) => m.measure.id) } };
    const { ranked } = await this.#rankedText(pf, words, parsed, only);
    const data = await Promise.all(ranked.map((r) => r.data()));
    // A section heading's amount (url …/#2-7) answers for its document page.
    const byUrl = new Map(matches.map((m) => [m.measure.url.split('#')[0]!, m]));
    const rows = data.flatMap((d, textRank) => {
      const match = byUrl.get(d.url);
      return match ? [{ d, match, textRank }] : [];
    });
    const counts = facetCounts(
      rows.map((r) => ({ filters: r.match.measure.filters })),
      state.filters,
    );
    const kept = rows
      .filter((r) => matchesSelection(r.match.measure.filters, state.filters))
      .sort(
        (a, b) =>
          (state.sort === 'relevance' ? a.match.tier - b.match.tier : compareMatches(a.match, b.match, state.sort)) ||
          a.textRank - b.textRank,
      );
    if (kept.length === 0 && rows.length === 0) {
      const wordsAlone = (await pf.search(words, { filters: pagefindFilters(state.filters) })).results.length;
      return empty({ amountsAlone: matches.filter((m) => matchesSelection(m.measure.filters, state.filters)).length, wordsAlone });
    }
    return {
      parsed,
      mode: 'mixed',
      items: kept.map((r) => ({
        key: r.d.url,
        load: async () => cardFromPagefind(r.d, new Set(r.match.hits.map((h) => h.amount.figure))),
      })),
      counts,
      facets: [...FACETS],
      hints: { unfiltered: rows.length },
    };
  }

  /**
   * Pagefind search for `term` (null: filters only), within `extra` (an `id` or doc
   * restriction), with the facet selection; a 文号's documents first.
   */
  async #text(
    parsed: ParsedQuery,
    state: SearchState,
    term: string | null,
    extra: Record<string, unknown>,
    scope: WenhaoScope | null,
  ): Promise<Outcome> {
    const pf = await this.pagefind();
    const filters = pagefindFilters(state.filters, undefined, extra);
    const pinnedDocs = (scope?.docs ?? []).filter((d) => matchesSelection(d.filters, state.filters));
    const [{ main, ranked, phraseMissing }, pinned, sorted] = await Promise.all([
      term === null
        ? pf.search(null, { filters }).then((main) => ({ main, ranked: main.results, phraseMissing: [] as string[] }))
        : this.#rankedText(pf, term, parsed, filters),
      pinnedDocs.length === 0 ? [] : pf.search(null, { filters: { id: { any: pinnedDocs.map((d) => d.id) } } }).then((r) => r.results),
      state.sort === 'relevance'
        ? null
        : pf.search(term, { filters, sort: { [sortKey(state.sort)]: state.sort.endsWith('-desc') ? 'desc' : 'asc' } }),
    ]);
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
            ? (main.filters[facet] ?? {})
            : ((await pf.search(term, { filters: pagefindFilters(state.filters, facet, extra) })).filters[facet] ?? {});
      }),
    );
    return {
      parsed,
      mode: term === null && !scope ? 'filter' : 'text',
      items: order.map((r) => ({
        key: r.id,
        load: async () => {
          const card = cardFromPagefind(await r.data());
          if (pinnedIds.has(r.id)) {
            card.wenhaoMatch = true;
            const more = browse(card.url);
            if (more) card.browseUrl = more;
          }
          return card;
        },
      })),
      counts,
      facets: FACETS.filter((f) => Object.keys(counts[f] ?? {}).length > 0 || state.filters[f] !== undefined),
      hints: { unfiltered: main.unfilteredResultCount, phraseMissing },
    };
  }

  /**
   * Pagefind's results for the words, re-ranked: pages holding more of the query's phrases
   * first, then pages the named lead agency leads. A phrase is looked for with Pagefind's
   * exact search, which misses pages whose index segmented it differently (小微企业 inside
   * 中小微企业: 10 of 19 found); so the text of the other results is read too, up to a limit.
   * `hints.phraseMissing` lists phrases no result holds, when all results could be read.
   */
  async #rankedText(
    pf: PagefindLike,
    term: string,
    parsed: ParsedQuery,
    filters: Record<string, unknown>,
  ): Promise<{ main: PagefindResponse; ranked: PagefindResult[]; phraseMissing: string[] }> {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    const phrases = parsed.chunks.filter((c) => needsPhraseSearch(c, segmenter));
    const leads = await this.#leadsNamed(pf, parsed.chunks);
    const [found, phraseSets, leadSet] = await Promise.all([
      pf.search(term, { filters }),
      Promise.all(phrases.map(async (p) => ids(await pf.search(`"${p}"`, { filters })))),
      leads.length > 0 ? pf.search(term, { filters: andFilter(filters, { lead: { any: leads } }) }).then(ids) : Promise.resolve(undefined),
    ]);
    const main = { ...found, results: found.results.map(once) };
    const unsure = new Set<PagefindResult>();
    phrases.forEach((_, i) =>
      main.results
        .filter((r) => !phraseSets[i]!.has(r.id))
        .slice(0, VERIFY_LIMIT)
        .forEach((r) => unsure.add(r)),
    );
    await Promise.all(
      [...unsure].map(async (r) => {
        const content = (await r.data()).content ?? '';
        phrases.forEach((p, i) => content.includes(p) && phraseSets[i]!.add(r.id));
      }),
    );
    const readAll = phrases.every((_, i) => main.results.filter((r) => !phraseSets[i]!.has(r.id)).length <= VERIFY_LIMIT);
    const phraseMissing =
      readAll && main.results.length > 0 ? phrases.filter((_, i) => !main.results.some((r) => phraseSets[i]!.has(r.id))) : [];
    return {
      main,
      ranked: rankResults(main.results, leadSet ? { phrases: phraseSets, lead: leadSet } : { phrases: phraseSets }),
      phraseMissing,
    };
  }

  /** Lead agencies (lead filter values) a chunk names: 市财政局, or 财政局 for 市财政局. */
  async #leadsNamed(pf: PagefindLike, chunks: string[]): Promise<string[]> {
    this.#leadValues ??= pf.filters().then((f) => new Set(Object.keys(f['lead'] ?? {})));
    const values = await this.#leadValues;
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
