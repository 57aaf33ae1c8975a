import * as assert from 'assert';
import { modelSettingTarget } from '../../../src/models/modelSettingTarget';

describe('modelSettingTarget', () => {
  it('saves a pick in the user settings when the workspace does not set the model, also with a folder open', () => {
    assert.strictEqual(modelSettingTarget({}, true), 'user');
    assert.strictEqual(modelSettingTarget(undefined, false), 'user');
  });

  it('changes the workspace value when the workspace already sets the model (a user value would be hidden)', () => {
    assert.strictEqual(modelSettingTarget({ workspaceValue: 'gpt-4o' }, true), 'workspace');
    assert.strictEqual(modelSettingTarget({ workspaceFolderValue: 'gpt-4o' }, true), 'workspace');
  });
});
