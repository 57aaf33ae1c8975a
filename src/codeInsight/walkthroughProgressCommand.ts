// Completes the Get Started walkthrough's hover step when a code insight hover is first shown.
import * as vscode from 'vscode';
import { hoverShownContextKey, hoverStepId, workbenchStepId } from './walkthroughIds';

/**
 * Sets the context key of the step's completion event, and marks the step done directly too.
 * VS Code creates its walkthrough service only when something first asks for it (the Welcome page,
 * the walkthrough picker); a service created after the key turned true files the event as already
 * seen without completing the step (WalkthroughsService.registerDoneListeners, 1.91 to 1.137), so a
 * learner who hovered before ever opening the Welcome page never saw the step checked. The
 * workbench's own `welcome.markStepComplete` command creates the service and records the step's
 * progress (stored, so it holds even when the walkthrough registers later). It is not part of the
 * API, so a failure goes to the log and the context key still completes the step where it can.
 */
export async function completeHoverStep(output: vscode.LogOutputChannel): Promise<void> {
  await vscode.commands.executeCommand('setContext', hoverShownContextKey, true);
  try {
    await vscode.commands.executeCommand('welcome.markStepComplete', workbenchStepId(hoverStepId));
  } catch (error) {
    output.debug(`The walkthrough's hover step was not marked done by command: ${String(error)}`);
  }
}
