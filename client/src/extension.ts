import * as vscode from 'vscode';
import { AnalysisJsonRequest, ReportRequest, type ContractAnalysis, type IndexStatus } from '../../server/src/protocol';
import type { ArticleLensApi } from './api';
import { EntitiesView, openMention, OPEN_MENTION_COMMAND } from './entitiesView';
import { isArticleDocument, LanguageServer } from './languageServer';
import { TimelinePanel } from './timeline/panel';

// Starts the Article Lens language server and shows what it finds: status bar, Entities view, Timeline,
// commands. No analysis happens in the client.

let server: LanguageServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ArticleLensApi> {
  const output = vscode.window.createOutputChannel('Article Lens');
  context.subscriptions.push(output);
  // The Entities view shows in the Explorer only where the extension has something to say.
  void vscode.commands.executeCommand('setContext', 'articleLens.active', true);

  const languageServer = new LanguageServer(context, output);
  server = languageServer;
  const entities = new EntitiesView(languageServer, context.workspaceState);
  const timeline = new TimelinePanel(languageServer);
  const statusItem = createStatusItem();
  context.subscriptions.push(entities, timeline, statusItem);

  context.subscriptions.push(
    languageServer.onStatus((status) => {
      showStatus(statusItem, status);
      // Only a finished index is worth drawing; progress reports come many times a second.
      if (status.indexing) return;
      entities.refresh();
      void timeline.refresh();
    }),
  );

  const command = (id: string, run: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  command('articleLens.reindex', async () => {
    statusItem.text = '$(sync~spin) Article Lens: indexing…';
    const status = await languageServer.reindex();
    output.appendLine(`Re-indexed: ${status.articles} articles, ${status.entities} entities, ${status.failed} unreadable.`);
    return status;
  });
  command('articleLens.showOutput', () => output.show(true));
  command('articleLens.showEntities', () => entities.reveal());
  command('articleLens.showTimeline', () => timeline.show());
  // The code lens's command: the views on the article it sits on, the timeline when its sources disagree.
  command('articleLens.showViews', async (_uri?: string, conflicts?: number) => {
    await entities.reveal();
    if (typeof conflicts === 'number' && conflicts > 0) await timeline.show(true);
  });
  command('articleLens.filterEntities', async (text?: string) => {
    const filter =
      typeof text === 'string'
        ? text
        : await vscode.window.showInputBox({ title: 'Filter Entities', prompt: 'Show the entities whose name or another spelling contains this text', value: entities.getFilter(), placeHolder: 'e.g. Lavrov' });
    if (filter !== undefined) entities.setFilter(filter);
  });
  command('articleLens.clearEntityFilter', () => entities.setFilter(''));
  command('articleLens.showArticleEntities', () => entities.setScope('article'));
  command('articleLens.showWorkspaceEntities', () => entities.setScope('workspace'));
  command(OPEN_MENTION_COMMAND, openMention);
  command('articleLens.copyAnalysisJson', (uri?: vscode.Uri) => copyAnalysisJson(languageServer, uri));
  command('articleLens.exportReport', (target?: vscode.Uri) => exportReport(languageServer, target));

  await languageServer.whenStarted();
  return {
    whenIndexed: () => languageServer.whenIndexed(),
    entitiesTree: (depth?: number) => entities.snapshot(depth),
    timelineModel: () => timeline.fetchModel(),
    lastTimelineHtml: () => timeline.lastHtml(),
  };
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}

function createStatusItem(): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('articleLens.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Article Lens';
  item.command = 'articleLens.reindex';
  item.text = '$(sync~spin) Article Lens';
  item.tooltip = 'Article Lens is starting';
  item.show();
  return item;
}

function showStatus(item: vscode.StatusBarItem, status: IndexStatus): void {
  if (status.indexing) {
    const progress = status.progress ? ` ${status.progress.done}/${status.progress.total}` : '…';
    item.text = `$(sync~spin) Article Lens: indexing${progress}`;
    item.tooltip = 'Article Lens is indexing the workspace';
    return;
  }
  const entities = status.entities === undefined ? 'linking names…' : `${status.entities} entit${status.entities === 1 ? 'y' : 'ies'}`;
  const counts = `${status.articles} article${status.articles === 1 ? '' : 's'} · ${entities}`;
  item.text = `$(book) ${counts}`;
  item.tooltip = `Article Lens: ${counts}${status.failed ? ` · ${status.failed} unreadable` : ''}\nClick to re-index the workspace`;
}

/** The article's analysis in the contract's JSON on the clipboard; returns the JSON (for tests and scripts). */
async function copyAnalysisJson(languageServer: LanguageServer, uri?: vscode.Uri): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const target = uri instanceof vscode.Uri ? uri : document && isArticleDocument(document) ? document.uri : undefined;
  const analysis = target && (await languageServer.request<ContractAnalysis | null>(AnalysisJsonRequest, { uri: target.toString() }, null));
  if (!analysis) {
    void vscode.window.showWarningMessage('Article Lens: the active editor is not an indexed article.');
    return undefined;
  }
  const json = JSON.stringify(analysis, null, 2);
  await vscode.env.clipboard.writeText(json);
  void vscode.window.setStatusBarMessage(`Article Lens: copied the analysis of ${analysis.documents[0].path} as JSON`, 4000);
  return json;
}

/**
 * The workspace's text report in a new untitled editor, to read or save where the user likes (saved as a
 * .txt among the articles, it would be indexed as one); with a file URI, written to that file instead.
 */
async function exportReport(languageServer: LanguageServer, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const report = await languageServer.request<string>(ReportRequest, null, '');
  if (!report) {
    void vscode.window.showWarningMessage('Article Lens: no indexed articles to report on.');
    return undefined;
  }
  if (target instanceof vscode.Uri) {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report));
    return target;
  }
  const document = await vscode.workspace.openTextDocument({ content: report, language: 'plaintext' });
  await vscode.window.showTextDocument(document);
  return document.uri;
}
