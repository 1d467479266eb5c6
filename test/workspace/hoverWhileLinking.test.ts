import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { DEFAULT_SETTINGS } from '../../server/src/workspace/settings';
import { provideHover } from '../../server/src/features/hover';
import { positionOf } from '../support/lspClient';

// Linking a workspace of thousands of articles takes seconds after its scan: a hover meanwhile answers at
// once from its own article, and gives the whole workspace's view once the links are made.

test('a hover while the links are due says what its article knows, then what the workspace knows', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'article-lens-hover-'));
  try {
    const here = 'Sergey Lavrov met officials in Zagreb on Monday. Lavrov said the talks went well.\n';
    writeFileSync(path.join(folder, 'a.txt'), here);
    writeFileSync(path.join(folder, 'b.txt'), 'Sergei Lavrov arrived in Zagreb for talks on trade.\n');
    const index = new WorkspaceIndex();
    index.configure([folder], DEFAULT_SETTINGS);
    await index.scan(() => undefined);
    const uri = pathToFileURL(path.join(folder, 'a.txt')).href;
    const hover = () => {
      const found = provideHover(index, { textDocument: { uri }, position: positionOf(here, 'Lavrov', 1) });
      return found && typeof found.contents === 'object' && 'value' in found.contents ? found.contents.value : '';
    };
    // The article is read again: the links are due until the next linking.
    const key = index.all().find((a) => a.uri === uri)!.uri;
    index.corpus.set(key, index.corpus.get(key)!);
    assert.equal(index.corpus.isLinked(), false);
    const meanwhile = hover();
    assert.match(meanwhile, /\*\*Sergey Lavrov\*\* — person/);
    assert.match(meanwhile, /2 in this article/);
    assert.match(meanwhile, /Linking the workspace's 2 articles/);
    assert.equal(index.corpus.isLinked(), false, 'the hover did not link the workspace itself');
    await index.linkNames();
    const linked = hover();
    assert.match(linked, /3 in 2 articles of the workspace/);
    assert.match(linked, /Sergei Lavrov/);
    assert.doesNotMatch(linked, /Linking the workspace/);
    await index.dispose();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
