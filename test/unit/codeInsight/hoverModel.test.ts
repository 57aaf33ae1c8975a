import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeSource } from '../../../src/codeInsight/analyzeSource';
import { codeHoverAt, mayExplainWord, termHoverAt } from '../../../src/codeInsight/hoverModel';
import { valueNote, type ModelLimitsLookup } from '../../../src/codeInsight/valueNotes';
import { createGlossary, parseGlossary } from '../../../src/glossary';

const root = path.resolve(__dirname, '..', '..', '..');
const glossary = createGlossary('en', parseGlossary(readFileSync(path.join(root, 'lessons', 'glossary', 'en.yaml'), 'utf8'), 'en.yaml').entries);
// GPT-4o's documented output limit; the catalog may not carry output limits yet.
const limits: ModelLimitsLookup = (id) => (id === 'gpt-4o' ? { label: 'GPT-4o', contextWindow: 128_000, maxOutputTokens: 16_384 } : undefined);

function noteFor(code: string, language: 'python' | 'javascript', name: string) {
  const insight = analyzeSource(code, language);
  const match = insight.parameters.find((parameter) => parameter.name === name);
  assert.ok(match, `${name} found`);
  return valueNote(match, insight.parameters, limits);
}

const openai = (args: string) => `from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o", messages=m, ${args})\n`;
const bedrock = (config: string) => `import boto3\nboto3.client("bedrock-runtime").converse(modelId="anthropic.claude-3-haiku-20240307-v1:0", messages=m, inferenceConfig={${config}})\n`;

describe('Value notes', () => {
  it('puts temperature in the range of the provider that serves the model', () => {
    assert.strictEqual(noteFor(openai('temperature=1.4'), 'python', 'temperature')?.code, 'temperatureAboveOne');
    assert.strictEqual(noteFor(bedrock('"temperature": 1.4'), 'python', 'temperature')?.code, 'temperatureAnthropicRange');
    assert.strictEqual(noteFor(openai('temperature=0'), 'python', 'temperature')?.code, 'temperatureZero');
    assert.strictEqual(noteFor(openai('temperature=2.5'), 'python', 'temperature')?.code, 'temperatureOutOfRange');
    assert.strictEqual(noteFor(openai('temperature=0.3'), 'python', 'temperature')?.code, 'temperatureLow');
  });

  it('says which share of the probability top_p keeps', () => {
    assert.deepStrictEqual(noteFor(openai('top_p=0.9'), 'python', 'top_p'), { code: 'topPNucleus', params: { name: 'top_p', value: '0.9', percent: 90 } });
    assert.strictEqual(noteFor(openai('top_p=1'), 'python', 'top_p')?.code, 'topPFull');
  });

  it('compares max_tokens with the model\'s output limit when the catalog knows it', () => {
    assert.strictEqual(noteFor(openai('max_tokens=20000'), 'python', 'max_tokens')?.code, 'maxTokensAboveModelLimit');
    assert.deepStrictEqual(noteFor(openai('max_tokens=400'), 'python', 'max_tokens'), { code: 'maxTokens', params: { name: 'max_tokens', value: '400', words: 300 } });
  });

  it('gives chunk_overlap as a share of chunk_size', () => {
    const code = 'import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";\nnew RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });\n';
    assert.deepStrictEqual(noteFor(code, 'javascript', 'chunkOverlap'), { code: 'chunkOverlap', params: { name: 'chunkOverlap', value: '200', size: '1000', percent: 20 } });
  });

  it('has no note for a value it cannot read', () => {
    assert.strictEqual(noteFor(openai('temperature=settings.temperature'), 'python', 'temperature'), undefined);
  });
});

describe('Value notes on the Gemini, Mistral, Ollama and AI SDK calls', () => {
  const gemini = (config: string) => `from google import genai\ngenai.Client().models.generate_content(model="gemini-2.5-flash", contents="Hi", config={${config}})\n`;
  const mistral = (args: string) => `from mistralai import Mistral\nMistral(api_key=k).chat.complete(model="mistral-small-latest", messages=m, ${args})\n`;
  const ollama = (options: string) => `import ollama\nollama.chat(model="llama3.2", messages=m, options={${options}})\n`;

  it('says Gemini rejects a temperature above 2, the top of its documented 0–2', () => {
    assert.deepStrictEqual(noteFor(gemini('"temperature": 2.5'), 'python', 'temperature'),
      { code: 'temperatureProviderRange', params: { name: 'temperature', value: '2.5', provider: 'Gemini', maximum: '2' } });
    assert.strictEqual(noteFor(gemini('"temperature": 1.5'), 'python', 'temperature')?.code, 'temperatureAboveOne');
  });

  it('compares a Mistral temperature with the 0.0–0.7 Mistral recommends, without calling higher values rejected', () => {
    assert.deepStrictEqual(noteFor(mistral('temperature=0.9'), 'python', 'temperature'),
      { code: 'temperatureAboveRecommended', params: { name: 'temperature', value: '0.9', provider: 'Mistral', recommended: '0.7' } });
    assert.strictEqual(noteFor(mistral('temperature=0.5'), 'python', 'temperature')?.code, 'temperatureLow');
    assert.strictEqual(noteFor(mistral('temperature=3'), 'python', 'temperature')?.code, 'temperatureUndocumentedRange');
  });

  it('explains Ollama\'s num_predict -1 as no cap and num_ctx as the context size, with the context window entry', () => {
    assert.strictEqual(noteFor(ollama('"num_predict": -1'), 'python', 'num_predict')?.code, 'maxTokensUnlimited');
    assert.strictEqual(noteFor(ollama('"num_predict": 256'), 'python', 'num_predict')?.code, 'maxTokens');
    assert.strictEqual(noteFor(ollama('"temperature": 2.5'), 'python', 'temperature')?.code, 'temperatureUndocumentedRange');
    const code = ollama('"num_ctx": 8192');
    const hover = codeHoverAt(analyzeSource(code, 'python'), code.indexOf('num_ctx') + 2, glossary, limits);
    assert.strictEqual(hover?.entry?.id, glossary.byCodeName('context_window')?.id);
    assert.strictEqual(hover?.note?.code, 'contextLength');
  });

  it('judges an AI SDK temperature by the provider its model() call names', () => {
    const call = (model: string) => `import { generateText } from 'ai';\nawait generateText({ model: ${model}, prompt: 'Hi', temperature: 1.4 });\n`;
    assert.strictEqual(noteFor(call("anthropic('claude-haiku-4-5')"), 'javascript', 'temperature')?.code, 'temperatureAnthropicRange');
    assert.strictEqual(noteFor(call("openai('gpt-4o')"), 'javascript', 'temperature')?.code, 'temperatureAboveOne');
  });
});

describe('Hover model', () => {
  const code = openai('temperature=1.4, top_p=0.9');

  it('explains a parameter from its name and from its literal value, with the glossary entry', () => {
    const insight = analyzeSource(code, 'python');
    for (const offset of [code.indexOf('temperature') + 3, code.indexOf('1.4') + 1]) {
      const hover = codeHoverAt(insight, offset, glossary, limits);
      assert.strictEqual(hover?.entry?.id, 'temperature');
      assert.strictEqual(hover?.note?.code, 'temperatureAboveOne');
    }
  });

  it('finds the entry of a camelCase spelling (topP) through the glossary\'s code names', () => {
    const ts = 'import { ChatBedrockConverse } from "@langchain/aws";\nnew ChatBedrockConverse({ model: "amazon.nova-lite-v1:0", topP: 0.5 });\n';
    const hover = codeHoverAt(analyzeSource(ts, 'javascript'), ts.indexOf('topP') + 1, glossary, limits);
    assert.strictEqual(hover?.entry?.id, glossary.byCodeName('top_p')?.id);
  });

  it('shows nothing on other words of the call', () => {
    const insight = analyzeSource(code, 'python');
    assert.strictEqual(codeHoverAt(insight, code.indexOf('messages') + 2, glossary, limits), undefined);
    assert.strictEqual(mayExplainWord('readings', glossary), false);
    assert.strictEqual(mayExplainWord('temperature', glossary), true);
  });

  it('finds multi-word glossary terms in prose, longest first', () => {
    const prose = 'Keep the prompt well inside the context window of the model.';
    const hover = termHoverAt(prose, prose.indexOf('window') + 2, glossary);
    assert.strictEqual(hover?.entry?.id, 'context-window');
    assert.strictEqual(prose.slice(hover.start, hover.end), 'context window');
    assert.strictEqual(termHoverAt(prose, prose.indexOf('inside') + 1, glossary), undefined);
  });
});

describe('Analysis around the cursor (a hover right after an edit)', () => {
  it('finds every corpus parameter the whole-file analysis finds, with the same request facts', async () => {
    const { corpus } = await import('./sdkSnippetCorpus');
    const { analyzeAround } = await import('../../../src/codeInsight/analyzeAround');
    let checked = 0;
    for (const snippet of corpus) {
      for (const expected of analyzeSource(snippet.code, snippet.language).parameters) {
        const local = analyzeAround(snippet.code, snippet.language, expected.nameStart + 1).parameters.find((match) => match.nameStart === expected.nameStart);
        assert.ok(local, `${snippet.name}: ${expected.name}`);
        assert.deepStrictEqual([local.kind, local.valueEnd, local.value, local.request.kind, local.request.provider], [expected.kind, expected.valueEnd, expected.value, expected.request.kind, expected.request.provider], `${snippet.name}: ${expected.name}`);
        checked++;
      }
    }
    assert.ok(checked > 100, `${checked} parameters`);
  });
});
