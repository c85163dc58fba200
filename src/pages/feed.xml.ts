// /feed.xml — an Atom feed of the documents, newest first (lib/feed.ts).
import type { APIRoute } from 'astro';
import { loadData } from '../lib/data.ts';
import { documentsAtom, signedOn } from '../lib/feed.ts';
import { firstCommitted } from '../lib/published.ts';
import { documentKindLabel } from '../i18n/labels.ts';
import { t } from '../i18n/zh-CN.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadData();
  // A document not yet in the history (a source being added) falls back to the newest signing date.
  const newest = new Date(Math.max(0, ...data.documents.map((d) => signedOn(d.date)?.getTime() ?? 0)));
  const xml = documentsAtom(
    data.documents.map((doc) => {
      const place = data.jurisdiction.get(doc.jurisdiction)!;
      return {
        doc,
        title: doc.wenhao ? t('doc.pageTitle', { title: doc.fullTitle, wenhao: doc.wenhao }) : doc.fullTitle,
        author: doc.issuer ?? place.name,
        summary: t('feed.summary', {
          place: place.name,
          kind: documentKindLabel(doc.kind),
          date: doc.date ?? t('common.notStated'),
          count: doc.measureCount,
        }),
      };
    }),
    {
      site: String(site),
      title: t('feed.title'),
      description: t('feed.description'),
      published: (doc) => firstCommitted(data.document.get(doc.id)!.source.file) ?? newest,
    },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
