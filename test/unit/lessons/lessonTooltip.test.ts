import * as assert from 'assert';
import { marked } from 'marked';
import { lessonTooltipMarkdown } from '../../../src/lessons/lessonTooltip';

/** CommonMark as rendered by `marked` (an outside renderer), to see what the tooltip would show. */
const rendered = (markdown: string) => marked.parse(markdown, { async: false });

describe('lessonTooltipMarkdown', () => {
  it('shows a hostile title and exam objective as text: no link, image, HTML or emphasis', () => {
    const title = '[Open terminal](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold**';
    const objective = '![pixel](https://tracker.example/p.png) _under_ `code`';
    const html = rendered(lessonTooltipMarkdown(title, 'Read · 3 min', objective));
    assert.doesNotMatch(html, /<a |<img|<em>|<code>/);
    assert.match(html, /<strong>\[Open terminal\]\(command:workbench\.action\.terminal\.new\) &lt;img src=x onerror=alert\(1\)&gt; \*\*bold\*\*<\/strong>/);
    assert.match(html, /!\[pixel\]\(https:\/\/tracker\.example\/p\.png\) _under_ `code`/);
  });

  it('keeps an ordinary title readable and bold', () => {
    assert.match(rendered(lessonTooltipMarkdown('Tokens, embeddings and vectors', 'Not started', 'Explain tokens.')), /<strong>Tokens, embeddings and vectors<\/strong>/);
  });
});
