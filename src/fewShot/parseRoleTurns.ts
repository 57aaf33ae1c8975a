/**
 * Reads a chat written as role lines, `system:` / `user:` (a Prompty body) or `System: ...` / `Human: ...`,
 * when no example repeats: the system turn is the instruction and the last user turn the input (zero-shot).
 */
import { piece } from './exampleDrafts';
import { labelAtLineStart, labelKey } from './labelLines';
import { conversationToParsed, speakers, type Turn } from './parseChatMessages';
import { type ParsedPrompt } from './parsedPrompt';
import { sourceLines } from './promptText';

// Both a system and a user role line are needed; one search over the text saves reading every line's label.
const systemLine = /^[ \t>*_-]*(?:system|developer)[*_ \t]*[:：]/im;
const userLine = /^[ \t>*_-]*(?:user|human)[*_ \t]*[:：]/im;

export function parseRoleTurns(source: string, start = 0, end = source.length): ParsedPrompt | undefined {
  const region = source.slice(start, end);
  if (!systemLine.test(region) || !userLine.test(region)) {
    return undefined;
  }
  const turns: Turn[] = [];
  const used: { start: number; end: number }[] = [];
  let open: { speaker: Turn['speaker']; start: number } | undefined;
  let firstRoleLine: number | undefined;
  const close = (at: number): void => {
    if (open !== undefined) {
      turns.push({ speaker: open.speaker, pieces: [piece(source, open.start, at)] });
      used.push({ start: open.start, end: at });
    }
  };
  for (const line of sourceLines(source, start, end)) {
    const hit = labelAtLineStart(line);
    const speaker = hit === undefined || hit.heading ? undefined : speakers[labelKey(hit.label).replace(/ /g, '_')];
    if (hit === undefined || speaker === undefined) {
      continue;
    }
    firstRoleLine ??= line.start;
    close(line.start);
    open = { speaker, start: hit.valueStart };
  }
  close(end);
  const last = turns[turns.length - 1];
  if (firstRoleLine === undefined || last?.speaker !== 'user' || !turns.some((turn) => turn.speaker === 'instruction')) {
    return undefined;
  }
  // Text before the first role line is what the model reads first: more instruction (Prompty makes it a system turn).
  const before = piece(source, start, firstRoleLine);
  if (before.text !== '') {
    turns.unshift({ speaker: 'instruction', pieces: [before] });
    used.push({ start, end: firstRoleLine });
  }
  return conversationToParsed(source, start, end, turns, used);
}
