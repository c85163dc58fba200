// /search/entities/<part>.json — the agencies, places and documents a query may name, for the
// cards above its results (src/search/entities.ts), in the files a query reads only as needed
// (src/search/entityShards.ts): a00…a31 the agencies by the ending of their names, places,
// documents.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadData } from '../../../lib/data.ts';
import { buildEntityIndex } from '../../../search/sideIndex.ts';
import { splitEntities, type EntityFiles } from '../../../search/entityShards.ts';
import { foldText } from '../../../../pipeline/text/fold.ts';

let files: Promise<EntityFiles> | null = null;
const entityFiles = () => (files ??= loadData().then((data) => splitEntities(buildEntityIndex(data), foldText)));

export const getStaticPaths = (async () =>
  ['places', 'documents', ...[...(await entityFiles()).agencies.keys()].map((s) => `a${s}`)].map((part) => ({
    params: { part },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const f = await entityFiles();
  const part = params['part']!;
  const body = part === 'places' ? f.places : part === 'documents' ? f.documents : f.agencies.get(part.slice(1));
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
