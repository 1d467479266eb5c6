import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideDefinition } from './features/definition';
import { computeDiagnostics } from './features/diagnostics';
import { provideDocumentHighlights } from './features/documentHighlight';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideHover } from './features/hover';
import { provideInlayHints } from './features/inlayHints';
import { provideSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { provideReferences } from './features/references';
import { provideWorkspaceSymbols } from './features/workspaceSymbols';
import { ReindexRequest, StatusNotification, type IndexStatus } from './protocol';
import { normalizeSettings } from './workspace/settings';
import { WorkspaceIndex } from './workspace/workspaceIndex';

// Wires the connection to the workspace index and the features; no analysis happens here.

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const index = new WorkspaceIndex();
  let folders: string[] = [];
  let canConfigure = false;
  let canWatchDynamically = false;
  let canReportProgress = false;
  let hasWorkspaceFolders = false;
  let canRefreshHints = false;
  let canRefreshTokens = false;
  let indexing = false;
  let scanGeneration = 0;

  const status = (): IndexStatus => ({ indexing, articles: index.corpus.size, entities: index.corpus.entities().length, failed: index.failedCount() });
  const sendStatus = () => void connection.sendNotification(StatusNotification, status());

  const publish = (uri: string) => {
    const document = documents.get(uri);
    void connection.sendDiagnostics({ uri, version: document?.version, diagnostics: computeDiagnostics(index, uri) });
  };
  const publishOpen = () => documents.all().forEach((d) => publish(d.uri));

  index.onDidChange(() => {
    if (!indexing) sendStatus();
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    canConfigure = !!capabilities.workspace?.configuration;
    canWatchDynamically = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canReportProgress = !!capabilities.window?.workDoneProgress;
    hasWorkspaceFolders = !!capabilities.workspace?.workspaceFolders;
    canRefreshHints = !!capabilities.workspace?.inlayHint?.refreshSupport;
    canRefreshTokens = !!capabilities.workspace?.semanticTokens?.refreshSupport;
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [params.rootPath] : []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Article Lens' },
        workspaceSymbolProvider: true,
        inlayHintProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'article-lens', version: require('../../../package.json').version },
    };
  });

  const readSettings = async () => {
    const raw = canConfigure ? await connection.workspace.getConfiguration('articleLens').catch(() => undefined) : undefined;
    index.configure(folders, normalizeSettings(raw));
  };

  const reindex = async () => {
    const generation = ++scanGeneration;
    await readSettings();
    indexing = true;
    sendStatus();
    const progress = canReportProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Article Lens: indexing articles', 0, 'scanning the workspace', false);
    let lastPercent = -1;
    try {
      await index.scan(
        (done, total) => {
          const percent = Math.floor((100 * done) / Math.max(total, 1));
          if (percent !== lastPercent) {
            lastPercent = percent;
            progress?.report(percent, `${done}/${total} articles`);
          }
        },
        () => generation !== scanGeneration,
      );
      // Open editors keep their unsaved text; re-apply it in case settings changed what counts as an article.
      documents.all().forEach((d) => index.setOpenDocument(d));
    } catch (err) {
      connection.console.error(`Article Lens: indexing failed: ${err instanceof Error ? err.stack : String(err)}`);
    } finally {
      progress?.done();
      if (generation === scanGeneration) indexing = false;
      sendStatus();
      publishOpen();
      if (canRefreshHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
      if (canRefreshTokens) void Promise.resolve(connection.languages.semanticTokens.refresh()).catch(() => undefined);
    }
  };

  connection.onInitialized(async () => {
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'articleLens' });
    if (canWatchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !gone.has(f)), ...added.map((f) => f.uri)];
        void reindex();
      });
    }
    await reindex();
  });

  connection.onDidChangeConfiguration(() => void reindex());
  connection.onRequest(ReindexRequest, async () => {
    await reindex();
    return status();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      if (change.type === FileChangeType.Deleted) index.fileDeleted(change.uri);
      else await index.fileChanged(change.uri);
    }
    publishOpen();
  });

  documents.onDidChangeContent(({ document }) => {
    index.setOpenDocument(document);
    publish(document.uri);
  });
  documents.onDidClose(async ({ document }) => {
    await index.closeDocument(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  // Requests are answered from the index; a failure answers "nothing here" and is logged, never fatal.
  const guard = <P, R>(name: string, handler: (params: P) => R, empty: R) => (params: P): R => {
    try {
      return handler(params);
    } catch (err) {
      connection.console.error(`Article Lens: ${name} failed: ${err instanceof Error ? err.stack : String(err)}`);
      return empty;
    }
  };
  connection.onHover(guard('hover', (p) => provideHover(index, p), null));
  connection.onDefinition(guard('definition', (p) => provideDefinition(index, p), null));
  connection.onReferences(guard('references', (p) => provideReferences(index, p), []));
  connection.onDocumentHighlight(guard('highlights', (p) => provideDocumentHighlights(index, p), []));
  connection.onDocumentSymbol(guard('document symbols', (p) => provideDocumentSymbols(index, p), []));
  connection.onWorkspaceSymbol(guard('workspace symbols', (p) => provideWorkspaceSymbols(index, p), []));
  connection.languages.inlayHint.on(guard('inlay hints', (p) => provideInlayHints(index, p), []));
  connection.languages.semanticTokens.on(guard('semantic tokens', (p) => provideSemanticTokens(index, p), { data: [] }));

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) startServer();
