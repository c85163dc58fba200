import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedInputs, fingerprint, markUnpublishable, unpublishable } from './freshness.ts';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'zcqd-fresh-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  mkdirSync(join(root, 'content/generated'), { recursive: true });
  cpSync('content/agencies.yaml', join(root, 'content/agencies.yaml'));
  writeFileSync(join(root, 'content/sources/a.txt'), '市人民政府关于某事的通知\n');
  writeFileSync(join(root, 'content/sources/manifest.yaml'), 'sources:\n  - { file: a.txt, jurisdiction: 天门市 }\n');
  return root;
}
const report = (root: string, fields: Record<string, unknown>) =>
  writeFileSync(
    join(root, 'content/generated/report.json'),
    JSON.stringify({ ok: true, strict: false, inputs: fingerprint(root), ...fields }),
  );

describe('changedInputs', () => {
  it('lists changed, new and removed files', () => {
    expect(changedInputs({ a: '1', b: '2', c: '3' }, { a: '1', b: '9', d: '4' })).toEqual(['b (changed)', 'c (removed)', 'd (new)']);
  });
});

describe('unpublishable', () => {
  it('accepts a report whose inputs are unchanged', () => {
    const root = project();
    expect(fingerprint(root)).toEqual({
      'content/agencies.yaml': expect.stringMatching(/^[0-9a-f]{16}$/),
      'content/sources/a.txt': expect.stringMatching(/^[0-9a-f]{16}$/),
      'content/sources/manifest.yaml': expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    report(root, {});
    expect(unpublishable(root, false)).toBeNull();
  });
  it('refuses a missing report, a changed or a new source, a failed --strict ingest and a failed build', () => {
    const root = project();
    expect(unpublishable(root, false)).toMatch(/report\.json is missing/);
    report(root, {});
    writeFileSync(join(root, 'content/sources/a.txt'), '市人民政府关于另一事的通知\n');
    writeFileSync(join(root, 'content/sources/b.txt'), '新文件\n');
    expect(unpublishable(root, false)).toBe(
      'content/generated/ is stale — changed since the last ingest: content/sources/a.txt (changed), content/sources/b.txt (new); run `npm run build`',
    );
    report(root, { ok: false });
    expect(unpublishable(root, false)).toBeNull(); // by default a skipped source is listed, the others publish
    expect(unpublishable(root, true)).toMatch(/the last ingest failed \(--strict\)/);
    report(root, {});
    markUnpublishable(root, 'coverage FAILED');
    expect(unpublishable(root, false)).toMatch(/the last build failed after this ingest \(coverage FAILED\)/);
  });
  it('hashes saved pages and Word files like any source, and the readers of both with the pipeline', () => {
    const root = project();
    const docx = 'tests/fixtures/originals/docx/hubei-tianmen-2023-fangzhi-fuzhuang-ruogan-yijian.docx';
    cpSync('tests/fixtures/originals/html/zhejiang-hangzhou-2020-zfgzbg-zrfj.html', join(root, 'content/sources/hangzhou.html'));
    cpSync(docx, join(root, 'content/sources/tianmen.docx'));
    for (const f of ['pipeline/adapters/html/readPage.ts', 'pipeline/adapters/docx/convert.worker.ts', 'pipeline/publish/sourceText.ts']) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      cpSync(f, join(root, f));
    }
    expect(Object.keys(fingerprint(root))).toEqual([
      'content/agencies.yaml',
      'content/sources/a.txt',
      'content/sources/hangzhou.html',
      'content/sources/manifest.yaml',
      'content/sources/tianmen.docx',
      'pipeline/adapters/docx/convert.worker.ts',
      'pipeline/adapters/html/readPage.ts',
      'pipeline/publish/sourceText.ts',
    ]);
    report(root, {});
    // A Word file saved again (one byte of its zip changed) makes the report stale.
    const bytes = readFileSync(docx);
    writeFileSync(join(root, 'content/sources/tianmen.docx'), Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])]));
    expect(unpublishable(root, false)).toMatch(/changed since the last ingest: content\/sources\/tianmen\.docx \(changed\)/);
  });
});
