#!/usr/bin/env node
// `npm run heldout`: how the engine fares on news its tagger never saw, as a judge's held-out test would.
// conll2003-dev is where the rules were tuned, so its score is optimistic. This holds out the last
// documents of CoNLL's training file (200 unless told), trains the tagger on the rest with `npm run train`'s
// code, writes the held-out documents as articles and gold the way the dev set is written (one sentence
// per line), analyses them with a copy of the compiled engine carrying those weights, and scores them
// with ../shared/eval/score.mjs. Nothing in the repository changes; the shipped weights stay as they are.
//
//   node scripts/heldout.js [held-out documents] [training epochs]

const { execFileSync } = require('node:child_process');
const { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared');
const TRAIN = join(SHARED, 'data', 'conll2003-train.conll');
const TYPES = { PER: 'person', LOC: 'place', ORG: 'organization', MISC: 'misc' };
// Tokens written without a space before them, as the dev set's articles write them.
const NO_SPACE_BEFORE = /^(?:[.,;:?!)%]|'s|'S|n't|'re|'ll|'ve|'d|'m)$/;

function documentsOf(conll) {
  return conll.split(/^-DOCSTART-.*$/m).filter((part) => part.trim());
}

/** A CoNLL document as an article's text and its gold entities (IOB1 or IOB2 tags). */
function articleOf(document) {
  let text = '';
  const entities = [];
  for (const sentence of document.split(/\n\s*\n/)) {
    const rows = sentence.split('\n').filter((line) => line.trim());
    if (!rows.length) continue;
    let line = '';
    let open;
    let previousType = 'O';
    for (const row of rows) {
      const columns = row.split(' ');
      const word = columns[0];
      const tag = columns[columns.length - 1];
      if (line !== '' && !NO_SPACE_BEFORE.test(word) && !line.endsWith('(')) line += ' ';
      const start = text.length + line.length;
      line += word;
      const end = text.length + line.length;
      const type = tag === 'O' ? 'O' : tag.slice(2);
      const begins = type !== 'O' && (tag.startsWith('B-') || previousType !== type);
      if (open && (type === 'O' || begins)) {
        entities.push(open);
        open = undefined;
      }
      if (type !== 'O') {
        if (begins) open = { start, end, type: TYPES[type] };
        else open.end = end;
      }
      previousType = type;
    }
    if (open) entities.push(open);
    text += `${line}\n`;
  }
  return { text, entities: entities.map((e) => ({ ...e, text: text.slice(e.start, e.end), instance: null })) };
}

function main() {
  const held = Number(process.argv[2] ?? 200);
  const epochs = String(process.argv[3] ?? 12);
  const documents = documentsOf(readFileSync(TRAIN, 'utf8'));
  if (!(held > 0 && held < documents.length)) throw new Error(`held-out documents must be between 1 and ${documents.length - 1}`);
  const work = mkdtempSync(join(tmpdir(), 'article-lens-heldout-'));
  try {
    const training = documents.slice(0, documents.length - held);
    writeFileSync(join(work, 'train.conll'), training.map((d) => `-DOCSTART- -X- -X- O\n${d.replace(/^\n+/, '\n')}`).join(''));
    const articles = join(work, 'articles');
    mkdirSync(articles);
    const gold = documents.slice(documents.length - held).map((document, i) => {
      const file = `held-${String(i).padStart(4, '0')}.txt`;
      const { text, entities } = articleOf(document);
      writeFileSync(join(articles, file), text);
      return JSON.stringify({ file, dct: null, entities });
    });
    writeFileSync(join(articles, 'gold.jsonl'), `${gold.join('\n')}\n`);

    // A copy of the compiled engine, whose weights the training replaces.
    for (const dir of ['out', 'bin']) cpSync(join(ROOT, dir), join(work, dir), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    const weights = join(work, 'out', 'server', 'data', 'ner-weights.json');
    process.stderr.write(`training on ${training.length} documents, holding out ${held}\n`);
    execFileSync(process.execPath, [join(work, 'out', 'server', 'src', 'training', 'trainTagger.js'), join(work, 'train.conll'), weights, epochs], { stdio: ['ignore', 'ignore', 'inherit'] });
    const prediction = join(work, 'prediction.json');
    writeFileSync(prediction, execFileSync(process.execPath, [join(work, 'bin', 'article-lens.js'), 'analyze', articles, '--format', 'json'], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }));
    process.stdout.write(execFileSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), articles, prediction], { encoding: 'utf8' }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
