// /search/entities.json — agencies, places and documents with their counts, for the cards
// above the results of a query that names one (src/search/entities.ts).
import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data.ts';
import { buildEntityIndex } from '../../search/sideIndex.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildEntityIndex(await loadData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
