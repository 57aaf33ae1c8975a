import catalog from './modelCatalog.json';
import { isEncodingName, type EncodingName } from '../tokenEngine';

/** Where a model sits in the picker: today's models, older ones, embedding models, or history lessons. */
export type ModelFamily = 'current' | 'previous' | 'embedding' | 'historical';

export interface ModelInfo {
  readonly id: string;
  readonly label: string;
  readonly encoding: EncodingName;
  readonly contextWindow: number;
  readonly family: ModelFamily;
}

export const defaultModelId = 'gpt-5';

/** The models whose tokenizer ships with the extension; figures as of `catalogCheckedOn`. */
export const models: readonly ModelInfo[] = catalog.models.map((model) => {
  if (!isEncodingName(model.encoding)) {
    throw new Error(`modelCatalog.json: unknown encoding ${model.encoding} for ${model.id}`);
  }
  return { ...model, encoding: model.encoding, family: model.family as ModelFamily };
});

export const catalogCheckedOn: string = catalog.checked;

export function findModel(id: string): ModelInfo | undefined {
  return models.find((model) => model.id === id);
}

/** The model for a setting value, falling back to the default when the value names no known model. */
export function resolveModel(id: string | undefined): ModelInfo {
  return (id !== undefined ? findModel(id) : undefined) ?? findModel(defaultModelId)!;
}
