import * as vscode from 'vscode';
import type { ModelFamily } from './modelCatalog';

/** The localized heading under which a family of models is listed (picker, tokenizer view). */
export function modelFamilyLabel(family: ModelFamily): string {
  switch (family) {
    case 'current':
      return vscode.l10n.t('Current models');
    case 'previous':
      return vscode.l10n.t('Previous models');
    case 'embedding':
      return vscode.l10n.t('Embedding models');
    case 'historical':
      return vscode.l10n.t('Historical encodings (for learning)');
  }
}
