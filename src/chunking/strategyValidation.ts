// Parameter checks, with the limits the libraries and the Bedrock API enforce.
import type { ChunkingStrategy, ParameterProblem } from './chunkTypes';

const isWhole = (value: number, minimum: number): boolean => Number.isSafeInteger(value) && value >= minimum;

/** The first problem with a strategy's parameters, or undefined when it can run. */
export function parameterProblem(strategy: ChunkingStrategy): ParameterProblem | undefined {
  switch (strategy.kind) {
    case 'recursive':
    case 'tokenSplitter':
      if (!isWhole(strategy.chunkSize, 1)) {
        return 'sizeNotPositive';
      }
      if (!isWhole(strategy.chunkOverlap, 0)) {
        return 'overlapNegative';
      }
      if (strategy.chunkOverlap >= strategy.chunkSize) {
        // LangChain throws "Cannot have chunkOverlap >= chunkSize".
        return 'overlapNotSmallerThanSize';
      }
      return strategy.kind === 'recursive' && strategy.separators.length === 0 ? 'noSeparators' : undefined;
    case 'bedrockFixed':
      if (!isWhole(strategy.maxTokens, 1)) {
        return 'sizeNotPositive';
      }
      return isWhole(strategy.overlapPercentage, 1) && strategy.overlapPercentage <= 99 ? undefined : 'overlapPercentageOutOfRange';
    case 'bedrockHierarchical':
      if (!isWhole(strategy.parentMaxTokens, 1) || !isWhole(strategy.childMaxTokens, 1)) {
        return 'sizeNotPositive';
      }
      if (!isWhole(strategy.overlapTokens, 1)) {
        return 'overlapNegative';
      }
      if (strategy.childMaxTokens >= strategy.parentMaxTokens) {
        return 'childNotSmallerThanParent';
      }
      return strategy.overlapTokens >= strategy.childMaxTokens ? 'overlapNotSmallerThanSize' : undefined;
    case 'bedrockSemantic':
      return isWhole(strategy.maxTokens, 1) ? undefined : 'sizeNotPositive';
    case 'markdownHeadings':
      return isWhole(strategy.maxLevel, 1) && strategy.maxLevel <= 6 ? undefined : 'headingLevelOutOfRange';
    case 'none':
      return undefined;
  }
}
