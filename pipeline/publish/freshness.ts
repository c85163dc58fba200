// Fail closed: the site is built only from an ingest report that is whole and current.
//
// The ingest records a SHA-256 of every input it read — the sources and the manifest, the
// two registries, the permalink ledger and the pipeline's own code — and Astro refuses to
// build (astro.config.mjs, `publishable`) when the report is missing, when an input changed,
// appeared or disappeared since, or when the ingest failed under --strict. Hashes, not file
// times: a source saved while the ingest ran, or a checkout that leaves old times, would
// fool a comparison of times; the contents cannot.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files whose contents the generated collections depend on, relative to the project root. */
export function ingestInputs(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, keep: (name: string) => boolean) => {
    if (!existsSync(join(root, dir))) return;
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path, keep);
      else if (keep(e.name)) files.push(path);
    }
  };
  walk('content/sources', () => true);
  walk('pipeline', (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  for (const f of ['content/jurisdictions.yaml', 'content/agencies.yaml', 'content/permalinks.lock'])
    if (existsSync(join(root, f))) files.push(f);
  return files.map((f) => relative(root, join(root, f)).split('\\').join('/')).sort();
}

export function fingerprint(root: string): Record<string, string> {
  return Object.fromEntries(
    ingestInputs(root).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(root, f)))
        .digest('hex')
        .slice(0, 16),
    ]),
  );
}

/** What changed since `recorded` was taken: changed, new and removed files. */
export function changedInputs(recorded: Record<string, string>, now: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [f, hash] of Object.entries(now)) {
    if (!(f in recorded)) out.push(`${f} (new)`);
    else if (recorded[f] !== hash) out.push(`${f} (changed)`);
  }
  for (const f of Object.keys(recorded)) if (!(f in now)) out.push(`${f} (removed)`);
  return out.sort();
}

/**
 * Why content/generated/ must not be published, or null when it may. `strict`: the build
 * was asked for --strict, so any failed source or error refuses too (by default a source
 * that failed is skipped and listed on /quality/, the others publish).
 */
export function unpublishable(root: string, strict: boolean): string | null {
  const path = join(root, 'content/generated/report.json');
  if (!existsSync(path)) return 'content/generated/report.json is missing: run `npm run build` (or `npm run ingest`) first';
  let report: { ok?: boolean; strict?: boolean; inputs?: Record<string, string>; refused?: string };
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as typeof report;
  } catch {
    return 'content/generated/report.json is not valid JSON: run `npm run build` again';
  }
  if (!report.inputs) return 'content/generated/report.json records no inputs (written by an older ingest): run `npm run build` again';
  const changed = changedInputs(report.inputs, fingerprint(root));
  if (changed.length > 0) {
    const list = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
    return `content/generated/ is stale — changed since the last ingest: ${list}; run \`npm run build\``;
  }
  if (report.refused) return `the last build failed after this ingest (${report.refused}): run \`npm run build\` again`;
  if ((strict || report.strict) && !report.ok) return 'the last ingest failed (--strict): see its report; nothing is published';
  return null;
}

/**
 * A build that failed after its ingest (the pages lost text, Pagefind failed …) marks the
 * ingest's output as not to be published, so that a plain `astro build` refuses it too.
 */
export function markUnpublishable(root: string, reason: string): void {
  const path = join(root, 'content/generated/report.json');
  if (!existsSync(path)) return;
  const report = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...report, refused: reason }, null, 1) + '\n');
}
