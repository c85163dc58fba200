// /search/cards/<document>.json — the result cards of a document's measures with an amount
// (src/search/amountIndex.ts); fetched for the amount results shown.
import type { APIRoute, GetStaticPaths } from 'astro';
import { amountFiles } from '../../../lib/amountFiles.ts';

export const getStaticPaths = (async () =>
  [...(await amountFiles()).cards.keys()].map((doc) => ({ params: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await amountFiles()).cards.get(params['doc']!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
