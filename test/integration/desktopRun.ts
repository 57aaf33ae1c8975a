import type Mocha from 'mocha';

/** The entry desktop VS Code calls after loading the test bundle. */
export function run(): Promise<void> {
  const mocha = (globalThis as unknown as { learnGenaiDesktopMocha: Mocha }).learnGenaiDesktopMocha;
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
  });
}
