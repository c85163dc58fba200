// Shards: a country's corpus built as several independent sites, one per province (or any
// place), each from the same manifest. A shard's build ingests the manifest entries whose
// jurisdiction lies within its place (湖北省: 钟祥市, 天门市, 湖北省 itself) and nothing else, so
// every entry belongs to exactly one shard of a partition by province, and a page's URL — from
// the document's own 文号, place and item numbers — is the same whichever build publishes it.
// The shards' search indexes are searched together in the browser (src/search/load.ts).
import type { ManifestEntry } from '../schema.ts';
import { SourceError } from '../sources/errors.ts';
import type { PlaceRegistry } from '../sources/places.ts';
import type { Jurisdiction } from '../schema.ts';

/** The place a shard is named by (湖北省, 天津市, 中央 for the central documents), or an error. */
export function shardPlace(name: string, registry: PlaceRegistry): Jurisdiction {
  const r = registry.resolve(name);
  if (!r.ok) throw new SourceError('--shard', null, `${name}: ${r.message}`);
  return r.place;
}

/**
 * Does an entry belong to the shard? Its place is the shard's place or lies under it; the
 * shard 中央 holds only the central documents (every place lies under 中央). An entry whose
 * place cannot be resolved belongs to every shard, so each reports it.
 */
export function inShard(entry: Pick<ManifestEntry, 'jurisdiction'>, shard: Jurisdiction, registry: PlaceRegistry): boolean {
  const r = registry.resolve(entry.jurisdiction);
  if (!r.ok) return true;
  if (shard.parent === null) return r.place.id === shard.id;
  return registry.chain(r.place.id).some((p) => p.id === shard.id);
}
