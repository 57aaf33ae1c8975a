// Random text for differential tests and the bench: a fixed-seed generator, so every run checks
// the same strings, drawn from fragments chosen to stress the pre-tokenizers and the merge.

/** mulberry32: tiny, fast and good enough to drive test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const fragments: readonly string[] = [
  // ASCII words, case, contractions, code
  'the', ' quick', ' Brown', 'FOX', ' jumps', 'HTTPServer', 'camelCase', 'snake_case', "it's", " they'RE", "'ll", "'S", "I'd", ' don\'t',
  'const x = 1;', 'if (a && b) {', '}', '=>', '//', '/*', '*/', '#include', '<div>', '</div>', '===', '...', '?!', '$$', '@@',
  // digits
  '0', '7', '42', '1234', '3.14159', '2024-05-13', '١٢٣', '߀', 'Ⅻ', '½', '²', '①',
  // whitespace of every kind
  ' ', '  ', '    ', '\t', '\t\t', '\n', '\n\n', '\r\n', '\r', ' \n ', '\u000b', '\u000c', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u2003',
  // Portuguese and other Latin with accents (precomposed and combining)
  ' coração', ' ação', 'Ação', ' às', ' vovô', ' pão', 'ÉPOCA', ' fiança', 'e\u0301', 'A\u0300', '\u0301', '\u0327', 'ß', 'ſ', 'ǅ', 'ʰ', 'ﬁ',
  // CJK, Japanese, Korean, other scripts
  '中文', '字符', '日本語', 'のテキスト', 'カタカナ', '한국어', 'Привет', ' мир', 'Ελληνικά', 'العربية', 'हिन्दी', 'ไทย', 'עברית',
  // emoji: plain, skin tones, ZWJ sequences, flags, keycaps, variation selectors
  '😀', '👍', '👍🏽', '👩🏿‍💻', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇧🇷', '🇯🇵', '1️⃣', '❤️', '✨', '🧑‍🚀',
  // astral letters and digits, beyond plane 2 too, and tag characters (England's flag)
  '𝐀𝐁𝐂', '𝒶𝒷', '𝟘𝟙', '𐐀𐐨', '\u{30000}\u{30001}', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', 'a\u{E0100}',
  // lone surrogates
  '\ud800', '\udbff', '\udc00', '\udfff', 'a\ud83d', '\ude00b',
  // special-token text (ordinary text here)
  '<|endoftext|>', '<|endofprompt|>', '<|fim_prefix|>', '<|im_start|>',
  // punctuation runs
  '!!!', '---', '***', '"', "'", '`', '«»', '—', '…', '¿', '¡',
];

/** A run of one kind of character, long enough to exercise long pieces. */
function longRun(random: () => number): string {
  const units = ['a', 'A', ' ', '1', '!', '\n', '中', '😀', 'é', '\t', 'ab', ' a'];
  const unit = units[Math.floor(random() * units.length)];
  return unit.repeat(1 + Math.floor(random() * 64));
}

/** One random string of up to `maxFragments` fragments. */
export function randomText(random: () => number, maxFragments = 24): string {
  const count = 1 + Math.floor(random() * maxFragments);
  let text = '';
  for (let index = 0; index < count; index++) {
    const roll = random();
    if (roll < 0.03) {
      text += longRun(random);
    } else if (roll < 0.1) {
      text += String.fromCharCode(32 + Math.floor(random() * 95)); // any printable ASCII
    } else if (roll < 0.13) {
      text += String.fromCodePoint(Math.floor(random() * 0x30000)); // any code point, surrogates included
    } else {
      text += fragments[Math.floor(random() * fragments.length)];
    }
  }
  return text;
}

/** `count` random strings from `seed`. */
export function fuzzCorpus(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => randomText(random));
}
