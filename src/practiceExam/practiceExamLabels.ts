// The practice exam's own localized strings (the question views share the quiz's).
import * as vscode from 'vscode';
import type { QuizPageLabels } from '../quiz/quizMessages';
import type { PracticeExamLabels } from './practiceExamMessages';

type ExamOnlyLabels = Omit<PracticeExamLabels, keyof QuizPageLabels>;

export function examPageLabels(): ExamOnlyLabels {
  return {
    examTitle: vscode.l10n.t('Practice Exam'),
    answeredOf: vscode.l10n.t('{0} of {1} answered'),
    timeLeft: vscode.l10n.t('Time left: {0}'),
    timeUp: vscode.l10n.t('Time is up. Your exam is being scored.'),
    skip: vscode.l10n.t('Skip'),
    finish: vscode.l10n.t('Finish exam'),
    finishEarly: vscode.l10n.t('End exam now'),
    scaledScore: vscode.l10n.t('Scaled score: {0} of 1000 ({1} of {2} correct)'),
    passMark: vscode.l10n.t('700 is needed to pass'),
    examNotPassed: vscode.l10n.t('Not passed'),
    scalingNote: vscode.l10n.t('AWS does not publish how it scales raw scores; this practice exam maps the share of correct answers linearly onto 100–1000, so treat the number as a guide.'),
    byTask: vscode.l10n.t('By task statement'),
    task: vscode.l10n.t('Task statement'),
    correctCount: vscode.l10n.t('{0} of {1} correct'),
    reviewAnswers: vscode.l10n.t('Review every answer'),
    unanswered: vscode.l10n.t('Not answered'),
    newExam: vscode.l10n.t('New practice exam'),
  };
}

/** The exam guide's task statements this course teaches, by number. */
export function taskTitle(task: string): string {
  switch (task) {
    case '2.1':
      return vscode.l10n.t('Basic concepts of generative AI');
    case '2.2':
      return vscode.l10n.t('Capabilities and limitations of generative AI for business problems');
    case '2.3':
      return vscode.l10n.t('AWS infrastructure and technologies for generative AI applications');
    case '3.1':
      return vscode.l10n.t('Design considerations for applications that use foundation models');
    case '3.2':
      return vscode.l10n.t('Effective prompt engineering techniques');
    case '3.3':
      return vscode.l10n.t('Training and fine-tuning of foundation models');
    case '3.4':
      return vscode.l10n.t('Evaluating foundation model performance');
    default:
      return '';
  }
}
