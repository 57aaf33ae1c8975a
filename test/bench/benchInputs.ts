// The bench's inputs, each built the same way on every run: real TypeScript, prose generated with
// a fixed seed from the course's own Markdown, and adversarial runs.
import { transformSync } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../unit/tokenEngine/fuzzText';

export const mebibyte = 1 << 20;

export interface BenchInput {
  readonly name: string;
  readonly text: string;
  /** UTF-8 bytes, the unit of throughput. */
  readonly bytes: number;
  /**
   * Set for one long run of a character: a single piece, on which js-tiktoken and gpt-tokenizer
   * are quadratic (hours at this length), so they are measured on shorter runs of it instead.
   */
  readonly run?: string;
}

function input(name: string, text: string, run?: string): BenchInput {
  return { name, text, bytes: Buffer.byteLength(text, 'utf8'), run };
}

/** The longest prefix of `text` within `limit` UTF-8 bytes, never ending inside a surrogate pair. */
function utf8Prefix(text: string, limit: number): string {
  let bytes = 0;
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index) as number;
    const length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (bytes + length > limit) {
      break;
    }
    bytes += length;
    index += codePoint >= 0x10000 ? 2 : 1;
  }
  return text.slice(0, index);
}

function markdownFiles(directory: string): string[] {
  if (!existsSync(directory)) {
    return [];
  }
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => path.join(directory, file));
}

/**
 * `bytes` of text from a word-bigram chain over `sources`: the words, their frequencies and their
 * neighbours are real, but the text does not repeat (repeating a file would flatter any cache).
 */
function proseLike(sources: readonly string[], bytes: number, seed: number): string {
  const words = sources.map((file) => readFileSync(file, 'utf8')).join('\n').match(/\S+\s*/g) ?? [];
  if (words.length < 100) {
    throw new Error(`Not enough prose to learn from in ${sources.join(', ')}`);
  }
  const followers = new Map<string, string[]>();
  for (let index = 0; index + 1 < words.length; index++) {
    const list = followers.get(words[index]) ?? [];
    list.push(words[index + 1]);
    followers.set(words[index], list);
  }
  const random = seededRandom(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)];
  const parts: string[] = [];
  let length = 0;
  for (let word = pick(words); length < bytes; word = pick(followers.get(word) ?? words)) {
    parts.push(word);
    length += Buffer.byteLength(word, 'utf8');
  }
  return utf8Prefix(parts.join(''), bytes);
}

/** TypeScript's own declaration files, then its compiler's JavaScript when more is needed. */
function typeScriptSource(root: string, bytes: number): string {
  const library = path.join(root, 'node_modules', 'typescript', 'lib');
  const files = [...readdirSync(library).filter((file) => file.endsWith('.d.ts')).sort(), 'typescript.js', '_tsc.js'];
  let text = '';
  for (const file of files) {
    text += readFileSync(path.join(library, file), 'utf8');
    if (text.length >= bytes) {
      break;
    }
  }
  return utf8Prefix(text, bytes);
}

function minifiedOneLine(root: string, bytes: number): string {
  const source = readFileSync(path.join(root, 'node_modules', 'typescript', 'lib', 'typescript.js'), 'utf8');
  const minified = transformSync(source, { minify: true, loader: 'js', logLevel: 'silent' }).code.replace(/\n/g, ' ');
  return utf8Prefix(minified, bytes);
}

function randomDigits(length: number, seed: number): string {
  const random = seededRandom(seed);
  return Array.from({ length }, () => String.fromCharCode(48 + Math.floor(random() * 10))).join('');
}

export interface BenchInputs {
  /** Realistic text, for throughput. */
  readonly prose: readonly BenchInput[];
  /** Adversarial text, each to take under a second. */
  readonly stress: readonly BenchInput[];
  /** A long document for the async slice measurement. */
  readonly tenMegabyteDocument: BenchInput;
  /** The worst case for slicing: ten million characters in one piece. */
  readonly tenMillionSpaces: BenchInput;
}

export function benchInputs(root: string, courseDirectory: string): BenchInputs {
  const typeScript = typeScriptSource(root, 10 * mebibyte);
  const englishSources = [...markdownFiles(path.join(root, 'lessons', 'en')), path.join(root, 'lessons', 'README.md')].filter(existsSync);
  const portugueseSources = [...markdownFiles(courseDirectory), ...markdownFiles(path.join(root, 'lessons', 'pt-br'))];
  return {
    prose: [
      input('TypeScript source', utf8Prefix(typeScript, mebibyte)),
      input('English prose', proseLike(englishSources, mebibyte, 1)),
      input('Portuguese prose', proseLike(portugueseSources, mebibyte, 2)),
    ],
    stress: [
      input("1,000,000 x 'a'", 'a'.repeat(1_000_000), 'a'),
      input('1,000,000 spaces', ' '.repeat(1_000_000), ' '),
      input('1 MiB random digits', randomDigits(mebibyte, 3)),
      input('1 MiB minified JS, one line', minifiedOneLine(root, mebibyte)),
    ],
    tenMegabyteDocument: input('10 MiB TypeScript', typeScript),
    tenMillionSpaces: input('10,000,000 spaces (one piece)', ' '.repeat(10_000_000), ' '),
  };
}
