// /search/amounts/<currency>-<slice>.json — the measures with an amount in one slice of the
// value axis (src/search/amountIndex.ts); fetched by the amount queries that can match it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { amountFiles } from '../../../lib/amountFiles.ts';

export const getStaticPaths = (async () =>
  [...(await amountFiles()).slices.keys()].map((slice) => ({ params: { slice } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await amountFiles()).slices.get(params['slice']!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
