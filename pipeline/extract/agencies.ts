// Agencies: resolving the names a document prints to canonical agencies of a
// jurisdiction through the reviewed registry (content/agencies.yaml). Splitting lists of
// names is the grammar's job (pipeline/grammar/agencyNames.ts).
import { z } from 'zod';
import { pinyin } from 'pinyin-pro';
import { AgencyKind, Slug, type Agency } from '../schema.ts';
import { SourceError } from '../sources/errors.ts';
import { loadYaml } from '../sources/yamlFile.ts';
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

export interface RegistryName {
  entry: RegistryEntry;
  alias: { name: string; reason: string } | null;
  /** Where the name is written in content/agencies.yaml. */
  line: number;
}

export interface AgencyRegistry {
  file: string;
  groups: Set<string>;
  byJurisdiction: Map<string, Map<string, RegistryName>>;
}

/**
 * content/agencies.yaml, checked as a whole: a name written twice in one jurisdiction, or
 * an agency name or alias that equals a group reference (相关金融机构 made an alias of a
 * bank would silently hand it every measure the group leads), is an error with its line.
 */
export function parseAgencyRegistry(text: string, file: string): AgencyRegistry {
  const yaml = loadYaml(text, file, RegistryFile);
  const groups = new Map<string, number>();
  yaml.data.groups.forEach((g, k) => {
    const line = yaml.lineOf(['groups', k]);
    const first = groups.get(foldText(g));
    if (first !== undefined) throw new SourceError(file, line, `group "${g}" is listed twice (first at line ${first})`);
    groups.set(foldText(g), line);
  });
  const byJurisdiction: AgencyRegistry['byJurisdiction'] = new Map();
  for (const [jid, entries] of Object.entries(yaml.data.jurisdictions)) {
    const names = new Map<string, RegistryName>();
    const slugs = new Map<string, { name: string; line: number }>();
    entries.forEach((entry, i) => {
      // Two agencies with one slug would share one page (/agencies/zhongxiang/caizhengju/).
      const slug = entry.slug ?? agencySlug(entry.name);
      const line = yaml.lineOf(['jurisdictions', jid, i]);
      const taken = slugs.get(slug);
      if (taken)
        throw new SourceError(
          file,
          line,
          `${jid}: ${entry.name} and ${taken.name} (line ${taken.line}) both get the slug "${slug}"; give one an explicit slug`,
        );
      slugs.set(slug, { name: entry.name, line });
      const written: Array<[string, RegistryName['alias'], number]> = [
        [entry.name, null, yaml.lineOf(['jurisdictions', jid, i, 'name'])],
        ...entry.aliases.map(
          (a, k) => [a.name, a, yaml.lineOf(['jurisdictions', jid, i, 'aliases', k, 'name'])] as [string, RegistryName['alias'], number],
        ),
      ];
      for (const [name, alias, line] of written) {
        const key = foldText(name);
        const what = alias ? `alias "${name}" of ${entry.name}` : `agency "${name}"`;
        const group = groups.get(key);
        if (group !== undefined) {
          throw new SourceError(
            file,
            line,
            `${jid}: ${what} is the group reference listed at line ${group}; a group names a set of bodies, not this agency`,
          );
        }
        // The grammar's groups too (各有关部门): an alias is read before them, so it would win.
        if (alias && isGroupName(name)) {
          throw new SourceError(
            file,
            line,
            `${jid}: ${what} reads as a group reference (a set of bodies), not another name of this agency`,
          );
        }
        const first = names.get(key);
        if (first) {
          const other = first.alias ? `an alias of ${first.entry.name}` : `the agency ${first.entry.name}`;
          throw new SourceError(
            file,
            line,
            `${jid}: ${what} is already ${other} (line ${first.line}); a name can stand for one agency only`,
          );
        }
        names.set(key, { entry, alias, line });
      }
    });
    byJurisdiction.set(jid, names);
  }
  return { file, groups: new Set(groups.keys()), byJurisdiction };
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
