// Warnings and parameter problems in words a learner can act on.
import * as vscode from 'vscode';
import type { ChunkWarning, ParameterProblem } from '../chunking/chunkTypes';
import type { ShownWarning } from './chunksMessages';

function problemText(problem: ParameterProblem): string {
  switch (problem) {
    case 'overlapNotSmallerThanSize':
      return vscode.l10n.t('The overlap must be smaller than the chunk size: each chunk would repeat all of the previous one and never move on (LangChain refuses it too).');
    case 'sizeNotPositive':
      return vscode.l10n.t('The chunk size must be a whole number of at least 1.');
    case 'overlapNegative':
      return vscode.l10n.t('The overlap must be a whole number (at least 1 for Bedrock\'s overlapTokens).');
    case 'overlapPercentageOutOfRange':
      return vscode.l10n.t('Bedrock accepts an overlapPercentage from 1 to 99.');
    case 'childNotSmallerThanParent':
      return vscode.l10n.t('Child chunks must be smaller than parent chunks, and the overlap smaller than a child.');
    case 'headingLevelOutOfRange':
      return vscode.l10n.t('Heading levels go from 1 (#) to 6 (######).');
    case 'noSeparators':
      return vscode.l10n.t('Give at least one separator (an empty line means "any character").');
  }
}

export function shownWarning(warning: ChunkWarning, locale: string): ShownWarning {
  const numbers = new Intl.NumberFormat(locale);
  const format = (value: number): string => numbers.format(value);
  switch (warning.kind) {
    case 'invalidParameters':
      return { severity: 'error', text: problemText(warning.problem) };
    case 'overEmbeddingLimit':
      return {
        severity: 'warning',
        text: vscode.l10n.t('{0} chunks have more than {1} tokens, the limit of {2}: the embedding call would fail or cut them. Lower the chunk size.', format(warning.count), format(warning.limit), warning.model),
        chunkNumber: warning.firstNumber,
      };
    case 'tinyChunks':
      return {
        severity: 'warning',
        text: warning.unit === 'tokens'
          ? vscode.l10n.t('{0} chunks have fewer than {1} tokens: too little text to mean much alone, yet each costs an embedding and a search hit.', format(warning.count), format(warning.threshold))
          : vscode.l10n.t('{0} chunks have fewer than {1} characters: too little text to mean much alone, yet each costs an embedding and a search hit.', format(warning.count), format(warning.threshold)),
        chunkNumber: warning.firstNumber,
      };
    case 'oversizedChunks':
      return {
        severity: 'info',
        text: warning.unit === 'tokens'
          ? vscode.l10n.t('{0} chunks are longer than the chunk size ({1} tokens): a piece with no separator left to split it is kept whole, as LangChain does.', format(warning.count), format(warning.size))
          : vscode.l10n.t('{0} chunks are longer than the chunk size ({1} characters): a piece with no separator left to split it is kept whole, as LangChain does.', format(warning.count), format(warning.size)),
        chunkNumber: warning.firstNumber,
      };
    case 'notSimulated':
      return { severity: 'info', text: vscode.l10n.t('Semantic chunking needs an embedding model, so it is explained here but not simulated. Copy the configuration to try it in Bedrock.') };
  }
}
