// Agencies: splitting 单位 cells into names, and resolving names to canonical
// agencies of a jurisdiction through the reviewed registry (content/agencies.yaml).
import YAML from 'yaml';
import { z } from 'zod';
import { pinyin } from 'pinyin-pro';
import { AgencyKind, Slug, type Agency } from '../schema.ts';
import { SourceError } from '../sources/decode.ts';

/**
 * Endings of a complete agency name. A line break inside a 单位 cell is a
 * separator when the text before it ends like a complete name (市发改局⏎市人社局);
 * otherwise the name was merely wrapped by the table cell (市直⏎相关部门).
 */
const NAME_END =
  /(局|委|办|中心|公司|集团|总公司|支行|分行|银行|组|部|处|院|所|站|队|会|社|厅|署|部门|单位|机构|政府|镇|乡|街道|场|区|科|室|馆|团|行)$/;

export interface NamePart {
  name: string;
  /** The cell said “…等”: the list is not exhaustive. */
  etc: boolean;
}

export function splitAgencyNames(raw: string): NamePart[] {
  const parts: NamePart[] = [];
  for (const piece of raw.split(/[、，,；;]/)) {
    const lines = piece
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let current = '';
    for (const line of lines) {
      if (current && NAME_END.test(current.replace(/等$/, ''))) {
        parts.push(part(current));
        current = line;
      } else current += line;
    }
    if (current) parts.push(part(current));
  }
  // 岳口镇等有关乡镇: one named agency and a group reference for the rest.
  return parts.flatMap((p) => {
    const m = /^(.+?)等((?:有关|相关).+)$/.exec(p.name);
    return m
      ? [
          { name: m[1]!, etc: true },
          { name: m[2]!, etc: false },
        ]
      : [p];
  });
}

function part(text: string): NamePart {
  const flat = text.replace(/\s+/g, '');
  const etc = /等$/.test(flat) && flat.length > 2;
  return { name: etc ? flat.slice(0, -1) : flat, etc };
}

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
  return registry.groups.has(name) || /^(市直)?(相关|有关|各)/.test(name) || /^市直(相关|有关)?(部门|单位)$/.test(name);
}

/** Permalink slug for an agency name: pinyin without tones; the leading 市 is implied by the jurisdiction. */
export function agencySlug(name: string): string {
  const base = name.replace(/^市(?!场|委|直)/, '');
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
  const hit = registry.byJurisdiction.get(jurisdiction)?.get(name);
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

/** 市财政局 in a 钟祥 document is 钟祥市财政局. */
export function fullAgencyName(name: string, jurisdictionName: string, shortName: string): string {
  if (name.startsWith(jurisdictionName) || name.includes(shortName)) return name;
  if (name.startsWith('市')) return jurisdictionName + name.slice(1);
  if (/^(团市委)$/.test(name)) return `共青团${jurisdictionName}委员会`;
  return `${jurisdictionName}${name}`;
}

export type { Agency };
