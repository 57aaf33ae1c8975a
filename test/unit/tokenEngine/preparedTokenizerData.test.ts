// A root hook: builds the tokenizer data once, before any test, with time enough for the open
// families' tokenizer.json files (tens of megabytes to parse on a busy machine). Without it the
// first test to ask for an encoder pays for the build within its own timeout.
import { preparedTokenizerDirectory } from '../../support/nodeTokenizerLoader';

before(async function () {
  this.timeout(600_000);
  await preparedTokenizerDirectory();
});
