// Measures by deadline, for /deadlines/: by month (a day falls in its month; a year alone
// after that year's months), then 持续推进, then wording that is no date (第四季度 …), then
// no deadline at all — and inside each, by place and by lead agency, with counts. A
// journalist asks "what was due by 2022年12月, and who leads it?" without typing a search.
import type { Measure } from '../../pipeline/schema.ts';

export type DeadlineGroupKey = `${number}-${number}` | `${number}` | 'ongoing' | 'other' | 'none';

/** The group of a deadline: 2022-06-30 → 2022-06, 2022 → 2022, ongoing, other (wording), none. */
export function deadlineGroup(d: Measure['deadline']): DeadlineGroupKey {
  if (!d) return 'none';
  if (d.normalized === 'ongoing') return 'ongoing';
  if (!d.normalized) return d.raw.trim() ? 'other' : 'none';
  return d.normalized.slice(0, 7) as DeadlineGroupKey;
}

/** Order of groups: time (a year after its months), then ongoing, other, none. */
function groupRank(key: DeadlineGroupKey): string {
  if (/^\d{4}-\d{2}$/.test(key)) return `0${key}`;
  if (/^\d{4}$/.test(key)) return `0${key}-13`;
  return { ongoing: '1', other: '2', none: '3' }[key as 'ongoing' | 'other' | 'none'];
}

export interface AgencyBucket {
  /** agency id, or null for a group reference or an unnamed lead */
  agency: string | null;
  name: string;
  measures: Measure[];
}

export interface PlaceBucket {
  place: string;
  measures: Measure[];
  /** by lead agency, most measures first; a measure led by two agencies is under both */
  agencies: AgencyBucket[];
}

export interface DeadlineGroup {
  key: DeadlineGroupKey;
  measures: Measure[];
  places: PlaceBucket[];
}

const collator = new Intl.Collator('zh-CN');

function bucket<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const k of keysOf(item)) (map.get(k) ?? map.set(k, []).get(k)!).push(item);
  return map;
}

/**
 * Measures grouped by deadline, place and lead agency. `placeOf` names a measure's place
 * (its document's), `agencyName` an agency id; `noLead` labels measures with no lead named.
 */
export function groupByDeadline(
  measures: Measure[],
  placeOf: (m: Measure) => string,
  agencyName: (id: string) => string,
  noLead: string,
): DeadlineGroup[] {
  const byBucket = [...bucket(measures, (m) => [deadlineGroup(m.deadline)])];
  return byBucket
    .map(([key, ms]) => ({
      key: key as DeadlineGroupKey,
      measures: ms,
      places: [...bucket(ms, (m) => [placeOf(m)])]
        .map(([place, pm]): PlaceBucket => {
          const leads = bucket(pm, (m) =>
            m.lead.length || m.leadGroups.length ? [...m.lead.map((id) => `id:${id}`), ...m.leadGroups.map((g) => `group:${g}`)] : ['none'],
          );
          const agencies = [...leads]
            .map(([k, am]): AgencyBucket => {
              if (k.startsWith('id:')) return { agency: k.slice(3), name: agencyName(k.slice(3)), measures: am };
              return { agency: null, name: k === 'none' ? noLead : k.slice(6), measures: am };
            })
            .sort((a, b) => b.measures.length - a.measures.length || collator.compare(a.name, b.name));
          return { place, measures: pm, agencies };
        })
        .sort((a, b) => b.measures.length - a.measures.length || collator.compare(a.place, b.place)),
    }))
    .sort((a, b) => (groupRank(a.key) < groupRank(b.key) ? -1 : groupRank(a.key) > groupRank(b.key) ? 1 : 0));
}
