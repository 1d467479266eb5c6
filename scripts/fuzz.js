#!/usr/bin/env node
'use strict';
// Long fuzz run over the compiled engine and language server (npm run build first; `npm run fuzz`).
//
// Engine: generated articles (random Unicode, the pieces that trouble a news reader, mutated real articles,
// corrupted bytes through the decoder, long runs of one token) are analysed in worker threads, each case under
// a time limit; every span must be exact. Every 50 cases the last articles form a corpus whose conflicts and
// findings must point inside their articles.
// LSP: the real server over stdio on a folder of articles; random edits (didChange, incremental), random
// positions for hover, definition, references and the other requests; every answer must be well-formed,
// within the document, hovers inert, and the server alive at the end.
//
//   node scripts/fuzz.js [--cases N] [--seed S] [--jobs J] [--limit-ms MS] [--sessions K] [--ops M] [--case I] [--json]
//
// Prints the figures (cases, crashes, invalid offsets, hangs, slowest case) and exits 1 on any failure; a
// failing case's text is written to a file to replay it with --case I.

const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const OUT = path.join(REPO, 'out');
const need = (p) => require(path.join(OUT, p));
const { prng } = need('test/support/prng.js');

// ---------------------------------------------------------------------------------------------------------
// Generators: case i of seed s is always the same text.

const PIECES = [
  'Sergey Lavrov', 'Lavrov', 'Russian Foreign Minister', 'President', 'Putin’s', "Modi's", 'S. Jaishankar', 'the Shanghai Cooperation Organisation (SCO)',
  'India-Russia', 'U.S.', 'New Delhi', 'Moscow,', 'November 27:', 'early December 2025', 'December 5-6', 'last year', 'on Thursday', 'February 30',
  'Monday, March 3, 2026', '2024', '$60 billion', '25%', 'once a year', '33 years', '10:35 a.m.', 'the latter half', 'Q3', 'mid-', 'late',
  'will visit', 'was confirmed', 'said', 'summit', 'visit', 'talks', '“', '”', '‘', '’', '"', '(', ')', '.', ',', ';', ':', '-', '—', '\n', '\n\n', '\r\n', '\r',
  '🙂', '🇮🇳', '👩‍👩‍👧', '\u200b', '\u200d', '\u202e', '\u202c', '\u200f', '\u2066', '\ufeff', '\ud800', '\udc00', '\ufffd', 'ÉÀÏ', 'Jón Einarsson', 'é', 'e\u0301',
  'date 2025-10-01', 'date 2025-02-30', 'date 9999-99-99', 'Advertisement · Scroll to continue', 'ALSO READ:', '0000000000000000', 'AAAAAAAAAAAAAAAA',
  'May May May', 'March March', '...', '!!!', '???', 'the the the', 'Mr.', 'Dr.', 'St.', '\t', '\f', '\x00', '\x1b[0m', '[x](command:workbench.action.openSettings)',
  '<img src=x onerror=alert(1)>', 'محمد بن سلمان', 'שלום', '北京', 'Москва', 'Κυριάκος Μητσοτάκης', '１２月５日', 'Ⅻ', '٣', '1st', '22nd', 'the 23rd summit',
];

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const RUN_UNITS = [
  () => '9', (r) => String(Math.floor(r() * 1e6)), (r) => MONTHS[Math.floor(r() * 12)], (r) => `${MONTHS[Math.floor(r() * 12)]} ${1 + Math.floor(r() * 31)}`,
  () => 'Lavrov', () => 'Sergey', () => 'U.S.', () => '.', () => '!', () => '-', () => '“', () => '(', () => 'Mr.', () => 'the', () => '2025-', () => '🙂', () => '\u200b',
];

// Code point ranges for random Unicode, with their weights.
const RANGES = [
  [0x20, 0x7e, 30], [0x0a, 0x0d, 4], [0x00, 0x1f, 1], [0xa0, 0x24f, 6], [0x300, 0x36f, 2], [0x370, 0x3ff, 1], [0x400, 0x4ff, 2], [0x590, 0x6ff, 3],
  [0x200b, 0x200f, 2], [0x2028, 0x202e, 1], [0x2060, 0x2069, 1], [0x3040, 0x30ff, 1], [0x4e00, 0x9fff, 2], [0xd800, 0xdfff, 1], [0xfe00, 0xfe0f, 1],
  [0xfff0, 0xffff, 1], [0x1f300, 0x1faff, 3], [0x10000, 0x10ffff, 1],
];
const RANGE_TOTAL = RANGES.reduce((s, r) => s + r[2], 0);

function randomUnicode(r, length) {
  let out = '';
  while (out.length < length) {
    let pick = r() * RANGE_TOTAL;
    const range = RANGES.find((x) => (pick -= x[2]) < 0) ?? RANGES[0];
    out += String.fromCodePoint(range[0] + Math.floor(r() * (range[1] - range[0] + 1)));
    if (r() < 0.15) out += ' ';
  }
  return out;
}

function pieces(r, count) {
  const parts = [];
  for (let i = 0; i < count; i++) parts.push(PIECES[Math.floor(r() * PIECES.length)], r() < 0.8 ? ' ' : '');
  return parts.join('');
}

function mutate(r, text, count) {
  for (let k = 0; k < count; k++) {
    const at = Math.floor(r() * (text.length + 1));
    const len = Math.floor(r() * Math.min(200, text.length - at + 1));
    switch (Math.floor(r() * 9)) {
      case 0: text = text.slice(0, at) + text.slice(at + len); break;
      case 1: text = text.slice(0, at) + text.slice(at, at + len).repeat(1 + Math.floor(r() * 5)) + text.slice(at + len); break;
      case 2: text = text.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + text.slice(at); break;
      case 3: text = text.slice(0, at) + randomUnicode(r, 1 + Math.floor(r() * 20)) + text.slice(at); break;
      case 4: text = text.slice(0, at) + text.slice(at, at + len).toUpperCase() + text.slice(at + len); break;
      case 5: text = text.slice(0, at) + text.slice(at, at + len).toLowerCase() + text.slice(at + len); break;
      case 6: text = text.replace(/\n/g, r() < 0.5 ? '\r\n' : '\r'); break;
      case 7: text = text.slice(0, at); break;
      default: text = text.slice(0, at) + ['\n', '\n\n', ' ', '', '\ud83d', '\u200b'][Math.floor(r() * 6)] + text.slice(at + 1);
    }
  }
  return text;
}

/** Kinds of case and how often each comes. */
const KINDS = [['pieces', 30], ['unicode', 15], ['mutated', 30], ['bytes', 15], ['run', 5], ['empty-ish', 5]];

/** The article of case `index`: its kind and text (or the bytes given to the decoder). */
function generate(seed, index, corpus) {
  const r = prng((seed * 1000003 + index * 7919) >>> 0);
  const total = KINDS.reduce((s, k) => s + k[1], 0);
  let pick = r() * total;
  const kind = (KINDS.find((k) => (pick -= k[1]) < 0) ?? KINDS[0])[0];
  const source = () => corpus[Math.floor(r() * corpus.length)] ?? pieces(r, 200);
  switch (kind) {
    case 'pieces': return { kind, text: pieces(r, 5 + Math.floor(r() * 400)) };
    case 'unicode': return { kind, text: randomUnicode(r, Math.floor(r() * 4000)) };
    case 'mutated': return { kind, text: mutate(r, source(), 1 + Math.floor(r() * 12)) };
    case 'bytes': {
      // A real article's bytes in some encoding, then corrupted: through the decoder as a file would be.
      const text = source();
      const enc = Math.floor(r() * 4);
      let bytes = enc === 0 ? Buffer.from(text, 'utf8') : enc === 1 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : enc === 2 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text, 'latin1');
      bytes = Buffer.from(bytes);
      const flips = Math.floor(r() * 20);
      for (let k = 0; k < flips && bytes.length > 0; k++) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
      if (r() < 0.2) bytes = bytes.subarray(0, Math.floor(r() * bytes.length));
      return { kind, bytes };
    }
    case 'run': {
      const unit = RUN_UNITS[Math.floor(r() * RUN_UNITS.length)];
      const n = 1000 + Math.floor(r() * 20000);
      const sep = [' ', '', ', ', '\n', ' and '][Math.floor(r() * 5)];
      const parts = new Array(n);
      for (let i = 0; i < n; i++) parts[i] = unit(r);
      return { kind, text: parts.join(sep) };
    }
    default: return { kind, text: ['', ' ', '\n', '\r\n', '\ufeff', '\u200b', '\ud800', '.', 'A', 'date', 'date 2025-01-01', 'Moscow:'][Math.floor(r() * 12)].repeat(1 + Math.floor(r() * 3)) };
  }
}

/** Real articles to mutate: the shared seeds and the samples. */
function readCorpus() {
  const texts = [];
  for (const folder of [path.resolve(REPO, '../shared/seeds'), path.join(REPO, 'samples')]) {
    let names = [];
    try {
      names = fs.readdirSync(folder).filter((n) => /\.(txt|article|news)$/.test(n)).sort();
    } catch {
      continue;
    }
    for (const n of names) texts.push(fs.readFileSync(path.join(folder, n), 'utf8'));
  }
  return texts;
}

// ---------------------------------------------------------------------------------------------------------
// Engine cases, in a worker thread.

if (!isMainThread) {
  const { analyzeArticle } = need('server/src/analysis/article/analyzeArticle.js');
  const { decodeArticle } = need('server/src/workspace/decode.js');
  const { spanProblem } = need('test/support/spans.js');
  const { Corpus } = need('server/src/analysis/corpus/corpus.js');
  const { findConflicts, corpusFindings } = need('server/src/analysis/corpus/conflicts.js');
  const { seed, corpus: realArticles } = workerData;
  // The tagger's weights load on first use: not part of any case's time.
  analyzeArticle('Sergey Lavrov met Narendra Modi in New Delhi on Thursday.');
  let recent = [];
  parentPort.on('message', (index) => {
    const started = process.hrtime.bigint();
    let problem;
    let error;
    let length = 0;
    try {
      const c = generate(seed, index, realArticles);
      let text = c.text;
      if (c.bytes) {
        const decoded = decodeArticle(new Uint8Array(c.bytes));
        text = decoded.text;
        if (text === undefined && decoded.error !== 'not a text article (binary content)') problem = `decoder error "${decoded.error}"`;
      }
      if (text !== undefined) {
        length = text.length;
        const analysis = analyzeArticle(text);
        problem = spanProblem(text, analysis);
        recent.push([`c${index}`, text, analysis]);
      }
      if (recent.length >= 50) {
        problem = problem ?? corpusProblem(recent, Corpus, findConflicts, corpusFindings);
        recent = [];
      }
    } catch (err) {
      error = err && err.stack ? err.stack : String(err);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    parentPort.postMessage({ index, ms, problem, error, length });
  });
}

function corpusProblem(articles, Corpus, findConflicts, corpusFindings) {
  const corpus = new Corpus();
  const texts = new Map();
  for (const [id, text, analysis] of articles) {
    corpus.set(id, analysis);
    texts.set(id, text);
  }
  const conflicts = findConflicts(corpus);
  for (const [id, list] of corpusFindings(corpus, conflicts, (x) => x)) {
    for (const f of list) {
      if (!(f.start >= 0 && f.start <= f.end && f.end <= texts.get(id).length)) return `corpus finding ${f.code} outside ${id}`;
      for (const rel of f.related) if (!(rel.start >= 0 && rel.start <= rel.end && rel.end <= texts.get(rel.article).length)) return `related location outside ${rel.article}`;
    }
  }
  for (const e of corpus.entities()) if (!(e.mentionCount > 0 && e.occurrences.length > 0)) return `corpus entity ${e.id} with no mention`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The main thread: options, the engine run, the LSP sessions, the figures.

function options(argv) {
  const o = { cases: 10000, seed: 1, jobs: Math.max(1, Math.min(2, os.cpus().length)), limitMs: 5000, killMs: 60000, sessions: 4, ops: 250, case: undefined, json: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => Number(inline ?? argv[++i]);
    if (flag === '--cases') o.cases = value();
    else if (flag === '--seed') o.seed = value();
    else if (flag === '--jobs') o.jobs = value();
    else if (flag === '--limit-ms') o.limitMs = value();
    else if (flag === '--kill-ms') o.killMs = value();
    else if (flag === '--sessions') o.sessions = value();
    else if (flag === '--ops') o.ops = value();
    else if (flag === '--case') o.case = value();
    else if (flag === '--json') o.json = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return o;
}

function saveCase(seed, index, corpus) {
  const c = generate(seed, index, corpus);
  const dir = path.join(os.tmpdir(), 'article-lens-fuzz');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `seed${seed}-case${index}.${c.bytes ? 'bin' : 'txt'}`);
  fs.writeFileSync(file, c.bytes ?? c.text);
  return file;
}

async function runEngine(o, corpus, log) {
  const indexes = o.case !== undefined ? [o.case] : Array.from({ length: o.cases }, (_, i) => i);
  const stats = { cases: 0, crashes: 0, invalidOffsets: 0, hangs: 0, slowestMs: 0, slowestCase: -1, totalMs: 0, chars: 0, failures: [] };
  let next = 0;
  const lane = () =>
    new Promise((resolve) => {
      let worker;
      let timer;
      let current;
      const start = () => {
        worker = new Worker(__filename, { workerData: { seed: o.seed, corpus } });
        worker.on('message', (m) => {
          clearTimeout(timer);
          record(m);
          feed();
        });
        worker.on('error', (err) => {
          clearTimeout(timer);
          // The worker died on this case (out of memory, a native crash): count it, carry on with a new one.
          if (current !== undefined) record({ index: current, ms: 0, error: `worker died: ${err && err.message}` });
          start();
          feed();
        });
      };
      const feed = () => {
        if (next >= indexes.length) {
          current = undefined;
          void worker.terminate();
          resolve();
          return;
        }
        current = indexes[next++];
        worker.postMessage(current);
        timer = setTimeout(() => {
          // A hang: the case is abandoned, its worker replaced.
          const index = current;
          current = undefined;
          worker.removeAllListeners();
          void worker.terminate();
          record({ index, ms: o.killMs, hang: true });
          start();
          feed();
        }, o.killMs);
      };
      start();
      feed();
    });
  const record = (m) => {
    stats.cases++;
    stats.totalMs += m.ms;
    stats.chars += m.length ?? 0;
    if (m.ms > stats.slowestMs) {
      stats.slowestMs = m.ms;
      stats.slowestCase = m.index;
    }
    let failure;
    if (m.error) {
      stats.crashes++;
      failure = `crash: ${m.error.split('\n').slice(0, 4).join(' | ')}`;
    } else if (m.problem) {
      stats.invalidOffsets++;
      failure = `invalid: ${m.problem}`;
    } else if (m.hang || m.ms > o.limitMs) {
      stats.hangs++;
      failure = `${m.hang ? 'hung' : 'slow'}: ${m.ms.toFixed(0)} ms`;
    }
    if (failure) {
      const file = saveCase(o.seed, m.index, corpus);
      stats.failures.push({ case: m.index, failure, file });
      log(`case ${m.index} (${generate(o.seed, m.index, corpus).kind}) ${failure} → ${file}`);
    }
    if (stats.cases % 1000 === 0) log(`  ${stats.cases} cases, slowest ${stats.slowestMs.toFixed(0)} ms`);
  };
  await Promise.all(Array.from({ length: Math.min(o.jobs, indexes.length) }, lane));
  return stats;
}

// LSP sessions ----------------------------------------------------------------------------------------------

function lineLengths(text) {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function rangeProblem(range, text, what) {
  if (!range || typeof range !== 'object') return `${what}: no range`;
  const lines = lineLengths(text);
  for (const p of [range.start, range.end]) {
    if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `${what}: malformed position ${JSON.stringify(p)}`;
    if (p.line >= lines.length || p.character > lines[p.line]) return `${what}: position ${p.line}:${p.character} outside the text (${lines.length} lines)`;
  }
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) return `${what}: range ends before it starts`;
  return undefined;
}

async function runLsp(o, corpus, log) {
  const { LspSession } = need('test/support/lspClient.js');
  const { markdownHazards } = need('test/support/markdownSafety.js');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const { pathToFileURL } = require('node:url');
  const stats = { sessions: 0, edits: 0, requests: 0, malformed: 0, errors: 0, hangs: 0, deaths: 0, slowestMs: 0, failures: [] };
  const fail = (what) => {
    stats.failures.push(what);
    log(`lsp: ${what}`);
  };
  for (let s = 0; s < o.sessions; s++) {
    const r = prng((o.seed * 7777 + s * 131) >>> 0);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-fuzz-lsp-'));
    const docs = new Map(); // uri → TextDocument (the text the server should have)
    const count = 3 + Math.floor(r() * 4);
    for (let k = 0; k < count; k++) {
      const text = k < corpus.length && r() < 0.7 ? corpus[Math.floor(r() * corpus.length)] : mutate(r, corpus[Math.floor(r() * corpus.length)] ?? pieces(r, 100), 1 + Math.floor(r() * 6));
      const file = path.join(folder, `a${k}.txt`);
      fs.writeFileSync(file, text);
      docs.set(pathToFileURL(file).href, TextDocument.create(pathToFileURL(file).href, 'plaintext', 0, text));
    }
    let session;
    try {
      session = await LspSession.start(folder);
    } catch (err) {
      fail(`session ${s}: the server did not start: ${err.message}`);
      stats.deaths++;
      continue;
    }
    stats.sessions++;
    let exited = false;
    session.process.on('exit', () => (exited = true));
    const opened = new Set();
    const uris = [...docs.keys()];
    const request = async (method, params) => {
      stats.requests++;
      const started = Date.now();
      let timer;
      try {
        return await Promise.race([session.request(method, params), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('HANG')), o.limitMs * 4)))]);
      } catch (err) {
        if (err.message === 'HANG') {
          stats.hangs++;
          fail(`session ${s}: ${method} unanswered after ${o.limitMs * 4} ms`);
        } else {
          stats.errors++;
          fail(`session ${s}: ${method} answered with an error: ${err.message}`);
        }
        return undefined;
      } finally {
        clearTimeout(timer);
        stats.slowestMs = Math.max(stats.slowestMs, Date.now() - started);
      }
    };
    const randomPosition = (doc) => {
      const text = doc.getText();
      if (r() < 0.05) return { line: Math.floor(r() * 1000), character: Math.floor(r() * 1000) }; // beyond the end
      return doc.positionAt(Math.floor(r() * (text.length + 1)));
    };
    const check = (problem) => {
      if (problem) {
        stats.malformed++;
        fail(`session ${s}: ${problem}`);
      }
    };
    const locationProblem = (loc, what) => {
      if (!loc || typeof loc.uri !== 'string') return `${what}: malformed location ${JSON.stringify(loc)}`;
      const target = docs.get(loc.uri);
      return target ? rangeProblem(loc.range, target.getText(), what) : `${what}: a location in an unknown document ${loc.uri}`;
    };
    for (let op = 0; op < o.ops && !exited; op++) {
      const uri = uris[Math.floor(r() * uris.length)];
      const doc = docs.get(uri);
      const textDocument = { uri };
      const roll = r();
      if (!opened.has(uri)) {
        opened.add(uri);
        await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: doc.version, text: doc.getText() } });
        continue;
      }
      if (roll < 0.3) {
        // An edit: replace a random range by hostile or realistic text, sometimes the whole text.
        const text = doc.getText();
        const a = Math.floor(r() * (text.length + 1));
        const b = Math.min(text.length, a + Math.floor(r() * 80));
        const insert = r() < 0.5 ? pieces(r, 1 + Math.floor(r() * 8)) : r() < 0.5 ? randomUnicode(r, Math.floor(r() * 30)) : '';
        const change = r() < 0.05 ? { text: mutate(r, text, 3) } : { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: insert };
        const updated = TextDocument.update(doc, [change], doc.version + 1);
        docs.set(uri, updated);
        stats.edits++;
        await session.notify('textDocument/didChange', { textDocument: { uri, version: updated.version }, contentChanges: [change] });
        continue;
      }
      const position = randomPosition(doc);
      const text = doc.getText();
      if (roll < 0.5) {
        const h = await request('textDocument/hover', { textDocument, position });
        if (h) {
          check(typeof h.contents?.value !== 'string' ? `hover: malformed ${JSON.stringify(h).slice(0, 200)}` : undefined);
          if (h.range) check(rangeProblem(h.range, text, 'hover range'));
          const hazards = typeof h.contents?.value === 'string' ? markdownHazards(h.contents.value) : [];
          check(hazards.length ? `hover not inert: ${hazards[0]}` : undefined);
        }
      } else if (roll < 0.6) {
        const d = await request('textDocument/definition', { textDocument, position });
        for (const loc of d === null || d === undefined ? [] : Array.isArray(d) ? d : [d]) check(locationProblem(loc, 'definition'));
      } else if (roll < 0.7) {
        const refs = await request('textDocument/references', { textDocument, position, context: { includeDeclaration: r() < 0.5 } });
        if (refs !== undefined && refs !== null && !Array.isArray(refs)) check('references: not a list');
        for (const loc of refs ?? []) check(locationProblem(loc, 'reference'));
      } else if (roll < 0.76) {
        const hl = await request('textDocument/documentHighlight', { textDocument, position });
        for (const h of hl ?? []) check(rangeProblem(h.range, text, 'highlight'));
      } else if (roll < 0.82) {
        const tokens = await request('textDocument/semanticTokens/full', { textDocument });
        if (tokens) {
          const data = tokens.data ?? [];
          if (data.length % 5 !== 0 || data.some((x) => !Number.isInteger(x) || x < 0)) check('semantic tokens: malformed data');
          const lines = lineLengths(text);
          let line = 0;
          let char = 0;
          for (let k = 0; k < data.length; k += 5) {
            line += data[k];
            char = data[k] === 0 ? char + data[k + 1] : data[k + 1];
            if (line >= lines.length || char + data[k + 2] > lines[line]) {
              check(`semantic token at ${line}:${char} (+${data[k + 2]}) outside the text`);
              break;
            }
          }
        }
      } else if (roll < 0.87) {
        const hints = await request('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) } });
        for (const h of hints ?? []) check(rangeProblem({ start: h.position, end: h.position }, text, 'inlay hint'));
      } else if (roll < 0.91) {
        const symbols = await request('textDocument/documentSymbol', { textDocument });
        const walk = (list) => {
          for (const x of list ?? []) {
            check(typeof x.name !== 'string' ? 'symbol without a name' : rangeProblem(x.range, text, 'symbol') ?? rangeProblem(x.selectionRange, text, 'symbol selection'));
            walk(x.children);
          }
        };
        walk(symbols);
      } else if (roll < 0.94) {
        const lenses = await request('textDocument/codeLens', { textDocument });
        for (const l of lenses ?? []) check(rangeProblem(l.range, text, 'code lens'));
      } else if (roll < 0.97) {
        const end = doc.positionAt(Math.min(text.length, doc.offsetAt(position) + Math.floor(r() * 50)));
        const diagnostics = session.diagnostics.get(uri)?.diagnostics ?? [];
        const actions = await request('textDocument/codeAction', { textDocument, range: { start: doc.positionAt(doc.offsetAt(position)), end }, context: { diagnostics } });
        if (actions !== undefined && actions !== null && !Array.isArray(actions)) check('code actions: not a list');
      } else {
        const symbols = await request('workspace/symbol', { query: randomUnicode(r, Math.floor(r() * 4)) });
        if (symbols !== undefined && symbols !== null && !Array.isArray(symbols)) check('workspace symbols: not a list');
      }
    }
    // The diagnostics of each open article's last version lie within it.
    for (const uri of opened) {
      const doc = docs.get(uri);
      let published;
      try {
        published = await session.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && (p.version === undefined || p.version === doc.version), o.limitMs * 4);
      } catch {
        if (!exited) fail(`session ${s}: no diagnostics for version ${doc.version} of ${path.basename(uri)}`);
        continue;
      }
      if (published.version === doc.version) for (const d of published.diagnostics) check(rangeProblem(d.range, doc.getText(), `diagnostic ${d.code}`));
    }
    // Still alive: one last question is answered.
    const alive = !exited && (await request('workspace/symbol', { query: 'a' })) !== undefined;
    if (!alive) {
      stats.deaths++;
      fail(`session ${s}: the server is gone`);
    }
    await session.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return stats;
}

async function main() {
  const o = options(process.argv.slice(2));
  const log = (line) => process.stderr.write(line + '\n');
  const corpus = readCorpus();
  const started = Date.now();
  const engine = await runEngine(o, corpus, log);
  const engineMs = Date.now() - started;
  const lsp = o.case === undefined && o.sessions > 0 ? await runLsp(o, corpus, log) : { sessions: 0, edits: 0, requests: 0, malformed: 0, errors: 0, hangs: 0, deaths: 0, slowestMs: 0, failures: [] };
  const seconds = (Date.now() - started) / 1000;
  const ok = engine.crashes + engine.invalidOffsets + engine.hangs + lsp.malformed + lsp.errors + lsp.hangs + lsp.deaths + lsp.failures.length === 0;
  const figures = {
    seed: o.seed,
    cases: engine.cases,
    crashes: engine.crashes,
    invalidOffsets: engine.invalidOffsets,
    hangs: engine.hangs,
    slowestCaseMs: Math.round(engine.slowestMs),
    slowestCase: engine.slowestCase,
    meanCaseMs: engine.cases ? +(engine.totalMs / engine.cases).toFixed(1) : 0,
    charsAnalysed: engine.chars,
    engineSeconds: engineMs / 1000,
    lsp: { sessions: lsp.sessions, edits: lsp.edits, requests: lsp.requests, malformed: lsp.malformed, errors: lsp.errors, hangs: lsp.hangs, serverDeaths: lsp.deaths, slowestRequestMs: lsp.slowestMs },
    seconds,
    ok,
  };
  if (o.json) console.log(JSON.stringify(figures));
  else {
    console.log(`engine: ${figures.cases} cases (seed ${o.seed}), ${figures.crashes} crashes, ${figures.invalidOffsets} invalid offsets, ${figures.hangs} hangs (> ${o.limitMs} ms), slowest case ${figures.slowestCaseMs} ms (#${figures.slowestCase}), mean ${figures.meanCaseMs} ms, ${(figures.charsAnalysed / 1e6).toFixed(1)} M characters in ${figures.engineSeconds.toFixed(0)} s`);
    console.log(`lsp: ${lsp.sessions} sessions, ${lsp.edits} edits, ${lsp.requests} requests, ${lsp.malformed} malformed or out-of-range answers, ${lsp.errors} error answers, ${lsp.hangs} hangs, ${lsp.deaths} server deaths, slowest request ${lsp.slowestMs} ms`);
    console.log(ok ? `ok in ${seconds.toFixed(0)} s` : `FAILED (${engine.failures.length + lsp.failures.length} failures; replay an engine case with --seed ${o.seed} --case N)`);
  }
  process.exitCode = ok ? 0 : 1;
}

if (isMainThread) {
  main().catch((err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exitCode = 2;
  });
}
