/**
 * Checks a prompt's examples the way a reviewer would: labels that differ only in spelling or case,
 * one class holding most examples, duplicate examples, and classes the instruction names that no
 * example shows. Findings are data; the host words them.
 */
import { type ParsedPrompt } from './parsedPrompt';

export type LintFinding =
  | { readonly kind: 'spellingVariants'; readonly variants: readonly string[]; readonly examples: readonly number[] }
  | { readonly kind: 'dominantClass'; readonly label: string; readonly count: number; readonly total: number }
  | { readonly kind: 'duplicate'; readonly example: number; readonly sameAs: number }
  | { readonly kind: 'missingClass'; readonly label: string };

// Outputs this short are class labels, not free text.
const maxClassWords = 3;
const dominantShare = 0.7;
const minExamplesForBalance = 4;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function lintExamples(parsed: ParsedPrompt): LintFinding[] {
  const findings: LintFinding[] = [];
  const outputs = parsed.examples.map((example) => example.values[example.values.length - 1] ?? '');
  const areClasses = outputs.length > 0 && outputs.every((output) => output !== '' && output.split(/\s+/).length <= maxClassWords);
  if (areClasses) {
    findings.push(...spellingVariants(outputs), ...dominantClass(outputs), ...missingClasses(parsed.instruction, outputs));
  }
  findings.push(...duplicates(parsed));
  return findings;
}

function spellingVariants(outputs: readonly string[]): LintFinding[] {
  const byFolded = new Map<string, { variants: Set<string>; examples: number[] }>();
  outputs.forEach((output, index) => {
    const entry = byFolded.get(fold(output)) ?? { variants: new Set<string>(), examples: [] };
    entry.variants.add(output);
    entry.examples.push(index);
    byFolded.set(fold(output), entry);
  });
  return [...byFolded.values()].filter((entry) => entry.variants.size > 1).map((entry) => ({ kind: 'spellingVariants', variants: [...entry.variants], examples: entry.examples }));
}

function dominantClass(outputs: readonly string[]): LintFinding[] {
  if (outputs.length < minExamplesForBalance) {
    return [];
  }
  const counts = new Map<string, { label: string; count: number }>();
  for (const output of outputs) {
    const entry = counts.get(fold(output)) ?? { label: output, count: 0 };
    entry.count++;
    counts.set(fold(output), entry);
  }
  const top = [...counts.values()].sort((left, right) => right.count - left.count)[0];
  return top !== undefined && counts.size > 0 && top.count / outputs.length >= dominantShare
    ? [{ kind: 'dominantClass', label: top.label, count: top.count, total: outputs.length }]
    : [];
}

function duplicates(parsed: ParsedPrompt): LintFinding[] {
  const seen = new Map<string, number>();
  const findings: LintFinding[] = [];
  parsed.examples.forEach((example, index) => {
    const key = example.values.slice(0, -1).map(fold).join('\u241F');
    const first = seen.get(key);
    if (first !== undefined && key.replace(/\u241F/g, '') !== '') {
      findings.push({ kind: 'duplicate', example: index, sameAs: first });
    } else {
      seen.set(key, index);
    }
  });
  return findings;
}

// "positive, negative or neutral", "positivo, negativo ou neutro", "A, B, or C", "x / y / z".
const listOfClasses = /([\p{L}][\p{L}\p{N}_-]*)((?:\s*(?:,|\/|\|)\s*[\p{L}][\p{L}\p{N}_-]*)*)\s*(?:,?\s+(?:or|ou|o|and|e|y)\s+|\s*(?:\/|\|)\s*)([\p{L}][\p{L}\p{N}_-]*)/gu;

/** Classes the instruction lists, where at least one of the list is an example's label, that no example shows. */
function missingClasses(instruction: string, outputs: readonly string[]): LintFinding[] {
  const shown = new Set(outputs.map(fold));
  const findings: LintFinding[] = [];
  for (const match of instruction.matchAll(listOfClasses)) {
    const middle = (match[2] ?? '').split(/[,/|]/).map((word) => word.trim()).filter((word) => word !== '');
    const words = [match[1] ?? '', ...middle, match[3] ?? ''];
    if (!words.some((word) => shown.has(fold(word)))) {
      continue;
    }
    for (const word of words) {
      if (!shown.has(fold(word)) && !findings.some((finding) => finding.kind === 'missingClass' && fold(finding.label) === fold(word))) {
        findings.push({ kind: 'missingClass', label: word });
      }
    }
  }
  return findings;
}
