// Permalinks are a promise: every URL the site published before the general-ingest
// redesign (tests/fixtures/published-urls-2026-11-25.txt: measures, central-policy chains,
// documents, agencies, places) still resolves to a page in the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const snapshot = readFileSync('tests/fixtures/published-urls-2026-11-25.txt', 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('/'));

describe('published URLs', () => {
  it('the snapshot holds the 430 measures and the other pages of 2026-11-25', () => {
    expect(snapshot.length).toBe(591);
    expect(snapshot).toContain('/docs/tianzhengfa-2023-1/2-7/');
    expect(snapshot).toContain('/agencies/zhongxiang/caizhengju/');
  });
  it('every one of them still has its page', () => {
    expect(snapshot.filter((url) => !existsSync(join('dist', url, 'index.html')))).toEqual([]);
  });
});
