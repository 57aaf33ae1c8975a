// Run by the bench in a fresh `node --expose-gc` per tokenizer, so no tokenizer pays for another's
// heap or garbage: counts each input file `runs` times, round-robin (so a busy moment on the
// machine falls on all inputs alike), after a warm-up, and prints the median milliseconds of each.
// Usage: node --expose-gc throughputProbe.mjs <contender> <encoding> <engine bundle> <tokenizer folder> <runs> <file>...
import { readFileSync } from 'node:fs';
import { loadTokenizer } from './probeLoaders.mjs';

const [contender, encoding, engineBundle, tokenizerFolder, runsText, ...files] = process.argv.slice(2);
const runs = Number(runsText);
const tokenizer = await loadTokenizer(contender, encoding, engineBundle, tokenizerFolder);
const texts = files.map((file) => readFileSync(file, 'utf8'));
const times = texts.map(() => []);

for (const text of texts) {
  tokenizer.count(text);
}
globalThis.gc();
for (let run = 0; run < runs; run++) {
  texts.forEach((text, index) => {
    const start = performance.now();
    tokenizer.count(text);
    times[index].push(performance.now() - start);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
process.stdout.write(JSON.stringify(times.map(median)));
