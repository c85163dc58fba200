// Every page a reader can land on, absolute against SITE_URL.
import type { APIRoute } from 'astro';
import { loadData, usedJurisdictions } from '../lib/data.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadData();
  const used = usedJurisdictions(data);
  const paths = [
    '/',
    '/docs/',
    '/agencies/',
    '/places/',
    '/data/',
    '/quality/',
    '/about/',
    ...data.documents.map((d) => d.url),
    ...data.measures.map((m) => m.url),
    ...data.policies.map((p) => p.url),
    ...data.agencies.map((a) => a.url),
    ...data.jurisdictions.filter((j) => used.has(j.id)).map((j) => j.url),
  ];
  const body = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
