// Conditions a provision states for the items under it (适用条件). The textile opinion's
// section 四 (天政发〔2023〕1号) is the model:
//
//   四、鼓励集聚发展
//   鼓励…企业入驻国投产业园集聚发展。具备以下条件之一的可以入驻,并享受相关优惠政策:
//   服装生产加工类企业从业人员不少于50人;…;纺织服装产业链专班认定的其它服装供应链企业。
//   (十五)租金减免。对入驻企业5年内,…
//
// The conditions are printed in the parent's own text, after the colon; the children are
// what qualifying bodies receive. Where the colon ends the text (有下列情形之一的,应当…:), the
// children ARE the conditions, and nothing is passed down. Two shapes are read:
//   具备/符合/满足 以下/下列/如下 条件(之一)…: <the conditions>
//   对<who>的,给予/享受/按 以下/下列 …        (对符合条件的入驻企业,给予以下支持:)
import { foldText } from '../text/fold.ts';

export interface ConditionClause {
  /** the clause as printed, from the start of its sentence to the end of the conditions */
  text: string;
  start: number;
  end: number;
}

const LIST_INTRO = /(?:同时)?(?:具备|符合|满足|达到)(?:以下|下列|如下)[^,，:：。；;]{0,6}?(?:条件|标准|要求|资格)(?:之一)?/;
const TARGET_INTRO = /对[^。；;,，:：]{2,40}[,，]\s*(?:可)?(?:给予|享受|按照?|实行|落实)(?:以下|下列|如下)/;

/** The start of the sentence holding offset `at`: after the last 。；;!? or line break before it. */
function sentenceStart(folded: string, at: number): number {
  let k = at;
  while (k > 0 && !/[。；;!?\n]/.test(folded[k - 1]!)) k--;
  while (k < at && /\s/.test(folded[k]!)) k++;
  return k;
}

/**
 * The condition clause of a provision's own text (its words before its first child), or
 * null. `ownText` is the text without the printed number.
 */
export function findConditionClause(ownText: string): ConditionClause | null {
  const folded = foldText(ownText);
  const list = LIST_INTRO.exec(folded);
  if (list) {
    // The conditions follow the colon; without any, the children are the conditions.
    const colon = folded.slice(list.index).search(/[:：]/);
    const after = colon < 0 ? '' : folded.slice(list.index + colon + 1).replace(/[\s。；;.]/g, '');
    if (after.length >= 2) {
      const start = sentenceStart(folded, list.index);
      const end = ownText.trimEnd().length;
      return { text: ownText.slice(start, end), start, end };
    }
  }
  const target = TARGET_INTRO.exec(folded);
  if (target) {
    const start = sentenceStart(folded, target.index);
    const rest = folded.slice(target.index);
    const stop = rest.search(/[。；;]/);
    const end = stop < 0 ? ownText.trimEnd().length : target.index + stop + 1;
    return { text: ownText.slice(start, end), start, end };
  }
  return null;
}
