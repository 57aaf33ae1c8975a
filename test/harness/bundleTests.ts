// Bundles the integration tests into one browser script for the web extension host.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './vscodeBuilds';

export type TestHost = 'web' | 'desktop';

/** Bundles the integration tests for VS Code for the Web (browser) or desktop VS Code (Node). */
export async function bundleIntegrationTests(filter?: string, host: TestHost = 'web'): Promise<string> {
  const outfile = path.join(projectRoot, 'out', 'test', host === 'web' ? 'integration.js' : 'desktop.js');
  const testFiles = readdirSync(path.join(projectRoot, 'test', 'integration'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join('test', 'integration', file))
    .filter((file) => !filter || file.includes(filter))
    .sort();
  if (testFiles.length === 0) {
    throw new Error(`No integration test matches "${filter}".`);
  }
  const entry = [
    host === 'web' ? `import './test/integration/setup';` : `import './test/integration/desktopSetup';`,
    ...testFiles.map((file) => `import './${file.split(path.sep).join('/')}';`),
    host === 'web' ? `export { run } from './test/integration/run';` : `export { run } from './test/integration/desktopRun';`,
  ].join('\n');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: projectRoot, sourcefile: 'integration-entry.ts', loader: 'ts' },
    bundle: true,
    outfile,
    platform: host === 'web' ? 'browser' : 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: host === 'web' ? ['browser', 'module', 'main'] : ['module', 'main'],
    sourcemap: 'inline',
    logLevel: 'warning',
    define: { 'process.env.NODE_DEBUG': 'false' },
  });
  return outfile;
}
