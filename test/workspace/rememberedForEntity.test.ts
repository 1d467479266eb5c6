import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

// Answers computed per entity (its references as locations) are kept while no article changes, within a
// bound on how many items they hold together, the least recently used going first.

test('an entity answer is remembered, and the least recently used goes once the bound is passed', () => {
  const index = new WorkspaceIndex();
  const computed: string[] = [];
  const answer = (name: string, size: number) => () => {
    computed.push(name);
    return new Array<number>(size).fill(0);
  };
  const a = {};
  const b = {};
  const c = {};
  index.rememberedForEntity(a, answer('a', 40_000));
  index.rememberedForEntity(b, answer('b', 40_000));
  index.rememberedForEntity(a, answer('a', 40_000));
  assert.deepEqual(computed, ['a', 'b'], 'asked again, the answer is remembered');
  index.rememberedForEntity(c, answer('c', 40_000));
  index.rememberedForEntity(a, answer('a', 40_000));
  index.rememberedForEntity(b, answer('b', 40_000));
  assert.deepEqual(computed, ['a', 'b', 'c', 'b'], 'b, the least recently used, went when c came');
});
