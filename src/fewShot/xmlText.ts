/** The little XML the few-shot feature needs: finding its tags and escaping text between them. */

export type XmlTagName = 'examples' | 'example' | 'instructions' | 'input' | 'output' | 'user' | 'assistant';

export interface XmlTag {
  readonly name: XmlTagName;
  readonly closing: boolean;
  /** Offset of `<`. */
  readonly start: number;
  /** Offset just after `>`. */
  readonly end: number;
}

// Sticky and stopped by the next `<` or `>`, so each `<` costs at most the distance to the next one.
const knownTagAt = /<(\/?)(examples|example|instructions|input|output|user|assistant)(?=[\s/>])[^<>]*>/iy;

export function findXmlTags(text: string): XmlTag[] {
  const tags: XmlTag[] = [];
  let position = text.indexOf('<');
  while (position >= 0) {
    knownTagAt.lastIndex = position;
    const match = knownTagAt.exec(text);
    if (match === null) {
      position = text.indexOf('<', position + 1);
      continue;
    }
    tags.push({
      name: (match[2] ?? '').toLowerCase() as XmlTagName,
      closing: match[1] === '/',
      start: position,
      end: position + match[0].length,
    });
    position = text.indexOf('<', position + match[0].length);
  }
  return tags;
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const namedEntities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const entity = /&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi;

export function unescapeXmlText(text: string): string {
  return text.replace(entity, (whole, name: string) => {
    const lower = name.toLowerCase();
    const named = namedEntities[lower];
    if (named !== undefined) {
      return named;
    }
    const codePoint = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
  });
}
