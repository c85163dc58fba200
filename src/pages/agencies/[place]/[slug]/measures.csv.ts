// /agencies/<place>/<agency>/measures.csv — the measures an agency leads and shares, one
// row each, for a spreadsheet: what the agency page's tables show, with full texts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadData } from '../../../../lib/data.ts';
import { agencyMeasuresCsv } from '../../../../lib/opendata.ts';
import { measureHeading } from '../../../../lib/format.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const data = await loadData();
  return data.agencies.map((a) => ({ params: { place: a.jurisdiction, slug: a.slug }, props: { id: a.id } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const data = await loadData();
  const id = (props as { id: string }).id;
  const csv = agencyMeasuresCsv(
    { led: data.ledBy.get(id) ?? [], shared: data.sharedBy.get(id) ?? [] },
    data.document,
    measureHeading,
    String(site),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
