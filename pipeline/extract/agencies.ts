// Agencies: resolving the names a document prints to canonical agencies of a
// jurisdiction through the reviewed registry (content/agencies.yaml). Splitting lists of
// names is the grammar's job (pipeline/grammar/agencyNames.ts).
import YAML from 'yaml';
import { z } from 'zod';
import { pinyin } from 'pinyin-pro';
import { AgencyKind, Slug, type Agency } from '../schema.ts';
import { SourceError } from '../sources/errors.ts';
import { isGroupName } from '../grammar/agencyNames.ts';
import { foldText } from '../text/fold.ts';

const RegistryEntry = z.strictObject({
  name: z.string().min(1),
  kind: AgencyKind,
  slug: Slug.optional(),
  aliases: z.array(z.strictObject({ name: z.string().min(1), reason: z.string().min(4) })).default([]),
});
const RegistryFile = z.strictObject({
  groups: z.array(z.string().min(1)),
  jurisdictions: z.record(
    z.string(),
    z
      .array(RegistryEntry)
      .nullable()
      .transform((v) => v ?? []),
  ),
});
export type RegistryEntry = z.infer<typeof RegistryEntry>;

export interface AgencyRegistry {
  groups: Set<string>;
  byJurisdiction: Map<string, Map<string, { entry: RegistryEntry; alias: { name: string; reason: string } | null }>>;
}

export function parseAgencyRegistry(text: string, file: string): AgencyRegistry {
  const parsed = RegistryFile.safeParse(YAML.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(file, null, `${issue.path.join('.')}: ${issue.message}`);
  }
  const byJurisdiction: AgencyRegistry['byJurisdiction'] = new Map();
  for (const [jid, entries] of Object.entries(parsed.data.jurisdictions)) {
    const names = new Map<string, { entry: RegistryEntry; alias: { name: string; reason: string } | null }>();
    for (const entry of entries) {
      for (const [name, alias] of [[entry.name, null] as const, ...entry.aliases.map((a) => [a.name, a] as const)]) {
        if (names.has(name)) throw new SourceError(file, null, `${jid}: "${name}" is listed twice`);
        names.set(name, { entry, alias });
      }
    }
    byJurisdiction.set(jid, names);
  }
  return { groups: new Set(parsed.data.groups), byJurisdiction };
}

/** Group references (相关金融机构, 各乡镇办场, 市直有关单位 …) name a set of bodies, not an agency. */
export function isGroupReference(name: string, registry: AgencyRegistry): boolean {
  return registry.groups.has(foldText(name)) || isGroupName(name);
}

/** Permalink slug for an agency name: pinyin without tones; the leading 市 is implied by the jurisdiction. */
export function agencySlug(name: string): string {
  // 市财政局 / 区发改局 / 县人社局: the level is implied by the place in the URL.
  const base = foldText(name).replace(/^(?:市(?!场|委|直|级)|区(?!域|委|直|级)|县(?!委|直|级|域))/, '');
  const s = pinyin(base, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'agency';
}

export type Resolution =
  | {
      type: 'agency';
      canonical: string;
      kind: z.infer<typeof AgencyKind>;
      slug: string;
      alias: { name: string; reason: string } | null;
      known: true;
    }
  | { type: 'unknown'; canonical: string; slug: string; known: false }
  | { type: 'group'; name: string };

export function resolveAgency(registry: AgencyRegistry, jurisdiction: string, name: string): Resolution {
  const hit = registry.byJurisdiction.get(jurisdiction)?.get(foldText(name));
  if (hit)
    return {
      type: 'agency',
      canonical: hit.entry.name,
      kind: hit.entry.kind,
      slug: hit.entry.slug ?? agencySlug(hit.entry.name),
      alias: hit.alias,
      known: true,
    };
  if (isGroupReference(name, registry)) return { type: 'group', name };
  return { type: 'unknown', canonical: name, slug: agencySlug(name), known: false };
}

/** 市财政局 in a 钟祥 document is 钟祥市财政局; 区发改局 in a 立山区 document is 立山区发改局. */
export function fullAgencyName(name: string, jurisdictionName: string, shortName: string): string {
  if (name.startsWith(jurisdictionName) || name.includes(shortName)) return name;
  const level = jurisdictionName.slice(-1); // 市 / 区 / 县 / 省 / 州 / 旗
  if (name.startsWith(level) && !/^(?:市场|区域)/.test(name)) return jurisdictionName + name.slice(1);
  if (/^(团市委)$/.test(name)) return `共青团${jurisdictionName}委员会`;
  return `${jurisdictionName}${name}`;
}

export type { Agency };
