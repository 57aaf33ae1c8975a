/** Escaping text for XML 1.0, and reading it back. */

// XML 1.0 allows tab, line feed, carriage return and everything from U+0020 except lone surrogates, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes markup and removes characters XML 1.0 forbids; a vertical tab or form feed (Word's soft breaks) becomes a line break. */
export function escapeXmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- these two control characters are what is replaced
    .replace(/[\u000B\u000C]/g, '\n')
    .replace(forbidden, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A label as an XML element name: letters, digits, `_`, `-`, `.`, starting with a letter or `_`. */
export function xmlName(label: string): string {
  const cleaned = label.trim().replace(/\s+/g, '_').replace(/[^\p{L}\p{N}_.-]/gu, '');
  const name = /^[\p{L}_]/u.test(cleaned) ? cleaned : `_${cleaned}`;
  return /^xml/i.test(name) ? `_${name}` : name;
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
