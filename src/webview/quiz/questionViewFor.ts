// The view that fits a question's kind, for every page that asks questions (quiz, practice exam).
import type { PageQuestion } from '../../quiz/quizMessages';
import { choiceView } from './choiceView';
import { matchingView } from './matchingView';
import { orderingView } from './orderingView';
import type { QuestionView, QuestionViewOptions } from './questionView';

export function questionViewFor(question: PageQuestion, options: QuestionViewOptions): QuestionView {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return choiceView(question, options);
    case 'ordering':
      return orderingView(question, options);
    case 'matching':
      return matchingView(question, options);
  }
}
