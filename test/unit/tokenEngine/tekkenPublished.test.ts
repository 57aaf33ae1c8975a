// Mistral's tekken against Mistral's own published encodings: the token ids that mistral-common's
// documentation (docs/usage/tokenizers.md, Apache-2.0) prints for Mistral Small 3.1 and Devstral,
// whose tekken.json files are not on npm. Equal ids there show the converted Mistral NeMo vocabulary
// is the one those later models use for text (their files differ in special tokens).
import * as assert from 'node:assert/strict';
import { encoderFor } from './referenceTokenizers';

describe('tekken against the ids Mistral publishes', () => {
  it('encodes "Hello, how are you?" as mistral-common documents for Mistral Small 3.1 (without its chat-format tokens)', async () => {
    // Documented: [1, 3, 22177, 1044, 2606, 1584, 1636, 1063, 4], that is <s> [INST] ... [/INST].
    assert.deepEqual((await encoderFor('tekken')).encode('Hello, how are you?'), [22177, 1044, 2606, 1584, 1636, 1063]);
  });

  it('encodes "Plz tekkenize me" as mistral-common documents for Devstral (without <s> and </s>)', async () => {
    // Documented: [1, 4444, 1122, 16058, 3569, 2033, 1639, 2].
    assert.deepEqual((await encoderFor('tekken')).encode('Plz tekkenize me'), [4444, 1122, 16058, 3569, 2033, 1639]);
  });
});
