// Messages every page understands, typed once for the host (src/) and the pages (src/webview/),
// and the small checks every page's `parse…Message` makes on what arrives (a message is input, not truth).

/** Something failed on the host while handling the page's request: the page shows `text`. */
export interface HostErrorMessage {
  readonly type: 'hostError';
  readonly text: string;
}

/** The page shows (or stops showing) that work is under way. */
export interface BusyMessage {
  readonly type: 'busy';
  readonly busy: boolean;
}

/** A short localized message: a confirmation or a problem. */
export interface NoticeMessage {
  readonly type: 'notice';
  readonly severity: 'info' | 'error';
  readonly text: string;
}

/** A plain object (not null, not an array), whose fields can be checked one by one. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids a page sends back (lesson, question, option ids) are at most this many UTF-16 code units. */
export const maxIdLength = 200;

/** A string of at most `maxLength` UTF-16 code units: ids and names from a page are short. */
export function isBoundedString(value: unknown, maxLength = maxIdLength): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

/** A whole number from 0 to `max`: counts, sizes, request ids. */
export function isCount(value: unknown, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}

/** One of the listed values (strings compared exactly). */
export function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** An array of at most `maxLength` entries, each passing `isEntry`. */
export function isListOf<T>(value: unknown, maxLength: number, isEntry: (entry: unknown) => entry is T): value is T[] {
  return Array.isArray(value) && value.length <= maxLength && value.every((entry) => isEntry(entry));
}
