/** The template formats the few-shot command offers, and the one entry point that renders them. */
import { type ParsedPrompt } from './parsedPrompt';
import { renderChatMessages } from './renderChatMessages';
import { renderPlainText } from './renderPlainText';
import { renderPrompty } from './renderPrompty';
import { renderXmlExamples } from './renderXmlExamples';
import { type SnippetTemplate } from './snippetTemplate';
import { type TemplateContent, type TemplateTexts, buildTemplateContent } from './templateContent';

export const templateFormats = ['plain', 'chat-json', 'xml', 'prompty'] as const;

export type TemplateFormat = (typeof templateFormats)[number];

export function isTemplateFormat(value: unknown): value is TemplateFormat {
  return typeof value === 'string' && (templateFormats as readonly string[]).includes(value);
}

interface TemplateFormatDefinition {
  readonly render: (content: TemplateContent, texts: TemplateTexts) => SnippetTemplate;
  /** A language every VS Code has, for the new editor. */
  readonly languageId: string;
  /** Better when an extension provides it (Prompty's); the host checks `vscode.languages.getLanguages()`. */
  readonly preferredLanguageId: string;
}

const definitions: Readonly<Record<TemplateFormat, TemplateFormatDefinition>> = {
  plain: { render: renderPlainText, languageId: 'plaintext', preferredLanguageId: 'plaintext' },
  'chat-json': { render: renderChatMessages, languageId: 'json', preferredLanguageId: 'json' },
  xml: { render: renderXmlExamples, languageId: 'xml', preferredLanguageId: 'xml' },
  // Front matter and plain paragraphs read well as markdown when no Prompty extension is installed.
  prompty: { render: renderPrompty, languageId: 'markdown', preferredLanguageId: 'prompty' },
};

export interface FewShotTemplateRequest {
  readonly format: TemplateFormat;
  /** Examples wanted: found ones first, padded with placeholders, trimmed to the first `shots`. */
  readonly shots: number;
  readonly texts: TemplateTexts;
}

export interface RenderedFewShotTemplate {
  readonly template: SnippetTemplate;
  readonly languageId: string;
  readonly preferredLanguageId: string;
  readonly examplesFound: number;
  /** Found examples that made it into the template. */
  readonly examplesUsed: number;
  /** Placeholder examples added to reach the number of shots. */
  readonly examplesPadded: number;
}

export function renderFewShotTemplate(parsed: ParsedPrompt, request: FewShotTemplateRequest): RenderedFewShotTemplate {
  const definition = definitions[request.format];
  const content = buildTemplateContent(parsed, request.shots, request.texts);
  return {
    template: definition.render(content, request.texts),
    languageId: definition.languageId,
    preferredLanguageId: definition.preferredLanguageId,
    examplesFound: parsed.examples.length,
    examplesUsed: content.examplesUsed,
    examplesPadded: content.examplesPadded,
  };
}
