// The bench's comparisons of the three tokenizers: exactness, throughput, adversarial inputs.
import { get_encoding } from 'tiktoken';
import type { BenchInput } from './benchInputs';
import type { BenchRow } from './benchReport';
import { contenderNames, type BenchEncoding, type Contender, type ContenderName } from './contenders';
import { countMilliseconds, type ProbeSetup } from './freshProcess';
import { megabytesPerSecond, sameIds, timed } from './measuring';

export type Contenders = Record<ContenderName, Contender>;

/**
 * Every string of the fuzz corpus, against OpenAI's tiktoken (WASM): js-tiktoken and gpt-tokenizer
 * read `\s` as JavaScript does, so they differ from it on U+0085 and U+FEFF, which the corpus holds.
 */
export function fuzzExactnessRow(encoding: BenchEncoding, contenders: Contenders, corpus: readonly string[]): BenchRow {
  let engineMismatches = 0;
  let gptTokenizerMismatches = 0;
  const tiktoken = get_encoding(encoding);
  for (const text of corpus) {
    const expected = Array.from(tiktoken.encode_ordinary(text));
    engineMismatches += sameIds(contenders.engine.encode(text), expected) ? 0 : 1;
    gptTokenizerMismatches += sameIds(contenders['gpt-tokenizer'].encode(text), expected) ? 0 : 1;
  }
  return {
    encoding,
    measure: `fuzz corpus (${corpus.length.toLocaleString('en')} strings)`,
    unit: 'ids',
    values: { engine: engineMismatches === 0, 'js-tiktoken': 'tiktoken is the reference', 'gpt-tokenizer': gptTokenizerMismatches === 0 },
    target: 'exact',
    pass: engineMismatches === 0,
    note: engineMismatches + gptTokenizerMismatches > 0 ? `mismatches: engine ${engineMismatches}, gpt-tokenizer ${gptTokenizerMismatches}` : undefined,
  };
}

/** Runs per round: js-tiktoken takes about a second a run. */
const runsPerContender: Record<ContenderName, number> = { engine: 9, 'js-tiktoken': 1, 'gpt-tokenizer': 5 };
const rounds = 3;

/**
 * Throughput on realistic text; exactness on the same text. Each round runs each tokenizer in a
 * fresh process, the tokenizers taking turns; another process taking the CPU can only slow a
 * round down, so each tokenizer's best round counts.
 */
export function throughputRows(encoding: BenchEncoding, contenders: Contenders, inputs: readonly BenchInput[], setup: ProbeSetup): BenchRow[] {
  const speeds: Record<ContenderName, number[]> = { engine: [], 'js-tiktoken': [], 'gpt-tokenizer': [] };
  for (let round = 0; round < rounds; round++) {
    for (const name of contenderNames) {
      const milliseconds = countMilliseconds(name, encoding, setup, runsPerContender[name], inputs);
      speeds[name] = milliseconds.map((time, index) => Math.max(speeds[name][index] ?? 0, megabytesPerSecond(inputs[index].bytes, time)));
    }
  }
  return inputs.map((input, index) => {
    const expected = contenders['js-tiktoken'].encode(input.text);
    const exact = { engine: sameIds(contenders.engine.encode(input.text), expected), gpt: sameIds(contenders['gpt-tokenizer'].encode(input.text), expected) };
    const engine = speeds.engine[index];
    const versusJs = engine / speeds['js-tiktoken'][index];
    const versusGpt = engine / speeds['gpt-tokenizer'][index];
    return {
      encoding,
      measure: `${input.name} (${(input.bytes / 1e6).toFixed(2)} MB)`,
      unit: 'MB/s',
      values: { engine, 'js-tiktoken': speeds['js-tiktoken'][index], 'gpt-tokenizer': speeds['gpt-tokenizer'][index] },
      ratio: `${versusJs.toFixed(1)}x js, ${versusGpt.toFixed(1)}x gpt`,
      target: '>=8x js, >=1x gpt, exact',
      pass: versusJs >= 8 && versusGpt >= 1 && exact.engine,
      note:
        `best of ${rounds} rounds in fresh processes, each the median of ${runsPerContender.engine} / ${runsPerContender['js-tiktoken']} / ` +
        `${runsPerContender['gpt-tokenizer']} runs after a warm-up; ` +
        `ids vs js-tiktoken: engine ${exact.engine ? 'exact' : 'DIFFERS'}, gpt-tokenizer ${exact.gpt ? 'exact' : 'DIFFERS'}`,
    };
  });
}

const jsTiktokenRunLength = 10_000;
const gptTokenizerRunLength = 20_000;

/** Adversarial inputs: each must take the engine (timed in a fresh process) under a second, exactly. */
export function stressRows(encoding: BenchEncoding, contenders: Contenders, inputs: readonly BenchInput[], setup: ProbeSetup): BenchRow[] {
  const rows: BenchRow[] = [];
  const engineTimes = countMilliseconds('engine', encoding, setup, 5, inputs);
  for (const [index, input] of inputs.entries()) {
    const engineMilliseconds = engineTimes[index];
    const engineIds = contenders.engine.encode(input.text);
    if (input.run === undefined) {
      const reference = timed(() => contenders['js-tiktoken'].encode(input.text));
      const gpt = timed(() => contenders['gpt-tokenizer'].encode(input.text));
      const exact = sameIds(engineIds, reference.result);
      rows.push({
        encoding,
        measure: input.name,
        unit: 'ms',
        values: { engine: engineMilliseconds, 'js-tiktoken': reference.milliseconds, 'gpt-tokenizer': gpt.milliseconds },
        ratio: `${(reference.milliseconds / engineMilliseconds).toFixed(1)}x js, ${(gpt.milliseconds / engineMilliseconds).toFixed(1)}x gpt`,
        target: '<1,000 ms, exact',
        pass: engineMilliseconds < 1000 && exact,
        note: `ids vs js-tiktoken: engine ${exact ? 'exact' : 'DIFFERS'}, gpt-tokenizer ${sameIds(gpt.result, reference.result) ? 'exact' : 'DIFFERS'}`,
      });
      continue;
    }
    // One long piece: the others are quadratic on it, so they run on shorter runs of it.
    const shortRun = input.run.repeat(jsTiktokenRunLength);
    const longerRun = input.run.repeat(gptTokenizerRunLength);
    const reference = timed(() => contenders['js-tiktoken'].encode(shortRun));
    const gpt = timed(() => contenders['gpt-tokenizer'].encode(longerRun));
    const exactShort = sameIds(contenders.engine.encode(shortRun), reference.result);
    const exactLonger = sameIds(contenders.engine.encode(longerRun), gpt.result);
    const consistent = engineIds.length === contenders.engine.count(input.text);
    rows.push({
      encoding,
      measure: input.name,
      unit: 'ms',
      values: {
        engine: engineMilliseconds,
        'js-tiktoken': `${Math.round(reference.milliseconds).toLocaleString('en')} @${jsTiktokenRunLength / 1000}k`,
        'gpt-tokenizer': `${Math.round(gpt.milliseconds).toLocaleString('en')} @${gptTokenizerRunLength / 1000}k`,
      },
      target: '<1,000 ms, exact',
      pass: engineMilliseconds < 1000 && exactShort && exactLonger && consistent,
      note:
        `js-tiktoken and gpt-tokenizer are quadratic on one long piece, so they ran ${jsTiktokenRunLength.toLocaleString('en')} and ` +
        `${gptTokenizerRunLength.toLocaleString('en')} characters of it; the engine's ids equal js-tiktoken's there (${exactShort ? 'exact' : 'DIFFERS'}) ` +
        `and gpt-tokenizer's at ${gptTokenizerRunLength.toLocaleString('en')} (${exactLonger ? 'exact' : 'DIFFERS'}); at full length no reference ` +
        `finishes, and count() agrees with encode() (${consistent ? 'yes' : 'NO'})`,
    });
  }
  return rows;
}
