import type { Span } from '../types';

// Whether a sentence speaks of the past or the future, from its auxiliaries and verb forms: enough to
// tell which "Thursday" or which "November 18" is meant.

const FUTURE = /\b(will|won't|'ll|shall|would|is to|are to|am to|to be held|scheduled|schedules?|expected|expects?|set to|set for|going to|plans? to|planned (?:to|for)|planning (?:to|for)|intends?|intended|upcoming|forthcoming|next(?!\s+(?:to|door)\b)|due to|due (?:in|on|at|by|for|out|back|later|next|this)|could|may|might|hopes? to|prepar(?:e|es|ed|ing) to|promised to|vowed to|threatened to|aims? to|likely to|as soon as|as early as|no later than)\b/gi;
const PAST = /\b(was|were|had|did|ago|last|earlier|took place|yesterday|previously|met|said|told|took|gave|went|came|made|saw|began|left|won|lost|fell|rose|sent|spent|paid|led|brought|thought|found|became|kept|wrote|spoke|chose|flew|grew|knew|ran|sat|stood|struck|sold|bought|caught|fought|meant|felt|heard|built|held|[a-z]{2,}ed)\b(?!-)/gi;
// Markers that say the tense outright; the others ("-ed" words, "by", "until") only lean.
const STRONG = /^(will|won't|'ll|shall|is to|are to|am to|to be held|scheduled|expected|set to|set for|due (?:in|on|at|by|for|out|back|later|next|this)|going to|plans? to|planned (?:to|for)|planning (?:to|for)|upcoming|forthcoming|next|as soon as|as early as|was|were|had|did|ago|last|yesterday|took place|met|took|gave|went|came|made|saw|began|left|won|lost|fell|rose|sent|spent|paid|led|brought|thought|found|became|kept|wrote|spoke|chose|flew|grew|knew|ran|sat|stood|struck|sold|bought|caught|fought|felt|heard|built)$/i;

const PLAN_AS_NOUN = /\b(?:the|a|its|his|her|their|our|my|your|no|any|new|announced|unveiled|outlined|approved|rejected|dropped)\s+$/i;
const CLAUSE_END = /[.!?;\n]/g;
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|Jr|Sr|Gen|Gov|Sen|Rep|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

export interface Tense {
  /** -1 past, +1 future, 0 unknown. */
  direction: -1 | 0 | 1;
  /** An auxiliary or an explicit word decided it, not a verb ending. */
  strong: boolean;
}

interface Marker {
  at: number;
  direction: -1 | 1;
  strong: boolean;
}

function markers(text: string, offset: number): Marker[] {
  const found: Marker[] = [];
  const futureAt = new Set<number>();
  for (const m of text.matchAll(FUTURE)) {
    // "announced plans to buy", "its plan to expand": a plan named, not one the clause makes.
    if (/^plans? to/i.test(m[0]) && PLAN_AS_NOUN.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    // "May" capitalised is the month; "could not" a past inability ("could not be located Wednesday").
    if (m[0] === 'May' || m[0] === 'MAY') continue;
    if (/^could$/i.test(m[0]) && /^\s*(?:not|n['’]t)\b/i.test(text.slice((m.index ?? 0) + 5, (m.index ?? 0) + 10))) continue;
    futureAt.add(m.index ?? 0);
    found.push({ at: offset + (m.index ?? 0), direction: 1, strong: STRONG.test(m[0]) });
  }
  for (const m of text.matchAll(PAST)) {
    // "scheduled", "expected" already counted as future; "is heard", "will be held" are not past either.
    if (futureAt.has(m.index ?? 0)) continue;
    if (/\b(?:is|are|be|been|being|am)\s+$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 7), m.index))) continue;
    // "the planned visit", "a closed-door meeting": participles used as adjectives say nothing of tense.
    if (/ed$/i.test(m[0]) && /\b(?:the|a|an|its|his|her|their)\s+$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 6), m.index))) continue;
    // "Protesters planned a demonstration on Saturday": what was planned is still to come.
    const planned = /^planned$/i.test(m[0]) && /^\s+(?:a|an|the)\b/i.test(text.slice((m.index ?? 0) + 7, (m.index ?? 0) + 12));
    found.push({ at: offset + (m.index ?? 0), direction: planned ? 1 : -1, strong: !planned && STRONG.test(m[0]) });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Reads the tense of the clause around spans of one text. Clause markers are found once per clause and
 * shared by every expression in it.
 */
export class TenseReader {
  private readonly boundaries: number[] = [];
  private readonly clauseMarkers = new Map<number, Marker[]>();

  constructor(private readonly text: string) {
    // . ! ? ; and line breaks end a clause; the period of an initial or an abbreviation does not.
    CLAUSE_END.lastIndex = 0;
    for (let m = CLAUSE_END.exec(text); m; m = CLAUSE_END.exec(text)) {
      const i = m.index;
      if (text.charCodeAt(i) === 46 && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 5), i))) continue;
      this.boundaries.push(i);
    }
  }

  /** The tense of the clause around a span: the nearest marker before it decides, else the first after it. */
  at(span: Span): Tense {
    const text = this.text;
    const from = this.clauseStart(span.start);
    const to = this.clauseEnd(span.end);
    // "the planned December visit", "the upcoming Tuesday meeting": the adjective dates it.
    if (/\b(?:planned|upcoming|scheduled|expected|proposed|forthcoming|coming)\s+$/i.test(text.slice(Math.max(from, span.start - 14), span.start))) {
      return { direction: 1, strong: true };
    }
    const all = this.markersOf(from, to);
    const before = all.filter((m) => m.at < span.start);
    const after = all.filter((m) => m.at >= span.end);
    // "since March": a date the clause looks back to.
    if (/\bsince\s+$/i.test(text.slice(Math.max(from, span.start - 8), span.start))) return { direction: -1, strong: true };
    // What is done ahead of a date is done before it: "polls in advance of the Nov. 5 election", "shipping
    // ahead of the Labor Day weekend".
    if (/\b(?:ahead|in advance) of(?:\s+the)?\s+$/i.test(text.slice(Math.max(from, span.start - 20), span.start))) return { direction: 1, strong: false };
    // A deadline preposition right before the date ("by Jan. 14", "until Tuesday") leans to the future,
    // unless an auxiliary of the clause says otherwise.
    if (/\b(?:by|until|till|no later than|effective|starting|beginning)\s+$/i.test(text.slice(Math.max(from, span.start - 16), span.start))) {
      const strong = all.find((m) => m.strong && m.direction < 0 && /^(?:had|was|were|did)\b/i.test(text.slice(m.at, m.at + 6)));
      return strong ? { direction: -1, strong: true } : { direction: 1, strong: false };
    }
    const strongBefore = before.filter((m) => m.strong);
    const nearestBefore = before[before.length - 1];
    // A strong marker close before the expression outweighs a weak one between them.
    const decisive =
      strongBefore.length && nearestBefore && !nearestBefore.strong && span.start - strongBefore[strongBefore.length - 1].at < 60
        ? strongBefore[strongBefore.length - 1]
        : nearestBefore ?? after.find((m) => m.strong) ?? after[0];
    return decisive ? { direction: decisive.direction, strong: decisive.strong } : { direction: 0, strong: false };
  }

  private markersOf(from: number, to: number): Marker[] {
    let found = this.clauseMarkers.get(from);
    if (!found) {
      found = markers(this.text.slice(from, to), from);
      this.clauseMarkers.set(from, found);
    }
    return found;
  }

  private clauseStart(offset: number): number {
    // The boundary before the offset, searched in the sorted boundary list.
    let lo = 0;
    let hi = this.boundaries.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.boundaries[mid] < offset) {
        found = this.boundaries[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return Math.max(found + 1, offset - 2000);
  }

  private clauseEnd(offset: number): number {
    let lo = 0;
    let hi = this.boundaries.length - 1;
    let found = this.text.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.boundaries[mid] >= offset) {
        found = this.boundaries[mid];
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return Math.min(found, offset + 2000);
  }
}
