// Lint rules: typescript-eslint's recommended, type-aware set, plus the habits STYLE.md asks for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Host glue: the only files of src/ that may import `vscode` at runtime. Everything else under src/
 * is core, unit-tested in plain Node (STYLE.md pattern 1). Named by role: commands, panels,
 * providers, status bar, views, repositories and stores (VS Code storage), webview hosts, localized
 * labels and wording (vscode.l10n), configuration snapshots (*Settings), pickers, register*, and
 * three tokenizer-view helpers that hold editors and cancellation tokens.
 */
const hostGlue = 'src/**/{extension,extension*,vscode*,register*,*Command,*Commands,*Panel,*Provider,*StatusBar,*View,*Repository,*Store,*Host,*Label,*Labels,*Wording,*Settings,*Pickers,*ProblemMessages,editorFollower,tokenizerInput,tokenizerRequest}.ts';
const importRule = '@typescript-eslint/no-restricted-imports';
const vscodeInCore = { name: 'vscode', allowTypeImports: true, message: 'Core files never import vscode (only host glue does: see hostGlue in eslint.config.mjs). Pass what you need in, or name the file for its host role.' };

/** `patterns` for every file in `folders`, plus the vscode ban for its core files. */
function restrictImports(folders, patterns) {
  return [
    { files: folders, ignores: [hostGlue], rules: { [importRule]: ['error', { paths: [vscodeInCore], patterns }] } },
    { files: folders.map((folder) => [folder, hostGlue]), rules: { [importRule]: ['error', { patterns }] } },
  ];
}

/** Lower layers (common, tokenEngine, progress) never import up into a feature. */
const upward = (regex) => [{ regex, message: 'A lower layer (common, tokenEngine, progress) may not import from a feature; move the shared piece down.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.vscode-test-web/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Message unions are grouped per direction in namespaces, as in VS Code's markdown extension.
      '@typescript-eslint/no-namespace': 'off',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      curly: 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Use a crypto source (nonces) or a seeded generator (tests).' },
      ],
    },
  },
  ...restrictImports(['src/**/*.ts'], []),
  ...restrictImports(['src/common/**/*.ts'], upward('^\\.\\./(?!common/)')),
  ...restrictImports(['src/tokenEngine/*.ts'], upward('^\\.\\./')),
  ...restrictImports(['src/tokenEngine/*/*.ts'], upward('^\\.\\./\\.\\./')),
  ...restrictImports(['src/progress/**/*.ts'], upward('^\\.\\./(?!common/|tokenEngine$|commandIds$)')),
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', performance: 'readonly' } },
  },
);
