/** The few-shot command's questions: how many examples (under the summary of what was found), which format, where. */
import * as vscode from 'vscode';
import { type ShotChoice } from './exampleSelection';
import { maxShots } from './shotLimits';
import { type TemplateFormat } from './templateFormats';

/** What a test can see of the picker on screen. */
export interface ShownPicker {
  readonly title: string;
  readonly items: readonly string[];
  readonly active: string | undefined;
}

type ShotItem = vscode.QuickPickItem & { readonly choice?: ShotChoice; readonly ask?: 'count' | 'budget' };

export class FewShotPickers {
  /** The picker on screen, for tests (the extension host cannot read the workbench's DOM). */
  shown: ShownPicker | undefined;

  async pickShots(summary: string, found: number, remembered: ShotChoice | undefined): Promise<ShotChoice | undefined> {
    const items: ShotItem[] = [
      { label: found === 1 ? vscode.l10n.t('Keep the example found') : vscode.l10n.t('Keep all {0} examples found', found), description: vscode.l10n.t('default'), choice: { kind: 'all' } },
      { label: vscode.l10n.t('Zero-shot'), description: vscode.l10n.t('instruction and input only'), choice: { kind: 'count', shots: 0 } },
      { label: vscode.l10n.t('One-shot'), description: vscode.l10n.t('one example'), choice: { kind: 'count', shots: 1 } },
    ];
    if (remembered?.kind === 'count' && remembered.shots > 1) {
      items.push({ label: vscode.l10n.t('{0} examples', remembered.shots), description: vscode.l10n.t('your last choice'), choice: remembered });
    }
    if (remembered?.kind === 'fitTokens') {
      items.push({ label: vscode.l10n.t('The examples that fit {0} tokens', remembered.budget), description: vscode.l10n.t('your last choice'), choice: remembered });
    }
    items.push({ label: vscode.l10n.t('Other number of examples…'), ask: 'count' });
    if (found > 0) {
      items.push({ label: vscode.l10n.t('Keep the examples that fit a token budget…'), description: vscode.l10n.t('exact counts for the chosen model'), ask: 'budget' });
    }
    const active = items.find((item) => item.choice !== undefined && remembered !== undefined && JSON.stringify(item.choice) === JSON.stringify(remembered)) ?? items[0];
    const picked = await this.showPicker(summary, vscode.l10n.t('How many examples should the template keep?'), items, active);
    if (picked === undefined) {
      return undefined;
    }
    if (picked.choice !== undefined) {
      return picked.choice;
    }
    return picked.ask === 'budget' ? askBudget(remembered) : askCount(remembered);
  }

  async pickFormat(last: TemplateFormat): Promise<TemplateFormat | undefined> {
    const items: (vscode.QuickPickItem & { format: TemplateFormat })[] = [
      { label: vscode.l10n.t('Plain text'), description: vscode.l10n.t('instruction, labeled examples, input'), format: 'plain' },
      { label: vscode.l10n.t('Chat messages (JSON)'), description: vscode.l10n.t('system, then user/assistant example pairs'), format: 'chat-json' },
      { label: vscode.l10n.t('XML-tagged examples'), description: vscode.l10n.t('<examples><example>…</example></examples>'), format: 'xml' },
      { label: 'Prompty', description: vscode.l10n.t('YAML front matter and role-tagged body'), format: 'prompty' },
    ];
    const picked = await this.showPicker(vscode.l10n.t('Template format'), vscode.l10n.t('Pick the format of the template'), items, items.find((item) => item.format === last));
    return picked?.format;
  }

  /** After the preview: where the template goes. A new editor is the default; replacing is a choice. */
  async pickDestination(canReplace: boolean): Promise<'newEditor' | 'replace' | undefined> {
    const items: (vscode.QuickPickItem & { target: 'newEditor' | 'replace' })[] = [
      { label: vscode.l10n.t('Open the template in a new editor'), description: vscode.l10n.t('your prompt stays as it is'), target: 'newEditor' },
    ];
    if (canReplace) {
      items.push({ label: vscode.l10n.t('Replace the selection with the template'), description: vscode.l10n.t('undo brings the prompt back'), target: 'replace' });
    }
    const picked = await this.showPicker(vscode.l10n.t('Preview of the template (nothing has changed yet)'), vscode.l10n.t('Use this template?'), items, items[0]);
    return picked?.target;
  }

  private async showPicker<T extends vscode.QuickPickItem>(title: string, placeholder: string, items: readonly T[], active: T | undefined): Promise<T | undefined> {
    const picker = vscode.window.createQuickPick<T>();
    picker.title = title;
    picker.placeholder = placeholder;
    picker.items = items;
    picker.ignoreFocusOut = true;
    if (active !== undefined) {
      picker.activeItems = [active];
    }
    this.shown = { title, items: items.map((item) => item.label), active: active?.label };
    const picked = await new Promise<T | undefined>((resolve) => {
      picker.onDidChangeActive((current) => {
        this.shown = { title, items: items.map((item) => item.label), active: current[0]?.label };
      });
      picker.onDidAccept(() => resolve(picker.selectedItems[0] ?? picker.activeItems[0]));
      picker.onDidHide(() => resolve(undefined));
      picker.show();
    });
    this.shown = undefined;
    picker.dispose();
    return picked;
  }
}

async function askCount(remembered: ShotChoice | undefined): Promise<ShotChoice | undefined> {
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('How many examples should the template keep?'),
    value: remembered?.kind === 'count' ? String(remembered.shots) : '3',
    validateInput: (value) => (isWholeNumberUpTo(value, maxShots) ? undefined : vscode.l10n.t('Enter a whole number from 0 to {0}.', maxShots)),
  });
  return typed === undefined ? undefined : { kind: 'count', shots: Number(typed.trim()) };
}

async function askBudget(remembered: ShotChoice | undefined): Promise<ShotChoice | undefined> {
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Keep the examples that fit how many tokens?'),
    value: remembered?.kind === 'fitTokens' ? String(remembered.budget) : '500',
    validateInput: (value) => (isWholeNumberUpTo(value, 10_000_000) ? undefined : vscode.l10n.t('Enter a whole number of tokens.')),
  });
  return typed === undefined ? undefined : { kind: 'fitTokens', budget: Number(typed.trim()) };
}

function isWholeNumberUpTo(value: string, max: number): boolean {
  return /^\d{1,8}$/.test(value.trim()) && Number(value.trim()) <= max;
}
