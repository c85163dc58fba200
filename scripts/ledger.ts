// npm run ledger [-- --accept | --rehash] [--date=YYYY-MM-DD]
//
// Compares the site the sources make now with content/permalinks.lock and lists every URL
// that would show other text or none, and every URL not recorded yet (pipeline/publish/ledger.ts).
//   --accept  records them: new URLs with their hashes; for a moved, changed or removed item
//             a dated event, so its old URL keeps saying where the item went ("本条已改为…").
//   --rehash  the same, except that a URL whose text changed in place is recorded without a
//             notice: for a change in how the site reads a source (a Word artefact no longer
//             shown), not in what the source says. Moves and removals are always recorded.
// The date of the events is --date, else SOURCE_DATE_EPOCH, else today.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEDGER_FILE, runIngest } from '../pipeline/publish/ingest.ts';
import { changeDate, serializeLedger } from '../pipeline/publish/ledger.ts';
import { SourceError } from '../pipeline/sources/errors.ts';
import { acquireLock, LockedError } from './lock.ts';

const args = process.argv.slice(2);
const accept = args.includes('--accept');
const rehash = args.includes('--rehash');
const date = args.find((a) => a.startsWith('--date='))?.slice('--date='.length) ?? changeDate();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`--date=${date}: a date is YYYY-MM-DD`);
  process.exit(1);
}

try {
  const lock = acquireLock('.build.lock', 'ledger');
  const { permalinks: cmp, report } = runIngest({ root: process.cwd(), write: false, date });
  const what = { moved: 'its item moved to', changed: 'its text changed', removed: 'its item is gone' } as const;
  for (const c of cmp.changes) console.log(`${c.url}: ${what[c.event.kind]}${c.event.kind === 'moved' ? ` ${c.event.to}` : ''}`);
  if (cmp.added.length) console.log(`${cmp.added.length} URLs not in ${LEDGER_FILE} yet`);
  if (report.failures.length)
    console.log(`note: ${report.failures.length} source(s) failed and are not in the site: their URLs count as removed`);
  if (!accept && !rehash) {
    console.log(
      cmp.changes.length || cmp.added.length
        ? `ledger: ${cmp.changes.length} changed, ${cmp.added.length} new — record with \`npm run ledger -- --accept\``
        : `ledger: every URL as recorded in ${LEDGER_FILE}`,
    );
    process.exit(0);
  }
  const next = cmp.next;
  if (rehash) {
    for (const c of cmp.changes) {
      if (c.event.kind !== 'changed') continue;
      const entry = next.get(c.url)!;
      next.set(c.url, { ...entry, events: entry.events.slice(0, -1) });
    }
  }
  writeFileSync(join(process.cwd(), LEDGER_FILE), serializeLedger(next));
  lock.release();
  console.log(`ledger: ${LEDGER_FILE} records ${next.size} URLs (${cmp.changes.length} changes dated ${date}, ${cmp.added.length} new)`);
} catch (e) {
  if (e instanceof SourceError || e instanceof LockedError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
