/** Examples in `<example>` tags inside `<examples>`, the layout Anthropic's prompting guide advises. */
import { type TemplateContent, type TemplateTexts } from './templateContent';
import { type SnippetTemplate, SnippetTemplateBuilder } from './snippetTemplate';
import { escapeXmlText, xmlName } from './xmlText';

export function renderXmlExamples(content: TemplateContent, texts: TemplateTexts, ownLabels: boolean): SnippetTemplate {
  // The prompt's own labels become the tag names; without any, `<input>` / `<output>`.
  const tags = ownLabels ? content.fieldLabels.map(xmlName) : ['input', 'output'];
  const builder = new SnippetTemplateBuilder();
  builder.text('<instructions>').values(content.instruction, escapeXmlText).text('</instructions>\n');
  if (content.unparsed.length > 0) {
    builder.text(`<unparsed>${escapeXmlText(`${texts.unparsedHeading}\n${content.unparsed.join('\n\n')}`)}</unparsed>\n`);
  }
  if (content.examples.length > 0) {
    builder.text('<examples>\n');
    for (const example of content.examples) {
      builder.startExample().text('<example>\n');
      example.forEach((value, field) => {
        const tag = tags[field] ?? 'output';
        builder.text(`<${tag}>`).value(value, escapeXmlText).text(`</${tag}>\n`);
      });
      builder.text('</example>\n');
    }
    builder.text('</examples>\n');
  }
  content.input.forEach((value, field) => {
    const tag = tags[field] ?? 'input';
    builder.text(`<${tag}>`).value(value, escapeXmlText).text(`</${tag}>`).text(field < content.input.length - 1 ? '\n' : '');
  });
  if (content.closing.length > 0) {
    builder.text('\n').values(content.closing, escapeXmlText);
  }
  return builder.build();
}
