import * as assert from 'node:assert/strict';
import { cl100kPattern, cl100kPieceEnd } from '../../../src/tokenEngine/scanning/cl100kPieces';
import { gpt2Pattern, gpt2PieceEnd } from '../../../src/tokenEngine/scanning/gpt2Pieces';
import { o200kPattern, o200kPieceEnd } from '../../../src/tokenEngine/scanning/o200kPieces';
import { pieceScannerFor, type PieceScanner } from '../../../src/tokenEngine/scanning/pieceScanner';
import { regexPieceScanner, withUnicodeWhitespace } from '../../../src/tokenEngine/scanning/regexPieces';
import { fuzzCorpus } from './fuzzText';

function piecesOf(scanner: PieceScanner, text: string): string[] {
  const pieces: string[] = [];
  for (let position = 0; position < text.length; ) {
    const end = scanner(text, position);
    if (end < 0) {
      position = ~end;
      continue;
    }
    pieces.push(text.slice(position, end));
    position = end;
  }
  return pieces;
}

/** The pattern as tiktoken runs it: `\s` is Unicode White_Space (JavaScript's differs on U+0085 and U+FEFF). */
function piecesByRegex(pattern: string, text: string): string[] {
  return [...text.matchAll(new RegExp(withUnicodeWhitespace(pattern), 'gu'))].map((match) => match[0]);
}

const patterns = { o200k_base: o200kPattern, cl100k_base: cl100kPattern, 'r50k_base and p50k_base': gpt2Pattern };

describe('pre-tokenizers', () => {
  for (const [encoding, pattern] of Object.entries(patterns)) {
    it(`split text into the same pieces as ${encoding}'s regex`, () => {
      const scanner = pieceScannerFor(pattern);
      assert.ok([o200kPieceEnd, cl100kPieceEnd, gpt2PieceEnd].includes(scanner), 'a hand-written scanner');
      for (const text of fuzzCorpus(4242, 5_000)) {
        assert.deepEqual(piecesOf(scanner, text), piecesByRegex(pattern, text), JSON.stringify(text));
      }
    });

    it(`keep ${encoding}'s long runs whole, as its regex does`, () => {
      const scanner = pieceScannerFor(pattern);
      for (const text of ['a'.repeat(100_000), ' '.repeat(100_000), `${' '.repeat(100_000)}x`, '7'.repeat(100_001), '!'.repeat(100_000), `\n${' '.repeat(99_999)}`]) {
        assert.deepEqual(piecesOf(scanner, text), piecesByRegex(pattern, text));
      }
    });
  }

  it('fall back to the regex for a pattern they do not know, skipping text it does not match', () => {
    const scanner = pieceScannerFor('\\p{L}+');
    assert.deepEqual(piecesOf(scanner, 'ab, cd! 😀ef'), ['ab', 'cd', 'ef']);
    assert.deepEqual(piecesOf(regexPieceScanner('\\d+'), '12 ab 34'), ['12', '34']);
  });

  it('read \\s in a fallback pattern as Unicode White_Space: U+0085 is whitespace, U+FEFF is not', () => {
    const scanner = regexPieceScanner('\\s+|\\S+');
    assert.deepEqual(piecesOf(scanner, 'a\u0085b\ufeffc'), ['a', '\u0085', 'b\ufeffc']);
    assert.equal(withUnicodeWhitespace('[^\\s\\p{L}]\\S\\\\s'), '[^\\p{White_Space}\\p{L}]\\P{White_Space}\\\\s');
  });
});
