// Where a literal that starts at an index ends (strings, template literals with `${…}`, regex
// literals, numbers). Unterminated literals end at the line or text end; nothing throws.
import { isIdentifierPart } from './identifierCharacters';

/** The end of a quoted string that starts at `from` (the opening quote), or text end when unterminated. */
export function endOfQuoted(text: string, from: number, quote: number, triple: boolean, raw: boolean): number {
  let index = from + (triple ? 3 : 1);
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 92 && !raw) {
      index += 2;
      continue;
    }
    if (code === 92 && raw) {
      // A raw Python string still cannot end on an escaped quote.
      index += 2;
      continue;
    }
    if (code === quote) {
      if (!triple) {
        return index + 1;
      }
      if (text.charCodeAt(index + 1) === quote && text.charCodeAt(index + 2) === quote) {
        return index + 3;
      }
    } else if (!triple && code === 10) {
      return index; // Unterminated single-line string: stop at the line end.
    }
    index++;
  }
  return text.length;
}

/** The end of a JS template literal starting at `from` (the backtick), skipping `${…}` expressions. */
export function endOfTemplate(text: string, from: number): number {
  let index = from + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 92) {
      index += 2;
    } else if (code === 96) {
      return index + 1;
    } else if (code === 36 && text.charCodeAt(index + 1) === 123) {
      index = endOfJsExpression(text, index + 2);
    } else {
      index++;
    }
  }
  return text.length;
}

/** From inside `${`, the index just after its closing brace (strings, templates and nested braces skipped). */
function endOfJsExpression(text: string, from: number): number {
  let depth = 0;
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 39 || code === 34) {
      index = endOfQuoted(text, index, code, false, false);
    } else if (code === 96) {
      index = endOfTemplate(text, index);
    } else if (code === 123) {
      depth++;
      index++;
    } else if (code === 125) {
      if (depth === 0) {
        return index + 1;
      }
      depth--;
      index++;
    } else {
      index++;
    }
  }
  return text.length;
}

export function endOfRegex(text: string, from: number): number {
  let index = from + 1;
  let inClass = false;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      return index;
    }
    if (code === 92) {
      index += 2;
      continue;
    }
    if (code === 91) {
      inClass = true;
    } else if (code === 93) {
      inClass = false;
    } else if (code === 47 && !inClass) {
      index++;
      while (index < text.length && isIdentifierPart(text.charCodeAt(index))) {
        index++;
      }
      return index;
    }
    index++;
  }
  return text.length;
}


export function endOfNumber(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isIdentifierPart(code) || code === 46) {
      index++;
    } else if ((code === 43 || code === 45) && /[eE]/.test(text[index - 1]) && !/^0[xX]/.test(text.slice(from, from + 2))) {
      index++;
    } else {
      break;
    }
  }
  return index;
}
