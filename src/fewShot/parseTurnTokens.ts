/** Chat transcripts written with a model's turn tokens: ChatML `<|im_start|>user` ... `<|im_end|>`, Gemma `<start_of_turn>model`. */
import { conversationToParsed, speakers, type Turn } from './parseChatMessages';
import { type ParsedPrompt } from './parsedPrompt';
import { cleanValue } from './promptText';

const turnFormats = [
  /<\|im_start\|>[ \t]*(\w+)[ \t]*\n?([\s\S]*?)(?=<\|im_end\|>|<\|im_start\|>|$)/g,
  /<start_of_turn>[ \t]*(\w+)[ \t]*\n?([\s\S]*?)(?=<end_of_turn>|<start_of_turn>|$)/g,
];

export function parseTurnTokens(source: string, start = 0, end = source.length): ParsedPrompt | undefined {
  const region = source.slice(start, end);
  for (const format of turnFormats) {
    const turns: Turn[] = [];
    const used: { start: number; end: number }[] = [];
    for (const match of region.matchAll(format)) {
      const speaker = speakers[(match[1] ?? '').toLowerCase()];
      const textStart = start + (match.index ?? 0) + match[0].length - (match[2] ?? '').length;
      const textEnd = textStart + (match[2] ?? '').length;
      if (speaker === undefined) {
        continue;
      }
      turns.push({ speaker, pieces: [{ start: textStart, end: textEnd, text: cleanValue(source.slice(textStart, textEnd)) }] });
      used.push({ start: textStart, end: textEnd });
    }
    if (turns.length >= 2) {
      return conversationToParsed(source, start, end, turns, used);
    }
  }
  return undefined;
}
