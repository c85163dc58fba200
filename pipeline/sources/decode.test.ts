import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
// 钟祥市财政局 in GB18030, bytes taken from a GB18030 encoder.
const GB18030_ZHONGXIANG = Uint8Array.from([0xd6, 0xd3, 0xcf, 0xe9, 0xca, 0xd0, 0xb2, 0xc6, 0xd5, 0xfe, 0xbe, 0xd6]);
const lines = (file: string, from: number, to: number) =>
  readFileSync(`content/sources/${file}`, 'utf8').split('\n').slice(from, to).join('\n');
// The head of the textile opinion (天政发〔2023〕1号) and of 东莞's opinion, printed in traditional characters.
const TIANMEN = lines('tianmen-gongbao-2023-01.txt', 40, 60);
const DONGGUAN = lines('guangdong-dongguan-2021-wenjiuye-shishi-yijian.txt', 0, 12);

describe('decodeSource', () => {
  it('reads plain UTF-8 with LF unchanged', () => {
    expect(decodeSource(utf8('标题\n\t序号\n'), 'a.txt')).toEqual({ text: '标题\n\t序号\n', encoding: 'utf-8', lineEndings: 'lf' });
  });
  it('strips a UTF-8 BOM and says so', () => {
    const r = decodeSource(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('标题\n')]), 'a.txt');
    expect(r.text).toBe('标题\n');
    expect(r.encoding).toBe('utf-8-bom');
  });
  it('turns CRLF into LF', () => {
    const r = decodeSource(utf8('标题\r\n\t序号\r\n'), 'a.txt');
    expect(r.text).toBe('标题\n\t序号\n');
    expect(r.lineEndings).toBe('crlf');
  });
  it('decodes GB18030 when the bytes are not UTF-8', () => {
    const r = decodeSource(new Uint8Array(iconv.encode(TIANMEN, 'gb18030')), 'a.txt');
    expect(r.text).toBe(TIANMEN);
    expect(r.text).toContain('关于支持纺织服装产业高质量发展的若干意见');
    expect(r.encoding).toBe('gb18030');
  });
  it('decodes Big5 as Big5, never as GB18030 garbage', () => {
    const r = decodeSource(new Uint8Array(iconv.encode(DONGGUAN, 'big5')), 'a.txt');
    expect(r.text).toBe(DONGGUAN);
    expect(r.text.split('\n')[1]).toBe('東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見');
    expect(r.encoding).toBe('big5');
  });
  it('refuses Shift-JIS with what it looks like', () => {
    const japanese =
      '東京都は、新型コロナウイルス感染症対策として、休業要請に応じた中小企業等に対し、協力金を支給します。\n申請期間は令和二年六月十五日までです。\n';
    expect(() => decodeSource(new Uint8Array(iconv.encode(japanese, 'shift_jis')), 'a.txt')).toThrow(
      /^a\.txt: file is not UTF-8, and it looks like Shift_JIS \(confidence \d+%\), not clearly Chinese in GB18030 or Big5; save it as UTF-8/,
    );
  });
  it('refuses a legacy-encoded text too short to tell GB18030 from Big5 (钟祥市财政局, 12 bytes)', () => {
    expect(() => decodeSource(GB18030_ZHONGXIANG, 'a.txt')).toThrow(/^a\.txt: file is not UTF-8, and its encoding cannot be told/);
  });
  it('rejects an empty file with file:line', () => {
    expect(() => decodeSource(new Uint8Array(), 'content/sources/x.txt')).toThrow('content/sources/x.txt:1: file is empty');
  });
  it('rejects a whitespace-only file', () => {
    expect(() => decodeSource(utf8(' \n\n'), 'x.txt')).toThrow(/^x\.txt: file has no text/);
  });
  it('rejects a NUL byte with its line', () => {
    expect(() => decodeSource(utf8('a\nb\u0000'), 'x.txt')).toThrow('x.txt:2: file contains a NUL byte');
  });
});
