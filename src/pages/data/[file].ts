// dist/data/{measures,agencies,documents}.{json,csv} and issues.json — the open-data files.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadData } from '../../lib/data.ts';
import { agenciesCsv, agenciesJson, documentsCsv, documentsJson, issuesJson, measuresCsv, measuresJson } from '../../lib/opendata.ts';
import { amountRows, amountsCsv } from '../../lib/amountTable.ts';
import { measureHeading } from '../../lib/format.ts';
import { openDataJsonSchema, type OpenDataFile } from '../../lib/openDataSchemas.ts';
import { t } from '../../i18n/zh-CN.ts';

const files: Record<string, (site: URL | undefined) => Promise<Response>> = {
  'measures.json': async () => json(measuresJson((await loadData()).measures)),
  'agencies.json': async () => json(agenciesJson((await loadData()).agencies)),
  'documents.json': async () => json(documentsJson((await loadData()).documents)),
  'issues.json': async () => json(issuesJson((await loadData()).issues)),
  'measures.csv': async () => {
    const data = await loadData();
    return csv(measuresCsv(data.measures, data.agencies));
  },
  'agencies.csv': async () => csv(agenciesCsv((await loadData()).agencies)),
  'documents.csv': async () => csv(documentsCsv((await loadData()).documents)),
  // Every amount, one row each, as on /amounts/ (whose CSV button gives the rows in view).
  'amounts.csv': async (site) => csv(amountsCsv(amountRows(await loadData(), measureHeading), String(site))),
  // The JSON Schema of each JSON file, generated from the zod schemas (lib/openDataSchemas.ts).
  ...Object.fromEntries(
    (['measures', 'agencies', 'documents', 'issues'] as const satisfies OpenDataFile[]).map((f) => [
      `${f}.schema.json`,
      async (site: URL | undefined) => json(openDataJsonSchema(f, String(site), t('data.schema.title', { file: `${f}.json` }))),
    ]),
  ),
};

const json = (data: unknown) =>
  new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
const csv = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

export const getStaticPaths: GetStaticPaths = () => Object.keys(files).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params, site }) => files[params.file!]!(site);
