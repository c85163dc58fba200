// Fail closed, on a throw-away copy of the project built from a fixture gazette (仙桃):
// a build that loses text on the published pages fails and publishes nothing; a build
// interrupted or killed leaves the previous dist/ as it was; two builds cannot run at once;
// and Astro itself refuses to build from a stale ingest report.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../scripts/lock.ts';
import { runBuild, siteProject } from '../support/site-build.ts';

const FILE = 'xiantao-gongbao.txt';
let root: string;
let first: { ok: boolean; output: string };
const snapshot = () => ({
  listing: readdirSync(join(root, 'dist')).sort(),
  home: readFileSync(join(root, 'dist/index.html'), 'utf8'),
  measures: readFileSync(join(root, 'dist/data/measures.json'), 'utf8'),
});
let published: ReturnType<typeof snapshot>;
const leftovers = () => readdirSync(root).filter((n) => n.startsWith('dist.') || n === '.build.lock');

/** `npm run build` in the background; resolves once its temporary dist folder exists (Astro has started writing). */
async function startBuild(): Promise<{ child: ChildProcess; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ZCQD_STRICT: '' },
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const tmp = join(root, `dist.tmp-${child.pid}`);
  while (!existsSync(tmp) && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
  return { child, exit };
}

beforeAll(() => {
  root = siteProject([
    { file: FILE, bytes: readFileSync('tests/fixtures/gazette-third.txt'), entry: { file: FILE, jurisdiction: '仙桃市' } },
  ]);
  first = runBuild(root);
  published = snapshot();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build that passes', () => {
  it('publishes dist/ whole and leaves no temporary folder or lock', () => {
    expect(first.output).toMatch(/coverage: every line of 1 sources \(\d+ characters\) is on its page and in the open data/);
    expect(first.ok).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});

describe('two builds at once', () => {
  it('the second is refused at once, naming the first', () => {
    // The test process holds the lock as a running build would (its pid is alive).
    const held = acquireLock(join(root, '.build.lock'), 'build');
    const second = runBuild(root);
    held.release();
    expect(second.ok).toBe(false);
    expect(second.output).toMatch(
      new RegExp(`build REFUSED: \\.build\\.lock: another build \\(pid ${process.pid}, since .*\\) is running`),
    );
    expect(snapshot()).toEqual(published);
  });
});

describe('a build stopped while Astro writes pages', () => {
  it('with SIGTERM (Ctrl-C alike) removes its temporary folder and lock, and leaves dist/ as it was', async () => {
    const running = await startBuild();
    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(143);
    expect(snapshot()).toEqual(published);
    // The lock is gone. The temporary folder is removed by the build as it stops; a write
    // Astro had in flight may land after that and leave part of it, which the next build
    // removes (below) — dist/ itself is never touched.
    expect(leftovers().filter((n) => n !== `dist.tmp-${running.child.pid}`)).toEqual([]);
  });
});

describe('a build killed outright (kill -9)', () => {
  it('leaves dist/ as it was; the next build removes what it left and takes over its lock', async () => {
    const running = await startBuild();
    running.child.kill('SIGKILL');
    await running.exit;
    expect(snapshot()).toEqual(published);
    // Its lock and its temporary folder are left; any earlier leftover was removed when it started.
    expect(leftovers().sort()).toEqual(['.build.lock', `dist.tmp-${running.child.pid}`]);
    // The next build is the patched one below: it must clean up before it fails.
  });
});

describe('the coverage check runs on the built pages (control: an extractor that drops text)', () => {
  let patched: { ok: boolean; output: string };
  beforeAll(() => {
    // Drop the second sentence of every measure's text. The document records still hold
    // the whole text, so the ingest's own check passes; the published pages do not.
    const file = join(root, 'pipeline/publish/assemble.ts');
    const code = readFileSync(file, 'utf8');
    expect(code).toContain('    text: m.text,\n');
    writeFileSync(file, code.replace('    text: m.text,\n', "    text: m.text.replace(/(。)[^。]+。/, '$1'),\n"));
    patched = runBuild(root);
  });
  it('fails the build, naming the lost lines, their pages and that they are missing from the open data', () => {
    expect(patched.output).toMatch(/ingest OK/);
    expect(patched.ok).toBe(false);
    expect(patched.output).toMatch(/coverage FAILED: \d+ of \d+ characters published as printed, \d+ lines lost/);
    // （一）做强龙头企业 (line 51) lost its second sentence on its page and in measures.json.
    expect(patched.output).toMatch(
      /LOST content\/sources\/xiantao-gongbao\.txt:51: not on its page, not in the open data \/docs\/xianzhengfa-2024-3\/2-1\/: /,
    );
    expect(patched.output).toMatch(/build FAILED: dist\/ left as it was/);
  });
  it('publishes nothing: dist/ is the previous site, and the killed build’s leftovers are gone', () => {
    expect(snapshot()).toEqual(published);
    expect(leftovers()).toEqual([]);
  });
});

describe('astro build on its own', () => {
  const astroBuild = () => {
    try {
      execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: root,
        stdio: 'pipe',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      return 'built';
    } catch (e) {
      return String((e as { stdout?: Buffer }).stdout ?? '') + String((e as { stderr?: Buffer }).stderr ?? '');
    }
  };
  it('refuses what the failed build’s ingest wrote', () => {
    expect(astroBuild()).toMatch(/refusing to build: the last build failed after this ingest \(coverage FAILED: /);
    expect(snapshot()).toEqual(published);
  });
  it('refuses an ingest report older than a source', () => {
    const source = join(root, 'content/sources', FILE);
    writeFileSync(source, readFileSync(source, 'utf8').replace('做强龙头企业', '做大龙头企业'));
    expect(astroBuild()).toMatch(
      /refusing to build: content\/generated\/ is stale — changed since the last ingest: content\/sources\/xiantao-gongbao\.txt \(changed\)/,
    );
    expect(snapshot()).toEqual(published);
  });
});

describe('npm run serve', () => {
  it('serves dist/ and, stopped with SIGTERM, exits and leaves nothing listening', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const child = spawn(process.execPath, ['scripts/serve.ts'], { cwd: root, stdio: 'pipe', env: { ...process.env, PORT: String(port) } });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    while (!out.includes(`127.0.0.1:${port}`) && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(published.home);
    child.kill('SIGTERM');
    // Vite's preview server answers SIGTERM itself (exit 143), ours with 0: either way it ends.
    expect([0, 143]).toContain(await exit);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});
