// A small well-formedness check for the XML our templates write: no attributes, comments or
// declarations, so tags, text and entity references are all there is to check.

const entityReference = /^&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const tag = /^<(\/?)([A-Za-z_][\w.-]*)\s*>/;

/** Throws, saying where, unless `fragment` wrapped in one root element is well-formed XML. */
export function assertWellFormedXml(fragment: string): void {
  const document = `<root>${fragment}</root>`;
  const open: string[] = [];
  let position = 0;
  while (position < document.length) {
    const character = document[position];
    if (character === '<') {
      const match = tag.exec(document.slice(position, position + 80));
      if (match === null) {
        throw new Error(`a < that starts no tag at ${position}: ${document.slice(position, position + 30)}`);
      }
      const [whole, closing, name] = match;
      if (closing === '/') {
        const expected = open.pop();
        if (expected !== name) {
          throw new Error(`</${name}> closes <${expected ?? 'nothing'}> at ${position}`);
        }
      } else {
        open.push(name ?? '');
      }
      position += whole.length;
    } else if (character === '&') {
      const match = entityReference.exec(document.slice(position, position + 12));
      if (match === null) {
        throw new Error(`a bare & at ${position}`);
      }
      position += match[0].length;
    } else {
      position += 1;
    }
  }
  if (open.length > 0) {
    throw new Error(`unclosed <${open.join('>, <')}>`);
  }
}
