import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodePage } from './charset.ts';

const page = (charset: string, text: string) =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>${text}</p></body></html>`;

describe('decodePage', () => {
  it('decodes a page declared gb2312 as GB18030, including a character GB2312 lacks (镕)', () => {
    const bytes = iconv.encode(page('gb2312', '鞍立政发〔2023〕2号 朱镕基'), 'gb18030');
    expect(declaredCharset(bytes)).toBe('gb2312');
    const d = decodePage(bytes, 'x.html');
    expect(d).toMatchObject({ encoding: 'gb18030', declared: 'gb2312' });
    expect(d.text).toContain('鞍立政发〔2023〕2号 朱镕基');
  });
  it('reads <meta charset="utf-8"> and an undeclared UTF-8 page', () => {
    expect(decodePage(new TextEncoder().encode('<meta charset="utf-8"><p>谯城区</p>'), 'x.html').encoding).toBe('utf-8');
    expect(decodePage(new TextEncoder().encode('<p>谯城区</p>'), 'x.html').declared).toBeNull();
  });
  it('refuses a charset it would decode as garbage (Big5), naming the file', () => {
    expect(() => decodePage(iconv.encode(page('big5', '臺北'), 'big5'), 'content/sources/x.html')).toThrow(
      'content/sources/x.html:1: page declares charset=big5; only UTF-8 and GB2312/GBK/GB18030 pages are read',
    );
  });
});
