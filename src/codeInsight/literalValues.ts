// Reading a value as written: numbers, strings, booleans, null, or a constant assigned one of those.
import type { LiteralValue } from './codeInsightTypes';
import { resolveAssignment, type SourceIndex } from './sourceIndex';
import { plainString } from './stringLiterals';
import { isPunctuation, TokenKind, tokenText, type SourceTokens } from './sourceTokens';

const expression: LiteralValue = { type: 'expression' };

function parseNumber(raw: string): number | undefined {
  const cleaned = raw.replace(/_/g, '').replace(/n$/, '');
  const value = /^0[xob]/i.test(cleaned) ? Number(cleaned) : Number.parseFloat(cleaned);
  return Number.isFinite(value) && /^[0-9.]/.test(cleaned) ? value : undefined;
}

function singleToken(tokens: SourceTokens, token: number): LiteralValue {
  switch (tokens.kind[token]) {
    case TokenKind.Number: {
      const value = parseNumber(tokenText(tokens, token));
      return value === undefined ? expression : { type: 'number', value };
    }
    case TokenKind.String:
    case TokenKind.Template: {
      const value = plainString(tokens, token);
      return value === undefined ? expression : { type: 'string', value };
    }
    case TokenKind.Identifier: {
      const word = tokenText(tokens, token);
      if (word === 'True' || word === 'true' || word === 'False' || word === 'false') {
        return { type: 'boolean', value: word === 'True' || word === 'true' };
      }
      return word === 'None' || word === 'null' ? { type: 'null' } : expression;
    }
    default:
      return expression;
  }
}

/** True when the token after a value ends the statement or the entry (a newline, `;`, `,` or a closing bracket). */
function valueEndsAt(tokens: SourceTokens, token: number): boolean {
  const next = token + 1;
  if (next >= tokens.count) {
    return true;
  }
  if (tokens.text.lastIndexOf('\n', tokens.start[next]) >= tokens.end[token]) {
    return true;
  }
  return [';', ',', ')', ']', '}'].some((char) => isPunctuation(tokens, next, char));
}

/** The literal value of tokens first..last; a name assigned a literal once (`TEMPERATURE = 0.2`) reads as that literal. */
export function literalValue(index: SourceIndex, first: number, last: number): LiteralValue {
  const { tokens } = index;
  if (first === last) {
    const value = singleToken(tokens, first);
    if (value.type === 'expression' && tokens.kind[first] === TokenKind.Identifier) {
      const assigned = resolveAssignment(index, tokenText(tokens, first), first);
      if (assigned !== undefined && assigned !== first && valueEndsAt(tokens, assigned)) {
        const constant = singleToken(tokens, assigned);
        return constant.type === 'expression' || constant.type === 'null' ? expression : constant;
      }
    }
    return value;
  }
  if (last === first + 1 && isPunctuation(tokens, first, '-') && tokens.kind[last] === TokenKind.Number) {
    const value = parseNumber(tokenText(tokens, last));
    return value === undefined ? expression : { type: 'number', value: -value };
  }
  return expression;
}
