// Counts the work the regular-expression engine is handed, so a test can bound parsing cost by
// counting rather than by a stopwatch that flakes on a busy CI machine.

export interface RegexWork {
  calls: number;
  /** Characters between where each search started and where it stopped (match end, or subject end). */
  scannedCharacters: number;
}

/**
 * Every regex method (test, match, replace, split ...) reaches `RegExp.prototype.exec` once the
 * prototype is patched, so wrapping it sees all of them.
 */
export function measureRegexWork(run: () => void): RegexWork {
  const originalExec = RegExp.prototype.exec;
  const work: RegexWork = { calls: 0, scannedCharacters: 0 };
  RegExp.prototype.exec = function countedExec(this: RegExp, subject: string): RegExpExecArray | null {
    const start = this.global || this.sticky ? this.lastIndex : 0;
    const result = originalExec.call(this, subject);
    work.calls += 1;
    if (result !== null) {
      work.scannedCharacters += result.index + result[0].length - start;
    } else {
      // A failed sticky search tries one position only; a failed free search reads to the end.
      work.scannedCharacters += this.sticky ? 1 : String(subject).length - start;
    }
    return result;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = originalExec;
  }
  return work;
}
