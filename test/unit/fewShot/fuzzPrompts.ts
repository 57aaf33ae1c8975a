// Generated prompts for the nothing-is-lost property: every shape, random words, tricky text.

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const labelPool = ['Text', 'Sentiment', 'Q', 'A', 'Input', 'Output', 'Texto', 'Resposta', 'Pregunta', 'Salida', 'Review', 'Label', 'Customer message', 'Agent reply', 'Código', 'SQL', 'Frase', 'Intent', 'Human', 'AI'];
const wordPool = ['great', 'awful', 'olá', 'mañana', 'price: 10', 'a -> b', '<tag>', '&amp;', '"quoted"', '{name}', '{{var}}', '${x}', '🎉', 'über', 'naïve', 'x|y', 'a,b', 'tab\there', 'line', 'Note: kept', '```', 'SELECT *', '# heading', '1. item', '—', '\u000b', ''];

export function generatedPrompts(count: number, seed = 20261201): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] ?? items[0] ?? (undefined as never);
  const value = (): string => Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(wordPool)).join(' ').trim() || 'x';
  const shapes: (() => string)[] = [
    () => {
      const labels = [pick(labelPool), pick(labelPool), ...(next() < 0.3 ? [pick(labelPool)] : [])];
      const examples = Array.from({ length: 1 + Math.floor(next() * 4) }, () => labels.map((label) => `${label}: ${value()}`).join('\n'));
      const query = next() < 0.6 ? `\n\n${labels.slice(0, -1).map((label) => `${label}: ${value()}`).join('\n')}\n${labels[labels.length - 1]}:` : '';
      const closing = next() < 0.3 ? `\n\n${value()}` : '';
      return `${value()}\n\n${examples.join(next() < 0.5 ? '\n\n' : '\n')}${query}${closing}`;
    },
    () => `${value()}\n${Array.from({ length: 2 + Math.floor(next() * 3) }, () => `${value()} -> ${value()}`).join('\n')}\n${value()} ->`,
    () => `${value()}\ncol a,col b\n${Array.from({ length: 2 + Math.floor(next() * 3) }, () => `"${value().replace(/"/g, '""')}",${value().replace(/[,"\n]/g, ' ')}`).join('\n')}`,
    () => `| ${pick(labelPool)} | ${pick(labelPool)} |\n|---|---|\n${Array.from({ length: 2 + Math.floor(next() * 3) }, () => `| ${value().replace(/\|/g, '/')} | ${value().replace(/\|/g, '/')} |`).join('\n')}`,
    () => `${value()}\n<examples>\n${Array.from({ length: 1 + Math.floor(next() * 3) }, () => `<example>\n<review>${value().replace(/[<&]/g, ' ')}</review>\n<label>${value().replace(/[<&]/g, ' ')}</label>\n${next() < 0.2 ? '' : '</example>'}`).join('\n')}\n</examples>\n<review>${value().replace(/[<&]/g, ' ')}</review>\n${value()}`,
    () => JSON.stringify([{ role: 'system', content: value() }, ...Array.from({ length: 1 + Math.floor(next() * 3) }, () => [{ role: 'user', content: value() }, { role: 'assistant', content: value() }]).flat(), { role: 'user', content: value() }], null, next() < 0.5 ? 2 : 0),
    () => `messages = [\n${Array.from({ length: 2 + Math.floor(next() * 3) }, (_, index) => `    {"role": "${index % 2 === 0 ? 'user' : 'assistant'}", "content": ${JSON.stringify(value())}},`).join('\n')}\n]`,
    () => Array.from({ length: 2 + Math.floor(next() * 6) }, () => (next() < 0.5 ? `${pick(labelPool)}: ${value()}` : value())).join(next() < 0.5 ? '\n' : '\n\n'),
    // Same-line fields with a separator, numbered or `<example>` headers, `Example`-prefixed labels, prose around records, role lines.
    () => {
      const [first, second] = [pick(labelPool), pick(labelPool)];
      const separator = pick([' | ', '|', ' ; ', '; ', '\t', ' - ', ', ', ' → ', ' || ']);
      return `${value()}\n${Array.from({ length: 2 + Math.floor(next() * 3) }, () => `${first}: ${value()}${separator}${second}: ${value()}`).join('\n')}\n${first}: ${value()}${separator}${second}:`;
    },
    () => {
      const [first, second] = [pick(labelPool), pick(labelPool)];
      const header = (index: number): string => pick([`${index}.`, `(${index})`, `#${index}`, `### ${index}`, `**${index}.**`, '<example>', '</example>', '---']);
      const prefix = pick(['Example ', 'Sample ', '', 'Ejemplo de ']);
      const examples = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, index) => `${header(index + 1)}\n${prefix}${first}: ${value()}\n${prefix}${second}: ${value()}`);
      return `${value()}\n\n${examples.join('\n\n')}\n\n${first}: ${value()}\n${second}:${next() < 0.3 ? `\n\n${value()}` : ''}`;
    },
    () => `${value().replace(/[[\]{}()=;,]/g, ' ')}\n${Array.from({ length: 2 + Math.floor(next() * 3) }, () => JSON.stringify({ text: value(), label: value() })).join('\n')}\n${value().replace(/[[\]{}()=;,]/g, ' ')}`,
    () => {
      const [first, second] = ['review', pick(['label', 'sentiment', 'answer'])];
      const clean = (): string => value().replace(/[<&]/g, ' ');
      return `${value()}\n${Array.from({ length: 1 + Math.floor(next() * 3) }, () => `<${first}>${clean()}</${first}>\n<${second}>${clean()}</${second}>`).join(next() < 0.5 ? '\n' : '\n\n')}\n<${first}>${clean()}</${first}>${next() < 0.3 ? `\n${value()}` : ''}`;
    },
    () => `${next() < 0.5 ? '---\nname: x\n---\n' : ''}system:\n${value()}\n\nuser:\n${value()}${next() < 0.3 ? '\n\nassistant:\n' : ''}`,
  ];
  const prompts: string[] = [];
  for (let index = 0; index < count; index++) {
    let prompt = pick(shapes)();
    if (next() < 0.2) {
      prompt = prompt.replace(/\n/g, '\r\n');
    }
    if (next() < 0.05) {
      prompt = `\uFEFF${prompt}`;
    }
    prompts.push(prompt);
  }
  return prompts;
}
