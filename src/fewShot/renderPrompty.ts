/** A Microsoft Prompty file: YAML front matter, then `system:` / `user:` / `assistant:` turns. */
import { stringify } from 'yaml';
import { type TemplateContent, type TemplateTexts } from './templateContent';
import { type SnippetPart, type SnippetTemplate, SnippetTemplateBuilder } from './snippetTemplate';

/** The template variable the last user turn reads; an identifier, not user-facing text. */
export const promptyInputName = 'input';

// JSON-style double quotes keep any sample on one line and let a placeholder sit between them.
const doubleQuotedScalar = { defaultStringType: 'QUOTE_DOUBLE', doubleQuotedAsJSON: true, lineWidth: 0 } as const;

// Prompty renders its body with Jinja2, so example text holding `{{` must not be read as a variable.
const templateSyntax = ['{{', '{%', '{#'];

function frontMatterWithoutSample(texts: TemplateTexts): string {
  return stringify({
    name: texts.templateName,
    description: texts.templateDescription,
    model: { api: 'chat' },
    inputs: { [promptyInputName]: { type: 'string' } },
  });
}

/** The inside of a YAML double-quoted scalar. */
function yamlDoubleQuotedContent(text: string): string {
  return stringify(text, doubleQuotedScalar).trimEnd().slice(1, -1);
}

function appendTurn(builder: SnippetTemplateBuilder, role: 'system' | 'user' | 'assistant', text: SnippetPart): void {
  const shown = text.kind === 'text' ? text.text : text.defaultText;
  const needsRaw = templateSyntax.some((syntax) => shown.includes(syntax));
  builder.text(`${role}:\n`);
  if (needsRaw) {
    builder.text('{% raw %}');
  }
  builder.value(text);
  if (needsRaw) {
    builder.text('{% endraw %}');
  }
  builder.text('\n\n');
}

export function renderPrompty(content: TemplateContent, texts: TemplateTexts): SnippetTemplate {
  const builder = new SnippetTemplateBuilder();
  builder.text(`---\n${frontMatterWithoutSample(texts)}sample:\n  ${promptyInputName}: "`);
  builder.value(content.input, yamlDoubleQuotedContent).text('"\n---\n');
  appendTurn(builder, 'system', content.instruction);
  for (const example of content.examples) {
    appendTurn(builder, 'user', example.input);
    appendTurn(builder, 'assistant', example.output);
  }
  return builder.text(`user:\n{{${promptyInputName}}}\n`).build();
}
