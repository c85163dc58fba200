import { describe, expect, it } from 'vitest';
import { SourceError } from '../sources/errors.ts';
import { parseCanonical, renderCanonical, type CanonicalDoc, type DocMeta } from './blocks.ts';

const meta: DocMeta = {
  title: '测试',
  wenhao: '天政发〔2023〕1号',
  wenhaoRaw: '天政发〔20231',
  issuer: null,
  date: '2023-01-06',
  kind: 'opinion',
  addressees: null,
  lines: [1, 9],
  attachments: [],
  firstListedLeads: false,
  fromManifest: ['date'],
  chain: ['zhongyang', 'hubei', 'tianmen'],
  page: null,
};

describe('canonical Markdown', () => {
  it('round-trips blocks, including text that looks like Markdown or HTML', () => {
    const doc: CanonicalDoc = {
      meta,
      blocks: [
        { role: 'title', lines: [1, 1], text: '市人民政府关于<script>alert(1)</script>的意见' },
        { role: 'section', lines: [3, 3], level: 0, number: '一', numberStyle: '一、', text: '一、加强资金支持' },
        {
          role: 'provision',
          lines: [5, 7],
          level: 1,
          number: '一',
          numberStyle: '(一)',
          text: '(一)配套发展资金。\n1. 每单补贴0.2元 *不含* [口罩]\n# 不是标题 <img src=x onerror=alert(1)>',
        },
        {
          role: 'table',
          lines: [8, 9],
          shape: 'pipe',
          level: 1,
          columns: [{ id: 'lead', role: 'lead', level: null, part: null, header: '牵头单位' }],
          text: '',
        },
        { role: 'row', lines: [9, 9], text: '' },
        { role: 'cell', lines: [9, 9], column: 'lead', text: '' },
      ],
    };
    const back = parseCanonical(renderCanonical(doc));
    expect(back.meta).toEqual(doc.meta);
    expect(back.blocks).toEqual(doc.blocks);
  });

  it('rejects HTML that is not one of our block markers, with its line', () => {
    const md = renderCanonical({ meta, blocks: [] }) + '<!-- @block {"role":"paragraph","lines":[1,1],"level":0} -->\n\n<div>x</div>\n';
    expect(() => parseCanonical(md, 'a.md')).toThrow(/^a\.md:\d+: unexpected HTML/);
  });

  it('rejects a block marker whose metadata does not fit its role', () => {
    const md = renderCanonical({ meta, blocks: [] }) + '<!-- @block {"role":"provision","lines":[1,1]} -->\n\n正文\n';
    expect(() => parseCanonical(md, 'a.md')).toThrow(/^a\.md:\d+: block marker: /);
  });
});

describe('a bad hand-made canonical file is a SourceError with its line (the source is skipped, the ingest goes on)', () => {
  it('names the line of a bad frontmatter field and of a marker that is not JSON', () => {
    const md = renderCanonical({ meta, blocks: [] });
    const badKind = md.replace(/^kind: .*$/m, 'kind: memo');
    const kindLine = badKind.split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
    expect(() => parseCanonical(badKind, 'a.md')).toThrow(new RegExp(`^a\\.md:${kindLine}: frontmatter: kind: `));
    expect(() => parseCanonical(badKind, 'a.md')).toThrow(SourceError);
    const lines = md.split('\n').length;
    expect(() => parseCanonical(md + '<!-- @block {role} -->\n', 'a.md')).toThrow(new RegExp(`^a\\.md:${lines}: block marker is not JSON`));
  });
  it('a file without frontmatter has no line to blame', () => {
    expect(() => parseCanonical('<!-- @block {"role":"paragraph","lines":[1,1],"level":0} -->\n\n正文\n', 'a.md')).toThrow(
      /^a\.md: no frontmatter/,
    );
  });
});
