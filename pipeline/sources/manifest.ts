// The manifest is the only thing a maintainer edits to add a source. It is
// validated strictly (unknown keys are typos waiting to happen) and every error
// points at the line of the offending entry.
import YAML, { LineCounter, isMap, isSeq } from 'yaml';
import type { z } from 'zod';
import { Manifest, type ManifestEntry } from '../schema.ts';
import { SourceError } from './errors.ts';

/** The manifest's entries, each with the line it starts on (for errors about it). */
export function parseManifest(text: string, file: string): Array<{ entry: ManifestEntry; line: number }> {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    throw new SourceError(file, lineCounter.linePos(err.pos[0]).line, `invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const result = Manifest.safeParse(doc.toJS());
  if (result.success) return result.data.sources.map((entry, k) => ({ entry, line: lineForPath(doc, lineCounter, ['sources', k]) }));
  const issue = result.error.issues[0]!;
  throw new SourceError(file, lineForPath(doc, lineCounter, issue.path), describeIssue(issue));
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `${where ? where + ': ' : ''}unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('undefined')) return `${where}: missing required field`;
  return `${where}: ${issue.message}`;
}

/** Walk the YAML AST along a zod issue path to find the line to blame. */
export function lineForPath(doc: YAML.Document, lc: LineCounter, path: PropertyKey[]): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) line = lc.linePos(range[0]).line;
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
      if (!pair) break;
      const keyRange = (pair.key as { range?: [number, number, number] }).range;
      if (keyRange) line = lc.linePos(keyRange[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else break;
  }
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (range && path.length > 0 && node !== doc.contents) line = lc.linePos(range[0]).line;
  return line;
}
