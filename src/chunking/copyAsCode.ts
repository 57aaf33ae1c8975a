// "Copy as code": the same parameters as LangChain (JavaScript, Python) or as Bedrock's
// `chunkingConfiguration`, so what the learner sees is what their pipeline will do.
import type { ChunkingStrategy } from './chunkTypes';
import { langChainLanguageOf } from './separatorPresets';

export type CodeFlavor = 'langchainJs' | 'langchainPython' | 'bedrockJson';

/** The flavors that can express a strategy. */
export function codeFlavorsFor(strategy: ChunkingStrategy): CodeFlavor[] {
  switch (strategy.kind) {
    case 'recursive':
    case 'tokenSplitter':
      return ['langchainJs', 'langchainPython'];
    case 'bedrockFixed':
    case 'bedrockHierarchical':
    case 'bedrockSemantic':
    case 'none':
      return ['bedrockJson'];
    case 'markdownHeadings':
      return [];
  }
}

const js = (value: unknown): string => JSON.stringify(value);
/** Python string literals: JSON's escapes are valid Python for these strings. */
const py = (value: string): string => JSON.stringify(value);

/** The code, or undefined when the flavor cannot express the strategy. */
export function strategyAsCode(strategy: ChunkingStrategy, flavor: CodeFlavor, encoding: string): string | undefined {
  if (!codeFlavorsFor(strategy).includes(flavor)) {
    return undefined;
  }
  switch (flavor) {
    case 'langchainJs':
      return langChainJs(strategy, encoding);
    case 'langchainPython':
      return langChainPython(strategy, encoding);
    case 'bedrockJson':
      return bedrockJson(strategy);
  }
}

function langChainJs(strategy: ChunkingStrategy, encoding: string): string | undefined {
  if (strategy.kind === 'tokenSplitter') {
    return [
      `import { TokenTextSplitter } from "@langchain/textsplitters";`,
      ``,
      `const splitter = new TokenTextSplitter({ encodingName: ${js(encoding)}, chunkSize: ${strategy.chunkSize}, chunkOverlap: ${strategy.chunkOverlap} });`,
      `const chunks = await splitter.splitText(text);`,
      ``,
    ].join('\n');
  }
  if (strategy.kind !== 'recursive') {
    return undefined;
  }
  const byTokens = strategy.lengthUnit === 'tokens';
  const language = langChainLanguageOf(strategy.preset);
  const options = [`chunkSize: ${strategy.chunkSize}`, `chunkOverlap: ${strategy.chunkOverlap}`];
  if (language === undefined) {
    options.push(`separators: ${js(strategy.separators)}`);
  }
  if (byTokens) {
    options.push(`lengthFunction: (piece) => encoding.encode(piece).length`);
  }
  const create = language === undefined
    ? `new RecursiveCharacterTextSplitter({\n  ${options.join(',\n  ')},\n})`
    : `RecursiveCharacterTextSplitter.fromLanguage(${js(language)}, {\n  ${options.join(',\n  ')},\n})`;
  return [
    `import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";`,
    ...(byTokens ? [`import { getEncoding } from "js-tiktoken";`, ``, `// Length in tokens: each piece counted with the model's encoding.`, `const encoding = getEncoding(${js(encoding)});`] : []),
    ``,
    `const splitter = ${create};`,
    `const chunks = await splitter.splitText(text);`,
    ``,
  ].join('\n');
}

function langChainPython(strategy: ChunkingStrategy, encoding: string): string | undefined {
  if (strategy.kind === 'tokenSplitter') {
    return [
      `from langchain_text_splitters import TokenTextSplitter`,
      ``,
      `splitter = TokenTextSplitter(encoding_name=${py(encoding)}, chunk_size=${strategy.chunkSize}, chunk_overlap=${strategy.chunkOverlap})`,
      `chunks = splitter.split_text(text)`,
      ``,
    ].join('\n');
  }
  if (strategy.kind !== 'recursive') {
    return undefined;
  }
  // Python's language presets differ a little from LangChain.js's (Markdown uses regexes there),
  // so the separators are always spelled out to give the chunks shown here.
  const separators = `[${strategy.separators.map(py).join(', ')}]`;
  const create = strategy.lengthUnit === 'tokens'
    ? `RecursiveCharacterTextSplitter.from_tiktoken_encoder(\n    encoding_name=${py(encoding)},\n    chunk_size=${strategy.chunkSize},\n    chunk_overlap=${strategy.chunkOverlap},\n    separators=${separators},\n)`
    : `RecursiveCharacterTextSplitter(\n    chunk_size=${strategy.chunkSize},\n    chunk_overlap=${strategy.chunkOverlap},\n    separators=${separators},\n)`;
  return [`from langchain_text_splitters import RecursiveCharacterTextSplitter`, ``, `splitter = ${create}`, `chunks = splitter.split_text(text)`, ``].join('\n');
}

/** The `vectorIngestionConfiguration` of a Bedrock Knowledge Bases data source (CreateDataSource). */
function bedrockJson(strategy: ChunkingStrategy): string | undefined {
  let chunkingConfiguration: Record<string, unknown>;
  switch (strategy.kind) {
    case 'bedrockFixed':
      chunkingConfiguration = { chunkingStrategy: 'FIXED_SIZE', fixedSizeChunkingConfiguration: { maxTokens: strategy.maxTokens, overlapPercentage: strategy.overlapPercentage } };
      break;
    case 'bedrockHierarchical':
      chunkingConfiguration = {
        chunkingStrategy: 'HIERARCHICAL',
        hierarchicalChunkingConfiguration: { levelConfigurations: [{ maxTokens: strategy.parentMaxTokens }, { maxTokens: strategy.childMaxTokens }], overlapTokens: strategy.overlapTokens },
      };
      break;
    case 'bedrockSemantic':
      chunkingConfiguration = {
        chunkingStrategy: 'SEMANTIC',
        semanticChunkingConfiguration: { maxTokens: strategy.maxTokens, bufferSize: strategy.bufferSize, breakpointPercentileThreshold: strategy.breakpointPercentileThreshold },
      };
      break;
    case 'none':
      chunkingConfiguration = { chunkingStrategy: 'NONE' };
      break;
    default:
      return undefined;
  }
  return `${JSON.stringify({ vectorIngestionConfiguration: { chunkingConfiguration } }, null, 2)}\n`;
}
