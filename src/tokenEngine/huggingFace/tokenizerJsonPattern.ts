// The pre-tokenizer pattern of a Hugging Face tokenizer.json, turned into the engine's form: a
// JavaScript pattern that the engine runs with the "gu" flags (its `\s` read as Unicode
// White_Space, as Oniguruma reads it in the Rust library).
import { cl100kPattern } from '../scanning/cl100kPieces';
import { gpt2Pattern } from '../scanning/gpt2Pieces';

/** The case-insensitive contractions of Llama 3, Qwen and GPT-OSS, as tiktoken's patterns spell them out. */
const caseInsensitiveContractions = "(?i:'s|'t|'re|'ve|'m|'ll|'d)";
const spelledContractions = cl100kPattern.slice(0, cl100kPattern.indexOf(')') + 1);

/**
 * `(?i:...)` is Oniguruma syntax that JavaScript (before ES2025) lacks; the one group these files
 * use is spelled out case by case, which makes Llama 3's pattern cl100k_base's and GPT-OSS's
 * o200k_base's, so they run on the hand-written scanners. Returns undefined for a pattern
 * JavaScript cannot run.
 */
export function javaScriptPattern(pattern: string): string | undefined {
  const spelled = pattern.split(caseInsensitiveContractions).join(spelledContractions);
  if (spelled.includes('(?i')) {
    return undefined;
  }
  try {
    new RegExp(spelled, 'gu');
    return spelled;
  } catch {
    return undefined;
  }
}

/** The pattern of the ByteLevel pre-tokenizer with `use_regex` (GPT-2's). */
export const byteLevelPattern = gpt2Pattern;
