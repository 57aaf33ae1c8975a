// The glossary's public, vscode-free API: everything outside src/glossary imports from here.
export { createGlossary } from './createGlossary';
export { createGlossaryProblem, parseGlossary, parseLessonLink, type ParsedGlossary, type ParseGlossaryOptions } from './parseGlossary';
export {
  glossaryProblemMessages,
  type Glossary,
  type GlossaryEntry,
  type GlossaryLessonLink,
  type GlossaryProblem,
  type GlossaryProblemCode,
} from './glossaryTypes';
