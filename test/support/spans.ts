import type { ArticleAnalysis } from '../../server/src/analysis/types';

// The offset invariant of ARCHITECTURE.md, checked on one analysis: every span lies within the text,
// start <= end, and a mention's or a time's text is exactly the text between its offsets.

/** The first broken span of an analysis, described; undefined when every span is exact. */
export function spanProblem(text: string, analysis: ArticleAnalysis): string | undefined {
  const within = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const [k, m] of analysis.mentions.entries()) {
    if (!within(m) || m.start === m.end) return `mention ${k} [${m.start}, ${m.end}) outside the text of ${text.length} or empty`;
    if (text.slice(m.start, m.end) !== m.text) return `mention ${k} "${m.text}" is "${text.slice(m.start, m.end)}" at [${m.start}, ${m.end})`;
    if (!analysis.entities[m.entity]) return `mention ${k} names no entity (${m.entity})`;
  }
  for (const [k, t] of analysis.times.entries()) {
    if (!within(t) || t.start === t.end) return `time ${k} [${t.start}, ${t.end}) outside the text of ${text.length} or empty`;
    if (text.slice(t.start, t.end) !== t.text) return `time ${k} "${t.text}" is "${text.slice(t.start, t.end)}" at [${t.start}, ${t.end})`;
    if (t.range && !(t.range.start <= t.range.end)) return `time ${k} has the range ${t.range.start} to ${t.range.end}`;
  }
  for (const [k, f] of analysis.findings.entries()) if (!within(f)) return `finding ${k} (${f.code}) [${f.start}, ${f.end}) outside the text`;
  for (const [k, b] of analysis.boilerplate.entries()) if (!within(b)) return `boilerplate ${k} [${b.start}, ${b.end}) outside the text`;
  for (const [k, c] of analysis.claims.entries()) {
    if (!analysis.times[c.time]) return `claim ${k} dated by no time (${c.time})`;
    if (!within(c.sentence)) return `claim ${k} sentence [${c.sentence.start}, ${c.sentence.end}) outside the text`;
    const people = [...c.participants, ...c.clauseParticipants, ...c.agents, ...(c.place === undefined ? [] : [c.place]), ...(c.reporter === undefined ? [] : [c.reporter])];
    if (people.some((i) => !analysis.mentions[i])) return `claim ${k} points at a mention that is not there`;
  }
  const span = analysis.publication.span;
  if (span && !within(span)) return `publication date span [${span.start}, ${span.end}) outside the text`;
  return undefined;
}

/** Throws when any span of the analysis is not exact. */
export function assertExactSpans(text: string, analysis: ArticleAnalysis, label = ''): void {
  const problem = spanProblem(text, analysis);
  if (problem) throw new Error(`${label ? label + ': ' : ''}${problem}`);
}
