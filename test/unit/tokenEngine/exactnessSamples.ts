// Texts that stress the pre-tokenizers and the merge, shared by the exactness tests of every family.

export const samples: Record<string, string> = {
  English: 'The quick brown fox jumps over the lazy dog. It\'s 9:30 and we\'ll leave at 10! DON\'T PANIC.',
  Portuguese: 'Ação, coração e pão: às vezes a INFORMAÇÃO é difícil. Você já viu o vovô? Não!',
  'Portuguese with combining accents': 'Aca\u0303o, corac\u0327a\u0303o, e\u0301poca, A\u0300',
  'emoji with ZWJ and skin tones': 'Família 👨‍👩‍👧‍👦, dev 👩🏿‍💻, ok 👍🏽👍🏻, flags 🇧🇷🇯🇵, 🏳️‍🌈 and 1️⃣ ❤️',
  CJK: '中文字符和日本語のテキスト、한국어 텍스트。全角スペース\u3000あり',
  code: 'export function add(a: number, b: number): number {\n  return a + b; // sum\n}\n\nconst x = [1, 2, 3].map((n) => n ** 2);\n',
  'special-token text': 'before<|endoftext|>after <|endofprompt|> <|fim_prefix|>x<|fim_middle|>y<|fim_suffix|>',
  CRLF: 'line one\r\nline two\r\n\r\n  indented\r\n',
  tabs: '\tcol1\tcol2\t\tcol3\n\t\t\tdeep',
  'lone surrogates': 'a\ud800b \udc00 c\ud83d \ude00d \udbff\udfff ok\ud800',
  'long whitespace': `${' '.repeat(200)}x${'\n'.repeat(50)}y${' \t'.repeat(40)}\n  z   `,
  'long runs': `${'a'.repeat(500)} ${'9'.repeat(301)} ${'!'.repeat(257)} ${'中'.repeat(99)}`,
  'pieces long enough for every merge strategy': `${'ab'.repeat(1100)} ${' '.repeat(2100)}x ${'=-'.repeat(1050)}`,
  'mixed case words': 'HTTPServer XMLHttpRequest iPhone McDonald ǅemal ÀÉÎÕÜ ßtraße ﬁne',
  'other scripts': 'Привет мир Ελληνικά العربية हिन्दी ไทย עברית ١٢٣ Ⅻ ½',
  'astral letters and digits': '𝐀𝐁𝐂 𝒶𝒷 𝟘𝟙 𐐀𐐨',
  'empty string': '',
};
