/** The one cap on examples in a template, used by the command, its pickers and lesson "try it" links. */

/** More shots than this stop teaching anything and only make a wall of placeholders. */
export const maxShots = 50;

/** Whole numbers from 0 to `maxShots`; anything else (negative, NaN, fractions) is brought into range. */
export function normalizeShotCount(shots: number): number {
  if (!Number.isFinite(shots) || shots <= 0) {
    return 0;
  }
  return Math.min(Math.floor(shots), maxShots);
}

export function isShotCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxShots;
}
