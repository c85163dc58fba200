// /search/leads.json — every lead filter value, for a query that names a lead agency
// (src/search/sideIndex.ts buildLeadValues; fetched with the first text query).
import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data.ts';
import { buildLeadValues } from '../../search/sideIndex.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildLeadValues(await loadData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
