// When the site first published a source: the date of the commit that added its file
// (git), which is the same on every build of the same history — unlike the build clock.
// Outside a repository (a test's throw-away project) or for a file not yet committed, it
// returns null and the caller decides.
import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | null>();

export function firstCommitted(file: string): Date | null {
  if (!cache.has(file)) {
    let date: Date | null = null;
    try {
      const out = execFileSync('git', ['log', '--diff-filter=A', '--follow', '--format=%cI', '--', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      const last = out.split('\n').filter(Boolean).at(-1);
      if (last) date = new Date(last);
    } catch {
      date = null;
    }
    cache.set(file, date);
  }
  return cache.get(file)!;
}
