// One fresh process: loads a bundled extension.js with a stand-in `vscode` module and times the
// load (parse + top-level code) and `activate()` up to its returned promise. The stand-in answers
// every API call with another stand-in, except the few activation reads for real: the extension's
// files (workspace.fs.readFile) and Uri paths. It measures the extension's own work at activation,
// not VS Code's. Prints JSON {loadMs, activateMs}.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

const [bundle, extensionRoot] = process.argv.slice(2);

function standIn(name) {
  const callable = function () { return standIn(`${name}()`); };
  return new Proxy(callable, {
    get(_target, key) {
      if (key === 'then') return undefined; // not a promise: `await standIn` must not hang
      if (key === Symbol.toPrimitive) return () => name;
      if (key === Symbol.iterator) return function* () {};
      return standIn(`${name}.${String(key)}`);
    },
    apply: () => standIn(`${name}()`),
    construct: () => standIn(`new ${name}`),
    set: () => true,
    defineProperty: () => true,
  });
}

const uri = (fsPath) => ({ fsPath, path: fsPath, scheme: 'file', toString: () => `file://${fsPath}`, with: () => uri(fsPath) });
const real = {
  Uri: { joinPath: (base, ...parts) => uri(path.join(base.fsPath, ...parts)), file: uri, parse: (value) => uri(value) },
  workspace: new Proxy({}, { get: (_target, key) => (key === 'fs' ? { readFile: async (file) => fs.readFileSync(file.fsPath) } : standIn(`workspace.${String(key)}`)) }),
  l10n: { t: (message) => (typeof message === 'string' ? message : String(message?.message)) },
  env: { language: 'en', uiKind: 1 },
};
// esbuild's CommonJS interop copies the module's own property names, so the stand-in lists them.
const apiNames = ['window', 'workspace', 'commands', 'languages', 'env', 'l10n', 'Uri', 'EventEmitter', 'Disposable', 'CodeActionKind', 'StatusBarAlignment',
  'ThemeColor', 'ThemeIcon', 'MarkdownString', 'Range', 'Position', 'Selection', 'CodeLens', 'CodeAction', 'Diagnostic', 'DiagnosticSeverity', 'QuickPickItemKind',
  'ConfigurationTarget', 'ViewColumn', 'TreeItem', 'TreeItemCollapsibleState', 'CancellationTokenSource', 'Hover', 'ExtensionMode', 'extensions', 'ProgressLocation',
  'RelativePattern', 'FileType', 'TextEditorRevealType', 'DecorationRangeBehavior', 'OverviewRulerLane', 'SnippetString', 'WorkspaceEdit', 'UIKind', 'version'];
const vscode = {};
for (const name of apiNames) {
  Object.defineProperty(vscode, name, { enumerable: true, get: () => real[name] ?? standIn(name) });
}
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const started = performance.now();
const extension = require(path.resolve(bundle));
const loaded = performance.now();
const context = { extensionUri: uri(path.resolve(extensionRoot)), subscriptions: [], globalState: standIn('globalState'), workspaceState: standIn('workspaceState') };
Promise.resolve(extension.activate(context)).then(() => {
  process.stdout.write(JSON.stringify({ loadMs: loaded - started, activateMs: performance.now() - loaded }));
  process.exit(0);
}, (error) => {
  process.stderr.write(`activate failed: ${String(error)}\n`);
  process.exit(1);
});
