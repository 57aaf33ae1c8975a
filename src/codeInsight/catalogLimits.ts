// The model catalog seen through the few figures code insight needs. Output limits are read only
// when the catalog has them (a `maxOutputTokens` number), so older catalogs simply skip that check.
import { findModel, resolveModel, type ModelInfo } from '../models/modelCatalog';
import type { PromptLiteral } from './codeInsightTypes';
import type { ModelLimits } from './valueNotes';

function maxOutputTokensOf(model: ModelInfo): number | undefined {
  const value = (model as { readonly maxOutputTokens?: unknown }).maxOutputTokens;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

export function catalogModelLimits(modelId: string): ModelLimits | undefined {
  const model = findModel(modelId);
  if (!model) {
    return undefined;
  }
  const maxOutputTokens = maxOutputTokensOf(model);
  return { label: model.label, contextWindow: model.contextWindow, ...(maxOutputTokens !== undefined ? { maxOutputTokens } : {}) };
}

/** The model a prompt is counted for: its request's model when the catalog knows it, else the chosen one. */
export function promptModel(prompt: PromptLiteral, chosen: ModelInfo): ModelInfo {
  const id = prompt.request?.modelId;
  return id !== undefined && findModel(id) ? resolveModel(id) : chosen;
}
