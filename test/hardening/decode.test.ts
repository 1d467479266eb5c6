import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BINARY_CONTENT, decodeArticle } from '../../server/src/workspace/decode';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { prng } from '../support/prng';
import { assertExactSpans } from '../support/spans';

// Every file gets an answer: text (whatever its encoding, with exact offsets) or a reason it is not one.

const ARTICLE = 'Moscow, November 27: Russian Foreign Minister Sergey Lavrov met Narendra Modi in New Delhi on Thursday.\n';
const MIXED = '🙂\u200bSergey Lavrov\u200f said \u202eon Monday\u202c that 🇮🇳 India’s Narendra Modi will visit Moscow in early December 2025.\r\n';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
function utf16le(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'utf16le'));
}
function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
}
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const textOf = (bytes: Uint8Array): string => {
  const decoded = decodeArticle(bytes);
  assert.equal(decoded.error, undefined, `decoded as text, not "${decoded.error}"`);
  return decoded.text!;
};

describe('decoding article files', () => {
  test('UTF-8 keeps emoji, zero-width and right-to-left characters and CRLF as they are', () => {
    assert.equal(textOf(utf8(MIXED)), MIXED);
    assert.equal(textOf(utf8('a\r\nb\rc\n')), 'a\r\nb\rc\n');
  });

  test('byte-order marks are honoured and removed: UTF-8, UTF-16LE, UTF-16BE', () => {
    assert.equal(textOf(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(MIXED))), MIXED);
    assert.equal(textOf(concat(new Uint8Array([0xff, 0xfe]), utf16le(MIXED))), MIXED);
    assert.equal(textOf(concat(new Uint8Array([0xfe, 0xff]), utf16be(MIXED))), MIXED);
  });

  test('UTF-16 without a byte-order mark is recognised by its zero bytes', () => {
    assert.equal(textOf(utf16le(ARTICLE)), ARTICLE);
    assert.equal(textOf(utf16be(ARTICLE)), ARTICLE);
  });

  test('invalid UTF-8 is replaced, not rejected: Latin-1 accents, stray continuation bytes, a cut sequence', () => {
    const latin1 = new Uint8Array(Buffer.from('Jón Einarsson met François Hollande in Reykjavík.', 'latin1'));
    assert.equal(textOf(latin1), 'J\ufffdn Einarsson met Fran\ufffdois Hollande in Reykjav\ufffdk.');
    assert.equal(textOf(concat(utf8('Lavrov '), new Uint8Array([0x80, 0xbf]), utf8(' said'))), 'Lavrov \ufffd\ufffd said');
    assert.equal(textOf(concat(utf8('Modi '), new Uint8Array([0xf0, 0x9f, 0x99]))), 'Modi \ufffd');
  });

  test('lone surrogates in UTF-16 become U+FFFD, one code unit each, so offsets stay put', () => {
    const bytes = concat(new Uint8Array([0xff, 0xfe]), utf16le('a'), new Uint8Array([0x00, 0xd8]), utf16le('b'), new Uint8Array([0x00, 0xdc]), utf16le('c'));
    assert.equal(textOf(bytes), 'a\ufffdb\ufffdc');
    // An odd last byte too.
    assert.equal(textOf(concat(new Uint8Array([0xff, 0xfe]), utf16le('ab'), new Uint8Array([0x41]))), 'ab\ufffd');
  });

  test('empty files and a lone byte-order mark are empty articles', () => {
    assert.equal(textOf(new Uint8Array(0)), '');
    assert.equal(textOf(new Uint8Array([0xef, 0xbb, 0xbf])), '');
    assert.equal(textOf(new Uint8Array([0xff, 0xfe])), '');
    assert.equal(textOf(new Uint8Array([0xfe, 0xff])), '');
  });

  test('a few control characters (form feed, escape, tab) stay text', () => {
    const text = `Page 1\f\tSergey Lavrov said\x1b[0m on Monday.\v\n`;
    assert.equal(textOf(utf8(text)), text);
  });

  test('binary content is refused with a reason: NUL bytes, a PNG, control characters, random bytes, UTF-32', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    assert.equal(decodeArticle(png).error, BINARY_CONTENT);
    assert.equal(decodeArticle(concat(utf8(ARTICLE), new Uint8Array([0]), utf8(ARTICLE))).error, BINARY_CONTENT);
    assert.equal(decodeArticle(new Uint8Array(2000).map((_, i) => (i % 3 === 0 ? 1 + (i % 8) : 0x61))).error, BINARY_CONTENT);
    const random = prng(8);
    for (const size of [32, 100, 1000, 8192, 100_000]) {
      for (let k = 0; k < 20; k++) {
        const bytes = new Uint8Array(size).map(() => Math.floor(random() * 256));
        assert.equal(decodeArticle(bytes).error, BINARY_CONTENT, `random bytes, ${size}`);
        // Even without a single NUL byte.
        assert.equal(decodeArticle(bytes.map((b) => b || 0x41)).error, BINARY_CONTENT, `random bytes without NUL, ${size}`);
      }
    }
    const utf32 = new Uint8Array(4 + ARTICLE.length * 4);
    utf32.set([0xff, 0xfe, 0, 0]);
    for (let i = 0; i < ARTICLE.length; i++) utf32[4 + i * 4] = ARTICLE.charCodeAt(i);
    assert.equal(decodeArticle(utf32).error, BINARY_CONTENT);
    // Binary behind a UTF-16 mark.
    assert.equal(decodeArticle(concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(64).map((_, i) => i % 5))).error, BINARY_CONTENT);
  });

  test('offsets are exact in decoded text of every encoding, and the names are found', () => {
    const encodings: Array<[string, Uint8Array]> = [
      ['utf-8', utf8(ARTICLE + MIXED)],
      ['utf-8 with BOM', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(ARTICLE + MIXED))],
      ['utf-16le with BOM', concat(new Uint8Array([0xff, 0xfe]), utf16le(ARTICLE + MIXED))],
      ['utf-16be with BOM', concat(new Uint8Array([0xfe, 0xff]), utf16be(ARTICLE + MIXED))],
      ['CRLF', utf8((ARTICLE + MIXED).replace(/\r?\n/g, '\r\n'))],
    ];
    for (const [name, bytes] of encodings) {
      const text = textOf(bytes);
      const analysis = analyzeArticle(text);
      assertExactSpans(text, analysis, name);
      const names = new Set(analysis.mentions.map((m) => m.text));
      for (const expected of ['Sergey Lavrov', 'Narendra Modi', 'New Delhi']) assert.ok(names.has(expected), `${name}: ${expected} in ${[...names].join(', ')}`);
      const lavrov = text.indexOf('Sergey Lavrov', ARTICLE.length);
      assert.ok(analysis.mentions.some((m) => m.start === lavrov && m.text === 'Sergey Lavrov'), `${name}: the mention after the emoji and zero-width space`);
    }
  });
});
