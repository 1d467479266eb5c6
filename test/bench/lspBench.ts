import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { HeapRequest } from '../../server/src/protocol';
import { LspSession } from '../support/lspClient';
import { ENGINE_EXEC_ARGV } from '../../server/src/engineHeap';
import { prng } from '../support/prng';
import type { SyntheticArticle } from './syntheticCorpus';

// The language server measured as an editor sees it: started over stdio on a folder of synthetic articles,
// first with an empty cache, then again with the cache the first start left.

export interface LspFigures {
  index10kColdSeconds: number;
  index10kWarmSeconds: number;
  keystrokeP95Ms: number;
  hoverP99Ms: number;
  referencesP99Ms: number;
  heapMB10k: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const since = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

export async function measureLanguageServer(articles: SyntheticArticle[], log: (line: string) => void): Promise<LspFigures> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'article-lens-bench-'));
  const storage = await fs.mkdtemp(path.join(os.tmpdir(), 'article-lens-bench-cache-'));
  try {
    for (const a of articles) await fs.writeFile(path.join(folder, a.name), a.text);
    // The article being edited: about 20 KB, made of several articles of one story.
    const openText = articles.filter((_, i) => i % 40 === 0).slice(0, 8).map((a) => a.text).join('\n').slice(0, 20000);
    const openFile = path.join(folder, 'zz-open-article.txt');
    await fs.writeFile(openFile, openText);
    const options = { nodeArgs: ['--expose-gc', ...ENGINE_EXEC_ARGV], initializationOptions: { storagePath: storage }, indexTimeoutMs: 30 * 60000 };

    let started = process.hrtime.bigint();
    let session = await LspSession.start(folder, options);
    const index10kColdSeconds = since(started) / 1000;
    log(`cold index: ${index10kColdSeconds.toFixed(1)} s`);
    // After indexing: once every article's diagnostics are published (the workspace-wide run follows the
    // index) and the cache is written, then a garbage collection.
    const published = () => new Set(session.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').map((n) => (n.params as { uri: string }).uri)).size;
    const settleBy = Date.now() + 120000;
    while (published() < articles.length + 1 && Date.now() < settleBy) await new Promise((resolve) => setTimeout(resolve, 250));
    log(`diagnostics of ${published()} articles published ${((Date.now() - settleBy + 120000) / 1000).toFixed(1)} s after indexing`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const heapMB10k = (await session.request<number>(HeapRequest, null)) / 1e6;

    const random = prng(7);
    // Random mention positions, from the engine's own reading of a sample of the articles.
    const targets: Array<{ uri: string; position: { line: number; character: number } }> = [];
    while (targets.length < 1000) {
      const article = articles[Math.floor(random() * articles.length)];
      const mentions = analyzeArticle(article.text).mentions;
      if (mentions.length === 0) continue;
      const document = TextDocument.create('file:///x', 'article', 0, article.text);
      for (let k = 0; k < 10 && targets.length < 1000; k++) {
        const m = mentions[Math.floor(random() * mentions.length)];
        targets.push({ uri: pathToFileURL(path.join(folder, article.name)).href, position: document.positionAt(m.start + 1) });
      }
    }
    const timed = async (method: string, extra: object) => {
      const times: number[] = [];
      for (const t of targets) {
        const at = process.hrtime.bigint();
        await session.request(method, { textDocument: { uri: t.uri }, position: t.position, ...extra });
        times.push(since(at));
      }
      return times;
    };
    const hoverP99Ms = percentile(await timed('textDocument/hover', {}), 99);
    const referencesP99Ms = percentile(await timed('textDocument/references', { context: { includeDeclaration: true } }), 99);

    // Typing in the open article: each change until that version's diagnostics arrive.
    const uri = pathToFileURL(openFile).href;
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: openText } });
    await session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string }).uri === uri, 60000);
    const document = TextDocument.create(uri, 'plaintext', 1, openText);
    const keystrokes: number[] = [];
    for (let version = 2; version <= 41; version++) {
      const offset = Math.floor(random() * document.getText().length);
      const position = document.positionAt(offset);
      const change = { range: { start: position, end: position }, text: 'a' };
      TextDocument.update(document, [change], version);
      const published = session.waitFor('textDocument/publishDiagnostics', (p) => (p as { uri: string; version?: number }).uri === uri && (p as { version?: number }).version === version, 60000);
      const at = process.hrtime.bigint();
      await session.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await published;
      keystrokes.push(since(at));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const keystrokeP95Ms = percentile(keystrokes, 95);
    await session.stop();

    started = process.hrtime.bigint();
    session = await LspSession.start(folder, options);
    const index10kWarmSeconds = since(started) / 1000;
    await session.stop();
    return { index10kColdSeconds, index10kWarmSeconds, keystrokeP95Ms, hoverP99Ms, referencesP99Ms, heapMB10k };
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
    await fs.rm(storage, { recursive: true, force: true });
  }
}
