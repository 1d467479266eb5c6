import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TOKEN, tokenize } from '../../server/src/analysis/text/tokens';
import { lineSpans } from '../../server/src/analysis/text/lines';
import { prng } from '../support/prng';

// The tokenizer scans characters by hand for speed; TOKEN states the same tokens as an expression. Both
// must cut every text the same way.

function byExpression(text: string): string[] {
  return lineSpans(text).flatMap((line) => [...text.slice(line.start, line.end).matchAll(TOKEN)].map((m) => `${line.start + (m.index ?? 0)}:${m[0]}`));
}

const byScanner = (text: string) => tokenize(text).map((t) => `${t.start}:${t.text}`);

test('the scanner cuts the sample articles as the expression does', () => {
  const root = path.join(__dirname, '..', '..', '..', 'samples');
  for (const file of fs.readdirSync(root)) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    assert.deepEqual(byScanner(text), byExpression(text), file);
  }
});

test('the scanner cuts random text of every kind of character as the expression does', () => {
  const random = prng(11);
  // Letters (cased, uncased, accented, non-Latin), marks, digits of several scripts, apostrophes, periods,
  // separators, spaces and invisible format characters, surrogate pairs and lone surrogates, line breaks.
  const alphabet = [..."aZ'’.,:-sStndrh0159 \t\n\r", 'É', 'ß', 'ǅ', 'Ж', 'ж', 'ا', '中', '\u0301', '\u0663', 'Ⅻ', '\u00a0', '\u200b', '\u200e', '\u00ad', '\ufeff', '😀', '𝐀', '\ud800', '\udc00', '“', '”', '…'];
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * 40);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.deepEqual(byScanner(text), byExpression(text), JSON.stringify(text));
  }
});

test('token kinds and capitals', () => {
  const tokens = tokenize("U.S. envoy O'Brien met Élodie on the 3rd, at 10:30 — “yes”.");
  assert.deepEqual(
    tokens.map((t) => `${t.text}/${t.kind}${t.capitalized ? '/C' : ''}${t.allCaps ? '/A' : ''}`),
    ['U.S./word/C/A', 'envoy/word', "O'Brien/word/C", 'met/word', 'Élodie/word/C', 'on/word', 'the/word', '3rd/number', ',/punct', 'at/word', '10:30/number', '—/punct', '“/punct', 'yes/word', '”/punct', './punct'],
  );
});
