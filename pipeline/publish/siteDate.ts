// The site's update date: the day its validity statuses are computed against and the date
// its pages state (截至2026年11月25日). Never the build clock, so that the same sources and
// the same commit build the same site (reproducible builds):
//   1. SOURCE_DATE_EPOCH, the reproducible-builds convention, when set;
//   2. else the commit date of HEAD (git log -1 --format=%cI);
//   3. else the newest full date the sources print (a document's signing date, an issue's date).
// A moment becomes a date in China Standard Time (UTC+8, no daylight saving): the sources are
// Chinese government texts, and a commit at 2026-11-25T20:00Z is already the 26th in Beijing.
import { execFileSync } from 'node:child_process';
import type { SiteInfo } from '../schema.ts';

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The China Standard Time date (yyyy-mm-dd) of a moment. */
export function chinaDate(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

export interface SiteDateInputs {
  /** the SOURCE_DATE_EPOCH environment variable, as given */
  sourceDateEpoch?: string | undefined;
  /** `git log -1 --format=%cI`, or null outside a repository */
  commitDate?: string | null;
  /** every date the sources print, ISO (yyyy, yyyy-mm or yyyy-mm-dd) */
  sourceDates?: Array<string | null>;
}

/** Which date the site states, and where it comes from. */
export function siteDate(inputs: SiteDateInputs): Pick<SiteInfo, 'asOf' | 'asOfFrom'> {
  const epoch = inputs.sourceDateEpoch?.trim();
  if (epoch) {
    // The convention: a decimal count of seconds since 1970-01-01T00:00:00Z; anything else is an error.
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH=${epoch}: not a Unix timestamp (whole seconds since 1970-01-01 UTC)`);
    return { asOf: chinaDate(Number(epoch) * 1000), asOfFrom: 'SOURCE_DATE_EPOCH' };
  }
  if (inputs.commitDate) {
    const ms = Date.parse(inputs.commitDate);
    if (!Number.isNaN(ms)) return { asOf: chinaDate(ms), asOfFrom: 'commit' };
  }
  const full = (inputs.sourceDates ?? []).filter((d): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (full.length) return { asOf: full.at(-1)!, asOfFrom: 'sources' };
  return { asOf: null, asOfFrom: 'none' };
}

/** The commit date of HEAD in `root` (strict ISO 8601), or null when `root` is not in a git repository. */
export function headCommitDate(root: string): string | null {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
    return out.trim() || null;
  } catch {
    return null;
  }
}
