// A learner's own tokenizer.json files (setting `learnGenai.tokens.userTokenizers`), each seen as a
// model named after its file, counted exactly by its own tokenizer.
import { userTokenizerId, type UserTokenizerId } from '../tokenEngine';
import type { ModelInfo } from './modelCatalog';

/** The file name at the end of a URI string, decoded ("tokenizer.json" for ".../my-model/tokenizer.json"). */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The model for a user tokenizer. Its label is the file name, with the parent folder when the file
 * is a plain "tokenizer.json" (as Hugging Face names them), so two of them stay apart.
 */
export function userModelFor(uri: string): ModelInfo {
  const id: UserTokenizerId = userTokenizerId(uri);
  const name = fileNameOf(uri);
  const folder = fileNameOf(uri.replace(/\/[^/]*$/, ''));
  return {
    id,
    label: name === 'tokenizer.json' && folder !== '' ? `${folder}/${name}` : name,
    provider: 'user',
    modelFamily: 'tokenizer.json',
    family: 'current',
    encoding: id,
    count: 'exact',
    contextWindow: 0,
    modelCard: uri,
    prices: [],
  };
}
