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

/** The workspace's findings across articles, kept up to date through edits that move only positions. */
export interface CrossArticleFindings {
  findings: Map<string, Finding[]>;
  /** The findings that come from other articles (conflicts, names), without the article's own checks. */
  crossOnly: Map<string, Finding[]>;
  /** For each article, the other articles with a finding from across articles that points into it. */
  pointingInto: Map<string, Set<string>>;
}

/** Notes the articles that a finding of `article` points into (see `pointingInto`). */
export function notePointers(pointingInto: Map<string, Set<string>>, article: string, crossOnly: readonly Finding[]): void {
  for (const finding of crossOnly) {
    for (const r of finding.related) {
      if (r.article === article) continue;
      let from = pointingInto.get(r.article);
      if (!from) pointingInto.set(r.article, (from = new Set()));
      from.add(article);
    }
  }
}

/**
 * Moves the cross-article findings along with an edit that changed only positions in `article`: its own
 * findings are the new analysis's, those from other articles move with the text, and other articles' related
 * locations in it too. In place, and touching only the articles concerned: this runs at every keystroke, in
 * workspaces of thousands of articles. The articles pointing into `article` stay the same.
 */
export function moveCrossArticleFindings(cross: CrossArticleFindings, article: string, own: readonly Finding[], edit: TextEdit): void {
  const moved = shiftFindings(cross.crossOnly.get(article) ?? [], [edit]);
  cross.crossOnly.set(article, moved);
  cross.findings.set(article, [...own, ...moved]);
  const delta = edit.inserted - edit.removed;
  const after = edit.at + edit.removed;
  for (const other of cross.pointingInto.get(article) ?? []) {
    const list = cross.crossOnly.get(other) ?? [];
    if (!list.some((f) => f.related.some((r) => r.article === article && r.start >= after))) continue;
    const relocated = list.map((f) => ({
      ...f,
      related: f.related.map((r) => (r.article === article && r.start >= after ? { ...r, start: r.start + delta, end: r.end + delta } : r)),
    }));
    cross.crossOnly.set(other, relocated);
    const ownOfOther = (cross.findings.get(other) ?? []).filter((f) => !list.includes(f));
    cross.findings.set(other, [...ownOfOther, ...relocated]);
  }
}
