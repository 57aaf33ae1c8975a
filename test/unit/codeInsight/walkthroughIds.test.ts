import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extensionId, hoverShownContextKey, hoverStepId, walkthroughId, workbenchStepId } from '../../../src/codeInsight/walkthroughIds';

interface Manifest {
  readonly publisher: string;
  readonly name: string;
  readonly contributes: { readonly walkthroughs: readonly { readonly id: string; readonly steps: readonly { readonly id: string; readonly completionEvents: readonly string[] }[] }[] };
}

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as Manifest;

describe('walkthrough ids', () => {
  it('name the manifest\'s extension, walkthrough and hover step, whose completion event is the context key', () => {
    assert.equal(extensionId, `${manifest.publisher}.${manifest.name}`);
    const walkthrough = manifest.contributes.walkthroughs.find((candidate) => candidate.id === walkthroughId);
    assert.ok(walkthrough, `a walkthrough ${walkthroughId}`);
    const step = walkthrough.steps.find((candidate) => candidate.id === hoverStepId);
    assert.deepEqual(step?.completionEvents, [`onContext:${hoverShownContextKey}`]);
  });

  it('join extension, walkthrough and step ids with # as the workbench names a step', () => {
    assert.equal(workbenchStepId('hoverParameter'), 'learn-genai.learn-genai#learnGenai.getStarted#hoverParameter');
  });
});
