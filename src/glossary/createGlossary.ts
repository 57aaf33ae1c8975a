import type { Glossary, GlossaryEntry } from './glossaryTypes';

/** Builds the lookups once, so a hover asks a map rather than scanning every entry. */
export function createGlossary(locale: string, entries: readonly GlossaryEntry[]): Glossary {
  const byId = new Map<string, GlossaryEntry>();
  const byCode = new Map<string, GlossaryEntry>();
  const byCodeFolded = new Map<string, GlossaryEntry>();
  const byWord = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const name of entry.codeNames) {
      setFirst(byCode, name, entry);
      setFirst(byCodeFolded, name.toLowerCase(), entry);
    }
    for (const word of [...entry.aliases, entry.term]) {
      setFirst(byWord, normalizeWord(word), entry);
    }
  }
  return {
    locale,
    entries,
    byId: (id) => byId.get(id),
    byCodeName: (name) => byCode.get(name) ?? byCodeFolded.get(name.toLowerCase()),
    byAlias: (word) => byWord.get(normalizeWord(word)),
  };
}

/** Case and runs of spaces do not change which term a word names. */
function normalizeWord(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The first entry to claim a name keeps it: course entries load before a learner's own. */
function setFirst(map: Map<string, GlossaryEntry>, key: string, entry: GlossaryEntry): void {
  if (!map.has(key)) {
    map.set(key, entry);
  }
}
