// Bench rows for Mistral's SentencePiece tokenizers (mistral_v1, mistral_v3): the engine's
// SentencePiece encoder against Google's SentencePiece (@sctg/sentencepiece-js, its C++ library in
// WebAssembly) loading Mistral's original model files: ready time and throughput on prose.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SentencePieceProcessor } from '@sctg/sentencepiece-js';
import { projectRoot } from '../support/nodeTokenizerLoader';
import type { BenchInput } from './benchInputs';
import type { BenchRow } from './benchReport';
import { megabytesPerSecond, sameIds, timed } from './measuring';

interface Tokenizer {
  encode(text: string): number[];
}

interface EngineModule {
  encoderFromFile(name: string, file: Uint8Array): Tokenizer;
}

const families = [
  { name: 'mistral_v1', model: 'tokenizer.model.v1' },
  { name: 'mistral_v3', model: 'mistral_instruct_tokenizer_240323.model.v3' },
] as const;

const reference = '@sctg/sentencepiece-js (Google SentencePiece, WebAssembly)';

function best(tokenizer: Tokenizer, input: BenchInput, runs: number): number {
  let fastest = 0;
  for (let run = 0; run < runs; run++) {
    fastest = Math.max(fastest, megabytesPerSecond(input.bytes, timed(() => tokenizer.encode(input.text)).milliseconds));
  }
  return fastest;
}

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
    const referenceTokenizer: Tokenizer = { encode: (text) => Array.from(processor.encodeIds(text)) };
    referenceTokenizer.encode('hello');
    const referenceMilliseconds = performance.now() - referenceStart;
    const note = `reference: ${reference}, in the same process; best of 5 engine runs, 2 reference runs`;
    rows.push({
      encoding: family.name,
      measure: 'ready time (read data, build, first count)',
      unit: 'ms',
      values: { engine: engineReady.milliseconds },
      ratio: `${(engineReady.milliseconds / referenceMilliseconds).toFixed(3)}x reference (${Math.round(referenceMilliseconds).toLocaleString('en')} ms)`,
      note,
    });
    for (const input of prose) {
      const exact = sameIds(engineReady.result.encode(input.text), referenceTokenizer.encode(input.text));
      const engineSpeed = best(engineReady.result, input, 5);
      const referenceSpeed = best(referenceTokenizer, input, 2);
      rows.push({
        encoding: family.name,
        measure: `${input.name} (${(input.bytes / 1e6).toFixed(2)} MB)`,
        unit: 'MB/s',
        values: { engine: engineSpeed },
        ratio: `${(engineSpeed / referenceSpeed).toFixed(1)}x reference (${referenceSpeed.toFixed(2)} MB/s)`,
        target: 'exact',
        pass: exact,
        note: `${note}; ids ${exact ? 'equal' : 'DIFFER'}`,
      });
    }
  }
  return rows;
}
