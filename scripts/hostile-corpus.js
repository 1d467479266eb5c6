#!/usr/bin/env node
'use strict';
// A folder of 18 hostile files, and one measured `article-lens analyze` run over it (npm run build first).
//
//   node scripts/hostile-corpus.js DIR            writes the files (and DIR/../<name>.manifest.json)
//   node scripts/hostile-corpus.js --check DIR    writes them, runs `node bin/article-lens.js analyze --format
//                                                 json DIR`, and checks: exit 0 in under 120 s, all 18 files
//                                                 reported, binary files refused, exact offsets in every
//                                                 readable file, and the entities of each real article (their
//                                                 most complete names) found again in every readable file
//                                                 derived from it (90% at least; each miss is listed).
//
// The real articles are ../shared/seeds (else samples/). Everything is generated from a fixed seed.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const REPO = path.resolve(__dirname, '..');
const need = (p) => require(path.join(REPO, 'out', p));
const { prng } = need('test/support/prng.js');

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const CAPITALS = 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango'.split(' ');

function realArticles() {
  for (const folder of [path.resolve(REPO, '../shared/seeds'), path.join(REPO, 'samples')]) {
    try {
      const names = fs.readdirSync(folder).filter((n) => /\.(txt|article|news)$/.test(n)).sort();
      if (names.length >= 3) return names.map((n) => ({ name: n, text: fs.readFileSync(path.join(folder, n), 'utf8') }));
    } catch {
      // Try the next folder.
    }
  }
  throw new Error('no real articles in ../shared/seeds or samples/');
}

/** A valid PNG image (a gradient), as an image viewer would open it. */
function png(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set([x % 256, y % 256, (x * y) % 256], y * (width * 3 + 1) + 1 + x * 3);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const run = (n, unit, sep = ' ') => Array.from({ length: n }, (_, i) => unit(i)).join(sep);
const utf16be = (s) => {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return b;
};

/** The 18 files: name → { bytes, from (the real article it is derived from, if any), binary }. */
function hostileFiles() {
  const r = prng(20261208);
  const real = realArticles();
  const art = (k) => real[k % real.length];
  const files = {};
  const add = (name, bytes, extra = {}) => (files[name] = { bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'), ...extra });

  add('01-random-bytes.txt', Buffer.from(Array.from({ length: 65536 }, () => Math.floor(r() * 256))), { binary: true });
  add('02-photo-png.txt', png(320, 240), { binary: true });
  // 20 MB of text: the real articles over and over, as a scraper's dump (only the first part is analysed).
  const all = real.map((a) => a.text.replace(/^date .*\n/, '')).join('\n\n');
  add('03-dump-20mb.txt', all.repeat(Math.ceil(20e6 / Buffer.byteLength(all))).slice(0, 20e6), { from: real.map((a) => a.name) });
  // Invalid UTF-8: the article's accented letters and quotes in Latin-1, and stray bytes between paragraphs.
  {
    const a = art(0);
    const parts = a.text.split('\n\n').map((p) => Buffer.from(p, 'utf8'));
    const bytes = Buffer.concat(parts.flatMap((p, i) => [p, Buffer.from(i % 2 ? [0x0a, 0xff, 0xfe, 0x80, 0x0a] : [0x0a, 0xc3, 0x0a])]));
    add('04-invalid-utf8.txt', Buffer.concat([bytes, Buffer.from(' caf\xe9 na\xefve \x93quoted\x94', 'latin1')]), { from: [a.name] });
  }
  add('05-utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(art(1).text, 'utf16le')]), { from: [art(1).name] });
  add('06-utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(art(2).text)]), { from: [art(2).name] });
  add('07-crlf-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(art(3).text.replace(/\r?\n/g, '\r\n'), 'utf8')]), { from: [art(3).name] });
  {
    const line = art(4).text.replace(/\s*\n\s*/g, ' ');
    add('08-single-line-1mb.txt', line.repeat(Math.ceil(1e6 / line.length)).slice(0, 1e6), { from: [art(4).name] });
  }
  add('09-digits-200k.txt', run(200000, (i) => String((i * 7919) % 100000)));
  add('10-months-200k.txt', run(200000, (i) => MONTHS[i % 12]));
  add('11-capitals-200k.txt', run(200000, (i) => CAPITALS[(i * 7) % CAPITALS.length]));
  add('12-punctuation-300k.txt', run(300000, (i) => '.,;:!?-—"“”‘’\'()[]…'[i % 19], ''));
  // Emoji, right-to-left and zero-width characters between the sentences and around the lines.
  {
    const a = art(1);
    const marks = ['🙂', '🇮🇳', '👩‍👩‍👧', '\u200b', '\u200d', '\u200f', '\u202e', '\u202c', '\u2067', '\u2069', 'مرحبا', 'שלום', '\ufeff'];
    const text = a.text.replace(/\. /g, () => `. ${marks[Math.floor(r() * marks.length)]}${marks[Math.floor(r() * marks.length)]} `).replace(/\n/g, () => `${marks[Math.floor(r() * marks.length)]}\n\u200b`);
    add('13-emoji-rtl-zero-width.txt', text, { from: [a.name] });
  }
  // Control characters (bell, escape, backspace, form feed) at the start of lines and in colour codes: under the binary threshold.
  {
    const a = art(2);
    add('14-control-characters.txt', '\x1b[1m' + a.text.replace(/\n/g, () => `\n${['\x07', '\x1b[0m', '\x08', '\f', '\x01', '\x1f'][Math.floor(r() * 6)]}`), { from: [a.name] });
  }
  add('15-impossible-header-date.txt', `date 2025-02-30\n${art(3).text.replace(/^date .*\n/, '')}`, { from: [art(3).name] });
  add('16-empty.txt', '');
  // Surrogates encoded one by one (CESU-8, as some Java and database exports write them): invalid UTF-8.
  {
    const a = art(4);
    const cesu = Buffer.from([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]);
    add('17-lone-surrogates.txt', Buffer.concat(a.text.split('\n\n').flatMap((p) => [Buffer.from(p + '\n\n', 'utf8'), cesu])), { from: [a.name] });
  }
  add('18-plain-article.txt', art(0).text, { from: [art(0).name] });
  return { files, real };
}

function write(dir) {
  const { files, real } = hostileFiles();
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, f] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), f.bytes);
  return { files, real };
}

function check(dir) {
  const { analyzeArticle } = need('server/src/analysis/article/analyzeArticle.js');
  const { decodeArticle } = need('server/src/workspace/decode.js');
  const { files, real } = write(dir);
  const problems = [];
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'article-lens.js'), 'analyze', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 300_000 });
  const seconds = (Date.now() - started) / 1000;
  if (result.status !== 0) problems.push(`exit ${result.status} (${result.signal ?? ''}): ${result.stderr.slice(-500)}`);
  if (seconds >= 120) problems.push(`took ${seconds.toFixed(1)} s`);
  const out = JSON.parse(result.stdout || '{"documents":[]}');
  const byName = new Map(out.documents.map((d) => [path.basename(d.path), d]));
  // The entities each real article has on its own, by their most complete name in it.
  const expected = new Map(real.map((a) => [a.name, new Set(analyzeArticle(a.text).entities.map((e) => e.name))]));
  const rows = [];
  for (const [name, f] of Object.entries(files)) {
    const doc = byName.get(name);
    if (!doc) {
      problems.push(`${name}: not reported`);
      continue;
    }
    let row = `${name.padEnd(30)} ${(f.bytes.length / 1e6).toFixed(2).padStart(6)} MB  `;
    if (doc.error) {
      row += `error: ${doc.error}`;
      if (!f.binary) problems.push(`${name}: ${doc.error}`);
    } else {
      if (f.binary) problems.push(`${name}: binary content analysed`);
      const decoded = decodeArticle(new Uint8Array(f.bytes)).text ?? '';
      const bad = [...doc.mentions, ...doc.times].find((s) => decoded.slice(s.start, s.end) !== s.text || s.end > decoded.length);
      if (bad) problems.push(`${name}: span [${bad.start}, ${bad.end}) "${bad.text}" is "${decoded.slice(bad.start, bad.end)}"`);
      const found = new Set(doc.mentions.map((m) => m.text));
      const partly = doc.diagnostics.some((d) => d.code === 'partly-analysed');
      row += `${doc.mentions.length} mentions, ${doc.times.length} dates, ${doc.diagnostics.length} diagnostics${partly ? ' (partly analysed)' : ''}, offsets exact`;
      if (f.from) {
        const wanted = f.from.map((n) => expected.get(n));
        const names = [...new Set(wanted.flatMap((w) => [...w]))];
        const hit = names.filter((n) => found.has(n));
        row += `, ${hit.length}/${names.length} of the real article's entities`;
        if (hit.length < names.length) row += ` (missing: ${names.filter((n) => !found.has(n)).join(', ')})`;
        // Hostile bytes around the text may change a borderline call, never the bulk of the names.
        if (hit.length < 0.9 * names.length) problems.push(`${name}: only ${hit.length} of the ${names.length} entities of ${f.from.join(', ')} found`);
      }
    }
    rows.push(row);
  }
  if (out.documents.length !== Object.keys(files).length) problems.push(`${out.documents.length} documents reported, not ${Object.keys(files).length}`);
  console.log(rows.join('\n'));
  console.log(`article-lens analyze: exit ${result.status}, ${out.documents.length} files reported, ${seconds.toFixed(1)} s`);
  console.log(problems.length ? `PROBLEMS:\n  ${problems.join('\n  ')}` : 'ok');
  return problems.length === 0;
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: node scripts/hostile-corpus.js [--check] DIR');
  process.exit(2);
}
if (args.includes('--check')) process.exitCode = check(path.resolve(dir)) ? 0 : 1;
else {
  write(path.resolve(dir));
  console.log(`18 hostile files written to ${dir}`);
}
