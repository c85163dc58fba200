// npm run ingest — sources → content/generated/ (collections, canonical Markdown, report).
import { runIngest } from '../pipeline/publish/ingest.ts';
import { formatSummary } from '../pipeline/publish/report.ts';
import { SourceError } from '../pipeline/sources/decode.ts';

try {
  const { report } = runIngest({ root: process.cwd(), manifest: process.argv[2] });
  console.log(formatSummary(report));
  process.exit(report.ok ? 0 : 1);
} catch (err) {
  if (err instanceof SourceError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
