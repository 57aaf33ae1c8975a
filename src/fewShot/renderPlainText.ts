/** The LangChain FewShotPromptTemplate layout: prefix, labeled examples, suffix with the input. */
import { type TemplateContent, type TemplateTexts } from './templateContent';
import { type SnippetPart, type SnippetTemplate, SnippetTemplateBuilder } from './snippetTemplate';

const sectionSeparator = '\n\n';

export function renderPlainText(content: TemplateContent, texts: TemplateTexts): SnippetTemplate {
  const labels = content.fieldLabels;
  const outputLabel = labels[labels.length - 1] ?? '';
  const builder = new SnippetTemplateBuilder();
  builder.values(content.instruction).text(sectionSeparator);
  if (content.unparsed.length > 0) {
    builder.text(`${texts.unparsedHeading}\n${content.unparsed.join(sectionSeparator)}${sectionSeparator}`);
  }
  for (const example of content.examples) {
    builder.startExample();
    example.forEach((value, field) => {
      builder.text(`${field === 0 ? '' : '\n'}${labels[field] ?? ''}:${separatorBefore(value)}`).value(value);
    });
    builder.text(sectionSeparator);
  }
  if (content.closing.length > 0) {
    // Before the input, so the template still ends where the model starts writing.
    builder.values(content.closing).text(sectionSeparator);
  }
  content.input.forEach((value, field) => {
    builder.text(`${labels[field] ?? ''}:${separatorBefore(value)}`).value(value).text('\n');
  });
  return builder.text(`${outputLabel}:`).build();
}

/** A value of several lines starts on the line after its label, so a code fence in it stays a fence. */
function separatorBefore(value: SnippetPart): string {
  const text = value.kind === 'text' ? value.text : value.defaultText;
  return text.includes('\n') ? '\n' : ' ';
}
