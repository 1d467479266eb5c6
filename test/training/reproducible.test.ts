import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The committed weights must be what `npm run train` writes from the training data, byte for byte: the
// tagger's features read the word lists, so a change to a list that the weights were not retrained for
// would leave a file no one can rebuild (it happened once, and only a retraining showed it).

const root = path.join(__dirname, '..', '..', '..');
const trainingData = path.join(root, '..', 'shared', 'data', 'conll2003-train.conll');

test('npm run train rebuilds the committed weights byte for byte', { skip: !fs.existsSync(trainingData) && 'the training data is not beside the repository' }, () => {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-train-')), 'weights.json');
  const trainer = path.join(root, 'out', 'server', 'src', 'training', 'trainTagger.js');
  const run = spawnSync(process.execPath, [trainer, trainingData, output, '12'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const committed = fs.readFileSync(path.join(root, 'server', 'data', 'ner-weights.json'));
  assert.ok(fs.readFileSync(output).equals(committed), 'the trained weights differ from server/data/ner-weights.json: run npm run train');
  fs.rmSync(path.dirname(output), { recursive: true, force: true });
});
