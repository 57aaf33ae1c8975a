// Prompt text from a value: a string (or concatenation, f-string, template literal), or a list of
// messages in the shapes the SDKs take ({role, content}, Converse content blocks, LangChain tuples
// and message classes), following names to the literal they were assigned.
import { entriesOf, wholeGroup } from './argumentEntries';
import { calleeBefore, resolveAssignment, type SourceIndex } from './sourceIndex';
import { literalText } from './stringLiterals';
import { isPunctuation, TokenKind, tokenText, type SourceTokens } from './sourceTokens';

export interface PromptDraft {
  readonly texts: string[];
  placeholders: number;
  start: number;
  end: number;
  messages: number;
  shape: 'text' | 'messages';
}

const maxDepth = 8;
const textWrappers = new Set(['dedent', 'cleandoc', 'str', 'String', 'strip']);
/** Keys holding a message's text; `parts` is Gemini's list of `{text}` parts in a `{role, parts}` content. */
const messageTextKeys = new Set(['content', 'text', 'prompt', 'message', 'parts']);

const isStringToken = (tokens: SourceTokens, token: number) => tokens.kind[token] === TokenKind.String || tokens.kind[token] === TokenKind.Template;

function emptyDraft(shape: 'text' | 'messages'): PromptDraft {
  return { texts: [], placeholders: 0, start: Number.MAX_SAFE_INTEGER, end: -1, messages: 0, shape };
}

function cover(draft: PromptDraft, start: number, end: number): void {
  draft.start = Math.min(draft.start, start);
  draft.end = Math.max(draft.end, end);
}

/**
 * A text value: literals joined by `+` (or Python's adjacent literals), trailing `.strip()`-like calls ignored,
 * `dedent(…)` unwrapped. Names in a `+` chain count as placeholders. Undefined when no literal is in it.
 */
function textValue(index: SourceIndex, first: number, last: number, depth: number): PromptDraft | undefined {
  const { tokens } = index;
  const group = wholeGroup(tokens, first, last);
  if (group >= 0 && isPunctuation(tokens, group, '(')) {
    return textValue(index, first + 1, last - 1, depth);
  }
  if (isPunctuation(tokens, last, ')') && tokens.match[last] > first) {
    const open = tokens.match[last];
    const callee = calleeBefore(tokens, open);
    if (callee && callee.first === first && textWrappers.has(callee.members[callee.members.length - 1])) {
      return textValue(index, open + 1, last - 1, depth);
    }
  }
  const draft = emptyDraft('text');
  let literal = '';
  let token = first;
  let expectOperand = true;
  while (token <= last) {
    if (isStringToken(tokens, token)) {
      const part = literalText(tokens, token);
      literal += part.text;
      draft.placeholders += part.placeholders;
      cover(draft, tokens.start[token], tokens.end[token]);
      expectOperand = tokens.language === 'python';
      token++;
    } else if (isPunctuation(tokens, token, '+')) {
      expectOperand = true;
      token++;
    } else if (expectOperand && tokens.kind[token] === TokenKind.Identifier && (token === last || isPunctuation(tokens, token + 1, '+'))) {
      draft.placeholders++;
      expectOperand = false;
      token++;
    } else if (draft.end >= 0 && (isPunctuation(tokens, token, '.') || isPunctuation(tokens, token, '%'))) {
      break; // `"…".strip()`, `"…".format(x)`, `"…" % x`: the literal is the template.
    } else {
      return undefined;
    }
  }
  if (draft.end < 0) {
    return undefined;
  }
  draft.texts.push(literal);
  return draft;
}

function merge(into: PromptDraft, from: PromptDraft): void {
  into.texts.push(...from.texts);
  into.placeholders += from.placeholders;
  into.messages += Math.max(1, from.messages);
  if (from.end >= 0) {
    cover(into, from.start, from.end);
  }
}

/** One message (or content block): its text pieces, or a placeholder when it is not literal. */
function messageValue(index: SourceIndex, first: number, last: number, depth: number): PromptDraft | undefined {
  const { tokens } = index;
  const text = textValue(index, first, last, depth);
  if (text) {
    return text;
  }
  const group = wholeGroup(tokens, first, last);
  if (group >= 0 && isPunctuation(tokens, group, '{')) {
    const draft = emptyDraft('messages');
    for (const entry of entriesOf(tokens, group)) {
      if (entry.type === 'keyed' && messageTextKeys.has(entry.key)) {
        const inner = promptValue(index, entry.first, entry.last, depth + 1);
        if (inner) {
          draft.texts.push(...inner.texts);
          draft.placeholders += inner.placeholders;
          cover(draft, inner.start, inner.end);
        }
      }
    }
    return draft.texts.length > 0 ? draft : undefined;
  }
  if (group >= 0) {
    // A tuple or array message: ("system", "…") / ["human", "…"]; the text is the last element.
    const entries = entriesOf(tokens, group);
    const lastEntry = entries[entries.length - 1];
    return entries.length >= 2 && lastEntry ? textValue(index, lastEntry.first, lastEntry.last, depth) : undefined;
  }
  if (isPunctuation(tokens, last, ')') && tokens.match[last] > first) {
    // SystemMessage(content="…"), new HumanMessage("…"), HumanMessagePromptTemplate.from_template("…").
    const open = tokens.match[last];
    for (const entry of entriesOf(tokens, open)) {
      if (entry.type === 'positional' || (entry.type === 'keyed' && messageTextKeys.has(entry.key))) {
        return textValue(index, entry.first, entry.last, depth);
      }
    }
  }
  return undefined;
}

/** Text or messages from a value, following a name to its assignment. Undefined when nothing literal is in it. */
export function promptValue(index: SourceIndex, first: number, last: number, depth = 0): PromptDraft | undefined {
  const { tokens } = index;
  if (depth > maxDepth) {
    return undefined;
  }
  if (first === last && tokens.kind[first] === TokenKind.Identifier) {
    const assigned = resolveAssignment(index, tokenText(tokens, first), first);
    if (assigned === undefined || assigned === first) {
      return undefined;
    }
    const end = tokens.match[assigned] > assigned ? tokens.match[assigned] : statementEnd(tokens, assigned);
    return promptValue(index, assigned, end, depth + 1);
  }
  const group = wholeGroup(tokens, first, last);
  if (group >= 0 && isPunctuation(tokens, group, '[')) {
    const draft = emptyDraft('messages');
    for (const entry of entriesOf(tokens, group)) {
      if (entry.type === 'spread') {
        draft.placeholders++;
        continue;
      }
      const message = messageValue(index, entry.first, entry.last, depth + 1)
        ?? (entry.first === entry.last ? promptValue(index, entry.first, entry.last, depth + 1) : undefined);
      if (message) {
        merge(draft, message);
      } else {
        draft.placeholders++;
      }
    }
    return draft.texts.length > 0 ? { ...draft, start: tokens.start[group], end: tokens.end[tokens.match[group]] } : undefined;
  }
  return textValue(index, first, last, depth) ?? messageValue(index, first, last, depth);
}

/** The last token of a one-line value starting at `first` (stops at a newline outside brackets, `;` or `,`). */
export function statementEnd(tokens: SourceTokens, first: number): number {
  let token = first;
  while (token + 1 < tokens.count) {
    const match = tokens.match[token];
    if (match > token) {
      token = match;
    }
    const next = token + 1;
    if (next >= tokens.count || tokens.text.lastIndexOf('\n', tokens.start[next]) >= tokens.end[token]
      || [';', ',', ')', ']', '}'].some((char) => isPunctuation(tokens, next, char))) {
      // Python's implicit concatenation across lines only happens inside brackets, which `match` skipped.
      if (!isPunctuation(tokens, next, '+') && !isPunctuation(tokens, token, '+')) {
        return token;
      }
    }
    token = next;
  }
  return token;
}
