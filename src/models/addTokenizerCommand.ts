// "Add Tokenizer from File…": reads a Hugging Face tokenizer.json, checks that the engine can run it
// exactly, and only then adds it to `learnGenai.tokens.userTokenizers` and makes it the counted model.
// A file it cannot use changes nothing and gets a message saying why and what to do.
import * as vscode from 'vscode';
import { TokenizerJsonError, userTokenizerId, type EncoderRegistry, type TokenizerJsonProblem } from '../tokenEngine';
import { userTokenizerFile } from './extensionEncoderRegistry';
import { saveModelChoice } from './selectModelCommand';
import { readUserTokenizerUris, tokenSettingKeys } from './tokenSettings';
import { fileNameOf } from './userTokenizers';

function problemMessage(problem: TokenizerJsonProblem): string {
  switch (problem) {
    case 'notAnObject':
      return vscode.l10n.t('It is not a Hugging Face tokenizer.json (no "model" object).');
    case 'notBytePairEncoding':
      return vscode.l10n.t('Its model is not byte-level BPE (WordPiece, Unigram and SentencePiece-style models are not supported).');
    case 'noVocabulary':
      return vscode.l10n.t('Its model has no vocabulary or no merges.');
    case 'unsupportedNormalizer':
      return vscode.l10n.t('It normalizes text in a way the counter cannot reproduce exactly (only NFC or none).');
    case 'unsupportedPreTokenizer':
      return vscode.l10n.t('Its pre-tokenizer is not a byte-level one with at most one regex split.');
    case 'unsupportedPattern':
      return vscode.l10n.t('Its pre-tokenizer pattern uses regex syntax JavaScript cannot run.');
    case 'mergesNotInTokenOrder':
      return vscode.l10n.t('Its merges are not listed in token order, so counts could differ from the real tokenizer.');
    case 'tokenTooLong':
      return vscode.l10n.t('It has a token longer than 65,535 bytes.');
    case 'missingByte':
      return vscode.l10n.t('Its vocabulary cannot spell every byte.');
  }
}

/** Why a file cannot be used, in the learner's language. */
export function unusableFileMessage(fileName: string, error: unknown): string {
  const reason = error instanceof TokenizerJsonError
    ? problemMessage(error.problem)
    : error instanceof SyntaxError
      ? vscode.l10n.t('It is not valid JSON.')
      : vscode.l10n.t('It could not be read ({0}).', error instanceof Error ? error.message : String(error));
  return vscode.l10n.t('Cannot use "{0}" as a tokenizer: {1} Nothing was changed.', fileName, reason);
}

/**
 * Takes the file from `uri` (tests, other commands) or from an open dialog. Resolves to the id of
 * the added tokenizer, or undefined when cancelled or unusable.
 */
export async function addTokenizerFromFile(encoders: EncoderRegistry, output: vscode.LogOutputChannel, uri?: vscode.Uri): Promise<string | undefined> {
  const file = uri ?? (await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { 'tokenizer.json': ['json'] },
    title: vscode.l10n.t('Add Tokenizer from File…'),
    openLabel: vscode.l10n.t('Add Tokenizer'),
  }))?.[0];
  if (file === undefined) {
    return undefined;
  }
  try {
    await userTokenizerFile(file);
  } catch (error) {
    output.warn(`Tokenizer file ${file.toString()} rejected: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage(unusableFileMessage(fileNameOf(file.toString()), error));
    return undefined;
  }
  const id = userTokenizerId(file.toString());
  encoders.forget(id); // the file may have changed since it was last loaded
  const uris = readUserTokenizerUris();
  if (!uris.includes(file.toString())) {
    await vscode.workspace.getConfiguration(tokenSettingKeys.section).update(tokenSettingKeys.userTokenizers, [...uris, file.toString()], vscode.ConfigurationTarget.Global);
  }
  await saveModelChoice(id);
  void vscode.window.showInformationMessage(vscode.l10n.t('Counting tokens with "{0}".', fileNameOf(file.toString())));
  return id;
}
