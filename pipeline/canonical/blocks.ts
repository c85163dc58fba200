// The canonical Markdown format: the boundary between the adapters (one per input shape)
// and the extractor. Adapters write content/generated/canonical/<document>.md; the
// extractor reads those files back with unified + remark-parse. A maintainer may also
// hand-write a canonical .md as a source when no adapter fits a document.
//
// A file is YAML frontmatter (the document's metadata, DocMeta) followed by blocks. Each
// block is an HTML comment marker carrying its metadata as JSON — role, source line
// range, printed number, level, column … (BlockMeta, one zod schema per role) — followed
// by the block's text as printed: a heading (depth = level + 2) for provisions and
// sections, a paragraph otherwise. Source text is backslash-escaped so that nothing in a
// government text (`<script>`, `1.` at line start, `*`) can turn into Markdown syntax;
// the only HTML in a canonical file is our own markers.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import YAML from 'yaml';
import { z } from 'zod';
import type { Root } from 'mdast';
import { DocumentKind, LineRange } from '../schema.ts';
import { COLUMN_ROLES } from '../adapters/tables/columns.ts';
import { SourceError } from '../sources/errors.ts';
import { describeIssue, loadYaml } from '../sources/yamlFile.ts';

const Lines = LineRange;
const Level = z.number().int().nonnegative();

const Column = z.strictObject({
  id: z.string(),
  role: z.enum(COLUMN_ROLES),
  level: z.string().nullable(),
  part: z.enum(['title', 'text']).nullable(),
  header: z.string(),
});

/** Metadata of a block, by role. */
export const BlockMeta = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('redhead'), lines: Lines }),
  z.strictObject({ role: z.literal('wenhao'), lines: Lines }),
  z.strictObject({ role: z.literal('title'), lines: Lines }),
  z.strictObject({ role: z.literal('addressee'), lines: Lines }),
  z.strictObject({ role: z.literal('signer'), lines: Lines }),
  z.strictObject({ role: z.literal('date'), lines: Lines }),
  z.strictObject({ role: z.literal('attachment'), lines: Lines }),
  /** Unnumbered text; level k sits inside the numbered block of level k-1 before it (0: the document's). */
  z.strictObject({ role: z.literal('paragraph'), lines: Lines, level: Level }),
  /** A numbered provision with numbered children (section) or without (provision). */
  z.strictObject({
    role: z.enum(['section', 'provision']),
    lines: Lines,
    level: Level,
    number: z.string().min(1), // printed numeral: 七, 1.1
    numberStyle: z.string(), // 一、 (一) 1. (1) 1.1 …
  }),
  /** A table: its shape and planned columns; its header cells and rows follow. */
  z.strictObject({
    role: z.literal('table'),
    lines: Lines,
    shape: z.enum(['tab', 'flat-terminated', 'flat', 'pipe', 'box', 'html']),
    columns: z.array(Column),
    level: Level, // nesting in the outline: a table under 一、 belongs to it
  }),
  z.strictObject({ role: z.literal('header'), lines: Lines, column: z.string() }),
  z.strictObject({ role: z.literal('row'), lines: Lines }),
  z.strictObject({ role: z.literal('cell'), lines: Lines, column: z.string(), mergedUp: z.boolean().optional() }),
]);
export type BlockMeta = z.infer<typeof BlockMeta>;
export type CanonicalBlock = BlockMeta & { text: string };
export type BlockRole = BlockMeta['role'];

/** The document's metadata in the frontmatter. `from` says which fields the manifest gave. */
export const DocMeta = z.strictObject({
  title: z.string().nullable(),
  wenhao: z.string().nullable(),
  wenhaoRaw: z.string().nullable(),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
  kind: DocumentKind,
  addressees: z.string().nullable(),
  lines: Lines,
  attachments: z.array(z.strictObject({ title: z.string(), kind: DocumentKind, lines: Lines })),
  /** The document says the first body of each agency list leads (排在首位的为牵头单位). */
  firstListedLeads: z.boolean(),
  /** Fields given by the manifest rather than read from the text. */
  fromManifest: z.array(z.string()),
  /** Jurisdiction chain of a work list's levels (ids, top first), when the document has level columns. */
  chain: z.array(z.string()),
  /**
   * What the web page the document came from says about it (an .html source, or a .docx):
   * its URL, 发布日期, 索引号, and which fields of the metadata above it gave.
   */
  page: z
    .strictObject({
      url: z.string().nullable(),
      published: z.string().nullable(),
      indexNumber: z.string().nullable(),
      fields: z.array(z.string()),
    })
    .nullable()
    .default(null),
});
export type DocMeta = z.infer<typeof DocMeta>;

export interface CanonicalDoc {
  meta: DocMeta;
  blocks: CanonicalBlock[];
}

const MARKER = /^<!-- @block (\{.*\}) -->$/;

/** Escape every ASCII punctuation character: CommonMark then reads it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (c) => '\\' + c);
}

function markerFor(block: CanonicalBlock): string {
  const { text: _text, ...meta } = block;
  // `>` never appears in the JSON, so the comment cannot be closed early.
  return `<!-- @block ${JSON.stringify(meta).replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d')} -->`;
}

const isHeading = (b: CanonicalBlock) => b.role === 'provision' || b.role === 'section' || b.role === 'title';

export function renderCanonical(doc: CanonicalDoc): string {
  const out: string[] = ['---', YAML.stringify(DocMeta.parse(doc.meta)).trimEnd(), '---', ''];
  for (const block of doc.blocks) {
    out.push(markerFor(block));
    const lines = block.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (lines.length === 0) {
      out.push('');
      continue;
    }
    if (isHeading(block)) {
      const depth = block.role === 'title' ? 1 : Math.min(('level' in block ? block.level : 0) + 2, 6);
      out.push('#'.repeat(depth) + ' ' + escapeMarkdown(lines[0]!));
      if (lines.length > 1) out.push('', lines.slice(1).map(escapeMarkdown).join('\n'));
    } else {
      out.push(lines.map(escapeMarkdown).join('\n'));
    }
    out.push('');
  }
  return out.join('\n');
}

/** Read a canonical Markdown file back into blocks, with unified + remark-parse; every marker and the frontmatter are validated. */
export function parseCanonical(markdown: string, file = '<canonical>'): CanonicalDoc {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown) as Root;
  let meta: DocMeta | null = null;
  const blocks: CanonicalBlock[] = [];
  let current: BlockMeta | null = null;
  const parts: string[] = [];
  const flush = () => {
    if (current) blocks.push({ ...current, text: parts.join('\n') });
    parts.length = 0;
  };
  // A hand-made canonical file is a source: a fault in it skips that source with file:line.
  for (const node of tree.children) {
    const line = node.position?.start.line ?? null;
    if (node.type === 'yaml') {
      try {
        meta = loadYaml(node.value, file, DocMeta).data;
      } catch (e) {
        // The frontmatter's own line 1 is the line after the opening ---.
        if (e instanceof SourceError)
          throw new SourceError(file, e.line === null || line === null ? line : line + e.line, `frontmatter: ${e.detail}`);
        throw e;
      }
      continue;
    }
    if (node.type === 'html') {
      const m = MARKER.exec(node.value.trim());
      if (!m) throw new SourceError(file, line, 'unexpected HTML in canonical Markdown');
      flush();
      let json: unknown;
      try {
        json = JSON.parse(m[1]!);
      } catch (e) {
        throw new SourceError(file, line, `block marker is not JSON: ${(e as Error).message}`);
      }
      const parsed = BlockMeta.safeParse(json);
      if (!parsed.success) throw new SourceError(file, line, `block marker: ${describeIssue(parsed.error.issues[0]!, json)}`);
      current = parsed.data;
      continue;
    }
    if (!current) throw new SourceError(file, line, 'text before the first block marker');
    parts.push(toString(node));
  }
  flush();
  if (!meta) throw new SourceError(file, null, 'no frontmatter (document metadata)');
  return { meta, blocks };
}
