// Which shown tokens are the same token, so the view can count them and light them up together.

/** One key per token (or per group of tokens that split a character). */
export function tokenKey(ids: readonly number[]): string {
  return ids.join(' ');
}

/** Positions of every key among the tokens added, in order. */
export class TokenOccurrences {
  private readonly positions = new Map<string, number[]>();
  private total = 0;

  /** Adds the next token; returns its position. */
  add(ids: readonly number[]): number {
    const key = tokenKey(ids);
    const position = this.total++;
    const list = this.positions.get(key);
    if (list) {
      list.push(position);
    } else {
      this.positions.set(key, [position]);
    }
    return position;
  }

  count(ids: readonly number[]): number {
    return this.positions.get(tokenKey(ids))?.length ?? 0;
  }

  positionsOf(ids: readonly number[]): readonly number[] {
    return this.positions.get(tokenKey(ids)) ?? [];
  }

  get size(): number {
    return this.total;
  }
}
