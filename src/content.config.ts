// The site reads only what `npm run ingest` wrote to content/generated/, through
// the same zod schemas the ingest validated them with.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { Agency, Document, GazetteIssue, Jurisdiction, Measure, PolicyChain, SiteInfo } from '../pipeline/schema.ts';

const generated = (name: string) => file(`content/generated/${name}.json`);

export const collections = {
  jurisdictions: defineCollection({ loader: generated('jurisdictions'), schema: Jurisdiction }),
  documents: defineCollection({ loader: generated('documents'), schema: Document }),
  measures: defineCollection({ loader: generated('measures'), schema: Measure }),
  agencies: defineCollection({ loader: generated('agencies'), schema: Agency }),
  policies: defineCollection({ loader: generated('policies'), schema: PolicyChain }),
  issues: defineCollection({ loader: generated('issues'), schema: GazetteIssue }),
  /** One entry, `site`: the update date the pages state and the statuses are computed against. */
  site: defineCollection({ loader: generated('site'), schema: SiteInfo }),
};
