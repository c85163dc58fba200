// The permalink ledger (content/permalinks.lock): every measure and document URL the site
// has published, with a hash of the text it showed. A URL is a promise to whoever cited it
// (DESIGN: "a corrected source must never make an old URL silently show another item").
//
// A rebuild is compared with the ledger. When a source is corrected — a provision inserted
// and the items after it renumbered, a typo in a number fixed (4.2.2 → 4.3.2) — an old URL
// may now show another item's text, or none. The item it showed is looked for by its text
// everywhere in the site: found elsewhere, the URL says where it went ("本条已改为（三）");
// found nowhere, the URL says its text changed, or that it was removed, with the date.
// Such a URL is never silently given other text: it carries a notice, and a URL that no
// longer has a page gets one holding the notice instead of a 404.
//
// Under --strict any difference fails the build, naming the URLs; by default the site
// publishes with the notices. `npm run ledger -- --accept` records the differences (the
// notices stay, dated), and the ledger then holds the new hashes.
//
// Format, one URL a line, sorted, tab-separated:
//   <url>  <hash of its text, or - when it has no item any more>  [<event>; <event> …]
// an event: `2026-11-25 moved <hash> <url>` (the item it showed, now at <url>),
// `2026-11-25 changed`, `2026-11-25 removed`.
import { createHash } from 'node:crypto';
import { parseNumberMarker } from '../grammar/numberMarkers.ts';
import { SourceError } from '../sources/errors.ts';
import { Anomaly } from '../schema.ts';
import type { Collections } from './assemble.ts';

export type LedgerEvent =
  { date: string; kind: 'moved'; item: string; to: string } | { date: string; kind: 'changed' } | { date: string; kind: 'removed' };

export interface LedgerEntry {
  url: string;
  hash: string | null;
  events: LedgerEvent[];
  line?: number; // where it is written in the ledger file
}

export type Ledger = Map<string, LedgerEntry>;

/** An item the site publishes now: a measure or a document page. */
export interface PublishedItem {
  url: string;
  kind: 'measure' | 'document';
  document: string; // the document id (a measure's own, or the document's)
  label: string; // as readers know it: （三）, 4.3.2, 第135项, or a document's title
  hash: string;
  source: { file: string; line: number };
}

/** The measure and document pages of the collections, each with the hash of its text. */
export function publishedItems(c: Pick<Collections, 'measures' | 'documents'>): PublishedItem[] {
  return [
    ...c.documents.map((d) => ({
      url: d.url,
      kind: 'document' as const,
      document: d.id,
      label: d.title,
      hash: textHash(d.blocks.map((b) => b.text).join('\n')),
      source: { file: d.source.file, line: d.source.lines[0] },
    })),
    ...c.measures.map((m) => ({
      url: m.url,
      kind: 'measure' as const,
      document: m.document,
      label: m.label,
      hash: textHash(m.text),
      source: { file: m.source.file, line: m.source.lines[0] },
    })),
  ];
}

export interface LedgerChange {
  url: string;
  event: LedgerEvent;
  /** What the URL shows now (null: nothing, it gets a notice page). */
  now: PublishedItem | null;
  line?: number | undefined;
}

export interface LedgerComparison {
  changes: LedgerChange[];
  /** URLs published now that the ledger does not hold yet. */
  added: PublishedItem[];
  /** The ledger with the changes recorded and the additions added. */
  next: Ledger;
}

const HEX16 = /^[0-9a-f]{16}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The text's identity: its non-space characters as printed, without the item number it
 * starts with — so an item renumbered from (二) to (三) keeps its hash and is found again.
 */
export function textHash(text: string): string {
  const marker = parseNumberMarker(text.trim());
  const body = (marker ? marker.rest : text).replace(/\s+/g, '');
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

export function parseLedger(text: string, file: string): Ledger {
  const ledger: Ledger = new Map();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [url, hash, events = ''] = raw.split('\t');
    if (!url?.startsWith('/') || !url.endsWith('/')) throw new SourceError(file, line, `"${url}" is not a site URL (/…/)`);
    if (hash === undefined || (hash !== '-' && !HEX16.test(hash)))
      throw new SourceError(file, line, `${url}: hash must be 16 hex digits or -`);
    if (ledger.has(url)) throw new SourceError(file, line, `${url} is listed twice (first at line ${ledger.get(url)!.line})`);
    const parsed = events
      .split(';')
      .map((e) => e.trim())
      .filter(Boolean)
      .map((e): LedgerEvent => {
        const [date, kind, item, to] = e.split(/\s+/);
        if (!date || !DATE.test(date)) throw new SourceError(file, line, `${url}: event "${e}" must start with a date (YYYY-MM-DD)`);
        if (kind === 'changed' || kind === 'removed') return { date, kind };
        if (kind === 'moved' && item && HEX16.test(item) && to?.startsWith('/')) return { date, kind, item, to };
        throw new SourceError(file, line, `${url}: event "${e}" is not "<date> moved <hash> <url>", "<date> changed" or "<date> removed"`);
      });
    ledger.set(url, { url, hash: hash === '-' ? null : hash, events: parsed, line });
  });
  return ledger;
}

export const LEDGER_HEADER = `# content/permalinks.lock — every measure and document URL the site has published, with a
# hash of its text (pipeline/publish/ledger.ts). Every build compares the site with it: a URL
# that would show other text, or disappear, carries a notice saying where its item went, and
# fails \`npm run build -- --strict\`. Written by \`npm run ledger -- --accept\`; not edited by hand.
# url<TAB>hash (- when the URL has no item any more)<TAB>events: <date> moved <hash> <url> | <date> changed | <date> removed
`;

export function serializeLedger(ledger: Ledger): string {
  const event = (e: LedgerEvent) => (e.kind === 'moved' ? `${e.date} moved ${e.item} ${e.to}` : `${e.date} ${e.kind}`);
  const rows = [...ledger.values()]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((e) => [e.url, e.hash ?? '-', ...(e.events.length ? [e.events.map(event).join('; ')] : [])].join('\t'));
  return LEDGER_HEADER + rows.join('\n') + (rows.length ? '\n' : '');
}

/** /docs/<document>/… → <document> */
const documentOfUrl = (url: string) => /^\/docs\/([^/]+)\//.exec(url)?.[1] ?? null;

/** Compare the site now with the ledger; `date` dates the changes found. */
export function compareLedger(ledger: Ledger, items: PublishedItem[], date: string): LedgerComparison {
  const byUrl = new Map(items.map((i) => [i.url, i]));
  const byHash = new Map<string, PublishedItem[]>();
  for (const i of items) byHash.set(i.hash, [...(byHash.get(i.hash) ?? []), i]);
  const changes: LedgerChange[] = [];
  const next: Ledger = new Map();
  const claimed = new Set<string>();
  /** Where the item with this text is now: not at a URL that still shows its own recorded text, nearest in the same document. */
  const whereIs = (hash: string, from: string, kind: PublishedItem['kind']): PublishedItem | null => {
    const doc = documentOfUrl(from);
    const candidates = (byHash.get(hash) ?? []).filter(
      (c) => c.url !== from && c.kind === kind && ledger.get(c.url)?.hash !== hash && !claimed.has(c.url),
    );
    const found = candidates.find((c) => c.document === doc) ?? candidates[0] ?? null;
    if (found) claimed.add(found.url);
    return found;
  };
  for (const entry of ledger.values()) {
    const now = byUrl.get(entry.url) ?? null;
    if (entry.hash === null || (now && now.hash === entry.hash)) {
      // Unchanged, or a URL that had lost its item and shows one again (keeping its notices).
      next.set(entry.url, { url: entry.url, hash: now?.hash ?? entry.hash, events: entry.events });
      continue;
    }
    const kind = now?.kind ?? (/^\/docs\/[^/]+\/$/.test(entry.url) ? 'document' : 'measure');
    const target = whereIs(entry.hash, entry.url, kind);
    const event: LedgerEvent = target
      ? { date, kind: 'moved', item: entry.hash, to: target.url }
      : now
        ? { date, kind: 'changed' }
        : { date, kind: 'removed' };
    changes.push({ url: entry.url, event, now, line: entry.line });
    next.set(entry.url, { url: entry.url, hash: now?.hash ?? null, events: [...entry.events, event] });
  }
  const added = items.filter((i) => !ledger.has(i.url));
  for (const i of added) next.set(i.url, { url: i.url, hash: i.hash, events: [] });
  return { changes, added, next };
}

/** A notice a URL carries, for its page. */
export interface PermalinkNotice {
  kind: LedgerEvent['kind'];
  date: string;
  /** moved: where the item is now, and how it is numbered there. */
  to: string | null;
  toLabel: string | null;
  /** Found by this build, not yet recorded in the ledger by the maintainer. */
  pending: boolean;
}

/** Every URL's notices: the ledger's recorded events and this build's changes, newest last. */
export function noticesOf(ledger: Ledger, comparison: LedgerComparison, items: PublishedItem[]): Map<string, PermalinkNotice[]> {
  const byUrl = new Map(items.map((i) => [i.url, i]));
  const byHash = new Map<string, PublishedItem>();
  for (const i of items) if (!byHash.has(i.hash)) byHash.set(i.hash, i);
  const notice = (e: LedgerEvent, pending: boolean): PermalinkNotice => {
    if (e.kind !== 'moved') return { kind: e.kind, date: e.date, to: null, toLabel: null, pending };
    // Follow the item if it moved again since: its text is where it is now.
    const now = byUrl.get(e.to)?.hash === e.item ? byUrl.get(e.to)! : (byHash.get(e.item) ?? byUrl.get(e.to) ?? null);
    return { kind: 'moved', date: e.date, to: now?.url ?? e.to, toLabel: now?.label ?? null, pending };
  };
  const out = new Map<string, PermalinkNotice[]>();
  for (const entry of ledger.values())
    if (entry.events.length)
      out.set(
        entry.url,
        entry.events.map((e) => notice(e, false)),
      );
  for (const c of comparison.changes) out.set(c.url, [...(out.get(c.url) ?? []), notice(c.event, true)]);
  return out;
}

/** What the site publishes about its permalinks: content/generated/permalinks.json, read by the pages. */
export interface PermalinkState {
  /** content/permalinks.lock exists: the site has made promises to keep. */
  ledger: boolean;
  changes: Array<{ url: string; kind: LedgerEvent['kind']; to: string | null }>;
  added: string[];
  /** Every URL's notices, by URL. */
  notices: Record<string, PermalinkNotice[]>;
  /** URLs of the ledger with no item any more: each gets a page holding its notices, and a link to its document if that remains. */
  gone: Array<{ url: string; document: { url: string; title: string } | null }>;
}

const noticeMessage = (c: LedgerChange, label: string | null): string =>
  c.event.kind === 'moved'
    ? c.now
      ? `链接 ${c.url} 原来的条目已改为${label ?? ''}（${c.event.to}），本链接现显示另一条目，已加提示`
      : `链接 ${c.url} 的条目已改为${label ?? ''}（${c.event.to}），原链接保留提示页`
    : c.event.kind === 'changed'
      ? `链接 ${c.url} 的内容已变更，已加提示`
      : `链接 ${c.url} 的条目已不在源文件中，原链接保留提示页`;

/**
 * Compare the collections with the ledger: the state the pages read, the anomalies for the
 * report and /quality/, and the comparison (for `npm run ledger`).
 */
export function permalinkState(
  ledger: Ledger,
  hasLedger: boolean,
  c: Pick<Collections, 'measures' | 'documents'>,
  date: string,
  ledgerFile = 'content/permalinks.lock',
): { state: PermalinkState; anomalies: Anomaly[]; comparison: LedgerComparison } {
  const items = publishedItems(c);
  const comparison = compareLedger(ledger, items, date);
  const notices = noticesOf(ledger, comparison, items);
  const byUrl = new Map(items.map((i) => [i.url, i]));
  const docs = new Map(c.documents.map((d) => [d.id, d]));
  const anomalies: Anomaly[] = comparison.changes.map((ch) => {
    const label = ch.event.kind === 'moved' ? (byUrl.get(ch.event.to)?.label ?? null) : null;
    return Anomaly.parse({
      severity: 'warning',
      code: `permalink-${ch.event.kind}`,
      file: ch.now?.source.file ?? ledgerFile,
      line: ch.now?.source.line ?? ch.line ?? null,
      message: noticeMessage(ch, label),
      document: ch.now?.document ?? null,
    });
  });
  if (hasLedger) {
    const byDoc = new Map<string, PublishedItem[]>();
    for (const a of comparison.added) byDoc.set(a.document, [...(byDoc.get(a.document) ?? []), a]);
    for (const [doc, added] of byDoc) {
      anomalies.push(
        Anomaly.parse({
          severity: 'info',
          code: 'permalink-unrecorded',
          file: added[0]!.source.file,
          line: added[0]!.source.line,
          message: `文件 ${doc} 的 ${added.length} 个链接尚未记入链接台账 ${ledgerFile}`,
          document: doc,
        }),
      );
    }
  }
  const gone = [...comparison.next.values()]
    .filter((e) => e.hash === null)
    .map((e) => {
      const d = docs.get(documentOfUrl(e.url) ?? '');
      return { url: e.url, document: d && d.url !== e.url ? { url: d.url, title: d.title } : null };
    });
  return {
    state: {
      ledger: hasLedger,
      changes: comparison.changes.map((ch) => ({ url: ch.url, kind: ch.event.kind, to: ch.event.kind === 'moved' ? ch.event.to : null })),
      added: comparison.added.map((a) => a.url),
      notices: Object.fromEntries(notices),
      gone,
    },
    anomalies,
    comparison,
  };
}

/** The date a change found now is recorded with: SOURCE_DATE_EPOCH when set (reproducible builds), else today. */
export function changeDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}
