import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject } from '../../tests/support/project.ts';
import { GAZETTE_FILE, gazetteText, withInsertedProvision, withNumberTypoFixed } from '../../tests/support/corrected.ts';
import { runIngest } from './ingest.ts';
import { compareLedger, parseLedger, serializeLedger, textHash, type Ledger } from './ledger.ts';

const entry = { file: GAZETTE_FILE, jurisdiction: '天门市' };
const DOC = '/docs/tianzhengfa-2023-1/';

/** Ingest the original gazette, record its ledger, then ingest `text` against it. */
function corrected(text: string) {
  const root = makeProject([{ file: GAZETTE_FILE, bytes: gazetteText(), entry }]);
  const first = runIngest({ root, write: false, date: '2026-11-25' });
  writeFileSync(join(root, 'content/permalinks.lock'), serializeLedger(first.permalinks.next));
  writeFileSync(join(root, 'content/sources', GAZETTE_FILE), text);
  return runIngest({ root, write: false, date: '2026-12-01' });
}

describe('textHash', () => {
  it('is the text without its item number: (二) renumbered (三) keeps its identity', () => {
    expect(textHash('(二)发挥平台作用。每年由市财政预算500万元')).toBe(textHash('(三)发挥平台作用。每年由市财政预算500万元'));
    expect(textHash('4.2.2 Ⅱ级响应措施')).toBe(textHash('4.3.2 Ⅱ级响应措施'));
    expect(textHash('(二)发挥平台作用。')).not.toBe(textHash('(二)发挥平台作用!'));
  });
});

describe('the ledger file', () => {
  const text = `# comment\n/docs/a/\t0123456789abcdef\n/docs/a/1-2/\t-\t2026-11-25 moved 89abcdef01234567 /docs/a/1-3/; 2026-12-01 removed\n`;
  it('reads and writes back the same', () => {
    const ledger = parseLedger(text, 'p.lock');
    expect(ledger.get('/docs/a/1-2/')).toMatchObject({
      hash: null,
      events: [
        { date: '2026-11-25', kind: 'moved', item: '89abcdef01234567', to: '/docs/a/1-3/' },
        { date: '2026-12-01', kind: 'removed' },
      ],
    });
    expect(
      serializeLedger(ledger)
        .split('\n')
        .filter((l) => !l.startsWith('#')),
    ).toEqual(text.split('\n').slice(1));
  });
  it('names the line of a malformed entry', () => {
    expect(() => parseLedger('/docs/a/\txyz\n', 'p.lock')).toThrow(/^p\.lock:1: \/docs\/a\/: hash must be 16 hex digits or -/);
    expect(() => parseLedger('#\n/docs/a/\t0123456789abcdef\t2026-13 changed\n', 'p.lock')).toThrow(/^p\.lock:2: .*must start with a date/);
    expect(() => parseLedger('/docs/a/\t-\n/docs/a/\t-\n', 'p.lock')).toThrow(
      /^p\.lock:2: \/docs\/a\/ is listed twice \(first at line 1\)/,
    );
  });
});

describe('compareLedger', () => {
  const item = (url: string, text: string) => ({
    url,
    kind: 'measure' as const,
    document: 'a',
    label: url,
    hash: textHash(text),
    source: { file: 's', line: 1 },
  });
  const ledger: Ledger = new Map(
    [item('/docs/a/1/', 'x'), item('/docs/a/2/', 'y')].map((i) => [i.url, { url: i.url, hash: i.hash, events: [] }]),
  );
  it('finds nothing when every URL shows its text', () => {
    expect(compareLedger(ledger, [item('/docs/a/1/', 'x'), item('/docs/a/2/', 'y')], '2026-12-01').changes).toEqual([]);
  });
  it('tells a moved item, a changed text and a removed item apart', () => {
    const moved = compareLedger(ledger, [item('/docs/a/1/', 'x'), item('/docs/a/3/', 'y')], '2026-12-01');
    expect(moved.changes.map((c) => [c.url, c.event])).toEqual([
      ['/docs/a/2/', { date: '2026-12-01', kind: 'moved', item: textHash('y'), to: '/docs/a/3/' }],
    ]);
    expect(moved.next.get('/docs/a/2/')?.hash).toBeNull();
    const changed = compareLedger(ledger, [item('/docs/a/1/', 'x'), item('/docs/a/2/', 'y!')], '2026-12-01');
    expect(changed.changes.map((c) => c.event.kind)).toEqual(['changed']);
    const removed = compareLedger(ledger, [item('/docs/a/1/', 'x')], '2026-12-01');
    expect(removed.changes.map((c) => c.event.kind)).toEqual(['removed']);
  });
});

describe('a corrected source: one provision inserted, the ones after it renumbered', () => {
  const { report, permalinks } = corrected(withInsertedProvision(gazetteText()));
  const change = (url: string) => permalinks.changes.find((c) => c.url === url);
  it('no old URL silently shows another item: each that would carries a notice pointing to where its item went', () => {
    // 16 provisions (二)…(十七) moved one number on; (一) kept its URL and text.
    expect(permalinks.changes.filter((c) => c.event.kind === 'moved')).toHaveLength(16);
    expect(change(`${DOC}1-1/`)).toBeUndefined();
    // /1-2/ showed (二)发挥平台作用; it now shows the inserted (二)强化用地保障, and says (二) is now (三) at /1-3/.
    expect(change(`${DOC}1-2/`)).toMatchObject({ event: { kind: 'moved', to: `${DOC}1-3/` }, now: { label: '（二）' } });
    // /2-3/ showed (三)金融支持, now (四) at /2-4/: nothing is numbered 2-3 any more.
    expect(change(`${DOC}2-3/`)).toMatchObject({ event: { kind: 'moved', to: `${DOC}2-4/` }, now: null });
    expect(change(`${DOC}4-17/`)).toMatchObject({ event: { kind: 'moved', to: `${DOC}4-18/` } });
    // The document's own text changed.
    expect(change(DOC)).toMatchObject({ event: { kind: 'changed', date: '2026-12-01' } });
    // The last item of each section takes a number no URL had; the first number of three sections is left with no item.
    expect(permalinks.added.map((a) => a.url)).toEqual([`${DOC}1-3/`, `${DOC}2-8/`, `${DOC}3-15/`, `${DOC}4-18/`]);
    expect([...permalinks.next.values()].filter((e) => e.hash === null).map((e) => e.url)).toEqual([
      `${DOC}2-3/`,
      `${DOC}3-8/`,
      `${DOC}4-15/`,
    ]);
  });
  it('fails --strict, naming the URLs', () => {
    expect(report.ok).toBe(false);
    expect(report.permalinks.changes).toContainEqual({ url: `${DOC}1-2/`, kind: 'moved', to: `${DOC}1-3/` });
    expect(report.anomalies.filter((a) => a.code === 'permalink-moved')).toHaveLength(16);
  });
});

describe('a corrected source: a misprinted item number fixed (4.2.2 → 4.3.2)', () => {
  const { permalinks } = corrected(withNumberTypoFixed(gazetteText()));
  const PLAN = '/docs/tianzhengbanfa-2023-2/';
  it('the old URLs of the items under it point to their new ones', () => {
    const moved = permalinks.changes.filter((c) => c.event.kind === 'moved').map((c) => [c.url, c.event.kind === 'moved' && c.event.to]);
    expect(moved).toEqual([
      [`${PLAN}4-2-2-b-1/`, `${PLAN}4-3-2-1/`],
      [`${PLAN}4-2-2-b-2/`, `${PLAN}4-3-2-2/`],
      [`${PLAN}4-2-2-b-3/`, `${PLAN}4-3-2-3/`],
    ]);
    expect(permalinks.changes.filter((c) => c.event.kind !== 'moved').map((c) => c.url)).toEqual([PLAN]);
  });
});
