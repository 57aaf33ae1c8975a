// Safe cuts: places where a text can be cut into parts that tokenize exactly like the whole. The
// tokenizer view tokenizes a 10 MB document a window at a time, and the live counter keeps per-block
// counts between such cuts, so an edit re-counts only the blocks it touches.
//
// A cut is safe for an encoding when its pre-tokenizer starts a piece there whatever comes before
// or after, so the tokens of the parts, joined, equal the tokens of the whole text. The rule depends
// on the pre-tokenizer: an encoding with no known rule has none, and callers then keep the text whole.
import { cl100kPattern } from './scanning/cl100kPieces';
import { gpt2Pattern } from './scanning/gpt2Pieces';
import { o200kPattern } from './scanning/o200kPieces';
import { tekkenPattern } from './scanning/tekkenPattern';

/** Where an encoding's pre-tokenizer always starts a piece, judged from a few characters around the cut. */
export interface SafeCutRule {
  /** Whether tokenizing `text` cut at `index` gives the same tokens as the whole text (ends included). */
  isSafeCut(text: string, index: number): boolean;
  /** How many UTF-16 units before and after the cut `isSafeCut` reads: a window with this much context decides the same. */
  readonly contextBefore: number;
  readonly contextAfter: number;
}

const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const space = 0x20;

const letterPattern = /\p{L}/u;
// `\s` as tiktoken reads it (Unicode White_Space), as the engine's scanners do.
const whitespacePattern = /^\p{White_Space}$/u;

function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  const codePoint = text.codePointAt(index);
  return codePoint !== undefined && letterPattern.test(String.fromCodePoint(codePoint));
}

function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) {
    return code === space || (code >= 0x09 && code <= 0x0d);
  }
  return whitespacePattern.test(String.fromCharCode(code));
}

/**
 * The rule for tiktoken's pre-tokenizers (r50k/p50k's GPT-2 pattern, cl100k, o200k). Two kinds of
 * position qualify in all of them:
 *   - before a letter that follows a single line break, itself after a character that is not
 *     whitespace ("end.\nNext"): longer whitespace runs are split differently by `\s+(?!\S)`
 *     when the text ends there, and CR LF is such a run;
 *   - before a space that follows a character that is not whitespace and precedes a letter
 *     ("end. Next"): the space opens the next word's piece in every pattern.
 * Mistral's tekken pattern keeps both: its letter pieces take no line break as their first
 * character, and its punctuation pieces end in line breaks or "/", never in a space.
 * test/unit/tokenEngine/safeCuts.test.ts checks the claim against the engine on random texts
 * (familySafeCuts.test.ts for the families beyond OpenAI).
 */
export const tiktokenSafeCuts: SafeCutRule = {
  // Two characters before (the line break and what precedes it); after, the space and a letter
  // that may be a surrogate pair.
  contextBefore: 2,
  contextAfter: 3,
  isSafeCut(text: string, index: number): boolean {
    if (index <= 0 || index >= text.length) {
      return index === 0 || index === text.length;
    }
    const before = text.charCodeAt(index - 1);
    if (before === lineFeed || before === carriageReturn) {
      return isLetterAt(text, index) && (index < 2 || !isWhitespaceCode(text.charCodeAt(index - 2)));
    }
    return text.charCodeAt(index) === space && !isWhitespaceCode(before) && index + 1 < text.length && isLetterAt(text, index + 1);
  },
};

const tiktokenPatterns: ReadonlySet<string> = new Set([o200kPattern, cl100kPattern, gpt2Pattern, tekkenPattern]);

/**
 * The rule for a tiktoken pre-tokenizer pattern (`pat_str`), or undefined for a pattern it was not
 * checked against: a new encoding gets no cuts (whole-text counting) until its rule is tested.
 */
export function safeCutRuleForPattern(pattern: string): SafeCutRule | undefined {
  return tiktokenPatterns.has(pattern) ? tiktokenSafeCuts : undefined;
}

/** The tiktoken rule, as the tokenizer view has always used it. */
export function isSafeCut(text: string, index: number): boolean {
  return tiktokenSafeCuts.isSafeCut(text, index);
}

/**
 * The end of the window that starts at `start` (a safe cut): the first safe cut at least
 * `preferredLength` on, if one comes within `maxLength`; else the last one before that; else the
 * next one however far, which may be the end of the text. Without a rule (an encoding whose
 * pre-tokenizer has none checked), the end of the text. `rule` has no default on purpose: passing an
 * encoder's undefined `safeCuts` must never fall back to tiktoken's rule.
 */
export function nextWindowEnd(text: string, start: number, preferredLength: number, maxLength: number, rule: SafeCutRule | undefined): number {
  const preferred = start + preferredLength;
  if (rule === undefined || preferred >= text.length) {
    return text.length;
  }
  const limit = Math.min(start + maxLength, text.length);
  for (let index = preferred; index < limit; index++) {
    if (rule.isSafeCut(text, index)) {
      return index;
    }
  }
  for (let index = preferred - 1; index > start; index--) {
    if (rule.isSafeCut(text, index)) {
      return index;
    }
  }
  for (let index = limit; index < text.length; index++) {
    if (rule.isSafeCut(text, index)) {
      return index;
    }
  }
  return text.length;
}
