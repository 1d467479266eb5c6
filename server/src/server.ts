import { createHash } from 'node:crypto';
import {
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type DefinitionParams,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type ReferenceParams,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideDefinition } from './features/definition';
import { computeDiagnostics } from './features/diagnostics';
import { IGNORE_CONFLICT_COMMAND, IGNORE_NAME_COMMAND, provideCodeActions, SET_TYPE_COMMAND } from './features/codeActions';
import { forceType, ignoreConflict, ignoreName, PROJECT_CONFIG_FILE } from './workspace/projectConfig';
import { provideDocumentHighlights } from './features/documentHighlight';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideHover } from './features/hover';
import { provideInlayHints } from './features/inlayHints';
import { provideCodeLenses } from './features/codeLens';
import { provideSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { provideReferences } from './features/references';
import { provideWorkspaceSymbols } from './features/workspaceSymbols';
import { provideAnalysisJson, provideReport } from './features/analysisExport';
import { provideEntities, provideEntityMentions } from './features/entitiesView';
import { provideTimeline } from './features/timeline';
import {
  AnalysisJsonRequest,
  EntitiesRequest,
  EntityMentionsRequest,
  HeapRequest,
  ReindexRequest,
  ReportRequest,
  StatusNotification,
  TimelineRequest,
  type AnalysisJsonParams,
  type EntitiesParams,
  type EntityMentionsParams,
  type IndexStatus,
} from './protocol';
import { normalizeSettings } from './workspace/settings';
import { WorkspaceIndex } from './workspace/workspaceIndex';

// Wires the connection to the workspace index and the features; no analysis happens here.

/** How long publishing every article's diagnostics may hold the thread before requests are let in. */
const PUBLISH_SLICE_MS = 10;
/** How long a hover waits for the workspace's links before it answers from its article alone. */
const HOVER_WAITS_FOR_LINKS_MS = 100;

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const index = new WorkspaceIndex();
  let folders: string[] = [];
  let canConfigure = false;
  let canRegisterConfiguration = false;
  // Settings pushed by a client that cannot be asked for them.
  let pushedSettings: unknown;
  let canWatchDynamically = false;
  let canReportProgress = false;
  let hasWorkspaceFolders = false;
  let canRefreshHints = false;
  let canRefreshTokens = false;
  let canRefreshLenses = false;
  let relatedInformation = false;
  const published = new Map<string, string>();
  let indexing = false;
  let scanProgress: IndexStatus['progress'];
  let scanGeneration = 0;

  // While indexing, the status carries progress only. The count of entities needs the workspace's names
  // linked: a status never links them on the spot (at 10,000 articles that held the server for seconds); it
  // leaves the count out, and one more status follows once the links, made in steps, are there.
  let countFollows = false;
  const status = (): IndexStatus =>
    indexing
      ? { indexing, articles: index.corpus.size, failed: index.failedCount(), ...(scanProgress ? { progress: scanProgress } : {}) }
      : { indexing, articles: index.corpus.size, failed: index.failedCount(), ...(index.corpus.isLinked() ? { entities: index.corpus.entities().length } : {}) };
  const sendStatus = () => {
    const now = status();
    void connection.sendNotification(StatusNotification, now);
    if (now.indexing || now.entities !== undefined || countFollows) return;
    countFollows = true;
    void index.linkNames().then(() => {
      countFollows = false;
      if (!indexing) sendStatus();
    });
  };

  // A file that cannot be analysed is said once in the output channel, and on the file itself.
  const loggedFailures = new Map<string, string>();
  const publish = (uri: string, force = false, allowStale = false) => {
    const document = documents.get(uri);
    const failure = index.get(uri)?.error;
    if (failure && loggedFailures.get(uri) !== failure) {
      loggedFailures.set(uri, failure);
      connection.console.warn(`Article Lens: ${uri}: ${failure}`);
    } else if (!failure) loggedFailures.delete(uri);
    const diagnostics = computeDiagnostics(index, uri, { relatedInformation, allowStale });
    // Unchanged diagnostics are not sent again: with thousands of articles, most never change.
    // An open document's new version gets its diagnostics even when they are the same: the editor
    // waits for them.
    // A digest, not the text: the diagnostics of thousands of articles are not kept twice.
    const fingerprint = createHash('sha1').update(`${document?.version ?? ''}:${JSON.stringify(diagnostics)}`).digest('base64');
    if (!force && published.get(uri) === fingerprint) return;
    published.set(uri, fingerprint);
    void connection.sendDiagnostics({ uri, version: document?.version, diagnostics });
  };
  /** Every article's diagnostics, so that conflicts show in the Problems panel before a file is opened. */
  // In batches, open documents first: with thousands of articles, requests and the messages already sent
  // (the end of indexing) go through in between. A newer run supersedes one still under way.
  // The cross-article results are brought up to date first, in steps between which edits and requests are
  // served; an edit meanwhile makes them due again and ends this run (the edit schedules the next).
  let publishRun = 0;
  const publishAll = async (): Promise<boolean> => {
    const run = ++publishRun;
    await new Promise((resolve) => setImmediate(resolve));
    if (run !== publishRun || !(await index.refreshCrossArticle()) || run !== publishRun) return false;
    documents.all().forEach((d) => publish(d.uri));
    const uris = new Set([...index.all().map((a) => a.uri), ...published.keys()]);
    // In slices of a few milliseconds: an article's first diagnostics read its analysis from the cache's
    // bytes, and a fixed number of articles per slice could hold the thread for a second.
    let sliceStarted = Date.now();
    for (const uri of uris) {
      if (!index.get(uri)) {
        published.delete(uri);
        void connection.sendDiagnostics({ uri, diagnostics: [] });
      } else publish(uri);
      if (Date.now() - sliceStarted >= PUBLISH_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        if (run !== publishRun || !index.isCrossArticleCurrent()) return false;
        sliceStarted = Date.now();
      }
    }
    return true;
  };

  // Edits and file events come in bursts (typing, a checkout): the corpus-wide work of relinking names and
  // finding conflicts runs once the burst is over, not once per keystroke.
  let refreshTimer: NodeJS.Timeout | undefined;
  // A lens counts the article's conflicts, which other articles' edits start and end.
  const refreshLenses = () => {
    if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  };
  // The pause that counts as the end of a burst grows with what the run costs: in a workspace where it takes
  // seconds, it waits for a longer pause in typing rather than stall the editor at every short one.
  let lastRefreshMs = 0;
  const scheduleRefresh = () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(async () => {
      const started = Date.now();
      try {
        if (await publishAll()) {
          sendStatus();
          refreshLenses();
        }
      } catch (err) {
        connection.console.error(`Article Lens: publishing diagnostics failed: ${err instanceof Error ? err.stack : String(err)}`);
      }
      lastRefreshMs = Date.now() - started;
    }, Math.min(5000, Math.max(300, 2 * lastRefreshMs)));
  };
  index.onDidChange(() => {
    if (!indexing) scheduleRefresh();
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    canConfigure = !!capabilities.workspace?.configuration;
    canRegisterConfiguration = !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    canWatchDynamically = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canReportProgress = !!capabilities.window?.workDoneProgress;
    hasWorkspaceFolders = !!capabilities.workspace?.workspaceFolders;
    canRefreshHints = !!capabilities.workspace?.inlayHint?.refreshSupport;
    canRefreshTokens = !!capabilities.workspace?.semanticTokens?.refreshSupport;
    canRefreshLenses = !!capabilities.workspace?.codeLens?.refreshSupport;
    relatedInformation = !!capabilities.textDocument?.publishDiagnostics?.relatedInformation;
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [params.rootPath] : []);
    // The editor gives a storage folder for the analysis cache; analyses run on worker threads.
    const options = (params.initializationOptions ?? {}) as { storagePath?: unknown; workers?: unknown };
    index.useStorage(typeof options.storagePath === 'string' ? options.storagePath : undefined, options.workers !== false);
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
        codeLensProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: [IGNORE_CONFLICT_COMMAND, IGNORE_NAME_COMMAND, SET_TYPE_COMMAND] },
      },
      serverInfo: { name: 'article-lens', version: require('../../../package.json').version },
    };
  });

  const readSettings = async () => {
    const raw = canConfigure ? await connection.workspace.getConfiguration('articleLens').catch(() => undefined) : pushedSettings;
    index.configure(folders, normalizeSettings(raw));
  };

  const reindex = async () => {
    const generation = ++scanGeneration;
    indexing = true;
    sendStatus();
    const progress = canReportProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Article Lens: indexing articles', 0, 'scanning the workspace', false);
    let lastPercent = -1;
    try {
      await readSettings();
      await index.reloadProjectConfig();
      for (const error of index.configErrors) connection.console.warn(`Article Lens: ${error}`);
      await index.scan(
        (done, total) => {
          const percent = Math.floor((100 * done) / Math.max(total, 1));
          if (percent !== lastPercent) {
            lastPercent = percent;
            progress?.report(percent, `${done}/${total} articles`);
            scanProgress = { done, total };
            sendStatus();
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
      if (generation === scanGeneration) {
        indexing = false;
        scanProgress = undefined;
      }
      sendStatus();
      // Hints, colours and lenses show conflicts: asked for again once the conflicts are known.
      publishAll()
        .then((published) => {
          if (!published) return;
          if (canRefreshHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
          if (canRefreshTokens) void Promise.resolve(connection.languages.semanticTokens.refresh()).catch(() => undefined);
          refreshLenses();
        })
        .catch((err) => connection.console.error(`Article Lens: publishing diagnostics failed: ${err instanceof Error ? err.stack : String(err)}`));
    }
  };

  connection.onInitialized(async () => {
    try {
      await initialize();
    } catch (err) {
      connection.console.error(`Article Lens: start-up failed: ${err instanceof Error ? err.stack : String(err)}`);
    }
  });
  const initialize = async () => {
    // A client may refuse a registration: log it and go on without.
    const logRefusal = (what: string) => (err: unknown) => connection.console.warn(`Article Lens: the editor did not accept ${what}: ${err instanceof Error ? err.message : String(err)}`);
    if (canConfigure && canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'articleLens' }).catch(logRefusal('configuration change notifications'));
    if (canWatchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }).catch(logRefusal('file watching'));
    }
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !gone.has(f)), ...added.map((f) => f.uri)];
        void reindex();
      });
    }
    await reindex();
  };

  connection.onDidChangeConfiguration((params) => {
    if (!canConfigure) pushedSettings = (params.settings as { articleLens?: unknown } | undefined)?.articleLens;
    void reindex();
  });
  connection.onShutdown(() => index.dispose());
  connection.onRequest(HeapRequest, () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().heapUsed;
  });
  connection.onRequest(ReindexRequest, async () => {
    await reindex();
    await index.linkNames();
    return status();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    try {
      await applyFileChanges(changes);
    } catch (err) {
      connection.console.error(`Article Lens: file changes failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  const applyFileChanges = async (changes: Array<{ uri: string; type: number }>) => {
    for (const change of changes) {
      if (change.uri.endsWith('/' + PROJECT_CONFIG_FILE)) {
        // Corrections to names change analyses: a fresh scan applies them everywhere. A file the server
        // itself just wrote (a quick fix) has been applied already and only reloads.
        if (await index.reloadProjectConfig()) void reindex();
        continue;
      }
      if (change.type === FileChangeType.Deleted) index.fileDeleted(change.uri);
      else await index.fileChanged(change.uri);
    }
  };

  documents.onDidChangeContent(({ document }) => {
    // An edit may start or end a conflict with other articles: the index's change event publishes them all.
    index.setOpenDocument(document);
    // The edited article's diagnostics at once; the whole workspace's when typing pauses.
    publish(document.uri, false, true);
  });
  documents.onDidClose(async ({ document }) => {
    try {
      await index.closeDocument(document.uri);
      // The file on disk keeps its diagnostics; a closed untitled document loses them.
      published.delete(document.uri);
      if (index.get(document.uri)) publish(document.uri, true);
      else void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    } catch (err) {
      connection.console.error(`Article Lens: closing ${document.uri} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  });

  // Requests are answered from the index; a failure answers "nothing here" and is logged, never fatal.
  const guard = <P, R>(name: string, handler: (params: P) => R | Promise<R>, empty: R) => (params: P): R | Promise<R> => {
    const failed = (err: unknown): R => {
      connection.console.error(`Article Lens: ${name} failed: ${err instanceof Error ? err.stack : String(err)}`);
      return empty;
    };
    try {
      const result = handler(params);
      return result instanceof Promise ? result.catch(failed) : result;
    } catch (err) {
      return failed(err);
    }
  };
  // Requests that need the whole workspace wait for it, made in steps, rather than block: those about a name
  // for its links, views and exports for its conflicts.
  const waitingFor =
    (ready: () => Promise<unknown>) =>
    <P, R>(provide: (params: P) => R) =>
    async (params: P) => {
      await ready();
      return provide(params);
    };
  const withLinks = waitingFor(() => index.linkNames());
  // A hover waits a moment for the links (an edit's relinking takes milliseconds), not for a whole
  // workspace's first linking: it then answers from the article (provideHover).
  const withLinksSoon = waitingFor(() => Promise.race([index.linkNames(), new Promise((resolve) => setTimeout(resolve, HOVER_WAITS_FOR_LINKS_MS))]));
  const withConflicts = waitingFor(() => index.refreshCrossArticle());
  connection.onHover(guard('hover', withLinksSoon((p: HoverParams) => provideHover(index, p)), null));
  connection.onDefinition(guard('definition', withLinks((p: DefinitionParams) => provideDefinition(index, p)), null));
  connection.onReferences(guard('references', withLinks((p: ReferenceParams) => provideReferences(index, p)), []));
  connection.onDocumentHighlight(guard('highlights', (p) => provideDocumentHighlights(index, p), []));
  connection.onDocumentSymbol(guard('document symbols', (p) => provideDocumentSymbols(index, p), []));
  connection.onWorkspaceSymbol(guard('workspace symbols', withLinks((p: WorkspaceSymbolParams) => provideWorkspaceSymbols(index, p)), []));
  connection.onCodeAction(guard('code actions', (p) => provideCodeActions(index, p), []));
  connection.onCodeLens(guard('code lenses', (p) => provideCodeLenses(index, p), []));
  connection.onRequest(EntitiesRequest, guard('entities', (p: EntitiesParams) => provideEntities(index, p ?? {}), { found: false, entities: [] }));
  connection.onRequest(EntityMentionsRequest, guard('entity mentions', (p: EntityMentionsParams) => provideEntityMentions(index, p), []));
  connection.onRequest(TimelineRequest, guard('timeline', withConflicts(() => provideTimeline(index)), { events: [], omittedClaims: 0 }));
  connection.onRequest(AnalysisJsonRequest, guard('analysis JSON', withConflicts((p: AnalysisJsonParams) => provideAnalysisJson(index, folders, p.uri)), null));
  connection.onRequest(ReportRequest, guard('report', withConflicts(() => provideReport(index, folders)), ''));
  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const folder = index.configFolder();
    if (!folder || typeof args?.[0] !== 'string') return;
    try {
      if (command === IGNORE_CONFLICT_COMMAND) {
        await ignoreConflict(folder, args[0]);
        await index.reloadProjectConfig();
        await publishAll();
      } else if (command === IGNORE_NAME_COMMAND) {
        await ignoreName(folder, args[0]);
        await reindex();
      } else if (command === SET_TYPE_COMMAND && (args[1] === 'person' || args[1] === 'place' || args[1] === 'organization')) {
        await forceType(folder, args[0], args[1]);
        await reindex();
      }
    } catch (err) {
      connection.window.showErrorMessage(`Article Lens could not update ${PROJECT_CONFIG_FILE}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });

  connection.languages.inlayHint.on(guard('inlay hints', (p) => provideInlayHints(index, p), []));
  connection.languages.semanticTokens.on(guard('semantic tokens', (p) => provideSemanticTokens(index, p), { data: [] }));

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) startServer();
