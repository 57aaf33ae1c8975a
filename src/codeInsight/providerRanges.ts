// What each provider's API reference says about temperature: the range it accepts, only a
// recommendation (Mistral), or nothing (Ollama). Checks judge only documented ranges.
import type { ModelProvider } from './codeInsightTypes';

/** Names as the providers write them, for messages (brand names are not translated). */
export const providerLabels: Readonly<Record<ModelProvider, string>> = {
  openai: 'OpenAI', anthropic: 'Anthropic', bedrock: 'Amazon Bedrock', google: 'Gemini', mistral: 'Mistral', ollama: 'Ollama', unknown: '',
};

/**
 * The highest temperature a provider accepts, where its reference says so: OpenAI's chat API and
 * Gemini's GenerationConfig both give 0–2. Anthropic's 0–1 is checked apart (it also covers Claude on Bedrock).
 */
export function documentedTemperatureMaximum(provider: ModelProvider): number | undefined {
  return provider === 'openai' || provider === 'google' ? 2 : undefined;
}

/** Mistral's API reference recommends 0.0–0.7 and states no maximum; Ollama states neither. */
export function temperatureRangeUndocumented(provider: ModelProvider): boolean {
  return provider === 'mistral' || provider === 'ollama';
}

/** The upper end of the temperature Mistral recommends ("we recommend between 0.0 and 0.7"). */
export const mistralRecommendedTemperature = 0.7;
