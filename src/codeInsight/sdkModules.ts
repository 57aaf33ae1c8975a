// Which SDK family a module name (Python import, JS import/require specifier) belongs to.
import type { SdkFamily } from './codeInsightTypes';
import type { SourceLanguage } from './sourceTokens';

/** Module names to SDK family; `language` because `ai` is the Vercel AI SDK only in JS (a Python `ai` module is the project's own). */
export function sdkOfModule(module: string, language: SourceLanguage): SdkFamily | undefined {
  const name = module.toLowerCase();
  if (name === 'openai' || name.startsWith('openai/') || name.startsWith('openai.')) {
    return 'openai';
  }
  if (name === 'anthropic' || name.startsWith('anthropic.') || name.startsWith('@anthropic-ai/')) {
    return 'anthropic';
  }
  // A project's own Bedrock wrapper module (`from bedrock_client import bedrock`) counts as Bedrock too.
  if (name === 'boto3' || name === 'aioboto3' || name.startsWith('boto3.') || name.startsWith('@aws-sdk/client-bedrock') || name.includes('bedrock')) {
    return 'bedrock';
  }
  if (name.startsWith('langchain') || name.startsWith('@langchain/')) {
    return 'langchain';
  }
  // `from google import genai` (Google Gen AI SDK), `import google.generativeai` (its predecessor), the Vertex AI SDK's
  // `vertexai.generative_models` (same GenerativeModel shape), `@google/genai`, `@google/generative-ai`.
  if (name === 'google' || name.startsWith('google.genai') || name.startsWith('google.generativeai') || name === 'vertexai' || name.startsWith('vertexai.')
    || name === '@google/genai' || name === '@google/generative-ai') {
    return 'google';
  }
  if (name === 'mistralai' || name.startsWith('mistralai.') || name.startsWith('@mistralai/')) {
    return 'mistral';
  }
  if (name === 'ollama' || name.startsWith('ollama.') || name.startsWith('ollama/')) {
    return 'ollama';
  }
  if (name === 'litellm' || name.startsWith('litellm.')) {
    return 'litellm';
  }
  if (language === 'javascript' && (name === 'ai' || name.startsWith('@ai-sdk/'))) {
    return 'vercelAi';
  }
  return undefined;
}
