// `npm run test:integration`: runs the integration tests inside the web extension host of each
// VS Code build (and in Portuguese where the build ships it), and fails when any test fails.
import { format } from 'node:util';
import { bundleIntegrationTests } from './bundleTests';
import { selectedBuilds, type VSCodeBuild } from './vscodeBuilds';
import { startWorkbench } from './workbench';

interface RunResult {
  readonly label: string;
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
  readonly error?: string;
}

const runTimeoutMs = 10 * 60_000;
/** Workbench chatter that says nothing about the tests. */
const noise = /gallery|AgentHost|AccountPolicyGate|builtin extensions|fs provider registers|Carregando a extensão|Loading development extension/i;

async function runOnce(build: VSCodeBuild, language: string | undefined, testsPath: string): Promise<RunResult> {
  const label = `${build.name}${language ? ` (${language})` : ''}`;
  console.log(`\n=== Integration tests in ${label}`);
  let counts = { passes: 0, failures: 0, pending: 0 };
  let settle: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (settle = resolve));
  const workbench = await startWorkbench({
    build,
    language,
    extensionTestsPath: testsPath,
    onExit: (code) => settle(code),
    onLog: (type, args) => {
      const line = format(...args);
      const marker = /LEARN_GENAI_RESULT (\{.*\})/.exec(line);
      if (marker) {
        counts = JSON.parse(marker[1]) as typeof counts;
        return;
      }
      if (!noise.test(line)) {
        (type === 'error' ? console.error : console.log)(line);
      }
    },
  });
  const timer = setTimeout(() => settle(-1), runTimeoutMs);
  try {
    const code = await exited;
    if (code === -1) {
      return { label, ...counts, error: `timed out after ${runTimeoutMs / 1000} s` };
    }
    if (code !== 0 && counts.failures === 0) {
      return { label, ...counts, error: `the extension host exited with code ${code} before the tests reported` };
    }
    return { label, ...counts };
  } finally {
    clearTimeout(timer);
    await workbench.close();
  }
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const testsPath = await bundleIntegrationTests(filter);
  const results: RunResult[] = [];
  for (const build of selectedBuilds()) {
    for (const language of [undefined, ...build.languages]) {
      results.push(await runOnce(build, language, testsPath));
    }
  }
  console.log('\nIntegration tests:');
  for (const result of results) {
    console.log(`  ${result.label}: ${result.passes} passed, ${result.failures} failed, ${result.pending} pending${result.error ? ` — ${result.error}` : ''}`);
  }
  const passes = results.reduce((sum, result) => sum + result.passes, 0);
  const failures = results.reduce((sum, result) => sum + result.failures + (result.error ? 1 : 0), 0);
  const ranNothing = results.some((result) => result.passes + result.failures === 0);
  console.log(`integration: ${passes} passed, ${failures} failed`);
  if (failures > 0 || ranNothing) {
    if (ranNothing) {
      console.error('A build ran no integration test.');
    }
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
