/**
 * Parses and checks a lesson's `.quiz.yaml`. A quiz file is authored content, possibly from a
 * learner's own lesson folder, so every problem is reported with its line instead of thrown.
 */
import { LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { parseQuestion } from './parseQuizQuestion';
import { type QuizProblem } from './quizProblems';
import { type Question, type QuestionBank } from './quizTypes';
import { asMap, asSeq, fieldNode, offsetNestedTooDeep, QuizProblemCollector, readTextField } from './quizYamlNodes';

export interface ParsedQuizFile {
  /** Holds only the questions without problems; `lessonId` is empty when the file names none. */
  readonly bank: QuestionBank;
  readonly problems: readonly QuizProblem[];
}

export interface QuizFileExpectations {
  /** The lesson id the file name promises; a different `lesson:` is reported. */
  readonly lessonId?: string;
}

/** A quiz file needs about five levels; this leaves room for any reasonable layout. */
const maximumNestingDepth = 64;

export function parseQuizFile(text: string, expectations: QuizFileExpectations = {}): ParsedQuizFile {
  const lineCounter = new LineCounter();
  const problems = new QuizProblemCollector(lineCounter);
  const tooDeepAt = offsetNestedTooDeep(text, maximumNestingDepth);
  if (tooDeepAt !== undefined) {
    const line = text.slice(0, tooDeepAt).split('\n').length;
    problems.reportAtLine('tooDeeplyNested', line, { maximum: maximumNestingDepth });
    return { bank: { lessonId: '', questions: [] }, problems: problems.problems };
  }
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    // The tree of a file with syntax errors is a guess; checking it would add confusing problems.
    for (const error of document.errors) {
      problems.reportAtOffset('yamlSyntax', error.pos[0], { detail: error.message });
    }
    return { bank: { lessonId: '', questions: [] }, problems: problems.problems };
  }
  const root = asMap(document.contents);
  if (!root) {
    problems.report('rootNotMapping', document.contents);
    return { bank: { lessonId: '', questions: [] }, problems: problems.problems };
  }
  const lessonId = readLessonId(root, expectations, problems);
  const questions = readQuestions(fieldNode(root, 'questions'), root, problems);
  return { bank: { lessonId, questions }, problems: problems.problems };
}

function readLessonId(root: YAMLMap, expectations: QuizFileExpectations, problems: QuizProblemCollector): string {
  const lesson = readTextField(root, 'lesson');
  if (lesson.kind !== 'text' || lesson.value.trim() === '') {
    problems.report('missingLesson', lesson.kind === 'absent' ? root : lesson.node);
    return '';
  }
  const lessonId = lesson.value.trim();
  if (expectations.lessonId !== undefined && expectations.lessonId !== lessonId) {
    problems.report('lessonMismatch', lesson.node, { expected: expectations.lessonId, actual: lessonId });
  }
  return lessonId;
}

function readQuestions(node: unknown, root: unknown, problems: QuizProblemCollector): Question[] {
  const list = asSeq(node);
  if (!list) {
    problems.report('questionsNotList', node ?? root);
    return [];
  }
  const questions: Question[] = [];
  const seenIds = new Set<string>();
  list.items.forEach((item, index) => {
    const map = asMap(item);
    const idField = map ? readTextField(map, 'id') : undefined;
    const id = idField?.kind === 'text' ? idField.value.trim() : '';
    const isDuplicate = id !== '' && seenIds.has(id);
    if (isDuplicate && idField?.kind === 'text') {
      problems.report('duplicateQuestionId', idField.node, { question: id });
    }
    seenIds.add(id);
    const question = parseQuestion(item, index + 1, problems);
    if (question && !isDuplicate) {
      questions.push(question);
    }
  });
  return questions;
}
