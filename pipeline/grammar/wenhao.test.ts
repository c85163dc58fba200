import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { headlineWenhao, isWenhaoLine, parseWenhao, wenhaoOfLine, wenhaoParts } from './wenhao.ts';

describe('文号', () => {
  it('recognises 文号 lines, damaged ones included, and nothing else', () => {
    expect(isWenhaoLine('天政办发〔2023〕1号')).toBe(true);
    expect(isWenhaoLine('  仙政发〔2024〕3号  ')).toBe(true);
    expect(isWenhaoLine('天政发〔20231')).toBe(true);
    expect(isWenhaoLine('鄂政办发[2019]16号')).toBe(true);
    expect(isWenhaoLine('(天政办发〔2020〕9号)同时废止。')).toBe(false);
    expect(isWenhaoLine('文号')).toBe(false);
    expect(isWenhaoLine('2023年1月9日')).toBe(false);
  });

  it('normalises a well-formed 文号 without complaint', () => {
    expect(parseWenhao('天政办函〔2023〕5号')).toEqual({ wenhao: '天政办函〔2023〕5号', year: 2023, problems: [] });
  });

  it('recovers the serial of a 文号 whose 〕 and 号 were lost, and says so', () => {
    const p = parseWenhao('天政发〔20231');
    expect(p.wenhao).toBe('天政发〔2023〕1号');
    expect(p.problems).toEqual(['缺少“〕”', '缺少“号”']);
  });

  it('normalises other brackets, and gives up when there is no serial', () => {
    expect(parseWenhao('鄂政办发[2019]16号')).toMatchObject({ wenhao: '鄂政办发〔2019〕16号', problems: ['括号“[]”应为“〔〕”'] });
    expect(parseWenhao('天政发〔2023〕')).toMatchObject({ wenhao: null, problems: ['缺少“号”'] });
  });
});

describe('文号 as traditional-character mirrors print it', () => {
  it('reads 號 and full-width brackets', () => {
    expect(isWenhaoLine('韶府〔2019〕31號')).toBe(true);
    expect(parseWenhao('粵府〔2021〕13號')).toMatchObject({ wenhao: '粵府〔2021〕13号', problems: [] });
    expect(parseWenhao(foldText('粵府〔2021〕13號')).wenhao).toBe('粤府〔2021〕13号');
  });
});

describe('wenhaoParts', () => {
  it('splits a 文号 into issuer, year and serial for permalinks', () => {
    expect(wenhaoParts('天政办发〔2023〕1号')).toEqual({ issuer: '天政办发', year: 2023, serial: 1 });
    expect(wenhaoParts('津政办发[2023]5号')).toEqual({ issuer: '津政办发', year: 2023, serial: 5 });
    expect(wenhaoParts('督察通报第十七期')).toBeNull();
  });
});

describe('文号 lines as web pages print them', () => {
  it('in parentheses under the title (韶关), or followed by the page date (天津)', () => {
    expect(wenhaoOfLine('(韶府〔2019〕31號)')).toBe('韶府〔2019〕31號');
    expect(wenhaoOfLine('津政办规〔2023〕4号           2023-04-11')).toBe('津政办规〔2023〕4号');
    expect(parseWenhao('津政办规〔2023〕4号           2023-04-11').wenhao).toBe('津政办规〔2023〕4号');
    expect(wenhaoOfLine('(国办发〔2022〕10号)精神')).toBeNull();
  });
  it('a headline glued to the title (立山)', () => {
    expect(headlineWenhao('鞍立政发〔2023〕2号立山区人民政府关于印发立山区政府2023年重点工作任务分解和责任分工方案的通知')).toMatchObject({
      wenhao: '鞍立政发〔2023〕2号',
    });
    expect(headlineWenhao('津政办规[2023]4号 天津市人民政府办公厅关于印发天津市推动制造业高质量发展若干政策措施的通知')?.wenhao).toBe(
      '津政办规[2023]4号',
    );
    expect(headlineWenhao('天政办发〔2023〕1号')).toBeNull();
  });
});
