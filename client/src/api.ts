import type { IndexStatus, TimelineModel } from '../../server/src/protocol';

// What `activate()` returns: a small API for extension tests (and other extensions) to see what the
// views show without reading pixels. Everything is plain data.
//
//   const api = await vscode.extensions.getExtension('article-lens.article-lens')!.activate() as ArticleLensApi;
//   await api.whenIndexed();                      // { indexing: false, articles: 5, entities: 42, failed: 0 }
//   await api.entitiesTree();                     // [{ label: 'People', description: '8', children: [
//                                                 //    { label: 'Sergey Lavrov', description: '23 mentions · 5 articles' }, …] }, …]
//   await api.entitiesTree(4);                    // … expanded to articles and mentions (label: the line)
//   await api.timelineModel();                    // { events: [{ label, disputed, claims: [{ written, conflicting, … }] }], … }
//   api.lastTimelineHtml();                       // the Timeline panel's last HTML, or undefined before it opened
//
// The tree follows the view's state: its scope (the active article, or the workspace: commands
// articleLens.showArticleEntities / articleLens.showWorkspaceEntities) and its filter
// (articleLens.filterEntities takes the text as an argument, articleLens.clearEntityFilter).

export interface ArticleLensApi {
  /** Resolves once the language server has indexed the workspace (at once when no scan is running). */
  whenIndexed(): Promise<IndexStatus>;
  /** The Entities view's items: groups by type, their entities and, with depth 3 or 4, articles and mentions. */
  entitiesTree(depth?: number): Promise<TreeSnapshot[]>;
  /** The data the Timeline view draws, fresh from the server. */
  timelineModel(): Promise<TimelineModel>;
  /** The HTML the Timeline panel was last given. */
  lastTimelineHtml(): string | undefined;
}

export interface TreeSnapshot {
  label: string;
  description?: string;
  tooltip?: string;
  children?: TreeSnapshot[];
}
