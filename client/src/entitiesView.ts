import * as vscode from 'vscode';
import {
  EntitiesRequest,
  EntityMentionsRequest,
  type ArticleMentions,
  type EntitiesResult,
  type EntitySummary,
  type EntityType,
  type MentionSite,
} from '../../server/src/protocol';
import type { TreeSnapshot } from './api';
import { isArticleDocument, toRange, type LanguageServer } from './languageServer';

// The Entities view in the Explorer: people, places and organizations of the active article or of the
// whole workspace, each expanding to its mentions by article. The server lists them; this only shows them.

export const ENTITIES_VIEW_ID = 'articleLens.entities';
export const OPEN_MENTION_COMMAND = 'articleLens.openMention';

export type EntitiesScope = 'article' | 'workspace';

type EntityNode =
  | { kind: 'group'; type: EntityType; entities: EntitySummary[] }
  /** `key` names the entity across refreshes (ids are renumbered as the index changes), so it stays expanded. */
  | { kind: 'entity'; entity: EntitySummary; key: string }
  | { kind: 'article'; key: string; article: ArticleMentions }
  | { kind: 'mention'; article: ArticleMentions; mention: MentionSite };

const GROUPS: Array<{ type: EntityType; label: string; icon: string }> = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'place', label: 'Places', icon: 'location' },
  { type: 'organization', label: 'Organizations', icon: 'organization' },
];

const SCOPE_KEY = 'articleLens.entitiesScope';

export class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<EntityNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private scope: EntitiesScope;
  private filter = '';
  /** The article the view follows: the last active editor that could be one. */
  private article: vscode.Uri | undefined;
  /** Mentions asked for since the last refresh, by entity id. */
  private mentions = new Map<string, Promise<ArticleMentions[]>>();

  constructor(private readonly server: LanguageServer, private readonly state: vscode.Memento) {
    this.scope = state.get<EntitiesScope>(SCOPE_KEY, 'article');
    this.view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    const editor = vscode.window.activeTextEditor;
    if (editor && isArticleDocument(editor.document)) this.article = editor.document.uri;
    this.disposables.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // Focus on a panel or a non-article keeps the last article in view.
        if (!e || !isArticleDocument(e.document) || e.document.uri.toString() === this.article?.toString()) return;
        this.article = e.document.uri;
        if (this.scope === 'article') this.refresh();
      }),
    );
    void this.updateContext();
  }

  refresh(): void {
    this.mentions.clear();
    this.changed.fire(undefined);
  }

  setScope(scope: EntitiesScope): void {
    this.scope = scope;
    void this.state.update(SCOPE_KEY, scope);
    void this.updateContext();
    this.refresh();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    void this.updateContext();
    this.refresh();
  }

  getFilter(): string {
    return this.filter;
  }

  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${ENTITIES_VIEW_ID}.focus`);
  }

  private async updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'articleLens.entitiesScope', this.scope);
    await vscode.commands.executeCommand('setContext', 'articleLens.entitiesFiltered', this.filter !== '');
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) return this.roots();
    if (node.kind === 'group') {
      // Two people may share a name without being one: their keys tell them apart.
      const seen = new Set<string>();
      return node.entities.map((entity) => {
        let key = `${entity.type}:${entity.name}`;
        if (seen.has(key)) key += `:${entity.id}`;
        seen.add(key);
        return { kind: 'entity', entity, key };
      });
    }
    if (node.kind === 'entity') return (await this.mentionsOf(node.entity)).map((article) => ({ kind: 'article', key: node.key, article }));
    if (node.kind === 'article') return node.article.mentions.map((mention) => ({ kind: 'mention', article: node.article, mention }));
    return [];
  }

  private async roots(): Promise<EntityNode[]> {
    const uri = this.scope === 'article' ? this.article?.toString() : undefined;
    const result: EntitiesResult =
      this.scope === 'article' && !uri ? { found: false, entities: [] } : await this.server.request<EntitiesResult>(EntitiesRequest, { uri }, { found: false, entities: [] });
    const needle = this.filter.toLocaleLowerCase();
    const shown = needle ? result.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLocaleLowerCase().includes(needle))) : result.entities;

    const where = this.scope === 'workspace' ? 'Workspace' : this.article ? fileName(this.article) : 'No article';
    this.view.description = this.filter ? `${where} · “${this.filter}”` : where;
    if (this.scope === 'article' && !result.found) this.view.message = this.article ? `${fileName(this.article)} is not an indexed article.` : 'Open an article to see its entities.';
    else if (this.filter) this.view.message = `Filtered by “${this.filter}”: ${shown.length} of ${result.entities.length} entities.`;
    else this.view.message = undefined;

    return GROUPS.map(({ type }) => ({ kind: 'group' as const, type, entities: shown.filter((e) => e.type === type) })).filter((g) => g.entities.length > 0);
  }

  private mentionsOf(entity: EntitySummary): Promise<ArticleMentions[]> {
    let found = this.mentions.get(entity.id);
    if (!found) {
      const uri = this.scope === 'article' ? this.article?.toString() : undefined;
      found = this.server.request<ArticleMentions[]>(EntityMentionsRequest, { id: entity.id, name: entity.name, uri }, []);
      this.mentions.set(entity.id, found);
    }
    return found;
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const group = GROUPS.find((g) => g.type === node.type)!;
        const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.type}`;
        item.description = String(node.entities.length);
        item.iconPath = new vscode.ThemeIcon(group.icon);
        return item;
      }
      case 'entity': {
        const { entity } = node;
        const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${node.key}`;
        item.description = entityCounts(entity);
        // Plain strings, never Markdown: names come from untrusted article text.
        item.tooltip = [entity.name, entity.titles.length ? `Titles: ${entity.titles.join(' · ')}` : '', entity.aliases.length ? `Also written: ${entity.aliases.join(' · ')}` : '']
          .filter(Boolean)
          .join('\n');
        item.iconPath = new vscode.ThemeIcon(GROUPS.find((g) => g.type === entity.type)!.icon);
        item.contextValue = 'entity';
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(node.article.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `article:${node.key}:${node.article.uri}`;
        item.resourceUri = vscode.Uri.parse(node.article.uri);
        const n = node.article.mentions.length;
        item.description = `${n} mention${n === 1 ? '' : 's'}${this.article?.toString() === node.article.uri ? ' · this article' : ''}`;
        return item;
      }
      case 'mention': {
        const { mention, article } = node;
        const item = new vscode.TreeItem({ label: mention.context, highlights: [mention.highlight] }, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${mention.range.start.line + 1}`;
        item.tooltip = `${article.label}, line ${mention.range.start.line + 1}`;
        item.command = { command: OPEN_MENTION_COMMAND, title: 'Go to Mention', arguments: [article.uri, mention.range] };
        return item;
      }
    }
  }

  /** What the view shows, as plain data, down to `depth` levels (groups are level 1). */
  async snapshot(depth = 2): Promise<TreeSnapshot[]> {
    const walk = async (nodes: EntityNode[], level: number): Promise<TreeSnapshot[]> =>
      Promise.all(
        nodes.map(async (node) => {
          const item = this.getTreeItem(node);
          const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
          const snapshot: TreeSnapshot = { label };
          if (item.description !== undefined && item.description !== false) snapshot.description = String(item.description);
          if (typeof item.tooltip === 'string') snapshot.tooltip = item.tooltip;
          if (level < depth && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) snapshot.children = await walk(await this.getChildren(node), level + 1);
          return snapshot;
        }),
      );
    return walk(await this.getChildren(), 1);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function entityCounts(entity: EntitySummary): string {
  const mentions = (n: number) => `${n} mention${n === 1 ? '' : 's'}`;
  const articles = `${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'}`;
  return entity.mentionsInArticle !== undefined ? `${entity.mentionsInArticle} here · ${entity.mentionCount} in ${articles}` : `${mentions(entity.mentionCount)} · ${articles}`;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** Opens an article at a mention, the name selected. */
export async function openMention(uri: string, range: Parameters<typeof toRange>[0]): Promise<void> {
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: toRange(range), preview: true });
}
