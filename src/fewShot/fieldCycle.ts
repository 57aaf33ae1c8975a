/**
 * Finds a prompt's example fields from repetition: the label keys that come back in the same order
 * (`Text`, `Sentiment`, `Text`, `Sentiment` ...) whatever the words, in any language.
 */

export interface KeyedItem {
  readonly key: string;
  /** The label line's value is empty up to the next label (a bare `A:`). */
  readonly emptyValue: boolean;
  /** A blank line comes before this item and the item before it kept its value on its own line. */
  readonly afterParagraphBreak: boolean;
}

/** The words a prompt's output label is usually written with: only a tie-breaker for single examples. */
const usualOutputKeys: ReadonlySet<string> = new Set([
  'a', 'answer', 'output', 'response', 'assistant', 'ai', 'bot', 'label', 'sentiment', 'category', 'class',
  'sql', 'query', 'translation', 'summary', 'result', 'json', 'r', 'resposta', 'saida', 'respuesta', 'salida',
  'sentimento', 'sentimiento', 'categoria', 'classe', 'clase', 'traducao', 'traduccion', 'resumo', 'resumen',
  'resultado', 'assistente', 'asistente', 'model', 'completion',
]);

/** The field keys in order, or undefined when nothing repeats (and no lone labeled input ends the prompt). */
export function findFieldKeys(items: readonly KeyedItem[]): string[] | undefined {
  return repeatedFields(items) ?? trailingLabelBlock(items);
}

const maxStartKeys = 8;
const maxFields = 16;

function repeatedFields(items: readonly KeyedItem[]): string[] | undefined {
  const firstSeen = new Map<string, number>();
  const counts = new Map<string, number>();
  items.forEach((item, index) => {
    counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
    if (!firstSeen.has(item.key)) {
      firstSeen.set(item.key, index);
    }
  });
  let best: { fields: string[]; covered: number; first: number } | undefined;
  // The first field is among the first labels that repeat; trying every repeated key made long prompts
  // with many distinct labels quadratic.
  const startKeys = [...counts].filter(([, count]) => count >= 2).map(([key]) => key).slice(0, maxStartKeys);
  for (const startKey of startKeys) {
    const candidate = fieldsStartingWith(items, startKey);
    if (candidate === undefined) {
      continue;
    }
    const first = firstSeen.get(startKey) ?? 0;
    if (best === undefined || candidate.covered > best.covered || (candidate.covered === best.covered && first < best.first)) {
      best = { ...candidate, first };
    }
  }
  return best?.fields;
}

function fieldsStartingWith(items: readonly KeyedItem[], startKey: string): { fields: string[]; covered: number } | undefined {
  // Sets, in insertion order: arrays searched with `includes` were quadratic in the distinct labels.
  const segments: Set<string>[] = [];
  for (const item of items) {
    if (item.key === startKey) {
      segments.push(new Set([item.key]));
    } else {
      const segment = segments[segments.length - 1];
      // An example has a handful of fields; labels past that many in one repetition are text, and
      // keeping them made a prompt of thousands of distinct labels slow.
      if (segment !== undefined && segment.size < maxFields) {
        segment.add(item.key);
      }
    }
  }
  const order = new Set<string>();
  const inSegments = new Map<string, number>();
  for (const segment of segments) {
    for (const key of segment) {
      order.add(key);
      inSegments.set(key, (inSegments.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(1, Math.ceil(segments.length / 2));
  let fields = [...order].filter((key) => (inSegments.get(key) ?? 0) >= needed);
  // A label seen once completes a pair (`Question` ... `Answer` ... `Question`), but is no third field.
  const repeated = fields.filter((key) => (inSegments.get(key) ?? 0) >= 2);
  if (fields.length > 2 && repeated.length >= 2) {
    fields = repeated;
  }
  if (fields.length < 2) {
    return undefined;
  }
  const fieldSet = new Set(fields);
  let covered = 0;
  let started = false;
  for (const item of items) {
    started ||= item.key === startKey;
    if (started && fieldSet.has(item.key)) {
      covered++;
    }
  }
  return { fields, covered };
}

/**
 * No repetition: a prompt ending with a labeled block whose last label is empty (`Text: awful` /
 * `Sentiment:`, Alpaca's `### Instruction` / `### Response`) is a zero-shot labeled input.
 */
function trailingLabelBlock(items: readonly KeyedItem[]): string[] | undefined {
  const last = items[items.length - 1];
  if (last === undefined) {
    return undefined;
  }
  let first = items.length - 1;
  while (first > 0 && !(items[first]?.afterParagraphBreak ?? true)) {
    first--;
  }
  const keys: string[] = [];
  for (const item of items.slice(first)) {
    if (!keys.includes(item.key)) {
      keys.push(item.key);
    }
  }
  if (keys.length < 2 || keys.length !== items.length - first) {
    return undefined;
  }
  return last.emptyValue || usualOutputKeys.has(last.key) ? keys : undefined;
}
