// Build a throw-away project folder (manifest + sources + data files) so that
// ingest can be run on any combination of real and fixture sources.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';

export interface ProjectSource {
  file: string;
  bytes: Uint8Array | string;
  entry: Record<string, unknown>;
}

export const REAL = YAML.parse(readFileSync('content/sources/manifest.yaml', 'utf8')).sources as Array<
  Record<string, unknown> & { file: string }
>;
export const realSource = (file: string): ProjectSource => ({
  file,
  bytes: readFileSync(join('content/sources', file)),
  entry: REAL.find((e) => e.file === file)!,
});

export function makeProject(sources: ProjectSource[], manifestText?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'zcqd-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  cpSync('content/jurisdictions.yaml', join(root, 'content/jurisdictions.yaml'));
  cpSync('content/agencies.yaml', join(root, 'content/agencies.yaml'));
  for (const s of sources) writeFileSync(join(root, 'content/sources', s.file), s.bytes);
  writeFileSync(join(root, 'content/sources/manifest.yaml'), manifestText ?? YAML.stringify({ sources: sources.map((s) => s.entry) }));
  return root;
}
