/** The few-shot command's localized words: the summary of what was found, lint findings, template texts. */
import * as vscode from 'vscode';
import { type LintFinding } from './exampleLint';
import { type ParsedPrompt } from './parsedPrompt';
import { type TemplateTexts } from './templateContent';

/** "5 examples · fields Text → Sentiment · 1 input · closing instruction". */
export function structureSummary(parsed: ParsedPrompt): string {
  const parts: string[] = [];
  const count = parsed.examples.length;
  parts.push(count === 1 ? vscode.l10n.t('1 example') : vscode.l10n.t('{0} examples', count));
  if (parsed.fieldLabels !== undefined) {
    parts.push(vscode.l10n.t('fields {0}', parsed.fieldLabels.join(' → ')));
  } else if (parsed.shape === 'chatMessages') {
    parts.push(vscode.l10n.t('chat messages'));
  }
  if (parsed.input !== undefined) {
    parts.push(vscode.l10n.t('1 input'));
  }
  if (parsed.closing !== '') {
    parts.push(vscode.l10n.t('closing instruction'));
  }
  if (parsed.unparsed.length > 0) {
    parts.push(vscode.l10n.t('{0} part(s) not understood, kept', parsed.unparsed.length));
  }
  return parts.join(' · ');
}

export function describeFinding(finding: LintFinding): string {
  switch (finding.kind) {
    case 'spellingVariants':
      return vscode.l10n.t('Labels differ only in spelling or case: {0}', finding.variants.map((variant) => `"${variant}"`).join(', '));
    case 'dominantClass':
      return vscode.l10n.t('"{0}" is the label of {1} of {2} examples; the model may lean towards it', finding.label, finding.count, finding.total);
    case 'duplicate':
      return vscode.l10n.t('Example {0} repeats example {1}', finding.example + 1, finding.sameAs + 1);
    case 'missingClass':
      return vscode.l10n.t('The instruction names "{0}" but no example shows it', finding.label);
  }
}

export function templateTexts(): TemplateTexts {
  return {
    instructionPlaceholder: vscode.l10n.t('Describe the task'),
    exampleValuePlaceholder: (exampleNumber, label) => vscode.l10n.t('{0} of example {1}', label, exampleNumber),
    inputPlaceholder: vscode.l10n.t('input'),
    inputLabel: vscode.l10n.t('Input'),
    outputLabel: vscode.l10n.t('Output'),
    unparsedHeading: vscode.l10n.t('[Not understood by the converter, kept as written; check it:]'),
    templateName: vscode.l10n.t('Few-shot prompt'),
    templateDescription: vscode.l10n.t('Made with Learn GenAI from a prompt and its examples'),
  };
}

/** The command's own placeholder texts, so running it on its own output does not read them as the prompt's text. */
export function isOwnPlaceholder(texts: TemplateTexts): (text: string) => boolean {
  const fixed = new Set([texts.instructionPlaceholder, texts.inputPlaceholder]);
  return (text) => fixed.has(text.trim()) || /^.{1,40} (?:of example|do exemplo) \d+$/.test(text.trim());
}
