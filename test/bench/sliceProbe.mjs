// Run by the bench in a fresh node: counts a long document with the engine's countAsync and its
// default slices, timing each stretch between yields to the host, and prints the longest.
// Usage: node --expose-gc sliceProbe.mjs <encoding> <engine bundle> <tokenizer folder> <document file>
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [encoding, engineBundle, tokenizerFolder, documentFile] = process.argv.slice(2);
const engine = await import(pathToFileURL(engineBundle).href);
let sliceStart = 0;
let longest = 0;
let slices = 0;
const yieldToHost = async () => {
  longest = Math.max(longest, performance.now() - sliceStart);
  slices++;
  await delay(0); // what the engine does by default
  sliceStart = performance.now();
};
const loader = async (name) => new Uint8Array(await readFile(path.join(tokenizerFolder, engine.fileNameFor(name))));
const encoder = await new engine.EncoderRegistry(loader, { yieldToHost }).get(encoding);
const text = readFileSync(documentFile, 'utf8');
encoder.count(text.slice(0, 100_000)); // warm up, as a long-running host would be
globalThis.gc();
sliceStart = performance.now();
const started = sliceStart;
const count = await encoder.countAsync(text);
longest = Math.max(longest, performance.now() - sliceStart);
process.stdout.write(JSON.stringify({ longest, slices: slices + 1, total: performance.now() - started, count }));
