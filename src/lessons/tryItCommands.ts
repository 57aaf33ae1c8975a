import { isShotCount } from '../fewShot/shotLimits';
import { CommandIds } from '../commandIds';
import { isTemplateFormat } from '../fewShot/templateFormats';
import { isEncodingName } from '../tokenEngine';

/**
 * The commands a lesson may run from a "try it" button or link, with a check of their arguments.
 * Lessons can come from user folders, so anything else is refused.
 */
const validators = {
  [CommandIds.showTokensForText]: (args: Record<string, unknown>) =>
    typeof args.text === 'string'
    && (args.encoding === undefined || isEncodingName(args.encoding))
    && (args.compareWith === undefined || isEncodingName(args.compareWith)),
  [CommandIds.convertToFewShot]: (args: Record<string, unknown>) =>
    typeof args.text === 'string'
    && (args.shots === undefined || isShotCount(args.shots))
    && (args.format === undefined || isTemplateFormat(args.format)),
  [CommandIds.openLesson]: (args: Record<string, unknown>) => typeof args.lessonId === 'string',
  [CommandIds.openQuiz]: (args: Record<string, unknown>) => typeof args.lessonId === 'string',
  [CommandIds.showChunksForSample]: (args: Record<string, unknown>) => args.sample === 'rag-faq-en' || args.sample === 'rag-faq-pt-br',
  [CommandIds.selectModel]: (args: Record<string, unknown>) => Object.keys(args).length === 0,
  [CommandIds.reviewDue]: (args: Record<string, unknown>) => Object.keys(args).length === 0,
} as const;

export type TryItCommand = keyof typeof validators;

export interface TryIt {
  readonly command: TryItCommand;
  readonly args: Readonly<Record<string, unknown>>;
}

export function isAllowedCommand(command: unknown): command is TryItCommand {
  return typeof command === 'string' && Object.prototype.hasOwnProperty.call(validators, command);
}

/** The try-it request if the command is allowed and its arguments fit; undefined otherwise. */
export function checkTryIt(command: unknown, args: unknown): TryIt | undefined {
  if (!isAllowedCommand(command)) {
    return undefined;
  }
  const record = args === undefined || args === null ? {} : args;
  if (typeof record !== 'object' || Array.isArray(record)) {
    return undefined;
  }
  return validators[command](record as Record<string, unknown>) ? { command, args: record as Record<string, unknown> } : undefined;
}
