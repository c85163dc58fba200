// A throw-away copy of the project holding a derived corpus (corpus.ts), built by the
// project's own scripts: the site code, pipeline and configuration are copied, node_modules
// linked package by package, and content/sources/ holds the copies. Nothing is written
// into this project's content/ or dist/.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { runIngest } from '../../pipeline/publish/ingest.ts';
import { decodeSource } from '../../pipeline/sources/decode.ts';
import { parseLocalPlaces } from '../../pipeline/sources/jurisdictions.ts';
import { parseManifest } from '../../pipeline/sources/manifest.ts';
import { createPlaceRegistry, nationalPlaces } from '../../pipeline/sources/places.ts';
import { copiable, deriveAgencyRegistry, deriveCorpus, printedWenhao, type CorpusSource, type DerivedSource } from './corpus.ts';

const COPY = ['src', 'pipeline', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
// Astro keeps its content data store in node_modules/.astro and Vite its cache in
// node_modules/.vite: private to each build, or two builds would read each other's content.
const PRIVATE = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** The bundled sources with what a copy needs to know of them (their documents' 文号). */
export function bundledSources(root = process.cwd()): CorpusSource[] {
  const manifest = join(root, 'content/sources/manifest.yaml');
  const items = parseManifest(readFileSync(manifest, 'utf8'), 'content/sources/manifest.yaml');
  const { collections } = runIngest({ root, write: false });
  return items.map(({ entry }) => {
    // Only plain texts are copied (corpus.ts copiable); the others are written as bundled.
    if (!copiable(entry.file)) return { entry, text: '', wenhao: [] };
    const text = decodeSource(readFileSync(join(root, 'content/sources', entry.file)), entry.file).text;
    const docs = collections.documents.filter((d) => d.source.file === `content/sources/${entry.file}`);
    return { entry, text, wenhao: docs.flatMap((d) => printedWenhao(text, d) ?? []) };
  });
}

export interface BenchProject {
  root: string;
  corpus: DerivedSource[];
}

/** A project folder under the system's temp dir holding `scale` copies of the bundled corpus. */
export function makeBenchProject(scale: number, root = join(tmpdir(), `zcqd-bench-${scale}x`)): BenchProject {
  const here = process.cwd();
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const path of COPY) cpSync(join(here, path), join(root, path), { recursive: true });
  // The registries and data files beside the sources (jurisdictions, thesaurus …); agencies.yaml is derived below.
  mkdirSync(join(root, 'content'));
  for (const name of readdirSync(join(here, 'content')))
    if (name.endsWith('.yaml')) cpSync(join(here, 'content', name), join(root, 'content', name));
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(here, 'node_modules'))) {
    if (!PRIVATE.has(name)) symlinkSync(resolve(here, 'node_modules', name), join(root, 'node_modules', name));
  }
  const registry = createPlaceRegistry(parseLocalPlaces(readFileSync('content/jurisdictions.yaml', 'utf8'), 'content/jurisdictions.yaml'));
  const corpus = deriveCorpus(bundledSources(here), scale, registry, nationalPlaces());
  const sources = join(root, 'content/sources');
  mkdirSync(sources, { recursive: true });
  // Copy 0 is the bundled corpus: its files as they are (a saved page keeps its own encoding).
  for (const s of corpus)
    if (s.copy === 0) cpSync(join(here, 'content/sources', s.entry.file), join(sources, s.entry.file));
    else writeFileSync(join(sources, s.entry.file), s.text);
  // Derived registries hold one object many times: written out in full, not as YAML aliases.
  const yaml = (data: unknown) => YAML.stringify(data, { aliasDuplicateObjects: false, lineWidth: 0 });
  writeFileSync(join(sources, 'manifest.yaml'), yaml({ sources: corpus.map((s) => s.entry) }));
  const agencies = YAML.parse(readFileSync('content/agencies.yaml', 'utf8'));
  writeFileSync(join(root, 'content/agencies.yaml'), yaml(deriveAgencyRegistry(agencies, corpus, registry)));
  return { root, corpus };
}
