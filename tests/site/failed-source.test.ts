// One bad source never blocks the others: a site built from a good gazette and an empty
// file publishes the gazette and lists the empty file, with file and line, on /quality/.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildSite } from '../support/site-build.ts';

let root: string;
beforeAll(() => {
  root = buildSite([
    { file: 'empty.txt', bytes: '', entry: { file: 'empty.txt', jurisdiction: '佛山市' } },
    {
      file: 'xiantao-gongbao.txt',
      bytes: readFileSync('tests/fixtures/gazette-third.txt'),
      entry: { file: 'xiantao-gongbao.txt', jurisdiction: '仙桃市' },
    },
  ]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a source that fails', () => {
  it('leaves the other sources published', () => {
    const docs: Array<{ wenhao: string | null }> = JSON.parse(readFileSync(join(root, 'content/generated/documents.json'), 'utf8'));
    expect(docs.map((d) => d.wenhao)).toEqual(['仙政发〔2024〕3号', '仙政办发〔2024〕11号']);
  });
  it('is listed on /quality/ with its file and line', () => {
    const { document } = parseHTML(readFileSync(join(root, 'dist/quality/index.html'), 'utf8'));
    const section = document.querySelector('#failed-h')?.parentElement;
    expect(section?.querySelector('h2')?.textContent).toBe('未能收录的源文件（1）');
    expect([...(section?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'content/sources/empty.txt:1: file is empty',
    ]);
  });
});
