import { describe, expect, it } from 'vitest';
import { foldWidth } from './width.ts';

describe('foldWidth', () => {
  it('folds full-width digits and punctuation one for one', () => {
    const text = '每人补贴１０００元，82，225.00元（含）';
    const folded = foldWidth(text);
    expect(folded).toBe('每人补贴1000元,82,225.00元(含)');
    expect(folded).toHaveLength(text.length);
  });
});
