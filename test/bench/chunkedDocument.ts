// A text document for the live-counting bench, stored in chunks like an editor's buffer, so an
// edit or a read of a small range costs little however long the document is (as in VS Code,
// whose documents are line arrays with prefix sums).
const chunkLength = 16_384;

export class ChunkedDocument {
  private chunks: string[] = [];
  private starts: number[] = [];
  private totalLength = 0;

  constructor(text: string) {
    for (let start = 0; start < text.length; start += chunkLength) {
      this.chunks.push(text.slice(start, start + chunkLength));
    }
    this.reindex(0);
  }

  get length(): number {
    return this.totalLength;
  }

  /** The whole text, as `TextDocument.getText()` builds it. */
  text(): string {
    return this.chunks.join('');
  }

  readonly read = (start: number, end: number): string => {
    let index = this.chunkAt(start);
    let text = '';
    for (let position = start; position < end; index++) {
      const chunk = this.chunks[index];
      const from = position - this.starts[index];
      const piece = chunk.slice(from, Math.min(chunk.length, from + end - position));
      text += piece;
      position += piece.length;
    }
    return text;
  };

  replace(offset: number, removed: number, inserted: string): void {
    const index = this.chunkAt(offset);
    const from = offset - this.starts[index];
    const chunk = this.chunks[index];
    if (from + removed > chunk.length) {
      throw new RangeError('The bench edits within one chunk only');
    }
    this.chunks[index] = chunk.slice(0, from) + inserted + chunk.slice(from + removed);
    this.reindex(index);
  }

  private reindex(from: number): void {
    let start = from === 0 ? 0 : this.starts[from - 1] + this.chunks[from - 1].length;
    for (let index = from; index < this.chunks.length; index++) {
      this.starts[index] = start;
      start += this.chunks[index].length;
    }
    this.starts.length = this.chunks.length;
    this.totalLength = start;
  }

  private chunkAt(offset: number): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }
}
