// Finds the Chinese text written inline in the site's source files, by parsing them:
// TypeScript files with the TypeScript compiler, .astro files with Astro's own compiler
// (frontmatter, template text, attribute values, expressions and <script> bodies as one
// ESTree). Comments and regular-expression literals are not text a reader sees and are
// skipped by construction; a regex over the whole file could not tell them apart.
import { parse as parseAstro } from '@astrojs/compiler-rs';
import ts from 'typescript';

/** A run of text with at least one Han character (CJK Unified Ideographs, incl. extension A). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

export interface InlineText {
  line: number;
  /** the string as written (template parts joined with ${…}) */
  text: string;
  kind: 'string' | 'template' | 'text' | 'attribute' | 'identifier';
}

/** Every string in the source, with the kind of place it sits in (Han or not). */
export function stringsIn(file: string, source: string): InlineText[] {
  return file.endsWith('.astro') ? astroStrings(source) : tsStrings(file, source);
}

/** The strings holding Han characters. */
export function inlineChinese(file: string, source: string): InlineText[] {
  return stringsIn(file, source).filter((s) => HAN.test(s.text));
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function tsStrings(file: string, source: string): InlineText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: InlineText[] = [];
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      out.push({ line: at(node), text: node.text, kind: ts.isStringLiteral(node) ? 'string' : 'template' });
    } else if (ts.isIdentifier(node) && HAN.test(node.text)) {
      // A Chinese property name ({ 有金额: 'yes' }) can reach readers through Object.keys.
      out.push({ line: at(node), text: node.text, kind: 'identifier' });
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('${…}');
      out.push({ line: at(node), text, kind: 'template' });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

interface EsNode {
  type: string;
  start: number;
  [key: string]: unknown;
}

function isNode(x: unknown): x is EsNode {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';
}

function astroStrings(source: string): InlineText[] {
  const { ast } = parseAstro(source);
  const out: InlineText[] = [];
  const push = (node: EsNode, text: string, kind: InlineText['kind']) => out.push({ line: lineAt(source, node.start), text, kind });
  const visit = (node: unknown, parent: EsNode | null): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, parent));
    if (!isNode(node)) return;
    switch (node.type) {
      case 'AstroComment':
      case 'Line':
      case 'Block':
        return; // comments
      case 'Literal':
        if (typeof node['value'] === 'string' && !node['regex'])
          push(node, node['value'], parent?.type === 'JSXAttribute' ? 'attribute' : 'string');
        return;
      case 'Identifier':
        if (HAN.test(String(node['name']))) push(node, String(node['name']), 'identifier');
        return;
      case 'JSXText':
        push(node, String(node['value']), 'text');
        return;
      case 'TemplateLiteral': {
        const quasis = node['quasis'] as Array<{ value: { cooked: string | null; raw: string } }>;
        push(node, quasis.map((q) => q.value.cooked ?? q.value.raw).join('${…}'), 'template');
        visit(node['expressions'], node);
        return;
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc' && key !== 'range') visit(value, node);
  };
  visit(ast, null);
  return out;
}
