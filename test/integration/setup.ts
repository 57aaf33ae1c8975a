// Runs first in the test bundle: the globals that mocha's browser build and the `assert` polyfill
// expect, inside VS Code's web extension host (a web worker).
import mochaInstance from 'mocha/mocha.js';

const host = globalThis as unknown as { process?: unknown; mocha?: unknown };
host.process ??= { env: {}, platform: 'browser', version: '', versions: {}, nextTick: (callback: () => void) => setTimeout(callback, 0), cwd: () => '/' };
// mocha.js is UMD: bundled as CommonJS it returns the instance instead of setting the global.
host.mocha = mochaInstance;
mochaInstance.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
