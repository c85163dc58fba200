// /search/amount-texts/<currency>-<slice>.json — the cards, texts included, of the measures with
// an amount in one slice (src/search/amountIndex.ts); fetched by mixed queries (补贴 1000元),
// which rank every match by its words before showing any.
import type { APIRoute, GetStaticPaths } from 'astro';
import { amountFiles } from '../../../lib/amountFiles.ts';

export const getStaticPaths = (async () =>
  [...(await amountFiles()).texts.keys()].map((slice) => ({ params: { slice } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await amountFiles()).texts.get(params['slice']!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
