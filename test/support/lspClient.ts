import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

// Starts `article-lens lsp --stdio` as a child process and speaks the protocol to it, as an editor would.

export const REPO = path.resolve(__dirname, '../../..');
export const CLI = path.join(REPO, 'bin', 'article-lens.js');

export interface PublishedDiagnostics {
  uri: string;
  diagnostics: unknown[];
}

export interface SessionOptions {
  /** Arguments for node before the CLI's (`--expose-gc`). */
  nodeArgs?: string[];
  initializationOptions?: unknown;
  /** How long the first indexing may take. */
  indexTimeoutMs?: number;
}

export class LspSession {
  readonly diagnostics = new Map<string, PublishedDiagnostics>();
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  private readonly waiters: Array<{ test: (method: string, params: unknown) => boolean; resolve: (params: unknown) => void }> = [];

  private constructor(readonly process: ChildProcessWithoutNullStreams, readonly connection: MessageConnection) {}

  static async start(rootFolder: string, options: SessionOptions = {}): Promise<LspSession> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, 'lsp', '--stdio'], { stdio: 'pipe' });
    child.stderr.on('data', () => undefined);
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const session = new LspSession(child, connection);
    connection.onNotification((method, params) => session.record(method, params));
    // The server asks for progress tokens and configuration; answer like an editor with default settings.
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const rootUri = pathToFileURL(rootFolder).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(rootFolder) }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true } },
      },
    });
    const indexed = session.waitFor('articleLens/status', (p) => (p as { indexing: boolean }).indexing === false, options.indexTimeoutMs);
    await connection.sendNotification('initialized', {});
    await indexed;
    return session;
  }

  private record(method: string, params: unknown) {
    this.notifications.push({ method, params });
    if (method === 'textDocument/publishDiagnostics') {
      const p = params as PublishedDiagnostics;
      this.diagnostics.set(p.uri, p);
    }
    for (const w of [...this.waiters]) {
      if (w.test(method, params)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  }

  /** Resolves with the next notification of `method` that passes `test` (or one already received). */
  waitFor(method: string, test: (params: unknown) => boolean = () => true, timeoutMs = 20000): Promise<unknown> {
    const seen = this.notifications.find((n) => n.method === method && test(n.params));
    if (seen) return Promise.resolve(seen.params);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
      this.waiters.push({ test: (m, p) => m === method && test(p), resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Opens a file in the editor as it is on disk; resolves with the diagnostics published for that version. */
  async open(file: string): Promise<unknown> {
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    const published = this.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string; version?: number }).uri === uri && (p as { version?: number }).version === 1);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId: file.endsWith('.txt') ? 'plaintext' : 'article', version: 1, text } });
    return published;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      await this.notify('exit', null);
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    this.process.kill();
  }
}

/** The zero-based line and character of the n-th (0-based) occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 0): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}
