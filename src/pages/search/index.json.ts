// /search/index.json — the search side index every query needs: the traditional →
// simplified map for queries and the thesaurus pairs (see src/search/sideIndex.ts); the 文号
// are in /search/wenhao.json, read only by a query holding one.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data.ts';
import { buildSideIndex, corpusTexts, sideIndexFile, indexedTexts, pageCounter } from '../../search/sideIndex.ts';
import { serializeT2S } from '../../search/t2s.ts';
import { thesaurusSide } from '../../search/thesaurus.ts';
import { parseThesaurus, THESAURUS_FILE } from '../../search/thesaurusFile.ts';
import { foldText } from '../../../pipeline/text/fold.ts';
import { buildT2SMap, charactersOf, openccConverters } from '../../search/t2sBuild.ts';

export const GET: APIRoute = async () => {
  const data = await loadData();
  // The characters the index holds: traditional pages are indexed in their folded form too,
  // so the map is limited by the folded texts (a 崗 printed by a mirror is still mapped to 岗).
  const t2s = serializeT2S(buildT2SMap(charactersOf(corpusTexts(data).map(foldText)), openccConverters()));
  const thesaurus = thesaurusSide(parseThesaurus(readFileSync(THESAURUS_FILE, 'utf8'), THESAURUS_FILE), pageCounter(indexedTexts(data)));
  return new Response(JSON.stringify(sideIndexFile(buildSideIndex(data, t2s, thesaurus))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
