// The canonical Markdown format every adapter writes and the extractor reads.
//
// A document is YAML frontmatter (document metadata found by the adapter) followed
// by a sequence of blocks. Each block is an HTML comment marker carrying its
// metadata as JSON — role, source line range, printed number, level, column … —
// followed by the block's text: a heading (depth = level + 1) for provisions and
// sections, a paragraph otherwise. Source text is backslash-escaped so that
// nothing in a government text (`<script>`, `1.` at line start, `*`) can turn into
// Markdown syntax; the only HTML in a canonical file is our own markers.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import YAML from 'yaml';
import type { Root, RootContent } from 'mdast';

export type BlockRole =
  'title' | 'wenhao' | 'addressee' | 'paragraph' | 'section' | 'provision' | 'signer' | 'date' | 'attachment' | 'row' | 'cell';

export interface CanonicalBlock {
  role: BlockRole;
  lines: [number, number];
  /** Nesting depth of a provision/section: 0 = top-level 一、 */
  level?: number;
  /** Printed number exactly as in the source: 一、 → 一, (七) → 七 kept with its style in `numberStyle`. */
  number?: string | null;
  numberStyle?: string;
  /** Work-list cells: which column. */
  column?: string;
  text: string;
}

export interface CanonicalDoc {
  meta: Record<string, unknown>;
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

export function renderCanonical(doc: CanonicalDoc): string {
  const out: string[] = ['---', YAML.stringify(doc.meta).trimEnd(), '---', ''];
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
    const heading = block.role === 'provision' || block.role === 'section' || block.role === 'row' || block.role === 'title';
    if (heading) {
      const depth = block.role === 'title' ? 1 : Math.min((block.level ?? 0) + 2, 6);
      out.push('#'.repeat(depth) + ' ' + escapeMarkdown(lines[0]!));
      if (lines.length > 1) out.push('', lines.slice(1).map(escapeMarkdown).join('\n'));
    } else {
      out.push(lines.map(escapeMarkdown).join('\n'));
    }
    out.push('');
  }
  return out.join('\n');
}

function textOf(node: RootContent): string {
  if ('value' in node && node.type !== 'html') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

/** Read a canonical Markdown file back into blocks, with unified + remark-parse. */
export function parseCanonical(markdown: string, file = '<canonical>'): CanonicalDoc {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown) as Root;
  let meta: Record<string, unknown> = {};
  const blocks: CanonicalBlock[] = [];
  let current: CanonicalBlock | null = null;
  const parts: string[] = [];
  const flush = () => {
    if (current) blocks.push({ ...current, text: parts.join('\n') });
    parts.length = 0;
  };
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      meta = YAML.parse(node.value) ?? {};
      continue;
    }
    if (node.type === 'html') {
      const m = MARKER.exec(node.value.trim());
      if (!m) throw new Error(`${file}:${node.position?.start.line}: unexpected HTML in canonical Markdown`);
      flush();
      current = { ...(JSON.parse(m[1]!) as Omit<CanonicalBlock, 'text'>), text: '' };
      continue;
    }
    if (!current) throw new Error(`${file}:${node.position?.start.line}: text before the first block marker`);
    parts.push(textOf(node));
  }
  flush();
  return { meta, blocks };
}
