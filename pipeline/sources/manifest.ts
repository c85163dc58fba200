// The manifest is the only thing a maintainer edits to add a source. It is
// validated strictly (unknown keys are typos waiting to happen) and every error
// points at the line of the offending entry (pipeline/sources/yamlFile.ts).
import { Manifest, type ManifestEntry } from '../schema.ts';
import { loadYaml } from './yamlFile.ts';

/** The manifest's entries, each with the line it starts on (for errors about it). */
export function parseManifest(text: string, file: string): Array<{ entry: ManifestEntry; line: number }> {
  const yaml = loadYaml(text, file, Manifest);
  return yaml.data.sources.map((entry, k) => ({ entry, line: yaml.lineOf(['sources', k]) }));
}
