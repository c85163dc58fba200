// /search/index.json — the search side index every query needs: 文号 and the
// traditional → simplified map for queries (see src/search/sideIndex.ts).
import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data.ts';
import { buildSideIndex, corpusTexts } from '../../search/sideIndex.ts';
import { serializeT2S } from '../../search/t2s.ts';
import { buildT2SMap, charactersOf, openccConverters } from '../../search/t2sBuild.ts';

export const GET: APIRoute = async () => {
  const data = await loadData();
  const t2s = serializeT2S(buildT2SMap(charactersOf(corpusTexts(data)), openccConverters()));
  return new Response(JSON.stringify(buildSideIndex(data, t2s)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
