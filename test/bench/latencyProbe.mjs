// Run by the bench in a fresh `node --expose-gc` per tokenizer: counts each selection of a JSON
// file of strings with `countAsync`, as the status bar does on every selection change, after
// counting a quarter of them as warm-up. Prints the latencies in milliseconds.
// Usage: node --expose-gc latencyProbe.mjs <contender> <encoding> <engine bundle> <tokenizer folder> <selections.json>
import { readFileSync } from 'node:fs';
import { loadTokenizer } from './probeLoaders.mjs';

const [contender, encoding, engineBundle, tokenizerFolder, selectionsFile] = process.argv.slice(2);
const tokenizer = await loadTokenizer(contender, encoding, engineBundle, tokenizerFolder);
const selections = JSON.parse(readFileSync(selectionsFile, 'utf8'));
for (const text of selections.slice(0, selections.length / 4)) {
  await tokenizer.countAsync(text);
}
globalThis.gc();
const latencies = [];
for (const text of selections) {
  const start = performance.now();
  await tokenizer.countAsync(text);
  latencies.push(performance.now() - start);
}
process.stdout.write(JSON.stringify(latencies));
