// The Atom feed of documents (/feed.xml), newest first, written by the `feed` library.
//
// An Atom entry needs a full timestamp (<updated>). A document signed on a known day has
// one; a document whose text gives only a year (钟祥 work list: 2022) or no date has none,
// so its entry takes the date the site first published it (`published`, from the
// repository: when the source file was added), and its printed date, if any, stays in the
// summary. Such documents sort after the dated ones, newest first among themselves.
import { Feed } from 'feed';
import type { Document } from '../../pipeline/schema.ts';
import { escapeHtml } from '../search/html.ts';

export interface FeedEntry {
  doc: Pick<Document, 'id' | 'url' | 'date'>;
  /** the entry's title: the document's, with its 文号 */
  title: string;
  summary: string;
  author: string;
}

export interface FeedOptions {
  site: string;
  title: string;
  description: string;
  /** when the site first published a document (its source file's addition), for entries without a full date */
  published: (doc: FeedEntry['doc']) => Date;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day a document was signed, when the text gives a full date. */
export function signedOn(date: string | null): Date | null {
  return date && FULL_DAY.test(date) ? new Date(`${date}T00:00:00Z`) : null;
}

/** Entries newest first: signed dates, then the others by publication on the site; ties by id. */
export function orderEntries(
  entries: FeedEntry[],
  published: FeedOptions['published'],
): Array<FeedEntry & { updated: Date; dated: boolean }> {
  return entries
    .map((e) => {
      const signed = signedOn(e.doc.date);
      return { ...e, updated: signed ?? published(e.doc), dated: signed !== null };
    })
    .sort((a, b) => Number(b.dated) - Number(a.dated) || b.updated.getTime() - a.updated.getTime() || a.doc.id.localeCompare(b.doc.id));
}

export function documentsAtom(entries: FeedEntry[], o: FeedOptions): string {
  const ordered = orderEntries(entries, o.published);
  const self = new URL('/feed.xml', o.site).href;
  const feed = new Feed({
    id: self,
    title: o.title,
    description: o.description,
    link: new URL('/docs/', o.site).href,
    language: 'zh-CN',
    feedLinks: { atom: self },
    // The newest entry's date, not the build clock: the same sources give the same feed.
    updated: new Date(Math.max(0, ...ordered.map((e) => e.updated.getTime()))),
    generator: false,
    copyright: '',
  });
  for (const e of ordered) {
    const link = new URL(e.doc.url, o.site).href;
    feed.addItem({
      // The library writes titles and summaries as type="html": a title printing <script>
      // must reach a feed reader as text, so it is escaped to HTML here.
      title: escapeHtml(e.title),
      id: link,
      link,
      date: e.updated,
      description: escapeHtml(e.summary),
      author: [{ name: e.author }],
    });
  }
  return feed.atom1();
}
