// Code as people write it with each SDK (shapes from the SDKs' own docs and examples), with what
// the matcher must find: every explained parameter (`name=value as written`, in source order) and
// every prompt literal (the text the program sends, in source order). Look-alikes expect nothing.
import type { SourceLanguage } from '../../../src/codeInsight/sourceTokens';
import { googleSnippets, litellmSnippets, mistralSnippets, moreLookAlikeSnippets, ollamaSnippets, vercelAiSnippets } from './moreSdkSnippetCorpus';

export interface CorpusSnippet {
  readonly name: string;
  readonly language: SourceLanguage;
  readonly code: string;
  readonly parameters: readonly string[];
  readonly prompts: readonly string[];
}

const py = (name: string, code: string, parameters: string[], prompts: string[]): CorpusSnippet => ({ name, language: 'python', code, parameters, prompts });
const js = (name: string, code: string, parameters: string[], prompts: string[]): CorpusSnippet => ({ name, language: 'javascript', code, parameters, prompts });

export const openaiSnippets: readonly CorpusSnippet[] = [
  py('OpenAI Python chat completion with sampling parameters', `
from openai import OpenAI

client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[
        {"role": "developer", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Write a haiku about recursion."},
    ],
    temperature=1.4,
    top_p=0.9,
    max_tokens=300,
)
print(completion.choices[0].message.content)
`, ['model="gpt-4o"', 'temperature=1.4', 'top_p=0.9', 'max_tokens=300'], ['You are a helpful assistant.\nWrite a haiku about recursion.']),
  py('OpenAI Python with penalties, seed, n, stop and JSON mode', `
import openai

client = openai.OpenAI()
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "List three colors as JSON."}],
    frequency_penalty=0.5,
    presence_penalty=-0.2,
    seed=42,
    n=2,
    stop=["\\n\\n", "END"],
    response_format={"type": "json_object"},
    logprobs=True,
    top_logprobs=3,
)
`, ['model="gpt-4o-mini"', 'frequency_penalty=0.5', 'presence_penalty=-0.2', 'seed=42', 'n=2', 'stop=["\\n\\n", "END"]',
    'response_format={"type": "json_object"}', 'logprobs=True', 'top_logprobs=3'], ['List three colors as JSON.']),
  py('OpenAI Python tools whose schema has a temperature property (not a parameter)', `
from openai import OpenAI
client = OpenAI()
tools = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"temperature": {"type": "number"}, "unit": {"type": "string"}}},
    },
}]
response = client.chat.completions.create(model="gpt-4.1", messages=messages, tools=tools, max_completion_tokens=500)
`, ['model="gpt-4.1"', 'tools=tools', 'max_completion_tokens=500'], []),
  py('OpenAI Python Responses API with instructions and reasoning effort', `
from openai import OpenAI

client = OpenAI()
response = client.responses.create(
    model="o4-mini",
    reasoning={"effort": "high"},
    instructions="Answer like a pirate.",
    input="How do I check if a Python object is an instance of a class?",
    max_output_tokens=2048,
)
`, ['model="o4-mini"', 'effort="high"', 'instructions="Answer like a pirate."', 'max_output_tokens=2048'],
  ['Answer like a pirate.', 'How do I check if a Python object is an instance of a class?']),
  py('OpenAI Python f-string prompt assigned to a name, passed in messages', `
from openai import OpenAI
client = OpenAI()

def summarize(article: str) -> str:
    prompt = f"Summarize the following article in {3} bullet points:\\n\\n{article}"
    result = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
    )
    return result.choices[0].message.content
`, ['model="gpt-4o-mini"', 'temperature=0'], ['Summarize the following article in  bullet points:\n\n', 'Summarize the following article in  bullet points:\n\n']),
  py('OpenAI Python embeddings with shortened dimensions', `
from openai import OpenAI
client = OpenAI()
emb = client.embeddings.create(model="text-embedding-3-small", input="The food was delicious and the waiter...", dimensions=256)
`, ['model="text-embedding-3-small"', 'dimensions=256'], ['The food was delicious and the waiter...']),
  py('OpenAI Python parameters passed with ** from a dict', `
import openai

params = {
    "model": "gpt-4o",
    "temperature": 0.7,
    "top_p": 0.95,
}
reply = openai.chat.completions.create(**params, messages=history)
`, ['model="gpt-4o"', 'temperature=0.7', 'top_p=0.95'], []),
  py('OpenAI legacy 0.x SDK ChatCompletion.create', `
import openai
openai.api_key = os.getenv("OPENAI_API_KEY")
response = openai.ChatCompletion.create(
  model="gpt-3.5-turbo",
  messages=[{"role": "system", "content": "You are a translator."}, {"role": "user", "content": text}],
  temperature=0.2,
  max_tokens=150
)
`, ['model="gpt-3.5-turbo"', 'temperature=0.2', 'max_tokens=150'], ['You are a translator.']),
  js('OpenAI Node chat completion', `
import OpenAI from "openai";

const openai = new OpenAI();

const completion = await openai.chat.completions.create({
  model: "gpt-4o",
  messages: [
    { role: "system", content: "You are a helpful assistant." },
    { role: "user", content: \`Explain \${topic} to a child.\` },
  ],
  temperature: 0.8,
  top_p: 1,
  max_tokens: 512,
  stream: true,
});
`, ['model="gpt-4o"', 'temperature=0.8', 'top_p=1', 'max_tokens=512'], ['You are a helpful assistant.\nExplain  to a child.']),
  js('OpenAI TypeScript Responses API with a typed options object', `
import OpenAI from 'openai';
const client = new OpenAI({ apiKey: process.env['OPENAI_API_KEY'] });

const systemPrompt = 'You are a code reviewer. Be concise.';
const response = await client.responses.create({
  model: 'gpt-5',
  instructions: systemPrompt,
  input: 'Review this function for bugs.',
  reasoning: { effort: 'minimal' },
});
`, ["model='gpt-5'", 'instructions=systemPrompt', "effort='minimal'"], ['You are a code reviewer. Be concise.', 'Review this function for bugs.']),
  js('OpenAI CommonJS require with seed and n', `
const OpenAI = require("openai");
const client = new OpenAI();
async function main() {
  const res = await client.chat.completions.create({ model: "gpt-4.1-mini", seed: 7, n: 3, messages: [{ role: "user", content: "Name a fruit." }] });
}
`, ['model="gpt-4.1-mini"', 'seed=7', 'n=3'], ['Name a fruit.']),
];

export const anthropicSnippets: readonly CorpusSnippet[] = [
  py('Anthropic Python messages with system, top_k and stop_sequences', `
import anthropic

client = anthropic.Anthropic()
message = client.messages.create(
    model="claude-sonnet-4-5",
    max_tokens=1024,
    system="You are a world-class poet. Respond only with short poems.",
    temperature=0.3,
    top_k=40,
    stop_sequences=["\\n\\nHuman:"],
    messages=[{"role": "user", "content": "Why is the ocean salty?"}],
)
`, ['model="claude-sonnet-4-5"', 'max_tokens=1024', 'system="You are a world-class poet. Respond only with short poems."', 'temperature=0.3', 'top_k=40', 'stop_sequences=["\\n\\nHuman:"]'],
  ['You are a world-class poet. Respond only with short poems.', 'Why is the ocean salty?']),
  py('Anthropic Python content blocks and a streamed reply', `
from anthropic import Anthropic
client = Anthropic()
with client.messages.stream(
    max_tokens=2048,
    messages=[{"role": "user", "content": [{"type": "text", "text": "Describe this diagram."}, {"type": "image", "source": image_source}]}],
    model="claude-3-5-haiku-latest",
) as stream:
    for text in stream.text_stream:
        print(text, end="")
`, ['max_tokens=2048', 'model="claude-3-5-haiku-latest"'], ['Describe this diagram.']),
  py('Anthropic on Bedrock through AnthropicBedrock with temperature above 1', `
from anthropic import AnthropicBedrock

client = AnthropicBedrock(aws_region="us-west-2")
message = client.messages.create(
    model="anthropic.claude-3-5-sonnet-20241022-v2:0",
    max_tokens=256,
    temperature=1.2,
    messages=[{"role": "user", "content": "Hello, world"}],
)
`, ['model="anthropic.claude-3-5-sonnet-20241022-v2:0"', 'max_tokens=256', 'temperature=1.2'], ['Hello, world']),
  js('Anthropic TypeScript SDK with a system prompt constant', `
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();
const SYSTEM_PROMPT = \`You are a support agent for Acme.
Never promise refunds.\`;

const msg = await anthropic.messages.create({
  model: 'claude-opus-4-1',
  max_tokens: 4096,
  system: SYSTEM_PROMPT,
  messages: [{ role: 'user', content: question }],
  top_p: 0.8,
});
`, ["model='claude-opus-4-1'", 'max_tokens=4096', 'system=SYSTEM_PROMPT', 'top_p=0.8'], ['You are a support agent for Acme.\nNever promise refunds.']),
  js('Anthropic JavaScript count_tokens call', `
const Anthropic = require('@anthropic-ai/sdk');
const client = new Anthropic();
const count = await client.messages.countTokens({
  model: 'claude-3-7-sonnet-latest',
  system: 'You are a scientist',
  messages: [{ role: 'user', content: 'Hello, Claude' }],
});
`, ["model='claude-3-7-sonnet-latest'", "system='You are a scientist'"], ['You are a scientist', 'Hello, Claude']),
];

export const bedrockPythonSnippets: readonly CorpusSnippet[] = [
  py('boto3 Converse with inferenceConfig and additionalModelRequestFields', `
import boto3

client = boto3.client("bedrock-runtime", region_name="us-east-1")
model_id = "anthropic.claude-3-haiku-20240307-v1:0"
conversation = [
    {"role": "user", "content": [{"text": "Describe the purpose of a 'hello world' program in one line."}]},
]
response = client.converse(
    modelId=model_id,
    messages=conversation,
    system=[{"text": "You are a terse assistant."}],
    inferenceConfig={"maxTokens": 512, "temperature": 0.5, "topP": 0.9, "stopSequences": ["###"]},
    additionalModelRequestFields={"top_k": 250},
)
`, ['modelId=model_id', 'system=[{"text": "You are a terse assistant."}]', 'maxTokens=512', 'temperature=0.5', 'topP=0.9', 'stopSequences=["###"]', 'top_k=250'],
  ["Describe the purpose of a 'hello world' program in one line.", 'You are a terse assistant.']),
  py('boto3 Converse with the inference config in a variable and a guardrail', `
import boto3
bedrock = boto3.client(service_name="bedrock-runtime")
inference_config = {"temperature": 1.5, "maxTokens": 1000}
guardrail_config = {"guardrailIdentifier": "gr-123", "guardrailVersion": "1", "trace": "enabled"}
response = bedrock.converse(
    modelId="us.anthropic.claude-3-7-sonnet-20250219-v1:0",
    messages=messages,
    inferenceConfig=inference_config,
    guardrailConfig=guardrail_config,
)
`, ['temperature=1.5', 'maxTokens=1000', 'modelId="us.anthropic.claude-3-7-sonnet-20250219-v1:0"', 'guardrailConfig=guardrail_config'], []),
  py('boto3 converse_stream with a Nova model', `
import boto3
client = boto3.client("bedrock-runtime")
streaming = client.converse_stream(
    modelId="amazon.nova-lite-v1:0",
    messages=[{"role": "user", "content": [{"text": "Write a limerick about S3."}]}],
    inferenceConfig={"maxTokens": 300, "topP": 0.1, "temperature": 0.3},
)
`, ['modelId="amazon.nova-lite-v1:0"', 'maxTokens=300', 'topP=0.1', 'temperature=0.3'], ['Write a limerick about S3.']),
  py('boto3 InvokeModel with an Anthropic Messages body built apart', `
import boto3
import json

client = boto3.client("bedrock-runtime", region_name="us-east-1")
model_id = "anthropic.claude-3-haiku-20240307-v1:0"
prompt = "Describe the purpose of a 'hello world' program in one line."
native_request = {
    "anthropic_version": "bedrock-2023-05-31",
    "max_tokens": 512,
    "temperature": 0.5,
    "messages": [{"role": "user", "content": [{"type": "text", "text": prompt}]}],
}
request = json.dumps(native_request)
response = client.invoke_model(modelId=model_id, body=request)
`, ['max_tokens=512', 'temperature=0.5', 'modelId=model_id'], ["Describe the purpose of a 'hello world' program in one line.", "Describe the purpose of a 'hello world' program in one line."]),
  py('boto3 InvokeModel with a Titan Text body inline', `
import boto3, json
brt = boto3.client(service_name='bedrock-runtime')
body = json.dumps({
    "inputText": "Explain black holes to 8th graders",
    "textGenerationConfig": {"maxTokenCount": 4096, "stopSequences": [], "temperature": 0, "topP": 1},
})
response = brt.invoke_model(body=body, modelId='amazon.titan-text-express-v1', accept='application/json', contentType='application/json')
`, ['maxTokenCount=4096', 'stopSequences=[]', 'temperature=0', 'topP=1', "modelId='amazon.titan-text-express-v1'"], ['Explain black holes to 8th graders']),
  py('boto3 InvokeModel with a Llama body', `
import json
import boto3

client = boto3.client("bedrock-runtime")
formatted_prompt = f"""<|begin_of_text|><|start_header_id|>user<|end_header_id|>
{prompt}<|eot_id|><|start_header_id|>assistant<|end_header_id|>"""
native_request = {"prompt": formatted_prompt, "max_gen_len": 512, "temperature": 0.5, "top_p": 0.9}
response = client.invoke_model(modelId="meta.llama3-8b-instruct-v1:0", body=json.dumps(native_request))
`, ['max_gen_len=512', 'temperature=0.5', 'top_p=0.9', 'modelId="meta.llama3-8b-instruct-v1:0"'],
  ['<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n<|eot_id|><|start_header_id|>assistant<|end_header_id|>']),
  py('boto3 Titan Text Embeddings V2 with dimensions and normalize', `
import boto3
import json

bedrock_runtime = boto3.client(service_name='bedrock-runtime', region_name='us-east-1')
text_to_embed = "What's docling?"
payload = {
    "inputText": text_to_embed,
    "normalize": True,
    "dimensions": 1024
}
response = bedrock_runtime.invoke_model(
    body=json.dumps(payload),
    modelId="amazon.titan-embed-text-v2:0",
    accept="application/json",
    contentType="application/json"
)
`, ['normalize=True', 'dimensions=1024', 'modelId="amazon.titan-embed-text-v2:0"'], ["What's docling?"]),
  py('boto3 Cohere Embed body on Bedrock', `
import boto3, json
bedrock = boto3.client("bedrock-runtime")
body = json.dumps({"texts": ["hello world", "goodbye"], "input_type": "search_document", "truncate": "NONE"})
resp = bedrock.invoke_model(modelId="cohere.embed-multilingual-v3", body=body)
`, ['modelId="cohere.embed-multilingual-v3"'], ['hello world\ngoodbye']),
  py('Bedrock through a project wrapper module (no boto3 import in this file)', `
import json
from bedrock_client import bedrock

def embed(text):
    response = bedrock.invoke_model(
        modelId="amazon.titan-embed-text-v2:0",
        body=json.dumps({"inputText": text, "dimensions": 512, "normalize": True}),
    )
    return json.loads(response["body"].read())["embedding"]
`, ['modelId="amazon.titan-embed-text-v2:0"', 'dimensions=512', 'normalize=True'], []),
  py('boto3 Knowledge Bases retrieve with numberOfResults', `
import boto3
agent_runtime = boto3.client("bedrock-agent-runtime")
result = agent_runtime.retrieve(
    knowledgeBaseId="KB12345",
    retrievalQuery={"text": "What is our refund policy?"},
    retrievalConfiguration={"vectorSearchConfiguration": {"numberOfResults": 5}},
)
`, ['numberOfResults=5'], []),
];

export const bedrockJavaScriptSnippets: readonly CorpusSnippet[] = [
  js('AWS SDK v3 ConverseCommand with a shorthand modelId', `
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });
const modelId = "anthropic.claude-3-haiku-20240307-v1:0";
const userMessage = "Describe the purpose of a 'hello world' program in one line.";
const conversation = [{ role: "user", content: [{ text: userMessage }] }];

const command = new ConverseCommand({
  modelId,
  messages: conversation,
  inferenceConfig: { maxTokens: 512, temperature: 0.5, topP: 0.9 },
});
const response = await client.send(command);
`, ['modelId=modelId', 'maxTokens=512', 'temperature=0.5', 'topP=0.9'], ["Describe the purpose of a 'hello world' program in one line."]),
  js('AWS SDK v3 TypeScript Converse input typed and built apart', `
import { BedrockRuntimeClient, ConverseCommand, type ConverseCommandInput } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});
const input: ConverseCommandInput = {
  modelId: 'us.amazon.nova-pro-v1:0',
  system: [{ text: 'You answer in Portuguese.' }],
  messages: [{ role: 'user', content: [{ text: 'What is a token?' }] }],
  inferenceConfig: { maxTokens: 2000, topP: 0.5 },
  toolConfig: { tools: [{ toolSpec: { name: 'lookup', inputSchema: { json: { type: 'object', properties: { temperature: { type: 'number' } } } } } }] },
};
const output = await client.send(new ConverseCommand(input));
`, ["modelId='us.amazon.nova-pro-v1:0'", "system=[{ text: 'You answer in Portuguese.' }]", 'maxTokens=2000', 'topP=0.5',
    "toolConfig={ tools: [{ toolSpec: { name: 'lookup', inputSchema: { json: { type: 'object', properties: { temperature: { type: 'number' } } } } } }] }"],
  ['You answer in Portuguese.', 'What is a token?']),
  js('AWS SDK v3 InvokeModelCommand with a JSON.stringify body', `
import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-west-2" });
const payload = {
  anthropic_version: "bedrock-2023-05-31",
  max_tokens: 1000,
  temperature: 1.3,
  messages: [{ role: "user", content: [{ type: "text", text: prompt }] }],
};
const apiResponse = await client.send(
  new InvokeModelCommand({
    contentType: "application/json",
    body: JSON.stringify(payload),
    modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0",
  }),
);
`, ['max_tokens=1000', 'temperature=1.3', 'modelId="anthropic.claude-3-5-sonnet-20240620-v1:0"'], []),
  js('AWS SDK v3 Titan embeddings in TypeScript', `
import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
const bedrock = new BedrockRuntimeClient({ region: 'us-east-1' });

export async function embed(text: string): Promise<number[]> {
  const command = new InvokeModelCommand({
    modelId: 'amazon.titan-embed-text-v2:0',
    contentType: 'application/json',
    body: JSON.stringify({ inputText: text, dimensions: 256, normalize: true }),
  });
  const response = await bedrock.send(command);
  return JSON.parse(new TextDecoder().decode(response.body)).embedding;
}
`, ["modelId='amazon.titan-embed-text-v2:0'", 'dimensions=256', 'normalize=true'], []),
  js('AWS SDK v3 ConverseStreamCommand with stop sequences', `
const { BedrockRuntimeClient, ConverseStreamCommand } = require("@aws-sdk/client-bedrock-runtime");
const client = new BedrockRuntimeClient();
const stream = await client.send(new ConverseStreamCommand({
  modelId: "mistral.mistral-large-2402-v1:0",
  messages: [{ role: "user", content: [{ text: "Tell me a story." }] }],
  inferenceConfig: { stopSequences: ["THE END"], temperature: 0.9 },
}));
`, ['modelId="mistral.mistral-large-2402-v1:0"', 'stopSequences=["THE END"]', 'temperature=0.9'], ['Tell me a story.']),
];

export const langchainSnippets: readonly CorpusSnippet[] = [
  py('LangChain ChatOpenAI with invoke of a string prompt', `
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o", temperature=0, max_tokens=None, timeout=None, max_retries=2)
answer = llm.invoke("Translate 'I love programming' into French.")
`, ['model="gpt-4o"', 'temperature=0', 'max_tokens=None'], ["Translate 'I love programming' into French."]),
  py('LangChain ChatBedrockConverse with an Anthropic model', `
from langchain_aws import ChatBedrockConverse

llm = ChatBedrockConverse(
    model="anthropic.claude-3-sonnet-20240229-v1:0",
    temperature=1.5,
    max_tokens=None,
    region_name="us-east-1",
)
messages = [
    ("system", "You are a helpful assistant that translates English to French."),
    ("human", "I love programming."),
]
ai_msg = llm.invoke(messages)
`, ['model="anthropic.claude-3-sonnet-20240229-v1:0"', 'temperature=1.5', 'max_tokens=None'],
  ['You are a helpful assistant that translates English to French.\nI love programming.']),
  py('LangChain ChatBedrock with model_kwargs as dict()', `
from langchain_aws import ChatBedrock
chat = ChatBedrock(model_id="amazon.titan-text-express-v1", model_kwargs=dict(temperature=0.1, maxTokenCount=512))
`, ['model_id="amazon.titan-text-express-v1"', 'temperature=0.1', 'maxTokenCount=512'], []),
  py('LangChain RecursiveCharacterTextSplitter with overlap larger than size', `
from langchain_text_splitters import RecursiveCharacterTextSplitter

text_splitter = RecursiveCharacterTextSplitter(
    chunk_size=100,
    chunk_overlap=120,
    length_function=len,
    is_separator_regex=False,
)
texts = text_splitter.create_documents([state_of_the_union])
`, ['chunk_size=100', 'chunk_overlap=120'], []),
  py('LangChain splitter from a tiktoken encoder', `
from langchain.text_splitter import RecursiveCharacterTextSplitter
splitter = RecursiveCharacterTextSplitter.from_tiktoken_encoder(encoding_name="cl100k_base", chunk_size=512, chunk_overlap=64)
`, ['chunk_size=512', 'chunk_overlap=64'], []),
  py('LangChain FewShotPromptTemplate with prefix and suffix', `
from langchain_core.prompts import FewShotPromptTemplate, PromptTemplate

example_prompt = PromptTemplate.from_template("Question: {question}\\n{answer}")
prompt = FewShotPromptTemplate(
    examples=examples,
    example_prompt=example_prompt,
    prefix="Answer each question in one word.",
    suffix="Question: {input}",
    input_variables=["input"],
)
`, [], ['Question: {question}\n{answer}', 'Answer each question in one word.', 'Question: {input}']),
  py('LangChain ChatPromptTemplate.from_messages and a vector store search', `
from langchain_core.prompts import ChatPromptTemplate
from langchain_community.vectorstores import FAISS
from langchain_aws import BedrockEmbeddings

embeddings = BedrockEmbeddings(model_id="amazon.titan-embed-text-v2:0")
vectorstore = FAISS.from_documents(docs, embeddings)
retriever = vectorstore.as_retriever(search_type="similarity", search_kwargs={"k": 6})
hits = vectorstore.similarity_search("What did the president say about Ketanji Brown Jackson", k=4)
template = ChatPromptTemplate.from_messages([
    ("system", "Use the context to answer.\\n\\n{context}"),
    ("human", "{question}"),
])
`, ['model_id="amazon.titan-embed-text-v2:0"', 'k=6', 'k=4'], ['Use the context to answer.\n\n{context}\n{question}']),
  py('LangChain messages classes and ChatAnthropic', `
from langchain_anthropic import ChatAnthropic
from langchain_core.messages import HumanMessage, SystemMessage

model = ChatAnthropic(model="claude-3-5-sonnet-latest", temperature=0.7, top_p=0.9, max_tokens=1024)
result = model.invoke([
    SystemMessage(content="Translate the following from English into Italian"),
    HumanMessage(content="hi!"),
])
`, ['model="claude-3-5-sonnet-latest"', 'temperature=0.7', 'top_p=0.9', 'max_tokens=1024'], ['Translate the following from English into Italian\nhi!']),
  js('LangChain JS ChatOpenAI and a prompt template', `
import { ChatOpenAI } from "@langchain/openai";
import { ChatPromptTemplate } from "@langchain/core/prompts";

const model = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0.2, maxTokens: 256, topP: 0.95 });
const promptTemplate = ChatPromptTemplate.fromMessages([
  ["system", "Translate the following from English into {language}"],
  ["user", "{text}"],
]);
`, ['model="gpt-4o-mini"', 'temperature=0.2', 'maxTokens=256', 'topP=0.95'], ['Translate the following from English into {language}\n{text}']),
  js('LangChain JS ChatBedrockConverse with topP in TypeScript', `
import { ChatBedrockConverse } from "@langchain/aws";

const llm = new ChatBedrockConverse({
  model: "anthropic.claude-3-5-sonnet-20240620-v1:0",
  region: process.env.BEDROCK_AWS_REGION,
  temperature: 0.4,
  topP: 0.7,
  maxTokens: 1000,
});
const aiMsg = await llm.invoke([
  ["system", "You are a helpful assistant."],
  ["human", "I love programming."],
]);
`, ['model="anthropic.claude-3-5-sonnet-20240620-v1:0"', 'temperature=0.4', 'topP=0.7', 'maxTokens=1000'], ['You are a helpful assistant.\nI love programming.']),
  js('LangChain JS text splitter and similarity search', `
import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { OpenAIEmbeddings } from "@langchain/openai";

const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
const embeddings = new OpenAIEmbeddings({ model: "text-embedding-3-large", dimensions: 1024 });
const vectorStore = await MemoryVectorStore.fromDocuments(docs, embeddings);
const retriever = vectorStore.asRetriever({ k: 3 });
`, ['chunkSize=1000', 'chunkOverlap=200', 'model="text-embedding-3-large"', 'dimensions=1024', 'k=3'], []),
  js('LangChain JS FewShotPromptTemplate', `
import { FewShotPromptTemplate, PromptTemplate } from "@langchain/core/prompts";

const examplePrompt = PromptTemplate.fromTemplate("Input: {input}\\nOutput: {output}");
const fewShot = new FewShotPromptTemplate({
  examples,
  examplePrompt,
  prefix: "Give the antonym of every input",
  suffix: "Input: {adjective}\\nOutput:",
  inputVariables: ["adjective"],
});
`, [], ['Input: {input}\nOutput: {output}', 'Give the antonym of every input', 'Input: {adjective}\nOutput:']),
];

/** Code that looks like LLM code to a word search but is not a call of a known SDK. */
export const lookAlikeSnippets: readonly CorpusSnippet[] = [
  py('a weather app with temperature fields', `
import requests

def forecast(city: str) -> dict:
    data = requests.get(f"https://api.example.com/weather?q={city}").json()
    reading = {"temperature": data["main"]["temp"], "max_tokens": 3, "top_p": 0.5}
    return {"temperature": 21.5, "humidity": 0.4, "prompt": "Enter a city"}
`, [], []),
  js('a thermostat in TypeScript with temperature and topP-like names', `
import { EventEmitter } from 'events';
export class Thermostat extends EventEmitter {
  private settings = { temperature: 21, maxTokens: 5, topP: 0.3 };
  create(options: { temperature: number }) {
    return this.client.messages.create({ temperature: options.temperature, max_tokens: 10 });
  }
}
const prompt = "Press any key";
`, [], []),
  py('a file that imports openai but keeps sensor data in dicts', `
from openai import OpenAI
client = OpenAI()
sensor = {"temperature": 1.4, "top_p": 2, "chunk_size": 10, "chunk_overlap": 20}
def read(device):
    return device.read(temperature=True, max_tokens=4)
error_message = "Could not reach the sensor"
`, [], []),
  js('a JavaScript file with regex and template literals mentioning parameters', `
import OpenAI from "openai";
const pattern = /temperature: (\\d+)/g;
const label = \`temperature: \${value}\`;
// client.chat.completions.create({ temperature: 2 })
const text = "client.chat.completions.create({ temperature: 2 })";
`, [], []),
  py('a boto3 file that uses S3 and DynamoDB only', `
import boto3
s3 = boto3.client("s3")
s3.put_object(Bucket="b", Key="k", Body=json.dumps({"temperature": 30, "max_tokens": 2}))
table = boto3.resource("dynamodb").Table("readings")
table.put_item(Item={"sensor": "a1", "temperature": 22})
`, [], []),
  py('OpenAI Assistants threads.messages.create is not an Anthropic call', `
from openai import OpenAI
import anthropic
client = OpenAI()
client.beta.threads.messages.create(thread_id=thread.id, role="user", content=question, temperature=2)
`, [], []),
];

/** Shapes taken from public code after the matcher was written, and passing without a change to it. */
export const heldOutSnippets: readonly CorpusSnippet[] = [
  py('OpenAI async client with kwargs built by dict()', `
from openai import AsyncOpenAI
client = AsyncOpenAI()
kwargs = dict(model="gpt-4o", temperature=0.2, max_tokens=64)
async def go():
    r = await client.chat.completions.create(messages=[{"role": "user", "content": "hi"}], **kwargs)
`, ['model="gpt-4o"', 'temperature=0.2', 'max_tokens=64'], ['hi']),
  js('OpenAI Node with optional chaining and streaming', `
import OpenAI from 'openai';
const openai = new OpenAI();
const stream = await openai?.chat.completions.create({ model: 'gpt-4o', stream: true, temperature: 1.7, messages: [{ role: 'user', content: 'Say this is a test' }] });
`, ["model='gpt-4o'", 'temperature=1.7'], ['Say this is a test']),
  py('Anthropic wrapper whose values are the function parameters', `
import anthropic
def complete(system: str, user: str, model: str | None = None, max_tokens: int = 4096, temperature: float = 0.0) -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(model=model or _default_model, max_tokens=max_tokens, system=system, messages=[{"role": "user", "content": user}], temperature=temperature)
`, ['model=model or _default_model', 'max_tokens=max_tokens', 'system=system', 'temperature=temperature'], []),
  py('LangChain legacy OpenAI LLM and PromptTemplate', `
from langchain.llms import OpenAI
from langchain.prompts import PromptTemplate
llm = OpenAI(model_name="text-davinci-003", temperature=0.9)
prompt = PromptTemplate(input_variables=["product"], template="What is a good name for a company that makes {product}?")
`, ['model_name="text-davinci-003"', 'temperature=0.9'], ['What is a good name for a company that makes {product}?']),
  js('AWS SDK v3 aggregated BedrockRuntime client converse()', `
import { BedrockRuntime } from "@aws-sdk/client-bedrock-runtime";
const client = new BedrockRuntime({ region: "us-east-1" });
const out = await client.converse({ modelId: "amazon.nova-micro-v1:0", messages: [{ role: "user", content: [{ text: "Hi" }] }], inferenceConfig: { temperature: 0.1, topP: 0.2 } });
`, ['modelId="amazon.nova-micro-v1:0"', 'temperature=0.1', 'topP=0.2'], ['Hi']),
];

export const corpus: readonly CorpusSnippet[] = [
  ...openaiSnippets, ...anthropicSnippets, ...bedrockPythonSnippets, ...bedrockJavaScriptSnippets, ...langchainSnippets, ...lookAlikeSnippets, ...heldOutSnippets,
  ...googleSnippets, ...mistralSnippets, ...ollamaSnippets, ...litellmSnippets, ...vercelAiSnippets, ...moreLookAlikeSnippets,
];
