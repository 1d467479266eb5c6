import type { Claim, EventKind, Mention, Modality, Span, TimeExpression } from '../types';
import { remembered } from '../memo';

// Dated event claims: for each date that dates an event, the event's kind, who takes part, where, and how
// sure the article is of it. Only what one article says; matching claims across articles is corpus work.

const EVENT_WORDS: Array<[RegExp, EventKind]> = [
  [/^(visit|visits|visited|visiting|trip|trips|travel|travels|travelled|traveled|travelling|traveling|tour|tours|toured|arrival|arrive|arrives|arrived)$/i, 'visit'],
  [/^(summit|summits)$/i, 'summit'],
  [/^(meeting|meetings|meet|meets|met)$/i, 'meeting'],
  [/^(talks|negotiations|negotiated|consultations|dialogue|discussions)$/i, 'talks'],
  [/^(conference|conferences|congress|forum|convention|assembly|session)$/i, 'conference'],
  [/^(election|elections|elected|vote|voted|voting|referendum|polls|primary|primaries|re-election|reelection)$/i, 'election'],
  [/^(launch|launched|launches|launching|liftoff|unveiled|unveil|unveiling|debut|debuted|introduced)$/i, 'launch'],
  [/^(release|released|releases|premiere|premiered|published)$/i, 'release'],
  [/^(appointed|appointment|nominated|nomination|inauguration|inaugurated|sworn)$/i, 'appointment'],
  [/^(signed|signing|sign|signs|treaty|accord|agreement|deal)$/i, 'signing'],
  [/^(attack|attacks|attacked|bombing|bombings|bomb|bombs|blast|blasts|explosion|explosions|shooting|shootings|raid|raids|strike|strikes|assault)$/i, 'attack'],
  [/^(earthquake|quake|tsunami|flood|floods|flooding|hurricane|typhoon|cyclone|storm|wildfire|fire|blaze|crash|crashed|collision|derailment|accident|collapse|collapsed|eruption|erupted|landslide|outbreak)$/i, 'disaster'],
  [/^(died|death|deaths|killed|dies|funeral|assassinated|assassination)$/i, 'death'],
  [/^(arrested|arrest|arrests|detained|captured|indicted|charged|extradited)$/i, 'arrest'],
  [/^(trial|hearing|verdict|sentenced|sentencing|convicted|acquitted|ruling|ruled)$/i, 'trial'],
  [/^(resigned|resignation|resigns|quit|ousted|stepped)$/i, 'resignation'],
  [/^(protest|protests|protesters|demonstration|demonstrations|rally|rallies|march|marches|walkout)$/i, 'protest'],
  [/^(acquisition|acquired|acquire|acquires|merger|merged|takeover|bought|buyout)$/i, 'acquisition'],
  [/^(flight|flights|flew|landed|landing|takeoff|delivery|delivered|deliveries)$/i, 'flight'],
  [/^(open|opened|opening|opens|closure|closed|ceremony|celebration|anniversary|festival|games|olympics|tournament|final|match)$/i, 'ceremony'],
  [/^(war|invasion|invaded|offensive|ceasefire|conflict|hostilities)$/i, 'war'],
];

/** The event kind a word names, if any; remembered per word, since articles repeat their words. */
const eventKindOf = remembered((word: string): EventKind | undefined => EVENT_WORDS.find(([re]) => re.test(word))?.[1]);

/** Event kinds that name one specific happening; the others (visits, meetings, talks) recur between the same people. */
export const SPECIFIC_KINDS: ReadonlySet<EventKind> = new Set(['election', 'launch', 'release', 'attack', 'disaster', 'death', 'arrest', 'trial', 'resignation', 'acquisition', 'flight', 'appointment']);

const WORD = /[\p{L}][\p{L}'’-]*|\d+(?:st|nd|rd|th)?/gu;
const BOUND_BEFORE = /\b(?:since|by|until|till|before|after|from|between|through|throughout|over|within|during the past|as of|ahead of)\s+(?:the\s+)?(?:early|mid|late|end of|beginning of|middle of)?\s*$/i;
const EARLIER = /\b(?:last|previous|prior|former|earlier|preceding)\s+(?:\S+\s+){0,3}$|\bfirst\s+(?:\S+\s+){0,6}since\b/i;
const EXPECTED = /\b(?:expected|likely|planned|plans?|planning|could|might|would|possibly|potentially|tentative(?:ly)?|proposed|hopes?|intends?|aims?|set to|set for|scheduled|upcoming|forthcoming|will|shall|is to|are to|preparing for|prepares? for|preparations for)\b/i;
// The modal in lower case only: "May" is a month ("In May the government launched …").
const MAY = /\bmay\b/;
const SCHEDULED = /\b(?:scheduled|set for|set to|is to|are to|will be held|will take place|slated|due to)\b/i;
const REPORTED = /\b((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:had\s+|has\s+|have\s+)?(?:said|says|confirmed|announced|told|stated|reported|indicated|noted|claimed)\b/u;

interface Sentence extends Span {}

const LONGEST_SENTENCE = 2000;

function pushCapped(spans: Sentence[], start: number, end: number) {
  for (let from = start; from < end; from += LONGEST_SENTENCE) spans.push({ start: from, end: Math.min(end, from + LONGEST_SENTENCE) });
}

function sentenceSpans(text: string): Sentence[] {
  const spans: Sentence[] = [];
  // A sentence ends at . ! ? before anything but a lower-case word; very long runs are cut, so that no
  // sentence costs more than its share on hostile text.
  const boundary = /[.!?]["”’)]*\s+(?!\p{Ll})|\n\s*\n|\n/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    // An initial or an abbreviation ("S. Jaishankar", "Dec. 5") does not end a sentence.
    const before = text.slice(Math.max(start, m.index - 4), m.index + 1);
    if (/(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Gov|Sen|Rep|U\.S)\.$/u.test(before)) continue;
    pushCapped(spans, start, m.index + 1);
    start = m.index + m[0].length;
  }
  if (start < text.length) pushCapped(spans, start, text.length);
  return spans;
}

export interface ClaimInputs {
  text: string;
  times: readonly TimeExpression[];
  mentions: readonly Mention[];
  /** Spans that are not article prose: the dateline's date, the date header. */
  exclude: readonly Span[];
}

export function extractClaims({ text, times, mentions, exclude }: ClaimInputs): Claim[] {
  const sentences = sentenceSpans(text);
  const claims: Claim[] = [];
  // A sentence often holds several dates: its words are read once.
  const wordsOf = memoBySentence((sentence) => eventWordCandidates(text, sentence));
  const stemsOf = memoBySentence((sentence) => contentStems(text.slice(sentence.start, sentence.end)));
  times.forEach((time, timeIndex) => {
    if (time.type !== 'DATE' || !time.range) return;
    if (exclude.some((x) => time.start < x.end && x.start < time.end)) return;
    const sentence = sentenceAt(sentences, time.start) ?? { start: 0, end: text.length };
    const before = text.slice(sentence.start, time.start);
    // "since 2021", "by 2030", "until March": bounds of something else, not the date of an event.
    if (BOUND_BEFORE.test(before)) return;
    // "the first trip since the outbreak of the war in February 2022": the date belongs to the "since" phrase.
    if (/\bsince\b/i.test(before.slice(-80))) return;
    const events = eventWordsAround(text, wordsOf(sentence), time, within(times, sentence).map(({ m }) => m));
    if (events.length === 0) return;
    const participants = within(mentions, sentence);
    if (participants.length === 0) return;
    const nearest = events[0];
    const eventStart = Math.min(nearest.start, time.start);
    const lead = text.slice(Math.max(sentence.start, eventStart - 60), eventStart);
    const whole = text.slice(sentence.start, sentence.end);
    // "The last visit … took place on December 6, 2021": an earlier event than the one the story is about.
    const earlier = EARLIER.test(lead) || /\b(?:last|previous|prior|earlier)\s+(?:\w+\s+){0,2}(?:visit|trip|summit|meeting|talks|election|time)\b/i.test(whole);
    // "the 23rd summit", but not "December 4th": ordinals inside dates do not count.
    const ordinalFrom = Math.max(sentence.start, nearest.start - 40);
    const ordinalMatch = [...text.slice(ordinalFrom, nearest.end).matchAll(/\b(\d+)(?:st|nd|rd|th)\b/gi)].find((m) => {
      const at = ordinalFrom + (m.index ?? 0);
      return !times.some((t) => at >= t.start && at < t.end);
    });
    // The words between the event and its date, and just before them, say how sure the article is.
    // The date itself says nothing of how sure ("May 9").
    const nearFrom = Math.max(sentence.start, Math.min(nearest.start, time.start) - 40);
    const nearTo = Math.max(nearest.end, time.end);
    const near = `${text.slice(nearFrom, time.start)} ${text.slice(time.end, nearTo)}`;
    const modality: Modality = SCHEDULED.test(near) ? 'scheduled' : EXPECTED.test(near) || MAY.test(near) ? 'expected' : 'happened';
    const reporterName = REPORTED.exec(text.slice(sentence.start, time.start))?.[1];
    const reporter = reporterName ? participants.find(({ m }) => reporterName.endsWith(m.text) && m.type === 'person')?.i : undefined;
    const claim: Claim = {
      time: timeIndex,
      range: time.range,
      kinds: [...new Set(events.map((e) => e.kind))],
      eventWords: events.map((e) => e.word),
      participants: participants.map(({ i }) => i),
      clauseParticipants: [],
      agents: agentsOf(text, participants, nearest, reporter),
      earlier: !!earlier,
      modality,
      // "Thursday", "yesterday", "last week" shift with each article's own date; months and years do not.
      explicit: !(time.anchored && /^\d{4}-(?:\d{2}-\d{2}|W)/.test(time.value)) || /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(time.text),
      context: stemsOf(sentence),
      qualifiers: qualifiersBefore(text.slice(Math.max(sentence.start, nearest.start - 60), nearest.start)),
      sentence,
    };
    const eventSpan = { start: Math.min(...events.map((e) => e.start)), end: Math.max(...events.map((e) => e.end)) };
    const inTheClause = participants.filter(({ m }) => inClause(text, sentence, m, time, eventSpan));
    claim.clauseParticipants = inTheClause.map(({ i }) => i);
    const place = eventPlace(text, inTheClause, time, nearest);
    if (place !== undefined) claim.place = place;
    if (ordinalMatch) claim.ordinal = parseInt(ordinalMatch[1], 10);
    if (reporter !== undefined) claim.reporter = reporter;
    claims.push(claim);
  });
  return claims;
}

interface EventWord extends Span {
  word: string;
  kind: EventKind;
}

/** Event words of the sentence, nearest to the date first; words across a semicolon do not count. */
function memoBySentence<T>(compute: (sentence: Span) => T): (sentence: Span) => T {
  const memo = new Map<string, T>();
  return (sentence) => {
    const key = `${sentence.start}:${sentence.end}`;
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = compute(sentence)));
    return value;
  };
}

/** The words of a sentence that name an event of some kind. */
function eventWordCandidates(text: string, sentence: Span): EventWord[] {
  const found: EventWord[] = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(WORD)) {
    const kind = eventKindOf(m[0]);
    if (!kind) continue;
    const start = sentence.start + (m.index ?? 0);
    found.push({ start, end: start + m[0].length, word: m[0], kind });
  }
  return found;
}

function eventWordsAround(text: string, candidates: readonly EventWord[], time: Span, times: readonly TimeExpression[]): EventWord[] {
  const found: Array<EventWord & { distance: number }> = [];
  for (const { start, end, word, kind } of candidates) {
    // Words of any date ("March" in "in March 2024") are no event words.
    if (times.some((t) => start >= t.start && end <= t.end) || (start >= time.start && end <= time.end)) continue;
    // "May" the month is no event; capitalised event words inside names ("BRICS Summit") still count.
    const distance = start < time.start ? time.start - end : start - time.end;
    if (distance > 160) continue;
    // An event word after the date belongs to it only within the same phrase: "in Reykjavik later in the
    // day, said the summit …" dates the speaking, not the summit.
    // ", including …" elaborates the date's events: "twice in 2023, including the leader's visit to Moscow".
    const elaboration = /^,\s+(?:including|such as|notably|among them)\b/i.test(text.slice(time.end, start));
    if (start > time.end && (start - time.end > 40 || (!elaboration && /[,;:]|\b(?:said|says|told|added|and)\b/i.test(text.slice(time.end, start))))) continue;
    // Before the date, a comma that opens a new clause with its own subject ("…under wraps, Modi and Putin
    // have …") separates the word from the date; a participle after the comma ("…to India, expected …") does not.
    if (end <= time.start && /,\s+(?:\p{Lu}|(?:he|she|they|it|we|i)\s)/u.test(text.slice(end, time.start))) continue;
    // Another date between the word and this one is the word's own date ("flight on October 25 … on October 28").
    const [from, to] = start < time.start ? [end, time.start] : [time.end, start];
    // But an appositive narrows the same date: "in early December 2025, likely around December 5-6"; and a
    // length is no date ("on December 10 for a two-day visit").
    const between = times.filter((t) => t !== time && t.type !== 'DURATION' && t.type !== 'SET' && t.start >= from && t.end <= to);
    const gapText = (t: Span) => (t.end <= time.start ? text.slice(t.end, time.start) : text.slice(time.end, t.start));
    if (between.some((t) => !/^,\s*(?:likely|probably|possibly|perhaps|most likely|around|about|on|or)?\s*(?:around|about|on)?\s*$/i.test(gapText(t)))) continue;
    // "… for a summit on fish stocks, officials confirmed on Monday": the date is the confirmation's.
    if (end <= time.start && /;|,[^,]*\b(?:said|says|confirmed|announced|told|reported|stated|added|declared)\b/i.test(text.slice(end, time.start))) continue;
    found.push({ start, end, word, kind, distance: distance + (start > time.end ? 20 : 0) });
  }
  return found.sort((a, b) => a.distance - b.distance);
}

/** Where the event happens: a place right after "to"/"in"/"at" next to the event word or the date, else the nearest place. */
function eventPlace(text: string, participants: Array<{ m: Mention; i: number }>, time: Span, event: Span): number | undefined {
  const places = participants.filter(({ m }) => m.type === 'place');
  if (places.length === 0) return undefined;
  const introduced = places.filter(({ m }) => /\b(?:to|in|at|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 10), m.start)));
  const pool = introduced.length ? introduced : places;
  const distance = (m: Mention) => Math.min(Math.abs(m.start - time.start), Math.abs(m.start - event.start));
  return pool.slice().sort((a, b) => distance(a.m) - distance(b.m))[0].i;
}

/**
 * Who does the event: the possessor ("Putin's visit", "Putin's planned visit"), the name after "by" ("a visit
 * by Putin"), or the subject before it in the clause ("Putin is expected to visit", "Modi and Putin held
 * talks"). People first; organisations when no person is named.
 */
function agentsOf(text: string, participants: Array<{ m: Mention; i: number }>, event: Span, reporter: number | undefined): number[] {
  const actors = participants.filter(({ m, i }) => i !== reporter && (m.type === 'person' || m.type === 'organization'));
  if (actors.length === 0) return [];
  const possessor = actors.filter(({ m }) => m.end <= event.start && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(m.end, event.start)));
  if (possessor.length) return possessor.slice(-1).map(({ i }) => i);
  const after = text.slice(event.end, event.end + 60);
  const by = /^\s+(?:\w+\s+){0,2}by\s+/i.exec(after);
  if (by) {
    const from = event.end + by[0].length;
    const named = actors.filter(({ m }) => m.start >= from && m.start - from < 40);
    if (named.length) return [named[0].i];
  }
  // The subject: the actors before the event word in its clause, joined by "and".
  const lead = text.slice(Math.max(0, event.start - 300), event.start);
  const clauseStart = Math.max(event.start - lead.length + Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1, event.start - lead.length);
  const before = actors.filter(({ m }) => m.end <= event.start && m.start >= clauseStart);
  if (before.length === 0) return [];
  const last = before[before.length - 1];
  const group = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    // "Vahtra and Finnish Prime Minister Laaksonen": titles may stand between the joined names.
    if (/^\s*(?:,|and|&)\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of)\s+)*$/u.test(text.slice(before[k].m.end, group[0].m.start))) group.unshift(before[k]);
    else break;
  }
  const people = group.filter(({ m }) => m.type === 'person');
  return (people.length ? people : group).map(({ i }) => i);
}

const STOPWORDS = new Set(
  ('a an the and or but of to in on at by for with from as is are was were be been being has have had do does did will would shall ' +
    'should can could may might must this that these those it its he she they them their his her we our you your i not no ' +
    'also than then there here which who whom whose what when where while after before since during about into over under ' +
    'between both all any some more most other such only so very just said says told according two one three year years ' +
    'month months week weeks day days').split(' '),
);

/** Crude stems of the content words of a sentence (dates left out): enough to compare two sentences. */
export function contentStems(sentence: string): string[] {
  const stems = new Set<string>();
  for (const m of sentence.matchAll(WORD)) {
    const stem = stemOf(m[0]);
    if (stem !== null) stems.add(stem);
  }
  return [...stems].sort();
}

/** A word's crude stem, or null for a word that says nothing of the content; remembered per word. */
const stemOf = remembered((written: string): string | null => {
  const word = written.toLowerCase().replace(/['’]s?$/, '');
  if (word.length < 3 || STOPWORDS.has(word) || /^\d/.test(word)) return null;
  return word.replace(/(?:ies)$/, 'y').replace(/(?:es|s|ing|ed)$/, '').slice(0, 12);
});

/**
 * Whether a mention stands in the clause that holds the event word and its date: between the commas around
 * them. "…acquisition of Corvin Cells in 2023, plans a plant in Slovakia" puts Slovakia in another clause.
 */
function inClause(text: string, sentence: Span, mention: Mention, time: Span, event: Span): boolean {
  const from = Math.min(time.start, event.start);
  const to = Math.max(time.end, event.end);
  const before = text.slice(sentence.start, from);
  const clauseStart = sentence.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const after = text.slice(to, sentence.end);
  const stops = [after.indexOf(','), after.indexOf(';')].filter((i) => i >= 0);
  const clauseEnd = stops.length ? to + Math.min(...stops) : sentence.end;
  return mention.start >= clauseStart && mention.end <= clauseEnd;
}

const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/** The capitalised words right before an event word ("NATO Washington" summit), months and days left out. */
function qualifiersBefore(lead: string): string[] {
  const words = lead.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k].replace(/[^\p{L}\p{N}-]/gu, '');
    if (!/^\p{Lu}/u.test(w) || /['’]s?$/.test(words[k]) || MONTH_OR_DAY.test(w) || /^\d/.test(w)) break;
    out.unshift(w.toLowerCase());
  }
  return out;
}

/** The sentence that holds an offset (sentences are sorted and do not overlap). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return sentences[mid];
  }
  return undefined;
}

/** The items (sorted by start) inside a span, with their indexes: a binary search, then a short walk. */
function within<T extends Span>(items: readonly T[], span: Span): Array<{ m: T; i: number }> {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Array<{ m: T; i: number }> = [];
  for (let i = lo; i < items.length && items[i].start < span.end; i++) if (items[i].end <= span.end) out.push({ m: items[i], i });
  return out;
}
