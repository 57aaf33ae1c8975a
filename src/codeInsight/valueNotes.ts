// The value under the cursor put in context: what this temperature, top_p or chunk size does, with
// the ranges the providers document. A stable code and parameters; the host words it per language.
import type { ParameterMatch } from './codeInsightTypes';
import { documentedTemperatureMaximum, mistralRecommendedTemperature, providerLabels, temperatureRangeUndocumented } from './providerRanges';

/** What the extension knows about a model from its catalog; every figure is optional. */
export interface ModelLimits {
  readonly label: string;
  readonly contextWindow?: number;
  readonly maxOutputTokens?: number;
}

export type ModelLimitsLookup = (modelId: string) => ModelLimits | undefined;

export type ValueNoteCode =
  | 'temperatureZero'
  | 'temperatureLow'
  | 'temperatureBalanced'
  | 'temperatureAboveOne'
  | 'temperatureAnthropicRange'
  | 'temperatureOutOfRange'
  | 'temperatureProviderRange'
  | 'temperatureAboveRecommended'
  | 'temperatureUndocumentedRange'
  | 'topPFull'
  | 'topPNucleus'
  | 'topPOutOfRange'
  | 'topK'
  | 'searchK'
  | 'maxTokens'
  | 'maxTokensAboveModelLimit'
  | 'maxTokensUnlimited'
  | 'contextLength'
  | 'penaltyPositive'
  | 'penaltyNegative'
  | 'penaltyOutOfRange'
  | 'seed'
  | 'choiceCount'
  | 'dimensions'
  | 'normalizeOn'
  | 'normalizeOff'
  | 'chunkSize'
  | 'chunkOverlap'
  | 'chunkOverlapNotSmaller'
  | 'reasoningEffort'
  | 'modelBedrockAnthropic'
  | 'modelKnown';

export interface ValueNote {
  readonly code: ValueNoteCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Anthropic models (direct, or on Bedrock) take temperature 0–1; OpenAI takes 0–2. */
export function acceptsTemperatureUpToOne(match: ParameterMatch): boolean {
  return match.request.provider === 'anthropic' || match.request.bedrockAnthropic;
}

const formatNumber = (value: number) => String(Math.round(value * 1000) / 1000);

/** The other parameter of kind `kind` in the same request, as a number, if it is a literal. */
export function siblingNumber(match: ParameterMatch, all: readonly ParameterMatch[], kind: ParameterMatch['kind']): number | undefined {
  const sibling = all.find((other) => other.request === match.request && other.kind === kind);
  return sibling?.value.type === 'number' ? sibling.value.value : undefined;
}

/** The note for a parameter's literal value, or undefined when it has no literal value worth a note. */
export function valueNote(match: ParameterMatch, all: readonly ParameterMatch[], limits: ModelLimitsLookup): ValueNote | undefined {
  const { value } = match;
  if (value.type === 'string') {
    return stringNote(match, value.value, limits);
  }
  if (value.type === 'boolean' && match.kind === 'normalize') {
    return { code: value.value ? 'normalizeOn' : 'normalizeOff', params: { name: match.name } };
  }
  if (value.type !== 'number') {
    return undefined;
  }
  const number = value.value;
  const params = { name: match.name, value: formatNumber(number) };
  switch (match.kind) {
    case 'temperature':
      return temperatureNote(match, number, params);
    case 'topP':
      if (number < 0 || number > 1) {
        return { code: 'topPOutOfRange', params };
      }
      return number === 1 ? { code: 'topPFull', params } : { code: 'topPNucleus', params: { ...params, percent: Math.round(number * 100) } };
    case 'topK':
      return { code: 'topK', params };
    case 'searchK':
      return { code: 'searchK', params };
    case 'contextLength':
      return { code: 'contextLength', params };
    case 'maxTokens':
      return maxTokensNote(match, number, params, limits);
    case 'frequencyPenalty':
    case 'presencePenalty':
      if (number < -2 || number > 2) {
        return { code: 'penaltyOutOfRange', params };
      }
      return number >= 0 ? { code: 'penaltyPositive', params } : { code: 'penaltyNegative', params };
    case 'seed':
      return { code: 'seed', params };
    case 'choiceCount':
      return { code: 'choiceCount', params };
    case 'dimensions':
      return { code: 'dimensions', params };
    case 'chunkSize':
      return { code: 'chunkSize', params };
    case 'chunkOverlap': {
      const size = siblingNumber(match, all, 'chunkSize');
      if (size === undefined || size <= 0) {
        return undefined;
      }
      return number >= size
        ? { code: 'chunkOverlapNotSmaller', params: { ...params, size: formatNumber(size) } }
        : { code: 'chunkOverlap', params: { ...params, size: formatNumber(size), percent: Math.round((number / size) * 100) } };
    }
    default:
      return undefined;
  }
}

function temperatureNote(match: ParameterMatch, number: number, params: Record<string, string>): ValueNote {
  const { provider } = match.request;
  const withProvider = { ...params, provider: providerLabels[provider] };
  if (temperatureRangeUndocumented(provider) && (number < 0 || number > 2)) {
    return { code: 'temperatureUndocumentedRange', params: withProvider };
  }
  const maximum = documentedTemperatureMaximum(provider);
  // OpenAI keeps the general wording below, which already names it.
  if (maximum !== undefined && provider !== 'openai' && (number < 0 || number > maximum)) {
    return { code: 'temperatureProviderRange', params: { ...withProvider, maximum: formatNumber(maximum) } };
  }
  if (provider === 'mistral' && number > mistralRecommendedTemperature) {
    return { code: 'temperatureAboveRecommended', params: { ...withProvider, recommended: formatNumber(mistralRecommendedTemperature) } };
  }
  if (number < 0 || number > 2) {
    return { code: 'temperatureOutOfRange', params };
  }
  if (number > 1) {
    return { code: acceptsTemperatureUpToOne(match) ? 'temperatureAnthropicRange' : 'temperatureAboveOne', params };
  }
  if (number === 0) {
    return { code: 'temperatureZero', params };
  }
  return { code: number < 0.7 ? 'temperatureLow' : 'temperatureBalanced', params };
}

function maxTokensNote(match: ParameterMatch, number: number, params: Record<string, string>, limits: ModelLimitsLookup): ValueNote {
  if (match.request.provider === 'ollama' && number < 0) {
    return { code: 'maxTokensUnlimited', params };
  }
  const model = match.request.modelId !== undefined ? limits(match.request.modelId) : undefined;
  if (model?.maxOutputTokens !== undefined && number > model.maxOutputTokens) {
    return { code: 'maxTokensAboveModelLimit', params: { ...params, model: model.label, limit: model.maxOutputTokens } };
  }
  // About 0.75 English words per token with OpenAI's tokenizers.
  return { code: 'maxTokens', params: { ...params, words: Math.round(number * 0.75) } };
}

function stringNote(match: ParameterMatch, value: string, limits: ModelLimitsLookup): ValueNote | undefined {
  if (match.kind === 'reasoningEffort') {
    return { code: 'reasoningEffort', params: { name: match.name, value } };
  }
  if (match.kind !== 'modelId') {
    return undefined;
  }
  if (match.request.bedrockAnthropic) {
    return { code: 'modelBedrockAnthropic', params: { name: match.name, value } };
  }
  // A routed id (`gemini/gemini-2.5-flash`) is looked up as the provider knows it.
  const known = limits(match.request.modelId ?? value);
  return known?.contextWindow !== undefined ? { code: 'modelKnown', params: { name: match.name, value, model: known.label, contextWindow: known.contextWindow } } : undefined;
}
