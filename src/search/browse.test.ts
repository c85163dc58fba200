import { describe, expect, it } from 'vitest';
import { browseCounts } from './browse.ts';

describe('browseCounts', () => {
  it('counts the pages carrying each value, the commonest first, as Pagefind counts them', () => {
    // 钟祥's work list: two measure pages due 2022年6月, its document page without a deadline.
    const pages = [
      { place: ['钟祥市'], deadline: ['2022年6月'], amount: ['yes'] },
      { place: ['钟祥市'], deadline: ['2022年6月'], amount: ['no'] },
      { place: ['钟祥市'], amount: ['no'] },
      { place: ['天门市'], deadline: ['2023年12月'], amount: ['no'] },
    ];
    expect(browseCounts(pages)).toEqual({
      place: { 钟祥市: 3, 天门市: 1 },
      deadline: { '2022年6月': 2, '2023年12月': 1 },
      amount: { no: 3, yes: 1 },
    });
  });

  it('keeps a filter’s commonest values only', () => {
    const pages = [{ lead: ['市财政局', '市人社局'] }, { lead: ['市财政局'] }, { lead: ['市商务局'] }];
    expect(browseCounts(pages, 2)).toEqual({ lead: { 市财政局: 2, 市人社局: 1 } });
  });
});
