/**
 * How one question is shown to the page: in a stable per-learner shuffled order, under opaque
 * position-based ids (authored ids such as `a, b, c` of an ordering question would give the answer
 * away), and how the page's answers and the host's grades translate between the two.
 */
import type { OptionFeedback, PageAnswer, PageChoice, PageFeedback, PageQuestion } from './quizMessages';
import type { Answer, GradeResult, MatchingQuestion, OrderingQuestion, Question } from './quizTypes';
import { questionShuffleSeed, seededShuffle, seededShuffleOutOfOrder } from './shuffle';

export interface PresentedQuestion {
  readonly lessonId: string;
  readonly question: Question;
  readonly page: PageQuestion;
  /** The answer in the bank's ids; undefined when it is of another kind or names an unknown id. */
  toAnswer(answer: PageAnswer): Answer | undefined;
  feedback(grade: GradeResult): PageFeedback;
  /** The learner's answer as text, for the summary. */
  describe(answer: Answer): string;
}

/** Opaque page ids (`o1`, `o2`...) by shown position, and back. */
class PageIds {
  private readonly byId = new Map<string, string>();
  private readonly byPageId = new Map<string, string>();

  constructor(prefix: string, ids: readonly string[]) {
    ids.forEach((id, index) => {
      const pageId = `${prefix}${index + 1}`;
      this.byId.set(id, pageId);
      this.byPageId.set(pageId, id);
    });
  }

  pageId(id: string): string {
    return this.byId.get(id) ?? '';
  }

  id(pageId: string): string | undefined {
    return this.byPageId.get(pageId);
  }

  /** All translated, or undefined when one is unknown. */
  ids(pageIds: readonly string[]): string[] | undefined {
    const ids = pageIds.map((pageId) => this.id(pageId));
    return ids.every((id): id is string => id !== undefined) ? ids : undefined;
  }
}

/** Authored prompts wrap lines in YAML block text; only blank lines are meant as breaks. */
export function displayPrompt(prompt: string): string {
  return prompt.trim().replace(/([^\n])\n(?!\n)/g, '$1 ');
}

export function presentQuestion(lessonId: string, question: Question, learnerSeed: string): PresentedQuestion {
  const seed = questionShuffleSeed(learnerSeed, question.id);
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return presentChoice(lessonId, question, seed);
    case 'ordering':
      return presentOrdering(lessonId, question, seed);
    case 'matching':
      return presentMatching(lessonId, question, seed);
  }
}

function presentChoice(lessonId: string, question: Extract<Question, { kind: 'single' | 'multiple' }>, seed: string): PresentedQuestion {
  const shown = seededShuffle(question.options, seed);
  const ids = new PageIds('o', shown.map((option) => option.id));
  const options: PageChoice[] = shown.map((option) => ({ id: ids.pageId(option.id), text: option.text }));
  const page: PageQuestion = question.kind === 'single'
    ? { kind: 'single', id: question.id, prompt: displayPrompt(question.prompt), options }
    : { kind: 'multiple', id: question.id, prompt: displayPrompt(question.prompt), choose: question.choose, options };
  const textOf = (id: string) => question.options.find((option) => option.id === id)?.text ?? id;
  return {
    lessonId,
    question,
    page,
    toAnswer(answer) {
      if (answer.kind === 'single' && question.kind === 'single') {
        const optionId = ids.id(answer.optionId);
        return optionId === undefined ? undefined : { kind: 'single', optionId };
      }
      if (answer.kind === 'multiple' && question.kind === 'multiple') {
        const optionIds = ids.ids(answer.optionIds);
        return optionIds && { kind: 'multiple', optionIds };
      }
      return undefined;
    },
    feedback(grade) {
      const verdicts = grade.kind === 'single' || grade.kind === 'multiple' ? grade.options : [];
      const feedback: OptionFeedback[] = shown.map((option) => ({
        id: ids.pageId(option.id),
        mark: verdicts.find((verdict) => verdict.optionId === option.id)?.mark ?? (option.correct ? 'missedCorrect' : 'notChosen'),
        explanation: option.explanation,
      }));
      return { kind: question.kind, options: feedback };
    },
    describe(answer) {
      if (answer.kind === 'single') {
        return textOf(answer.optionId);
      }
      return answer.kind === 'multiple' ? answer.optionIds.map(textOf).join('\n') : '';
    },
  };
}

function presentOrdering(lessonId: string, question: OrderingQuestion, seed: string): PresentedQuestion {
  const shown = seededShuffleOutOfOrder(question.items, seed);
  const ids = new PageIds('i', shown.map((item) => item.id));
  const textOf = (id: string) => question.items.find((item) => item.id === id)?.text ?? id;
  return {
    lessonId,
    question,
    page: { kind: 'ordering', id: question.id, prompt: displayPrompt(question.prompt), items: shown.map((item) => ({ id: ids.pageId(item.id), text: item.text })) },
    toAnswer(answer) {
      const itemIds = answer.kind === 'ordering' ? ids.ids(answer.itemIds) : undefined;
      return itemIds && { kind: 'ordering', itemIds };
    },
    feedback(grade) {
      const verdicts = grade.kind === 'ordering' ? grade.items : [];
      return {
        kind: 'ordering',
        items: verdicts.map((verdict) => ({
          id: ids.pageId(verdict.itemId),
          correctPosition: verdict.correctPosition,
          inPlace: verdict.inPlace,
          explanation: question.items[verdict.correctPosition]?.explanation ?? '',
        })),
        correctOrder: question.items.map((item) => ids.pageId(item.id)),
      };
    },
    describe(answer) {
      return answer.kind === 'ordering' ? answer.itemIds.map(textOf).join(' → ') : '';
    },
  };
}

function presentMatching(lessonId: string, question: MatchingQuestion, seed: string): PresentedQuestion {
  const lefts = new PageIds('l', question.pairs.map((pair) => pair.id));
  const shownRights = seededShuffle(question.pairs, seed);
  const rights = new PageIds('r', shownRights.map((pair) => pair.id));
  const pairOf = (id: string | undefined) => question.pairs.find((pair) => pair.id === id);
  return {
    lessonId,
    question,
    page: {
      kind: 'matching',
      id: question.id,
      prompt: displayPrompt(question.prompt),
      lefts: question.pairs.map((pair) => ({ id: lefts.pageId(pair.id), text: pair.left })),
      rights: shownRights.map((pair) => ({ id: rights.pageId(pair.id), text: pair.right })),
    },
    toAnswer(answer) {
      if (answer.kind !== 'matching') {
        return undefined;
      }
      const pairs = Object.entries(answer.pairs).map(([leftPageId, rightPageId]) => [lefts.id(leftPageId), rights.id(rightPageId)]);
      if (!pairs.every((pair): pair is [string, string] => pair[0] !== undefined && pair[1] !== undefined)) {
        return undefined;
      }
      // fromEntries defines own keys, so an authored id such as `__proto__` stays a plain key.
      return { kind: 'matching', pairs: Object.fromEntries(pairs) };
    },
    feedback(grade) {
      const verdicts = grade.kind === 'matching' ? grade.pairs : [];
      return {
        kind: 'matching',
        pairs: verdicts.map((verdict) => ({
          leftId: lefts.pageId(verdict.leftPairId),
          chosenRightId: verdict.chosenRightPairId === undefined ? undefined : rights.pageId(verdict.chosenRightPairId),
          correctRightId: rights.pageId(verdict.leftPairId),
          matched: verdict.matched,
          explanation: pairOf(verdict.leftPairId)?.explanation ?? '',
        })),
      };
    },
    describe(answer) {
      if (answer.kind !== 'matching') {
        return '';
      }
      return question.pairs.map((pair) => `${pair.left} → ${pairOf(Object.hasOwn(answer.pairs, pair.id) ? answer.pairs[pair.id] : undefined)?.right ?? '—'}`).join('\n');
    },
  };
}
