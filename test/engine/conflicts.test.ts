import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { corpusFindings, findConflicts, type Conflict } from '../../server/src/analysis/corpus/conflicts';
import type { Finding, Severity } from '../../server/src/analysis/types';
import { checkInvariants } from './check';

// Date conflicts between the articles of one story. Each fixture folder under test/fixtures/conflicts is a
// short multi-source story; the table says which pairs of dates the engine must report as disputed, one
// line per pair, and nothing else may be reported:
//
//   'event label substring: date text (file) x date text (file)'
//
// A line the engine gets wrong today stays in the table, marked `todo` with the reason.

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/conflicts');

interface Line {
  line: string;
  todo?: string;
}

interface StoryCase {
  folder: string;
  /** What the story is about and why the expectation holds. */
  about: string;
  expect: Array<string | Line>;
  /** Dates the engine must read as claims about the story's events ('date text (file)'), so that a story
   *  with no conflict is quiet because the events were told apart, not because nothing was read. */
  claims?: string[];
  /** The severity of every conflict of the story. */
  severity?: Severity;
}


const STORIES: StoryCase[] = [
  {
    folder: 'bridge-opening',
    about: '(a) one source moves the opening of a footbridge from April 14 to May 15',
    expect: [
      'Andris Kalnins: April 14 (02_riga_daily.txt) x May 15 (03_latvia_wire.txt)',
      { line: 'Andris Kalnins: April 14 (01_baltic_courier.txt) x May 15 (03_latvia_wire.txt)' },
      { line: 'Andris Kalnins: April 14 (04_evening_post.txt) x May 15 (03_latvia_wire.txt)' },
    ],
    severity: 'warning',
  },
  {
    folder: 'arctic-ministers',
    about: '(b) one source says the ministers meet on March 14, the other that one travels there on March 20 for talks: a meeting is talks',
    expect: ['meeting in Tromsø: March 14 (01_north_cape_news.txt) x March 20 (02_helsinki_wire.txt)'],
    severity: 'warning',
  },
  {
    folder: 'accra-state-visit',
    about: '(a) a visit on December 5-6 against one "on December 10 for a two-day visit" (the length is no date of its own); "early December" agrees with both',
    expect: ['visit to Accra: December 5-6 (01_baltic_post.txt) x December 10 (02_coastal_herald.txt)'],
    claims: ['early December (03_accra_daily.txt)'],
    severity: 'warning',
  },
  {
    folder: 'ferry-talks',
    about: '(b) talks dated March 26 by one source and "on Thursday" (March 19) by two later ones',
    expect: [
      'talks in Tallinn: March 26 (01_nordic_times.txt) x Thursday (02_tallinn_herald.txt)',
      'talks in Tallinn: March 26 (01_nordic_times.txt) x Thursday (03_helsinki_daily.txt)',
    ],
    severity: 'warning',
  },
  {
    folder: 'lisbon-visit',
    about: '(c) every source agrees: early December, December 5-6, December 2026, Saturday (December 5)',
    expect: [],
    claims: ['early December (01_atlantic_report.txt)', 'December 5-6 (02_lisbon_journal.txt)', 'December 2026 (03_rio_gazette.txt)', 'Saturday (04_euro_wire.txt)'],
  },
  {
    folder: 'japan-visits',
    about: '(d) two visits to Japan by two different people, told in the same words',
    expect: [],
    claims: ['May 11-13 (01_berlin_ledger.txt)', 'June 22 (02_paris_bulletin.txt)', 'May 11-13 (03_tokyo_observer.txt)', 'June 22 (03_tokyo_observer.txt)'],
  },
  {
    folder: 'nairobi-delhi',
    about: '(d) the last visit in 2021, "first visit since 2021" and a deal "by 2030" next to the planned visit and signing',
    expect: [],
    claims: ['February 9-10 (01_east_africa_standard.txt)', 'February 10 (01_east_africa_standard.txt)', 'February 9-10 (02_delhi_chronicle.txt)', 'February 10 (03_coastal_mail.txt)'],
  },
  {
    folder: 'baltic-summit',
    about: '(d) the 23rd summit in June 2026 next to the 21st summit in September 2024, same venue and organisation',
    expect: [],
    claims: ['June 9-10 (01_vilnius_today.txt)', 'September 2024 (02_baltic_review.txt)', 'June 9-10 (03_nordic_wire.txt)', 'September 2024 (03_nordic_wire.txt)'],
  },
  {
    folder: 'holm-africa-tour',
    about: '(d) a visit to Nairobi (= Kenya) and one to Tanzania are two events; a later source moves the Kenya leg',
    expect: ['Lena Holm visit: June 3 (01_oslo_daily.txt) x June 12 (04_nordic_wire.txt)', 'Lena Holm visit: June 3 (02_nairobi_star.txt) x June 12 (04_nordic_wire.txt)'],
    claims: ['June 8 (01_oslo_daily.txt)', 'June 8 (03_dar_es_salaam_post.txt)'],
    severity: 'warning',
  },
  {
    folder: 'tartu-festival',
    about: '(d) the same annual festival opening, in articles published a year apart',
    expect: [],
    claims: ['June 12 (01_tartu_postimees_2025.txt)', 'June 12 (02_baltic_culture_2025.txt)', 'June 18 (03_tartu_postimees_2026.txt)', 'June 18 (04_estonian_arts_2026.txt)'],
  },
  {
    folder: 'veltra-acquisition',
    about: '(e) an acquisition "in 2023" in two sources and "last year" (2024) in one dated 2025',
    expect: [
      'Veltra Motors acquisition: 2023 (01_auto_business.txt) x last year (02_budapest_times.txt)',
      { line: 'Veltra Motors acquisition: last year (02_budapest_times.txt) x 2023 (03_central_europe_wire.txt)' },
    ],
    severity: 'information',
  },
  {
    folder: 'lund-canada',
    about: '(a) a visit to Canada on September 14 in two sources and September 21 in a third',
    expect: [
      'visit to Canada: September 14 (01_copenhagen_post.txt) x September 21 (03_nordic_morning.txt)',
      'visit to Canada: September 14 (02_arctic_bulletin.txt) x September 21 (03_nordic_morning.txt)',
    ],
    severity: 'warning',
  },
];

// ---------------------------------------------------------------------------------------------------------

interface Story {
  corpus: Corpus;
  texts: Map<string, string>;
}

function loadTexts(folder: string): Map<string, string> {
  const dir = path.join(FIXTURES, folder);
  const texts = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) texts.set(name, fs.readFileSync(path.join(dir, name), 'utf8'));
  assert.ok(texts.size >= 3, `${folder} holds at least three articles`);
  return texts;
}

function corpusOf(texts: ReadonlyMap<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [id, text] of texts) {
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    assert.ok(analysis.publication.date, `${id} has a publication date`);
    corpus.set(id, analysis);
  }
  return corpus;
}

const cache = new Map<string, Story>();
function story(folder: string): Story {
  let s = cache.get(folder);
  if (!s) {
    const texts = loadTexts(folder);
    cache.set(folder, (s = { corpus: corpusOf(texts), texts }));
  }
  return s;
}

interface Side {
  text: string;
  article: string;
}
interface Pair {
  event: string;
  sides: [Side, Side];
  severity: Severity;
}

const sideKey = (s: Side) => `${s.text} (${s.article})`;

function claimSide(corpus: Corpus, ref: { article: string; claim: number }): Side {
  const analysis = corpus.get(ref.article)!;
  return { text: analysis.times[analysis.claims[ref.claim].time].text, article: ref.article };
}

/** Every disputed pair the engine reports, as sides sorted by their rendering. */
function reportedPairs(corpus: Corpus, conflicts: readonly Conflict[]): Pair[] {
  const out: Pair[] = [];
  for (const c of conflicts) {
    for (const [i, j] of c.pairs) {
      const sides = [claimSide(corpus, c.claims[i]), claimSide(corpus, c.claims[j])].sort((a, b) => (sideKey(a) < sideKey(b) ? -1 : 1)) as [Side, Side];
      out.push({ event: c.event, sides, severity: c.severity });
    }
  }
  return out;
}

const renderPair = (p: Pair) => `${p.event}: ${sideKey(p.sides[0])} x ${sideKey(p.sides[1])}`;

interface ExpectedPair {
  label: string;
  sides: [string, string];
}

function parseLine(line: string): ExpectedPair {
  const m = /^(.*?): (.+? \([^()]+\)) x (.+? \([^()]+\))$/.exec(line);
  assert.ok(m, `"${line}" is 'label: date (file) x date (file)'`);
  return { label: m[1], sides: [m[2], m[3]].sort() as [string, string] };
}

function matches(expected: ExpectedPair, pair: Pair): boolean {
  return pair.event.includes(expected.label) && sideKey(pair.sides[0]) === expected.sides[0] && sideKey(pair.sides[1]) === expected.sides[1];
}

const asLine = (l: string | Line): Line => (typeof l === 'string' ? { line: l } : l);

/** The claims of an article, as 'date text (file)', leaving out earlier occurrences ("the last visit"). */
function currentClaims(corpus: Corpus): Set<string> {
  const out = new Set<string>();
  for (const id of corpus.ids()) {
    const a = corpus.get(id)!;
    for (const c of a.claims) if (!c.earlier) out.add(`${a.times[c.time].text} (${id})`);
  }
  return out;
}

describe('conflicts: stories', () => {
  for (const c of STORIES) {
    describe(`${c.folder}: ${c.about}`, () => {
      for (const l of c.expect.map(asLine)) {
        test(`reports ${l.line}`, l.todo ? { todo: l.todo } : {}, () => {
          const { corpus } = story(c.folder);
          const pairs = reportedPairs(corpus, findConflicts(corpus));
          const expected = parseLine(l.line);
          assert.ok(pairs.some((p) => matches(expected, p)), `expected "${l.line}"; reported:\n${pairs.map(renderPair).join('\n') || '(nothing)'}`);
        });
      }
      test('reports no other disputed pair', () => {
        const { corpus } = story(c.folder);
        const expected = c.expect.map(asLine).map((l) => parseLine(l.line));
        const extra = reportedPairs(corpus, findConflicts(corpus)).filter((p) => !expected.some((e) => matches(e, p)));
        assert.deepEqual(extra.map(renderPair), []);
      });
      if (c.severity) {
        test(`every conflict is ${c.severity}`, () => {
          const { corpus } = story(c.folder);
          const conflicts = findConflicts(corpus);
          assert.ok(conflicts.length > 0, 'there is a conflict');
          assert.deepEqual(conflicts.map((x) => `${x.event}: ${x.severity}`), conflicts.map((x) => `${x.event}: ${c.severity}`));
        });
      }
      if (c.claims) {
        test('reads the dates of the events as claims', () => {
          const { corpus } = story(c.folder);
          const read = currentClaims(corpus);
          const missing = c.claims!.filter((x) => !read.has(x));
          assert.deepEqual(missing, [], `claims read: ${[...read].join('; ')}`);
        });
      }
    });
  }

  test('every disputed pair joins two different articles and is a pair of indexes into the claims', () => {
    for (const c of STORIES) {
      const { corpus } = story(c.folder);
      for (const conflict of findConflicts(corpus)) {
        assert.ok(conflict.pairs.length > 0, `${conflict.key}: has pairs`);
        for (const [i, j] of conflict.pairs) {
          assert.ok(i !== j && conflict.claims[i] && conflict.claims[j], `${conflict.key}: pair ${i},${j} indexes its claims`);
          assert.notEqual(conflict.claims[i].article, conflict.claims[j].article, `${conflict.key}: a pair spans two articles`);
        }
      }
    }
  });
});

describe('conflicts: event labels', () => {
  const LABELS: Array<{ folder: string; name: string; todo?: string }> = [
    { folder: 'ferry-talks', name: 'Kadri Vahtra' },
    { folder: 'holm-africa-tour', name: 'Lena Holm' },
    { folder: 'bridge-opening', name: 'Andris Kalnins' },
    {
      folder: 'lund-canada',
      name: 'Sofie Lund' },
  ];
  for (const l of LABELS) {
    test(`the ${l.folder} conflict names ${l.name}`, l.todo ? { todo: l.todo } : {}, () => {
      const { corpus } = story(l.folder);
      const events = findConflicts(corpus).map((c) => c.event);
      assert.ok(events.length > 0 && events.every((e) => e.includes(l.name)), `events: ${JSON.stringify(events)}`);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// Ranges: one sentence in two articles two days apart, with only the date changed.

const RANGE_TEMPLATE = (date: string, when: string) =>
  `date ${date}\nBrazilian President Lucas Ferreira will visit Portugal ${when} for talks with Prime Minister Joana Matos on shipping routes, officials said.`;

const RANGES: Array<{ a: string; b: string; expect: Severity | 'none'; todo?: string }> = [
  { a: 'in early December', b: 'on December 5-6', expect: 'none' },
  { a: 'in December 2026', b: 'in early December', expect: 'none' },
  { a: 'in the summer of 2027', b: 'in 2027', expect: 'none' },
  { a: 'in spring 2027', b: 'in March 2027', expect: 'none' },
  { a: 'on December 5', b: 'on December 6', expect: 'none' },
  { a: 'on December 5', b: 'on December 7', expect: 'warning' },
  { a: 'on December 5-6', b: 'on December 8', expect: 'warning' },
  { a: 'in January 2027', b: 'in March 2027', expect: 'warning' },
  { a: 'in spring 2027', b: 'in autumn 2027', expect: 'warning' },
  { a: 'in 2027', b: 'in 2028', expect: 'information' },
  { a: 'in December', b: 'in 2027', expect: 'information' },
];

describe('conflicts: ranges', () => {
  for (const r of RANGES) {
    test(`"${r.a}" vs "${r.b}": ${r.expect}`, r.todo ? { todo: r.todo } : {}, () => {
      const corpus = corpusOf(new Map([['a.txt', RANGE_TEMPLATE('2026-10-20', r.a)], ['b.txt', RANGE_TEMPLATE('2026-10-22', r.b)]]));
      // Both dates must be read as claims, or "none" would say nothing.
      for (const id of ['a.txt', 'b.txt']) assert.equal(corpus.get(id)!.claims.length, 1, `${id} has one claim`);
      const conflicts = findConflicts(corpus);
      assert.deepEqual(conflicts.map((c) => c.severity), r.expect === 'none' ? [] : [r.expect]);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------

describe('conflicts: findings with related information', () => {
  const render = (texts: ReadonlyMap<string, string>, r: Finding['related'][number]) => {
    const kind = /^Conflicting date/.test(r.message) ? 'conflicting' : /^Same event/.test(r.message) ? 'same' : `? ${r.message}`;
    return `${kind}: ${texts.get(r.article)!.slice(r.start, r.end)} (${r.article})`;
  };

  test('each disputed date carries a date-conflict finding pointing at the other claims with exact spans', () => {
    const { corpus, texts } = story('ferry-talks');
    const conflicts = findConflicts(corpus);
    assert.equal(conflicts.length, 1);
    const findings = corpusFindings(corpus, conflicts, (id) => id);
    const summary = [...findings].map(([id, list]) => ({
      id,
      conflicts: list
        .filter((f) => f.code === 'date-conflict')
        .map((f) => ({
          date: texts.get(id)!.slice(f.start, f.end),
          severity: f.severity,
          key: f.data?.conflict,
          related: f.related.map((r) => render(texts, r)).sort(),
        })),
    }));
    const key = conflicts[0].key;
    assert.deepEqual(summary, [
      {
        id: '01_nordic_times.txt',
        conflicts: [{ date: 'March 26', severity: 'warning', key, related: ['conflicting: Thursday (02_tallinn_herald.txt)', 'conflicting: Thursday (03_helsinki_daily.txt)'] }],
      },
      {
        id: '02_tallinn_herald.txt',
        conflicts: [{ date: 'Thursday', severity: 'warning', key, related: ['conflicting: March 26 (01_nordic_times.txt)', 'same: Thursday (03_helsinki_daily.txt)'] }],
      },
      {
        id: '03_helsinki_daily.txt',
        conflicts: [{ date: 'Thursday', severity: 'warning', key, related: ['conflicting: March 26 (01_nordic_times.txt)', 'same: Thursday (02_tallinn_herald.txt)'] }],
      },
    ]);
  });

  test('the finding is on the claim\'s own date and its message names both dates', () => {
    const { corpus, texts } = story('holm-africa-tour');
    const conflicts = findConflicts(corpus);
    const findings = corpusFindings(corpus, conflicts, (id) => id);
    const conflict = conflicts[0];
    conflict.claims.forEach((ref) => {
      const analysis = corpus.get(ref.article)!;
      const time = analysis.times[analysis.claims[ref.claim].time];
      const f = findings.get(ref.article)!.find((x) => x.code === 'date-conflict' && x.start === time.start);
      assert.ok(f, `${ref.article}: a finding at "${time.text}"`);
      assert.equal(f.end, time.end);
      assert.equal(texts.get(ref.article)!.slice(f.start, f.end), time.text);
      assert.match(f.message, /"June 3"/);
      assert.match(f.message, /"June 12"/);
      for (const r of f.related) {
        const other = conflict.claims.find((c) => c.article === r.article)!;
        const otherAnalysis = corpus.get(other.article)!;
        const otherTime = otherAnalysis.times[otherAnalysis.claims[other.claim].time];
        assert.deepEqual([r.start, r.end], [otherTime.start, otherTime.end], `${ref.article} → ${r.article}: span of the other claim's date`);
      }
    });
  });

  test('a year-level dispute gives information findings', () => {
    const { corpus } = story('veltra-acquisition');
    const findings = corpusFindings(corpus, findConflicts(corpus), (id) => id);
    const severities = [...findings.values()].flat().filter((f) => f.code === 'date-conflict').map((f) => f.severity);
    assert.ok(severities.length >= 2);
    assert.deepEqual([...new Set(severities)], ['information']);
  });

  test('articles without a conflict keep only their own findings', () => {
    const { corpus } = story('lisbon-visit');
    const findings = corpusFindings(corpus, findConflicts(corpus), (id) => id);
    for (const id of corpus.ids()) assert.deepEqual(findings.get(id), corpus.get(id)!.findings);
  });
});

describe('conflicts: suppression', () => {
  test('the conflict\'s key in `ignored` removes it, and its findings', () => {
    const { corpus } = story('holm-africa-tour');
    const [conflict] = findConflicts(corpus);
    assert.ok(conflict);
    assert.deepEqual(findConflicts(corpus, new Set([conflict.key])), []);
    const findings = corpusFindings(corpus, findConflicts(corpus, new Set([conflict.key])), (id) => id);
    assert.deepEqual([...findings.values()].flat().filter((f) => f.code === 'date-conflict'), []);
  });

  test('an unrelated key removes nothing', () => {
    const { corpus } = story('holm-africa-tour');
    const before = findConflicts(corpus).map((c) => c.key);
    assert.deepEqual(findConflicts(corpus, new Set(['Lena Holm visit to Tanzania|June 8|June 9', ''])).map((c) => c.key), before);
  });

  test('ignoring one story\'s conflict leaves another\'s', () => {
    const corpus = new Corpus();
    for (const folder of ['holm-africa-tour', 'ferry-talks']) for (const [id, text] of loadTexts(folder)) corpus.set(`${folder}/${id}`, analyzeArticle(text));
    const all = findConflicts(corpus);
    assert.equal(all.length, 2, all.map((c) => c.key).join(', '));
    const holm = all.find((c) => c.event.includes('Holm'))!;
    assert.deepEqual(findConflicts(corpus, new Set([holm.key])).map((c) => c.key), all.filter((c) => c !== holm).map((c) => c.key));
  });

  test('the key is stable across sessions (a fresh analysis, articles added in another order)', () => {
    const texts = loadTexts('holm-africa-tour');
    const first = findConflicts(corpusOf(texts)).map((c) => c.key);
    const reversed = new Corpus();
    for (const [id, text] of [...texts].reverse()) reversed.set(id, analyzeArticle(text));
    assert.deepEqual(findConflicts(reversed).map((c) => c.key), first);
  });

  test('a new disputed date is not hidden by the suppression of the old one', () => {
    const texts = loadTexts('holm-africa-tour');
    const [old] = findConflicts(corpusOf(texts));
    const changed = new Map(texts);
    changed.set('04_nordic_wire.txt', texts.get('04_nordic_wire.txt')!.replace('June 12', 'June 15'));
    const now = findConflicts(corpusOf(changed), new Set([old.key]));
    assert.equal(now.length, 1, 'the June 15 dispute is reported');
    assert.notEqual(now[0].key, old.key);
    assert.ok(now[0].key.includes('June 15'), now[0].key);
  });
});
