/**
 * The canonical Brazilian Portuguese term of each concept the pt-br course used to name in two ways,
 * and the variants that must no longer appear in pt-br prose. Code (fenced blocks and `spans`),
 * front matter and link targets are not prose: API names such as `temperature` stay as they are.
 */
export interface TerminologyRule {
  readonly glossaryId: string;
  readonly canonical: string;
  /** Global regular expressions; case matters where the variant is only a different capitalization. */
  readonly variants: readonly RegExp[];
}

export const ptBrTerminologyRules: readonly TerminologyRule[] = [
  { glossaryId: 'tokenizer', canonical: 'tokenizador', variants: [word('tokenizers?', 'i')] },
  { glossaryId: 'input-ids', canonical: 'IDs', variants: [word('ids?'), word('Ids?')] },
  { glossaryId: 'temperature', canonical: 'temperatura', variants: [word('temperature', 'i')] },
  { glossaryId: 'context-window', canonical: 'janela de contexto', variants: [word('context windows?', 'i')] },
  { glossaryId: 'stop-sequence', canonical: 'sequência de parada', variants: [word('stop sequences?', 'i')] },
  // Not a glossary term, but the course mixed both words for a customer-support request.
  { glossaryId: '', canonical: 'chamado', variants: [word('tickets?', 'i')] },
];

/** A whole word: \b would treat the "ê" of "idêntico" as a boundary and match "id". */
function word(pattern: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{N}_])`, `gu${flags}`);
}

/** Prose of a lesson: front matter, fenced code, inline code and link targets blanked out, line numbers kept. */
export function lessonProse(markdown: string): string {
  const withoutFrontMatter = markdown.replace(/^---\n[\s\S]*?\n---\n/, (block) => block.replace(/[^\n]/g, ' '));
  const withoutFences = withoutFrontMatter.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
  return blankCode(withoutFences).replace(/\]\([^)\n]*\)/g, (target) => ' '.repeat(target.length));
}

/** Prose of a quiz file: only the text after `prompt`, `text`, `explanation`, `left` and `right` keys. */
export function quizProse(yamlText: string): string {
  let inBlock = false;
  return yamlText.split('\n').map((line) => {
    const field = /^(\s*-?\s*)(prompt|text|explanation|left|right):(.*)$/.exec(line);
    if (field) {
      inBlock = /^\s*[|>][-+]?\s*$/.test(field[3]);
      return ' '.repeat(field[1].length + field[2].length + 1) + blankCode(field[3]);
    }
    if (inBlock && /^\s{6,}\S/.test(line)) {
      return blankCode(line);
    }
    inBlock = false;
    return ' '.repeat(line.length);
  }).join('\n');
}

/** Inline code spans, and calls such as buildMessages(ticket, 1) that quizzes write without backticks. */
function blankCode(text: string): string {
  return text.replace(/`[^`\n]*`|\b[A-Za-z_]\w*\([^()\n]*\)/g, (span) => ' '.repeat(span.length));
}

/** The English name may follow the canonical term once, in parentheses, to introduce it: "janela de contexto (context window)". */
function isIntroducedEnglishName(prose: string, index: number, canonical: string): boolean {
  const before = prose.slice(Math.max(0, index - canonical.length - 8), index).toLowerCase();
  return new RegExp(`${canonical.toLowerCase()}s?\\**\\s*\\($`).test(before);
}

export interface TerminologyFinding {
  readonly line: number;
  /** Offset in the text, so a fix can replace exactly this occurrence. */
  readonly index: number;
  readonly found: string;
  readonly canonical: string;
}

export function findNonCanonical(prose: string, rules: readonly TerminologyRule[] = ptBrTerminologyRules): TerminologyFinding[] {
  const findings: TerminologyFinding[] = [];
  for (const rule of rules) {
    for (const variant of rule.variants) {
      for (const match of prose.matchAll(variant)) {
        if (!isIntroducedEnglishName(prose, match.index, rule.canonical)) {
          findings.push({ line: prose.slice(0, match.index).split('\n').length, index: match.index, found: match[0], canonical: rule.canonical });
        }
      }
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
