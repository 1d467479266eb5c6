import type { ArticleAnalysis, Finding } from '../analysis/types';
import { shiftFindings, type TextEdit } from './textEdits';

// What an edit changes for the rest of the workspace. Most keystrokes change no name, no date and no claim
// of their article, only where things are: the workspace's links between names and its conflicts then stay
// as they are, and only the positions of the article's findings move with the text.

// Each keystroke compares the new analysis with the one before, which the previous keystroke described.
const structures = new WeakMap<ArticleAnalysis, string>();

/** Everything of an analysis that other articles see, without positions. */
function structureOf(analysis: ArticleAnalysis): string {
  let structure = structures.get(analysis);
  if (structure === undefined) structures.set(analysis, (structure = describeStructure(analysis)));
  return structure;
}

function describeStructure(analysis: ArticleAnalysis): string {
  return JSON.stringify([
    analysis.publication.date,
    analysis.publication.source,
    analysis.publication.yearInferred,
    analysis.mentions.map((m) => [m.text, m.type, m.entity, m.form, m.title ?? null]),
    analysis.entities,
    analysis.times.map((t) => [t.text, t.type, t.value, t.mod ?? null, t.range ?? null, t.anchored]),
    analysis.claims.map(({ sentence: _sentence, ...claim }) => claim),
  ]);
}

/** Whether two analyses of one article differ only in positions. */
export function sameStructure(a: ArticleAnalysis, b: ArticleAnalysis): boolean {
  return a.mentions.length === b.mentions.length && a.claims.length === b.claims.length && structureOf(a) === structureOf(b);
}

/**
 * Cross-article findings after an edit that changed only positions in `article`: its own findings are the new
 * analysis's, those from other articles move with the text, and other articles' related locations in it too.
 */
export function moveCrossArticleFindings(
  findings: Map<string, Finding[]>,
  crossOnly: Map<string, Finding[]>,
  article: string,
  own: readonly Finding[],
  edit: TextEdit,
): { findings: Map<string, Finding[]>; crossOnly: Map<string, Finding[]> } {
  const movedFindings = new Map(findings);
  const movedCrossOnly = new Map(crossOnly);
  const moved = shiftFindings(crossOnly.get(article) ?? [], [edit]);
  movedCrossOnly.set(article, moved);
  movedFindings.set(article, [...own, ...moved]);
  const delta = edit.inserted - edit.removed;
  for (const [other, list] of crossOnly) {
    if (other === article || !list.some((f) => f.related.some((r) => r.article === article && r.start >= edit.at + edit.removed))) continue;
    const relocated = list.map((f) => ({
      ...f,
      related: f.related.map((r) => (r.article === article && r.start >= edit.at + edit.removed ? { ...r, start: r.start + delta, end: r.end + delta } : r)),
    }));
    movedCrossOnly.set(other, relocated);
    const ownOfOther = (findings.get(other) ?? []).filter((f) => !list.includes(f));
    movedFindings.set(other, [...ownOfOther, ...relocated]);
  }
  return { findings: movedFindings, crossOnly: movedCrossOnly };
}
