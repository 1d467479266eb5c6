import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { ArticleAnalysis } from '../analysis/types';

// Analyses kept between sessions, so that reopening a workspace of thousands of articles does not analyse
// them again. One file per engine version holds every live article's analysis, keyed by content hash;
// writing it anew after each scan drops the entries of articles that are gone, and files of other engine
// versions are deleted. A second file holds the workspace's links and conflicts, for a start where no
// article changed.

const FILE_PREFIX = 'analyses-';
// The links and conflicts of the whole workspace, for a start where no article changed.
const CORPUS_PREFIX = 'corpus-';

export class PersistentCache {
  private entries = new Map<string, ArticleAnalysis>();
  private loaded = false;
  private dirty = false;

  constructor(readonly folder: string, readonly engineVersion: string = currentEngineVersion()) {}

  private get file(): string {
    return path.join(this.folder, `${FILE_PREFIX}${this.engineVersion}.v8`);
  }

  /** Reads the stored analyses once; a missing or unreadable file is an empty cache. */
  async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    try {
      const stored = v8.deserialize(await fs.readFile(this.file)) as { version: string; entries: Array<[string, ArticleAnalysis]> };
      if (stored.version === this.engineVersion) this.entries = new Map(stored.entries);
    } catch {
      // No cache yet, or one written by a crashed process: start empty.
    }
  }

  get(key: string): ArticleAnalysis | undefined {
    return this.entries.get(key);
  }

  set(key: string, analysis: ArticleAnalysis): void {
    if (this.entries.get(key) === analysis) return;
    this.entries.set(key, analysis);
    this.dirty = true;
  }

  /**
   * Writes the live analyses (and only them) and forgets the rest: the index holds what is live, and the
   * cache need not keep a second copy in memory.
   */
  async save(live: Iterable<[string, ArticleAnalysis]>): Promise<void> {
    const entries = [...live];
    const unchanged = !this.dirty && entries.length === this.entries.size && entries.every(([k]) => this.entries.has(k));
    this.entries = new Map();
    this.dirty = false;
    if (unchanged) return;
    await fs.mkdir(this.folder, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await fs.writeFile(temporary, v8.serialize({ version: this.engineVersion, entries }));
    await fs.rename(temporary, this.file);
    await this.removeOtherVersions();
  }

  private get corpusFile(): string {
    return path.join(this.folder, `${CORPUS_PREFIX}${this.engineVersion}.v8`);
  }

  /** Cross-article results stored for a corpus with this fingerprint, if any. */
  async loadCorpus<T>(fingerprint: string): Promise<T | undefined> {
    try {
      const stored = v8.deserialize(await fs.readFile(this.corpusFile)) as { fingerprint: string; data: T };
      return stored.fingerprint === fingerprint ? stored.data : undefined;
    } catch {
      return undefined;
    }
  }

  async saveCorpus<T>(fingerprint: string, data: T): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    const temporary = `${this.corpusFile}.${process.pid}.tmp`;
    await fs.writeFile(temporary, v8.serialize({ fingerprint, data }));
    await fs.rename(temporary, this.corpusFile);
  }

  private async removeOtherVersions(): Promise<void> {
    for (const name of await fs.readdir(this.folder).catch(() => [] as string[])) {
      const other = (name.startsWith(FILE_PREFIX) && name !== path.basename(this.file)) || (name.startsWith(CORPUS_PREFIX) && name !== path.basename(this.corpusFile));
      // A temporary file another process left behind a day ago is stale too.
      const leftover = name.endsWith('.tmp') && Date.now() - (await fs.stat(path.join(this.folder, name)).then((s) => s.mtimeMs).catch(() => Date.now())) > 86400000;
      if (other || leftover) await fs.rm(path.join(this.folder, name), { force: true }).catch(() => undefined);
    }
  }
}

/** The key of an article's analysis: its text and the user's name corrections. */
export function contentKey(text: string, correctionsFingerprint: string): string {
  return createHash('sha1').update(correctionsFingerprint).update('\u0000').update(text).digest('hex');
}

/**
 * A fingerprint of the engine's code and model: any change to either makes stored analyses stale. The
 * compiled engine is a folder of modules beside this one, or, bundled, the bundle this code is in.
 */
function engineVersion(): string {
  const hash = createHash('sha1');
  // Compiled: the engine's modules and the model's folder. Bundled: nothing beside, only the bundle itself.
  const engine = path.join(__dirname, '..', 'analysis');
  const roots = existsSync(engine) ? [engine, path.join(__dirname, '..', '..', 'data')].filter((p) => existsSync(p)) : [];
  const files: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else if (/\.(?:js|json)$/.test(p)) files.push(p);
  };
  try {
    if (roots.length) roots.forEach(walk);
    else files.push(__filename);
    for (const file of files) hash.update(readFileSync(file));
  } catch {
    hash.update(String(Date.now()));
  }
  return hash.digest('hex').slice(0, 16);
}

let version: string | undefined;

export function currentEngineVersion(): string {
  return (version ??= engineVersion());
}
