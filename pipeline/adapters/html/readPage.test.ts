import { describe, expect, it } from 'vitest';
import { readPage, textNodes } from './readPage.ts';

const page = (body: string, head = '') => readPage(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'x.html');

describe('readPage', () => {
  it('keeps paragraphs and <br> as lines, leaves navigation, widgets and hidden blocks out, declared', () => {
    const p = page(
      `<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a></div>
       <div id="zoom"><p>立山区人民政府</p><p>2023年3月28日<br>（此件公开发布）</p>
       <div style="display:none"><p>附件：</p></div></div>
       <div>【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</div>`,
    );
    expect(p.lines).toEqual(['立山区人民政府', '2023年3月28日', '（此件公开发布）']);
    expect(p.leftOut.map((l) => `${l.reason}:${l.text}`)).toEqual([
      'hidden:附件：',
      'navigation:首页 | 政务公开',
      'chrome:【打印本页】 【关闭窗口】',
    ]);
  });

  it('reads the information table into the metadata, whatever its labels look like (索&nbsp;引&nbsp;号, 文号: empty)', () => {
    const p = page(
      `<table><tr><td>索&nbsp;引&nbsp;号</td><td>MB1534522/2023-05475</td><td>发文日期</td><td>2023-01-03</td></tr>
       <tr><td>文&nbsp;&nbsp;号</td><td>蔡政办〔2023〕1号</td><td>公开日期:</td><td>2023年01月05日</td></tr></table>
       <ul><li><span>文号:</span><span></span></li><li><span>发布机构:</span><span>区人民政府办公室</span></li></ul>
       <div><p>各街道办事处、乡人民政府,区人民政府各部门、各直属机构:</p><p>一、各责任单位要高度重视,切实加强领导。</p></div>`,
      '<link rel="canonical" href="https://www.caidian.gov.cn/t20230208_2147809.shtml">',
    );
    expect(p.meta).toMatchObject({
      wenhao: '蔡政办〔2023〕1号',
      date: '2023-01-03',
      published: '2023-01-05',
      indexNumber: 'MB1534522/2023-05475',
      issuer: '区人民政府办公室',
      url: 'https://www.caidian.gov.cn/t20230208_2147809.shtml',
    });
    expect(p.lines).toEqual(['各街道办事处、乡人民政府,区人民政府各部门、各直属机构:', '一、各责任单位要高度重视,切实加强领导。']);
  });

  it('starts the body at the element carrying the page title nearest the text, with the red head above it', () => {
    const p = page(
      `<div class="banner">立山区人民政府关于印发方案的通知</div>
       <div class="main"><div class="hongtou"><p>鞍山市立山区人民政府文件</p><p>鞍立政发〔2023〕2号</p><p>立山区人民政府关于印发方案的通知</p></div>
       <div class="TRS_Editor"><p>立山经济开发区,各街道办事处:</p><p>经区政府同意,现将方案印发给你们,请认真贯彻落实。</p><p>为全面贯彻落实党的二十大精神,深入贯彻中央、省市工作会议精神和市委十三届五次全会精神、区委十五届四次全会精神,认真贯彻国家、省、市关于2023年重点工作部署,做好今年政府工作,现就全区2023年重点工作,制定分工方案如下。</p></div></div>`,
      '<meta name="ArticleTitle" content="立山区人民政府关于印发方案的通知">',
    );
    expect(p.lines.slice(0, 3)).toEqual(['鞍山市立山区人民政府文件', '鞍立政发〔2023〕2号', '立山区人民政府关于印发方案的通知']);
    expect(p.leftOut).toEqual([{ reason: 'outside-body', text: '立山区人民政府关于印发方案的通知', line: 1 }]);
  });

  it('turns a task table into cells: a rowspan continues downward (mergedUp), a full-width row is a heading between two parts', () => {
    const p = page(
      `<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr>
       <tr><td colspan="3">一、加快财政支出进度</td></tr>
       <tr><td>1</td><td rowspan="2">明确资金办理时限。</td><td><p>市财政局</p><p>市税务局</p></td></tr>
       <tr><td>2</td><td>市财政局</td></tr></table>`,
    );
    expect(p.lines).toEqual([
      '\t序号',
      '\t重点任务',
      '\t牵头单位',
      '一、加快财政支出进度',
      '\t1',
      '\t明确资金办理时限。',
      '\t市财政局',
      '市税务局',
      '\t2',
      '\t',
      '\t市财政局',
    ]);
    expect(p.tables.map((t) => [t.lines, t.rows.length])).toEqual([
      [[1, 3], 0],
      [[5, 11], 2],
    ]);
    expect(p.tables[1]!.rows[1]![1]).toEqual({ text: '明确资金办理时限。', lines: [6, 6], mergedUp: true });
    expect(p.tables[1]!.rows[0]![2]).toEqual({ text: '市财政局\n市税务局', lines: [7, 8] });
  });

  it('accounts for every text node of the page: in the lines or declared left out, whole (a long navigation line too)', () => {
    const links = Array.from({ length: 12 }, (_, k) => `<a href="/l${k}">栏目${k}政务公开信息</a>`).join(' ');
    const html = `<!DOCTYPE html><html><head><title>通知</title><script>var x = "不是正文";</script></head><body>
       <div class="nav">${links}</div>
       <div id="zoom"><p>各乡镇人民政府:</p><p>一、加快财政支出进度。<span style="display:none">隐藏文字</span></p>
       <img alt="二维码" src="qr.png"></div>
       <div>【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</div></body></html>`;
    const p = readPage(html, 'x.html');
    const nodes = textNodes(html);
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(nodes.map((n) => n.line)).toEqual([...Array<number>(12).fill(2), 3, 3, 3, 5, 5, 5, 5, 5]);
    const navigation = p.leftOut.find((l) => l.reason === 'navigation')!;
    expect(squash(navigation.text)).toBe(Array.from({ length: 12 }, (_, k) => `栏目${k}政务公开信息`).join(''));
    // Characters add up: the page's text = the lines + what was declared (the image's alt text is no text node).
    const size = (xs: string[]) => xs.reduce((n, x) => n + squash(x).length, 0);
    expect(size(nodes.map((n) => n.text))).toBe(size(p.lines) + size(p.leftOut.filter((l) => l.reason !== 'image').map((l) => l.text)));
    expect(p.lines).toEqual(['各乡镇人民政府:', '一、加快财政支出进度。']);
  });
});
