import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../../client/src/api';

// What every scenario needs: the extension activated, the seed articles of the opened folder, positions of
// words in them, and patience while the language server indexes the folder.

export const EXTENSION_ID = 'article-lens.article-lens';

/** Activates the extension and waits for its first index of the folder; returns its test API. */
export async function activateExtension(): Promise<ArticleLensApi> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  const api = (await extension.activate()) as ArticleLensApi;
  assert.equal(typeof api?.whenIndexed, 'function', 'activate() returns the test API');
  await api.whenIndexed();
  return api;
}

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the runner opens a copy of the seed articles)');
  return folder.uri;
}

/** The seed articles of the workspace folder, by file name. */
export async function seedArticles(): Promise<vscode.Uri[]> {
  const folder = workspaceFolder();
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const names = entries.filter(([name, type]) => type === vscode.FileType.File && /^\d{3}_.*\.txt$/.test(name)).map(([name]) => name);
  assert.equal(names.length, 5, `expected the 5 seed articles in ${folder.toString()}, found ${names.join(', ')}`);
  return names.sort().map((name) => vscode.Uri.joinPath(folder, name));
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Opens the seed article whose file name starts with `prefix` ("004") in an editor. */
export async function openSeed(prefix: string): Promise<vscode.TextDocument> {
  const uri = (await seedArticles()).find((u) => fileName(u).startsWith(prefix));
  assert.ok(uri, `no seed article starts with ${prefix}`);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/** Where `word` starts inside the first occurrence of `context` ("Lavrov" in '," Lavrov told'). */
export function positionOf(document: vscode.TextDocument, context: string, word = context): vscode.Position {
  const at = document.getText().indexOf(context);
  assert.ok(at >= 0, `"${context}" is not in ${fileName(document.uri)}`);
  const inner = context.indexOf(word);
  assert.ok(inner >= 0, `"${word}" is not in "${context}"`);
  return document.positionAt(at + inner);
}

/**
 * Runs `check` until it stops throwing: the language server answers from its index, which fills while
 * the folder is read. The last failure is reported when the time is up.
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A hover's Markdown as plain text (the server escapes article text). */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

export function locationOf(target: vscode.Location | vscode.LocationLink): vscode.Location {
  return 'targetUri' in target ? new vscode.Location(target.targetUri, target.targetSelectionRange ?? target.targetRange) : target;
}

export async function textAt(location: vscode.Location): Promise<string> {
  const document = await vscode.workspace.openTextDocument(location.uri);
  return document.getText(location.range);
}
