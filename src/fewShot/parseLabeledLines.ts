/** Reads prompts whose examples are label lines: `Q:` / `A:`, `Input:` / `Output:`, `Entrada:` / `Saída:` ... */
import { inLetterCaseOf } from './exampleLabelVocabulary';
import { type ExampleLabels, type ParsedPrompt } from './parsedPrompt';
import { type PromptLine, joinValueLines } from './promptLines';
import { separateTrailingInput } from './trailingInput';

type ExampleLabelLine = Extract<PromptLine, { kind: 'exampleLabel' }>;

interface ExampleDraft {
  readonly inputLines: string[];
  outputLines: string[] | undefined;
}

export function parseLabeledLines(lines: readonly PromptLine[]): ParsedPrompt | undefined {
  const groupIndex = mostUsedLabelGroup(lines);
  if (groupIndex === undefined) {
    return undefined;
  }

  const instructionLines: string[] = [];
  const drafts: ExampleDraft[] = [];
  let current: ExampleDraft | undefined;
  let structureStarted = false;
  let firstInputLabel: ExampleLabelLine | undefined;
  let firstOutputLabel: ExampleLabelLine | undefined;

  for (const line of lines) {
    const ownLabel = line.kind === 'exampleLabel' && line.groupIndex === groupIndex ? line : undefined;
    if (line.kind === 'exampleHeader') {
      structureStarted = true;
      current = undefined;
    } else if (ownLabel?.side === 'input') {
      structureStarted = true;
      firstInputLabel ??= ownLabel;
      current = { inputLines: [ownLabel.value], outputLines: undefined };
      drafts.push(current);
    } else if (ownLabel?.side === 'output' && current !== undefined && current.outputLines === undefined) {
      firstOutputLabel ??= ownLabel;
      current.outputLines = [ownLabel.value];
    } else if (!structureStarted) {
      instructionLines.push(line.kind === 'instructionLabel' ? line.value : line.text);
    } else if (current !== undefined) {
      (current.outputLines ?? current.inputLines).push(line.text);
    }
    // Text between an example header and its first label belongs to no field; it is left out.
  }

  const { examples, input } = separateTrailingInput(
    drafts.map((draft) => ({ input: joinValueLines(draft.inputLines), output: joinValueLines(draft.outputLines ?? []) })),
  );
  return {
    shape: 'labeledLines',
    instruction: joinValueLines(instructionLines),
    examples,
    input,
    labels: labelsUsed(firstInputLabel, firstOutputLabel),
  };
}

/** The group with the most label lines that has at least one input label; ties go to the first seen. */
function mostUsedLabelGroup(lines: readonly PromptLine[]): number | undefined {
  const counts = new Map<number, { lines: number; inputs: number }>();
  for (const line of lines) {
    if (line.kind !== 'exampleLabel') {
      continue;
    }
    const count = counts.get(line.groupIndex) ?? { lines: 0, inputs: 0 };
    count.lines += 1;
    if (line.side === 'input') {
      count.inputs += 1;
    }
    counts.set(line.groupIndex, count);
  }
  let best: number | undefined;
  let bestLines = 0;
  for (const [groupIndex, count] of counts) {
    if (count.inputs > 0 && count.lines > bestLines) {
      best = groupIndex;
      bestLines = count.lines;
    }
  }
  return best;
}

function labelsUsed(
  inputLabel: ExampleLabelLine | undefined,
  outputLabel: ExampleLabelLine | undefined,
): ExampleLabels | undefined {
  if (inputLabel === undefined) {
    return undefined;
  }
  return {
    input: inputLabel.label,
    output: outputLabel?.label ?? inLetterCaseOf(inputLabel.counterpart, inputLabel.label),
  };
}
