import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, eventually, fileName, hoverText, locationOf, openSeed, positionOf, seedArticles, textAt } from './workspace';

// Hover, Go to Definition and Find All References on "Lavrov" in 004, where the surname alone stands for
// the "Sergei Lavrov" introduced in the first paragraph ("Sergey Lavrov" in the four other articles).

describe('Navigation on "Lavrov" in 004', () => {
  let document: vscode.TextDocument;
  let lavrov: vscode.Position;
  let seeds: vscode.Uri[];

  before(async () => {
    await activateExtension();
    seeds = await seedArticles();
    document = await openSeed('004');
    lavrov = positionOf(document, '," Lavrov told', 'Lavrov');
  });

  it('hover lists the aliases and all 5 articles', async () => {
    await eventually(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, lavrov);
      const text = hoverText(hovers);
      for (const uri of seeds) assert.ok(text.includes(fileName(uri)), `the hover does not list ${fileName(uri)}:\n${text}`);
      assert.match(text, /Sergey Lavrov\*\* — person/);
      const aliases = (/\*Also written:\*(.*)/.exec(text)?.[1] ?? '').split(' · ').map((alias) => alias.replace(/\(.*/, '').trim());
      assert.ok(aliases.includes('Sergei Lavrov') && aliases.includes('Lavrov'), `aliases: ${aliases.join(', ')}`);
      assert.match(text, /in 5 articles of the workspace/);
    });
  });

  it('F12 goes to the mention that introduces him in this article', async () => {
    await eventually(async () => {
      const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, lavrov);
      assert.equal(targets.length, 1, `definitions: ${JSON.stringify(targets)}`);
      const target = locationOf(targets[0]);
      assert.equal(target.uri.toString(), document.uri.toString());
      assert.equal(await textAt(target), 'Sergei Lavrov');
      assert.deepEqual(target.range.start, positionOf(document, 'Minister Sergei Lavrov', 'Sergei'));
      assert.ok(target.range.start.isBefore(lavrov));
    });
  });

  it('Shift+F12 finds references in all 5 articles', async () => {
    await eventually(async () => {
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, lavrov);
      const files = new Set(references.map((r) => fileName(r.uri)));
      assert.deepEqual([...files].sort(), seeds.map(fileName), 'files with references');
      for (const reference of references) assert.match(await textAt(reference), /Lavrov$/, `${fileName(reference.uri)} ${JSON.stringify(reference.range)}`);
      assert.ok(references.some((r) => r.uri.toString() === document.uri.toString() && r.range.contains(lavrov)), 'the reference under the cursor is listed');
    });
  });
});
