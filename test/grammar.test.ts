import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Compiled to out/test/grammar.test.js, so the project root is two levels up.
const ROOT = path.resolve(__dirname, '../..');
const GRAMMAR_PATH = path.resolve(__dirname, '../../syntaxes/article.tmLanguage.json');
const SAMPLES_DIR = path.join(ROOT, 'samples');

interface CaptureRule {
  name?: string;
  patterns?: Rule[];
}

type Captures = Record<string, CaptureRule>;

interface Rule {
  name?: string;
  contentName?: string;
  comment?: string;
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  whileCaptures?: Captures;
  patterns?: Rule[];
  repository?: Record<string, Rule>;
}

interface Grammar extends Rule {
  name: string;
  scopeName: string;
  fileTypes?: string[];
  patterns: Rule[];
}

const grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as Grammar;

interface Located {
  where: string;
  rule: Rule;
}

/** Every rule in the grammar (top level, repository, nested patterns, capture patterns). */
function allRules(): Located[] {
  const out: Located[] = [];
  const seen = new Set<Rule>();
  const visit = (rule: Rule, where: string): void => {
    if (seen.has(rule)) return;
    seen.add(rule);
    out.push({ where, rule });
    (rule.patterns ?? []).forEach((r, i) => visit(r, `${where}.patterns[${i}]`));
    for (const [key, r] of Object.entries(rule.repository ?? {})) visit(r, `${where}.repository.${key}`);
    for (const kind of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'] as const) {
      for (const [group, cap] of Object.entries(rule[kind] ?? {})) {
        (cap.patterns ?? []).forEach((r, i) => visit(r, `${where}.${kind}.${group}.patterns[${i}]`));
      }
    }
  };
  visit(grammar, 'grammar');
  return out;
}

function rulesNamed(scope: string): Rule[] {
  const found = allRules()
    .map((l) => l.rule)
    .filter((r) => r.name === scope);
  assert.ok(found.length > 0, `no rule named ${scope} in the grammar`);
  return found;
}

const ONIGURUMA_ONLY_ESCAPES = new Set(['A', 'z', 'Z', 'h', 'H', 'G', 'K', 'R', 'X']);

/** Compile a grammar regex the way a JavaScript host would: with the 'u' flag if it is accepted, else without. */
function compile(source: string, extraFlags = ''): RegExp {
  try {
    return new RegExp(source, 'u' + extraFlags);
  } catch {
    const re = new RegExp(source, extraFlags); // throws if neither form is valid JavaScript
    assert.ok(
      !/\\[pP]\{/.test(source),
      `pattern uses \\p{…} but only compiles without the 'u' flag, where it would mean something else: ${source}`,
    );
    return re;
  }
}

/** Escapes that Oniguruma understands but JavaScript would silently read as a literal letter. */
function onigurumaOnlyEscapes(source: string): string[] {
  const bad: string[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      const next = source[i + 1] ?? '';
      if (ONIGURUMA_ONLY_ESCAPES.has(next)) bad.push('\\' + next);
      i++; // skip the escaped character, so "\\\\A" is not mistaken for "\\A"
    }
  }
  return bad;
}

function matchRule(rule: Rule, line: string): RegExpExecArray | null {
  assert.ok(rule.match !== undefined, `rule ${rule.name ?? '?'} has no match`);
  return compile(rule.match).exec(line);
}

/** The first of the rules whose match regex matches the line, with the match. */
function firstMatch(rules: Rule[], line: string): { rule: Rule; m: RegExpExecArray } | undefined {
  for (const rule of rules) {
    const m = matchRule(rule, line);
    if (m) return { rule, m };
  }
  return undefined;
}

/** Text of the first capture group scoped `scope` that took part in the match. */
function captured(rule: Rule, m: RegExpExecArray, scope: string): string | undefined {
  for (const [group, cap] of Object.entries(rule.captures ?? {})) {
    const text = m[Number(group)];
    if (cap.name === scope && text !== undefined) return text;
  }
  return undefined;
}

/** Simulates one begin/end rule on a single line: the first quotation it opens, and where it closes. */
function scanQuote(rule: Rule, line: string): { open: string; content: string; close: string } | undefined {
  assert.ok(rule.begin !== undefined && rule.end !== undefined, `rule ${rule.name ?? '?'} is not a begin/end rule`);
  const begin = compile(rule.begin, 'g');
  const b = begin.exec(line);
  if (!b) return undefined;
  const start = b.index + b[0].length;
  const end = compile(rule.end, 'g');
  end.lastIndex = start;
  const e = end.exec(line);
  assert.ok(e, `end pattern of ${rule.name ?? '?'} never matched in ${JSON.stringify(line)}`);
  return { open: b[0], content: line.slice(start, e.index), close: e[0] };
}

function quoteOnLine(scope: string, line: string): { open: string; content: string; close: string } | undefined {
  for (const rule of rulesNamed(scope)) {
    const q = scanQuote(rule, line);
    if (q) return q;
  }
  return undefined;
}

const HEADER = 'meta.header.date.article';
const DATELINE = 'meta.dateline.article';
const DATE_LINE = 'constant.numeric.date.line.article';
const BOILERPLATE = 'comment.line.boilerplate.article';
const DOUBLE = 'string.quoted.double.article';
const SINGLE = 'string.quoted.single.article';
const DATE = 'constant.numeric.date.article';

test('grammar metadata', () => {
  assert.equal(grammar.scopeName, 'text.article');
  assert.equal(grammar.name, 'Article');
  assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
  for (const ext of ['article', 'news']) assert.ok(grammar.fileTypes?.includes(ext), `fileTypes lacks ${ext}`);
});

test('every include points at an existing repository entry', () => {
  const repo = grammar.repository ?? {};
  for (const { where, rule } of allRules()) {
    if (rule.include === undefined) continue;
    if (rule.include === '$self' || rule.include === '$base') continue;
    assert.ok(rule.include.startsWith('#'), `${where}: external include ${rule.include}`);
    assert.ok(rule.include.slice(1) in repo, `${where}: unknown include ${rule.include}`);
  }
});

test('every match/begin/end/while regex compiles in JavaScript and avoids Oniguruma-only syntax', () => {
  let count = 0;
  for (const { where, rule } of allRules()) {
    for (const key of ['match', 'begin', 'end', 'while'] as const) {
      const source = rule[key];
      if (source === undefined) continue;
      count++;
      assert.doesNotThrow(() => compile(source), `${where}.${key} does not compile: ${source}`);
      assert.deepEqual(onigurumaOnlyEscapes(source), [], `${where}.${key} uses Oniguruma-only escapes`);
      assert.ok(!/\(\?[imx-]+\)/.test(source), `${where}.${key} uses an inline flag group`);
    }
  }
  assert.ok(count >= 10, `expected at least 10 regexes, found ${count}`);
});

test('publication-date header', () => {
  const rules = rulesNamed(HEADER);
  const cases: Array<[string, string]> = [
    ['date 2026-03-02', '2026-03-02'],
    [' date 2025-10-01 India is in the final...', '2025-10-01'],
    ['\tdate   2026-03-06', '2026-03-06'],
  ];
  for (const [line, date] of cases) {
    const hit = firstMatch(rules, line);
    assert.ok(hit, `header should match ${JSON.stringify(line)}`);
    assert.equal(captured(hit.rule, hit.m, 'keyword.other.header.date.article'), 'date');
    assert.equal(captured(hit.rule, hit.m, DATE), date);
  }
  for (const line of ['The date 2026-03-02 was chosen.', 'date 2026-3-2', 'update 2026-03-02', 'date 20260-03-02']) {
    assert.equal(firstMatch(rules, line), undefined, `header should not match ${JSON.stringify(line)}`);
  }
});

test('datelines', () => {
  const rules = rulesNamed(DATELINE);
  const cases: Array<[string, string, string]> = [
    ['Moscow, November 27: Russia and India...', 'Moscow', 'November 27'],
    ['Bergen, March 5: Officials from Norway and Iceland met.', 'Bergen', 'March 5'],
    ['New Delhi, Nov. 3: Talks resumed.', 'New Delhi', 'Nov. 3'],
    ['St. Petersburg, June 12: The forum opened.', 'St. Petersburg', 'June 12'],
    ['LONDON 1996-08-30 Shares fell.', 'LONDON', '1996-08-30'],
    ['Reykjavík, Sept. 9: Ministers met.', 'Reykjavík', 'Sept. 9'],
    ['  Rio de Janeiro, May 1: Crowds gathered.', 'Rio de Janeiro', 'May 1'],
  ];
  for (const [line, place, date] of cases) {
    const hit = firstMatch(rules, line);
    assert.ok(hit, `dateline should match ${JSON.stringify(line)}`);
    assert.equal(captured(hit.rule, hit.m, 'entity.name.place.dateline.article'), place);
    assert.equal(captured(hit.rule, hit.m, DATE), date);
  }
  const negatives = [
    'Lavrov highlighted India\'s autonomy.',
    'The ministers met in Bergen, March 5: no deal was reached.',
    'date 2026-03-02',
    'March 06, 2008',
    'Bergen, the second city, hosted the talks.',
    'Halvorsen said on March 5 that talks would go on.',
  ];
  for (const line of negatives) {
    assert.equal(firstMatch(rules, line), undefined, `dateline should not match ${JSON.stringify(line)}`);
  }
});

test('date line under a title', () => {
  const rules = rulesNamed(DATE_LINE);
  for (const line of ['March 06, 2008', '6 March 2008', 'March 04, 2026', '  Nov. 3, 2025 ', 'Thursday, March 5, 2026', '14 April, 2026']) {
    assert.ok(firstMatch(rules, line), `date line should match ${JSON.stringify(line)}`);
  }
  for (const line of ['March 06, 2008 was a cold day.', 'On March 6, 2008', 'date 2026-03-02', 'March 2008', 'Bergen, March 5:']) {
    assert.equal(firstMatch(rules, line), undefined, `date line should not match ${JSON.stringify(line)}`);
  }
});

test('quotations', () => {
  const straight = quoteOnLine(DOUBLE, 'He said "we will meet again" before leaving.');
  assert.deepEqual(straight, { open: '"', content: 'we will meet again', close: '"' });

  const curly = quoteOnLine(DOUBLE, '“Fish do not stop at the border,” Halvorsen said.');
  assert.deepEqual(curly, { open: '“', content: 'Fish do not stop at the border,', close: '”' });

  const single = quoteOnLine(SINGLE, 'She called it a ‘shared rulebook’ for the sea.');
  assert.deepEqual(single, { open: '‘', content: 'shared rulebook', close: '’' });

  // An apostrophe inside a word neither opens nor closes a single quotation.
  const withApostrophe = quoteOnLine(SINGLE, 'He rejected ‘Norway’s offer’ outright.');
  assert.deepEqual(withApostrophe, { open: '‘', content: 'Norway’s offer', close: '’' });
  assert.equal(quoteOnLine(SINGLE, 'The minister’s aide said Iceland’s view was clear.'), undefined);
  assert.equal(quoteOnLine(SINGLE, "Lavrov highlighted India's autonomy."), undefined);

  // A quotation left open at the end of a paragraph closes with the line.
  const open = quoteOnLine(DOUBLE, '“We will keep talking until there is a deal');
  assert.ok(open);
  assert.equal(open.content, 'We will keep talking until there is a deal');

  // Opening and closing marks carry punctuation scopes.
  for (const rule of [...rulesNamed(DOUBLE), ...rulesNamed(SINGLE)]) {
    assert.equal(rule.beginCaptures?.['0']?.name, 'punctuation.definition.string.begin.article');
    assert.equal(rule.endCaptures?.['0']?.name, 'punctuation.definition.string.end.article');
  }
});

test('boilerplate lines', () => {
  const rules = rulesNamed(BOILERPLATE);
  const positives = [
    'Advertisement',
    'ADVERTISEMENT',
    'Advertisement · Scroll to continue',
    'Scroll to continue',
    'ALSO READ: Harbour towns weigh the cost of a quiet winter season',
    'Also Read | Ministers meet in Oslo',
    'READ MORE: What the summit could mean for trawler crews',
    '(With inputs from agencies.)',
    'Based On ANI Report',
    'Subscribe to our daily newsletter',
    'Click here to follow live updates',
    'Follow us on all major platforms',
    'Story continues below advertisement',
    '  Advertisement  ',
  ];
  for (const line of positives) {
    assert.ok(firstMatch(rules, line), `boilerplate should match ${JSON.stringify(line)}`);
  }
  const negatives = [
    'Advertisers said the campaign would continue.',
    'Also read the report, she said.',
    'Subscribers complained about the price.',
    'They will follow us on the next trip, he said.',
    'The story continues below the surface.',
    'Officials said the talks were based on an earlier report from Oslo.',
  ];
  for (const line of negatives) {
    assert.equal(firstMatch(rules, line), undefined, `boilerplate should not match ${JSON.stringify(line)}`);
  }
});

test('an ordinary sentence is neither boilerplate, header, dateline nor date line', () => {
  const sentences = [
    "Lavrov highlighted India's autonomy.",
    'Lavrov highlighted India’s autonomy.',
    'Norwegian Fisheries Minister Ingrid Halvorsen will lead the delegation.',
  ];
  for (const scope of [BOILERPLATE, HEADER, DATELINE, DATE_LINE]) {
    for (const line of sentences) {
      assert.equal(firstMatch(rulesNamed(scope), line), undefined, `${scope} should not match ${JSON.stringify(line)}`);
    }
  }
});

test('sample articles use the date forms the grammar knows', () => {
  const lines = (file: string): string[] =>
    fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8').split(/\r?\n/);
  const anyLine = (file: string, scope: string): boolean =>
    lines(file).some((line) => firstMatch(rulesNamed(scope), line) !== undefined);

  assert.ok(firstMatch(rulesNamed(HEADER), lines('01_harbour_herald.article')[0] ?? ''));
  assert.ok(firstMatch(rulesNamed(DATELINE), lines('02_nordic_wire.news')[0] ?? ''));
  assert.ok(firstMatch(rulesNamed(DATE_LINE), lines('03_bergen_post.txt')[1] ?? ''));
  assert.ok(firstMatch(rulesNamed(HEADER), lines('05_coastal_times.article')[0] ?? ''));
  for (const scope of [HEADER, DATELINE, DATE_LINE]) {
    assert.ok(!anyLine('04_reykjavik_daily.txt', scope), `04 should carry no ${scope}`);
  }
  assert.ok(anyLine('01_harbour_herald.article', BOILERPLATE));
});
