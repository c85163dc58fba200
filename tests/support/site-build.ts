// Build the whole site (`npm run build`: ingest, Astro, Pagefind, the coverage check) from a
// chosen set of sources in a throw-away project folder, so that a test can look at pages
// made from a fixture without touching the project's own content/, .astro/ or dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import type { ProjectSource } from './project.ts';

const PRIVATE = new Set(['.astro', '.vite', '.vite-temp', '.cache']);
const COPY = [
  'src',
  'pipeline',
  'public',
  'scripts',
  'content/jurisdictions.yaml',
  'content/agencies.yaml',
  'content/thesaurus.yaml',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

export interface SiteBuildOptions {
  /** Change the copied project before it is built (a patched extractor, a permalink ledger …). */
  prepare?: (root: string) => void;
  args?: string[];
  env?: Record<string, string>;
}

/** A throw-away project with the given sources; its files are the project's own. */
export function siteProject(sources: ProjectSource[]): string {
  const root = mkdtempSync(join(tmpdir(), 'zcqd-site-'));
  for (const path of COPY) cpSync(path, join(root, path), { recursive: true });
  // Link the project's packages one by one rather than node_modules as a whole:
  // Astro keeps its content data store in node_modules/.astro and Vite its cache in
  // node_modules/.vite, and those must stay private to this build, or concurrent
  // builds would read each other's content.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (!PRIVATE.has(name)) symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  }
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  for (const s of sources) writeFileSync(join(root, 'content/sources', s.file), s.bytes);
  writeFileSync(join(root, 'content/sources/manifest.yaml'), YAML.stringify({ sources: sources.map((s) => s.entry) }));
  return root;
}

/** `npm run build` in `root`: its output, and whether it passed. */
export function runBuild(root: string, args: string[] = [], env: Record<string, string> = {}): { ok: boolean; output: string } {
  try {
    const out = execFileSync(process.execPath, ['scripts/build.ts', ...args], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ZCQD_STRICT: '', ...env },
    });
    return { ok: true, output: out.toString() };
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    return { ok: false, output: `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}` };
  }
}

/** Returns the folder; its dist/ holds the built site. Throws with the build's output on failure. */
export function buildSite(sources: ProjectSource[], options: SiteBuildOptions = {}): string {
  const root = siteProject(sources);
  options.prepare?.(root);
  const { ok, output } = runBuild(root, options.args, options.env);
  if (!ok) throw new Error(`build failed in ${root}:\n${output}`);
  return root;
}
