// The Get Started walkthrough's ids as the manifest spells them (a unit test holds them to it).

export const extensionId = 'learn-genai.learn-genai';
export const walkthroughId = 'learnGenai.getStarted';
export const hoverStepId = 'hoverParameter';

/** The context key the hover step's `onContext` completion event names. */
export const hoverShownContextKey = 'learnGenai.codeInsight.hoverShown';

/** How the workbench names a contributed step: extension, walkthrough and step ids joined by `#`. */
export function workbenchStepId(stepId: string): string {
  return `${extensionId}#${walkthroughId}#${stepId}`;
}
