import * as assert from 'assert';
import { getEncoding } from 'js-tiktoken';
import { analyzeSource } from '../../../src/codeInsight/analyzeSource';
import { gentleChecks, type GentleCheckCode, type GentleCheckContext } from '../../../src/codeInsight/gentleChecks';
import type { SourceLanguage } from '../../../src/codeInsight/sourceTokens';

// Output limits as OpenAI documents them for GPT-4o; GPT-2's 1,024-token window keeps the long prompt small.
const limits: GentleCheckContext['limits'] = (id) => ({
  'gpt-4o': { label: 'GPT-4o', contextWindow: 128_000, maxOutputTokens: 16_384 },
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

  it('never judges values it cannot read (names, expressions)', () => {
    const code = 'from openai import OpenAI\nOpenAI().chat.completions.create(model=MODEL, temperature=t, top_p=p, max_tokens=limit * 2)\n';
    assert.deepStrictEqual(codes(code, 'python'), []);
  });
});
