import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ArticleLensApi, TreeSnapshot } from '../../../client/src/api';
import { activateExtension, eventually, fileName, openSeed, seedArticles } from './workspace';

// The Entities view and the Timeline webview, read through the test API that activate() returns (what the
// views show, as data), after opening them with their palette commands.

function child(nodes: TreeSnapshot[] | undefined, label: string): TreeSnapshot {
  const node = nodes?.find((n) => n.label === label);
  assert.ok(node, `no "${label}" among ${JSON.stringify(nodes?.map((n) => n.label))}`);
  return node;
}

describe('Views', () => {
  let api: ArticleLensApi;
  let seeds: vscode.Uri[];

  before(async () => {
    api = await activateExtension();
    seeds = await seedArticles();
    await openSeed('004');
    await eventually(async () => assert.equal((await api.whenIndexed()).articles, 5));
  });

  describe('Entities view', () => {
    after(async () => {
      await vscode.commands.executeCommand('articleLens.clearEntityFilter');
      await vscode.commands.executeCommand('articleLens.showArticleEntities');
    });

    it('lists Lavrov among the people of 004', async () => {
      await vscode.commands.executeCommand('articleLens.showEntities');
      await vscode.commands.executeCommand('articleLens.showArticleEntities');
      await eventually(async () => {
        const groups = await api.entitiesTree();
        const lavrov = child(child(groups, 'People').children, 'Sergey Lavrov');
        assert.match(lavrov.description ?? '', /^\d+ here · \d+ in 5 articles$/);
        assert.ok(!child(groups, 'Places').children?.some((p) => p.label === 'Sergey Lavrov'), 'a person is not listed as a place');
      });
    });

    it('in the workspace scope, Lavrov expands to his mentions in all 5 articles', async () => {
      await vscode.commands.executeCommand('articleLens.showWorkspaceEntities');
      await eventually(async () => {
        const lavrov = child(child(await api.entitiesTree(3), 'People').children, 'Sergey Lavrov');
        assert.match(lavrov.description ?? '', /^\d+ mentions · 5 articles$/);
        const labels = (lavrov.children ?? []).map((a) => a.label);
        assert.deepEqual([...labels].sort(), seeds.map(fileName), 'articles under Lavrov');
      });
    });

    it('the filter keeps the matching entities only, by any spelling', async () => {
      await vscode.commands.executeCommand('articleLens.filterEntities', 'Sergei');
      const groups = await eventually(async () => {
        const groups = await api.entitiesTree();
        assert.deepEqual(groups.flatMap((g) => (g.children ?? []).map((e) => e.label)), ['Sergey Lavrov']);
        return groups;
      });
      assert.equal(groups.length, 1);
    });
  });

  describe('Timeline view', () => {
    it("renders the Putin visit's claims with the conflicting one marked", async () => {
      await vscode.commands.executeCommand('articleLens.showTimeline');
      await eventually(async () => {
        const model = await api.timelineModel();
        const visit = model.events.find((e) => e.label === 'Vladimir Putin visit to India');
        assert.ok(visit, `events: ${model.events.map((e) => e.label).join(', ')}`);
        assert.ok(visit.disputed);
        const conflicting = visit.claims.filter((c) => c.conflicting);
        assert.deepEqual(conflicting.map((c) => [c.written, c.article.slice(0, 3)]), [['early 2025', '004']]);
        const agreeing = new Set(visit.claims.filter((c) => !c.conflicting).map((c) => c.article.slice(0, 3)));
        assert.deepEqual([...agreeing].sort(), ['000', '001', '003']);

        // The page drawn: the visit's section marked disputed, its one conflicting row as such, the others not.
        const html = api.lastTimelineHtml() ?? '';
        const section = html.split('<section').find((s) => s.includes('Vladimir Putin visit to India')) ?? '';
        assert.match(section, /^ class="event disputed"/, 'the Timeline panel has not drawn the disputed visit');
        const rows = section.split('<div class="row ').slice(1);
        assert.equal(rows.filter((r) => r.startsWith('conflict')).length, 1);
        assert.match(rows.find((r) => r.startsWith('conflict')) ?? '', /early 2025.*004_/s);
        assert.equal(rows.filter((r) => r.startsWith('agrees')).length, visit.claims.length - 1);
      });
    });
  });
});
