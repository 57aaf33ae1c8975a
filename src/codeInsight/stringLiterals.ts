// The runtime text of string and template literals: escapes decoded, `${…}` / f-string `{…}`
// placeholders left out and counted, so a prompt's token count covers what the program sends.
import { TokenKind, type SourceTokens } from './sourceTokens';

export interface LiteralText {
  /** The literal parts, decoded, in order (placeholders removed). */
  readonly text: string;
  /** How many `${…}` or `{…}` placeholders were left out. */
  readonly placeholders: number;
}

const simpleEscapes: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0', a: '\x07' };

/** Decodes backslash escapes the way JS and Python do for the common cases; unknown escapes keep the backslash in Python. */
function decodeEscapes(raw: string, python: boolean): string {
  if (!raw.includes('\\')) {
    return raw;
  }
  let result = '';
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index];
    if (char !== '\\' || index === raw.length - 1) {
      result += char;
      continue;
    }
    const next = raw[++index];
    if (next in simpleEscapes && !(next === 'a' && !python)) {
      result += simpleEscapes[next];
    } else if (next === '\n') {
      // A line continuation inside the literal adds nothing.
    } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(raw.slice(index + 1, index + 3))) {
      result += String.fromCharCode(parseInt(raw.slice(index + 1, index + 3), 16));
      index += 2;
    } else if (next === 'u' && raw[index + 1] === '{' && !python) {
      const close = raw.indexOf('}', index);
      const codePoint = parseInt(raw.slice(index + 2, close), 16);
      result += Number.isFinite(codePoint) && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
      index = close;
    } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(index + 1, index + 5))) {
      result += String.fromCharCode(parseInt(raw.slice(index + 1, index + 5), 16));
      index += 4;
    } else if (python && !['\\', '\'', '"'].includes(next)) {
      result += `\\${next}`;
    } else {
      result += next;
    }
  }
  return result;
}

/** Python f-string body: `{{`/`}}` are braces, `{expr}` is a placeholder (nested braces and strings skipped). */
function splitFormatString(body: string, raw: boolean): LiteralText {
  let text = '';
  let literal = '';
  let placeholders = 0;
  let index = 0;
  while (index < body.length) {
    const char = body[index];
    if ((char === '{' || char === '}') && body[index + 1] === char) {
      literal += char;
      index += 2;
    } else if (char === '{') {
      text += raw ? literal : decodeEscapes(literal, true);
      literal = '';
      placeholders++;
      let depth = 1;
      index++;
      while (index < body.length && depth > 0) {
        if (body[index] === '{') {
          depth++;
        } else if (body[index] === '}') {
          depth--;
        }
        index++;
      }
    } else {
      literal += char;
      index++;
    }
  }
  text += raw ? literal : decodeEscapes(literal, true);
  return { text, placeholders };
}

function pythonLiteral(raw: string): LiteralText {
  const quoteAt = raw.search(/['"]/);
  const prefix = raw.slice(0, quoteAt).toLowerCase();
  const quote = raw[quoteAt];
  const triple = raw.startsWith(quote.repeat(3), quoteAt);
  const open = quoteAt + (triple ? 3 : 1);
  const closes = raw.length - open >= (triple ? 3 : 1) && raw.endsWith(triple ? quote.repeat(3) : quote);
  const body = raw.slice(open, closes ? raw.length - (triple ? 3 : 1) : raw.length);
  const isRaw = prefix.includes('r');
  if (prefix.includes('f')) {
    return splitFormatString(body, isRaw);
  }
  return { text: isRaw ? body : decodeEscapes(body, true), placeholders: 0 };
}

function jsQuotedLiteral(raw: string): LiteralText {
  const closes = raw.length >= 2 && raw.endsWith(raw[0]);
  return { text: decodeEscapes(raw.slice(1, closes ? -1 : raw.length), false), placeholders: 0 };
}

function templateLiteral(raw: string): LiteralText {
  let text = '';
  let placeholders = 0;
  let literalStart = 1;
  let index = 1;
  const bodyEnd = raw.length >= 2 && raw.endsWith('`') ? raw.length - 1 : raw.length;
  while (index < bodyEnd) {
    const code = raw.charCodeAt(index);
    if (code === 92) {
      index += 2;
    } else if (code === 36 && raw.charCodeAt(index + 1) === 123) {
      text += decodeEscapes(raw.slice(literalStart, index), false);
      placeholders++;
      index = skipExpression(raw, index + 2, bodyEnd);
      literalStart = index;
    } else {
      index++;
    }
  }
  text += decodeEscapes(raw.slice(literalStart, bodyEnd), false);
  return { text, placeholders };
}

/** The index after the `}` that closes the `${` expression starting at `from` (braces and quotes balanced). */
function skipExpression(raw: string, from: number, end: number): number {
  let depth = 0;
  let index = from;
  while (index < end) {
    const char = raw[index];
    if (char === '\'' || char === '"' || char === '`') {
      const close = raw.indexOf(char, index + 1);
      index = close < 0 ? end : close + 1;
    } else if (char === '{') {
      depth++;
      index++;
    } else if (char === '}') {
      if (depth === 0) {
        return index + 1;
      }
      depth--;
      index++;
    } else {
      index++;
    }
  }
  return end;
}

/** The runtime text of string or template token `token`. */
export function literalText(tokens: SourceTokens, token: number): LiteralText {
  const raw = tokens.text.slice(tokens.start[token], tokens.end[token]);
  if (tokens.kind[token] === TokenKind.Template) {
    return templateLiteral(raw);
  }
  return tokens.language === 'python' ? pythonLiteral(raw) : jsQuotedLiteral(raw);
}

/** A string token's value when it is a plain literal without placeholders (keys, model ids); else undefined. */
export function plainString(tokens: SourceTokens, token: number): string | undefined {
  const kind = tokens.kind[token];
  if (kind !== TokenKind.String && kind !== TokenKind.Template) {
    return undefined;
  }
  const literal = literalText(tokens, token);
  return literal.placeholders === 0 ? literal.text : undefined;
}
