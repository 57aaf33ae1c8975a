/**
 * A prompt written as one multi-line string in code: `prompt = """..."""`, `const prompt = \`...\`;`,
 * `create(prompt=f"""...""")`. The string's contents are the prompt; the code before and after it is
 * kept as it is around chat messages written as data: lines with words are not understood, brackets
 * and quotes are markup.
 */
import { syntaxAround } from './literalSyntax';
import { type ParsedPrompt, type SourceSpan } from './parsedPrompt';
import { SpanCollector } from './promptText';

export interface PromptInCode {
  /** Where the string's contents start and end (inside the quotes). */
  readonly start: number;
  readonly end: number;
}

// The string is a value: assigned, passed or returned (`= """`, `(f"""`, `prompt: \``, `return """`, `=> \``).
const valueBefore = /(?:^|[=(,:[{]|=>|\breturn)[ \t]*(?:\([ \t]*)?[rRuUfFbB]{0,2}$/u;
// After the closing quote: closing brackets, commas and semicolons, then lines of code (an assignment, a call).
const closersAfter = /^[ \t)\]};,]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*\([^\n]*\))?[ \t)\]};,]*$/u;
const statementAfter = /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+)?(?:[\p{L}_$][\p{L}\p{N}_$.[\]'"]*[ \t]*=[^=]|(?:await|return|print|console\.\w+|def|function|async)\b|[\p{L}_$][\p{L}\p{N}_$.]*\(|#|\/\/)/u;

/** The one multi-line string literal that holds the region's text, or undefined when there is none or more than one. */
export function findPromptInCode(source: string, start: number, end: number): PromptInCode | undefined {
  const opening = /"""|'''|`/g;
  opening.lastIndex = start;
  const first = opening.exec(source);
  if (first === null || first.index >= end || (first[0] === '`' && source.startsWith('```', first.index))) {
    return undefined;
  }
  const quote = first[0];
  const lineStart = Math.max(start, source.lastIndexOf('\n', first.index - 1) + 1);
  const before = source.slice(lineStart, first.index);
  // A quote at a line's start opens the prompt only on the region's first line (else it is a docstring inside an example).
  const isFirstLine = source.slice(start, lineStart).trim() === '';
  // Other strings before it (`{"role": "user", "content": """`) make it one value among others: data, read elsewhere.
  if (!valueBefore.test(before) || (!isFirstLine && !/[=(,:[{]|=>|\breturn/u.test(before)) || /["'`]/u.test(source.slice(start, first.index))) {
    return undefined;
  }
  const innerStart = first.index + quote.length;
  const innerEnd = closingQuote(source, innerStart, end, quote);
  if (innerEnd === undefined || !source.slice(innerStart, innerEnd).includes('\n')) {
    return undefined;
  }
  const [closingLine = '', ...later] = source.slice(innerEnd + quote.length, end).split('\n');
  const codeOnly = closersAfter.test(closingLine) && later.every((line) => line.trim() === '' || closersAfter.test(line) || statementAfter.test(line));
  return codeOnly ? { start: innerStart, end: innerEnd } : undefined;
}

/** The closing quote's offset: the first unescaped one (a backtick string may hold `${...}` but no other backtick). */
function closingQuote(source: string, from: number, end: number, quote: string): number | undefined {
  for (let index = from; index <= end - quote.length; index++) {
    if (source[index] === '\\') {
      index++;
      continue;
    }
    if (source.startsWith(quote, index)) {
      return index;
    }
  }
  return undefined;
}

/** The prompt read inside the string, with the code around it recorded as around data literals (syntaxAround). */
export function withCodeAround(parsed: ParsedPrompt, source: string, regionStart: number, regionEnd: number, inCode: PromptInCode): ParsedPrompt {
  const around = new SpanCollector(source);
  const unparsed = syntaxAround(source, regionStart, regionEnd, [inCode], around);
  for (const line of unparsed) {
    around.add(line.start, line.end, 'unparsed', line.text);
  }
  const spans: SourceSpan[] = [...parsed.spans, ...around.all()].sort((left, right) => left.start - right.start);
  return { ...parsed, unparsed: [...unparsed.map((line) => line.text), ...parsed.unparsed], spans };
}
