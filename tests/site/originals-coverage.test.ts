// The published-site coverage check on a saved page and a Word file (issue 12 on top of the
// fail-closed build): their lines are those the ingest read them into
// (content/generated/text/<file>.txt), looked for on the built pages and in the open data,
// and the page stays the source of record — what it holds is in those lines or declared left
// out. Built from the real page of 杭州市人民政府办公厅 (content/sources/) and the Word file of
// 天门's textile opinion (tests/fixtures/originals/).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPublished } from '../../scripts/check-coverage.ts';
import { formatSiteCoverage } from '../../pipeline/publish/siteCoverage.ts';
import { runBuild, siteProject } from '../support/site-build.ts';

const PAGE = 'hangzhou.html';
const WORD = 'tianmen.docx';
let root: string;
let first: { ok: boolean; output: string };

/** Build with one file of the copied pipeline changed, then put it back. */
function buildPatched(file: string, from: string, to: string): { ok: boolean; output: string } {
  const path = join(root, file);
  const code = readFileSync(path, 'utf8');
  expect(code).toContain(from);
  writeFileSync(path, code.replace(from, to));
  try {
    return runBuild(root);
  } finally {
    writeFileSync(path, code);
  }
}

beforeAll(() => {
  root = siteProject([
    {
      file: PAGE,
      bytes: readFileSync('content/sources/zhejiang-hangzhou-2020-zfgzbg-zrfj.html'),
      entry: { file: PAGE, jurisdiction: '杭州市' },
    },
    {
      file: WORD,
      bytes: readFileSync('tests/fixtures/originals/docx/hubei-tianmen-2023-fangzhi-fuzhuang-ruogan-yijian.docx'),
      entry: { file: WORD, jurisdiction: '湖北省天门市' },
    },
  ]);
  first = runBuild(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a saved page and a Word file, published whole', () => {
  it('pass the check on the built site, line by line of the text they were read into', () => {
    expect(first.output).toMatch(/coverage: every line of 2 sources \(\d+ characters\) is on its page and in the open data/);
    expect(first.ok).toBe(true);
    // The page's text, as it reads: the title above the text (HTML line 14), then the addressees (line 17).
    const text = readFileSync(join(root, 'content/generated/text/hangzhou.html.txt'), 'utf8').split('\n');
    expect(text.slice(0, 2)).toEqual([
      '杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知',
      '各区、县(市)人民政府,市政府各部门、各直属单位:',
    ]);
  });
  it('refuses that text edited by hand after the ingest: it is not what the page reads to', () => {
    const file = join(root, 'content/generated/text/hangzhou.html.txt');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('现印发给你们', '现转发给你们'));
    try {
      const check = checkPublished(root, join(root, 'dist'));
      expect(check.ok).toBe(false);
      expect(formatSiteCoverage(check)).toContain(
        'LOST content/sources/hangzhou.html:3 (page line 18): its text in content/generated/text/ differs here from what the source reads to now: 《2020年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,',
      );
    } finally {
      writeFileSync(file, text);
    }
  });
});

describe('control: the second sentence of every measure dropped from its page and its record', () => {
  let patched: { ok: boolean; output: string };
  beforeAll(() => {
    patched = buildPatched('pipeline/publish/assemble.ts', '    text: m.text,\n', "    text: m.text.replace(/(。)[^。]+。/, '$1'),\n");
  });
  it('fails the build, naming the page’s text line, its HTML line and the measure page', () => {
    expect(patched.output).toMatch(/ingest OK/);
    expect(patched.ok).toBe(false);
    // 二、责任分解中,列第一位的责任单位为牵头单位或汇总单位。各牵头单位和汇总单位要… — the
    // fifth line of the page's text (title, addressees, 《…》已经市政府同意…, 一、…, 二、…), <p> on HTML line 20.
    expect(patched.output).toMatch(
      /LOST content\/sources\/hangzhou\.html:5 \(page line 20\): not on its page, not in the open data \/docs\/hangzhou-2020-05-20-[a-z]+\/2\/: 二、责任分解中,/,
    );
    expect(patched.output).toMatch(/build FAILED: dist\/ left as it was/);
  });
});

describe('control: a reader of pages that silently drops a paragraph', () => {
  let patched: { ok: boolean; output: string };
  beforeAll(() => {
    // The page's text is then whole in itself and fully published — only the page knows better.
    patched = buildPatched('pipeline/adapters/html/readPage.ts', '    if (t) {\n', "    if (t && !t.includes('督查室')) {\n");
  });
  it('fails the build, naming the paragraph and its HTML line, which the page holds and nothing declares left out', () => {
    expect(patched.output).toMatch(/ingest OK/);
    expect(patched.ok).toBe(false);
    expect(patched.output).toMatch(
      /LOST content\/sources\/hangzhou\.html \(page line 20\): in the source but neither in the text it was read into nor declared left out: 二、责任分解中,/,
    );
  });
});
