import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { Disposable } from '../common/disposable';
import type { ProgressStore } from '../progress/progressStore';
import type { LessonRepository } from './lessonRepository';
import { lessonTooltipMarkdown } from './lessonTooltip';
import type { Lesson, LessonModule } from './lessonTypes';

type LessonTreeNode = { readonly kind: 'module'; readonly module: LessonModule } | { readonly kind: 'lesson'; readonly lesson: Lesson };

/** The "Lessons" tree: modules, then lessons with their state, reading time and due reviews. */
export class LessonTreeProvider extends Disposable implements vscode.TreeDataProvider<LessonTreeNode> {
  static readonly viewId = 'learnGenai.lessons';

  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly view: vscode.TreeView<LessonTreeNode>;

  constructor(private readonly repository: LessonRepository, private readonly progress: ProgressStore) {
    super();
    this.view = this._register(vscode.window.createTreeView(LessonTreeProvider.viewId, { treeDataProvider: this, showCollapseAll: true }));
    this._register(repository.onDidChange(() => this.refresh()));
    this._register(progress.onDidChange(() => this.refresh()));
    this.refresh();
  }

  refresh(): void {
    this.changeEmitter.fire();
    this.updateBadge();
  }

  async getChildren(node?: LessonTreeNode): Promise<LessonTreeNode[]> {
    const catalog = await this.repository.catalog();
    if (!node) {
      return catalog.modules.map((module) => ({ kind: 'module', module }));
    }
    if (node.kind === 'module') {
      return catalog.lessonsIn(node.module.id).map((lesson) => ({ kind: 'lesson', lesson }));
    }
    return [];
  }

  getTreeItem(node: LessonTreeNode): vscode.TreeItem {
    return node.kind === 'module' ? this.moduleItem(node.module) : this.lessonItem(node.lesson);
  }

  private moduleItem(module: LessonModule): vscode.TreeItem {
    const item = new vscode.TreeItem(module.title, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `module:${module.id}`;
    item.contextValue = 'module';
    item.iconPath = new vscode.ThemeIcon('folder-library');
    return item;
  }

  private lessonItem(lesson: Lesson): vscode.TreeItem {
    const item = new vscode.TreeItem(lesson.title, vscode.TreeItemCollapsibleState.None);
    item.id = `lesson:${lesson.id}`;
    const read = this.progress.isRead(lesson.id);
    const passed = this.progress.isPassed(lesson.id);
    const best = this.progress.bestScore(lesson.id);
    const due = this.progress.dueCount(lesson.id);
    const percent = new Intl.NumberFormat(vscode.env.language, { style: 'percent', maximumFractionDigits: 0 });
    const state = passed
      ? vscode.l10n.t('Quiz passed ({0})', percent.format(best ?? 0))
      : read
        ? vscode.l10n.t('Read')
        : vscode.l10n.t('Not started');
    const parts = [vscode.l10n.t('{0} min', lesson.minutes)];
    if (best !== undefined) {
      parts.push(percent.format(best));
    }
    if (due > 0) {
      parts.push(vscode.l10n.t('{0} due', due));
    }
    item.description = parts.join(' · ');
    item.iconPath = passed
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : read
        ? new vscode.ThemeIcon('check')
        : new vscode.ThemeIcon('circle-large-outline');
    item.tooltip = new vscode.MarkdownString(lessonTooltipMarkdown(lesson.title, `${state} · ${parts.join(' · ')}`, lesson.examObjective));
    item.accessibilityInformation = { label: `${lesson.title}, ${state}, ${parts.join(', ')}` };
    item.contextValue = read ? 'lesson.read' : 'lesson.unread';
    item.command = { command: CommandIds.openLesson, title: vscode.l10n.t('Open Lesson'), arguments: [{ lessonId: lesson.id }] };
    return item;
  }

  private updateBadge(): void {
    const due = this.progress.dueCount();
    this.view.badge = due > 0 ? { value: due, tooltip: vscode.l10n.t('{0} questions due for review', due) } : undefined;
  }
}

export type { LessonTreeNode };
