// LangChain's splitters set up as the reference for the chunking tests. Its TokenTextSplitter
// would fetch the encoding from the network on first use; it gets js-tiktoken's local ranks instead.
import { RecursiveCharacterTextSplitter, TokenTextSplitter } from '@langchain/textsplitters';
import { Tiktoken } from 'js-tiktoken/lite';
import cl100kBase from 'js-tiktoken/ranks/cl100k_base';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type ReferenceEncoding = 'cl100k_base' | 'o200k_base';

const tokenizers = new Map<ReferenceEncoding, Tiktoken>();

export function referenceTokenizer(encoding: ReferenceEncoding): Tiktoken {
  let tokenizer = tokenizers.get(encoding);
  if (tokenizer === undefined) {
    tokenizer = new Tiktoken(encoding === 'cl100k_base' ? cl100kBase : o200kBase);
    tokenizers.set(encoding, tokenizer);
  }
  return tokenizer;
}

export interface RecursiveParameters {
  readonly chunkSize: number;
  readonly chunkOverlap: number;
  readonly separators: readonly string[];
  /** Token length with this encoding; characters when absent. */
  readonly tokensOf?: ReferenceEncoding;
}

export function langChainRecursive(text: string, parameters: RecursiveParameters): Promise<string[]> {
  const tokenizer = parameters.tokensOf ? referenceTokenizer(parameters.tokensOf) : undefined;
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: parameters.chunkSize,
    chunkOverlap: parameters.chunkOverlap,
    separators: [...parameters.separators],
    ...(tokenizer ? { lengthFunction: (piece: string) => tokenizer.encode(piece, [], []).length } : {}),
  });
  return silenced(() => splitter.splitText(text));
}

export function langChainTokens(text: string, chunkSize: number, chunkOverlap: number, encoding: ReferenceEncoding): Promise<string[]> {
  const splitter = new TokenTextSplitter({ chunkSize, chunkOverlap, encodingName: encoding });
  (splitter as unknown as { tokenizer: Tiktoken }).tokenizer = referenceTokenizer(encoding);
  return splitter.splitText(text);
}

export function langChainSeparators(language: 'markdown' | 'python' | 'js'): string[] {
  return RecursiveCharacterTextSplitter.getSeparatorsForLanguage(language);
}

/** LangChain logs "Created a chunk of size..." for oversized merges; the tests check sizes themselves. */
async function silenced<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

export interface CorpusDocument {
  readonly name: string;
  readonly text: string;
  readonly preset: 'default' | 'markdown' | 'python' | 'js';
}

/** Markdown, code and prose, in English and Portuguese. */
export function chunkingCorpus(): CorpusDocument[] {
  const read = (file: string) => readFileSync(path.join(__dirname, 'corpus', file), 'utf8');
  return [
    { name: 'lesson-en.md', text: read('lesson-en.md'), preset: 'markdown' },
    { name: 'lesson-pt-br.md', text: read('lesson-pt-br.md'), preset: 'markdown' },
    { name: 'retriever.py', text: read('retriever.py'), preset: 'python' },
    { name: 'messages.ts', text: read('messages.ts.txt'), preset: 'js' },
    { name: 'prose-en.txt', text: read('prose-en.txt'), preset: 'default' },
    { name: 'prose-pt-br.txt', text: read('prose-pt-br.txt'), preset: 'default' },
  ];
}

/** Where LangChain's chunks sit in the text, found the way its createDocuments finds them. */
export function langChainOffsets(text: string, chunks: readonly string[]): { start: number; end: number }[] {
  let previous = -1;
  return chunks.map((chunk) => {
    const start = text.indexOf(chunk, previous + 1);
    previous = start;
    return { start, end: start + chunk.length };
  });
}
