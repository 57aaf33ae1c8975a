import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import type { LessonRepository } from '../lessons/lessonRepository';
import type { LessonLocale } from '../lessons/lessonTypes';
import { createGlossary } from './createGlossary';
import { glossaryProblemMessage } from './glossaryProblemMessages';
import type { Glossary, GlossaryEntry, GlossaryProblem } from './glossaryTypes';
import { parseGlossary } from './parseGlossary';

interface GlossaryManifest {
  readonly glossary?: readonly string[];
}

/** A glossary is a few hundred kilobytes at most; anything larger is not one. */
const maxGlossaryBytes = 1024 * 1024;

/**
 * Loads the course glossary (`lessons/glossary/<locale>.yaml`, listed in dist/lessons.json so VS Code
 * for the Web can fetch it) and the `glossary/<locale>.yaml` of each user lesson folder. User entries
 * add to the course's; their problems go to the Problems panel and never hide the course's entries.
 */
export class GlossaryRepository extends Disposable {
  private readonly diagnostics: vscode.DiagnosticCollection;
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  private readonly loaded = new Map<LessonLocale, Promise<Glossary>>();
  private readonly problemsBySource = new Map<string, readonly GlossaryProblem[]>();
  private watchers: vscode.Disposable[] = [];

  /** Fires when the glossaries should be read again (settings, trust or a user glossary changed). */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly lessons: LessonRepository, private readonly output: vscode.LogOutputChannel) {
    super();
    this.diagnostics = this._register(vscode.languages.createDiagnosticCollection('learnGenai.glossary'));
    this._register(lessons.onDidChange(() => this.reload()));
    this._register({ dispose: () => this.disposeWatchers() });
    this.watchUserFolders();
  }

  get(locale: LessonLocale): Promise<Glossary> {
    let glossary = this.loaded.get(locale);
    if (!glossary) {
      glossary = this.load(locale);
      this.loaded.set(locale, glossary);
    }
    return glossary;
  }

  reload(): void {
    this.loaded.clear();
    this.problemsBySource.clear();
    this.diagnostics.clear();
    this.watchUserFolders();
    // Loads the lesson language now, so problems in a learner's glossary show without a hover first.
    void this.get(this.lessons.locale);
    this.changeEmitter.fire();
  }

  private async load(locale: LessonLocale): Promise<Glossary> {
    const entries: GlossaryEntry[] = [];
    const manifest = await this.readJson<GlossaryManifest>(vscode.Uri.joinPath(this.extensionUri, 'dist', 'lessons.json'));
    const file = `${locale}.yaml`;
    if (manifest?.glossary?.includes(file)) {
      const uri = vscode.Uri.joinPath(this.extensionUri, 'lessons', 'glossary', file);
      const text = await this.readText(uri, false);
      if (text !== undefined) {
        this.addParsed(uri, text, entries);
      }
    } else {
      this.output.warn(`The course glossary ${file} is missing from dist/lessons.json.`);
    }
    for (const folder of this.lessons.userFolders()) {
      const uri = vscode.Uri.joinPath(folder, 'glossary', file);
      const text = await this.readText(uri, true);
      if (text !== undefined) {
        this.addParsed(uri, text, entries);
      }
    }
    this.output.info(`Loaded ${entries.length} glossary entries (${locale}).`);
    return createGlossary(locale, entries);
  }

  private addParsed(uri: vscode.Uri, text: string, entries: GlossaryEntry[]): void {
    const parsed = parseGlossary(text, uri.toString(), { existing: entries });
    entries.push(...parsed.entries);
    this.publish(uri, parsed.problems);
  }

  private publish(uri: vscode.Uri, problems: readonly GlossaryProblem[]): void {
    this.problemsBySource.set(uri.toString(), problems);
    this.diagnostics.set(uri, problems.map((problem) => {
      const line = Math.max(0, problem.line - 1);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), glossaryProblemMessage(problem), vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Learn GenAI';
      diagnostic.code = problem.code;
      return diagnostic;
    }));
    if (problems.length > 0) {
      this.output.warn(`${uri.toString()}: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
    }
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers.splice(0)) {
      watcher.dispose();
    }
  }

  private watchUserFolders(): void {
    this.disposeWatchers();
    this.watchers = this.lessons.userFolders().map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, 'glossary/*.yaml'));
      const reload = () => this.reload();
      watcher.onDidChange(reload);
      watcher.onDidCreate(reload);
      watcher.onDidDelete(reload);
      return watcher;
    });
  }

  /** Undefined when the file is absent (normal for user folders), unreadable or too large (reported). */
  private async readText(uri: vscode.Uri, optional: boolean): Promise<string | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      if (!optional) {
        this.output.warn(`Cannot read ${uri.toString()}: ${String(error)}`);
      }
      return undefined;
    }
    if (bytes.byteLength > maxGlossaryBytes) {
      this.output.warn(`${uri.toString()} is larger than ${maxGlossaryBytes} bytes and was skipped.`);
      this.diagnostics.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), vscode.l10n.t('This glossary file is larger than {0} KB and was skipped.', maxGlossaryBytes / 1024), vscode.DiagnosticSeverity.Error)]);
      return undefined;
    }
    return new TextDecoder().decode(bytes);
  }

  private async readJson<T>(uri: vscode.Uri): Promise<T | undefined> {
    const text = await this.readText(uri, false);
    try {
      return text === undefined ? undefined : (JSON.parse(text) as T);
    } catch {
      return undefined;
    }
  }
}
