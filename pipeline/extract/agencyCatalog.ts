// The agencies a set of documents names, built up as measures are read:
// each name in a 单位 cell resolved through the registry to one agency of the
// document's jurisdiction (or a group reference), aliases collected, and names
// the registry does not know handed back once so they can be reported.
import type { Agency, Jurisdiction } from '../schema.ts';
import { SourceError } from '../sources/errors.ts';
import { foldText } from '../text/fold.ts';
import { fullAgencyName, resolveAgency, type AgencyRegistry } from './agencies.ts';
import type { AgencyRef } from './drafts.ts';

export interface Resolved {
  ids: string[];
  groups: string[];
  /** Names not in the registry, seen here for the first time. */
  firstUnknown: string[];
  /** Names printed here that the registry reads as another name of an agency (市交通局 → 市交通运输局), with its reason. */
  aliases: Array<{ name: string; agency: string; reason: string }>;
}

export interface AgencyCatalog {
  /** `at`: where the names are printed, for an error about them. */
  resolve(refs: AgencyRef[], jurisdiction: Jurisdiction, at?: { file: string; line: number }): Resolved;
  agencies(): Agency[];
  /** Forget what was resolved since `begin()`: a source that failed half-way publishes no agencies. */
  begin(): void;
  rollback(): void;
}

/** `urlOf` is the permalink policy, which belongs to the publish stage. */
export function createAgencyCatalog(registry: AgencyRegistry, urlOf: (jurisdiction: string, slug: string) => string): AgencyCatalog {
  const byId = new Map<string, Agency>();
  // What resolve() changed since begin(), to undo in reverse order. A journal rather than a
  // copy of every agency at begin(): that copy made ingest quadratic in the corpus (at 300×
  // the bundled corpus, 26,000 agencies copied for each of 5,400 sources).
  let journal: Array<() => void> | null = null;
  return {
    begin() {
      journal = [];
    },
    rollback() {
      if (!journal) return;
      for (const undo of journal.reverse()) undo();
      journal = null;
    },
    resolve(refs, jurisdiction, at) {
      const out: Resolved = { ids: [], groups: [], firstUnknown: [], aliases: [] };
      for (const part of refs) {
        // The registry decides first (it may list a group or an agency the grammar cannot
        // tell); a name it does not know is what the grammar said it is.
        const r = resolveAgency(registry, jurisdiction.id, part.name);
        if (r.type === 'unknown' && part.group) {
          out.groups.push(part.name);
          continue;
        }
        if (r.type === 'group') {
          out.groups.push(r.name);
          continue;
        }
        const id = `${jurisdiction.id}-${r.slug}`;
        let agency = byId.get(id);
        if (!agency) {
          agency = {
            id,
            slug: r.slug,
            jurisdiction: jurisdiction.id,
            name: r.canonical,
            fullName: fullAgencyName(r.canonical, jurisdiction.name, jurisdiction.shortName),
            kind: r.type === 'agency' ? r.kind : 'unknown',
            known: r.known,
            aliases: [],
            url: urlOf(jurisdiction.id, r.slug),
          };
          byId.set(id, agency);
          journal?.push(() => byId.delete(id));
          if (r.type === 'unknown') out.firstUnknown.push(part.name);
        } else if (agency.name !== r.canonical) {
          // Two names of one place read the same in pinyin (the registry's own clashes are
          // refused when it is read): the name printed here is the one to blame.
          const listed = registry.byJurisdiction.get(jurisdiction.id)?.get(foldText(agency.name));
          const other = listed ? `"${agency.name}" (${registry.file}:${listed.line})` : `"${agency.name}"`;
          const message = `${jurisdiction.name}: "${r.canonical}" and ${other} both get the slug "${r.slug}"; add one to ${registry.file} with an explicit slug`;
          throw at ? new SourceError(at.file, at.line, message) : new SourceError(registry.file, null, message);
        }
        if (r.type === 'agency' && r.alias) {
          if (!agency.aliases.some((a) => a.name === r.alias!.name)) {
            const aliases = agency.aliases;
            aliases.push(r.alias);
            journal?.push(() => aliases.pop());
          }
          if (!out.aliases.some((a) => a.name === part.name && a.agency === id))
            out.aliases.push({ name: part.name, agency: id, reason: r.alias.reason });
        }
        if (!out.ids.includes(id)) out.ids.push(id);
      }
      return out;
    },
    agencies: () => [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
