// Loads one tokenizer in a fresh process, for the bench's probes: the engine from its esbuild
// bundle and its data file, js-tiktoken and gpt-tokenizer from node_modules. Each comes back as
// `count(text)` (and `countAsync(text)`, which only the engine has: the others count inside a
// promise), with special-token text counted as ordinary text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

async function loadEngine(encoding, engineBundle, tokenizerFolder) {
  const engine = await import(pathToFileURL(engineBundle).href);
  const registry = new engine.EncoderRegistry(async (name) => new Uint8Array(await readFile(path.join(tokenizerFolder, engine.fileNameFor(name)))));
  const encoder = await registry.get(encoding);
  return { count: (text) => encoder.count(text), countAsync: (text) => encoder.countAsync(text) };
}

async function loadJsTiktoken(encoding) {
  const { Tiktoken } = await import('js-tiktoken/lite');
  const ranks = await import(`js-tiktoken/ranks/${encoding}`);
  const tiktoken = new Tiktoken(ranks.default);
  const count = (text) => tiktoken.encode(text, [], []).length;
  return { count, countAsync: async (text) => count(text) };
}

async function loadGptTokenizer(encoding) {
  const api = await import(`gpt-tokenizer/encoding/${encoding}`);
  const options = { disallowedSpecial: new Set() };
  const count = (text) => api.countTokens(text, options);
  return { count, countAsync: async (text) => count(text) };
}

/** Loads `contender` ("engine", "js-tiktoken" or "gpt-tokenizer") for `encoding`. */
export function loadTokenizer(contender, encoding, engineBundle, tokenizerFolder) {
  switch (contender) {
    case 'engine':
      return loadEngine(encoding, engineBundle, tokenizerFolder);
    case 'js-tiktoken':
      return loadJsTiktoken(encoding);
    case 'gpt-tokenizer':
      return loadGptTokenizer(encoding);
    default:
      throw new Error(`Unknown contender ${contender}`);
  }
}
