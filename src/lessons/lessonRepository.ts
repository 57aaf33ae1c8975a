import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import { buildLessonCatalog, type LessonCatalog } from './lessonCatalog';
import { lessonLocaleFor } from './lessonLocale';
import { lessonProblemMessage } from './lessonProblemMessages';
import type { Lesson, LessonLocale, LessonModule, LessonProblem } from './lessonTypes';
import { parseLesson } from './parseLesson';
import { parseModules } from './parseModules';
import { affectsLessonSettings, readLessonSettings, type LessonSettings } from './lessonSettings';

export { lessonSettingKeys } from './lessonSettings';

interface LessonManifest {
  readonly locales: Readonly<Record<string, readonly string[]>>;
}

/** Lesson files larger than this are refused: a lesson is prose, not a data dump. */
const maxLessonBytes = 1024 * 1024;
/** Quiz files too: a quiz of a few dozen questions is a few kilobytes. */
const maxQuizBytes = 1024 * 1024;

/** A quiz file's text, or word that it was too large to read (the shape quiz/quizBanks.ts reads). */
export type QuizFileContents =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tooLarge'; readonly maxKilobytes: number };

/**
 * Loads the course's lessons (from the extension, listed in dist/lessons.json) and the user's own
 * lesson folders (trusted workspaces only) for the current lesson language. Problems in user files
 * go to the Problems panel with their line; such files are skipped and never stop the others.
 */
export class LessonRepository extends Disposable {
  private readonly diagnostics: vscode.DiagnosticCollection;
  private readonly quizDiagnostics: vscode.DiagnosticCollection;
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  private loaded: Promise<LessonCatalog> | undefined;
  private watchers: vscode.Disposable[] = [];
  private settings: LessonSettings = readLessonSettings();

  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly output: vscode.LogOutputChannel) {
    super();
    this.diagnostics = this._register(vscode.languages.createDiagnosticCollection('learnGenai.lessons'));
    this.quizDiagnostics = this._register(vscode.languages.createDiagnosticCollection('learnGenai.quizzes'));
    this._register(vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsLessonSettings(event)) {
        this.settings = readLessonSettings();
        this.reload();
      }
    }));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()));
    this._register({ dispose: () => this.disposeWatchers() });
  }

  get locale(): LessonLocale {
    return lessonLocaleFor(vscode.env.language, this.settings.language);
  }

  catalog(): Promise<LessonCatalog> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  /** Reloads now (not on next use), so problems in user lessons reach the Problems panel even with the tree closed. */
  reload(): void {
    this.loaded = undefined;
    void this.catalog();
    this.changeEmitter.fire();
  }

  /** The quiz file beside a lesson (`<lesson>.quiz.yaml`), whether or not it exists. */
  quizFile(lesson: Lesson): vscode.Uri {
    const uri = vscode.Uri.parse(lesson.source);
    return uri.with({ path: uri.path.replace(/\.md$/, '.quiz.yaml') });
  }

  /** Whether the lesson has a quiz file; looks at the file's entry only, never reads it. */
  async hasQuiz(lesson: Lesson): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(this.quizFile(lesson));
      return true;
    } catch {
      return false;
    }
  }

  /** A lesson's quiz file: its text, word that it is over the size limit (not read), or undefined when there is none. */
  async readQuizFile(lesson: Lesson): Promise<QuizFileContents | undefined> {
    const uri = this.quizFile(lesson);
    try {
      if ((await vscode.workspace.fs.stat(uri)).size > maxQuizBytes) {
        return { kind: 'tooLarge', maxKilobytes: maxQuizBytes / 1024 };
      }
      return { kind: 'text', text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
    } catch {
      return undefined;
    }
  }

  /** Puts a quiz file's problems (already in the learner's language) in the Problems panel; none clears them. */
  showQuizProblems(lesson: Lesson, problems: readonly { readonly line: number; readonly code: string; readonly message: string }[]): void {
    const uri = this.quizFile(lesson);
    this.quizDiagnostics.set(uri, problems.map((problem) => {
      const line = Math.max(0, problem.line - 1);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), problem.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Learn GenAI';
      diagnostic.code = problem.code;
      return diagnostic;
    }));
    if (problems.length > 0) {
      this.output.warn(`${uri.toString()}: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
    }
  }

  /** The folder a lesson's relative image paths resolve against. */
  lessonFolder(lesson: Lesson): vscode.Uri {
    return vscode.Uri.joinPath(vscode.Uri.parse(lesson.source), '..');
  }

  private async load(): Promise<LessonCatalog> {
    const locale = this.locale;
    const lessons: Lesson[] = [];
    const problemsBySource = new Map<string, LessonProblem[]>();
    const modules = await this.loadCourse(locale, lessons, problemsBySource);
    await this.loadUserFolders(lessons, problemsBySource);
    const { catalog, problems } = buildLessonCatalog({ modules, lessons, userModuleTitle: vscode.l10n.t('Your lessons') });
    for (const [source, list] of problems) {
      problemsBySource.set(source, [...(problemsBySource.get(source) ?? []), ...list]);
    }
    this.publishDiagnostics(problemsBySource);
    this.output.info(`Loaded ${catalog.lessons.length} lessons (${locale}); ${problemsBySource.size} file(s) with problems.`);
    return catalog;
  }

  private async loadCourse(locale: LessonLocale, lessons: Lesson[], problems: Map<string, LessonProblem[]>): Promise<LessonModule[]> {
    const manifest = await this.readJson<LessonManifest>(vscode.Uri.joinPath(this.extensionUri, 'dist', 'lessons.json'));
    const files = manifest?.locales[locale] ?? [];
    const folder = vscode.Uri.joinPath(this.extensionUri, 'lessons', locale);
    const modulesText = files.includes('modules.yaml') ? await this.readText(vscode.Uri.joinPath(folder, 'modules.yaml')) : undefined;
    const lessonFiles = files.filter((file) => file.endsWith('.md'));
    const texts = await Promise.all(lessonFiles.map((file) => this.readText(vscode.Uri.joinPath(folder, file))));
    lessonFiles.forEach((file, index) => {
      const text = texts[index];
      const source = vscode.Uri.joinPath(folder, file).toString();
      if (text !== undefined) {
        this.addParsed(parseLesson(text, source, false), source, lessons, problems);
      }
    });
    return modulesText ? parseModules(modulesText) : [];
  }

  /** The user lesson folders from the setting, resolved; none in an untrusted workspace. */
  userFolders(): vscode.Uri[] {
    if (!vscode.workspace.isTrusted) {
      return [];
    }
    return this.settings.extraFolders.flatMap((folder) => this.resolveFolder(folder) ?? []);
  }

  private async loadUserFolders(lessons: Lesson[], problems: Map<string, LessonProblem[]>): Promise<void> {
    this.disposeWatchers();
    if (this.settings.extraFolders.length > 0 && !vscode.workspace.isTrusted) {
      this.output.warn('User lesson folders are ignored until the workspace is trusted.');
    }
    for (const uri of this.userFolders()) {
      this.watch(uri);
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(uri);
      } catch (error) {
        this.output.warn(`Cannot read lesson folder ${uri.toString()}: ${String(error)}`);
        continue;
      }
      for (const [name, type] of entries) {
        if (type !== vscode.FileType.File || !name.endsWith('.md') || name.toLowerCase() === 'readme.md') {
          continue;
        }
        const file = vscode.Uri.joinPath(uri, name);
        if (await this.isTooLarge(file)) {
          problems.set(file.toString(), [{ code: 'tooLarge', params: { maxKilobytes: maxLessonBytes / 1024 }, line: 1 }]);
          continue;
        }
        const text = await this.readText(file);
        if (text !== undefined) {
          this.addParsed(parseLesson(text, file.toString(), true), file.toString(), lessons, problems);
        }
      }
    }
  }

  private addParsed(parsed: ReturnType<typeof parseLesson>, source: string, lessons: Lesson[], problems: Map<string, LessonProblem[]>): void {
    if (parsed.problems.length > 0) {
      problems.set(source, [...parsed.problems]);
    }
    if (parsed.lesson) {
      lessons.push(parsed.lesson);
    }
  }

  private resolveFolder(folder: string): vscode.Uri | undefined {
    if (/^[a-z][a-z0-9+.-]+:/i.test(folder)) {
      return vscode.Uri.parse(folder);
    }
    if (folder.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(folder)) {
      return vscode.Uri.file(folder);
    }
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
    return workspaceFolder ? vscode.Uri.joinPath(workspaceFolder.uri, folder) : undefined;
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers.splice(0)) {
      watcher.dispose();
    }
  }

  private watch(folder: vscode.Uri): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.md'));
    watcher.onDidChange(() => this.reload());
    watcher.onDidCreate(() => this.reload());
    watcher.onDidDelete(() => this.reload());
    this.watchers.push(watcher);
  }

  private publishDiagnostics(problems: ReadonlyMap<string, readonly LessonProblem[]>): void {
    this.diagnostics.clear();
    for (const [source, list] of problems) {
      const diagnostics = list.map((problem) => {
        const line = Math.max(0, problem.line - 1);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), lessonProblemMessage(problem), vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Learn GenAI';
        diagnostic.code = problem.code;
        return diagnostic;
      });
      this.diagnostics.set(vscode.Uri.parse(source), diagnostics);
      this.output.warn(`${source}: ${diagnostics.map((diagnostic) => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`).join('; ')}`);
    }
  }

  private async isTooLarge(uri: vscode.Uri): Promise<boolean> {
    try {
      return (await vscode.workspace.fs.stat(uri)).size > maxLessonBytes;
    } catch {
      return false;
    }
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.byteLength > maxLessonBytes) {
        this.output.warn(`${uri.toString()} is larger than ${maxLessonBytes} bytes and was skipped.`);
        return undefined;
      }
      return new TextDecoder().decode(bytes);
    } catch (error) {
      this.output.warn(`Cannot read ${uri.toString()}: ${String(error)}`);
      return undefined;
    }
  }

  private async readJson<T>(uri: vscode.Uri): Promise<T | undefined> {
    const text = await this.readText(uri);
    try {
      return text === undefined ? undefined : (JSON.parse(text) as T);
    } catch {
      return undefined;
    }
  }
}
