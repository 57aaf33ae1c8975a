/** An OpenAI-style messages array: system, user/assistant example pairs, then the real input. */
import { type TemplateContent, type TemplateTexts } from './templateContent';
import { type SnippetPart, type SnippetTemplate, SnippetTemplateBuilder, literal } from './snippetTemplate';

type ChatRole = 'system' | 'user' | 'assistant';

/** The inside of a JSON string literal, so a placeholder's default can sit between the quotes. */
function jsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** One input field is sent as is; several are sent as `Label: value` lines. */
export function userTurn(labels: readonly string[], values: readonly SnippetPart[]): SnippetPart[] {
  if (values.length === 1) {
    return [...values];
  }
  return values.flatMap((value, field) => [literal(`${field === 0 ? '' : '\n'}${labels[field] ?? ''}: `), value]);
}

export function systemTurn(content: TemplateContent, texts: TemplateTexts): SnippetPart[] {
  return content.unparsed.length === 0
    ? [...content.instruction]
    : [...content.instruction, literal(`\n\n${texts.unparsedHeading}\n${content.unparsed.join('\n\n')}`)];
}

export function renderChatMessages(content: TemplateContent, texts: TemplateTexts): SnippetTemplate {
  const labels = content.fieldLabels;
  const messages: [ChatRole, SnippetPart[], boolean][] = [['system', systemTurn(content, texts), false]];
  for (const example of content.examples) {
    messages.push(['user', userTurn(labels, example.slice(0, -1)), true], ['assistant', example.slice(-1), false]);
  }
  const finalTurn = userTurn(labels, content.input);
  messages.push(['user', content.closing.length > 0 ? [...finalTurn, literal('\n\n'), ...content.closing] : finalTurn, false]);

  const builder = new SnippetTemplateBuilder().text('[\n');
  messages.forEach(([role, parts, startsExample], index) => {
    if (startsExample) {
      builder.startExample();
    }
    // Placeholders sit inside the quotes: what the learner types stays a string value.
    builder.text(`  { "role": "${role}", "content": "`).values(parts, jsonStringContent);
    builder.text(index < messages.length - 1 ? '" },\n' : '" }\n');
  });
  return builder.text(']').build();
}
