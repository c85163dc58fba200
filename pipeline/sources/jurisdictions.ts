// content/jurisdictions.yaml: what the national registry (places.ts) lacks — local
// additions such as a 开发区 — and ids pinned by hand. Validated strictly, every
// error with the line of the offending entry; linking the additions to the registry
// (parents, cycles, clashes) happens in places.ts, with the lines kept here.
import { z } from 'zod';
import { Slug, type Jurisdiction } from '../schema.ts';
import { loadYaml } from './yamlFile.ts';

const LocalAdditionEntry = z.strictObject({
  id: Slug,
  name: z.string().min(2), // 天门经济开发区
  shortName: z.string().min(2).optional(), // default: the name itself (天门经济开发区 has no rank word to drop)
  /** A 开发区 is managed at its parent's level (a county-level 开发区 under 天门市): never above it. */
  level: z.enum(['prefecture', 'county']),
  /** A place as people write it (天门市, 湖北省天门市) or the id of another local addition. */
  parent: z.string().min(1),
});

const IdOverrideEntry = z.strictObject({
  code: z.string().regex(/^\d{6}$/, 'code must be a six-digit GB/T 2260 code'),
  name: z.string().min(2), // must be the registry's name for the code: guards against a typo in the code
  id: Slug,
  reason: z.string().min(1),
});

const LocalPlacesFile = z.strictObject({
  additions: z.array(LocalAdditionEntry).default([]),
  ids: z.array(IdOverrideEntry).default([]),
});

type WithLine<T> = T & { line: number };
export type LocalAddition = WithLine<z.infer<typeof LocalAdditionEntry>>;
export type IdOverride = WithLine<z.infer<typeof IdOverrideEntry>>;
export interface LocalPlaces {
  file: string;
  additions: LocalAddition[];
  ids: IdOverride[];
}

export const NO_LOCAL_PLACES: LocalPlaces = { file: 'content/jurisdictions.yaml', additions: [], ids: [] };

export function parseLocalPlaces(text: string, file: string): LocalPlaces {
  const yaml = loadYaml(text, file, LocalPlacesFile);
  const lineOf = (key: string, i: number) => yaml.lineOf([key, i]);
  return {
    file,
    additions: yaml.data.additions.map((a, i) => ({ ...a, line: lineOf('additions', i) })),
    ids: yaml.data.ids.map((o, i) => ({ ...o, line: lineOf('ids', i) })),
  };
}

/** The chain from the top (中央) down to `id`, inclusive; stops at a missing parent or a repeated id. */
export function ancestry(all: Jurisdiction[], id: string): Jurisdiction[] {
  const byId = new Map(all.map((j) => [j.id, j]));
  const chain: Jurisdiction[] = [];
  for (let j = byId.get(id); j && !chain.includes(j); j = j.parent ? byId.get(j.parent) : undefined) chain.unshift(j);
  return chain;
}
