import type { ModelInfo } from '../models/modelCatalog';

/** What the counter knows about one measurement: enough for the status bar text and its tooltip. */
export interface TokenSummary {
  readonly model: ModelInfo;
  readonly tokens: number;
  readonly characters: number;
  /** Number of non-empty selections counted; 0 means the whole document. */
  readonly selections: number;
}

/** Characters as a reader counts them: code points, so an emoji made of two UTF-16 units counts once. */
export function countCharacters(text: string): number {
  let pairs = 0;
  for (let index = 0; index < text.length - 1; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        index++;
      }
    }
  }
  return text.length - pairs;
}

export function charactersPerToken(summary: TokenSummary): number | undefined {
  return summary.tokens === 0 ? undefined : summary.characters / summary.tokens;
}

/** Share of the model's context window the tokens fill, as a fraction (1 = full; can exceed 1). */
export function contextShare(summary: TokenSummary): number {
  return summary.tokens / summary.model.contextWindow;
}
