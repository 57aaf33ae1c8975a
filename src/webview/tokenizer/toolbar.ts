// The view's compact toolbar, so the tokens start near the top of a side bar: model and compare
// as small selects behind an icon, ids and whitespace as icon toggles (real checkboxes, so they
// keep their checked state for assistive technology), copy as an icon button, and a button that
// shows or hides the text box. Every control has an accessible name and a tooltip.
import type { TokenizerViewLabels } from '../../tokenizerView/tokenizerMessages';
import { codicon, element } from '../common/vscodeApi';

export interface IconToggle {
  readonly input: HTMLInputElement;
  readonly label: HTMLLabelElement;
}

export interface Toolbar {
  readonly root: HTMLElement;
  readonly modelSelect: HTMLSelectElement;
  readonly compareSelect: HTMLSelectElement;
  readonly showIds: IconToggle;
  readonly showWhitespace: IconToggle;
  readonly copyButton: HTMLButtonElement;
  /** Shows or hides the text box (`aria-expanded`, `aria-controls`). */
  readonly inputToggle: HTMLButtonElement;
}

export interface ToolbarOptions {
  readonly modelOptions: readonly HTMLOptGroupElement[];
  readonly compareOptions: readonly HTMLOptionElement[];
  readonly showIds: boolean;
  readonly showWhitespace: boolean;
  readonly inputId: string;
}

export function createToolbar(labels: TokenizerViewLabels, options: ToolbarOptions): Toolbar {
  const modelSelect = element('select', { id: 'model', 'aria-label': labels.model, title: labels.model }, ...options.modelOptions);
  const compareSelect = element('select', { id: 'compare', 'aria-label': labels.compareWith, title: labels.compareWith },
    element('option', { value: '' }, labels.none), ...options.compareOptions);
  const showIds = iconToggle('show-ids', 'symbol-numeric', labels.showIds, options.showIds);
  const showWhitespace = iconToggle('show-whitespace', 'whitespace', labels.showWhitespace, options.showWhitespace);
  const copyButton = element('button', { type: 'button', className: 'icon', id: 'copy-ids', title: labels.copyIdsTitle, 'aria-label': labels.copyIds }, codicon('copy'));
  const inputToggle = element('button', {
    type: 'button',
    className: 'icon',
    id: 'toggle-input',
    title: labels.text,
    'aria-label': labels.text,
    'aria-controls': options.inputId,
    'aria-expanded': 'false',
  }, codicon('edit'));
  const root = element('div', { className: 'toolbar' },
    selectWithIcon('symbol-class', modelSelect, 'model-field'),
    selectWithIcon('diff', compareSelect, 'compare-field'),
    element('span', { className: 'tool-buttons' }, showIds.label, showWhitespace.label, copyButton, inputToggle));
  return { root, modelSelect, compareSelect, showIds, showWhitespace, copyButton, inputToggle };
}

function selectWithIcon(icon: string, select: HTMLSelectElement, className: string): HTMLElement {
  return element('span', { className: `tool-select ${className}` }, codicon(icon), select);
}

/** A checkbox drawn as an icon button: the box, transparent, covers the label that draws the icon. */
function iconToggle(id: string, icon: string, name: string, checked: boolean): IconToggle {
  const input = element('input', { type: 'checkbox', id, className: 'icon-toggle-input', 'aria-label': name });
  input.checked = checked;
  const label = element('label', { className: 'icon-toggle', for: id, title: name }, input, codicon(icon));
  return { input, label };
}
