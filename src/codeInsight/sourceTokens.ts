// A flat, allocation-light token list for JavaScript, TypeScript and Python source: just enough
// lexing (strings, comments, template literals, regex literals, brackets) to find calls and
// object literals safely. Hand-written because the extension needs one cheap pass that works on
// both languages and on half-typed code, which a full parser per language would not give.
import { endOfNumber, endOfQuoted, endOfRegex, endOfTemplate } from './literalEnds';
import { isDigit, isIdentifierPart, isIdentifierStart } from './identifierCharacters';

export type SourceLanguage = 'python' | 'javascript';

export const TokenKind = {
  Identifier: 1,
  Number: 2,
  String: 3,
  Template: 4,
  Punctuation: 5,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Struct of arrays: token i spans text[start[i], end[i]). `match` pairs brackets (or -1). */
export interface SourceTokens {
  readonly text: string;
  readonly language: SourceLanguage;
  readonly count: number;
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly match: Int32Array;
}

const maxTokens = 2_000_000;

class TokenSink {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }

  push(kind: TokenKind, start: number, end: number): void {
    if (this.count === this.kind.length) {
      const capacity = this.kind.length * 2;
      const kinds = new Uint8Array(capacity);
      kinds.set(this.kind);
      const starts = new Int32Array(capacity);
      starts.set(this.start);
      const ends = new Int32Array(capacity);
      ends.set(this.end);
      this.kind = kinds;
      this.start = starts;
      this.end = ends;
    }
    this.kind[this.count] = kind;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }
}

const keywordsBeforeRegex = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

/** A `/` starts a regex literal unless it follows something that ends an expression. */
function slashStartsRegex(sink: TokenSink, text: string): boolean {
  if (sink.count === 0) {
    return true;
  }
  const last = sink.count - 1;
  const kind = sink.kind[last];
  if (kind === TokenKind.Number || kind === TokenKind.String || kind === TokenKind.Template) {
    return false;
  }
  if (kind === TokenKind.Identifier) {
    return keywordsBeforeRegex.has(text.slice(sink.start[last], sink.end[last]));
  }
  const code = text.charCodeAt(sink.start[last]);
  return code !== 41 && code !== 93 && code !== 125;
}

/** Python string prefix (r, b, f, u and pairs) length at `index`, when a quote follows it; else -1. */
function pythonPrefixLength(text: string, index: number): number {
  for (let length = 0; length <= 2; length++) {
    const code = text.charCodeAt(index + length);
    if (code === 39 || code === 34) {
      return length;
    }
    if (!/[rRbBuUfF]/.test(text[index + length] ?? '')) {
      return -1;
    }
  }
  return -1;
}

function punctuationLength(text: string, index: number, code: number): number {
  const next = text.charCodeAt(index + 1);
  if (code === 61) {
    return next === 61 || next === 62 ? (text.charCodeAt(index + 2) === 61 ? 3 : 2) : 1; // == === =>
  }
  if ((code === 33 || code === 60 || code === 62) && next === 61) {
    return 2;
  }
  if (code === 42 && next === 42) {
    return 2;
  }
  if (code === 46 && next === 46 && text.charCodeAt(index + 2) === 46) {
    return 3;
  }
  if (code === 63 && next === 46 && !isDigit(text.charCodeAt(index + 2))) {
    return 2;
  }
  if (code === 58 && next === 61) {
    return 2; // Python's walrus, so `:=` is not a key colon.
  }
  return 1;
}

/** Lexes the whole text once. Unterminated constructs end at the text end; nothing throws. */
export function tokenize(text: string, language: SourceLanguage): SourceTokens {
  const sink = new TokenSink(Math.max(64, text.length >> 2));
  const python = language === 'python';
  let index = 0;
  const length = text.length;
  while (index < length && sink.count < maxTokens) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xfeff) {
      index++;
    } else if (python && code === 35) {
      const newline = text.indexOf('\n', index);
      index = newline < 0 ? length : newline;
    } else if (!python && code === 47 && text.charCodeAt(index + 1) === 47) {
      const newline = text.indexOf('\n', index);
      index = newline < 0 ? length : newline;
    } else if (!python && code === 47 && text.charCodeAt(index + 1) === 42) {
      const close = text.indexOf('*/', index + 2);
      index = close < 0 ? length : close + 2;
    } else if (code === 39 || code === 34) {
      const triple = python && text.charCodeAt(index + 1) === code && text.charCodeAt(index + 2) === code;
      const end = endOfQuoted(text, index, code, triple, false);
      sink.push(TokenKind.String, index, end);
      index = end;
    } else if (!python && code === 96) {
      const end = endOfTemplate(text, index);
      sink.push(TokenKind.Template, index, end);
      index = end;
    } else if (isIdentifierStart(code)) {
      const prefix = python ? pythonPrefixLength(text, index) : -1;
      if (prefix > 0) {
        const quoteAt = index + prefix;
        const quote = text.charCodeAt(quoteAt);
        const triple = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
        const raw = /[rR]/.test(text.slice(index, quoteAt));
        const end = endOfQuoted(text, quoteAt, quote, triple, raw);
        sink.push(TokenKind.String, index, end);
        index = end;
        continue;
      }
      let end = index + 1;
      while (end < length && isIdentifierPart(text.charCodeAt(end))) {
        end++;
      }
      sink.push(TokenKind.Identifier, index, end);
      index = end;
    } else if (isDigit(code) || (code === 46 && isDigit(text.charCodeAt(index + 1)))) {
      const end = endOfNumber(text, index);
      sink.push(TokenKind.Number, index, end);
      index = end;
    } else if (!python && code === 47 && slashStartsRegex(sink, text)) {
      index = endOfRegex(text, index); // Regex literals carry no parameters: skipped.
    } else {
      const size = punctuationLength(text, index, code);
      sink.push(TokenKind.Punctuation, index, index + size);
      index += size;
    }
  }
  return { text, language, count: sink.count, kind: sink.kind, start: sink.start, end: sink.end, match: matchBrackets(text, sink) };
}

/** Pairs (), [] and {} with a stack; an unbalanced bracket stays -1 and closes nothing it should not. */
function matchBrackets(text: string, sink: TokenSink): Int32Array {
  const match = new Int32Array(sink.count).fill(-1);
  const stack: number[] = [];
  for (let token = 0; token < sink.count; token++) {
    if (sink.kind[token] !== TokenKind.Punctuation || sink.end[token] - sink.start[token] !== 1) {
      continue;
    }
    const code = text.charCodeAt(sink.start[token]);
    if (code === 40 || code === 91 || code === 123) {
      stack.push(token);
    } else if (code === 41 || code === 93 || code === 125) {
      const opener = code === 41 ? 40 : code === 93 ? 91 : 123;
      // Pop to the nearest matching opener, so one stray bracket does not unbalance the rest.
      for (let depth = stack.length - 1; depth >= 0; depth--) {
        if (text.charCodeAt(sink.start[stack[depth]]) === opener) {
          const open = stack[depth];
          match[open] = token;
          match[token] = open;
          stack.length = depth;
          break;
        }
      }
    }
  }
  return match;
}

export function tokenText(tokens: SourceTokens, token: number): string {
  return tokens.text.slice(tokens.start[token], tokens.end[token]);
}

/** True when token is the one-character punctuation `char`. */
export function isPunctuation(tokens: SourceTokens, token: number, char: string): boolean {
  return token >= 0 && token < tokens.count && tokens.kind[token] === TokenKind.Punctuation
    && tokens.end[token] - tokens.start[token] === char.length && tokens.text.startsWith(char, tokens.start[token]);
}

/** The token whose span holds `offset` (end inclusive, so a cursor right after a word finds it), or -1. */
export function tokenAtOffset(tokens: SourceTokens, offset: number): number {
  let low = 0;
  let high = tokens.count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (tokens.end[middle] < offset) {
      low = middle + 1;
    } else if (tokens.start[middle] > offset) {
      high = middle - 1;
    } else {
      return middle;
    }
  }
  return -1;
}
