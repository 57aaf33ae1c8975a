/** Reads prompts whose examples are `text -> label` lines, optionally under `Example N:` headers. */
import { type ParsedPrompt } from './parsedPrompt';
import { type PromptLine, joinValueLines } from './promptLines';
import { separateTrailingInput } from './trailingInput';

const arrows = ['->', '=>', '\u2192'] as const;

interface ExampleDraft {
  readonly inputLines: string[];
  outputLines: string[] | undefined;
}

/** Splits at the first arrow; undefined when there is none or nothing stands before it. */
export function splitAtArrow(text: string): { left: string; right: string } | undefined {
  let arrowStart = -1;
  let arrowLength = 0;
  for (const arrow of arrows) {
    const index = text.indexOf(arrow);
    if (index >= 0 && (arrowStart < 0 || index < arrowStart)) {
      arrowStart = index;
      arrowLength = arrow.length;
    }
  }
  if (arrowStart < 0) {
    return undefined;
  }
  const left = text.slice(0, arrowStart).trim();
  if (left === '') {
    return undefined;
  }
  return { left, right: text.slice(arrowStart + arrowLength).trim() };
}

export function parseArrowLines(lines: readonly PromptLine[]): ParsedPrompt | undefined {
  const numberedHeaders = lines.filter((line) => line.kind === 'exampleHeader' && line.numbered).length;
  if (numberedHeaders === 0 && !hasArrowExamples(lines)) {
    return undefined;
  }

  const instructionLines: string[] = [];
  const drafts: ExampleDraft[] = [];
  let current: ExampleDraft | undefined;
  let structureStarted = false;

  for (const line of lines) {
    if (line.kind === 'exampleHeader') {
      structureStarted = true;
      current = line.numbered ? { inputLines: [], outputLines: undefined } : undefined;
      if (current !== undefined) {
        drafts.push(current);
      }
      continue;
    }
    if (!structureStarted && line.kind === 'instructionLabel') {
      instructionLines.push(line.value);
      continue;
    }
    const arrow = splitAtArrow(line.text);
    if (arrow !== undefined) {
      structureStarted = true;
      if (current === undefined || current.outputLines !== undefined) {
        current = { inputLines: [], outputLines: undefined };
        drafts.push(current);
      }
      current.inputLines.push(arrow.left);
      current.outputLines = [arrow.right];
    } else if (!structureStarted) {
      instructionLines.push(line.text);
    } else if (current !== undefined) {
      (current.outputLines ?? current.inputLines).push(line.text);
    }
  }

  const { examples, input } = separateTrailingInput(
    drafts.map((draft) => ({ input: joinValueLines(draft.inputLines), output: joinValueLines(draft.outputLines ?? []) })),
  );
  return {
    shape: numberedHeaders > 0 ? 'exampleBlocks' : 'arrowLines',
    instruction: joinValueLines(instructionLines),
    examples,
    input,
    labels: undefined,
  };
}

// One arrow in a sentence is not a pattern; two arrow lines are, and so is a last line `cheese =>`.
function hasArrowExamples(lines: readonly PromptLine[]): boolean {
  let arrowLines = 0;
  let lastNonBlank: string | undefined;
  for (const line of lines) {
    if (splitAtArrow(line.text) !== undefined) {
      arrowLines += 1;
    }
    if (line.text.trim() !== '') {
      lastNonBlank = line.text;
    }
  }
  const lastArrow = lastNonBlank === undefined ? undefined : splitAtArrow(lastNonBlank);
  return arrowLines >= 2 || (lastArrow !== undefined && lastArrow.right === '');
}
