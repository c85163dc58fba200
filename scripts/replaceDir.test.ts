import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeLeftovers, replaceDir, tempDirFor } from './replaceDir.ts';

const site = (root: string, name: string, page: string) => {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, 'index.html'), page);
};

describe('replaceDir', () => {
  it('swaps the new folder in whole and leaves no old or temporary folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'zcqd-dist-'));
    const dist = join(root, 'dist');
    site(root, 'dist', 'old');
    site(root, `dist.tmp-${process.pid}`, 'new');
    replaceDir(tempDirFor(dist), dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
  });
  it('works when there was no dist/ yet', () => {
    const root = mkdtempSync(join(tmpdir(), 'zcqd-dist-'));
    site(root, 'dist.tmp-1', 'new');
    replaceDir(join(root, 'dist.tmp-1'), join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
  });
});

describe('removeLeftovers', () => {
  it('removes the temporary folders of builds that died, not those of live ones nor dist/ itself', () => {
    const root = mkdtempSync(join(tmpdir(), 'zcqd-dist-'));
    const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
    for (const name of ['dist', `dist.tmp-${dead}`, `dist.old-${dead}`, `dist.tmp-${process.pid}`, 'dist-notes']) site(root, name, 'x');
    expect(removeLeftovers(join(root, 'dist')).sort()).toEqual([`dist.old-${dead}`, `dist.tmp-${dead}`]);
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist-notes', `dist.tmp-${process.pid}`]);
  });
});
