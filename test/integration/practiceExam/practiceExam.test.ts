import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LearnGenaiApi } from '../../../src/extension';
import type { PracticeExamPanel } from '../../../src/practiceExam/practiceExamPanel';
import type { PageAnswer, PageChoice, PageQuestion } from '../../../src/quiz/quizMessages';
import type { Question } from '../../../src/quiz/quizTypes';
import { activateExtension, closeAllEditors, waitFor } from '../support/extensionApi';

type ExamTestApi = LearnGenaiApi & { readonly activePracticeExamPanel: () => PracticeExamPanel | undefined };

/** The right answer in the page's ids, found by the texts the page shows. */
function rightAnswer(question: Question, page: PageQuestion): PageAnswer {
  const idOf = (choices: readonly PageChoice[], text: string) => choices.find((choice) => choice.text === text)!.id;
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: idOf(page.kind === 'single' ? page.options : [], question.options.find((option) => option.correct)!.text) };
    case 'multiple':
      return { kind: 'multiple', optionIds: question.options.filter((option) => option.correct).map((option) => idOf(page.kind === 'multiple' ? page.options : [], option.text)) };
    case 'ordering':
      return { kind: 'ordering', itemIds: question.items.map((item) => idOf(page.kind === 'ordering' ? page.items : [], item.text)) };
    case 'matching':
      return {
        kind: 'matching',
        pairs: Object.fromEntries(question.pairs.map((pair) => [idOf(page.kind === 'matching' ? page.lefts : [], pair.left), idOf(page.kind === 'matching' ? page.rights : [], pair.right)])),
      };
  }
}

describe('Practice exam', () => {
  let api: ExamTestApi;

  before(async () => {
    api = (await activateExtension()) as ExamTestApi;
  });

  after(async () => {
    await closeAllEditors();
  });

  it('runs a 15-question exam end to end: 10 right and 5 skipped score 700, and the attempt and answers land in progress', async () => {
    const attemptsBefore = api.progress.current.practiceExams?.length ?? 0;
    await vscode.commands.executeCommand('learnGenai.startPracticeExam', { size: 15, timed: false, seed: 'integration' });
    const panel = await waitFor(() => api.activePracticeExamPanel(), 'the practice exam panel to open');
    await waitFor(() => (panel.isPageReady ? true : undefined), 'the exam page to say it is ready', 20_000);
    const session = panel.currentSession!;
    assert.strictEqual(session.total, 15);
    assert.strictEqual(new Set(session.questions.map((entry) => entry.presented.question.id)).size, 15, 'no question is drawn twice');

    const answeredIds: string[] = [];
    for (let index = 0; index < 15; index++) {
      const current = session.current!;
      assert.strictEqual(session.currentIndex, index);
      if (index < 10) {
        answeredIds.push(current.presented.question.id);
        await panel.submitAnswer(current.presented.question.id, rightAnswer(current.presented.question, current.presented.page));
      } else {
        await panel.submitAnswer(current.presented.question.id, undefined);
      }
    }

    const result = await waitFor(() => panel.lastResult, 'the exam result');
    // 100 + 900 × 10/15 = 700, the pass mark.
    assert.deepStrictEqual([result.correct, result.total, result.scaledScore, result.passed], [10, 15, 700, true]);
    assert.strictEqual(result.entries.length, 15);
    assert.strictEqual(result.entries.filter((entry) => !entry.answered).length, 5);
    await waitFor(() => ((api.progress.current.practiceExams?.length ?? 0) > attemptsBefore ? true : undefined), 'the attempt to be recorded');
    const attempt = api.progress.current.practiceExams!.at(-1)!;
    assert.deepStrictEqual([attempt.correct, attempt.total, attempt.scaledScore, attempt.passed, attempt.timed], [10, 15, 700, true, false]);
    for (const id of answeredIds) {
      assert.ok(api.progress.current.questions[id], `answer to ${id} feeds spaced review`);
    }
  });

  it('ends a timed exam when asked, counting unanswered questions as wrong', async () => {
    await vscode.commands.executeCommand('learnGenai.startPracticeExam', { size: 15, timed: true, seed: 'timed' });
    const panel = await waitFor(() => api.activePracticeExamPanel(), 'the practice exam panel');
    const session = await waitFor(() => (panel.currentSession && !panel.currentSession.isFinished && panel.lastResult === undefined ? panel.currentSession : undefined), 'a new exam');
    assert.ok(session.deadline !== undefined && session.deadline > Date.now() + 89 * 60_000, 'the clock runs for 90 minutes');
    await panel.finish();
    assert.deepStrictEqual([panel.lastResult?.correct, panel.lastResult?.scaledScore, panel.lastResult?.passed], [0, 100, false]);
    assert.strictEqual(api.progress.current.practiceExams!.at(-1)!.timed, true);
  });
});
