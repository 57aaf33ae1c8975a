// The localized words a host passes in, as the tests' stand-ins for `vscode.l10n.t` results.
import { type TemplateTexts } from '../../../src/fewShot/templateContent';

export const englishTexts: TemplateTexts = {
  instructionPlaceholder: 'instruction',
  exampleInputPlaceholder: (exampleNumber) => `example input ${exampleNumber}`,
  exampleOutputPlaceholder: (exampleNumber) => `expected output ${exampleNumber}`,
  inputPlaceholder: 'input',
  inputLabel: 'Input',
  outputLabel: 'Output',
  templateName: 'Few-shot template',
  templateDescription: 'A few-shot prompt made by Learn GenAI',
};

export const portugueseTexts: TemplateTexts = {
  instructionPlaceholder: 'instrução',
  exampleInputPlaceholder: (exampleNumber) => `entrada do exemplo ${exampleNumber}`,
  exampleOutputPlaceholder: (exampleNumber) => `saída esperada ${exampleNumber}`,
  inputPlaceholder: 'entrada',
  inputLabel: 'Entrada',
  outputLabel: 'Saída',
  templateName: 'Modelo few-shot',
  templateDescription: 'Um prompt few-shot feito pelo Learn GenAI',
};
