// Whole-text figures the tokenizer view shows beside the token count.
import { countCharacters } from '../tokenCounter/tokenSummary';

/** Characters (code points) and words of a text or of a window of it. */
export interface TextStatistics {
  readonly characters: number;
  readonly words: number;
}

export function textStatistics(text: string): TextStatistics {
  return { characters: countCharacters(text), words: countWords(text) };
}

export function addStatistics(first: TextStatistics, second: TextStatistics): TextStatistics {
  return { characters: first.characters + second.characters, words: first.words + second.words };
}

const letterOrNumber = /[\p{L}\p{N}]/u;

/** Whitespace beyond ASCII, as JavaScript's `\s` has it. */
function isWideWhitespace(codePoint: number): boolean {
  return codePoint === 0x85 || codePoint === 0xa0 || codePoint === 0x1680 || (codePoint >= 0x2000 && codePoint <= 0x200a)
    || codePoint === 0x2028 || codePoint === 0x2029 || codePoint === 0x202f || codePoint === 0x205f || codePoint === 0x3000 || codePoint === 0xfeff;
}

/** Han ideographs and kana: languages written without spaces, where each character counts as a word. */
function isIdeographic(codePoint: number): boolean {
  return (codePoint >= 0x3040 && codePoint <= 0x30ff)
    || (codePoint >= 0x31f0 && codePoint <= 0x31ff)
    || (codePoint >= 0x3400 && codePoint <= 0x4dbf)
    || (codePoint >= 0x4e00 && codePoint <= 0x9fff)
    || (codePoint >= 0xf900 && codePoint <= 0xfaff)
    || (codePoint >= 0x20000 && codePoint <= 0x323af);
}

/**
 * Words as a word counter counts them: runs of characters between spaces that hold at least one
 * letter or digit ("don't", "v1.2" and "well-known" are one word, a lone "—" none), plus one word
 * per Chinese or Japanese character. A plain scan rather than `Intl.Segmenter`, which takes
 * seconds on a large document.
 */
export function countWords(text: string): number {
  let words = 0;
  let inRun = false;
  let runHasLetter = false;
  const endRun = (): void => {
    if (inRun && runHasLetter) {
      words++;
    }
    inRun = false;
    runHasLetter = false;
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        endRun();
      } else {
        inRun = true;
        runHasLetter ||= (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
      }
      continue;
    }
    const codePoint = text.codePointAt(index) ?? code;
    if (codePoint > 0xffff) {
      index++;
    }
    if (isWideWhitespace(codePoint)) {
      endRun();
    } else if (isIdeographic(codePoint)) {
      endRun();
      words++;
    } else {
      inRun = true;
      runHasLetter ||= letterOrNumber.test(String.fromCodePoint(codePoint));
    }
  }
  endRun();
  return words;
}

export function charactersPerToken(characters: number, tokens: number): number | undefined {
  return tokens === 0 ? undefined : characters / tokens;
}

/** Share of a context window that `tokens` fill, as a fraction (1 = full; can exceed 1). */
export function contextWindowShare(tokens: number, contextWindow: number): number {
  return contextWindow > 0 ? tokens / contextWindow : 0;
}
