// "Did 钟祥 copy 荆门's wording word for word?" — how much of a local measure's
// text repeats the level above it. Character bigrams (Dice coefficient) suit
// Chinese, which has no spaces; punctuation and whitespace are ignored so a
// changed comma does not hide a copy.

const normalise = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** 1 for the same wording, 0 for nothing in common. */
export function textSimilarity(a: string, b: string): number {
  const x = normalise(a),
    y = normalise(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const gx = bigrams(x),
    gy = bigrams(y);
  let shared = 0;
  for (const [g, n] of gx) shared += Math.min(n, gy.get(g) ?? 0);
  const total = Math.max(x.length - 1, 0) + Math.max(y.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

export type Wording = 'identical' | 'near-identical' | 'adapted' | 'own';

/** Reader-facing verdict; thresholds chosen on the 钟祥 list, where copies differ by a place name or two. */
export function wordingVerdict(similarity: number): Wording {
  if (similarity === 1) return 'identical';
  if (similarity >= 0.85) return 'near-identical';
  if (similarity >= 0.5) return 'adapted';
  return 'own';
}
