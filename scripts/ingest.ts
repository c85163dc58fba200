// npm run ingest [-- --strict] [-- --verbose] [-- --shard 湖北省] [manifest.yaml]
// sources → content/generated/ (collections, canonical Markdown, report).
// Default: a source that cannot be read is skipped and listed, the others publish, exit 0.
// --strict (tests, CI): any failed source, error or lost text exits 1.
import { runIngest } from '../pipeline/publish/ingest.ts';
import { formatSummary } from '../pipeline/publish/report.ts';
import { SourceError } from '../pipeline/sources/errors.ts';
import { acquireLock, LockedError } from './lock.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict') || process.env.ZCQD_STRICT === '1';
const verbose = args.includes('--verbose');
const shard = args.includes('--shard') ? args[args.indexOf('--shard') + 1] : process.env.ZCQD_SHARD || undefined;
const manifest = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--shard');

try {
  // Not while a build runs: it would swap content/generated/ under Astro's feet.
  acquireLock('.build.lock', 'ingest');
  const { report } = runIngest({ root: process.cwd(), manifest, strict, shard });
  console.log(formatSummary(report));
  if (verbose) for (const a of report.anomalies) console.log(`  ${a.severity}: ${a.file}:${a.line ?? '-'}: [${a.code}] ${a.message}`);
  process.exit(strict && !report.ok ? 1 : 0);
} catch (err) {
  if (err instanceof SourceError || err instanceof LockedError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
