// One pass over the tokens that records what the matcher looks up later: the SDKs imported, where
// each name is assigned, and the callee of every call.
import { lastIndexWhere } from '../common/sortedSearch';
import type { SdkFamily } from './codeInsightTypes';
import { sdkOfModule } from './sdkModules';
import { plainString } from './stringLiterals';
import { isPunctuation, TokenKind, tokenText, type SourceTokens } from './sourceTokens';

export interface SourceIndex {
  readonly tokens: SourceTokens;
  readonly sdks: ReadonlySet<SdkFamily>;
  /** Name to the first token of each value assigned to it, in source order. */
  readonly assignments: ReadonlyMap<string, readonly number[]>;
  /** Local names imported from a known SDK (`from litellm import completion`, `import { generateText } from 'ai'`). */
  readonly importedNames: ReadonlySet<string>;
}

const identifier = (tokens: SourceTokens, token: number) => token >= 0 && token < tokens.count && tokens.kind[token] === TokenKind.Identifier;

/** Python `import a.b` / `from a.b import c`: the dotted module name after `token`. */
function dottedNameAfter(tokens: SourceTokens, token: number): string | undefined {
  let name = '';
  let index = token + 1;
  while (identifier(tokens, index)) {
    name += tokenText(tokens, index);
    if (!isPunctuation(tokens, index + 1, '.')) {
      break;
    }
    name += '.';
    index += 2;
  }
  return name.length > 0 ? name : undefined;
}

function importedModule(tokens: SourceTokens, token: number): string | undefined {
  const word = tokenText(tokens, token);
  if (tokens.language === 'python') {
    if (word === 'import' || word === 'from') {
      const atLineStart = token === 0 || tokens.text.lastIndexOf('\n', tokens.start[token]) >= tokens.end[token - 1] || isPunctuation(tokens, token - 1, ';');
      return atLineStart ? dottedNameAfter(tokens, token) : undefined;
    }
    return undefined;
  }
  // JS/TS: `from 'x'`, `import 'x'`, `require('x')`, `import('x')`.
  if (word === 'from' || word === 'import') {
    const next = token + 1;
    if (tokens.kind[next] === TokenKind.String) {
      return plainString(tokens, next);
    }
    if (word === 'import' && isPunctuation(tokens, next, '(') && tokens.kind[next + 1] === TokenKind.String) {
      return plainString(tokens, next + 1);
    }
  }
  if (word === 'require' && isPunctuation(tokens, token + 1, '(') && tokens.kind[token + 2] === TokenKind.String) {
    return plainString(tokens, token + 2);
  }
  return undefined;
}

/** The assigned name for an `=` token: `name =`, `obj.name =`, or TypeScript's `name: Type =`. */
function assignedName(tokens: SourceTokens, equals: number): string | undefined {
  const before = equals - 1;
  if (!identifier(tokens, before)) {
    return undefined;
  }
  // `const input: ConverseCommandInput = {…}`: the name sits before the colon.
  if (isPunctuation(tokens, before - 1, ':') && identifier(tokens, before - 2) && tokens.language === 'javascript') {
    const declaration = tokenText(tokens, before - 3);
    if (declaration === 'const' || declaration === 'let' || declaration === 'var' || isPunctuation(tokens, before - 3, ';') || before - 3 < 0) {
      return tokenText(tokens, before - 2);
    }
  }
  return tokenText(tokens, before);
}

/** The local name an import entry binds: `name`, or the alias after `as`. Returns the entry's last token too. */
function boundName(tokens: SourceTokens, token: number): { name: string; last: number } | undefined {
  if (!identifier(tokens, token)) {
    return undefined;
  }
  if (tokenText(tokens, token + 1) === 'as' && identifier(tokens, token + 2)) {
    return { name: tokenText(tokens, token + 2), last: token + 2 };
  }
  return { name: tokenText(tokens, token), last: token };
}

/** Names bound by the import at `token` (`from`, `import` or `require`), added to `names`. */
function addImportedNames(tokens: SourceTokens, token: number, names: Set<string>): void {
  if (tokens.language === 'python') {
    // `from x.y import a, b as c` or `from x import (a, b)`: the names after `import`.
    let next = token + 1;
    while (identifier(tokens, next) && tokenText(tokens, next) !== 'import') {
      next++;
      next += isPunctuation(tokens, next, '.') ? 1 : 0;
    }
    if (tokenText(tokens, token) !== 'from' || tokenText(tokens, next) !== 'import') {
      return;
    }
    const bracketed = isPunctuation(tokens, next + 1, '(');
    const close = bracketed ? tokens.match[next + 1] : tokens.count;
    for (let entry = next + (bracketed ? 2 : 1); entry < close && entry < tokens.count;) {
      const bound = boundName(tokens, entry);
      if (!bound) {
        return;
      }
      names.add(bound.name);
      // Without brackets a comma cannot end the line, so the names end at the first entry not followed by one.
      const separator = bound.last + 1;
      if (!isPunctuation(tokens, separator, ',')) {
        return;
      }
      entry = separator + 1;
    }
    return;
  }
  // JS: `import { a, b as c } from 'x'` and `const { a } = require('x')`: the braces before `from` / `= require`.
  const close = tokenText(tokens, token) === 'from' ? token - 1 : isPunctuation(tokens, token - 1, '=') ? token - 2 : -1;
  if (close < 0 || !isPunctuation(tokens, close, '}') || tokens.match[close] < 0) {
    return;
  }
  for (let entry = tokens.match[close] + 1; entry < close; entry++) {
    const bound = boundName(tokens, entry);
    if (bound) {
      names.add(bound.name);
      entry = bound.last;
    }
  }
}

export function indexSource(tokens: SourceTokens): SourceIndex {
  const sdks = new Set<SdkFamily>();
  const importedNames = new Set<string>();
  const assignments = new Map<string, number[]>();
  const { text, kind, start, end } = tokens;
  // Innermost open bracket: an `=` directly inside `(` or `[` is a keyword argument or a default, not an assignment.
  const openers: number[] = [];
  for (let token = 0; token < tokens.count; token++) {
    if (kind[token] === TokenKind.Punctuation && end[token] - start[token] === 1) {
      const code = text.charCodeAt(start[token]);
      if (code === 40 || code === 91 || code === 123) {
        openers.push(code);
        continue;
      }
      if (code === 41 || code === 93 || code === 125) {
        openers.pop();
        continue;
      }
    }
    if (kind[token] === TokenKind.Identifier) {
      const first = text.charCodeAt(start[token]);
      // Only `from`, `import` and `require` can start an import: check the first letter before slicing.
      if (first === 102 || first === 105 || first === 114) {
        const module = importedModule(tokens, token);
        const sdk = module !== undefined ? sdkOfModule(module, tokens.language) : undefined;
        if (sdk) {
          sdks.add(sdk);
          addImportedNames(tokens, token, importedNames);
        }
      }
    } else if (kind[token] === TokenKind.Punctuation && end[token] - start[token] === 1 && text.charCodeAt(start[token]) === 61 && token + 1 < tokens.count
      && openers[openers.length - 1] !== 40 && openers[openers.length - 1] !== 91) {
      const name = assignedName(tokens, token);
      if (name !== undefined) {
        const list = assignments.get(name);
        if (list) {
          list.push(token + 1);
        } else {
          assignments.set(name, [token + 1]);
        }
      }
    }
  }
  return { tokens, sdks, assignments, importedNames };
}

/** The value assigned to `name` closest before `use` (else the first one), as its first token. */
export function resolveAssignment(index: SourceIndex, name: string, use: number): number | undefined {
  const values = index.assignments.get(name);
  if (!values) {
    return undefined;
  }
  // Values are in source order: a binary search keeps a name assigned in every function (`prompt = …`) linear overall.
  const best = lastIndexWhere(values.length, (index) => values[index] < use);
  return best >= 0 ? values[best] : values[0];
}

export interface Callee {
  readonly members: string[];
  readonly constructed: boolean;
  /** First token of the callee expression. */
  readonly first: number;
}

/** The dotted callee before the `(` at `open`: `client.chat.completions.create`, `new ConverseCommand`, `OpenAI().responses.create`. */
export function calleeBefore(tokens: SourceTokens, open: number): Callee | undefined {
  let token = open - 1;
  if (!identifier(tokens, token)) {
    return undefined;
  }
  const members: string[] = [];
  let first = token;
  while (members.length < 8) {
    if (identifier(tokens, token)) {
      members.unshift(tokenText(tokens, token));
      first = token;
      token--;
    } else if ((isPunctuation(tokens, token, ')') || isPunctuation(tokens, token, ']')) && tokens.match[token] >= 0) {
      token = tokens.match[token] - 1; // A call or index in the chain: `OpenAI().chat`.
      continue;
    } else {
      break;
    }
    if (isPunctuation(tokens, token, '.') || isPunctuation(tokens, token, '?.')) {
      token--;
    } else {
      break;
    }
  }
  const constructed = identifier(tokens, first - 1) && tokenText(tokens, first - 1) === 'new';
  return { members, constructed, first };
}
