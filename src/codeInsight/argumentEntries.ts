// The entries between a pair of brackets: keyword arguments, object/dict keys, spreads and plain values.
import { plainString } from './stringLiterals';
import { isPunctuation, TokenKind, tokenText, type SourceTokens } from './sourceTokens';

export type Entry =
  /** `key=value`, `key: value`, `"key": value`, or a shorthand `{ key }` (value is the key itself). */
  | { readonly type: 'keyed'; readonly key: string; readonly keyToken: number; readonly first: number; readonly last: number }
  /** `**name`, `...name` (or any spread expression). */
  | { readonly type: 'spread'; readonly first: number; readonly last: number }
  | { readonly type: 'positional'; readonly first: number; readonly last: number };

const maxEntries = 500;

/** Entries of the group opened at `open` (its `match` must be set); nested groups are skipped whole. */
export function entriesOf(tokens: SourceTokens, open: number): Entry[] {
  const close = tokens.match[open];
  if (close < 0) {
    return [];
  }
  const entries: Entry[] = [];
  let segmentStart = open + 1;
  let token = open + 1;
  while (token <= close && entries.length < maxEntries) {
    if (token === close || isPunctuation(tokens, token, ',')) {
      if (token > segmentStart) {
        entries.push(entryOf(tokens, segmentStart, token - 1, tokens.text.charCodeAt(tokens.start[open]) === 123));
      }
      segmentStart = token + 1;
      token++;
      continue;
    }
    const match = tokens.match[token];
    token = match > token ? match + 1 : token + 1;
  }
  return entries;
}

function entryOf(tokens: SourceTokens, first: number, last: number, inObject: boolean): Entry {
  if (isPunctuation(tokens, first, '**') || isPunctuation(tokens, first, '...')) {
    return { type: 'spread', first: first + 1, last };
  }
  const keyKind = tokens.kind[first];
  const separatorIsKeyword = tokens.language === 'python' && !inObject && isPunctuation(tokens, first + 1, '=');
  const separatorIsColon = isPunctuation(tokens, first + 1, ':') && (inObject || tokens.language === 'javascript');
  if (last > first + 1 && (separatorIsKeyword || (separatorIsColon && inObject))) {
    const key = keyKind === TokenKind.Identifier || keyKind === TokenKind.Number ? tokenText(tokens, first) : plainString(tokens, first);
    if (key !== undefined && (keyKind === TokenKind.Identifier || keyKind === TokenKind.String || keyKind === TokenKind.Number)) {
      return { type: 'keyed', key, keyToken: first, first: first + 2, last };
    }
  }
  if (inObject && first === last && keyKind === TokenKind.Identifier && tokens.language === 'javascript') {
    return { type: 'keyed', key: tokenText(tokens, first), keyToken: first, first, last };
  }
  return { type: 'positional', first, last };
}

/** The group a value opens when it is exactly one bracketed group (`{…}`, `[…]`, `(…)`), else -1. */
export function wholeGroup(tokens: SourceTokens, first: number, last: number): number {
  return tokens.match[first] === last && last > first ? first : -1;
}
