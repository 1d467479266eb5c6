import type { ArticleAnalysis, Claim, DateRange, EventKind, Finding, Severity } from '../types';
import { placeKind } from '../entities/lexicon';
import { canonicalCountry, countryOfCapital } from '../entities/capitals';
import { describeRange } from '../time/describe';
import { SPECIFIC_KINDS } from '../claims/claims';
import type { Corpus, CorpusEntity } from './corpus';
import { entityFindingSteps, type EntityFindingOptions } from './entityFindings';
import { finish, Pacer, type Steps } from './steps';

// Date conflicts: the same event dated by two articles in ways that cannot both hold. Claims are the same
// event when they share the event's kind, its actors and a compatible place, and neither is an earlier
// occurrence ("the last visit"); only then are their ranges compared. Precision over recall: a false alarm
// costs the reader's trust.

export interface ClaimRef {
  article: string;
  /** Index into that article's `claims`. */
  claim: number;
}

export interface Conflict {
  /** Stable across sessions, for suppression: the event and the dates in dispute. */
  key: string;
  event: string;
  /** Every claim about the event, conflicting or not, in corpus order. */
  claims: ClaimRef[];
  /** Pairs of indexes into `claims` whose ranges cannot both hold. */
  pairs: Array<[number, number]>;
  severity: Severity;
}

interface ClaimNode extends ClaimRef {
  value: Claim;
  analysis: ArticleAnalysis;
  actors: Set<CorpusEntity>;
  agents: Set<CorpusEntity>;
  entities: Set<CorpusEntity>;
  place?: CorpusEntity;
  /** The claim's context stems, for counting shared words in constant time per word. */
  context: Set<string>;
  /** Stems of its first two event words. */
  eventStems: string[];
  /** Read once per claim, not once per pair: the article's publication day and the claim's range, as day numbers. */
  published: number;
  days: DayRange;
  /** The date has soft edges ("late November"). */
  soft: boolean;
}

/** A date range as day numbers (days since 1970), both ends included. */
interface DayRange {
  start: number;
  end: number;
}

const DAY_MS = 86400000;
const dayNumber = (isoDate: string) => Math.round(Date.parse(isoDate) / DAY_MS);
const dayRange = (r: DateRange): DayRange => ({ start: dayNumber(r.start), end: dayNumber(r.end) });

/** Whether two named places can be where one event happens: the same place, or a capital and its country. */
function samePlace(a: CorpusEntity, b: CorpusEntity): boolean {
  if (a === b) return true;
  const country = (e: CorpusEntity) => (placeKind(e.name) === 'country' ? canonicalCountry(e.name) : countryOfCapital(e.name));
  const ka = placeKind(a.name);
  const kb = placeKind(b.name);
  if (ka === kb) return canonicalCountry(a.name) === canonicalCountry(b.name);
  if ((ka === 'country' && kb === 'city') || (ka === 'city' && kb === 'country')) return !!country(a) && country(a) === country(b);
  return false;
}

/** Days between two ranges: 0 when they overlap or touch. */
function gapInDays(a: DayRange, b: DayRange): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

function lengthInDays(r: DayRange): number {
  return r.end - r.start + 1;
}

const GENERIC_ACTOR_TYPES = new Set(['person', 'organization']);

/** How many content stems two claims' sentences share. */
function sharedContext(a: ClaimNode, b: ClaimNode): number {
  let shared = 0;
  for (const w of a.value.context) if (b.context.has(w)) shared++;
  return shared;
}

// Words for one happening, so that "trip" and "visit" meet but "bombing" and "strike" do not.
const EVENT_SYNONYMS: Record<string, string> = {
  trip: 'visit', travel: 'visit', tour: 'visit', arrival: 'visit', arrive: 'visit', quake: 'earthquake',
  bomb: 'bombing', blast: 'bombing', explosion: 'bombing',
  // Ministers who meet hold talks: one happening ("will meet in Tromsø" and "for talks in Tromsø").
  talk: 'meet', negotiation: 'meet', consultation: 'meet', discussion: 'meet', met: 'meet', meeting: 'meet', elect: 'election', vote: 'election', poll: 'election', launche: 'launch',
  kill: 'death', die: 'death', dead: 'death', sign: 'signing', agreement: 'deal', accord: 'deal', treaty: 'deal',
};

/** The event word's stem, mapped to a common one for synonyms. */
function eventStem(word: string): string {
  const stem = word.toLowerCase().replace(/(?:ies)$/, 'y').replace(/(?:es|s|ing|ed|d)$/, '');
  return EVENT_SYNONYMS[stem] ?? stem;
}

/** A meeting is talks and talks a meeting: one kind for comparing claims. */
const kindFamily = (kind: EventKind): EventKind => (kind === 'talks' ? 'meeting' : kind);

function sameEvent(a: ClaimNode, b: ClaimNode): boolean {
  const ka = a.value.kinds.map(kindFamily);
  const kb = b.value.kinds.map(kindFamily);
  if (!kb.includes(ka[0]) && !ka.includes(kb[0])) return false;
  // The words that name the event must agree, not only their kind: a "bombing" is not a "strike".
  const sa = a.eventStems;
  const sb = b.eventStems;
  if (!sb.includes(sa[0]) && !sa.includes(sb[0])) return false;
  // Sentences about one event share words beyond its kind: "Putin", "visit", "India", "expected". A
  // relative date ("on Thursday") needs more of them: such dates often belong to later events of the story.
  const shared = sharedContext(a, b);
  if (shared < 3 || ((!a.value.explicit || !b.value.explicit) && shared < 5)) return false;
  if (a.value.ordinal !== undefined && b.value.ordinal !== undefined && a.value.ordinal !== b.value.ordinal) return false;
  // "the Madrid summit" and "the Washington summit" are two summits.
  const qa = a.value.qualifiers;
  const qb = b.value.qualifiers;
  if (qa.length && qb.length && !qa.some((q) => qb.includes(q))) return false;
  const kind: EventKind = kb.includes(ka[0]) ? ka[0] : kb[0];
  const sharedActors = [...a.actors].filter((e) => b.actors.has(e));
  const sharedEntities = [...a.entities].filter((e) => b.entities.has(e));
  // Visits, meetings and talks recur between the same places: they need a shared person or organisation,
  // or, between countries, the same venue and at least two places in common ("Norway and Iceland … in Reykjavik").
  const sameVenue = !!a.place && !!b.place && samePlace(a.place, b.place);
  const placesInCommon = sharedEntities.filter((e) => e.type === 'place').length;
  if (SPECIFIC_KINDS.has(kind) ? sharedEntities.length === 0 : sharedActors.length === 0 && !(sameVenue && placesInCommon >= 2)) return false;
  // The same doer: "Putin's visit" and "Modi's visit" are two events even in one sentence.
  if (a.agents.size && b.agents.size && ![...a.agents].some((e) => b.agents.has(e))) return false;
  // "Moscow" and "Russia" may be one place; "Moscow" and "Kazan", or "India" and "Russia", are not.
  if (a.place && b.place && !samePlace(a.place, b.place)) return false;
  return true;
}

export function findConflicts(corpus: Corpus, ignored: ReadonlySet<string> = new Set()): Conflict[] {
  return finish(conflictSteps(corpus, ignored));
}

/** findConflicts in steps (see steps.ts). */
export function* conflictSteps(corpus: Corpus, ignored: ReadonlySet<string> = new Set()): Steps<Conflict[]> {
  yield* corpus.linkSteps();
  const pacer = new Pacer(2000);
  const nodes: ClaimNode[] = [];
  for (const article of corpus.ids()) {
    const analysis = corpus.get(article)!;
    if (pacer.tick(1 + analysis.claims.length)) yield;
    analysis.claims.forEach((value, claim) => {
      if (value.earlier) return;
      const entities = new Set<CorpusEntity>();
      const actors = new Set<CorpusEntity>();
      // The clause's names identify the event; the rest of the sentence may speak of something else.
      for (const m of value.clauseParticipants) {
        if (m === value.reporter) continue;
        const e = corpus.entityOfMention(article, m);
        if (!e) continue;
        entities.add(e);
        if (GENERIC_ACTOR_TYPES.has(e.type)) actors.add(e);
      }
      const place = value.place !== undefined ? corpus.entityOfMention(article, value.place) : undefined;
      const agents = new Set(value.agents.map((m) => corpus.entityOfMention(article, m)).filter((e): e is CorpusEntity => !!e));
      const published = analysis.publication.date ? dayNumber(analysis.publication.date) : NaN;
      const soft = !!analysis.times[value.time].mod;
      nodes.push({ article, claim, value, analysis, actors, agents, entities, place, context: new Set(value.context), eventStems: value.eventWords.slice(0, 2).map(eventStem), published, days: dayRange(value.range), soft });
    });
  }

  // Candidate pairs share a kind and an entity: index by both, so large corpora are not compared pairwise.
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (pacer.tick(n.entities.size)) yield;
    for (const kind of new Set(n.value.kinds.slice(0, 3).map(kindFamily))) {
      for (const e of n.entities) {
        const key = `${kind}\u0000${e.id}`;
        const list = buckets.get(key);
        if (list) list.push(i);
        else buckets.set(key, [i]);
      }
    }
  }
  // A pair of claims that shares several buckets is compared in the first of them only.
  const bucketLists: number[][] = [];
  for (const list of buckets.values()) {
    if (pacer.tick()) yield;
    if (list.length <= 400) bucketLists.push(list); // a kind-and-entity pair so common it identifies nothing
  }
  const bucketsOf: number[][] = nodes.map(() => []);
  for (let b = 0; b < bucketLists.length; b++) {
    if (pacer.tick(bucketLists[b].length)) yield;
    for (const i of bucketLists[b]) bucketsOf[i].push(b);
  }
  const firstSharedBucket = (i: number, j: number): number => {
    const a = bucketsOf[i];
    const b = bucketsOf[j];
    for (let x = 0, y = 0; x < a.length && y < b.length; ) {
      if (a[x] === b[y]) return a[x];
      if (a[x] < b[y]) x++;
      else y++;
    }
    return -1;
  };
  // Claims that say the same thing (a wire story reprinted by many outlets) are compared as one.
  const signatureIds = new Map<string, number>();
  const ids = (set: Iterable<CorpusEntity>) => [...set].map((e) => e.id).sort().join(',');
  const signature: number[] = [];
  for (const n of nodes) {
    if (pacer.tick(10)) yield;
    const v = n.value;
    const text = JSON.stringify([v.kinds, n.eventStems, v.context, v.ordinal ?? null, v.qualifiers, v.explicit, ids(n.actors), ids(n.entities), ids(n.agents), n.place?.id ?? null]);
    let id = signatureIds.get(text);
    if (id === undefined) signatureIds.set(text, (id = signatureIds.size));
    signature.push(id);
  }
  const signatureCount = new Array<number>(signatureIds.size).fill(0);
  for (const id of signature) signatureCount[id]++;
  const verdicts = new Map<number, boolean>();
  const isSameEvent = (i: number, j: number): boolean => {
    const si = signature[i];
    const sj = signature[j];
    if (signatureCount[si] === 1 && signatureCount[sj] === 1) return sameEvent(nodes[i], nodes[j]);
    // Ordered: which claim comes first decides the event's kind when the two name several.
    const key = si * signatureIds.size + sj;
    let verdict = verdicts.get(key);
    if (verdict === undefined) verdicts.set(key, (verdict = sameEvent(nodes[i], nodes[j])));
    return verdict;
  };
  // Flat: i, j, i, j, … (a large story has hundreds of thousands of pairs).
  const sameEventPairs: number[] = [];
  // A comparison costs more than the other units: fewer of them make a step.
  const comparisons = new Pacer(300);
  for (let b = 0; b < bucketLists.length; b++) {
    const list = bucketLists[b];
    for (let x = 0; x < list.length; x++) {
      if (comparisons.tick(list.length - x)) yield;
      for (let y = x + 1; y < list.length; y++) {
        const i = Math.min(list[x], list[y]);
        const j = Math.max(list[x], list[y]);
        if (nodes[i].article === nodes[j].article || firstSharedBucket(i, j) !== b) continue;
        if (isSameEvent(i, j)) sameEventPairs.push(i, j);
      }
    }
  }

  // Only pairs that cannot both hold make a conflict; a conflict gathers the pairs that share a claim, and
  // lists with them the other claims of the same event, so that every source's date is shown side by side.
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const conflicting: Array<[number, number]> = [];
  for (let p = 0; p < sameEventPairs.length; p += 2) {
    if (pacer.tick()) yield;
    const i = sameEventPairs[p];
    const j = sameEventPairs[p + 1];
    const a = nodes[i];
    const b = nodes[j];
    // Two relative dates ("today", "Monday") from articles of different days tell nothing against each other.
    if (!a.value.explicit && !b.value.explicit) continue;
    // Articles months apart report on different occurrences: the plan, then the delay; one release, then the next.
    if (Math.abs(a.published - b.published) > 90) continue;
    // Adjacent days are one event told from two time zones or two sides of midnight; adjacent years are not.
    const gap = gapInDays(a.days, b.days);
    if (gap < 1 || (gap < 2 && Math.min(lengthInDays(a.days), lengthInDays(b.days)) <= 3)) continue;
    // "late November" and "early December" have soft edges: parts of months or years need a week between.
    if ((a.soft || b.soft) && gap <= 7) continue;
    conflicting.push([i, j]);
    parent[find(i)] = find(j);
  }
  const rootsInConflict = new Set(conflicting.map(([i]) => find(i)));
  const membersByRoot = new Map<number, Set<number>>();
  const addMember = (root: number, i: number) => {
    const set = membersByRoot.get(root) ?? new Set<number>();
    set.add(i);
    membersByRoot.set(root, set);
  };
  for (const [i, j] of conflicting) {
    addMember(find(i), i);
    addMember(find(i), j);
  }
  for (let p = 0; p < sameEventPairs.length; p += 2) {
    if (pacer.tick()) yield;
    const i = sameEventPairs[p];
    const j = sameEventPairs[p + 1];
    if (rootsInConflict.has(find(i))) addMember(find(i), j);
    if (rootsInConflict.has(find(j))) addMember(find(j), i);
  }

  const conflictingByRoot = new Map<number, Array<[number, number]>>();
  for (const pair of conflicting) {
    const root = find(pair[0]);
    const list = conflictingByRoot.get(root);
    if (list) list.push(pair);
    else conflictingByRoot.set(root, [pair]);
  }
  const conflicts: Conflict[] = [];
  for (const [root, memberSet] of membersByRoot) {
    if (pacer.tick(memberSet.size)) yield;
    const members = [...memberSet].sort((a, b) => a - b);
    const position = new Map(members.map((node, k) => [node, k]));
    const pairs: Array<[number, number]> = [];
    let severity: Severity = 'information';
    for (const [i, j] of conflictingByRoot.get(root) ?? []) {
      const a = nodes[i].days;
      const b = nodes[j].days;
      pairs.push([position.get(i)!, position.get(j)!]);
      // Both dates specific to a season or better: a warning; years against years stay informational.
      if (Math.max(lengthInDays(a), lengthInDays(b)) <= 122) severity = 'warning';
    }
    if (pairs.length === 0) continue;
    const event = eventLabel(members.map((i) => nodes[i]));
    const disputed = [...new Set(pairs.flat().map((k) => nodes[members[k]].analysis.times[nodes[members[k]].value.time].text))].sort();
    // The key names the dates in dispute and the kind of event, not the label: a new article about the same
    // event may change which actor the label names, and an ignored conflict must stay ignored.
    const kinds = [...new Set(members.map((i) => nodes[i].value.kinds[0]))].sort();
    const key = `${kinds.join('+')}|${disputed.join('|')}`;
    if (ignored.has(key)) continue;
    conflicts.push({ key, event, claims: members.map((i) => ({ article: nodes[i].article, claim: nodes[i].claim })), pairs, severity });
  }
  return conflicts.sort((x, y) => (x.claims[0].article < y.claims[0].article ? -1 : x.claims[0].article > y.claims[0].article ? 1 : x.event < y.event ? -1 : 1));
}

/** "Vladimir Putin visit to India": the most named actor, the most common kind, the most named place. */
function eventLabel(nodes: ClaimNode[]): string {
  const top = <T>(items: T[]): T | undefined => {
    const counts = new Map<T, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const actor = top(nodes.flatMap((n) => [...n.agents])) ?? top(nodes.flatMap((n) => [...n.actors].filter((e) => e.type === 'person'))) ?? top(nodes.flatMap((n) => [...n.actors]));
  const kind = top(nodes.flatMap((n) => n.value.kinds))!;
  const place = top(nodes.map((n) => n.place).filter((p): p is CorpusEntity => !!p));
  const ordinal = nodes.find((n) => n.value.ordinal !== undefined && n.value.kinds[0] === kind)?.value.ordinal;
  const noun = ordinal ? `${ordinal}${ordinalSuffix(ordinal)} ${kind}` : kind;
  return [actor?.name, noun, place ? `${kind === 'visit' ? 'to' : 'in'} ${place.name}` : undefined].filter(Boolean).join(' ');
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Related locations listed with one conflict: the conflicting sources first. */
const MAX_RELATED = 50;

/** A readable name for an article in messages (its file name). */
export type ArticleLabel = (article: string) => string;

/** The findings of each article: its own checks, and every conflict one of its claims is in. */
export function corpusFindings(corpus: Corpus, conflicts: readonly Conflict[], label: ArticleLabel, options: EntityFindingOptions = { variants: true, unintroduced: true }): Map<string, Finding[]> {
  return finish(corpusFindingSteps(corpus, conflicts, label, options));
}

/** corpusFindings in steps (see steps.ts). */
export function* corpusFindingSteps(corpus: Corpus, conflicts: readonly Conflict[], label: ArticleLabel, options: EntityFindingOptions = { variants: true, unintroduced: true }): Steps<Map<string, Finding[]>> {
  const pacer = new Pacer(2000);
  const byArticle = new Map<string, Finding[]>();
  const names = yield* entityFindingSteps(corpus, label, options);
  for (const article of corpus.ids()) {
    if (pacer.tick()) yield;
    byArticle.set(article, [...corpus.get(article)!.findings, ...(names.get(article) ?? [])]);
  }
  const describe = (ref: ClaimRef) => {
    const analysis = corpus.get(ref.article)!;
    const claim = analysis.claims[ref.claim];
    const time = analysis.times[claim.time];
    const reporter = claim.reporter !== undefined ? ` (attributed to ${corpus.entityOfMention(ref.article, claim.reporter)?.name ?? analysis.mentions[claim.reporter].text})` : '';
    return { time, claim, text: `"${time.text}" (${describeRange(claim.range)}) in ${label(ref.article)}${reporter}` };
  };
  // An event hundreds of sources date is gone through in several steps.
  for (const conflict of conflicts) {
    if (pacer.tick()) yield;
    // An event many sources date is described once per claim, not once per pair of claims.
    // One copy of each related message, shared by the findings of every claim that lists it.
    const described: Array<ReturnType<typeof describe> & { asConflicting: string; asSameEvent: string }> = [];
    for (const ref of conflict.claims) {
      if (pacer.tick()) yield;
      const d = describe(ref);
      described.push({ ...d, asConflicting: `Conflicting date: ${d.text}`, asSameEvent: `Same event: ${d.text}` });
    }
    const opponents = conflict.claims.map(() => [] as number[]);
    for (const [a, b] of conflict.pairs) {
      opponents[a].push(b);
      opponents[b].push(a);
    }
    for (let index = 0; index < conflict.claims.length; index++) {
      if (pacer.tick()) yield;
      const ref = conflict.claims[index];
      const against = opponents[index];
      if (against.length === 0) continue;
      const here = described[index];
      const others = against.map((k) => described[k].text);
      const message = `Sources disagree on the date of the ${conflict.event}: "${here.time.text}" (${describeRange(here.claim.range)}) here, but ${others.slice(0, 2).join(' and ')}${others.length > 2 ? ` and ${others.length - 2} more` : ''}.`;
      // The conflicting dates first, then the sources that agree; a story told by hundreds of sources lists
      // the first of them, as no reader goes through more.
      const disputes = new Set(against);
      const order = against.slice(0, MAX_RELATED);
      for (let k = 0; k < conflict.claims.length && order.length < MAX_RELATED; k++) if (k !== index && !disputes.has(k)) order.push(k);
      const related = order.map((k) => {
        const d = described[k];
        return { article: conflict.claims[k].article, start: d.time.start, end: d.time.end, message: disputes.has(k) ? d.asConflicting : d.asSameEvent };
      });
      byArticle.get(ref.article)!.push({ start: here.time.start, end: here.time.end, severity: conflict.severity, code: 'date-conflict', message, related, data: { conflict: conflict.key } });
    }
  }
  return byArticle;
}
