import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ReindexRequest, StatusNotification, type IndexStatus, type Range } from '../../server/src/protocol';
import { ENGINE_EXEC_ARGV } from '../../server/src/engineHeap';

// The language server as the rest of the extension sees it: requests that never throw, and its status.

/** Which open documents can be articles; the server decides with articleLens.include/exclude which are. */
export const ARTICLE_DOCUMENTS = [
  { language: 'article' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
];

export function isArticleDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(ARTICLE_DOCUMENTS, document) > 0;
}

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export class LanguageServer implements vscode.Disposable {
  private readonly client: LanguageClient;
  private readonly started: Promise<void>;
  private status: IndexStatus | undefined;
  private readonly statusEmitter = new vscode.EventEmitter<IndexStatus>();
  /** Every status the server sends: indexing progress, and the totals after each change of the index. */
  readonly onStatus = this.statusEmitter.event;

  constructor(context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {
    // The packaged extension runs the bundled server; a development checkout may have only the compiled one.
    const bundled = context.asAbsolutePath('dist/server.js');
    const serverModule = fs.existsSync(bundled) ? bundled : context.asAbsolutePath('out/server/src/server.js');
    // The server analyses the articles being edited: it gets the young generation the analysis threads get.
    const heap = ENGINE_EXEC_ARGV;
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: heap } },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...heap, '--nolazy', '--inspect=6011'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: ARTICLE_DOCUMENTS,
      synchronize: { configurationSection: 'articleLens' },
      // Analyses are kept between sessions in the workspace's storage folder (the server creates it).
      initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
      outputChannel: output,
    };
    this.client = new LanguageClient('articleLens', 'Article Lens', serverOptions, clientOptions);
    // Registered before start so that the first indexing status is not missed.
    this.client.onNotification(StatusNotification, (status: IndexStatus) => {
      this.status = status;
      this.statusEmitter.fire(status);
    });
    this.started = this.client.start();
  }

  whenStarted(): Promise<void> {
    return this.started;
  }

  /** The last status, after the running scan if there is one. */
  whenIndexed(): Promise<IndexStatus> {
    if (this.status && !this.status.indexing) return Promise.resolve(this.status);
    return new Promise((resolve) => {
      const listener = this.onStatus((status) => {
        if (status.indexing) return;
        listener.dispose();
        resolve(status);
      });
    });
  }

  async reindex(): Promise<IndexStatus> {
    await this.started;
    const status = await this.client.sendRequest<IndexStatus>(ReindexRequest);
    this.status = status;
    this.statusEmitter.fire(status);
    return status;
  }

  /** A custom request's answer, or `fallback` (logged) when the server cannot give one. */
  async request<R>(method: string, params: unknown, fallback: R): Promise<R> {
    try {
      await this.started;
      return await this.client.sendRequest<R>(method, params);
    } catch (err) {
      this.output.appendLine(`${method} failed: ${err instanceof Error ? err.message : String(err)}`);
      return fallback;
    }
  }

  async dispose(): Promise<void> {
    this.statusEmitter.dispose();
    await this.client.stop().catch(() => undefined);
  }
}
