/** Separates a learner's prompt into instruction, examples and input, whatever shape it was written in. */
import { parseArrowLines } from './parseArrowLines';
import { parseChatMessages } from './parseChatMessages';
import { parseLabeledLines } from './parseLabeledLines';
import { type ParsedPrompt } from './parsedPrompt';
import { normalizeLineBreaks, splitPromptLines } from './promptLines';
import { parseXmlExamples, parseXmlInstructionAndInput } from './parseXmlExamples';

// Most specific first: JSON and `<example>` tags mark their structure unambiguously; label lines
// beat arrows because `Q: a -> b` is a question that happens to hold an arrow; a bare `<input>`
// element comes last because inside a `Q:` line it is more likely HTML being asked about.
export function parsePrompt(text: string): ParsedPrompt {
  const normalized = normalizeLineBreaks(text);
  const structured = parseChatMessages(normalized) ?? parseXmlExamples(normalized);
  if (structured !== undefined) {
    return structured;
  }
  const lines = splitPromptLines(normalized);
  return (
    parseLabeledLines(lines) ??
    parseArrowLines(lines) ??
    parseXmlInstructionAndInput(normalized) ?? {
      shape: 'instructionOnly',
      instruction: normalized.trim(),
      examples: [],
      input: undefined,
      labels: undefined,
    }
  );
}
