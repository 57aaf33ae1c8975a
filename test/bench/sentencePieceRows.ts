// Bench rows for Mistral's SentencePiece tokenizers (mistral_v1, mistral_v3): the engine's
// SentencePiece encoder against Google's SentencePiece (@sctg/sentencepiece-js, its C++ library in
// WebAssembly) loading Mistral's original model files: ready time and throughput on prose.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SentencePieceProcessor } from '@sctg/sentencepiece-js';
import { projectRoot } from '../support/nodeTokenizerLoader';
import type { BenchInput } from './benchInputs';
import type { BenchRow } from './benchReport';
import { type FamilyTokenizer, readyAndThroughputRows } from './familyRowPair';
import { timed } from './measuring';

interface EngineModule {
  encoderFromFile(name: string, file: Uint8Array): FamilyTokenizer;
}

const families = [
  { name: 'mistral_v1', model: 'tokenizer.model.v1' },
  { name: 'mistral_v3', model: 'mistral_instruct_tokenizer_240323.model.v3' },
] as const;

const reference = '@sctg/sentencepiece-js (Google SentencePiece, WebAssembly)';

export async function sentencePieceRows(engine: EngineModule, tokenizerFolder: string, prose: readonly BenchInput[], progress: (message: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const family of families) {
    progress(`${family.name}: ready time and throughput against ${reference}`);
    const engineReady = timed(() => {
      const encoder = engine.encoderFromFile(family.name, new Uint8Array(readFileSync(`${tokenizerFolder}/${family.name}.tiktoken.bin`)));
      encoder.encode('hello');
      return encoder;
    });
    const referenceStart = performance.now();
    const processor = new SentencePieceProcessor();
    await processor.load(path.join(projectRoot(), 'vendor', 'mistral-common', family.model));
    const referenceTokenizer: FamilyTokenizer = { encode: (text) => Array.from(processor.encodeIds(text)) };
    referenceTokenizer.encode('hello');
    const referenceMilliseconds = performance.now() - referenceStart;
    const note = `reference: ${reference}, in the same process; best of 5 engine runs, 2 reference runs`;
    rows.push(...readyAndThroughputRows({ family: family.name, engine: engineReady.result, engineMilliseconds: engineReady.milliseconds, reference: referenceTokenizer, referenceMilliseconds, note }, prose));
  }
  return rows;
}
