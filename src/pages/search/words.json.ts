// /search/words.json — the words of the published pages and the readings of their
// characters, for correcting typos by pinyin (src/search/vocabulary.ts); fetched only
// when a query needs correcting.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data.ts';
import { indexedTexts } from '../../search/sideIndex.ts';
import { parseThesaurus, THESAURUS_FILE } from '../../search/thesaurusFile.ts';
import { buildVocabulary } from '../../search/vocabularyBuild.ts';

export const GET: APIRoute = async () => {
  const data = await loadData();
  const officials = parseThesaurus(readFileSync(THESAURUS_FILE, 'utf8'), THESAURUS_FILE).map((e) => e.official);
  return new Response(JSON.stringify(buildVocabulary(indexedTexts(data), officials)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
