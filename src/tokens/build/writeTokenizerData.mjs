// Build step (run by esbuild.mjs): writes each encoding's rank data into dist/tokenizers/ so the
// extension loads it lazily at run time, on desktop and on the web alike.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const sources = { o200k_base: 'o200k_base', cl100k_base: 'cl100k_base', p50k_base: 'p50k_base', r50k_base: 'r50k_base' };

export async function writeTokenizerData(outDir) {
  await mkdir(outDir, { recursive: true });
  for (const [name, file] of Object.entries(sources)) {
    const source = require.resolve(`js-tiktoken/ranks/${file}`);
    const data = require(source);
    await writeFile(path.join(outDir, `${name}.json`), JSON.stringify(data.default ?? data));
  }
}

