import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fsModule from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findArticleFiles } from '../../server/src/workspace/articleFiles';
import { GlobFilter } from '../../server/src/workspace/glob';
import { AnalysisCache, readArticle } from '../../server/src/workspace/articleStore';
import { DEFAULT_SETTINGS } from '../../server/src/workspace/settings';

// The folder walker on the hazards of real workspaces: link loops, links out of the workspace, unreadable
// folders, entries that vanish while it runs, excluded folders and large trees.

const ARTICLE = 'Sergey Lavrov met Narendra Modi in New Delhi on Thursday.\n';
const filter = new GlobFilter(DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude);

function tree(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
}
const relative = (root: string, files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

describe('finding article files', () => {
  let base: string;
  before(() => {
    base = mkdtempSync(path.join(tmpdir(), 'article-lens-walk-'));
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  test('symbolic-link loops end, and each real folder and file is listed once', async () => {
    const root = path.join(base, 'loops');
    tree(root, { 'a/one.txt': ARTICLE, 'a/b/two.txt': ARTICLE, 'c/three.news': ARTICLE });
    symlinkSync('..', path.join(root, 'a/b/up'));
    symlinkSync('.', path.join(root, 'a/self'));
    symlinkSync(path.join(root, 'a'), path.join(root, 'c/again'));
    symlinkSync(path.join(root, 'a'), path.join(root, 'c/again2'));
    symlinkSync('one.txt', path.join(root, 'a/same.txt'));
    symlinkSync('../c/three.news', path.join(root, 'a/three-again.txt'));
    symlinkSync('missing.txt', path.join(root, 'a/dangling.txt'));
    symlinkSync('x', path.join(root, 'a/x'));
    const files = relative(root, await findArticleFiles(root, filter));
    assert.deepEqual(files, ['a/b/two.txt', 'a/one.txt', 'c/three.news']);
  });

  test('a file reached only through a link is listed once, under the link', async () => {
    const root = path.join(base, 'linked');
    const outside = path.join(base, 'outside');
    tree(outside, { 'story.txt': ARTICLE, 'more/other.txt': ARTICLE });
    tree(root, { 'own.txt': ARTICLE });
    symlinkSync(path.join(outside, 'story.txt'), path.join(root, 'story.txt'));
    symlinkSync(path.join(outside, 'story.txt'), path.join(root, 'story-again.txt'));
    symlinkSync(path.join(outside, 'more'), path.join(root, 'more'));
    const files = relative(root, await findArticleFiles(root, filter));
    assert.deepEqual(files, ['more/other.txt', 'own.txt', 'story-again.txt']);
  });

  test('links to the workspace folder or a folder that holds it are not followed', async () => {
    const root = path.join(base, 'ancestors', 'ws');
    tree(path.join(base, 'ancestors'), { 'ws/in.txt': ARTICLE, 'sibling/out.txt': ARTICLE });
    symlinkSync('..', path.join(root, 'parent'));
    symlinkSync('/', path.join(root, 'filesystem'));
    symlinkSync(root, path.join(root, 'itself'));
    const files = relative(root, await findArticleFiles(root, filter));
    assert.deepEqual(files, ['in.txt']);
  });

  test('node_modules, .git, out and .vscode-test are excluded by default', async () => {
    const root = path.join(base, 'excluded');
    tree(root, { 'a.txt': ARTICLE, 'node_modules/pkg/README.txt': 'x', '.git/info/exclude.txt': 'x', 'out/log.txt': 'x', '.vscode-test/x.txt': 'x', 'deep/node_modules/y.txt': 'x', 'notes.md': 'x' });
    symlinkSync(path.join(root, 'node_modules'), path.join(root, 'deep/node_modules2'));
    const files = relative(root, await findArticleFiles(root, filter));
    // The link's own name is not excluded, so the folder it leads to is read once under it: the user linked it.
    assert.deepEqual(files, ['a.txt', 'deep/node_modules2/pkg/README.txt']);
    assert.deepEqual(DEFAULT_SETTINGS.exclude, ['**/node_modules/**', '**/.git/**', '**/out/**', '**/.vscode-test/**']);
  });

  test('unreadable folders are skipped without failing the walk', async (t) => {
    const root = path.join(base, 'unreadable');
    tree(root, { 'ok.txt': ARTICLE, 'locked/secret.txt': ARTICLE, 'open/fine.txt': ARTICLE });
    // As root, permissions do not stop a read: the refusal is simulated where the walker meets it.
    const readdir = fsModule.promises.readdir;
    const locked = path.join(root, 'locked');
    t.mock.method(fsModule.promises, 'readdir', (async (p: string, options: unknown) => {
      if (p === locked) throw Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: 'EACCES' });
      return (readdir as (p: string, o: unknown) => Promise<unknown>)(p, options);
    }) as typeof readdir);
    const files = relative(root, await findArticleFiles(root, filter));
    assert.deepEqual(files, ['ok.txt', 'open/fine.txt']);
  });

  test('a folder made unreadable with chmod is skipped (when not running as root)', async (t) => {
    if (process.getuid?.() === 0) {
      t.skip('root reads any folder');
      return;
    }
    const root = path.join(base, 'chmod');
    tree(root, { 'ok.txt': ARTICLE, 'locked/secret.txt': ARTICLE });
    fsModule.chmodSync(path.join(root, 'locked'), 0o000);
    try {
      assert.deepEqual(relative(root, await findArticleFiles(root, filter)), ['ok.txt']);
    } finally {
      fsModule.chmodSync(path.join(root, 'locked'), 0o755);
    }
  });

  test('entries deleted or renamed while the walk runs are skipped, and the walk ends', async (t) => {
    const root = path.join(base, 'vanishing');
    tree(root, { 'a/keep.txt': ARTICLE, 'b/gone.txt': ARTICLE, 'c/moved.txt': ARTICLE, 'target.txt': ARTICLE });
    symlinkSync(path.join(root, 'target.txt'), path.join(root, 'a/link.txt'));
    symlinkSync(path.join(root, 'c'), path.join(root, 'a/linked-folder'));
    const readdir = fsModule.promises.readdir;
    let first = true;
    t.mock.method(fsModule.promises, 'readdir', (async (p: string, options: unknown) => {
      const entries = await (readdir as (p: string, o: unknown) => Promise<unknown>)(p, options);
      if (first) {
        // The root has been listed: now the other folders change under the walker.
        first = false;
        rmSync(path.join(root, 'b'), { recursive: true });
        fsModule.renameSync(path.join(root, 'c'), path.join(root, 'c-renamed'));
        rmSync(path.join(root, 'target.txt'));
      }
      return entries;
    }) as typeof readdir);
    const found = await findArticleFiles(root, filter);
    const files = relative(root, found);
    // target.txt was listed by the root before it went; the link to it and the folders that went away are skipped.
    assert.deepEqual(files, ['a/keep.txt', 'target.txt']);
    // Reading the vanished file then gives that file an error, not the others.
    const [kept, vanished] = await Promise.all(found.map((f) => readArticle(f, new AnalysisCache())));
    assert.equal(kept.error, undefined);
    assert.equal(vanished.error, 'cannot read file (ENOENT)');
  });

  test('a missing or unreadable root gives no files, not an exception', async () => {
    assert.deepEqual(await findArticleFiles(path.join(base, 'does-not-exist'), filter), []);
    const file = path.join(base, 'plain.txt');
    writeFileSync(file, ARTICLE);
    assert.deepEqual(await findArticleFiles(file, filter), []);
  });

  test('a large tree (5,000 files, folders 200 deep) is walked in seconds', async () => {
    const root = path.join(base, 'large');
    mkdirSync(path.join(root, 'flat'), { recursive: true });
    for (let i = 0; i < 5000; i++) writeFileSync(path.join(root, 'flat', `${String(i).padStart(5, '0')}.${i % 10 === 0 ? 'bin' : 'txt'}`), '');
    let deep = path.join(root, 'deep');
    for (let i = 0; i < 200; i++) deep = path.join(deep, 'd');
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(deep, 'bottom.txt'), ARTICLE);
    const started = Date.now();
    const files = await findArticleFiles(root, filter);
    const ms = Date.now() - started;
    assert.equal(files.length, 4501);
    assert.ok(files.some((f) => f.endsWith('bottom.txt')));
    assert.deepEqual(files, [...files].sort());
    assert.ok(ms < 10000, `${ms} ms`);
  });
});
