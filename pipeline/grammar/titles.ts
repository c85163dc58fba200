// A document title as a reader needs it out of context. A gazette prints its documents'
// titles without the place — the masthead says it: 市人民政府关于支持纺织服装产业
// 高质量发展的若干意见 in 天门市人民政府公报. In a list, a <title>, a search card or a citation
// that title could be any city's, so there it is given with its place:
// 天门市人民政府关于支持纺织服装产业高质量发展的若干意见. The document page keeps the title as printed.
import { foldText } from '../text/fold.ts';

// A title opening with the issuer's rank word alone: 市人民政府…, 县政府办公室…, 区人民政府…
const RANK_ONLY = /^\s*([省市县区州盟旗])\s*(?:人\s*民\s*)?政\s*府/;

/** The title with its place put in front where it opens with the rank word alone; else the title as printed. */
export function titleWithPlace(title: string, place: { name: string }): string {
  const m = RANK_ONLY.exec(foldText(title));
  if (!m || !place.name.endsWith(m[1]!)) return title;
  const at = title.indexOf(title.trimStart()[0]!);
  return title.slice(0, at) + place.name.slice(0, -1) + title.slice(at);
}
