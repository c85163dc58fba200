import { describe, expect, it } from 'vitest';
import { findConditionClause } from './conditions.ts';

// 天政发〔2023〕1号 section 四 (source line 91), as its own text after the number 四、.
const SECTION_4 =
  '鼓励集聚发展\n鼓励服装生产加工类企业、服装电商企业、面辅料企业或其它服装供应链企业入驻国投产业园集聚发展。具备以下条件之一的可以入驻,并享受相关优惠政策:服装生产加工类企业从业人员不少于50人;服装电商企业月发货量不少于3万单或直播间不少于5个;面料企业年销售额不低于500万元;辅料企业年销售额不低于200万元;纺织服装产业链专班认定的其它服装供应链企业。';

describe('findConditionClause', () => {
  it('reads the 国投产业园 conditions of the textile opinion’s section 四, from 具备 to the end of the list', () => {
    const c = findConditionClause(SECTION_4)!;
    expect(c.text.startsWith('具备以下条件之一的可以入驻,并享受相关优惠政策:服装生产加工类企业从业人员不少于50人;')).toBe(true);
    expect(c.text.endsWith('辅料企业年销售额不低于200万元;纺织服装产业链专班认定的其它服装供应链企业。')).toBe(true);
    expect(SECTION_4.slice(c.start, c.end)).toBe(c.text);
  });
  it('passes nothing down where the children are the conditions (天政办发〔2023〕2号 8.1, 9.1)', () => {
    expect(findConditionClause('表彰\n对在重污染天气应急处置工作中有下列事迹之一的单位和个人,依据有关规定给予表扬:')).toBeNull();
    expect(findConditionClause('预案编制\n预案文本内容按照有关规定进行动态更新完善。有下列情形之一的,应当及时进行预案修订:')).toBeNull();
    expect(findConditionClause('符合下列条件的企业,可享受以下政策:')).toBeNull();
  });
  it('reads 对…的 introducing the benefits listed under it', () => {
    expect(findConditionClause('支持企业上市。对在境内外上市的本地企业,给予以下奖励:')?.text).toBe(
      '对在境内外上市的本地企业,给予以下奖励:',
    );
  });
  it('reads traditional characters', () => {
    expect(findConditionClause('具備下列條件的,可申請:註冊地在本市;納稅信用A級。')?.text).toBe(
      '具備下列條件的,可申請:註冊地在本市;納稅信用A級。',
    );
  });
  it('finds nothing in a heading or a plain provision', () => {
    expect(findConditionClause('加强资金支持')).toBeNull();
    expect(findConditionClause('对纺织服装企业年销售收入首次达到5000万元的,一次性奖励企业5万元。')).toBeNull();
  });
});
