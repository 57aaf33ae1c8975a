// Analyses of recently seen documents, by document and version, so hovers, lenses and checks on
// the same text share one pass.
import { analyzeAround } from './analyzeAround';
import { analyzeSource } from './analyzeSource';
import type { FileInsight } from './codeInsightTypes';
import type { SourceLanguage } from './sourceTokens';

const maxDocuments = 16;

/**
 * Whole-file analysis is one synchronous pass; past this many characters (about 10,000 lines of
 * code, far more than a file of SDK calls) it would stall the extension host on every edit, so such
 * a file gets no lenses or checks. Hovers still work: they analyze only the code around the cursor.
 */
export const maxAnalyzedLength = 500_000;

const nothingFound: FileInsight = { sdks: new Set(), requests: [], parameters: [], apiNames: [], prompts: [] };

export class InsightCache {
  private readonly entries = new Map<string, { readonly version: number; readonly insight: FileInsight }>();

  get(key: string, version: number, language: SourceLanguage, text: () => string): FileInsight {
    const cached = this.entries.get(key);
    if (cached && cached.version === version) {
      // Refresh its place, so the least recently used document goes first.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.insight;
    }
    const source = text();
    const insight = source.length > maxAnalyzedLength ? nothingFound : analyzeSource(source, language);
    this.entries.delete(key);
    this.entries.set(key, { version, insight });
    if (this.entries.size > maxDocuments) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.entries.delete(oldest);
      }
    }
    return insight;
  }

  /** For a hover: the cached analysis when it is current, else the cheaper analysis around `offset` (not cached). */
  around(key: string, version: number, language: SourceLanguage, text: () => string, offset: number): FileInsight {
    const cached = this.entries.get(key);
    return cached && cached.version === version ? cached.insight : analyzeAround(text(), language, offset);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
