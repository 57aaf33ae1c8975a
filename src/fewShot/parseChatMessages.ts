/**
 * Reads a JSON chat messages array (OpenAI style), or a request body holding one: system
 * messages are the instruction, user/assistant pairs the examples, a last user message the input.
 */
import { type FewShotExample, type ParsedPrompt } from './parsedPrompt';
import { separateTrailingInput } from './trailingInput';

type ChatRole = 'instruction' | 'user' | 'assistant';

interface ChatTurn {
  readonly role: ChatRole;
  readonly content: string;
}

const rolesByName: Readonly<Record<string, ChatRole>> = {
  system: 'instruction',
  developer: 'instruction',
  user: 'user',
  assistant: 'assistant',
};

export function parseChatMessages(text: string): ParsedPrompt | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const turns = readTurns(json);
  if (turns === undefined || turns.length === 0) {
    return undefined;
  }

  const instruction = turns.filter((turn) => turn.role === 'instruction').map((turn) => turn.content);
  const pairs: FewShotExample[] = [];
  let unanswered: string | undefined;
  for (const turn of turns) {
    if (turn.role === 'user') {
      // Two user turns in a row are one question sent in pieces.
      unanswered = unanswered === undefined ? turn.content : `${unanswered}\n\n${turn.content}`;
    } else if (turn.role === 'assistant' && unanswered !== undefined) {
      pairs.push({ input: unanswered, output: turn.content });
      unanswered = undefined;
    }
  }
  const separated = unanswered === undefined
    ? separateTrailingInput(pairs)
    : { examples: pairs, input: unanswered === '' ? undefined : unanswered };
  return {
    shape: 'chatMessages',
    instruction: instruction.join('\n\n').trim(),
    examples: separated.examples,
    input: separated.input,
    labels: undefined,
  };
}

/** Undefined unless every message has a role and text content: anything else is not this shape. */
function readTurns(json: unknown): ChatTurn[] | undefined {
  const container = isRecord(json) ? json : undefined;
  const messages = Array.isArray(json) ? json : container?.['messages'];
  if (!Array.isArray(messages)) {
    return undefined;
  }
  const turns: ChatTurn[] = [];
  // Anthropic's Messages API keeps the system prompt beside the messages, not among them.
  const topLevelSystem = container === undefined ? undefined : contentText(container['system']);
  if (topLevelSystem !== undefined) {
    turns.push({ role: 'instruction', content: topLevelSystem });
  }
  for (const message of messages) {
    if (!isRecord(message) || typeof message['role'] !== 'string') {
      return undefined;
    }
    const content = contentText(message['content']);
    if (content === undefined) {
      return undefined;
    }
    const role = rolesByName[message['role'].toLowerCase()];
    // Tool and function turns carry no example; they are skipped, not refused.
    if (role !== undefined) {
      turns.push({ role, content: content.trim() });
    }
  }
  return turns;
}

/** A string, or the text parts of a content array (`[{ "type": "text", "text": "..." }]`). */
function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') {
    return content;
  }
  if (!Array.isArray(content)) {
    return undefined;
  }
  const texts: string[] = [];
  for (const part of content) {
    if (isRecord(part) && typeof part['text'] === 'string') {
      texts.push(part['text']);
    }
  }
  return texts.join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
