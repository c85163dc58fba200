// /search/wenhao.json — the documents' 文号 and the 文号 the pages cite, fetched only by a
// query holding a 文号 (src/search/sideIndex.ts buildWenhaoIndex).
import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data.ts';
import { buildWenhaoIndex } from '../../search/sideIndex.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildWenhaoIndex(await loadData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
