/** The LangChain FewShotPromptTemplate layout: prefix, labeled examples, suffix with the input. */
import { type TemplateContent } from './templateContent';
import { type SnippetTemplate, SnippetTemplateBuilder } from './snippetTemplate';

const sectionSeparator = '\n\n';

export function renderPlainText(content: TemplateContent): SnippetTemplate {
  const { input: inputLabel, output: outputLabel } = content.labels;
  const builder = new SnippetTemplateBuilder();
  builder.value(content.instruction).text(sectionSeparator);
  for (const example of content.examples) {
    builder.text(`${inputLabel}: `).value(example.input);
    builder.text(`\n${outputLabel}: `).value(example.output).text(sectionSeparator);
  }
  // The empty output label is where the model starts writing.
  builder.text(`${inputLabel}: `).value(content.input).text(`\n${outputLabel}:`);
  return builder.build();
}
