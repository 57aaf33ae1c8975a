// The type every pre-tokenizer implements, apart from the scanners so they need not import their chooser.

/**
 * Returns the end of the piece that starts at `position` (< text.length). A negative result `~n`
 * means the pattern matches nothing before `n`: the text in between belongs to no piece.
 *
 * The engine reads text as `String.prototype.charCodeAt.call(text, i)`, never `text.charCodeAt(i)`:
 * once a call site has seen strings built in different ways (flat, sliced, concatenated) it turns
 * megamorphic, V8 stops inlining charCodeAt there, and the whole engine runs at a third of its
 * speed. The explicit form names the function outright, so it stays inlined. (A module-level alias
 * would not do: bundlers turn it into a mutable `var`, which V8 cannot fold.)
 */
export type PieceScanner = (text: string, position: number) => number;
