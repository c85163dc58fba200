// One loader for the YAML files a maintainer edits — content/sources/manifest.yaml,
// content/jurisdictions.yaml and content/agencies.yaml: parsed with `yaml` keeping the
// tree, validated with zod, and every fault blamed on the line the tree puts it on
// (`content/agencies.yaml:31: jurisdictions.zhongxiang.4.kind: …`), never a stack trace
// and never a made-up `:1:`.
import YAML, { LineCounter, isMap, isSeq } from 'yaml';
import type { z } from 'zod';
import { SourceError } from './errors.ts';

export interface YamlFile<T> {
  file: string;
  data: T;
  /**
   * The line of the node at `path` (keys and sequence indices, as in a zod issue path),
   * or of the deepest node on the way that exists: a missing field is blamed on its
   * entry, a whole file on its first line.
   */
  lineOf(path: readonly PropertyKey[]): number;
}

type Ranged = { range?: [number, number, number] | null };

/** Walk the YAML tree along `path` and return the line of the last node reached. */
export function lineForPath(doc: YAML.Document, lc: LineCounter, path: readonly PropertyKey[]): number {
  const lineAt = (node: unknown): number | null => {
    const range = (node as Ranged | null)?.range;
    return range ? lc.linePos(range[0]).line : null;
  };
  let node: unknown = doc.contents;
  // An empty file: its only line is line 1.
  let line = lineAt(node) ?? 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      line = lineAt(pair.key) ?? line;
      node = pair.value;
      // `key:` with nothing after it: the key's line is the value's.
      line = lineAt(node) ?? line;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      node = node.items[key];
      line = lineAt(node) ?? line;
    } else break;
  }
  return line;
}

/** A zod issue in words, with the path it is about (sources.0.jurisdiction: missing required field). */
export function describeIssue(issue: z.core.$ZodIssue, input?: unknown): string {
  const where = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `${where ? where + ': ' : ''}unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  // zod words a missing enum as "Invalid option": say what it is.
  const missing = input !== undefined && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
  if (missing || (issue.code === 'invalid_type' && issue.message.includes('undefined'))) return `${where}: missing required field`;
  return `${where ? where + ': ' : ''}${issue.message}`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Parse `text` (the contents of `file`) and validate it with `schema`. Throws a SourceError
 * `file:line: what is wrong` for broken YAML and for the first value the schema refuses;
 * an unknown field is blamed on its own line. An empty file is validated as `{}`.
 */
export function loadYaml<S extends z.ZodType>(text: string, file: string, schema: S): YamlFile<z.output<S>> {
  const lc = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    throw new SourceError(file, lc.linePos(err.pos[0]).line, `invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const input: unknown = doc.toJS() ?? {};
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.code === 'unrecognized_keys' && issue.keys.length ? [...issue.path, issue.keys[0]!] : issue.path;
    throw new SourceError(file, lineForPath(doc, lc, path), describeIssue(issue, input));
  }
  return { file, data: parsed.data, lineOf: (path) => lineForPath(doc, lc, path) };
}
