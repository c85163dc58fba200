// One build at a time: `npm run build` and `npm run ingest` take .build.lock, a file
// holding the process id of the holder, created exclusively (open with O_EXCL). A second
// build while one runs stops at once and names the first, instead of interleaving two
// writes of content/generated/ and dist/. A lock left by a process that died (kill -9, a
// power cut) is taken over: its pid is no longer alive.
//
// Written by hand rather than with proper-lockfile: that library tells a dead holder by
// the lock's modification time, which its holder refreshes on a timer — a timer a long
// synchronous ingest (seconds on a province's corpus) cannot run, so a live build would
// look dead. On one machine, whether the pid is alive is exact.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export interface Lock {
  path: string;
  release(): void;
}

interface Holder {
  pid: number;
  what: string;
  since: string;
}

export class LockedError extends Error {
  constructor(path: string, holder: Holder) {
    super(`${path}: another ${holder.what} (pid ${holder.pid}, since ${holder.since}) is running; wait for it to finish, or stop it`);
    this.name = 'LockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

function readHolder(path: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Holder;
    return Number.isInteger(h.pid) ? h : null;
  } catch {
    return null;
  }
}

/** Take the lock at `path` for `what` ("build", "ingest"), or throw LockedError naming its holder. */
export function acquireLock(path: string, what: string): Lock {
  const me: Holder = { pid: process.pid, what, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(path);
      if (holder && alive(holder.pid)) throw new LockedError(path, holder);
      // Left behind by a process that died (or half-written by one being killed): take it over once.
      if (attempt > 0) throw new LockedError(path, holder ?? { pid: -1, what: 'process', since: 'unknown' });
      rmSync(path, { force: true });
    }
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return { path, release };
}
