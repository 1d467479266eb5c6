import type { ClaimRef } from '../analysis/corpus/conflicts';
import { describeRange } from '../analysis/time/describe';
import type { TimelineClaim, TimelineEvent, TimelineModel } from '../protocol';
import { articleLabel, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { spanRange } from './mentionLookup';

// The Timeline view's data: every event the sources date differently, each source's claim with its dates,
// then the claims in no dispute. The engine decides what is one event and what conflicts; this only lists.

/** More rows than anyone reads in one picture; the rest are counted. */
const MAX_UNDISPUTED_CLAIMS = 300;
const MAX_SENTENCE_CHARS = 400;

export function provideTimeline(index: WorkspaceIndex): TimelineModel {
  const events: TimelineEvent[] = [];
  const inDispute = new Set<string>();
  const key = (ref: ClaimRef) => `${ref.claim}\u0000${ref.article}`;
  for (const conflict of index.conflicts()) {
    const outliers = outlyingClaims(conflict.claims.length, conflict.pairs);
    const claims: TimelineClaim[] = [];
    conflict.claims.forEach((ref, n) => {
      inDispute.add(key(ref));
      const against = conflict.pairs.filter((pair) => pair.includes(n)).map(([a, b]) => (a === n ? b : a));
      const claim = timelineClaim(index, ref, outliers.has(n), against);
      if (claim) claims.push(claim);
    });
    // Claims that could not be placed (a file gone meanwhile) would shift the indexes of `against`.
    if (claims.length === conflict.claims.length) events.push({ label: conflict.event, disputed: true, claims });
  }
  // Sorted by date before they are described: only the first ones are shown.
  const undisputed: Array<ClaimRef & { start: string }> = [];
  for (const article of index.corpus.ids()) {
    index.corpus.get(article)!.claims.forEach((value, claim) => {
      if (!inDispute.has(key({ article, claim }))) undisputed.push({ article, claim, start: value.range.start });
    });
  }
  undisputed.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : a.claim - b.claim));
  const shown = undisputed.slice(0, MAX_UNDISPUTED_CLAIMS).map((ref) => timelineClaim(index, ref, false, []));
  const claims = shown.filter((c): c is TimelineClaim => !!c);
  if (claims.length) events.push({ label: 'Other dated claims', disputed: false, claims });
  return { events, omittedClaims: undisputed.length - shown.length };
}

/**
 * The claims to mark: when five sources say "early December" and one "early 2025", every pair involves the
 * one, and only it is marked; when two sources simply disagree, both are. Each round marks the claims in the
 * most remaining disputes and sets their disputes aside.
 */
export function outlyingClaims(count: number, pairs: ReadonlyArray<readonly [number, number]>): Set<number> {
  const marked = new Set<number>();
  let open = [...pairs];
  while (open.length) {
    const disputes = new Array<number>(count).fill(0);
    for (const [a, b] of open) {
      disputes[a]++;
      disputes[b]++;
    }
    const most = Math.max(...disputes);
    disputes.forEach((n, claim) => {
      if (n === most) marked.add(claim);
    });
    open = open.filter(([a, b]) => !marked.has(a) && !marked.has(b));
  }
  return marked;
}

function timelineClaim(index: WorkspaceIndex, ref: ClaimRef, conflicting: boolean, against: number[]): TimelineClaim | undefined {
  const analysis = index.corpus.get(ref.article);
  const text = index.get(ref.article)?.document.getText();
  const claim = analysis?.claims[ref.claim];
  if (!analysis || !claim || text === undefined) return undefined;
  const time = analysis.times[claim.time];
  const range = spanRange(index, ref.article, time);
  if (!range) return undefined;
  let sentence = text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ').trim();
  if (sentence.length > MAX_SENTENCE_CHARS) sentence = sentence.slice(0, MAX_SENTENCE_CHARS - 1) + '…';
  const reporter = claim.reporter !== undefined ? (index.corpus.entityOfMention(ref.article, claim.reporter)?.name ?? analysis.mentions[claim.reporter].text) : undefined;
  return {
    uri: ref.article,
    article: articleLabel(ref.article),
    written: time.text,
    start: claim.range.start,
    end: claim.range.end,
    when: describeRange(claim.range),
    event: claim.eventWords[0] ?? claim.kinds[0] ?? 'event',
    modality: claim.modality,
    ...(reporter !== undefined ? { reporter } : {}),
    sentence,
    range,
    conflicting,
    against,
  };
}
