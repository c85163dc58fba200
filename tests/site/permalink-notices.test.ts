// A corrected source, built: the 天门 gazette published with its permalink ledger, then
// corrected — a provision inserted into the textile opinion (the ones after it renumbered)
// and the air-pollution plan's misprinted 4.2.2 fixed to 4.3.2. Every old URL either shows
// its item or says where it went; none silently shows another item, none is a 404.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAZETTE_FILE, gazetteText, withInsertedProvision, withNumberTypoFixed } from '../support/corrected.ts';
import { parsePage } from '../support/html.ts';
import { buildSite, runBuild } from '../support/site-build.ts';

const DOC = '/docs/tianzhengfa-2023-1/';
const PLAN = '/docs/tianzhengbanfa-2023-2/';
// Changes found by a build are dated by SOURCE_DATE_EPOCH: 2026-12-01.
const EPOCH = String(Date.UTC(2026, 11, 1) / 1000);
let root: string;
const page = (url: string) => parsePage(readFileSync(join(root, 'dist', url, 'index.html'), 'utf8'));
const notice = (url: string) => page(url).querySelector('.permalink-notice');

beforeAll(() => {
  root = buildSite([{ file: GAZETTE_FILE, bytes: gazetteText(), entry: { file: GAZETTE_FILE, jurisdiction: '天门市' } }], {
    env: { SOURCE_DATE_EPOCH: EPOCH },
    prepare: (dir) => {
      // The site as published: its ledger recorded on 2026-11-25, then the source corrected.
      execFileSync(process.execPath, ['scripts/ledger.ts', '--accept', '--date=2026-11-25'], { cwd: dir, stdio: 'pipe' });
      writeFileSync(join(dir, 'content/sources', GAZETTE_FILE), withInsertedProvision(withNumberTypoFixed(gazetteText())));
    },
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a provision inserted, the ones after it renumbered', () => {
  it('the old URL of (二), now the inserted provision, says that (二) is now (三) and links to it', () => {
    const n = notice(`${DOC}1-2/`)!;
    expect(n.textContent).toMatch(/^2026-12-01起，本链接原来所指的条目已改为（三）；本条现在是另一条目，请核对引用。（尚待维护者确认）/);
    expect(n.querySelector('a')?.getAttribute('href')).toBe(`${DOC}1-3/`);
    expect(page(`${DOC}1-3/`).querySelector('.source-text')?.textContent).toMatch(/^\(三\)发挥平台作用。/);
  });
  it('a URL left with no item gets a page with the notice, not a 404', () => {
    const n = notice(`${DOC}2-3/`)!;
    expect(n.textContent).toMatch(/^本条已改为（四）（2026-12-01起，源文件更正后重新编号）。/);
    expect(n.querySelector('a')?.getAttribute('href')).toBe(`${DOC}2-4/`);
    expect(page(`${DOC}2-3/`).querySelector('h1')?.textContent).toBe('本链接所指的条目已变更');
  });
  it('an unchanged provision carries no notice', () => {
    expect(notice(`${DOC}1-1/`)).toBeNull();
  });
  it('the document page says its text changed', () => {
    expect(notice(DOC)?.textContent).toMatch(/^本文件内容已于2026-12-01变更（源文件更正）。/);
  });
});

describe('a misprinted number fixed (4.2.2 → 4.3.2)', () => {
  it('the old URLs point to the new ones', () => {
    for (const k of [1, 2, 3]) {
      expect(existsSync(join(root, 'dist', `${PLAN}4-2-2-b-${k}/index.html`))).toBe(true);
      expect(notice(`${PLAN}4-2-2-b-${k}/`)?.querySelector('a')?.getAttribute('href')).toBe(`${PLAN}4-3-2-${k}/`);
    }
  });
});

describe('--strict', () => {
  it('fails, naming each URL and why', () => {
    const strict = runBuild(root, ['--strict'], { SOURCE_DATE_EPOCH: EPOCH });
    expect(strict.ok).toBe(false);
    expect(strict.output).toContain(`PERMALINK ${DOC}1-2/: its item moved to ${DOC}1-3/`);
    expect(strict.output).toContain(`PERMALINK ${PLAN}4-2-2-b-1/: its item moved to ${PLAN}4-3-2-1/`);
    expect(strict.output).toContain(`PERMALINK ${DOC}: its text changed`);
  });
  it('passes once the maintainer records the changes, and the notices stay, dated', () => {
    execFileSync(process.execPath, ['scripts/ledger.ts', '--accept', '--date=2026-12-01'], { cwd: root, stdio: 'pipe' });
    const strict = runBuild(root, ['--strict']);
    expect(strict.output).toMatch(/build OK/);
    expect(notice(`${DOC}2-3/`)?.textContent).toMatch(/^本条已改为（四）（2026-12-01起，源文件更正后重新编号）。\s?关于链接的承诺$/);
    expect(notice(`${DOC}1-2/`)?.textContent).not.toContain('尚待维护者确认');
  });
});
