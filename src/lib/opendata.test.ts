import { describe, expect, it } from 'vitest';
import { toCsv } from './opendata.ts';

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
