// Bench rows for the few-shot parser: the time to read a 100 KB prompt of each shape (target < 50 ms).
import os from 'node:os';
import { parsePrompt } from '../../src/fewShot/promptParser';
import { type BenchRow } from './benchReport';

const size = 100_000;
const runs = 15;

function repeatTo(unit: (index: number) => string, head = '', tail = '', length = size): string {
  let text = head;
  for (let index = 0; text.length < length - tail.length; index++) {
    text += unit(index);
  }
  return text + tail;
}

const letters = (index: number): string => index.toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)] ?? 'q');

/**
 * 100 KB prompts: the common shapes, then inputs that once took quadratic time or worse (a line of spaces,
 * blank lines, a ragged CSV, unclosed tags, examples on one line, thousands of distinct labels).
 */
export function fewShotBenchInputs(): Record<string, string> {
  return {
    'labeled blocks': repeatTo((index) => `Text: review number ${index} says the product was fine\nSentiment: ${index % 2 ? 'positive' : 'negative'}\n\n`, 'Classify the sentiment.\n\n', 'Text: last\nSentiment:'),
    'CSV table': repeatTo((index) => `"row ${index}, with a comma",label${index % 3}\n`, 'Label the rows.\ntext,label\n'),
    'JSON messages': `[${repeatTo((index) => `{"role": "${index % 2 ? 'assistant' : 'user'}", "content": "message ${index} with some words"},\n`, '{"role": "system", "content": "Be brief."},\n', '{"role": "user", "content": "last"}')}]`,
    'XML examples': repeatTo((index) => `<example><review>text ${index}</review><label>x${index % 2}</label></example>\n`, 'Classify.\n<examples>\n', '</examples>\n<review>last</review>'),
    'colon-heavy prose': repeatTo((index) => `Note ${index}: this line has a colon: and more words after it, but nothing repeats as a field.\n`),
    'one long line': 'a: '.repeat(size / 3),
    'same-line pairs': repeatTo((index) => `Q: what is ${index}+1? | A: ${index + 1}\n`, 'Answer.\n'),
    'Markdown table': repeatTo((index) => `| row ${index} | label${index % 3} |\n`, 'Label.\n| text | label |\n|---|---|\n'),
    'line of spaces': `Text:${' '.repeat(size)}x`,
    'blank lines': `Classify.${'\n'.repeat(size)}Text: x\nLabel:`,
    'ragged CSV': repeatTo((index) => (index % 2 ? 'a,b,c\n' : 'a,b\n')),
    'unclosed tags': `<example>${repeatTo(() => '<b>x ')}`,
    'examples on one line': repeatTo((index) => `<example>Q: ${index}</example>`),
    // Each label twice, in the same order, so the labels repeat: two halves of 50 KB.
    'distinct labels': repeatTo((index) => `Key${letters(index)}: value\n`, '', '', size / 2).repeat(2),
  };
}

/** Median and fastest of `runs`: on a shared machine the fastest run is the cost without waiting for a CPU. */
function timings(run: () => void): { median: number; fastest: number } {
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  return { median: times[Math.floor(runs / 2)] ?? 0, fastest: times[0] ?? 0 };
}

export function fewShotRows(progress: (message: string) => void): BenchRow[] {
  progress('few-shot parser on 100 KB prompts');
  return Object.entries(fewShotBenchInputs()).map(([shape, text]) => {
    const { median, fastest } = timings(() => parsePrompt(text));
    return {
      encoding: '-',
      measure: `few-shot parse, 100 KB ${shape}`,
      unit: 'ms',
      values: { engine: median },
      target: '<50 ms (median)',
      pass: median < 50,
      note: `median of ${runs}, fastest ${fastest.toFixed(1)} ms, load average ${os.loadavg()[0]?.toFixed(1) ?? '?'} on ${os.cpus().length} CPUs; ${parsePrompt(text).examples.length} examples found`,
    };
  });
}
