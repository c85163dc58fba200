// The `id` Pagefind filter: a page's own id, so that a search can be restricted to named pages
// (the measures whose amounts match in a mixed query such as 补贴 1000元, the documents a 文号
// names, the pages citing one). Every filter value costs: its chunk is loaded and its values
// counted with each search that uses it — 50,800 values at 100× the bundled corpus. So only the
// pages such a search can ask for carry it: measures with an amount, measures citing a 文号
// (the side index's citations read the same text), and documents (a 文号 pins its document);
// 16% of the pages at 100×.
import type { Measure } from '../../pipeline/schema.ts';
import { wenhaoIn } from './query.ts';

export function measureCarriesId(m: Pick<Measure, 'amounts' | 'text'>): boolean {
  return m.amounts.length > 0 || wenhaoIn(m.text).length > 0;
}
