// Where two encodings split the same text differently, for the view's side-by-side comparison.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface BoundaryComparison {
  /** Per segment of the first list: its start or its end is no boundary of the second. */
  readonly firstDiffers: boolean[];
  readonly secondDiffers: boolean[];
  /** Per segment: its end is no boundary of the other list (each differing boundary counted once). */
  readonly firstEndDiffers: boolean[];
  readonly secondEndDiffers: boolean[];
  /** Boundaries inside the text that only one of the two has. */
  readonly differingBoundaries: number;
}

/**
 * Compares two segmentations of the same text (each sorted, covering it without gaps). The
 * text's own start and end are boundaries of both, so they never differ.
 */
export function compareBoundaries(first: readonly Span[], second: readonly Span[]): BoundaryComparison {
  const firstEndDiffers = endsMissingFrom(first, second);
  const secondEndDiffers = endsMissingFrom(second, first);
  return {
    firstDiffers: withStarts(firstEndDiffers),
    secondDiffers: withStarts(secondEndDiffers),
    firstEndDiffers,
    secondEndDiffers,
    differingBoundaries: firstEndDiffers.filter(Boolean).length + secondEndDiffers.filter(Boolean).length,
  };
}

function endsMissingFrom(spans: readonly Span[], other: readonly Span[]): boolean[] {
  const missing: boolean[] = [];
  let cursor = 0;
  for (const span of spans) {
    while (cursor < other.length && other[cursor].end < span.end) {
      cursor++;
    }
    missing.push(cursor >= other.length || other[cursor].end !== span.end);
  }
  return missing;
}

/** A segment differs when its end differs or its start, the end of the one before, does. */
function withStarts(endDiffers: readonly boolean[]): boolean[] {
  return endDiffers.map((differs, index) => differs || (index > 0 && endDiffers[index - 1]));
}
