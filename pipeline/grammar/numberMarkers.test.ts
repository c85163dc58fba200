import { describe, expect, it } from 'vitest';
import { decimalDepth, labelFor, numberSlug, parseNumberMarker } from './numberMarkers.ts';

describe('parseNumberMarker', () => {
  const m = (line: string) => {
    const r = parseNumberMarker(line);
    return r && [r.number, r.style, r.value, r.prefix, r.rest];
  };
  it('recognises the styles of official documents, in both widths', () => {
    expect(m('一、加强资金支持')).toEqual(['一', '一、', 1, null, '加强资金支持']);
    expect(m('(十七)物业费、宿舍租赁费优惠。')).toEqual(['十七', '(一)', 17, null, '物业费、宿舍租赁费优惠。']);
    expect(m('（二）建设检测平台。')).toEqual(['二', '(一)', 2, null, '建设检测平台。']);
    expect(m('120.纵深推进政府系统党风廉政建设')).toEqual(['120', '1.', 120, null, '纵深推进政府系统党风廉政建设']);
    expect(m('2．负责产业集群企业的统计监测。')).toEqual(['2', '1.', 2, null, '负责产业集群企业的统计监测。']);
    expect(m('  1. 健康防护指引')).toEqual(['1', '1.', 1, null, '健康防护指引']);
    expect(m('(4)市财政局:负责')).toEqual(['4', '(1)', 4, null, '市财政局:负责']);
    expect(m('16)天门经济开发区:落实')).toEqual(['16', '1)', 16, null, '天门经济开发区:落实']);
    expect(m('3、加强宣传')).toEqual(['3', '1、', 3, null, '加强宣传']);
    expect(m('②强化督办')).toEqual(['②', '①', 2, null, '强化督办']);
    expect(m('第三条 本办法自印发之日起施行')).toEqual(['三', '第一条', 3, null, '本办法自印发之日起施行']);
  });
  it('reads decimal outlines, a bare number heading their first level', () => {
    expect(m('1总则')).toEqual(['1', '1', 1, null, '总则']);
    expect(m('1.1编制目的')).toEqual(['1.1', '1.1', 1, '1', '编制目的']);
    expect(m('3.4 预警条件')).toEqual(['3.4', '1.1', 4, '3', '预警条件']);
    expect(m('4.3.1 Ⅲ级响应措施')).toEqual(['4.3.1', '1.1.1', 1, '4.3', 'Ⅲ级响应措施']);
    expect(m('7.1 人力资源保障')).toEqual(['7.1', '1.1', 1, '7', '人力资源保障']);
  });
  it('does not take quantities and ordinary text for numbers', () => {
    expect(parseNumberMarker('2023年,全市经济社会发展主要预期目标为:')).toBeNull();
    expect(parseNumberMarker('2023《政府工作报告》重点任务')).toBeNull();
    expect(parseNumberMarker('1.5万人次参加培训。')).toBeNull();
    expect(parseNumberMarker('3万单以上的企业')).toBeNull();
    expect(parseNumberMarker('12个乡镇完成整治,验收合格。')).toBeNull();
    expect(parseNumberMarker('黄色预警:预测日AQI>200')).toBeNull();
    expect(parseNumberMarker('一、')).toBeNull();
  });
});

describe('labels and slugs', () => {
  it('cites numbers the way readers do', () => {
    expect(labelFor('七', '(一)')).toBe('（七）');
    expect(labelFor('一', '一、')).toBe('一、');
    expect(labelFor('1', '1.')).toBe('1.');
    expect(labelFor('4', '(1)')).toBe('（4）');
    expect(labelFor('16', '1)')).toBe('（16）');
    expect(labelFor('1.1', '1.1')).toBe('1.1');
    expect(labelFor('三', '第一条')).toBe('第三条');
  });
  it('turns printed numbers into ASCII slugs', () => {
    expect(numberSlug('十七')).toBe('17');
    expect(numberSlug('4.3.1')).toBe('4-3-1');
    expect(numberSlug('120')).toBe('120');
    expect(numberSlug('⑤')).toBe('5');
  });
  it('knows decimal styles by depth', () => {
    expect(decimalDepth('1')).toBe(1);
    expect(decimalDepth('1.1.1')).toBe(3);
    expect(decimalDepth('1.')).toBeNull();
    expect(decimalDepth('(1)')).toBeNull();
  });
});
