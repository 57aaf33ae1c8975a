/** A built-in diagram: fixed geometry in code, every visible word supplied by the lesson in its own language. */
export interface DiagramTemplate {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** The text keys a lesson must supply, each shown somewhere in the picture. */
  readonly textKeys: readonly string[];
  /** SVG content (without the <svg> element). `text` returns the lesson's words for a key; `id` prefixes element ids. */
  draw(text: (key: string) => string, id: string): string;
}
