/** Examples in `<example>` tags inside `<examples>`, the layout Anthropic's prompting guide advises. */
import { type TemplateContent } from './templateContent';
import { type SnippetTemplate, SnippetTemplateBuilder } from './snippetTemplate';
import { escapeXmlText } from './xmlText';

export function renderXmlExamples(content: TemplateContent): SnippetTemplate {
  const builder = new SnippetTemplateBuilder();
  builder.text('<instructions>').value(content.instruction, escapeXmlText).text('</instructions>\n');
  if (content.examples.length > 0) {
    builder.text('<examples>\n');
    for (const example of content.examples) {
      builder.text('<example>\n<input>').value(example.input, escapeXmlText).text('</input>\n');
      builder.text('<output>').value(example.output, escapeXmlText).text('</output>\n</example>\n');
    }
    builder.text('</examples>\n');
  }
  return builder.text('<input>').value(content.input, escapeXmlText).text('</input>').build();
}
