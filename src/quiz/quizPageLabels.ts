// The quiz page's localized strings, shared by the quiz and the practice exam pages.
import * as vscode from 'vscode';
import type { QuizPageLabels } from './quizMessages';

export function quizPageLabels(): QuizPageLabels {
  return {
    questionOf: vscode.l10n.t('Question {0} of {1}'),
    choose: vscode.l10n.t('Choose {0}'),
    submit: vscode.l10n.t('Submit'),
    next: vscode.l10n.t('Next'),
    seeResults: vscode.l10n.t('See results'),
    correct: vscode.l10n.t('Correct'),
    incorrect: vscode.l10n.t('Incorrect'),
    missed: vscode.l10n.t('Missed'),
    review: vscode.l10n.t('Review: {0}'),
    moveUp: vscode.l10n.t('Move up'),
    moveDown: vscode.l10n.t('Move down'),
    orderingHint: vscode.l10n.t('Put the items in order with Move up and Move down, or Alt+Up and Alt+Down on a focused item.'),
    movedTo: vscode.l10n.t('{0}: position {1} of {2}'),
    matchingHint: vscode.l10n.t('Choose a different match for each item.'),
    chooseMatch: vscode.l10n.t('Choose a match'),
    correctPosition: vscode.l10n.t('Belongs at position {0}'),
    correctMatch: vscode.l10n.t('Correct match: {0}'),
    keyboardHint: vscode.l10n.t('Keys 1–9 choose an option; Enter submits and goes to the next question.'),
    results: vscode.l10n.t('Results'),
    score: vscode.l10n.t('Score: {0} ({1} of {2} correct)'),
    passed: vscode.l10n.t('Passed'),
    notPassed: vscode.l10n.t('Not passed yet: {0} is needed to pass.'),
    question: vscode.l10n.t('Question'),
    yourAnswer: vscode.l10n.t('Your answer'),
    result: vscode.l10n.t('Result'),
    retryMistakes: vscode.l10n.t('Retry mistakes'),
    retake: vscode.l10n.t('Retake'),
    backToLesson: vscode.l10n.t('Back to lesson'),
    loading: vscode.l10n.t('Loading the quiz…'),
    dismiss: vscode.l10n.t('Dismiss'),
  };
}
