import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../analysis/corpus/corpus';
import type { StoredLinks } from '../analysis/corpus/storedLinks';
import { prepareEngine } from '../analysis/article/analyzeArticle';
import { createHash } from 'node:crypto';
import { conflictSteps, corpusFindingSteps, type Conflict } from '../analysis/corpus/conflicts';
import { finish, Pacer, type Steps } from '../analysis/corpus/steps';
import type { ArticleAnalysis, Finding } from '../analysis/types';
import { EMPTY_PROJECT_CONFIG, readProjectConfig, type ProjectConfig } from './projectConfig';
import { findArticleFiles } from './articleFiles';
import { AnalysisCache, analyzeText, ArticleResult, forEachConcurrently, readArticle } from './articleStore';
import { AnalysisPool, FILES_WORTH_A_POOL } from './analysisPool';
import { PersistentCache } from './persistentCache';
import { remembered } from '../analysis/memo';
import { shiftFindings, textEdit, type TextEdit } from './textEdits';
import { moveCrossArticleFindings, notePointers, sameStructure, type CrossArticleFindings } from './editImpact';
import { GlobFilter } from './glob';
import { DEFAULT_SETTINGS, type ArticleLensSettings } from './settings';

// The server's view of the workspace: every article file under the workspace folders, with the editor's
// unsaved text taking the place of the file for open documents. Articles are keyed by normalised file URI.

export interface IndexedArticle {
  uri: string;
  document: TextDocument;
  /** The content key its analysis is cached under. */
  key?: string;
  /** Set when the file could not be read or analysed. */
  error?: string;
}

/** The file path of a file URI, or undefined for one that names no local file (a UNC host, a bad URI). */
function safeFilePath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The file name an article goes by in messages, hovers and views ("café.txt", "Untitled-1"); remembered,
 * since a hover or a conflict of a name in thousands of articles labels each of them.
 */
export const articleLabel = remembered(labelOf);

function labelOf(uri: string): string {
  let name: string;
  try {
    name = path.posix.basename(new URL(uri).pathname) || uri;
  } catch {
    return uri;
  }
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a stray "%" that escapes nothing
  }
}

/** One spelling for a file URI (editors and the file system may escape it differently); remembered, since every request starts here. */
export const normalizeUri = remembered((uri: string): string => {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
});

/** An opened article longer than this is not read ahead of its first edit (it would hold the thread). */
const WARM_UP_MAX_CHARS = 100_000;

/**
 * Runs of the engine once the scan is over, so that the first keystrokes find it compiled: V8 optimises a
 * function after many calls, and the engine's outer functions run once per text. Over a hundred distinct
 * stretches of the articles, each read four times: fewer distinct texts leave less in the engine's memories
 * (4 MB where 400 left 9, measured), enough still to reach its inner paths. Short, so that the whole costs a
 * fifth of a second; a few at a time, so that no request waits behind them.
 */
const ENGINE_WARM_UP_RUNS = 400;
const ENGINE_WARM_UP_TEXTS = 100;
const ENGINE_WARM_UP_CHARS = 1000;
const ENGINE_WARM_UP_SLICE = 4;

/** Items (locations) remembered across entities' answers at most. */
const MAX_REMEMBERED_ITEMS = 100_000;

/** How long a step of the cross-article run may hold the server's thread before it lets others in. */
const STEP_SLICE_MS = 8;

/**
 * Runs steps in slices of STEP_SLICE_MS, letting other work in between. `check`, asked before each step,
 * ends the run early with its answer; otherwise the run ends with the steps (true).
 */
async function runInSlices(steps: Steps<unknown>, check: () => boolean | undefined): Promise<boolean> {
  let sliceStarted = Date.now();
  for (;;) {
    const early = check();
    if (early !== undefined) return early;
    if (steps.next().done) return true;
    if (Date.now() - sliceStarted >= STEP_SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = Date.now();
    }
  }
}

export class WorkspaceIndex {
  readonly corpus = new Corpus();
  private cache = new AnalysisCache();
  /** The analysis cache's last write, under way or done (saveCache reports its own failure). */
  private saving: Promise<void> = Promise.resolve();
  private pool: AnalysisPool | undefined;
  private workersAllowed = false;
  private readonly articles = new Map<string, IndexedArticle>();
  /**
   * Changes whenever an article's text or analysis may have changed: answers computed from positions
   * (the locations of an entity's mentions) are reused only while it stays the same.
   */
  private textsVersion = 0;
  /** Most recently used last; bounded by the number of items remembered (see rememberedForEntity). */
  private readonly rememberedByEntity = new Map<object, { version: number; value: unknown; size: number }>();
  private rememberedItems = 0;
  /** The linking in steps under way, if any (see linkNames). */
  private linking: Promise<void> | undefined;
  private readonly openDocuments = new Map<string, TextDocument>();
  private settings: ArticleLensSettings = DEFAULT_SETTINGS;
  private filter = new GlobFilter(DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude);
  private folders: string[] = [];
  private readonly listeners: Array<(uris: string[]) => void> = [];
  private projectConfig: ProjectConfig = EMPTY_PROJECT_CONFIG;
  private crossArticle: CrossArticle | undefined;
  /**
   * The last complete cross-article results while new ones are due, and the edits made to open articles
   * since: a keystroke gets its article's diagnostics at once, with the conflicts and name findings of
   * the last complete run moved along with the text, and the complete run follows when typing pauses.
   */
  private previousCrossArticle: CrossArticle | undefined;
  private readonly editsSinceCrossArticle = new Map<string, TextEdit[]>();
  private readonly analysedOpenText = new Map<string, string>();
  private enginePrepared = false;
  /** Changes whenever the cross-article results fall due: a run in steps across a change is dropped. */
  private crossGeneration = 0;
  private refreshing: { generation: number; done: Promise<boolean> } | undefined;
  /** Conflicts restored from the cache for exactly the current articles, until their findings are made. */
  private restoredConflicts: Conflict[] | undefined;
  /** The fingerprint under which the next complete cross-article results are to be stored. */
  private crossArticleToStore: string | undefined;
  /** Problems found while reading the workspace's own files (a broken `.article-lens.json`). */
  readonly configErrors: string[] = [];

  /**
   * Keeps analyses in `folder` between sessions and analyses on worker threads. Called once, before the
   * first scan; without it the index works in memory on the server's thread.
   */
  useStorage(folder: string | undefined, workers = true): void {
    this.workersAllowed = workers;
    this.cache = new AnalysisCache({ persistent: folder ? new PersistentCache(folder) : undefined });
  }

  async dispose(): Promise<void> {
    await this.saving;
    await this.pool?.dispose();
  }

  /** Called with the URIs whose analysis changed. */
  onDidChange(listener: (uris: string[]) => void): void {
    this.listeners.push(listener);
  }

  configure(folders: readonly string[], settings: ArticleLensSettings): void {
    this.folders = folders.map((f) => (f.startsWith('file:') ? safeFilePath(f) : f)).filter((f): f is string => !!f);
    this.settings = settings;
    this.filter = new GlobFilter(settings.include, settings.exclude);
    this.invalidateCrossArticle();
  }

  getSettings(): ArticleLensSettings {
    return this.settings;
  }

  /** The folder `.article-lens.json` lives in: the first workspace folder. */
  configFolder(): string | undefined {
    return this.folders[0];
  }

  /** Re-reads .article-lens.json; true when its name corrections changed, which calls for a fresh scan. */
  async reloadProjectConfig(): Promise<boolean> {
    const folder = this.configFolder();
    this.configErrors.length = 0;
    if (!folder) return false;
    const { config, error } = await readProjectConfig(folder);
    // Name corrections change every article's analysis: the next scan analyses afresh.
    const correctionsChanged = JSON.stringify(config.corrections) !== JSON.stringify(this.projectConfig.corrections);
    if (correctionsChanged) {
      this.cache.setCorrections(config.corrections);
      this.corpus.setCorrections(config.corrections);
    }
    this.projectConfig = config;
    if (error) this.configErrors.push(error);
    this.invalidateCrossArticle();
    this.emit([]);
    return correctionsChanged;
  }

  /**
   * Conflicts between articles, computed once per change of the corpus. With `allowStale`, while new ones
   * are due, the last complete ones, less those about articles edited since (their claims may have moved).
   */
  conflicts({ allowStale = false } = {}): Conflict[] {
    if (allowStale && !this.crossArticle) {
      const last = this.previousCrossArticle?.conflicts ?? this.restoredConflicts ?? [];
      return last.filter((c) => !c.claims.some((r) => this.editsSinceCrossArticle.has(r.article)));
    }
    return this.analyzeAcrossArticles().conflicts;
  }

  /**
   * Every finding of an article: its own checks and the conflicts its claims are in. With `allowStale`,
   * while the cross-article results are out of date, the last complete ones are used (moved along with
   * the article's edits) instead of recomputing them for the whole workspace.
   */
  findings(uri: string, { allowStale = false } = {}): Finding[] {
    uri = normalizeUri(uri);
    if (allowStale && !this.crossArticle) {
      // The article's own findings at once; those across articles as the last complete run left them,
      // moved along with the edits made since (none before the first run ends).
      const own = this.corpus.get(uri)?.findings ?? [];
      const carried = this.previousCrossArticle ? shiftFindings(this.previousCrossArticle.crossOnly.get(uri) ?? [], this.editsSinceCrossArticle.get(uri) ?? []) : [];
      return [...own, ...carried];
    }
    return this.analyzeAcrossArticles().findings.get(uri) ?? [];
  }

  /** Whether the cross-article results are up to date (no relinking or conflict search is due). */
  isCrossArticleCurrent(): boolean {
    return this.crossArticle !== undefined || this.restoredConflicts !== undefined;
  }

  private analyzeAcrossArticles(): CrossArticle {
    return this.crossArticle ?? finish(this.crossArticleSteps());
  }

  /**
   * Brings the cross-article results (links, conflicts, name findings) up to date in steps, pausing every
   * few milliseconds so that keystrokes and requests are served in between: in a workspace of thousands of
   * articles the run takes seconds. False when a change made the run stale (another one is then due).
   */
  refreshCrossArticle(): Promise<boolean> {
    if (this.crossArticle) return Promise.resolve(true);
    if (this.refreshing?.generation === this.crossGeneration) return this.refreshing.done;
    const generation = this.crossGeneration;
    // Stale when a change makes a new run due; done when another caller needed the results at once.
    const done = runInSlices(this.crossArticleSteps(), () => (generation !== this.crossGeneration ? false : this.crossArticle ? true : undefined));
    this.refreshing = { generation, done };
    return done;
  }

  /**
   * Links the workspace's names, in steps between which other messages are handled: a hover after an edit
   * that changed a name waits for the links without stopping the editor's keystrokes.
   */
  linkNames(): Promise<void> {
    if (this.corpus.isLinked()) return Promise.resolve();
    // One run however many wait for it (hovers, the status): two would each link the whole workspace.
    if (!this.linking) {
      const link = async () => {
        try {
          // Steps across a change of the corpus do not keep their links: the loop links again.
          while (!this.corpus.isLinked()) await runInSlices(this.corpus.linkSteps(), () => undefined);
        } finally {
          // Forgotten as the loop ends, in the same turn: a change right after must start a new run, not
          // be handed this one, already over.
          this.linking = undefined;
        }
      };
      this.linking = link();
    }
    return this.linking;
  }

  /**
   * Reads every article's analysis, one per step. Those the cache served are read (deserialised) when first
   * used, and the first step over an entity named in thousands of articles would otherwise read them all at
   * once: after a start from the cache, a hover waited more than a second behind it.
   */
  private *readAnalysesSteps(): Steps<void> {
    for (const article of this.articles.values()) {
      void this.corpus.get(article.uri)?.mentions;
      yield;
    }
  }

  /** The cross-article results, restored or computed, in steps; the last step makes them current. */
  private *crossArticleSteps(): Steps<CrossArticle> {
    // The links first, which requests wait for (linking reads every analysis; links restored from the
    // cache read none, and the analyses are then read one per step).
    yield* this.corpus.linkSteps();
    yield* this.readAnalysesSteps();
    const restored = this.restoredConflicts;
    const conflicts = restored ?? (yield* conflictSteps(this.corpus, new Set(this.projectConfig.ignoredConflicts)));
    const findings = yield* corpusFindingSteps(this.corpus, conflicts, articleLabel, {
      variants: this.settings.entityVariants,
      unintroduced: this.settings.entityUnintroduced,
      roleConflicts: this.settings.entityRoleConflicts,
    });
    const crossOnly = new Map<string, Finding[]>();
    const pointingInto = new Map<string, Set<string>>();
    const pacer = new Pacer(500);
    for (const [article, list] of findings) {
      if (pacer.tick()) yield;
      const own = new Set(this.corpus.get(article)?.findings ?? []);
      const fromOthers = list.filter((f) => !own.has(f));
      crossOnly.set(article, fromOthers);
      notePointers(pointingInto, article, fromOthers);
    }
    this.restoredConflicts = undefined;
    this.crossArticle = { conflicts, findings, crossOnly, pointingInto };
    this.previousCrossArticle = undefined;
    this.editsSinceCrossArticle.clear();
    // Computed for the workspace as the last scan found it: kept for the next session.
    const toStore = this.crossArticleToStore;
    this.crossArticleToStore = undefined;
    if (!restored && toStore && toStore === this.crossArticleFingerprint()) {
      const stored: StoredCrossArticle = { links: this.corpus.exportLinks(), conflicts };
      void this.cache.persistent?.saveCorpus(toStore, stored).catch(() => undefined);
    }
    return this.crossArticle;
  }

  /** Whether a URI is an article by the include/exclude settings (open untitled articles always are). */
  isArticle(uri: string): boolean {
    if (!uri.startsWith('file:')) return uri.startsWith('untitled:');
    const file = safeFilePath(uri);
    if (!file) return false;
    const folder = this.folders.find((f) => file === f || file.startsWith(f + path.sep));
    const relative = folder ? path.relative(folder, file) : path.basename(file);
    return this.filter.matches(relative.split(path.sep).join('/'));
  }

  get(uri: string): IndexedArticle | undefined {
    return this.articles.get(normalizeUri(uri));
  }

  all(): IndexedArticle[] {
    return [...this.articles.values()];
  }

  failedCount(): number {
    let n = 0;
    for (const a of this.articles.values()) if (a.error) n++;
    return n;
  }

  /** Scans every workspace folder from scratch. `report` receives progress as files are analysed. */
  async scan(report: (done: number, total: number) => void, isCancelled: () => boolean = () => false): Promise<void> {
    const files: string[] = [];
    for (const folder of this.folders) files.push(...(await findArticleFiles(folder, this.filter)));
    const wanted = new Set(files.map((f) => pathToFileURL(f).href));
    const removed = [...this.articles.keys()].filter((uri) => !wanted.has(uri) && !this.openDocuments.has(uri));
    for (const uri of removed) this.remove(uri, false);
    let done = 0;
    const changed: string[] = [...removed];
    await this.cache.persistent?.load();
    // Worker threads take a moment to start: they pay only for more than a few articles.
    if (this.workersAllowed && !this.pool && files.length >= FILES_WORTH_A_POOL) this.cache.poolFactory = () => (this.pool = AnalysisPool.create());
    // Files are read here and analysed on the workers, a few in flight per worker; requests are answered
    // in between, since every file's work ends in an await.
    await forEachConcurrently(files, this.cache.poolFactory || this.pool ? 8 : 1, async (file) => {
      if (isCancelled()) return;
      const uri = pathToFileURL(file).href;
      if (!this.openDocuments.has(uri)) {
        const result = await readArticle(file, this.cache, this.settings.maxFileSize);
        if (isCancelled()) return;
        this.store(uri, result);
        changed.push(uri);
      }
      report(++done, files.length);
      if (done % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    });
    // Written while the index is already in use (a hundred megabytes for 10,000 articles); saves follow one
    // another, and shutting down waits for them.
    if (!isCancelled()) this.saving = this.saving.then(() => this.saveCache());
    this.emit(changed);
    if (!isCancelled()) await this.restoreCrossArticle();
    // The links first (hovers and references wait for them), then the engine's warm-up for keystrokes.
    void this.linkNames()
      .catch(() => undefined)
      .then(() => this.prepareEngine());
  }

  /**
   * Edits are analysed on this thread, which the scan leaves to the workers (or to the cache): the engine is
   * loaded and run once on an article here, after the scan or when the first article opens, so that the
   * first keystrokes do not wait for it.
   */
  private prepareEngine(): void {
    if (this.enginePrepared) return;
    this.enginePrepared = true;
    const samples: string[] = [];
    for (let offset = 0, more = true; more && samples.length < ENGINE_WARM_UP_TEXTS; offset += ENGINE_WARM_UP_CHARS) {
      more = false;
      for (const article of this.articles.values()) {
        const text = article.document.getText();
        if (offset >= text.length) continue;
        more = true;
        samples.push(text.slice(offset, offset + ENGINE_WARM_UP_CHARS));
        if (samples.length === ENGINE_WARM_UP_TEXTS) break;
      }
    }
    this.warmUp(Array.from({ length: samples.length ? ENGINE_WARM_UP_RUNS : 0 }, (_, i) => samples[i % samples.length]));
  }

  /** Runs the engine on these texts, a few at a time between messages; the results are not kept. */
  private warmUp(texts: readonly string[], from = 0): void {
    if (from >= texts.length) return;
    setImmediate(() => {
      try {
        prepareEngine(texts.slice(from, from + ENGINE_WARM_UP_SLICE));
      } catch {
        // Only a warm-up: the article's own analysis reports any failure.
      }
      this.warmUp(texts, from + ENGINE_WARM_UP_SLICE);
    });
  }

  /** What the cross-article results depend on: every article's content, the corrections and the settings. */
  private crossArticleFingerprint(): string {
    const hash = createHash('sha1');
    for (const uri of [...this.articles.keys()].sort()) hash.update(`${uri}\u0000${this.articles.get(uri)!.key ?? 'error'}\n`);
    const s = this.settings;
    hash.update(JSON.stringify([this.projectConfig, s.entityVariants, s.entityUnintroduced, s.entityRoleConflicts]));
    return hash.digest('hex');
  }

  /**
   * After a scan: the links, conflicts and name findings of the last session when no article changed since
   * (a workspace of thousands of articles opens without relinking them); otherwise they are stored once
   * computed.
   */
  private async restoreCrossArticle(): Promise<void> {
    const persistent = this.cache.persistent;
    if (!persistent) return;
    const fingerprint = this.crossArticleFingerprint();
    const stored = await persistent.loadCorpus<StoredCrossArticle>(fingerprint);
    if (!stored || fingerprint !== this.crossArticleFingerprint()) {
      this.crossArticleToStore = fingerprint;
      return;
    }
    this.corpus.importLinks(stored.links);
    // The findings are made from them when first asked for, after the scan has reported its end.
    this.restoredConflicts = stored.conflicts;
    // What linking again after an edit needs, made meanwhile in the background: from the next turn, so that
    // the scan ends (and its progress with it) before the first slice runs.
    setImmediate(() => void runInSlices(this.corpus.prepareRelinkingSteps(), () => undefined).catch(() => undefined));
  }

  /** Writes the live analyses to the persistent cache; a failure to write costs only the next start's speed. */
  private async saveCache(): Promise<void> {
    const live: Array<[string, ArticleAnalysis]> = [];
    for (const article of this.articles.values()) {
      const analysis = article.key ? this.corpus.get(article.uri) : undefined;
      if (article.key && analysis) live.push([article.key, analysis]);
    }
    try {
      await this.cache.persistent?.save(live);
    } catch (err) {
      this.configErrors.push(`cannot write the analysis cache: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /**
   * A value computed from an entity's mentions and the articles' texts (its references as locations),
   * remembered until an article changes: a name in thousands of articles is asked for again and again.
   */
  rememberedForEntity<T extends readonly unknown[]>(entity: object, compute: () => T): T {
    const known = this.rememberedByEntity.get(entity);
    this.forgetForEntity(entity);
    if (known && known.version === this.textsVersion) {
      this.rememberForEntity(entity, known);
      return known.value as T;
    }
    const value = compute();
    this.rememberForEntity(entity, { version: this.textsVersion, value, size: value.length });
    return value;
  }

  // Bounded: locations of the names of a large workspace take a few hundred bytes each, and the heap they
  // hold slows every collection; the names asked for most recently are kept.
  private rememberForEntity(entity: object, entry: { version: number; value: unknown; size: number }): void {
    this.rememberedByEntity.set(entity, entry);
    this.rememberedItems += entry.size;
    for (const oldest of this.rememberedByEntity.keys()) {
      if (this.rememberedItems <= MAX_REMEMBERED_ITEMS || oldest === entity) break;
      this.forgetForEntity(oldest);
    }
  }

  private forgetForEntity(entity: object): void {
    const known = this.rememberedByEntity.get(entity);
    if (!known) return;
    this.rememberedByEntity.delete(entity);
    this.rememberedItems -= known.size;
  }

  /** The editor's text for an open document replaces the file's. */
  setOpenDocument(document: TextDocument): void {
    // The editor's document changes in place: positions computed from it are stale from now on.
    this.textsVersion++;
    this.prepareEngine();
    const uri = normalizeUri(document.uri);
    this.openDocuments.set(uri, document);
    if (!this.isArticle(uri)) return;
    // The editor's document object changes in place: the text last analysed is kept to see what an edit did.
    const before = this.analysedOpenText.get(uri) ?? this.articles.get(uri)?.document.getText();
    const after = document.getText();
    const opening = !this.analysedOpenText.has(uri);
    this.analysedOpenText.set(uri, after);
    const edit = before !== undefined && before !== after ? textEdit(before, after) : undefined;
    const previous = this.corpus.get(uri);
    const indexed = this.articles.get(uri);
    if (before === after && previous && indexed && !indexed.error) {
      // Opened as it is on disk (or a change that changed nothing): the analysis stands, the editor's
      // document takes the file's place, and nothing across the workspace is due. The engine reads the
      // article once now, so that the first keystroke finds its sentences known and re-reads only its own.
      this.articles.set(uri, { ...indexed, document });
      if (opening && after.length <= WARM_UP_MAX_CHARS) this.warmUp([after]);
      return;
    }
    const result = analyzeText(after, this.cache, this.settings.maxFileSize);
    const current = this.crossArticle;
    if (edit && current && previous && result.analysis && sameStructure(previous, result.analysis)) {
      // Only positions moved: links and conflicts stay, findings move with the text.
      this.articles.set(uri, { uri, document, key: result.key });
      this.corpus.replaceKeepingLinks(uri, result.analysis);
      moveCrossArticleFindings(current, uri, result.analysis.findings, edit);
      this.notify([uri]);
      return;
    }
    // The results current until now become the last complete ones; this edit is the first made since.
    this.invalidateCrossArticle();
    if (edit) {
      const edits = this.editsSinceCrossArticle.get(uri) ?? [];
      edits.push(edit);
      this.editsSinceCrossArticle.set(uri, edits);
    }
    this.store(uri, result, document);
    this.emit([uri]);
  }

  /** A closed document goes back to what is on disk. */
  async closeDocument(uri: string): Promise<void> {
    uri = normalizeUri(uri);
    this.openDocuments.delete(uri);
    this.analysedOpenText.delete(uri);
    // An untitled document has nothing on disk to fall back to.
    if (!uri.startsWith('file:')) this.remove(uri, true);
    else await this.fileChanged(uri);
  }

  /** A file was created or changed on disk. */
  async fileChanged(uri: string): Promise<void> {
    uri = normalizeUri(uri);
    if (this.openDocuments.has(uri) || !uri.startsWith('file:')) return;
    if (!this.isArticle(uri)) {
      if (this.articles.has(uri)) this.remove(uri, true);
      return;
    }
    const file = safeFilePath(uri);
    if (!file) return;
    const result = await readArticle(file, this.cache, this.settings.maxFileSize);
    if (result.error === 'cannot read file (ENOENT)') {
      this.remove(uri, true);
      return;
    }
    this.store(uri, result);
    this.emit([uri]);
  }

  /** A file or a whole folder was deleted (editors report a folder as one event). */
  fileDeleted(uri: string): void {
    uri = normalizeUri(uri);
    const inside = uri.endsWith('/') ? uri : uri + '/';
    const gone = [...this.articles.keys()].filter((k) => (k === uri || k.startsWith(inside)) && !this.openDocuments.has(k));
    for (const k of gone) this.remove(k, false);
    if (gone.length) this.emit(gone);
  }

  private remove(uri: string, notify: boolean): void {
    this.textsVersion++;
    this.articles.delete(uri);
    this.corpus.delete(uri);
    if (notify) this.emit([uri]);
  }

  private store(uri: string, result: ArticleResult, open?: TextDocument): void {
    this.textsVersion++;
    if (result.analysis) {
      const document = open ?? TextDocument.create(uri, 'article', 0, result.text);
      this.articles.set(uri, { uri, document, key: result.key });
      this.corpus.set(uri, result.analysis);
    } else {
      this.articles.set(uri, { uri, document: open ?? TextDocument.create(uri, 'article', 0, ''), error: result.error });
      this.corpus.delete(uri);
    }
  }

  private invalidateCrossArticle(): void {
    this.crossGeneration++;
    this.restoredConflicts = undefined;
    if (this.crossArticle) {
      this.previousCrossArticle = this.crossArticle;
      this.editsSinceCrossArticle.clear();
    }
    this.crossArticle = undefined;
  }

  private emit(uris: string[]): void {
    if (uris.length) this.invalidateCrossArticle();
    this.notify(uris);
  }

  /** Tells the listeners which articles changed, without making the cross-article results stale. */
  private notify(uris: string[]): void {
    for (const listener of this.listeners) listener(uris);
  }
}

/** What is kept of the cross-article results: the costly part; findings are quickly made again from it. */
interface StoredCrossArticle {
  links: StoredLinks;
  conflicts: Conflict[];
}

interface CrossArticle extends CrossArticleFindings {
  conflicts: Conflict[];
}
