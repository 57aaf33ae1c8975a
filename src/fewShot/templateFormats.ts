/** The template formats the few-shot command offers, and the one entry point that renders them. */
import { type ExampleSelection } from './exampleSelection';
import { type ParsedPrompt } from './parsedPrompt';
import { renderChatMessages } from './renderChatMessages';
import { renderPlainText } from './renderPlainText';
import { renderPrompty } from './renderPrompty';
import { renderXmlExamples } from './renderXmlExamples';
import { type SnippetTemplate } from './snippetTemplate';
import { type TemplateTexts, buildTemplateContent } from './templateContent';

export const templateFormats = ['plain', 'chat-json', 'xml', 'prompty'] as const;

export type TemplateFormat = (typeof templateFormats)[number];

export function isTemplateFormat(value: unknown): value is TemplateFormat {
  return typeof value === 'string' && (templateFormats as readonly string[]).includes(value);
}

/**
 * The language of the new editor: Prompty's own when an extension provides it (the host checks
 * `vscode.languages.getLanguages()`), else the fallback every VS Code has.
 */
export const formatLanguages: Readonly<Record<TemplateFormat, { readonly preferred: string; readonly fallback: string }>> = {
  plain: { preferred: 'plaintext', fallback: 'plaintext' },
  'chat-json': { preferred: 'json', fallback: 'json' },
  xml: { preferred: 'xml', fallback: 'xml' },
  // Front matter and plain paragraphs read well as Markdown when no Prompty extension is installed.
  prompty: { preferred: 'prompty', fallback: 'markdown' },
};

export function languageFor(format: TemplateFormat, available: readonly string[]): string {
  const { preferred, fallback } = formatLanguages[format];
  return available.includes(preferred) ? preferred : fallback;
}

export function renderFewShotTemplate(parsed: ParsedPrompt, format: TemplateFormat, selection: ExampleSelection, texts: TemplateTexts): SnippetTemplate {
  const content = buildTemplateContent(parsed, selection, texts);
  switch (format) {
    case 'plain':
      return renderPlainText(content, texts);
    case 'chat-json':
      return renderChatMessages(content, texts);
    case 'xml':
      return renderXmlExamples(content, texts, parsed.fieldLabels !== undefined);
    case 'prompty':
      return renderPrompty(content, texts);
  }
}
