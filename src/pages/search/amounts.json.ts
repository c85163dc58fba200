// /search/amounts.json — every measure's money amounts by value, with card fields and
// facet values; fetched when a query holds an amount (see src/search/sideIndex.ts).
import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data.ts';
import { buildAmountIndex } from '../../search/sideIndex.ts';
import { searchPassages } from '../../search/passages.ts';
import { t } from '../../i18n/zh-CN.ts';

export const GET: APIRoute = async () => {
  const data = await loadData();
  const passages = searchPassages({ ...data, chainTitle: (p) => t('common.centralPolicyTitled', { number: p.number, title: p.title }) });
  return new Response(JSON.stringify(buildAmountIndex(data, passages)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
