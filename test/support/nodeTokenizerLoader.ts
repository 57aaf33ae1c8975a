// Tokenizer data for tests and the bench: the build step's own output, written once into a cache
// folder and read with node:fs (the extension itself reads it with workspace.fs).
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledTokenizerNames, isBundledTokenizerName, type TokenizerId } from '../../src/tokenEngine';
import { fileNameFor, type TokenizerDataLoader } from '../../src/tokenEngine';

const writerInProject = path.join('src', 'tokenEngine', 'build', 'writeTokenizerData.mjs');

/** Where the build step's output is cached, under the project's node_modules. */
export function tokenizerCacheDirectory(): string {
  return path.join(projectRoot(), 'node_modules', '.cache', 'learn-genai-tokenizers');
}

/** The project folder: tests and the bench may run from anywhere inside it. */
export function projectRoot(): string {
  return projectRootFrom(process.cwd());
}

/** The nearest folder, from `directory` up, that holds the build script. */
function projectRootFrom(directory: string): string {
  for (let candidate = directory; ; candidate = path.dirname(candidate)) {
    if (existsSync(path.join(candidate, writerInProject))) {
      return candidate;
    }
    if (path.dirname(candidate) === candidate) {
      throw new Error(`Run from inside the project: no ${writerInProject} above ${directory}`);
    }
  }
}

type WriteTokenizerData = (outDir: string) => Promise<void>;

let prepared: Promise<string> | undefined;

/** Runs the build step into the cache folder unless its files are newer than the build script. */
export function preparedTokenizerDirectory(): Promise<string> {
  prepared ??= (async () => {
    const writerPath = path.join(projectRoot(), writerInProject);
    const directory = tokenizerCacheDirectory();
    if (!(await isUpToDate(directory, writerPath))) {
      await mkdir(directory, { recursive: true });
      const writer = (await import(pathToFileURL(writerPath).href)) as { writeTokenizerData: WriteTokenizerData };
      await writer.writeTokenizerData(directory);
    }
    return directory;
  })();
  return prepared;
}

/** Sources of the build step besides the writer: the converters it bundles. */
const converterSources = ['build/familyData.ts', 'huggingFace/readTokenizerJson.ts', 'huggingFace/tokenizerJsonPattern.ts', 'tokenizerFile.ts'];

async function isUpToDate(directory: string, writerPath: string): Promise<boolean> {
  const engineDirectory = path.dirname(path.dirname(writerPath));
  const sourceTimes = await Promise.all([writerPath, ...converterSources.map((source) => path.join(engineDirectory, source))].map(async (source) => (await stat(source)).mtimeMs));
  const writerTime = Math.max(...sourceTimes);
  for (const encoding of bundledTokenizerNames) {
    const file = await stat(path.join(directory, fileNameFor(encoding))).catch(() => undefined);
    if (file === undefined || file.mtimeMs < writerTime) {
      return false;
    }
  }
  return true;
}

export function nodeFileLoader(directory: string): TokenizerDataLoader {
  return async (name: TokenizerId) => {
    if (!isBundledTokenizerName(name)) {
      throw new Error(`No bundled tokenizer file for ${name}`);
    }
    return new Uint8Array(await readFile(path.join(directory, fileNameFor(name))));
  };
}

/** A loader over the cache folder, preparing it on first use. */
export const cachedTokenizerLoader: TokenizerDataLoader = async (encoding) =>
  nodeFileLoader(await preparedTokenizerDirectory())(encoding);
