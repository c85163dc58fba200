// The permalink notices of the build (content/generated/permalinks.json, written by the
// ingest from content/permalinks.lock — pipeline/publish/ledger.ts). Read from disk like
// the report, so that type-checking needs no generated file.
import { existsSync, readFileSync } from 'node:fs';
import type { PermalinkNotice, PermalinkState } from '../../pipeline/publish/ledger.ts';

const EMPTY: PermalinkState = { ledger: false, changes: [], added: [], notices: {}, gone: [] };
let cache: PermalinkState | null = null;

export function loadPermalinks(): PermalinkState {
  const path = 'content/generated/permalinks.json';
  cache ??= existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PermalinkState) : EMPTY;
  return cache;
}

export const noticesFor = (url: string): PermalinkNotice[] => loadPermalinks().notices[url] ?? [];

/** A document's own URL (/docs/<id>/), as opposed to a measure's (/docs/<id>/<item>/). */
export const isDocumentUrl = (url: string) => /^\/docs\/[^/]+\/$/.test(url);
