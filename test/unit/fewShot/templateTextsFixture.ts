// The localized words a host passes in, as the tests' stand-ins for `vscode.l10n.t` results.
import { type TemplateTexts } from '../../../src/fewShot/templateContent';

export const englishTexts: TemplateTexts = {
  instructionPlaceholder: 'Describe the task',
  exampleValuePlaceholder: (exampleNumber, label) => `${label} of example ${exampleNumber}`,
  inputPlaceholder: 'input',
  inputLabel: 'Input',
  outputLabel: 'Output',
  unparsedHeading: '[Not understood by the converter, kept as written; check it:]',
  templateName: 'Few-shot template',
  templateDescription: 'A few-shot prompt made by Learn GenAI',
};
