// The nothing-is-lost check: every non-blank character of a prompt is in a span, every content span's
// text is in the rendered template, and markup holds only structure (labels, tags, syntax words).
import { isExampleHeaderWord, isInstructionKey, isLabelMarkerWord, labelKey } from '../../../src/fewShot/labelLines';
import { messageSyntaxWords } from '../../../src/fewShot/literalSyntax';
import { type ParsedPrompt } from '../../../src/fewShot/parsedPrompt';
import { normalizeLineBreaks, parsePrompt } from '../../../src/fewShot/promptParser';
import { toPlainText } from '../../../src/fewShot/snippetTemplate';
import { renderFewShotTemplate } from '../../../src/fewShot/templateFormats';
import { englishTexts } from './templateTextsFixture';

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The problems found; empty when nothing of the prompt is lost. */
export function lostText(prompt: string, parsed: ParsedPrompt = parsePrompt(prompt)): string[] {
  const source = normalizeLineBreaks(prompt);
  const everyExample = { kept: parsed.examples.map((_, index) => index), padded: 0 };
  const output = squash(toPlainText(renderFewShotTemplate(parsed, 'plain', everyExample, englishTexts)));
  const allowed = new Set([...(parsed.fieldLabels ?? []).flatMap(wordsOf), ...messageSyntaxWords, ...itemNumberingWords(source), ...(parsed.shape === 'chatMessages' ? dataKeys(source) : [])]);
  const covered = new Uint8Array(source.length);
  const problems: string[] = [];
  for (const span of parsed.spans) {
    covered.fill(1, span.start, span.end);
    if (span.role !== 'markup') {
      if (!output.includes(squash(span.text ?? ''))) {
        problems.push(`${span.role} text not in the template: ${JSON.stringify(span.text)}`);
      }
      continue;
    }
    // Tags, {{variables}} and string escapes (`\n` in a code literal) are not words.
    const structure = source.slice(span.start, span.end).replace(/<\/?[\p{L}_][^<>]*>/gu, ' ').replace(/\{\{\s*\w+\s*\}\}/g, ' ').replace(/\\[nrt]/g, ' ');
    const words = wordsOf(structure);
    // A label's number (`Q1:`) is structure like the label.
    const stray = words.map((word) => (allowed.has(word) ? word : word.replace(/\d+$/, ''))).filter((word) => !allowed.has(word) && !isExampleHeaderWord(word) && !isLabelMarkerWord(word) && !isInstructionKey(word) && !isFrontMatter(source, span.start));
    if (stray.length > 0) {
      problems.push(`markup holds words: ${JSON.stringify(source.slice(span.start, span.end))}`);
    }
  }
  for (let index = 0; index < source.length; index++) {
    if (covered[index] === 0 && !/\s/.test(source[index] ?? '')) {
      problems.push(`not in any span at ${index}: ${JSON.stringify(source.slice(Math.max(0, index - 10), index + 20))}`);
      break;
    }
  }
  return problems;
}

/** Words that start two or more lines with different numbers after them (`Review 1:`, `Review 2:`): item headers, like `Example 1`. */
function itemNumberingWords(source: string): string[] {
  const numbersByWord = new Map<string, Set<string>>();
  for (const found of source.matchAll(/^[ \t]*(?:[-*+•][ \t]+)?(\p{L}+)[ \t]*#?(\d+)[ \t]*[:.)]/gmu)) {
    const word = labelKey(found[1] ?? '');
    numbersByWord.set(word, (numbersByWord.get(word) ?? new Set()).add(found[2] ?? ''));
  }
  return [...numbersByWord].filter(([, numbers]) => numbers.size >= 2).map(([word]) => word);
}

/** The keys of data written as code: quoted JSON keys (`"query": ...`), Python keyword arguments (`prefix=...`), JS object keys (`prefix: ...`). */
function dataKeys(source: string): string[] {
  const quoted = [...source.matchAll(/"(\p{L}[\p{L}\p{N}_]*)"[ \t]*:/gu)];
  const keywords = [...source.matchAll(/(?:^|[\s(,{])([\p{L}_][\p{L}\p{N}_]*)[ \t]*(?:=(?!=)|:)/gu)];
  return [...quoted, ...keywords].map((found) => labelKey(found[1] ?? ''));
}

/** A Prompty file's front matter is its settings, recorded as markup by design. */
function isFrontMatter(source: string, start: number): boolean {
  return start === 0 && source.startsWith('---');
}

function wordsOf(text: string): string[] {
  return (text.match(/\p{L}[\p{L}\p{N}_-]*/gu) ?? []).map((word) => labelKey(word));
}
