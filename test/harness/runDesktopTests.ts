// `npm run test:desktop`: the same integration tests in desktop VS Code via @vscode/test-electron,
// where VS Code can be downloaded. On an offline machine it says so and runs nothing: it reports
// "skipped", never "passed"; the web runs (npm run test:integration) stand in.
import { runTests } from '@vscode/test-electron';
import { request } from 'node:https';
import { bundleIntegrationTests } from './bundleTests';
import { projectRoot } from './vscodeBuilds';

function updateServerReachable(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request('https://update.code.visualstudio.com/api/releases/stable', { method: 'HEAD', timeout: 5000 }, (response) => {
      response.resume();
      resolve((response.statusCode ?? 500) < 500);
    });
    probe.on('error', () => resolve(false));
    probe.on('timeout', () => {
      probe.destroy();
      resolve(false);
    });
    probe.end();
  });
}

async function main(): Promise<void> {
  if (!(await updateServerReachable())) {
    console.log('Desktop tests SKIPPED: VS Code cannot be downloaded from this machine (update.code.visualstudio.com is unreachable).');
    console.log('The integration tests ran in VS Code for the Web instead (npm run test:integration). Run `npm run test:desktop` where the network allows.');
    return;
  }
  await runTests({
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: await bundleIntegrationTests(undefined, 'desktop'),
    launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
