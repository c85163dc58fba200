import { describe, expect, it } from 'vitest';
import { parseCanonical, renderCanonical, type CanonicalDoc } from './blocks.ts';

describe('canonical Markdown', () => {
  it('round-trips blocks, including text that looks like Markdown or HTML', () => {
    const doc: CanonicalDoc = {
      meta: { title: '测试', wenhao: '天政发〔2023〕1号' },
      blocks: [
        { role: 'title', lines: [1, 1], text: '市人民政府关于<script>alert(1)</script>的意见' },
        { role: 'section', lines: [3, 3], level: 0, number: '一', text: '一、加强资金支持' },
        {
          role: 'provision',
          lines: [5, 7],
          level: 1,
          number: '一',
          text: '(一)配套发展资金。\n1. 每单补贴0.2元 *不含* [口罩]\n# 不是标题 <img src=x onerror=alert(1)>',
        },
        { role: 'cell', lines: [9, 9], column: 'lead', text: '' },
      ],
    };
    const back = parseCanonical(renderCanonical(doc));
    expect(back.meta).toEqual(doc.meta);
    expect(back.blocks).toEqual(doc.blocks);
  });

  it('rejects HTML that is not one of our block markers', () => {
    expect(() => parseCanonical('<!-- @block {"role":"paragraph","lines":[1,1]} -->\n\n<div>x</div>\n', 'a.md')).toThrow(/^a\.md:3: /);
  });
});
