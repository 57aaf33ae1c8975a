// Separators shown one per line in a text area, with escapes a learner can type: \n, \t, \\.

export function separatorsToText(separators: readonly string[]): string {
  return separators.map((separator) => separator.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')).join('\n');
}

export function textToSeparators(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\\(\\|n|t|r)/g, (_match, escaped: string) => (escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped === 'r' ? '\r' : '\\')));
}
