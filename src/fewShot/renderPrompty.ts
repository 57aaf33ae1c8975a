/** A `.prompty` file: YAML front matter (name, description, model, inputs with samples), then `system:` / `user:` / `assistant:` turns. */
import { stringify } from 'yaml';
import { systemTurn, userTurn } from './renderChatMessages';
import { type TemplateContent, type TemplateTexts } from './templateContent';
import { type SnippetPart, type SnippetTemplate, SnippetTemplateBuilder, literal } from './snippetTemplate';

// Prompty renders its body with Jinja2, so example text holding `{{` must not be read as a variable.
const templateSyntax = ['{{', '{%', '{#'];
// Prompty splits the body into turns at lines holding only a role name (optionally `#`-prefixed or with
// `[attributes]`); such lines inside a value get a `\` so they stay text of their turn.
// Spaces and tabs only, one run at a time: `\s` would cross line breaks and retry every blank line from every line start.
const roleLine = /^([ \t]*(?:#[ \t]*)?)((?:system|user|assistant|developer|function|tool)(?:\[[^\]\n]*\])?[ \t]*:[ \t]*)$/gim;

function escapeRoleLines(text: string): string {
  return text.replace(roleLine, '$1\\$2');
}

function appendTurn(builder: SnippetTemplateBuilder, role: 'system' | 'user' | 'assistant', parts: readonly SnippetPart[], startsExample = false): void {
  const shown = parts.map((part) => (part.kind === 'text' ? part.text : part.defaultText)).join('');
  const needsRaw = templateSyntax.some((syntax) => shown.includes(syntax));
  if (startsExample) {
    builder.startExample();
  }
  builder.text(`${role}:\n`);
  if (needsRaw) {
    builder.text('{% raw %}');
  }
  builder.values(parts, escapeRoleLines);
  if (needsRaw) {
    builder.text('{% endraw %}');
  }
  builder.text('\n\n');
}

/** The inside of a YAML double-quoted scalar. */
function yamlDoubleQuotedContent(text: string): string {
  return stringify(text, { defaultStringType: 'QUOTE_DOUBLE', doubleQuotedAsJSON: true, lineWidth: 0 }).trimEnd().slice(1, -1);
}

export function renderPrompty(content: TemplateContent, texts: TemplateTexts): SnippetTemplate {
  const builder = new SnippetTemplateBuilder();
  const names = [...content.inputNames, ...content.variables.map((variable) => variable.name)];
  const inputs = Object.fromEntries(names.map((name) => [name, { type: 'string' }]));
  builder.text(`---\n${stringify({ name: texts.templateName, description: texts.templateDescription, model: { api: 'chat' }, inputs })}sample:\n`);
  content.inputNames.forEach((name, field) => {
    const value = content.input[field];
    builder.text(`  ${name}: "`);
    if (value !== undefined) {
      builder.value(value, yamlDoubleQuotedContent);
    }
    builder.text('"\n');
  });
  for (const variable of content.variables) {
    builder.text(`  ${variable.name}: "${yamlDoubleQuotedContent(variable.sample)}"\n`);
  }
  builder.text('---\n');
  // In Prompty the instruction's variables are written the Jinja way, whatever brace style the prompt used.
  const jinja = (parts: readonly SnippetPart[]): SnippetPart[] => parts.map((part) => (part.kind === 'placeholder' && /^\$?\{/.test(part.defaultText) && content.variables.some((variable) => part.defaultText.includes(variable.name)) ? { ...part, defaultText: `{{${/[A-Za-z_][\w.]*/.exec(part.defaultText)?.[0] ?? ''}}}` } : part));
  appendTurn(builder, 'system', jinja(systemTurn(content, texts)));
  for (const example of content.examples) {
    appendTurn(builder, 'user', userTurn(content.fieldLabels, example.slice(0, -1)), true);
    appendTurn(builder, 'assistant', example.slice(-1));
  }
  const finalParts = userTurn(content.fieldLabels, content.inputNames.map((name) => literal(`{{${name}}}`)));
  const closing = jinja(content.closing);
  builder.text('user:\n').values(finalParts);
  if (closing.length > 0) {
    builder.text('\n\n').values(closing, escapeRoleLines);
  }
  return builder.text('\n').build();
}
