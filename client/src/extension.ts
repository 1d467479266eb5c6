import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ReindexRequest, StatusNotification, type IndexStatus } from '../../server/src/protocol';

// Starts the Article Lens language server and shows what it is doing. No analysis happens in the client.

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Article Lens');
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath(path.join('out', 'server', 'src', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Articles are .article/.news files, and .txt (and, when included by the settings, Markdown) files;
    // the server decides with articleLens.include/exclude which of them it indexes.
    documentSelector: [
      { language: 'article' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'articleLens',
    },
    outputChannel: output,
  };

  client = new LanguageClient('articleLens', 'Article Lens', serverOptions, clientOptions);

  const statusItem = vscode.window.createStatusBarItem('articleLens.status', vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'Article Lens';
  statusItem.command = 'articleLens.reindex';
  statusItem.text = '$(sync~spin) Article Lens';
  statusItem.tooltip = 'Article Lens is starting';
  statusItem.show();
  context.subscriptions.push(statusItem);

  const showStatus = (status: IndexStatus) => {
    const counts = `${status.articles} article${status.articles === 1 ? '' : 's'} · ${status.entities} entit${status.entities === 1 ? 'y' : 'ies'}`;
    statusItem.text = status.indexing ? `$(sync~spin) Article Lens: indexing…` : `$(book) ${counts}`;
    statusItem.tooltip = status.indexing
      ? 'Article Lens is indexing the workspace'
      : `Article Lens: ${counts}${status.failed ? ` · ${status.failed} unreadable` : ''}\nClick to re-index the workspace`;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('articleLens.reindex', async () => {
      if (!client) return;
      statusItem.text = '$(sync~spin) Article Lens: indexing…';
      const status = await client.sendRequest<IndexStatus>(ReindexRequest);
      showStatus(status);
      output.appendLine(`Re-indexed: ${status.articles} articles, ${status.entities} entities, ${status.failed} unreadable.`);
    }),
    vscode.commands.registerCommand('articleLens.showOutput', () => output.show(true)),
  );

  // Registered before start so that the first indexing status is not missed.
  context.subscriptions.push(client.onNotification(StatusNotification, showStatus));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
