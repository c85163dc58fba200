// dist/ is replaced whole, never written in place: the build writes a sibling folder
// (dist.tmp-<pid>) and swaps it in with two renames, so a server reading dist/ sees the
// old site or the new one — for the instant between the renames, no folder, never half a
// site — and an interrupted build leaves the old dist/ as it was. Leftovers of builds that
// died (their pid no longer alive) are removed before the next one starts.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const tempDirFor = (dest: string, pid = process.pid) => `${dest}.tmp-${pid}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove `dest.tmp-<pid>` and `dest.old-<pid>` folders whose process is gone. */
export function removeLeftovers(dest: string): string[] {
  const dir = dirname(dest);
  const pattern = new RegExp(`^${basename(dest).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)$`);
  const removed: string[] = [];
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** Put the folder `built` in the place of `dest` (which may not exist), and remove the old one. */
export function replaceDir(built: string, dest: string): void {
  const old = `${dest}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dest)) renameSync(dest, old);
  renameSync(built, dest);
  rmSync(old, { recursive: true, force: true });
}
