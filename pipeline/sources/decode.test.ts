import { describe, expect, it } from 'vitest';
import { decodeSource } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
// 钟祥市财政局 in GB18030, bytes taken from a GB18030 encoder.
const GB18030_ZHONGXIANG = Uint8Array.from([0xd6, 0xd3, 0xcf, 0xe9, 0xca, 0xd0, 0xb2, 0xc6, 0xd5, 0xfe, 0xbe, 0xd6]);

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
    const r = decodeSource(GB18030_ZHONGXIANG, 'a.txt');
    expect(r.text).toBe('钟祥市财政局');
    expect(r.encoding).toBe('gb18030');
  });
  it('rejects an empty file with file:line', () => {
    expect(() => decodeSource(new Uint8Array(), 'content/sources/x.txt')).toThrow('content/sources/x.txt:1: file is empty');
  });
  it('rejects a whitespace-only file', () => {
    expect(() => decodeSource(utf8(' \n\n'), 'x.txt')).toThrow('x.txt:1: file has no text');
  });
  it('rejects a NUL byte with its line', () => {
    expect(() => decodeSource(utf8('a\nb\u0000'), 'x.txt')).toThrow('x.txt:2: file contains a NUL byte');
  });
});
