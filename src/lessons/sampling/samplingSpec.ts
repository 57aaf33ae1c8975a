/** What a `sampling` block in a lesson holds, checked both where it is rendered and on the page that hydrates it. */

export interface SamplingWidgetLabels {
  readonly title: string;
  readonly temperature: string;
  readonly topP: string;
  readonly token: string;
  readonly logit: string;
  readonly probability: string;
  readonly afterTopP: string;
  readonly cut: string;
  /** `{0}` kept tokens of `{1}`. */
  readonly keptSummary: string;
  readonly greedy: string;
  readonly reset: string;
  /** BCP 47 language for number formatting (VS Code's display language). */
  readonly locale: string;
}

export interface SamplingSpec {
  /** The text the model is continuing. */
  readonly context: string;
  readonly tokens: readonly string[];
  readonly logits: readonly number[];
  readonly temperature: number;
  readonly topP: number;
}

export const samplingLimits = {
  minTokens: 2,
  maxTokens: 12,
  maxTokenLength: 40,
  maxContextLength: 300,
  maxAbsLogit: 50,
  maxTemperature: 2,
  minTopP: 0.05,
} as const;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The spec, or undefined when anything is missing or out of range. Defaults: temperature 1, top-p 1. */
export function checkSamplingSpec(data: unknown): SamplingSpec | undefined {
  if (typeof data !== 'object' || data === null) {
    return undefined;
  }
  const { context, tokens, logits, temperature = 1, topP = 1 } = data as Record<string, unknown>;
  const limits = samplingLimits;
  if (typeof context !== 'string' || context.length > limits.maxContextLength) {
    return undefined;
  }
  if (!Array.isArray(tokens) || !Array.isArray(logits) || tokens.length !== logits.length || tokens.length < limits.minTokens || tokens.length > limits.maxTokens) {
    return undefined;
  }
  if (!tokens.every((token) => typeof token === 'string' && token.length > 0 && token.length <= limits.maxTokenLength)) {
    return undefined;
  }
  if (!logits.every((logit) => isFiniteNumber(logit) && Math.abs(logit) <= limits.maxAbsLogit)) {
    return undefined;
  }
  if (!isFiniteNumber(temperature) || temperature < 0 || temperature > limits.maxTemperature) {
    return undefined;
  }
  if (!isFiniteNumber(topP) || topP < limits.minTopP || topP > 1) {
    return undefined;
  }
  return { context, tokens: tokens as string[], logits: logits as number[], temperature, topP };
}

export function checkSamplingLabels(data: unknown): SamplingWidgetLabels | undefined {
  if (typeof data !== 'object' || data === null) {
    return undefined;
  }
  const record = data as Record<string, unknown>;
  const keys: readonly (keyof SamplingWidgetLabels)[] = ['title', 'temperature', 'topP', 'token', 'logit', 'probability', 'afterTopP', 'cut', 'keptSummary', 'greedy', 'reset', 'locale'];
  return keys.every((key) => typeof record[key] === 'string') ? (record as unknown as SamplingWidgetLabels) : undefined;
}

/** Percent with one decimal, as the lesson's worked table prints it; a tiny but non-zero chance reads "<0.1%", not "0.0%". */
export function formatPercent(probability: number, locale: string): string {
  const oneDecimal = (value: number) => value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return probability > 0 && probability < 0.0005 ? `<${oneDecimal(0.1)}%` : `${oneDecimal(probability * 100)}%`;
}

/** A logit with one decimal in the reader's number format (3.0, or 3,0 in Portuguese). */
export function formatLogit(logit: number, locale: string): string {
  return logit.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
}
