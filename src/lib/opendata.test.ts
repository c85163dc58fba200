import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../pipeline/publish/ingest.ts';
import { makeProject } from '../../tests/support/project.ts';
import { csvCell, measuresCsv, toCsv } from './opendata.ts';

describe('toCsv', () => {
  it('starts with a BOM and quotes commas, quotes and line breaks', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['市财政局,市税务局', '持续\n推进'],
          ['“引号”"', null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"市财政局,市税务局","持续\n推进"\r\n"“引号”""",\r\n');
  });
});

/** RFC 4180 records, for reading back what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe('no CSV cell runs as a formula (OWASP CSV injection)', () => {
  it('prefixes a text cell starting with = + - @ TAB or CR with a quote, and leaves numbers alone', () => {
    expect(['=1+1', '+86', '-持续推进', '@SUM(A1)', '\t=1', '\r=1', '市财政局', '', null].map(csvCell)).toEqual([
      `"'=1+1"`,
      `"'+86"`,
      `"'-持续推进"`,
      `"'@SUM(A1)"`,
      `"'\t=1"`,
      `"'\r=1"`,
      '市财政局',
      '',
      '',
    ]);
    expect([-5, 1e9].map(csvCell)).toEqual(['-5', '1000000000']);
  });
  it('a work-list cell printed as =HYPERLINK(…) reaches measures.csv as text, not as a formula', () => {
    // The third work list (京山) with its row 2 text and lead cells replaced by formulas.
    const text = readFileSync('tests/fixtures/worklist-third.txt', 'utf8')
      .replace('\t开展农资打假专项行动。', '\t=HYPERLINK("http://example.com/claim","点此领取补贴")')
      .replace('\t市市场监管局\n', '\t@市市场监管局\n');
    const file = 'jingshan-formula.txt';
    const root = makeProject([
      { file, bytes: text, entry: { file, format: 'worklist', jurisdiction: '京山市', slug: 'jingshan-formula' } },
    ]);
    const { collections } = runIngest({ root, write: false });
    const m = collections.measures.find((x) => x.text.startsWith('=HYPERLINK'))!;
    expect(m.leadRaw).toBe('@市市场监管局');
    const rows = parseCsv(measuresCsv(collections.measures, collections.agencies));
    const header = rows[0]!;
    const row = rows.find((r) => r[header.indexOf('id')] === m.id)!;
    expect(row[header.indexOf('text')]).toBe(`'=HYPERLINK("http://example.com/claim","点此领取补贴")`);
    expect(row[header.indexOf('lead_raw')]).toBe(`'@市市场监管局`);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
