// Separator lists copied from LangChain's RecursiveCharacterTextSplitter (@langchain/textsplitters
// 1.0.2, `getSeparatorsForLanguage`); unit tests check them against the library. JS and TS share
// LangChain's "js" list.
import type { SeparatorPreset } from './chunkTypes';

const presets: Record<Exclude<SeparatorPreset, 'custom'>, readonly string[]> = {
  default: ['\n\n', '\n', ' ', ''],
  markdown: ['\n## ', '\n### ', '\n#### ', '\n##### ', '\n###### ', '```\n\n', '\n\n***\n\n', '\n\n---\n\n', '\n\n___\n\n', '\n\n', '\n', ' ', ''],
  python: ['\nclass ', '\ndef ', '\n\tdef ', '\n\n', '\n', ' ', ''],
  js: ['\nfunction ', '\nconst ', '\nlet ', '\nvar ', '\nclass ', '\nif ', '\nfor ', '\nwhile ', '\nswitch ', '\ncase ', '\ndefault ', '\n\n', '\n', ' ', ''],
};

export const separatorPresetNames = ['default', 'markdown', 'python', 'js'] as const;

export function separatorsFor(preset: Exclude<SeparatorPreset, 'custom'>): readonly string[] {
  return presets[preset];
}

/** The preset that suits a VS Code language id (markdown, python, javascript, typescript...). */
export function presetForLanguage(languageId: string): Exclude<SeparatorPreset, 'custom'> {
  switch (languageId) {
    case 'markdown':
      return 'markdown';
    case 'python':
      return 'python';
    case 'javascript':
    case 'javascriptreact':
    case 'typescript':
    case 'typescriptreact':
      return 'js';
    default:
      return 'default';
  }
}

/** The LangChain language name a preset stands for, for "copy as code". */
export function langChainLanguageOf(preset: SeparatorPreset): string | undefined {
  return preset === 'markdown' || preset === 'python' || preset === 'js' ? preset : undefined;
}
