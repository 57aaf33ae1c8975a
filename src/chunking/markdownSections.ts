// "By Markdown heading": a chunk starts at each ATX heading (`#` to `######`) of level `maxLevel` or
// higher (fewer #), outside fenced code blocks; text before the first heading is a chunk of its own.
import type { Span } from './recursiveSplitter';

const heading = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const fence = /^ {0,3}(`{3,}|~{3,})/;

export function markdownSections(text: string, maxLevel: number): Span[] {
  const starts: number[] = [0];
  let openFence: string | undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (openFence === undefined) {
        openFence = marker;
      } else if (marker[0] === openFence[0] && marker.length >= openFence.length) {
        openFence = undefined;
      }
    } else if (openFence === undefined) {
      const headingMatch = heading.exec(line);
      if (headingMatch && headingMatch[1].length <= maxLevel && lineStart > 0) {
        starts.push(lineStart);
      }
    }
    lineStart = lineEnd;
  }
  const spans: Span[] = [];
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index];
    const end = index + 1 < starts.length ? starts[index + 1] : text.length;
    if (/\S/.test(text.slice(start, end))) {
      spans.push({ start, end });
    }
  }
  return spans;
}
