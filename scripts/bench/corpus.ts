// The benchmark corpus: the bundled sources copied `scale` times, each copy a new document
// of another real place, for `npm run bench` only — written to a throw-away project, never
// into content/ and never published.
//
// A copy must be a document the pipeline could really meet, so that every stage does the
// work a real corpus of that size asks of it: another place of the same rank, in the same
// province where it has enough of them (钟祥市 → other counties of 湖北省, 广州市 → other
// prefectures of 广东省, 四川省 → other provinces), named in the text where the original
// names itself (钟祥市财政局 → 京山市财政局); new 文号, so every copy has permalinks of its own
// (天政办发〔2023〕1号 → 京政办发〔2023〕1号, or the next free serial); and other amounts
// (1600元 → 3200元), so the amount index holds as many distinct values as a real one would.
// Copy 0 is the bundled corpus itself, unchanged.
import type { ManifestEntry } from '../../pipeline/schema.ts';
import type { Jurisdiction } from '../../pipeline/schema.ts';
import type { PlaceRegistry } from '../../pipeline/sources/places.ts';
import { foldText, foldWidth } from '../../pipeline/text/fold.ts';
import OpenCC from 'opencc-js';
import { wenhaoSlug } from '../../pipeline/publish/ids.ts';

export interface CorpusSource {
  entry: ManifestEntry;
  /** decoded text (UTF-8, LF) */
  text: string;
  /** the 文号 of its documents as printed (the ingest's wenhaoRaw), to be renumbered in copies */
  wenhao: string[];
}

export interface DerivedSource extends Omit<CorpusSource, 'wenhao'> {
  /** which copy: 0 is the bundled source itself */
  copy: number;
  /** the bundled source it was derived from */
  from: string;
}

/**
 * Amount factors, by copy: copy 1 doubles every Arabic amount, copy 2 halves it, … (copy 0,
 * the bundled corpus, keeps 1). Chinese-numeral amounts (一千元) are left as printed.
 */
export const AMOUNT_FACTORS = [1, 2, 0.5, 1.5, 3, 0.8, 1.2, 5, 0.6, 4, 2.5] as const;

export function amountFactor(copy: number): number {
  return copy === 0 ? 1 : AMOUNT_FACTORS[1 + ((copy - 1) % (AMOUNT_FACTORS.length - 1))]!;
}

// A 文号, well-formed or damaged: issuer abbreviation, year in brackets, serial, 号 —
// 天政办发〔2023〕1号, 韶府〔2019〕31號, 津政办规[2023]4号, and 天政发〔20231 as a web page
// garbled it (the grammar's own recogniser, wenhaoOfLine, accepts it; so must a copy).
const WENHAO = /^([\u4e00-\u9fff]{1,12})([〔[【(（［])((?:19|20)\d{2})([〕\]】)）］]?)(\d{1,4})([号號]?)$/;

// An Arabic amount with its money unit: 1600元, 2.5万元, 3 亿元, 500万美元.
const AMOUNT = /(?<![\d.])(\d+(?:\.\d+)?)(\s?)(万亿元|亿元|万元|千元|百元|元|万美元|美元)/g;

/** 1600 × 2 → "3200"; 2.5 × 0.6 → "1.5"; keeps the printed number of decimals at most. */
export function scaleNumber(printed: string, factor: number): string {
  const decimals = printed.includes('.') ? printed.split('.')[1]!.length : 0;
  const value = Number(printed) * factor;
  const rounded = decimals === 0 && Number.isInteger(value) ? value : Number(value.toFixed(Math.max(decimals, 1)));
  return String(rounded);
}

/** Every Arabic money amount in `text` multiplied by `factor`. */
export function scaleAmounts(text: string, factor: number): string {
  if (factor === 1) return text;
  return text.replace(AMOUNT, (_, n: string, space: string, unit: string) => `${scaleNumber(n, factor)}${space}${unit}`);
}

/**
 * A document's 文号 as its source prints it: the ingest's wenhaoRaw where it kept one (天政发〔20231),
 * else the normalised 文号 found in the folded text (folding is one character for one, so the
 * same offsets in the text give 韶府〔2019〕31號 for 韶府〔2019〕31号).
 */
export function printedWenhao(text: string, doc: { wenhao: string | null; wenhaoRaw: string | null }): string | null {
  if (doc.wenhaoRaw) return text.includes(doc.wenhaoRaw) ? doc.wenhaoRaw : null;
  if (!doc.wenhao) return null;
  const at = foldText(text).indexOf(doc.wenhao);
  return at < 0 ? null : text.slice(at, at + doc.wenhao.length);
}

/** The permalink stem a printed 文号 gives its document (damaged forms too): 天政发〔20231 → tianzhengfa-2023-1. */
export function wenhaoKey(printed: string): string | null {
  const m = WENHAO.exec(foldWidth(printed));
  return m ? wenhaoSlug(`${m[1]}〔${m[3]}〕${Number(m[5])}号`) : null;
}

/**
 * The documents of a copy get 文号 of their own: the issuer's first character becomes the new
 * place's (天政办发 → 京政办发 for 京山市, 津政办规 → 河政办规 for 河北省), and the serial moves on
 * until no other document uses the 文号. Every place the text prints one of them — a gazette's
 * documents cite each other — reads the new one; 文号 it only cites (国发〔2012〕39号) stay.
 */
export function renumberWenhao(text: string, own: readonly string[], to: Pick<Jurisdiction, 'shortName'>, used: Set<string>): string {
  let out = text;
  for (const printed of own) {
    const m = WENHAO.exec(printed) ?? WENHAO.exec(foldWidth(printed));
    if (!m) continue;
    const [, issuer, open, year, close, serial, hao] = m;
    const newIssuer = to.shortName[0]! + issuer!.slice(1);
    let n = Number(serial);
    // Permalinks are the 文号's pinyin: 武府 and 吴府 would share one (wufu-2019-31).
    const key = (k: number) => wenhaoSlug(`${foldWidth(newIssuer)}〔${year}〕${k}号`) ?? `${newIssuer}${year}${k}`;
    while (used.has(key(n)) && n < 9999) n++;
    used.add(key(n));
    out = out.split(printed).join(`${newIssuer}${open}${year}${close}${n}${hao}`);
  }
  return out;
}

/**
 * The places a copy of a source may go to, in registry order: same rank and same shape of
 * chain (a county under a prefecture stays one: a work list's columns name every level above
 * it); never the source's own place; only places whose every level's name the registry
 * resolves alone (no second 鼓楼区), so the names can stand in the text.
 */
export function placesFor(place: Jurisdiction, registry: PlaceRegistry, all: readonly Jurisdiction[]): Jurisdiction[] {
  const want = shapeOf(place, registry);
  const unique = (p: Jurisdiction) =>
    registry
      .chain(p.id)
      .slice(1)
      .every((j) => {
        const r = registry.resolve(j.name);
        return r.ok && r.place.id === j.id;
      });
  return all.filter((p) => p.level === place.level && p.id !== place.id && p.code !== null && shapeOf(p, registry) === want && unique(p));
}

/** province>prefecture>county for 钟祥市, province>county for 天门市 (no prefecture above it). */
function shapeOf(p: Jurisdiction, registry: PlaceRegistry): string {
  return registry
    .chain(p.id)
    .map((j) => j.level)
    .join('>');
}

/** Places in `province` first, the others after, each in registry (code) order. */
function provinceFirst(list: Jurisdiction[], province: string | undefined, registry: PlaceRegistry): Jurisdiction[] {
  const inProvince = (p: Jurisdiction) => registry.chain(p.id)[1]?.id === province;
  return [...list.filter(inProvince), ...list.filter((p) => !inProvince(p))];
}

/**
 * A gazette copy gets an issue number of its own: copies of one source may share a place at
 * large scales (天门's gazette has few places of its shape), and one place's issue 2023第1号
 * printed by two sources is refused by the ingest (one /gazettes/ page cannot stand for both).
 * 天门市人民政府公报2023第1号(总号:44), copy 5 → 2023第6号(总号:49).
 */
export function renumberIssue(text: string, copy: number): string {
  return text
    .replace(/(公报\s*\d{4}\s*年?\s*第)(\d+)(号)/g, (_, a: string, n: string, b: string) => `${a}${Number(n) + copy}${b}`)
    .replace(/(总号\s*[:：]\s*)(\d+)/g, (_, a: string, n: string) => `${a}${Number(n) + copy}`);
}

/** The names of a place and its ancestors (below 中央), each with its counterpart in `to`'s chain, longest first. */
export function renames(from: Jurisdiction, to: Jurisdiction, registry: PlaceRegistry): Array<[string, string]> {
  const a = registry.chain(from.id).slice(1);
  const b = registry.chain(to.id).slice(1);
  // A traditional-character mirror prints 韶關市 for 韶关市: its copy names 湛江市 as 湛江市.
  const pairs = a.flatMap((j, k): Array<[string, string]> => [
    [j.name, b[k]!.name],
    [toTraditional(j.name), toTraditional(b[k]!.name)],
  ]);
  return [...new Map(pairs.filter(([x, y]) => x !== y)).entries()].sort((x, y) => y[0].length - x[0].length);
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** Every name replaced by its counterpart, in one pass (so 湖北省 → 河南省 is never replaced again). */
export function replaceNames(text: string, pairs: Array<[string, string]>): string {
  if (pairs.length === 0) return text;
  const to = new Map(pairs);
  const any = new RegExp(pairs.map(([x]) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(any, (name) => to.get(name)!);
}

/** Does a text print traditional characters (more than one in a thousand folding to another)? */
export function isTraditional(text: string): boolean {
  const folded = foldText(text);
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== folded[i] && /[\u3400-\u9fff]/.test(text[i]!)) changed++;
  return changed > text.length / 1000;
}

/**
 * Which sources are copied: plain texts. A saved web page (.html) or Word file (.docx) is read
 * through its own reader with its page metadata (title, date, 索引号), which a renamed copy of
 * its markup would have to rewrite too; those few sources are in copy 0 only, as bundled.
 */
export function copiable(file: string): boolean {
  return /\.txt$/i.test(file);
}

/** `scale` copies of every plain-text source (copy 0 every source itself); `slug`s made distinct per copy. */
export function deriveCorpus(
  bundled: readonly CorpusSource[],
  scale: number,
  registry: PlaceRegistry,
  all: readonly Jurisdiction[],
): DerivedSource[] {
  const used = new Set(bundled.flatMap((s) => s.wenhao.flatMap((w) => wenhaoKey(w) ?? [])));
  const out: DerivedSource[] = bundled.map((s) => ({ entry: s.entry, text: s.text, copy: 0, from: s.entry.file }));
  // No two sources share a place: each takes every m-th place of its level's list (m sources
  // of that level and shape). Two documents of one place name its agencies alike, but a copy
  // of a 区's document moved to a 市 still says 区财政局, and a traditional-character mirror says
  // 市財政局: the ingest would rightly see two agencies claiming one slug (or, for 区水务局 and
  // 税务局, one pinyin) in one place. Copies of one source may share a place at large scales.
  const places = bundled.map((s) => {
    const r = registry.resolve(s.entry.jurisdiction);
    if (!r.ok) throw new Error(`${s.entry.file}: ${r.message}`);
    return r.place;
  });
  const shapes = places.map((p) => `${p.level}:${shapeOf(p, registry)}`);
  const targets = places.map((place, i) => {
    const group = places.map((_, k) => k).filter((k) => shapes[k] === shapes[i]);
    const taken = new Set(group.map((k) => places[k]!.id));
    const mine = placesFor(place, registry, all)
      .filter((p) => !taken.has(p.id))
      .filter((_, j) => j % group.length === group.indexOf(i));
    // Same province first: a province's own corpus grows before the country's.
    return { place, peers: provinceFirst(mine, registry.chain(place.id)[1]?.id, registry) };
  });
  for (let copy = 1; copy < scale; copy++) {
    bundled.forEach((s, i) => {
      if (!copiable(s.entry.file)) return;
      const { place, peers } = targets[i]!;
      const to = peers[(copy - 1) % peers.length]!;
      const names = renames(place, to, registry);
      let text = replaceNames(s.text, names);
      text = renumberWenhao(text, s.wenhao, to, used);
      text = renumberIssue(text, copy);
      text = scaleAmounts(text, amountFactor(copy));
      const stem = s.entry.file.replace(/\.[^.]+$/, '');
      const entry: ManifestEntry = {
        ...s.entry,
        file: `${stem}.x${copy}.txt`,
        jurisdiction: registry.path(to.id),
        // Used only by a document without 文号; a copy of one keeps a permalink of its own even
        // where its place has a copy of the same source already (31 provinces, 100 copies).
        slug: `${s.entry.slug ?? stem}-x${copy}`,
        ...(s.entry.title ? { title: replaceNames(s.entry.title, names) } : {}),
        ...(s.entry.issuer ? { issuer: replaceNames(s.entry.issuer, names) } : {}),
      };
      delete entry.originalFile;
      out.push({ entry, text, copy, from: s.entry.file });
    });
  }
  return out;
}

/** content/agencies.yaml as parsed: group references and, per place id, its agencies. */
export interface AgencyRegistryFile {
  groups?: string[];
  jurisdictions?: Record<string, unknown[]>;
}

/**
 * The agency registry for a derived corpus: every copy's place gets the reviewed entries of
 * the place it was copied from (钟祥's 市城发集团 with its alias 城发集团 for 江岸区's copy), as a
 * maintainer adding that place's documents would write them; without them two unknown names
 * of one agency (城发集团, 市城发集团) would claim one slug.
 */
export function deriveAgencyRegistry(
  file: AgencyRegistryFile,
  corpus: readonly DerivedSource[],
  registry: PlaceRegistry,
): AgencyRegistryFile {
  const jurisdictions = { ...(file.jurisdictions ?? {}) };
  const placeOf = (s: Pick<CorpusSource, 'entry'>) => {
    const r = registry.resolve(s.entry.jurisdiction);
    if (!r.ok) throw new Error(`${s.entry.file}: ${r.message}`);
    return r.place.id;
  };
  const originals = new Map(corpus.filter((s) => s.copy === 0).map((s) => [s.entry.file, placeOf(s)]));
  for (const s of corpus) {
    if (s.copy === 0) continue;
    const entries = file.jurisdictions?.[originals.get(s.from)!];
    const to = placeOf(s);
    if (entries && !jurisdictions[to]) jurisdictions[to] = entries;
  }
  return { ...file, jurisdictions };
}
