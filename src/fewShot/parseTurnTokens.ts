/**
 * Chat transcripts written with a model's turn tokens: ChatML `<|im_start|>user` ... `<|im_end|>`, Gemma
 * `<start_of_turn>model`, Llama 3 `<|start_header_id|>user<|end_header_id|>` ... `<|eot_id|>`, Phi and
 * Zephyr `<|user|>` ... `<|end|>`, and Llama 2 / Mistral `[INST] ... [/INST] answer </s>` with `<<SYS>>`.
 */
import { conversationToParsed, speakers, type Turn } from './parseChatMessages';
import { type ParsedPrompt } from './parsedPrompt';
import { cleanValue } from './promptText';

// Each format: the role (group 1) and the turn's text (group 2), up to the turn's end token or the next turn.
const turnFormats = [
  /<\|im_start\|>[ \t]*(\w+)[ \t]*\n?([\s\S]*?)(?=<\|im_end\|>|<\|im_start\|>|$)/g,
  /<start_of_turn>[ \t]*(\w+)[ \t]*\n?([\s\S]*?)(?=<end_of_turn>|<start_of_turn>|$)/g,
  /<\|start_header_id\|>[ \t]*(\w+)[ \t]*<\|end_header_id\|>([\s\S]*?)(?=<\|eot_id\|>|<\|start_header_id\|>|$)/g,
  /<\|(system|user|assistant)\|>([\s\S]*?)(?=<\|end\|>|<\/s>|<\|(?:system|user|assistant)\|>|$)/g,
];

/** Whether a prompt holds any model's turn tokens (a cheap test before reading them). */
export const turnTokenMark = /<\|im_start\|>|<start_of_turn>|<\|start_header_id\|>|<\|(?:system|user|assistant)\|>|\[INST\]/;

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
      addTurn(source, turns, used, speaker, textStart, textEnd);
    }
    if (turns.length >= 2) {
      return conversationToParsed(source, start, end, turns, used);
    }
  }
  return parseInstTokens(source, start, end);
}

function addTurn(source: string, turns: Turn[], used: { start: number; end: number }[], speaker: Turn['speaker'], textStart: number, textEnd: number): void {
  turns.push({ speaker, pieces: [{ start: textStart, end: textEnd, text: cleanValue(source.slice(textStart, textEnd)) }] });
  used.push({ start: textStart, end: textEnd });
}

const instPair = /\[INST\]([\s\S]*?)\[\/INST\]([\s\S]*?)(?=<\/s>|<s>|\[INST\]|$)/g;
const systemBlock = /<<SYS>>([\s\S]*?)<<\/SYS>>/;

/** Llama 2 and Mistral: the user's text between `[INST]` and `[/INST]`, the answer after it, a system text in `<<SYS>>`. */
function parseInstTokens(source: string, start: number, end: number): ParsedPrompt | undefined {
  const region = source.slice(start, end);
  const turns: Turn[] = [];
  const used: { start: number; end: number }[] = [];
  for (const match of region.matchAll(instPair)) {
    const userStart = start + (match.index ?? 0) + '[INST]'.length;
    const userEnd = userStart + (match[1] ?? '').length;
    const system = systemBlock.exec(match[1] ?? '');
    if (system === null) {
      addTurn(source, turns, used, 'user', userStart, userEnd);
    } else {
      const systemStart = userStart + system.index + '<<SYS>>'.length;
      addTurn(source, turns, used, 'instruction', systemStart, systemStart + (system[1] ?? '').length);
      addTurn(source, turns, used, 'user', systemStart + (system[1] ?? '').length + '<</SYS>>'.length, userEnd);
    }
    const answerStart = userEnd + '[/INST]'.length;
    const answerEnd = answerStart + (match[2] ?? '').length;
    if (source.slice(answerStart, answerEnd).trim() !== '') {
      addTurn(source, turns, used, 'assistant', answerStart, answerEnd);
    }
  }
  return turns.length >= 2 ? conversationToParsed(source, start, end, turns, used) : undefined;
}
