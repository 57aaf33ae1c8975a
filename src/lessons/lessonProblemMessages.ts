import * as vscode from 'vscode';
import type { LessonProblem } from './lessonTypes';

/** A lesson problem in the learner's language, saying what is wrong and what to do. */
export function lessonProblemMessage(problem: LessonProblem): string {
  const param = (name: string) => String(problem.params[name] ?? '');
  switch (problem.code) {
    case 'missingFrontMatter':
      return vscode.l10n.t('This lesson has no front matter. Start the file with a "---" block holding id, title, module, order, examObjective, concepts and minutes.');
    case 'invalidYaml':
      return vscode.l10n.t('The front matter is not valid YAML: {0}', param('detail'));
    case 'missingField':
      return vscode.l10n.t('The front matter lacks "{0}". Add it; see the lesson format in the README.', param('field'));
    case 'invalidField':
      return vscode.l10n.t('The front matter field "{0}" has an invalid value: {1}', param('field'), param('value'));
    case 'unknownModule':
      return vscode.l10n.t('The module "{0}" is not one of the course modules.', param('module'));
    case 'duplicateId':
      return vscode.l10n.t('Another lesson already uses the id "{0}" ({1}). This one was skipped; give it a unique id.', param('id'), param('other'));
    case 'invalidTryIt':
      return vscode.l10n.t('A "try it" block is invalid: {0}', param('detail'));
    case 'tooLarge':
      return vscode.l10n.t('This lesson file is larger than {0} KB and was skipped. Split it into several lessons.', param('maxKilobytes'));
    case 'commandNotAllowed':
      return vscode.l10n.t('The command "{0}" cannot be run from a lesson.', param('command'));
  }
}
