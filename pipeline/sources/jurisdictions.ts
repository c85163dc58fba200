import YAML from 'yaml';
import { z } from 'zod';
import { Jurisdiction } from '../schema.ts';
import { SourceError } from './decode.ts';

const JurisdictionEntry = Jurisdiction.omit({ url: true });

export function parseJurisdictions(text: string, file: string): Jurisdiction[] {
  const parsed = z.array(JurisdictionEntry).safeParse(YAML.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(file, null, `${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set(parsed.data.map((j) => j.id));
  for (const j of parsed.data) {
    if (j.parent && !ids.has(j.parent)) throw new SourceError(file, null, `${j.name}: unknown parent "${j.parent}"`);
  }
  return parsed.data.map((j) => ({ ...j, url: `/places/${j.id}/` }));
}

/** The chain from the top (中央) down to `id`, inclusive. */
export function ancestry(all: Jurisdiction[], id: string): Jurisdiction[] {
  const byId = new Map(all.map((j) => [j.id, j]));
  const chain: Jurisdiction[] = [];
  for (let j = byId.get(id); j; j = j.parent ? byId.get(j.parent) : undefined) chain.unshift(j);
  return chain;
}
