import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LockedError } from './lock.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'zcqd-lock-'));

describe('acquireLock', () => {
  it('refuses a second holder while the first is alive, naming it, and frees on release', () => {
    const path = join(dir(), '.build.lock');
    const first = acquireLock(path, 'build');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, what: 'build' });
    expect(() => acquireLock(path, 'ingest')).toThrow(LockedError);
    expect(() => acquireLock(path, 'ingest')).toThrow(new RegExp(`another build \\(pid ${process.pid}, since .*\\) is running`));
    first.release();
    expect(existsSync(path)).toBe(false);
    acquireLock(path, 'ingest').release();
  });
  it('takes over a lock whose holder died', () => {
    const path = join(dir(), '.build.lock');
    // A process that has exited: its pid is not alive any more.
    const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
    writeFileSync(path, JSON.stringify({ pid: dead, what: 'build', since: '2026-01-01T00:00:00Z' }));
    const lock = acquireLock(path, 'build');
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });
  it('is released when its process exits', async () => {
    const path = join(dir(), '.build.lock');
    const script = `import('${new URL('./lock.ts', import.meta.url).href}').then((m) => { m.acquireLock(${JSON.stringify(path)}, 'build'); console.log(require('node:fs').existsSync(${JSON.stringify(path)})); })`;
    const child = spawn(process.execPath, ['-e', script]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect([code, out.trim()]).toEqual([0, 'true']);
    expect(existsSync(path)).toBe(false);
  });
});
