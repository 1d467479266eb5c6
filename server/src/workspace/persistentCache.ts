import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { ArticleAnalysis } from '../analysis/types';
import { ANALYSIS_FORMAT, fromSerialised, releaseSerialised, serialise } from './serialisedAnalysis';

// Analyses kept between sessions, so that reopening a workspace of thousands of articles does not analyse
// them again. One file per engine version holds every live article's analysis, keyed by content hash;
// writing it anew after each scan drops the entries of articles that are gone, and files of other engine
// versions are deleted. A second file holds the workspace's links and conflicts, for a start where no
// article changed.
//
// Each analysis is stored on its own and read only when first used: a start on 10,000 unchanged articles
// reads one file and a table of keys, and the analyses follow as hovers, references and diagnostics ask
// for them (reading them all at once took longer than the rest of the start).

const FILE_PREFIX = 'analyses-';
// The links and conflicts of the whole workspace, for a start where no article changed.
const CORPUS_PREFIX = 'corpus-';

export class PersistentCache {
  /** Entries read from disk, still serialised, until the first write. */
  private stored = new Map<string, Uint8Array>();
  /** The keys the file on disk holds. */
  private storedKeys = new Set<string>();
  /** Analyses made in this session, to be written. */
  private added = new Map<string, ArticleAnalysis>();
  private loaded = false;

  constructor(readonly folder: string, readonly engineVersion: string = currentEngineVersion()) {}

  private get file(): string {
    return path.join(this.folder, `${FILE_PREFIX}${this.engineVersion}.v8`);
  }

  /** Reads the table of stored analyses once; a missing or unreadable file is an empty cache. */
  async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    try {
      this.stored = readEntries(await fs.readFile(this.file), this.engineVersion);
      this.storedKeys = new Set(this.stored.keys());
    } catch {
      // No cache yet, or one written by a crashed process: start empty.
    }
  }

  /**
   * The analysis stored under `key`, read from its serialised form when one of its fields is first used;
   * `prepare` runs once on it then (the index pools its strings).
   */
  get(key: string, prepare: (analysis: ArticleAnalysis) => ArticleAnalysis = (a) => a): ArticleAnalysis | undefined {
    const added = this.added.get(key);
    if (added) return added;
    const bytes = this.stored.get(key);
    if (!bytes) return undefined;
    return fromSerialised(bytes, prepare);
  }

  set(key: string, analysis: ArticleAnalysis): void {
    if (this.storedKeys.has(key) || this.added.get(key) === analysis) return;
    this.added.set(key, analysis);
  }

  /**
   * Writes the live analyses (and only them) and forgets the rest: the index holds what is live, and the
   * cache need not keep a second copy in memory.
   */
  async save(live: Iterable<[string, ArticleAnalysis]>): Promise<void> {
    const entries = new Map(live);
    const unchanged = this.added.size === 0 && entries.size === this.storedKeys.size && [...entries.keys()].every((k) => this.storedKeys.has(k));
    const stored = this.stored;
    this.added = new Map();
    this.stored = new Map();
    this.storedKeys = new Set(entries.keys());
    const bytes = unchanged ? undefined : new Map([...entries].map(([key, analysis]) => [key, stored.get(key) ?? serialise(analysis)]));
    // Taken (or not needed): the bytes kept for this write go.
    for (const analysis of entries.values()) releaseSerialised(analysis);
    if (!bytes) return;
    await fs.mkdir(this.folder, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeParts(temporary, entriesFile(bytes, this.engineVersion));
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
    // Serialised at once: the links go on changing in place with later edits.
    const bytes = v8.serialize({ fingerprint, data });
    await fs.mkdir(this.folder, { recursive: true });
    const temporary = `${this.corpusFile}.${process.pid}.tmp`;
    await fs.writeFile(temporary, bytes);
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

// The file: the length of a header (4 bytes), the header (engine version, keys, where each entry ends), then
// the serialised entries one after another.
interface EntriesHeader {
  version: string;
  keys: string[];
  ends: Float64Array;
}

/** The parts of the cache file, in order: written as they are, without copying a hundred megabytes into one. */
function entriesFile(entries: Map<string, Uint8Array>, version: string): Uint8Array[] {
  const keys = [...entries.keys()];
  const ends = new Float64Array(keys.length);
  let end = 0;
  keys.forEach((key, i) => (ends[i] = end += entries.get(key)!.length));
  const header = v8.serialize({ version, keys, ends } satisfies EntriesHeader);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return [length, header, ...entries.values()];
}

async function writeParts(file: string, parts: Uint8Array[]): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    const { bytesWritten } = await handle.writev(parts);
    const expected = parts.reduce((sum, part) => sum + part.length, 0);
    if (bytesWritten !== expected) throw new Error(`wrote ${bytesWritten} of ${expected} bytes`);
  } finally {
    await handle.close();
  }
}

/** The stored entries, as views into the file's bytes; none if the file is of another engine version. */
function readEntries(file: Buffer, version: string): Map<string, Uint8Array> {
  const headerEnd = 4 + file.readUInt32LE(0);
  const header = v8.deserialize(file.subarray(4, headerEnd)) as EntriesHeader;
  const entries = new Map<string, Uint8Array>();
  if (header.version !== version || header.keys.length !== header.ends.length) return entries;
  let start = headerEnd;
  header.keys.forEach((key, i) => {
    const end = headerEnd + header.ends[i];
    if (end > file.length || end < start) throw new Error('truncated cache file');
    entries.set(key, file.subarray(start, end));
    start = end;
  });
  return entries;
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
  const hash = createHash('sha1').update(ANALYSIS_FORMAT);
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
