// Call shapes of the Google Gen AI SDK (and google.generativeai), Mistral, Ollama, LiteLLM and the
// Vercel AI SDK, as their documentation writes them (Python and JS where the SDK has both).
import type { ModelProvider, RequestKind, SdkFamily } from './codeInsightTypes';

const googleGenerate = new Set(['generate_content', 'generate_content_stream', 'generateContent', 'generateContentStream']);
const googleModels = new Set(['GenerativeModel', 'getGenerativeModel']);
const mistralMethods = new Set(['complete', 'complete_async', 'stream', 'stream_async']);
/** `client.chat.complete`, `client.fim.complete` (code completion: prompt and suffix), `client.agents.complete`. */
const mistralEndpoints = new Set(['chat', 'fim', 'agents']);
const ollamaMethods = new Set(['chat', 'generate']);
const litellmMethods = new Set(['completion', 'acompletion', 'text_completion']);
const vercelMethods = new Set(['generateText', 'streamText', 'generateObject', 'streamObject']);

/** Every name a call of these SDKs can end with. */
export const moreCalleeLastNames: readonly string[] = [
  ...googleGenerate, ...googleModels, ...mistralMethods, ...ollamaMethods, ...litellmMethods, ...vercelMethods,
];

export interface MoreClassification {
  readonly kind: RequestKind;
  readonly provider: ModelProvider;
}

/**
 * A call of one of these SDKs, from its callee members and the SDKs the file imports. A call without a
 * receiver (`completion(…)`, `generateText({…})`, `chat(…)`) counts only when the file imported that name.
 */
export function classifyMoreSdks(members: readonly string[], sdks: ReadonlySet<SdkFamily>, importedNames: ReadonlySet<string>): MoreClassification | undefined {
  const last = members[members.length - 1];
  const previous = members[members.length - 2];
  const hasReceiver = members.length >= 2;
  const reachable = hasReceiver || importedNames.has(last);
  if (sdks.has('google')) {
    if (hasReceiver && (googleGenerate.has(last) || (previous === 'chats' && last === 'create'))) {
      return { kind: 'googleGenerate', provider: 'google' };
    }
    if (reachable && googleModels.has(last)) {
      return { kind: 'googleModel', provider: 'google' };
    }
  }
  if (sdks.has('mistral') && hasReceiver && previous !== undefined && mistralEndpoints.has(previous) && mistralMethods.has(last)) {
    return { kind: 'mistralChat', provider: 'mistral' };
  }
  if (sdks.has('ollama') && reachable && ollamaMethods.has(last)) {
    return { kind: 'ollamaChat', provider: 'ollama' };
  }
  if (sdks.has('litellm') && reachable && litellmMethods.has(last)) {
    return { kind: 'litellmCompletion', provider: 'unknown' };
  }
  if (sdks.has('vercelAi') && reachable && vercelMethods.has(last)) {
    return { kind: 'vercelGenerate', provider: 'unknown' };
  }
  return undefined;
}
