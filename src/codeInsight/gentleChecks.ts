// Gentle checks: things in GenAI code that are legal but surprising, each with what to read.
// Only literal values are judged; a value the matcher cannot read is never guessed at.
import type { FileInsight, ParameterMatch, PromptLiteral } from './codeInsightTypes';
import { documentedTemperatureMaximum, providerLabels } from './providerRanges';
import { acceptsTemperatureUpToOne, siblingNumber, type ModelLimitsLookup } from './valueNotes';

export type GentleCheckCode =
  | 'temperatureAndTopP'
  | 'anthropicTemperatureAboveOne'
  | 'temperatureAboveProviderRange'
  | 'maxTokensAboveModelLimit'
  | 'promptOverContextWindow'
  | 'chunkOverlapNotSmaller';

export interface GentleFinding {
  readonly code: GentleCheckCode;
  readonly start: number;
  readonly end: number;
  readonly params: Readonly<Record<string, string | number>>;
  /** The code name whose glossary entry says what to read (`temperature`, `chunk_size`, `context_window`). */
  readonly glossaryCodeName: string;
}

/** The exact token count of a prompt for the model it is sent to (or the chosen one), when known. */
export interface PromptCount {
  readonly count: number;
  readonly modelLabel: string;
  readonly contextWindow: number;
}

export interface GentleCheckContext {
  readonly limits: ModelLimitsLookup;
  readonly promptCount: (prompt: PromptLiteral) => PromptCount | undefined;
}

const numberOf = (match: ParameterMatch) => (match.value.type === 'number' ? match.value.value : undefined);

export function gentleChecks(insight: FileInsight, context: GentleCheckContext): GentleFinding[] {
  const findings: GentleFinding[] = [];
  const { parameters } = insight;
  for (const match of parameters) {
    const value = numberOf(match);
    if (value === undefined) {
      continue;
    }
    const range = { start: match.nameStart, end: match.valueEnd };
    if (match.kind === 'temperature') {
      const topP = siblingNumber(match, parameters, 'topP');
      if (value !== 1 && topP !== undefined && topP !== 1) {
        findings.push({ code: 'temperatureAndTopP', ...range, params: { temperature: value, topP }, glossaryCodeName: 'top_p' });
      }
      const maximum = documentedTemperatureMaximum(match.request.provider);
      if (value > 1 && acceptsTemperatureUpToOne(match)) {
        findings.push({ code: 'anthropicTemperatureAboveOne', ...range, params: { value, model: match.request.modelId ?? 'Claude' }, glossaryCodeName: 'temperature' });
      } else if (maximum !== undefined && value > maximum) {
        const params = { value, provider: providerLabels[match.request.provider], maximum };
        findings.push({ code: 'temperatureAboveProviderRange', ...range, params, glossaryCodeName: 'temperature' });
      }
    } else if (match.kind === 'maxTokens' && match.request.modelId !== undefined) {
      const model = context.limits(match.request.modelId);
      if (model?.maxOutputTokens !== undefined && value > model.maxOutputTokens) {
        findings.push({ code: 'maxTokensAboveModelLimit', ...range, params: { value, model: model.label, limit: model.maxOutputTokens }, glossaryCodeName: 'max_tokens' });
      }
    } else if (match.kind === 'chunkOverlap') {
      const size = siblingNumber(match, parameters, 'chunkSize');
      if (size !== undefined && value >= size) {
        findings.push({ code: 'chunkOverlapNotSmaller', ...range, params: { overlap: value, size }, glossaryCodeName: 'chunk_size' });
      }
    }
  }
  for (const prompt of insight.prompts) {
    const counted = context.promptCount(prompt);
    if (counted && counted.count > counted.contextWindow) {
      findings.push({
        code: 'promptOverContextWindow',
        start: prompt.start,
        end: prompt.end,
        params: { count: counted.count, model: counted.modelLabel, contextWindow: counted.contextWindow },
        glossaryCodeName: 'context_window',
      });
    }
  }
  return findings;
}
