// The corpus for the Google Gen AI SDK (and google.generativeai), Mistral, Ollama, LiteLLM and the
// Vercel AI SDK, written as their READMEs and docs write them, plus look-alikes that must find nothing.
import type { CorpusSnippet } from './sdkSnippetCorpus';

const py = (name: string, code: string, parameters: string[], prompts: string[]): CorpusSnippet => ({ name, language: 'python', code, parameters, prompts });
const js = (name: string, code: string, parameters: string[], prompts: string[]): CorpusSnippet => ({ name, language: 'javascript', code, parameters, prompts });

export const googleSnippets: readonly CorpusSnippet[] = [
  py('Google Gen AI Python generate_content with GenerateContentConfig', `
from google import genai
from google.genai import types

client = genai.Client()

response = client.models.generate_content(
    model="gemini-2.5-flash",
    contents="Explain how AI works in a few words",
    config=types.GenerateContentConfig(
        system_instruction="You are a cat. Your name is Neko.",
        temperature=0.1,
        top_p=0.95,
        top_k=20,
        max_output_tokens=500,
        stop_sequences=["STOP!"],
        seed=5,
    ),
)
print(response.text)
`, ['model="gemini-2.5-flash"', 'system_instruction="You are a cat. Your name is Neko."', 'temperature=0.1', 'top_p=0.95', 'top_k=20',
    'max_output_tokens=500', 'stop_sequences=["STOP!"]', 'seed=5'], ['Explain how AI works in a few words', 'You are a cat. Your name is Neko.']),
  py('Google Gen AI Python streaming with a config dict and role/parts contents', `
from google import genai

client = genai.Client(api_key=GEMINI_API_KEY)
for chunk in client.models.generate_content_stream(
    model='gemini-2.5-pro',
    contents=[{'role': 'user', 'parts': [{'text': 'Tell me a story in 300 words.'}]}],
    config={'temperature': 1.3, 'thinking_config': {'thinking_budget': 1024}, 'candidate_count': 1},
):
    print(chunk.text, end='')
`, ["model='gemini-2.5-pro'", 'temperature=1.3', 'thinking_budget=1024', 'candidate_count=1'], ['Tell me a story in 300 words.']),
  py('Google Gen AI Python config built apart and a chat session', `
from google import genai
from google.genai import types

client = genai.Client()
config = types.GenerateContentConfig(temperature=0.4, max_output_tokens=1024, response_mime_type="application/json")
chat = client.chats.create(model="gemini-2.5-flash", config=config)
`, ['temperature=0.4', 'max_output_tokens=1024', 'response_mime_type="application/json"', 'model="gemini-2.5-flash"'], []),
  py('google.generativeai GenerativeModel with generation_config (the older SDK)', `
import google.generativeai as genai

genai.configure(api_key=os.environ["GEMINI_API_KEY"])
model = genai.GenerativeModel("gemini-1.5-flash", system_instruction="You are a helpful travel guide.")
response = model.generate_content(
    "Tell me a story about a magic backpack.",
    generation_config=genai.types.GenerationConfig(
        candidate_count=1,
        stop_sequences=["x"],
        max_output_tokens=20,
        temperature=1.0,
    ),
)
`, ['system_instruction="You are a helpful travel guide."', 'candidate_count=1', 'stop_sequences=["x"]', 'max_output_tokens=20', 'temperature=1.0'],
  ['You are a helpful travel guide.', 'Tell me a story about a magic backpack.']),
  py('Vertex AI SDK GenerativeModel imported by name, with GenerationConfig', `
import vertexai
from vertexai.generative_models import GenerativeModel, GenerationConfig

vertexai.init(project=PROJECT_ID, location="us-central1")
model = GenerativeModel("gemini-2.0-flash", generation_config=GenerationConfig(temperature=0.9, top_p=1.0, max_output_tokens=8192))
response = model.generate_content(["What is shown in this image?", image_part])
`, ['temperature=0.9', 'top_p=1.0', 'max_output_tokens=8192'], ['What is shown in this image?']),
  js('Google Gen AI JS generateContent with a config object', `
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({});

async function main() {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: "Explain how AI works",
    config: {
      systemInstruction: "You are a cat. Your name is Neko.",
      temperature: 0.1,
      topK: 40,
      maxOutputTokens: 256,
    },
  });
  console.log(response.text);
}
`, ['model="gemini-2.5-flash"', 'systemInstruction="You are a cat. Your name is Neko."', 'temperature=0.1', 'topK=40', 'maxOutputTokens=256'],
  ['Explain how AI works', 'You are a cat. Your name is Neko.']),
  js('Google Gen AI TypeScript generateContentStream with role/parts contents and thinking config', `
import { GoogleGenAI } from '@google/genai';
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const response = await ai.models.generateContentStream({
  model: 'gemini-2.5-flash',
  contents: [{ role: 'user', parts: [{ text: 'Write a limerick about tokens.' }] }],
  config: { topP: 0.8, stopSequences: ['END'], thinkingConfig: { thinkingBudget: 0 } },
});
`, ["model='gemini-2.5-flash'", 'topP=0.8', "stopSequences=['END']", 'thinkingBudget=0'], ['Write a limerick about tokens.']),
  js('@google/generative-ai getGenerativeModel with generationConfig (the older JS SDK)', `
const { GoogleGenerativeAI } = require("@google/generative-ai");
const genAI = new GoogleGenerativeAI(process.env.API_KEY);
const model = genAI.getGenerativeModel({
  model: "gemini-1.5-flash",
  generationConfig: { candidateCount: 1, maxOutputTokens: 20, temperature: 1.0 },
});
const result = await model.generateContent("Tell me a story about a magic backpack.");
`, ['model="gemini-1.5-flash"', 'candidateCount=1', 'maxOutputTokens=20', 'temperature=1.0'], ['Tell me a story about a magic backpack.']),
];

export const mistralSnippets: readonly CorpusSnippet[] = [
  py('Mistral Python chat.complete', `
import os
from mistralai import Mistral

api_key = os.environ["MISTRAL_API_KEY"]
model = "mistral-large-latest"

client = Mistral(api_key=api_key)

chat_response = client.chat.complete(
    model = model,
    messages = [
        {
            "role": "user",
            "content": "What is the best French cheese?",
        },
    ],
    temperature=0.3,
    max_tokens=200,
    top_p=0.9,
)
`, ['model=model', 'temperature=0.3', 'max_tokens=200', 'top_p=0.9'], ['What is the best French cheese?']),
  py('Mistral Python chat.stream with random_seed, stop and JSON mode', `
from mistralai import Mistral
client = Mistral(api_key=api_key)
stream_response = client.chat.stream(
    model="mistral-small-latest",
    messages=[{"role": "system", "content": "Answer in JSON."}, {"role": "user", "content": question}],
    random_seed=42,
    stop=["###"],
    response_format={"type": "json_object"},
)
`, ['model="mistral-small-latest"', 'random_seed=42', 'stop=["###"]', 'response_format={"type": "json_object"}'], ['Answer in JSON.']),
  py('Mistral Python Codestral fim.complete with prompt and suffix', `
from mistralai import Mistral
client = Mistral(api_key=api_key)
response = client.fim.complete(model="codestral-latest", prompt="def fibonacci(n: int):", suffix="n = int(input('Enter a number: '))", temperature=0, top_p=1)
`, ['model="codestral-latest"', 'temperature=0', 'top_p=1'], ['def fibonacci(n: int):', "n = int(input('Enter a number: '))"]),
  js('Mistral TypeScript chat.complete with camelCase parameters', `
import { Mistral } from '@mistralai/mistralai';

const apiKey = process.env.MISTRAL_API_KEY;
const client = new Mistral({ apiKey: apiKey });

const chatResponse = await client.chat.complete({
  model: 'mistral-large-latest',
  messages: [{ role: 'user', content: 'What is the best French cheese?' }],
  temperature: 0.9,
  maxTokens: 512,
  topP: 1,
  randomSeed: 3,
});
`, ["model='mistral-large-latest'", 'temperature=0.9', 'maxTokens=512', 'topP=1', 'randomSeed=3'], ['What is the best French cheese?']),
  js('Mistral JS chat.stream', `
import { Mistral } from "@mistralai/mistralai";
const mistral = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] ?? "" });
const result = await mistral.chat.stream({ model: "mistral-small-latest", messages: [{ content: "Who is the best French painter?", role: "user" }] });
`, ['model="mistral-small-latest"'], ['Who is the best French painter?']),
];

export const ollamaSnippets: readonly CorpusSnippet[] = [
  py('Ollama Python chat imported by name, with options', `
from ollama import chat
from ollama import ChatResponse

response: ChatResponse = chat(model='gemma3', messages=[
  {
    'role': 'user',
    'content': 'Why is the sky blue?',
  },
], options={'temperature': 0.8, 'num_predict': 128, 'top_k': 40, 'top_p': 0.9, 'stop': ['\\n\\n']})
print(response['message']['content'])
`, ["model='gemma3'", 'temperature=0.8', 'num_predict=128', 'top_k=40', 'top_p=0.9', "stop=['\\n\\n']"], ['Why is the sky blue?']),
  py('Ollama Python module-level generate with system, num_ctx and seed', `
import ollama

result = ollama.generate(
    model='llama3.2',
    prompt='Why is the sky blue?',
    system='Answer in one sentence.',
    options={'num_ctx': 8192, 'seed': 101, 'num_predict': -1},
)
`, ["model='llama3.2'", "system='Answer in one sentence.'", 'num_ctx=8192', 'seed=101', 'num_predict=-1'], ['Why is the sky blue?', 'Answer in one sentence.']),
  py('Ollama Python Client with a host and JSON format', `
from ollama import Client
client = Client(host='http://localhost:11434', headers={'x-some-header': 'some-value'})
response = client.chat(model='llama3.2', messages=[{'role': 'user', 'content': 'List three planets as JSON.'}], format='json', think=False)
`, ["model='llama3.2'", "format='json'", 'think=False'], ['List three planets as JSON.']),
  js('Ollama JavaScript chat with options', `
import ollama from 'ollama'

const response = await ollama.chat({
  model: 'llama3.1',
  messages: [{ role: 'user', content: 'Why is the sky blue?' }],
  options: { temperature: 0.2, num_predict: 100, num_ctx: 4096 },
})
console.log(response.message.content)
`, ["model='llama3.1'", 'temperature=0.2', 'num_predict=100', 'num_ctx=4096'], ['Why is the sky blue?']),
  js('Ollama JavaScript Ollama instance generate', `
import { Ollama } from 'ollama'
const ollama = new Ollama({ host: 'http://127.0.0.1:11434' })
const output = await ollama.generate({ model: 'llama3.2', prompt: 'Write a haiku about GPUs.', stream: false, options: { top_k: 20 } })
`, ["model='llama3.2'", 'top_k=20'], ['Write a haiku about GPUs.']),
];

export const litellmSnippets: readonly CorpusSnippet[] = [
  py('LiteLLM completion routed to Claude on Bedrock', `
from litellm import completion

response = completion(
    model="bedrock/anthropic.claude-3-sonnet-20240229-v1:0",
    messages=[{ "content": "Hello, how are you?","role": "user"}],
    temperature=0.7,
    max_tokens=100,
)
`, ['model="bedrock/anthropic.claude-3-sonnet-20240229-v1:0"', 'temperature=0.7', 'max_tokens=100'], ['Hello, how are you?']),
  py('LiteLLM module calls routed to Gemini and Ollama', `
import litellm

response = litellm.completion(model="gemini/gemini-2.5-flash", messages=[{"role": "user", "content": "Write a poem."}], top_p=0.5, stop=["\\n\\n"])
async def ask():
    return await litellm.acompletion(model="ollama/llama2", messages=messages, api_base="http://localhost:11434", seed=7)
`, ['model="gemini/gemini-2.5-flash"', 'top_p=0.5', 'stop=["\\n\\n"]', 'model="ollama/llama2"', 'seed=7'], ['Write a poem.']),
];

export const vercelAiSnippets: readonly CorpusSnippet[] = [
  js('AI SDK generateText with an OpenAI model', `
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

const { text } = await generateText({
  model: openai('gpt-4o'),
  system: 'You are a friendly assistant!',
  prompt: 'Why is the sky blue?',
  temperature: 0.3,
  maxOutputTokens: 512,
  topP: 0.9,
});
`, ["model=openai('gpt-4o')", "system='You are a friendly assistant!'", 'temperature=0.3', 'maxOutputTokens=512', 'topP=0.9'],
  ['You are a friendly assistant!', 'Why is the sky blue?']),
  js('AI SDK streamText with an Anthropic model, messages and stop sequences', `
import { streamText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

const result = streamText({
  model: anthropic('claude-sonnet-4-5'),
  messages: [
    { role: 'system', content: 'You write release notes.' },
    { role: 'user', content: 'Summarize these commits.' },
  ],
  stopSequences: ['---'],
  seed: 11,
  topK: 40,
  maxOutputTokens: 1000,
});
`, ["model=anthropic('claude-sonnet-4-5')", "stopSequences=['---']", 'seed=11', 'topK=40', 'maxOutputTokens=1000'],
  ['You write release notes.\nSummarize these commits.']),
  js('AI SDK generateObject with a schema and a model made apart', `
import { generateObject } from 'ai';
import { google } from '@ai-sdk/google';
import { z } from 'zod';

const model = google('gemini-2.5-flash');
const { object } = await generateObject({
  model,
  schema: z.object({ recipe: z.object({ name: z.string() }) }),
  prompt: 'Generate a lasagna recipe.',
  temperature: 1.2,
});
`, ['model=model', 'schema=z.object({ recipe: z.object({ name: z.string() }) })', 'temperature=1.2'], ['Generate a lasagna recipe.']),
  js('AI SDK 4 maxTokens and penalties with openai.chat()', `
const { generateText } = require('ai');
const { openai } = require('@ai-sdk/openai');
const result = await generateText({ model: openai.chat('gpt-4o-mini'), prompt: 'Invent a new holiday.', maxTokens: 300, presencePenalty: 0.6, frequencyPenalty: 0.4 });
`, ["model=openai.chat('gpt-4o-mini')", 'maxTokens=300', 'presencePenalty=0.6', 'frequencyPenalty=0.4'], ['Invent a new holiday.']),
  js('AI SDK streamObject with an AI Gateway model id', `
import { streamObject } from 'ai';
const { partialObjectStream } = streamObject({ model: 'openai/gpt-4o', schema: notificationSchema, prompt: 'Generate 3 notifications for a messages app.' });
`, ["model='openai/gpt-4o'", 'schema=notificationSchema'], ['Generate 3 notifications for a messages app.']),
];

/** Calls shaped like these SDKs' that are not theirs: the SDK is not imported, or the name is the project's own. */
export const moreLookAlikeSnippets: readonly CorpusSnippet[] = [
  py('a complete() on an autocomplete widget in a file that imports OpenAI, not Mistral', `
from openai import OpenAI
class Search:
    def suggest(self, text):
        return self.chat.complete(model="prefix-tree", temperature=2, max_tokens=5, messages=[text])
`, [], []),
  js('a local generateText function in a file that does not import the AI SDK', `
import OpenAI from 'openai';
function generateText(options) {
  return options.prompt.repeat(options.maxTokens);
}
const banner = generateText({ prompt: 'Hello', maxTokens: 3, temperature: 9 });
`, [], []),
  py('a project chat() function in a file that imports the ollama module but not that name', `
import ollama
def chat(model, messages, temperature=0.7):
    return {"model": model, "messages": messages}
reply = chat(model="support-bot", messages=["Where is my parcel?"], temperature=3)
`, [], []),
  py('Google Cloud Storage code with a generate-like method name', `
from google.cloud import storage
client = storage.Client()
blob = client.bucket("reports").blob("q1.txt")
url = blob.generate_signed_url(version="v4", expiration=900, method="GET")
report = builder.generate_content(temperature=30, contents="sensor log")
`, [], []),
];
