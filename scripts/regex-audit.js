#!/usr/bin/env node
'use strict';
// Measures how the engine's work grows on adversarial text: for each kind of hostile input (long runs of
// digits, month names, capitals, punctuation, one long line…) the article is analysed at doubling sizes, and
// the time of the whole analysis and of every regular expression (timed through RegExp.prototype.exec, which
// test, match, matchAll, replace and split all go through once it is replaced) is compared between sizes.
// Work that grows faster than linearly (×3 or more per doubling, above a floor) is flagged.
//
//   npm run build && node scripts/regex-audit.js [--sizes 10000,20000,40000,80000] [--only NAME] [--top N]

const path = require('node:path');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('sizes', '10000,20000,40000,80000').split(',').map(Number);
const only = opt('only', '');
const top = Number(opt('top', '3'));

const { analyzeArticle } = require(path.join(__dirname, '..', 'out', 'server', 'src', 'analysis', 'article', 'analyzeArticle.js'));

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const WORDS = 'Alpha Beta Gamma Delta Sergey Lavrov Moscow India Foreign Minister Reuters Shanghai Cooperation Organisation'.split(' ');
const repeat = (n, f, sep = ' ') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

/** Hostile inputs of about n tokens each. */
const INPUTS = {
  'digit run': (n) => '1'.repeat(n * 5),
  'numbers': (n) => repeat(n, (i) => String((i * 7919) % 100000)),
  'numbers with separators': (n) => repeat(n, (i) => `${i % 1000},${i % 997}.${i % 10}`, ' '),
  'digits and dashes': (n) => repeat(n, (i) => String(2000 + (i % 30)), '-'),
  'months': (n) => repeat(n, (i) => MONTHS[i % 12]),
  'month day runs': (n) => repeat(n, (i) => `${MONTHS[i % 12]} ${1 + (i % 28)}`, ', '),
  'capitals': (n) => repeat(n, (i) => WORDS[i % WORDS.length]),
  'all caps': (n) => repeat(n, (i) => 'ABCDEFGH'.slice(0, 2 + (i % 6))),
  'initials': (n) => repeat(n, () => 'U.S.', ''),
  'titles': (n) => repeat(n, (i) => (i % 2 ? 'Mr.' : 'President')),
  'periods': (n) => '.'.repeat(n),
  'punctuation mix': (n) => repeat(n, (i) => '.,;:!?-—"“”‘’\'()[]'[i % 18], ''),
  'spaces then word': (n) => ' '.repeat(n * 5) + 'x',
  'quotes': (n) => repeat(n, (i) => (i % 2 ? '“Said' : 'it”')),
  'hyphen words': (n) => repeat(n, () => 'India', '-'),
  'apostrophes': (n) => repeat(n, () => "O'B", ''),
  'one long line of prose': (n) =>
    repeat(Math.ceil(n / 24), (i) => `Russian Foreign Minister Sergey Lavrov said on Thursday that President Putin will visit New Delhi in early December ${2000 + (i % 30)}, Reuters reported`, ' ; '),
  'prose with line breaks': (n) =>
    repeat(Math.ceil(n / 24), (i) => `Russian Foreign Minister Sergey Lavrov said on Thursday that President Putin will visit New Delhi in early December ${2000 + (i % 30)}.`, '\n'),
  'lowercase words': (n) => repeat(n, (i) => 'the visit was last year in'.split(' ')[i % 6]),
  'emoji and marks': (n) => repeat(n, (i) => ['🙂', '\u200b', '\u202e', '\u200f', 'é', '\ud800'][i % 6], ''),
  'sentence ends': (n) => repeat(n, (i) => (i % 2 ? 'A.' : 'B'), ' '),
};

const originalExec = RegExp.prototype.exec;
let timing = null;
function timedExec(s) {
  const lastIndex = this.lastIndex;
  const t0 = process.hrtime.bigint();
  try {
    return originalExec.call(this, s);
  } finally {
    const key = `/${this.source.length > 90 ? this.source.slice(0, 90) + '…' : this.source}/${this.flags}`;
    const entry = timing.get(key) ?? { ns: 0n, calls: 0, maxNs: 0n };
    const ns = process.hrtime.bigint() - t0;
    entry.ns += ns;
    entry.calls++;
    if (ns > entry.maxNs) {
      entry.maxNs = ns;
      entry.slowest = { source: this.source, flags: this.flags, input: String(s), lastIndex };
    }
    timing.set(key, entry);
  }
}

/** The whole analysis timed without instrumentation (best of two), then once more with every regex timed. */
function measure(text) {
  let total = Infinity;
  for (let k = 0; k < 2; k++) {
    const t0 = process.hrtime.bigint();
    analyzeArticle(text);
    total = Math.min(total, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  timing = new Map();
  RegExp.prototype.exec = timedExec;
  try {
    analyzeArticle(text);
  } finally {
    RegExp.prototype.exec = originalExec;
  }
  const byRegex = timing;
  timing = null;
  return { total, byRegex };
}

const FLOOR_MS = 100;
let flagged = 0;
for (const [name, make] of Object.entries(INPUTS)) {
  if (only && !name.includes(only)) continue;
  const runs = sizes.map((n) => {
    const text = make(n);
    return { n, chars: text.length, ...measure(text) };
  });
  const last = runs[runs.length - 1];
  const prev = runs[runs.length - 2];
  const growth = prev ? last.total / Math.max(prev.total, 1) : 1;
  const sizeGrowth = prev ? last.chars / prev.chars : 1;
  const superLinear = prev && last.total > FLOOR_MS * 10 && growth > 1.5 * sizeGrowth;
  if (superLinear) flagged++;
  console.log(`${superLinear ? '!!' : '  '} ${name.padEnd(26)} ${runs.map((r) => `${(r.chars / 1000).toFixed(0)}k chars ${r.total.toFixed(0)} ms`).join(' | ')}  growth ×${growth.toFixed(2)} for ×${sizeGrowth.toFixed(2)} size`);
  // The regular expressions that take the most time at the largest size, and how they grew.
  // One call that takes long and grows faster than the text is backtracking; many short calls are not.
  const rows = [...last.byRegex.entries()].map(([key, e]) => {
    const before = prev?.byRegex.get(key);
    const maxMs = Number(e.maxNs) / 1e6;
    const maxBefore = before ? Number(before.maxNs) / 1e6 : 0;
    return { key, ms: Number(e.ns) / 1e6, maxMs, calls: e.calls, growth: maxBefore > 0 ? maxMs / maxBefore : Infinity };
  });
  rows.sort((a, b) => b.maxMs - a.maxMs);
  // A slow call may only have met a garbage collection: the slowest calls are timed again on their own.
  for (const r of rows.slice(0, top)) {
    const again = (entry) => {
      if (!entry?.slowest) return 0;
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const re = new RegExp(entry.slowest.source, entry.slowest.flags);
        re.lastIndex = entry.slowest.lastIndex;
        const t0 = process.hrtime.bigint();
        re.exec(entry.slowest.input);
        best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
      }
      return best;
    };
    const now = again(last.byRegex.get(r.key));
    const before = again(prev?.byRegex.get(r.key));
    r.maxMs = now;
    r.growth = before > 0.05 ? now / before : now > FLOOR_MS ? Infinity : 1;
  }
  for (const r of rows.slice(0, top)) {
    const bad = r.maxMs > FLOOR_MS && r.growth > 1.5 * sizeGrowth;
    if (bad) flagged++;
    console.log(`   ${bad ? '!!' : '  '} slowest call ${r.maxMs.toFixed(1).padStart(7)} ms (×${r.growth === Infinity ? '-' : r.growth.toFixed(2)}), ${r.ms.toFixed(0).padStart(5)} ms in ${r.calls} calls  ${r.key}`);
  }
}
console.log(flagged ? `${flagged} super-linear measurement(s) flagged` : 'no super-linear growth found');
process.exitCode = flagged ? 1 : 0;
