// The `id` Pagefind filter: a page's own id, so that a search can be restricted to named pages
// (the documents a 文号 names, the pages citing one). Every filter value costs: its chunk is
// loaded and its values counted with each search that uses it — 50,800 values at 100× the
// bundled corpus when every page carried one. So only the pages such a search can ask for
// carry it: measures citing a 文号 (the side index's citations read the same text) and
// documents (a 文号 pins its document). Measures with an amount no longer need it: a mixed
// query (补贴 1000元) ranks its amount matches by their texts from the amount index
// (engine.ts #mixed), not with a Pagefind search restricted to their ids; nor do chain pages.
import type { Measure } from '../../pipeline/schema.ts';
import { wenhaoIn } from './query.ts';

export function measureCarriesId(m: Pick<Measure, 'text'>): boolean {
  return wenhaoIn(m.text).length > 0;
}
