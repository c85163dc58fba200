// What a citizen's words ask for, in the documents' terms. A query such as
// “公司招应届生 有补贴吗” becomes the concepts 公司 (→ 企业), 招, 应届生 (→ 高校毕业生) and
// 补贴: question words (吗, 怎么办, 哪个) carry no topic and are taken out, everyday words
// are looked up in the thesaurus (longest first: 村里修路 before 修路), and what is left of
// a chunk stays as the reader typed it. A chunk with no everyday word and no question word
// stays one concept, so a phrase (稳岗返还) is still searched and ranked as a phrase.
//
// Pure: the engine searches the concepts (engine.ts), the page says what was expanded
// (“也搜索了：就业”) and offers to take a word literally (state.literal).
import type { Thesaurus } from './thesaurus.ts';

export interface Concept {
  /** the words as typed (question words taken out) */
  typed: string;
  /** the official term the thesaurus gives for `typed` */
  official?: string;
  /** pages holding `typed` itself; with an official term and 0 pages, only the official term is searched */
  typedPages?: number;
  /** the corpus term a typo was corrected to (稳岗反还 → 稳岗返还) */
  corrected?: string;
}

// Question words and particles: 怎么办, 有没有, 吗 … Longest first, so 怎么办 goes before 怎么.
// Only words that never name a topic; 多少 goes (补多少), 电话 stays (打哪个电话 → 电话).
const QUESTION_RE =
  /怎么回事|可不可以|多长时间|怎么办|怎么样|怎么弄|为什么|有没有|可以吗|能不能|是不是|多少钱|要多久|怎么|咋办|如何|什么|哪些|哪个|哪里|哪儿|哪家|有吗|能否|是否|多少|多久|请问|我想|我要|想问|咋|啥|谁|吗|呢|吧|啊|呀|嘛/gu;

// Single characters that, left alone between other words, say nothing searchable
// (有补贴 → 补贴, 的车 → 车 is kept only as a whole chunk).
const FUNCTION_CHAR = /^[的了和与及或在是有要给让把被对从向都也就还又很太最更能会可去来我你他她它们这那个么没不]$/u;

/** Is this text nothing but question words and particles (可以吗, 怎么办)? */
export function isQuestionOnly(text: string): boolean {
  return text.replace(QUESTION_RE, '').replace(/\s+/g, '') === '';
}

/**
 * The pieces of a chunk's text between everyday words, question words cut out and lone
 * function characters dropped. Unless it is the whole chunk (税, 稳岗返还), a piece made of
 * single characters only is dropped too: between other words, 车 or 人收 (of 没人收) would
 * match almost anything.
 */
function residuePieces(text: string, wholeChunk: boolean, segmenter: Intl.Segmenter): string[] {
  const pieces: Array<{ text: string; word: boolean }> = [];
  for (const part of text.split(QUESTION_RE)) {
    let piece = { text: '', word: false };
    const flush = () => {
      if (piece.text) pieces.push(piece);
      piece = { text: '', word: false };
    };
    const segments = [...segmenter.segment(part)];
    const isWord = (k: number) => segments[k]?.isWordLike === true && Array.from(segments[k]!.segment).length > 1;
    segments.forEach((s, k) => {
      // A function character goes when it stands alone or beside a word (有补贴 → 补贴), not
      // inside a run of single characters, where it is part of a term the segmenter split
      // (稳|岗|返|还 keeps its 还).
      const functionChar = FUNCTION_CHAR.test(s.segment) && (segments.length === 1 || isWord(k - 1) || isWord(k + 1));
      if (!s.isWordLike || functionChar) flush();
      else piece = { text: piece.text + s.segment, word: piece.word || Array.from(s.segment).length > 1 };
    });
    flush();
  }
  if (wholeChunk && pieces.length === 1) return [pieces[0]!.text];
  return pieces.filter((p) => p.word).map((p) => p.text);
}

/**
 * The concepts of a query's text chunks. An everyday word may span a space the reader
 * typed (公积金 交房租 holds 公积金交房租); question words and leftovers never do. Everyday
 * words in `literal` are not expanded (the reader removed the expansion), nor is anything
 * in a chunk listed there whole.
 */
export function understand(
  chunks: readonly string[],
  thesaurus: Thesaurus,
  literal: ReadonlySet<string> = new Set(),
  segmenter: Intl.Segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' }),
): Concept[] {
  const out: Concept[] = [];
  let ci = 0;
  let at = 0;
  let residue = '';
  const flush = () => {
    const chunk = chunks[ci] ?? '';
    if (residue) for (const p of residuePieces(residue, residue === chunk, segmenter)) out.push({ typed: p });
    residue = '';
  };
  while (ci < chunks.length) {
    const chunk = chunks[ci]!;
    if (at === 0 && literal.has(chunk)) {
      out.push({ typed: chunk });
      ci++;
      continue;
    }
    if (at >= chunk.length) {
      flush();
      ci++;
      at = 0;
      continue;
    }
    // The rest of this chunk and the chunks after it up to one taken literally.
    let ahead = chunk;
    for (let k = ci + 1; k < chunks.length && !literal.has(chunks[k]!); k++) ahead += chunks[k]!;
    const m = thesaurus.matchAt(ahead, at, literal);
    if (!m) {
      residue += chunk[at++];
      continue;
    }
    flush();
    out.push({ typed: m.everyday, official: m.official, typedPages: m.pages });
    // Move past the word, into a later chunk if it spans spaces.
    let left = m.everyday.length - (chunk.length - at);
    if (left <= 0) {
      at += m.everyday.length;
      continue;
    }
    ci++;
    while (ci < chunks.length && left >= chunks[ci]!.length) left -= chunks[ci++]!.length;
    at = left;
  }
  // The same concept typed twice (补贴 … 补贴) is one concept.
  return out.filter((c, i) => out.findIndex((o) => o.typed === c.typed) === i);
}

/** What to search for a concept in the main search: the correction, else the typed words unless no page holds them. */
export function searchTerm(c: Concept): string {
  if (c.corrected) return c.corrected;
  if (c.official !== undefined && c.typedPages === 0) return c.official;
  return c.typed;
}

/** The official term that needs a search of its own (the typed words are printed too), or null. */
export function alsoSearch(c: Concept): string | null {
  return !c.corrected && c.official !== undefined && (c.typedPages ?? 0) > 0 ? c.official : null;
}

/** Every form of a concept a page may print: 空气污染 and 重污染天气. */
export function formsOf(c: Concept): string[] {
  return [...new Set([c.corrected ?? c.typed, ...(c.official ? [c.official] : [])])];
}

/**
 * How much a concept tells about a page: longer terms are more specific (重污染天气 over
 * 补贴 over 车). Used to rank partial matches and re-rank results.
 */
export function weightOf(c: Concept): number {
  const len = Math.max(...formsOf(c).map((f) => Array.from(f).length));
  return Math.min(len, 5);
}
