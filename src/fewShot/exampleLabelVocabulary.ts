/** The label words that mark an example's input and output, in English and Portuguese. */

export type LabelSide = 'input' | 'output';

interface LabelPair {
  readonly input: string;
  readonly output: string;
}

// A group holds spellings of one convention, so `Question:` followed by `A:` still pairs up.
const labelGroups: readonly (readonly LabelPair[])[] = [
  [{ input: 'Input', output: 'Output' }],
  [{ input: 'Q', output: 'A' }, { input: 'Question', output: 'Answer' }],
  [{ input: 'User', output: 'Assistant' }, { input: 'Human', output: 'Assistant' }],
  [{ input: 'Entrada', output: 'Saída' }],
  [{ input: 'Pergunta', output: 'Resposta' }, { input: 'P', output: 'R' }],
  [{ input: 'Usuário', output: 'Assistente' }],
];

// Lines that only say who speaks the instruction; their label is dropped, their text kept.
const instructionLabelWords: readonly string[] = [
  'system', 'instruction', 'instructions', 'sistema', 'instrução', 'instruções',
];

export interface LabelMatch {
  readonly groupIndex: number;
  readonly side: LabelSide;
  /** The label the other side of the pair usually has, to fill in one the prompt left out. */
  readonly counterpart: string;
}

/** Lower case without accents, so `SAÍDA`, `Saída` and `saida` are one label. */
export function labelKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const labelMatchesByKey: ReadonlyMap<string, LabelMatch> = buildLabelIndex();

function buildLabelIndex(): Map<string, LabelMatch> {
  const index = new Map<string, LabelMatch>();
  labelGroups.forEach((pairs, groupIndex) => {
    for (const pair of pairs) {
      const inputKey = labelKey(pair.input);
      const outputKey = labelKey(pair.output);
      if (!index.has(inputKey)) {
        index.set(inputKey, { groupIndex, side: 'input', counterpart: pair.output });
      }
      if (!index.has(outputKey)) {
        index.set(outputKey, { groupIndex, side: 'output', counterpart: pair.input });
      }
    }
  });
  return index;
}

export function matchExampleLabel(word: string): LabelMatch | undefined {
  return labelMatchesByKey.get(labelKey(word));
}

const instructionLabelKeys: ReadonlySet<string> = new Set(instructionLabelWords.map(labelKey));

export function isInstructionLabel(word: string): boolean {
  return instructionLabelKeys.has(labelKey(word));
}

/** Writes `canonical` in the letter case the prompt used (`INPUT` gives `OUTPUT`). */
export function inLetterCaseOf(canonical: string, written: string): string {
  if (written.length > 1 && written === written.toUpperCase()) {
    return canonical.toUpperCase();
  }
  if (written === written.toLowerCase()) {
    return canonical.toLowerCase();
  }
  return canonical;
}
