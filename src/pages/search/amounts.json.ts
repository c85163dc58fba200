// /search/amounts.json — every measure's money amounts by value, with card fields and
// facet values; fetched when a query holds an amount (see src/search/sideIndex.ts).
import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data.ts';
import { buildAmountIndex } from '../../search/sideIndex.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildAmountIndex(await loadData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
