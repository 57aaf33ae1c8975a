/** Turns one question of a quiz file's syntax tree into a `Question`, reporting what is wrong with it. */
import { type YAMLMap } from 'yaml';
import { type ExpectedFieldType } from './quizProblems';
import { type ChoiceOption, type Question, type QuestionKind, questionKinds } from './quizTypes';
import {
  asMap,
  asSeq,
  fieldNode,
  isAbsent,
  isBooleanScalar,
  keyNode,
  positiveIntegerValue,
  type QuizProblemCollector,
  readTextField,
} from './quizYamlNodes';

/** Below these a question is too easy to guess; above them it stops fitting the quiz panel. */
export const quizLimits = {
  minimumSingleOptions: 3,
  /** A `multiple` question offers at least this many wrong options besides the `choose` right ones. */
  minimumMultipleWrongOptions: 2,
  orderingItems: { minimum: 3, maximum: 6 },
  matchingPairs: { minimum: 3, maximum: 6 },
} as const;

type EntryListField = 'options' | 'items' | 'pairs';

interface ParsedEntry {
  readonly map: YAMLMap;
  /** The entry's id, or `#n` when it has none (the question is then reported and dropped). */
  readonly id: string;
  readonly hasId: boolean;
  readonly explanation: string;
  /** The entry's own text fields (`text`, or `left` and `right`), by key. */
  readonly texts: ReadonlyMap<string, string>;
}

interface EntryList {
  /** The list's key, where problems with the whole list are reported. */
  readonly at: unknown;
  readonly count: number;
  readonly entries: readonly ParsedEntry[];
}

/** Returns undefined when anything about the question is wrong, so only sound questions reach a learner. */
export function parseQuestion(node: unknown, position: number, problems: QuizProblemCollector): Question | undefined {
  const map = asMap(node);
  if (!map) {
    problems.report('questionNotMapping', node, { position });
    return undefined;
  }
  const problemsBefore = problems.count;
  const idField = readTextField(map, 'id');
  const label = idField.kind === 'text' && idField.value.trim() !== '' ? idField.value.trim() : `#${position}`;
  const reader = new QuestionReader(map, label, problems);
  const id = reader.requiredText('id');
  const kind = reader.kind();
  const section = reader.requiredText('section');
  const prompt = reader.requiredText('prompt');
  const question = kind === undefined ? undefined : reader.body(kind);
  if (problems.count > problemsBefore || id === undefined || section === undefined || prompt === undefined || question === undefined) {
    return undefined;
  }
  return { id, section, prompt, ...question };
}

/** What each kind adds to the fields every question has. */
type QuestionBody = { [K in QuestionKind]: Omit<Extract<Question, { readonly kind: K }>, 'id' | 'section' | 'prompt'> }[QuestionKind];

class QuestionReader {
  constructor(
    private readonly map: YAMLMap,
    private readonly label: string,
    private readonly problems: QuizProblemCollector,
  ) {}

  requiredText(field: string): string | undefined {
    const text = readTextField(this.map, field);
    if (text.kind === 'wrongType') {
      this.wrongType(text.node, field, 'text');
      return undefined;
    }
    if (text.kind === 'absent' || text.value.trim() === '') {
      this.problems.report('missingQuestionField', text.kind === 'text' ? text.node : this.map, { question: this.label, field });
      return undefined;
    }
    return text.value.trim();
  }

  kind(): QuestionKind | undefined {
    const text = this.requiredText('kind');
    if (text === undefined) {
      return undefined;
    }
    const kind = questionKinds.find((known) => known === text);
    if (!kind) {
      this.problems.report('unknownKind', fieldNode(this.map, 'kind'), { question: this.label, kind: text });
    }
    return kind;
  }

  body(kind: QuestionKind): QuestionBody | undefined {
    switch (kind) {
      case 'single':
        return this.singleBody();
      case 'multiple':
        return this.multipleBody();
      case 'ordering':
        return this.orderingBody();
      case 'matching':
        return this.matchingBody();
    }
  }

  private singleBody(): QuestionBody | undefined {
    const list = this.entries('options', ['text']);
    if (!list) {
      return undefined;
    }
    const options = this.choiceOptions(list);
    if (list.count < quizLimits.minimumSingleOptions) {
      this.problems.report('tooFewOptions', list.at, { question: this.label, count: list.count, minimum: quizLimits.minimumSingleOptions });
    }
    const correctCount = options.filter((option) => option.correct).length;
    if (correctCount !== 1) {
      this.problems.report('singleNeedsOneCorrect', list.at, { question: this.label, correctCount });
    }
    return { kind: 'single', options };
  }

  private multipleBody(): QuestionBody | undefined {
    const chooseNode = fieldNode(this.map, 'choose');
    const choose = positiveIntegerValue(chooseNode);
    if (isAbsent(chooseNode)) {
      this.problems.report('missingQuestionField', this.map, { question: this.label, field: 'choose' });
    } else if (choose === undefined) {
      this.wrongType(chooseNode, 'choose', 'a whole number of at least 1');
    }
    const list = this.entries('options', ['text']);
    if (!list || choose === undefined) {
      return undefined;
    }
    const options = this.choiceOptions(list);
    const correctCount = options.filter((option) => option.correct).length;
    if (correctCount !== choose) {
      this.problems.report('chooseMismatch', chooseNode, { question: this.label, choose, correctCount });
    }
    const minimum = choose + quizLimits.minimumMultipleWrongOptions;
    if (list.count < minimum) {
      this.problems.report('tooFewOptions', list.at, { question: this.label, count: list.count, minimum });
    }
    return { kind: 'multiple', choose, options };
  }

  private orderingBody(): QuestionBody | undefined {
    const list = this.entries('items', ['text']);
    if (!list) {
      return undefined;
    }
    const { minimum, maximum } = quizLimits.orderingItems;
    if (list.count < minimum || list.count > maximum) {
      this.problems.report('itemCountOutOfRange', list.at, { question: this.label, count: list.count, minimum, maximum });
    }
    const items = list.entries.map((entry) => ({ id: entry.id, text: entry.texts.get('text') ?? '', explanation: entry.explanation }));
    return { kind: 'ordering', items };
  }

  private matchingBody(): QuestionBody | undefined {
    const list = this.entries('pairs', ['left', 'right']);
    if (!list) {
      return undefined;
    }
    const { minimum, maximum } = quizLimits.matchingPairs;
    if (list.count < minimum || list.count > maximum) {
      this.problems.report('pairCountOutOfRange', list.at, { question: this.label, count: list.count, minimum, maximum });
    }
    for (const side of ['left', 'right'] as const) {
      const seen = new Set<string>();
      for (const entry of list.entries) {
        const text = entry.texts.get(side) ?? '';
        if (seen.has(text)) {
          this.problems.report('duplicatePairSide', fieldNode(entry.map, side), { question: this.label, side, text });
        }
        seen.add(text);
      }
    }
    const pairs = list.entries.map((entry) => ({
      id: entry.id,
      left: entry.texts.get('left') ?? '',
      right: entry.texts.get('right') ?? '',
      explanation: entry.explanation,
    }));
    return { kind: 'matching', pairs };
  }

  private choiceOptions(list: EntryList): ChoiceOption[] {
    return list.entries.map((entry) => {
      const correctNode = fieldNode(entry.map, 'correct');
      let correct = false;
      if (isBooleanScalar(correctNode)) {
        correct = correctNode.value;
      } else if (!isAbsent(correctNode)) {
        this.problems.report('wrongEntryFieldType', correctNode, { question: this.label, entry: entry.id, field: 'correct', expected: 'true or false' });
      }
      return { id: entry.id, text: entry.texts.get('text') ?? '', correct, explanation: entry.explanation };
    });
  }

  /** Reads a list of options, items or pairs, reporting every problem in it. */
  private entries(field: EntryListField, textKeys: readonly string[]): EntryList | undefined {
    const node = fieldNode(this.map, field);
    if (isAbsent(node)) {
      this.problems.report('missingQuestionField', this.map, { question: this.label, field });
      return undefined;
    }
    const list = asSeq(node);
    if (!list) {
      this.wrongType(node, field, 'a list');
      return undefined;
    }
    const seenIds = new Set<string>();
    const entries: ParsedEntry[] = [];
    list.items.forEach((item, index) => {
      const entry = this.entry(item, field, index + 1, textKeys);
      if (!entry) {
        return;
      }
      if (entry.hasId && seenIds.has(entry.id)) {
        this.problems.report('duplicateEntryId', fieldNode(entry.map, 'id'), { question: this.label, entry: entry.id });
      }
      seenIds.add(entry.id);
      entries.push(entry);
    });
    return { at: keyNode(this.map, field), count: list.items.length, entries };
  }

  /** Keeps an entry even when some of its fields are missing, so counts and duplicate checks stay right. */
  private entry(item: unknown, field: EntryListField, position: number, textKeys: readonly string[]): ParsedEntry | undefined {
    const map = asMap(item);
    if (!map) {
      this.problems.report('entryNotMapping', item, { question: this.label, field, position });
      return undefined;
    }
    const id = this.entryText(map, 'id', `#${position}`);
    const label = id ?? `#${position}`;
    const texts = new Map(textKeys.map((key) => [key, this.entryText(map, key, label) ?? '']));
    const explanation = this.entryText(map, 'explanation', label) ?? '';
    return { map, id: label, hasId: id !== undefined, explanation, texts };
  }

  private entryText(map: YAMLMap, field: string, entryLabel: string): string | undefined {
    const text = readTextField(map, field);
    if (text.kind === 'wrongType') {
      this.problems.report('wrongEntryFieldType', text.node, { question: this.label, entry: entryLabel, field, expected: 'text' });
      return undefined;
    }
    if (text.kind === 'absent' || text.value.trim() === '') {
      const at = text.kind === 'text' ? text.node : map;
      if (field === 'explanation') {
        this.problems.report('missingExplanation', at, { question: this.label, entry: entryLabel });
      } else {
        this.problems.report('missingEntryField', at, { question: this.label, entry: entryLabel, field });
      }
      return undefined;
    }
    return text.value.trim();
  }

  private wrongType(node: unknown, field: string, expected: ExpectedFieldType): void {
    this.problems.report('wrongFieldType', node, { question: this.label, field, expected });
  }
}
