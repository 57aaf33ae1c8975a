import * as vscode from 'vscode';
import type { GlossaryProblem } from './glossaryTypes';

/** A glossary problem in the learner's language, saying what is wrong and what to do. */
export function glossaryProblemMessage(problem: GlossaryProblem): string {
  const param = (name: string) => String(problem.params[name] ?? '');
  switch (problem.code) {
    case 'yamlSyntax':
      return vscode.l10n.t('The glossary is not valid YAML: {0}', param('detail'));
    case 'tooDeeplyNested':
      return vscode.l10n.t('The glossary nests lists or mappings more than {0} levels deep.', param('maximum'));
    case 'rootNotMapping':
      return vscode.l10n.t('The glossary must be a mapping with a "terms" list.');
    case 'termsNotList':
      return vscode.l10n.t('"terms" must be a list of entries.');
    case 'entryNotMapping':
      return vscode.l10n.t('Entry {0} must be a mapping with id, term, definition, watchOut and lesson.', param('position'));
    case 'missingField':
      return vscode.l10n.t('Entry {0} has no "{1}". Add it; see the glossary format in lessons/README.md.', param('entry'), param('field'));
    case 'wrongFieldType':
      return vscode.l10n.t('In entry {0}, "{1}" must be {2}.', param('entry'), param('field'), param('expected') === 'text' ? vscode.l10n.t('text') : vscode.l10n.t('a list of words'));
    case 'invalidId':
      return vscode.l10n.t('The id "{0}" must be kebab-case (lower-case letters, digits and hyphens).', param('id'));
    case 'duplicateId':
      return vscode.l10n.t('The id "{0}" is used by another entry; this one was skipped. Give it a unique id.', param('id'));
    case 'duplicateCodeName':
      return vscode.l10n.t('The code name "{0}" of entry {1} already belongs to entry {2}; this entry was skipped.', param('name'), param('entry'), param('other'));
    case 'invalidCodeName':
      return vscode.l10n.t('In entry {0}, the code name "{1}" is not an identifier.', param('entry'), param('name'));
    case 'aliasNotLowerCase':
      return vscode.l10n.t('In entry {0}, the alias "{1}" must be lower case.', param('entry'), param('alias'));
    case 'invalidLessonLink':
      return vscode.l10n.t('In entry {0}, "lesson" must look like lesson-id or lesson-id#section-anchor, not "{1}".', param('entry'), param('value'));
    case 'unknownField':
      return vscode.l10n.t('Entry {0} has an unknown field "{1}". Check its spelling.', param('entry'), param('field'));
  }
}
