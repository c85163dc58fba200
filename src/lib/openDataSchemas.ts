// JSON Schema for every open-data JSON file, generated from the zod schemas the pipeline
// validates every record with (pipeline/schema.ts) — so the published contract cannot
// drift from the data: a field added to a record is in its schema on the next build.
// zod 4 writes the schema (z.toJSONSchema, draft 2020-12). Build-time only: the open-data
// helpers the browser uses (opendata.ts) do not import zod.
import { z } from 'zod';
import { Agency, Document, GazetteIssue, Measure } from '../../pipeline/schema.ts';

/** A record of measures.json: a measure without its page-internal fields (opendata.ts measuresJson). */
export const MeasureRecord = Measure.omit({ anchor: true, order: true });
/** A record of documents.json: the document as validated, its text blocks included. */
export const DocumentRecord = Document;
export const AgencyRecord = Agency;

export const OPEN_DATA_SCHEMAS = {
  measures: z.array(MeasureRecord),
  agencies: z.array(AgencyRecord),
  documents: z.array(DocumentRecord),
  issues: z.array(GazetteIssue),
} as const;
export type OpenDataFile = keyof typeof OPEN_DATA_SCHEMAS;

/** The JSON Schema of /data/<file>.json, with its id (absolute against `site`) and a title. */
export function openDataJsonSchema(file: OpenDataFile, site: string, title: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(OPEN_DATA_SCHEMAS[file]),
    $id: new URL(`/data/${file}.schema.json`, site).href,
    title,
  };
}
