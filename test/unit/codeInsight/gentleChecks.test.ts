import * as assert from 'assert';
import { getEncoding } from 'js-tiktoken';
import { analyzeSource } from '../../../src/codeInsight/analyzeSource';
import { gentleChecks, type GentleCheckCode, type GentleCheckContext } from '../../../src/codeInsight/gentleChecks';
import type { SourceLanguage } from '../../../src/codeInsight/sourceTokens';

// Output limits as OpenAI documents them for GPT-4o and Google for Gemini 2.5 Flash; GPT-2's 1,024-token window keeps the long prompt small.
const limits: GentleCheckContext['limits'] = (id) => ({
  'gpt-4o': { label: 'GPT-4o', contextWindow: 128_000, maxOutputTokens: 16_384 },
  'gemini-2.5-flash': { label: 'Gemini 2.5 Flash', contextWindow: 1_048_576, maxOutputTokens: 65_536 },
  'gpt-2': { label: 'GPT-2', contextWindow: 1024 },
})[id];
const r50k = getEncoding('r50k_base');
const context: GentleCheckContext = {
  limits,
  promptCount: (prompt) => ({ count: r50k.encode(prompt.text).length, modelLabel: 'GPT-2', contextWindow: 1024 }),
};

function codes(code: string, language: SourceLanguage): GentleCheckCode[] {
  return gentleChecks(analyzeSource(code, language), context).map((finding) => finding.code);
}

const longText = 'The quick brown fox jumps over the lazy dog. '.repeat(120);

interface Case { readonly python: string; readonly javascript: string; readonly typescript: string }

const cases: Readonly<Record<GentleCheckCode, { readonly flagged: Case; readonly fine: Case }>> = {
  temperatureAndTopP: {
    flagged: {
      python: 'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=m, temperature=0.7, top_p=0.9)\n',
      javascript: 'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: "gpt-4o", messages, temperature: 0.7, top_p: 0.9 });\n',
      typescript: 'import { ChatBedrockConverse } from "@langchain/aws";\nconst llm: ChatBedrockConverse = new ChatBedrockConverse({ model: "amazon.nova-lite-v1:0", temperature: 0.2, topP: 0.5 });\n',
    },
    fine: {
      python: 'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=m, temperature=0.7, top_p=1)\n',
      javascript: 'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: "gpt-4o", messages, temperature: 0.7 });\n',
      typescript: 'import { ChatBedrockConverse } from "@langchain/aws";\nconst llm: ChatBedrockConverse = new ChatBedrockConverse({ model: "amazon.nova-lite-v1:0", temperature: 1, topP: 0.5 });\n',
    },
  },
  anthropicTemperatureAboveOne: {
    flagged: {
      python: 'import boto3\nclient = boto3.client("bedrock-runtime")\nclient.converse(modelId="anthropic.claude-3-haiku-20240307-v1:0", messages=m, inferenceConfig={"temperature": 1.4})\n',
      javascript: 'import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";\nnew ConverseCommand({ modelId: "us.anthropic.claude-3-7-sonnet-20250219-v1:0", messages, inferenceConfig: { temperature: 1.2 } });\n',
      typescript: 'import Anthropic from "@anthropic-ai/sdk";\nconst client: Anthropic = new Anthropic();\nawait client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 100, temperature: 1.5, messages: [] as Anthropic.MessageParam[] });\n',
    },
    fine: {
      python: 'import boto3\nclient = boto3.client("bedrock-runtime")\nclient.converse(modelId="anthropic.claude-3-haiku-20240307-v1:0", messages=m, inferenceConfig={"temperature": 1})\n',
      javascript: 'import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";\nnew ConverseCommand({ modelId: "meta.llama3-8b-instruct-v1:0", messages, inferenceConfig: { temperature: 1.2 } });\n',
      typescript: 'import OpenAI from "openai";\nconst client: OpenAI = new OpenAI();\nawait client.chat.completions.create({ model: "gpt-4o", temperature: 1.5, messages: [] });\n',
    },
  },
  temperatureAboveProviderRange: {
    // Gemini's GenerationConfig and OpenAI take 0–2; Mistral and Ollama document no maximum, so they are not judged.
    flagged: {
      python: 'from google import genai\nfrom google.genai import types\nclient = genai.Client()\nclient.models.generate_content(model="gemini-2.5-flash", contents="Hi", config=types.GenerateContentConfig(temperature=2.5))\n',
      javascript: 'import { generateText } from "ai";\nimport { google } from "@ai-sdk/google";\nawait generateText({ model: google("gemini-2.5-flash"), prompt: "Hi", temperature: 2.2 });\n',
      typescript: 'import { GoogleGenAI } from "@google/genai";\nconst ai: GoogleGenAI = new GoogleGenAI({});\nawait ai.models.generateContent({ model: "gemini-2.5-flash", contents: "Hi", config: { temperature: 3 } });\n',
    },
    fine: {
      python: 'from mistralai import Mistral\nclient = Mistral(api_key=key)\nclient.chat.complete(model="mistral-large-latest", messages=m, temperature=2.5)\n',
      javascript: 'import ollama from "ollama";\nawait ollama.chat({ model: "llama3.1", messages, options: { temperature: 2.5 } });\n',
      typescript: 'import { GoogleGenAI } from "@google/genai";\nconst ai: GoogleGenAI = new GoogleGenAI({});\nawait ai.models.generateContent({ model: "gemini-2.5-flash", contents: "Hi", config: { temperature: 2 } });\n',
    },
  },
  maxTokensAboveModelLimit: {
    flagged: {
      python: 'from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o", messages=m, max_tokens=32000)\n',
      javascript: 'const OpenAI = require("openai");\nnew OpenAI().chat.completions.create({ model: "gpt-4o", messages, max_completion_tokens: 20000 });\n',
      typescript: 'import { ChatOpenAI } from "@langchain/openai";\nconst model: ChatOpenAI = new ChatOpenAI({ model: "gpt-4o", maxTokens: 16385 });\n',
    },
    fine: {
      python: 'from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o", messages=m, max_tokens=16384)\n',
      javascript: 'const OpenAI = require("openai");\nnew OpenAI().chat.completions.create({ model: "gpt-9-unknown", messages, max_completion_tokens: 20000 });\n',
      typescript: 'import { ChatOpenAI } from "@langchain/openai";\nconst model: ChatOpenAI = new ChatOpenAI({ model: "gpt-2", maxTokens: 50000 });\n',
    },
  },
  promptOverContextWindow: {
    flagged: {
      python: `from openai import OpenAI\nprompt = "${longText}"\n`,
      javascript: `import OpenAI from "openai";\nconst systemPrompt = \`${longText}\`;\n`,
      typescript: `import Anthropic from "@anthropic-ai/sdk";\nconst SYSTEM_PROMPT: string = '${longText}';\n`,
    },
    fine: {
      python: `from openai import OpenAI\nprompt = "${longText.slice(0, 2000)}"\n`,
      javascript: `import OpenAI from "openai";\nconst systemPrompt = \`${longText.slice(0, 2000)}\`;\n`,
      typescript: `import Anthropic from "@anthropic-ai/sdk";\nconst SYSTEM_PROMPT: string = '${longText.slice(0, 2000)}';\n`,
    },
  },
  chunkOverlapNotSmaller: {
    flagged: {
      python: 'from langchain_text_splitters import RecursiveCharacterTextSplitter\nRecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=500)\n',
      javascript: 'import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";\nnew RecursiveCharacterTextSplitter({ chunkSize: 200, chunkOverlap: 300 });\n',
      typescript: 'import { RecursiveCharacterTextSplitter } from "langchain/text_splitter";\nconst splitter: RecursiveCharacterTextSplitter = new RecursiveCharacterTextSplitter({ chunkSize: 100, chunkOverlap: 100 });\n',
    },
    fine: {
      python: 'from langchain_text_splitters import RecursiveCharacterTextSplitter\nRecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)\n',
      javascript: 'import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";\nnew RecursiveCharacterTextSplitter({ chunkSize: 200, chunkOverlap: 20 });\n',
      typescript: 'import { RecursiveCharacterTextSplitter } from "langchain/text_splitter";\nconst splitter: RecursiveCharacterTextSplitter = new RecursiveCharacterTextSplitter({ chunkSize: 100, chunkOverlap: 0 });\n',
    },
  },
};

describe('Gentle checks', () => {
  for (const [code, { flagged, fine }] of Object.entries(cases) as [GentleCheckCode, (typeof cases)[GentleCheckCode]][]) {
    for (const language of ['python', 'javascript', 'typescript'] as const) {
      const lexer: SourceLanguage = language === 'python' ? 'python' : 'javascript';
      it(`${code}: reports ${language} code that has it, and only it`, () => {
        assert.deepStrictEqual(codes(flagged[language], lexer), [code]);
      });
      it(`${code}: stays quiet on ${language} code that does not`, () => {
        assert.deepStrictEqual(codes(fine[language], lexer), []);
      });
    }
  }

  it('judges the prompt by its exact count (js-tiktoken r50k_base) against the window', () => {
    const [finding] = gentleChecks(analyzeSource(cases.promptOverContextWindow.flagged.python, 'python'), context);
    assert.strictEqual(finding.params.count, r50k.encode(longText).length);
    assert.ok(r50k.encode(longText).length > 1024);
  });

  describe('on the providers behind LiteLLM, the AI SDK, Gemini and Ollama', () => {
    it('reports temperature above 1 for Claude on Bedrock through a LiteLLM route', () => {
      const code = 'from litellm import completion\ncompletion(model="bedrock/anthropic.claude-3-sonnet-20240229-v1:0", messages=m, temperature=1.2)\n';
      assert.deepStrictEqual(codes(code, 'python'), ['anthropicTemperatureAboveOne']);
    });

    it('reports an OpenAI temperature above 2, the top of OpenAI\'s documented 0–2, and not 2 itself', () => {
      assert.deepStrictEqual(codes(`from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o", messages=m, temperature=2.1)\n`, 'python'), ['temperatureAboveProviderRange']);
      assert.deepStrictEqual(codes(`from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o", messages=m, temperature=2)\n`, 'python'), []);
    });

    it('reports temperature above 1 for an AI SDK anthropic() model, and not for an openai() one', () => {
      const call = (model: string) => `import { generateText } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\nimport { openai } from '@ai-sdk/openai';\nconst model = ${model};\nawait generateText({ model, prompt: 'Hi', temperature: 1.5 });\n`;
      assert.deepStrictEqual(codes(call("anthropic('claude-sonnet-4-5')"), 'javascript'), ['anthropicTemperatureAboveOne']);
      assert.deepStrictEqual(codes(call("openai('gpt-4o')"), 'javascript'), []);
    });

    it('reports a Gemini max_output_tokens above the model\'s output limit', () => {
      const code = (tokens: number) => `from google import genai\nfrom google.genai import types\ngenai.Client().models.generate_content(model="gemini-2.5-flash", contents="Hi", config=types.GenerateContentConfig(max_output_tokens=${tokens}))\n`;
      assert.deepStrictEqual(codes(code(100_000), 'python'), ['maxTokensAboveModelLimit']);
      assert.deepStrictEqual(codes(code(65_536), 'python'), []);
    });

    it('reports temperature and top_p changed together in a Mistral call (Mistral advises changing one)', () => {
      const code = 'import { Mistral } from "@mistralai/mistralai";\nconst client = new Mistral({ apiKey });\nawait client.chat.complete({ model: "mistral-small-latest", messages, temperature: 0.3, topP: 0.8 });\n';
      assert.deepStrictEqual(codes(code, 'javascript'), ['temperatureAndTopP']);
    });

    it('leaves Ollama\'s num_predict -1 (no cap) and a large num_ctx alone', () => {
      const code = 'import ollama\nollama.generate(model="llama3.2", prompt="Why is the sky blue?", options={"num_predict": -1, "num_ctx": 32768})\n';
      assert.deepStrictEqual(codes(code, 'python'), []);
    });
  });

  it('never judges values it cannot read (names, expressions)', () => {
    const code = 'from openai import OpenAI\nOpenAI().chat.completions.create(model=MODEL, temperature=t, top_p=p, max_tokens=limit * 2)\n';
    assert.deepStrictEqual(codes(code, 'python'), []);
  });
});
