// Run by the bench in a fresh `node --expose-gc` per measurement: loads one tokenizer, counts a
// few words, and prints how long that took and how much memory it added to this bare process.
// Usage: node --expose-gc readinessProbe.mjs <engine|js-tiktoken|gpt-tokenizer> <encoding> <engine bundle> <tokenizer folder>
import { loadTokenizer } from './probeLoaders.mjs';

const [contender, encoding, engineBundle, tokenizerFolder] = process.argv.slice(2);

function settledMemory() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage();
}

const before = settledMemory();
const start = performance.now();
const tokenizer = await loadTokenizer(contender, encoding, engineBundle, tokenizerFolder);
tokenizer.count('hello world');
const readyMilliseconds = performance.now() - start;
const after = settledMemory();
process.stdout.write(
  JSON.stringify({
    readyMilliseconds,
    rssBytes: after.rss - before.rss,
    // Typed arrays live outside the JS heap, so "heap" here counts both.
    heapBytes: after.heapUsed + after.external - (before.heapUsed + before.external),
    alive: tokenizer !== undefined,
  }),
);
