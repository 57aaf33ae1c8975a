// Desktop counterpart of setup.ts: mocha's Node API, with its globals defined before the suites load.
import Mocha from 'mocha';

const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: true });
mocha.suite.emit('pre-require', globalThis, '', mocha);
(globalThis as unknown as { learnGenaiDesktopMocha: Mocha }).learnGenaiDesktopMocha = mocha;
