// content/thesaurus.yaml, the reviewed list of everyday words and the official terms the
// documents print instead (空气污染 → 重污染天气, 找工作 → 就业, 劳动局 → 人社局). Read at
// build time only, with the loader of every file a maintainer edits (yamlFile.ts): zod, and
// every error as `file:line: what is wrong` with the line of the offending entry. The
// browser gets the pairs, not this file (see thesaurus.ts for the part that ships).
import { z } from 'zod';
import { SourceError } from '../../pipeline/sources/errors.ts';
import { loadYaml } from '../../pipeline/sources/yamlFile.ts';
import { foldText } from '../../pipeline/text/fold.ts';

/** Where the reviewed thesaurus lives, relative to the project root (the build's working directory). */
export const THESAURUS_FILE = 'content/thesaurus.yaml';

export const THESAURUS_DOMAINS = [
  'employment',
  'social-insurance',
  'housing',
  'business',
  'tax',
  'finance',
  'consumption',
  'agriculture',
  'environment',
  'transport',
  'education',
  'health',
  'elderly',
  'emergency',
  'government',
] as const;

export type ThesaurusDomain = (typeof THESAURUS_DOMAINS)[number];

// A reader types 2–8 characters for one idea; a longer “everyday word” is a sentence.
const Word = z.string().regex(/^\S{2,8}$/u, 'must be 2–8 characters without spaces');

const Entry = z.strictObject({
  official: z.string().regex(/^\S{2,16}$/u, 'must be 2–16 characters without spaces'),
  everyday: z.array(Word).min(1),
  domain: z.enum(THESAURUS_DOMAINS),
  reason: z.string().min(4),
  source: z.union([
    z.enum(['corpus', 'common-usage']),
    z.string().regex(/^glossary:https?:\/\/\S+$/, 'must be corpus, common-usage or glossary:<url>'),
  ]),
});

export type ThesaurusEntry = z.infer<typeof Entry> & { line: number };

/**
 * The entries of a thesaurus file. Beyond the schema: words are written as the search
 * compares them (simplified, half-width: 稳岗返还, not 穩崗返還 or ＰＭ２.５), each everyday
 * word belongs to one entry, and no everyday word is another entry's official term (it
 * would be expanded into something else while being the very term the documents print).
 */
export function parseThesaurus(text: string, file: string): ThesaurusEntry[] {
  const yaml = loadYaml(text, file, z.array(Entry).min(1));
  const entries = yaml.data.map((e, i) => ({ ...e, line: yaml.lineOf([i]) }));
  const officialAt = new Map<string, number>();
  const everydayAt = new Map<string, number>();
  for (const e of entries) {
    for (const w of [e.official, ...e.everyday])
      if (foldText(w) !== w) throw new SourceError(file, e.line, `“${w}” must be written in simplified, half-width form: “${foldText(w)}”`);
    if (officialAt.has(e.official))
      throw new SourceError(file, e.line, `official term “${e.official}” is already an entry (line ${officialAt.get(e.official)})`);
    officialAt.set(e.official, e.line);
    for (const w of e.everyday) {
      if (w === e.official) throw new SourceError(file, e.line, `“${w}” is both the official term and an everyday word`);
      // 污染天 for 重污染天气: every page holding the official term holds it too, so it finds nothing more.
      if (e.official.includes(w))
        throw new SourceError(file, e.line, `everyday word “${w}” is part of the official term “${e.official}” and adds nothing`);
      if (everydayAt.has(w)) throw new SourceError(file, e.line, `everyday word “${w}” is already listed (line ${everydayAt.get(w)})`);
      everydayAt.set(w, e.line);
    }
  }
  for (const e of entries)
    for (const w of e.everyday)
      if (officialAt.has(w)) throw new SourceError(file, e.line, `everyday word “${w}” is the official term of line ${officialAt.get(w)}`);
  return entries;
}
