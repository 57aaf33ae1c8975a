// Compares a parsed prompt with a corpus entry's expected structure; returns the differences.
import { parsePrompt } from '../../../../src/fewShot/promptParser';
import { type CorpusPrompt } from './corpusEntry';

export function structureDifferences(item: CorpusPrompt): string[] {
  const parsed = parsePrompt(item.prompt);
  const expected = item.expected;
  const problems: string[] = [];
  const same = (left: unknown, right: unknown): boolean => JSON.stringify(left) === JSON.stringify(right);
  if (!same(parsed.fieldLabels ?? null, expected.labels)) {
    problems.push(`labels ${JSON.stringify(parsed.fieldLabels)} != ${JSON.stringify(expected.labels)}`);
  }
  const examples = parsed.examples.map((example) => example.values);
  if (!same(examples, expected.examples)) {
    problems.push(`examples ${JSON.stringify(examples)} != ${JSON.stringify(expected.examples)}`);
  }
  if (!same(parsed.input ?? null, expected.input)) {
    problems.push(`input ${JSON.stringify(parsed.input)} != ${JSON.stringify(expected.input)}`);
  }
  if (expected.instruction !== undefined && parsed.instruction !== expected.instruction) {
    problems.push(`instruction ${JSON.stringify(parsed.instruction)} != ${JSON.stringify(expected.instruction)}`);
  }
  if (parsed.closing !== (expected.closing ?? '')) {
    problems.push(`closing ${JSON.stringify(parsed.closing)} != ${JSON.stringify(expected.closing ?? '')}`);
  }
  if (parsed.unparsed.length !== (expected.unparsed ?? 0)) {
    problems.push(`unparsed ${JSON.stringify(parsed.unparsed)} (expected ${expected.unparsed ?? 0} part(s))`);
  }
  return problems;
}
