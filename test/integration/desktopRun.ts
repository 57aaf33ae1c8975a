import type Mocha from 'mocha';

/**
 * The entry desktop VS Code calls after loading the test bundle. Like the web runner, a run that
 * executed no test fails: a filter or a bundling mistake must not pass as green.
 */
export function run(): Promise<void> {
  const mocha = (globalThis as unknown as { learnGenaiDesktopMocha: Mocha }).learnGenaiDesktopMocha;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      console.log(`integration (desktop): ${passes} passed, ${failures} failed`);
      if (failures > 0) {
        reject(new Error(`${failures} integration test(s) failed.`));
      } else if (passes === 0) {
        reject(new Error('The desktop run executed no integration test.'));
      } else {
        resolve();
      }
    });
  });
}
