import { describe, expect, it } from 'vitest';
import { findArtefacts, withoutArtefacts } from './artefacts.ts';

// The cell of 钟祥市第144项 as the work list prints it (zhongxiang-2022-wenzhu-jingji-gongzuo-qingdan.txt, line 1920).
const LINE_1920 =
  '\t[bookmark: _GoBack]积极推进《印发关于鼓励外来居民及农村户口人员落户钟祥市城区的若干措施的通知》（钟政办发〔2022〕14号）的落实，做好资金保障。';

describe('Word artefacts', () => {
  it('finds the bookmark at the head of 钟祥市第144项 and takes it out, leaving the line in place', () => {
    const text = `\t144\n${LINE_1920}\n\t市财政局、市住建局`;
    const found = findArtefacts(text);
    expect(found).toEqual([{ line: 2, start: 1, text: '[bookmark: _GoBack]', kind: 'bookmark' }]);
    const clean = withoutArtefacts(text, found).split('\n');
    expect(clean).toHaveLength(3);
    expect(clean[1]).toBe(
      '\t积极推进《印发关于鼓励外来居民及农村户口人员落户钟祥市城区的若干措施的通知》（钟政办发〔2022〕14号）的落实，做好资金保障。',
    );
  });
  it('finds field codes, several on a line', () => {
    const line = '详见{ HYPERLINK "http://www.gov.cn/a.html" }第{ PAGEREF _Toc105489321 \\h }页\\* MERGEFORMAT';
    expect(findArtefacts(line).map((a) => [a.kind, a.text])).toEqual([
      ['field-code', '{ HYPERLINK "http://www.gov.cn/a.html" }'],
      ['field-code', '{ PAGEREF _Toc105489321 \\h }'],
      ['field-code', '\\* MERGEFORMAT'],
    ]);
    expect(withoutArtefacts(line, findArtefacts(line))).toBe('详见第页');
  });
  it('leaves markup the source prints as its text', () => {
    expect(findArtefacts('建设检测中心<script>alert(1)</script>，写作 &lt;b&gt; 与 [注：见附件]')).toEqual([]);
  });
});
