// `npm run test:ui:load`: the UI suite several times in a row while other processes keep the CPU
// busy, the check that the scenarios wait for state and not for luck (issue 15 asks for three
// passing runs in a row beside a CPU-heavy process). Stops at the first failing run.
//   LEARN_GENAI_UI_RUNS    how many runs in a row (default 3)
//   LEARN_GENAI_UI_BURNERS how many busy-looping processes beside them (default 1)
// Any argument goes on to runUiTests.ts (a scenario filter); its other variables apply as usual.
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { projectRoot } from './vscodeBuilds';

function wholeNumber(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

function startBurner(): ChildProcess {
  // A plain busy loop in its own process: it takes a core for as long as the runs last.
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

function runUiSuite(args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const suite = spawn(process.execPath, ['--import', 'tsx', 'test/harness/runUiTests.ts', ...args], { cwd: projectRoot, stdio: 'inherit' });
    suite.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<void> {
  const runs = Math.max(1, wholeNumber('LEARN_GENAI_UI_RUNS', 3));
  const burners = Array.from({ length: wholeNumber('LEARN_GENAI_UI_BURNERS', 1) }, startBurner);
  const stopBurners = (): void => burners.forEach((burner) => burner.kill());
  process.on('exit', stopBurners);
  const results: string[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const started = Date.now();
      console.log(`\n=== UI run ${run} of ${runs}, ${burners.length} CPU burner(s), load average ${loadavg()[0].toFixed(1)} ===`);
      const code = await runUiSuite(process.argv.slice(2));
      const line = `run ${run}: ${code === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s (load average ${loadavg()[0].toFixed(1)} at the end)`;
      results.push(line);
      console.log(line);
      if (code !== 0) {
        process.exitCode = 1;
        break;
      }
    }
  } finally {
    stopBurners();
  }
  console.log(`\nUI under load: ${results.join('; ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
