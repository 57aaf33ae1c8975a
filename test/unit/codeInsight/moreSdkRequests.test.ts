import * as assert from 'assert';
import { analyzeSource } from '../../../src/codeInsight/analyzeSource';
import { googleSnippets, litellmSnippets, mistralSnippets, ollamaSnippets, vercelAiSnippets } from './moreSdkSnippetCorpus';
import type { CorpusSnippet } from './sdkSnippetCorpus';

const requestFacts = (snippet: CorpusSnippet | undefined) => {
  assert.ok(snippet);
  return analyzeSource(snippet.code, snippet.language).requests.map((request) => [request.kind, request.provider, request.modelId ?? '', request.bedrockAnthropic]);
};
const named = (snippets: readonly CorpusSnippet[], start: string) => snippets.find((snippet) => snippet.name.startsWith(start));

describe('Requests of the Google Gen AI, Mistral, Ollama, LiteLLM and AI SDK calls', () => {
  it('reads the Gemini model id from model=, and from GenerativeModel\'s first argument', () => {
    assert.deepStrictEqual(requestFacts(named(googleSnippets, 'Google Gen AI Python generate_content')), [['googleGenerate', 'google', 'gemini-2.5-flash', false]]);
    assert.deepStrictEqual(requestFacts(named(googleSnippets, 'google.generativeai GenerativeModel')),
      [['googleModel', 'google', 'gemini-1.5-flash', false], ['googleGenerate', 'google', '', false]]);
  });

  it('reads a Mistral model id through the constant it was assigned', () => {
    assert.deepStrictEqual(requestFacts(named(mistralSnippets, 'Mistral Python chat.complete')), [['mistralChat', 'mistral', 'mistral-large-latest', false]]);
  });

  it('takes an Ollama call imported by name (from ollama import chat)', () => {
    assert.deepStrictEqual(requestFacts(named(ollamaSnippets, 'Ollama Python chat imported by name')), [['ollamaChat', 'ollama', 'gemma3', false]]);
  });

  // LiteLLM's docs: the prefix before the first "/" names the provider (bedrock/, gemini/, ollama/).
  it('takes the provider from a LiteLLM route and keeps the id the provider knows', () => {
    assert.deepStrictEqual(requestFacts(named(litellmSnippets, 'LiteLLM completion routed to Claude on Bedrock')),
      [['litellmCompletion', 'bedrock', 'anthropic.claude-3-sonnet-20240229-v1:0', true]]);
    assert.deepStrictEqual(requestFacts(named(litellmSnippets, 'LiteLLM module calls')),
      [['litellmCompletion', 'google', 'gemini-2.5-flash', false], ['litellmCompletion', 'ollama', 'llama2', false]]);
  });

  it('takes the provider from the AI SDK provider call, a name assigned one, or a gateway id', () => {
    assert.deepStrictEqual(requestFacts(named(vercelAiSnippets, 'AI SDK generateText with an OpenAI model')), [['vercelGenerate', 'openai', 'gpt-4o', false]]);
    assert.deepStrictEqual(requestFacts(named(vercelAiSnippets, 'AI SDK streamText with an Anthropic model')), [['vercelGenerate', 'anthropic', 'claude-sonnet-4-5', false]]);
    assert.deepStrictEqual(requestFacts(named(vercelAiSnippets, 'AI SDK generateObject')), [['vercelGenerate', 'google', 'gemini-2.5-flash', false]]);
    assert.deepStrictEqual(requestFacts(named(vercelAiSnippets, 'AI SDK 4 maxTokens')), [['vercelGenerate', 'openai', 'gpt-4o-mini', false]]);
    assert.deepStrictEqual(requestFacts(named(vercelAiSnippets, 'AI SDK streamObject')), [['vercelGenerate', 'openai', 'gpt-4o', false]]);
  });

  it('does not treat `ai` as the AI SDK in Python, where it is the project\'s own module', () => {
    const code = 'from ai import generateText\ngenerateText(model="x", temperature=3, prompt="Hi")\n';
    assert.deepStrictEqual(analyzeSource(code, 'python').requests, []);
  });
});
