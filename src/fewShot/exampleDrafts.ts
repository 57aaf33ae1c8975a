/** Examples as found (value pieces with their source offsets) and how they become a parsed prompt. */
import { type FewShotExample, type ParsedPrompt, type PromptShape } from './parsedPrompt';
import { type SpanCollector, cleanValue, joinParagraphs } from './promptText';

export interface ValuePiece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExampleDraft {
  readonly values: (ValuePiece | undefined)[];
}

export function piece(source: string, start: number, end: number): ValuePiece {
  return { start, end, text: cleanValue(source.slice(start, end)) };
}

export interface DraftResult {
  readonly shape: PromptShape;
  readonly fieldLabels: readonly string[] | undefined;
  readonly instruction: readonly ValuePiece[];
  readonly drafts: readonly ExampleDraft[];
  readonly closing: readonly ValuePiece[];
  readonly unparsed: readonly ValuePiece[];
}

/**
 * The last repetition with an empty output is the input; a first repetition without an output,
 * followed by real examples, is the instruction said in the examples' voice (a first `Human:` turn).
 */
export function finishDrafts(result: DraftResult, spans: SpanCollector): ParsedPrompt {
  const fields = result.fieldLabels?.length ?? 2;
  const drafts = [...result.drafts];
  const instruction = [...result.instruction];
  const unparsed = [...result.unparsed];
  const isComplete = (draft: ExampleDraft): boolean => (draft.values[fields - 1]?.text ?? '') !== '';
  let input: ValuePiece[] | undefined;
  const last = drafts[drafts.length - 1];
  if (last !== undefined && !isComplete(last)) {
    drafts.pop();
    input = Array.from({ length: fields - 1 }, (_, index) => last.values[index] ?? { start: 0, end: 0, text: '' });
    recordPieces(spans, last.values.filter(isPiece), 'value');
  }
  const first = drafts[0];
  if (first !== undefined && !isComplete(first) && drafts.length > 1) {
    drafts.shift();
    instruction.push(...first.values.filter(isPiece));
  }
  const examples: FewShotExample[] = [];
  for (const draft of drafts) {
    if (!isComplete(draft)) {
      // Lost between examples: kept, and shown as not understood.
      unparsed.push(...draft.values.filter(isPiece));
      continue;
    }
    const values: string[] = [];
    for (let index = 0; index < fields; index++) {
      values.push(draft.values[index]?.text ?? '');
    }
    recordPieces(spans, draft.values.filter(isPiece), 'value');
    examples.push({ values });
  }
  recordPieces(spans, instruction, 'instruction');
  recordPieces(spans, result.closing, 'closing');
  recordPieces(spans, unparsed, 'unparsed');
  return {
    shape: result.shape,
    fieldLabels: result.fieldLabels,
    instruction: joinParagraphs(instruction.map((item) => item.text)),
    examples,
    input: input?.map((item) => item.text),
    closing: joinParagraphs(result.closing.map((item) => item.text)),
    unparsed: unparsed.map((item) => item.text).filter((text) => text !== ''),
    spans: spans.all(),
  };
}

function isPiece(value: ValuePiece | undefined): value is ValuePiece {
  return value !== undefined;
}

function recordPieces(spans: SpanCollector, pieces: readonly ValuePiece[], role: 'instruction' | 'value' | 'closing' | 'unparsed'): void {
  for (const item of pieces) {
    spans.add(item.start, item.end, role, item.text);
  }
}
