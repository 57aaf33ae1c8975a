/** An OpenAI-style messages array: system, user/assistant example pairs, then the real input. */
import { type TemplateContent } from './templateContent';
import { type SnippetPart, type SnippetTemplate, SnippetTemplateBuilder } from './snippetTemplate';

type ChatRole = 'system' | 'user' | 'assistant';

/** The inside of a JSON string literal, so a placeholder's default can sit between the quotes. */
function jsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

export function renderChatMessages(content: TemplateContent): SnippetTemplate {
  const messages: [ChatRole, SnippetPart][] = [['system', content.instruction]];
  for (const example of content.examples) {
    messages.push(['user', example.input], ['assistant', example.output]);
  }
  messages.push(['user', content.input]);

  const builder = new SnippetTemplateBuilder().text('[\n');
  messages.forEach(([role, text], index) => {
    // Placeholders sit inside the quotes: what the learner types stays a string value.
    builder.text(`  { "role": "${role}", "content": "`).value(text, jsonStringContent);
    builder.text(index < messages.length - 1 ? '" },\n' : '" }\n');
  });
  return builder.text(']').build();
}
