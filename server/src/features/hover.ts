import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { articleLabel, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { describeAnchor, describeRange } from '../analysis/time/describe';
import type { ArticleAnalysis, TimeExpression } from '../analysis/types';
import { mentionAtPosition, mentionRefAtPosition, spanRange, timeAtPosition, type TimeUnderCursor } from './mentionLookup';

const MAX_LISTED_ARTICLES = 20;

const TYPE_LABEL = { person: 'person', place: 'place', organization: 'organization' } as const;

/** Escapes article text for Markdown: nothing written in an article can become a link, HTML or a command. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'$:]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export function provideHover(index: WorkspaceIndex, params: HoverParams): Hover | null {
  const time = timeAtPosition(index, params.textDocument.uri, params.position);
  if (time) return timeHover(index, time);
  // Linking a large workspace after its scan takes seconds: a hover meanwhile says what the article knows.
  if (!index.corpus.isLinked()) return articleEntityHover(index, params);
  const found = mentionAtPosition(index, params.textDocument.uri, params.position);
  if (!found) return null;
  const { entity, ref, uri } = found;
  const corpus = index.corpus;
  const lines = nameLines(entity);

  // Each spelling with the articles that use it, so a variant such as "Sergei Lavrov" is visible at once.
  const where = (form: string) => {
    const usage = entity.formArticles[form];
    if (!usage) return '';
    return usage.count <= 2 ? usage.first.map((a) => escapeMarkdown(articleLabel(a))).join(', ') : `${usage.count} articles`;
  };
  const aliases = entity.aliases.map((alias) => `${escapeMarkdown(alias)} (${where(alias)})`);
  if (aliases.length) lines.push(`*Also written:* ${aliases.join(' · ')}`);

  const here = entity.occurrences.find((o) => o.article === uri)?.mentions.length ?? 0;
  lines.push(`*Mentions:* ${here} in this article · ${entity.mentionCount} in ${entity.occurrences.length} article${entity.occurrences.length === 1 ? '' : 's'} of the workspace`);

  // A name in thousands of articles lists the first of them: a hover is read, not scrolled.
  const listed = entity.occurrences.slice(0, MAX_LISTED_ARTICLES);
  const links = listed.map((o) => {
    const first = corpus.get(o.article)?.mentions[o.mentions[0]];
    const range = first ? spanRange(index, o.article, first) : undefined;
    const target = range ? `${o.article}#L${range.start.line + 1},${range.start.character + 1}` : o.article;
    return `[${escapeMarkdown(articleLabel(o.article))}](${linkTarget(target)}) (${o.mentions.length})`;
  });
  const more = entity.occurrences.length - listed.length;
  lines.push(`*Articles:* ${links.join(' · ')}${more > 0 ? ` · and ${more} more (Find All References lists every mention)` : ''}`);
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
    range: spanRange(index, uri, ref.mention),
  };
}

/** The first lines of a name's hover: the name and its type, then its titles. */
function nameLines(entity: { name: string; type: keyof typeof TYPE_LABEL; titles: readonly string[] }): string[] {
  const lines = [`**${escapeMarkdown(entity.name)}** — ${TYPE_LABEL[entity.type]}`];
  if (entity.titles.length) lines.push(`*Titles:* ${entity.titles.map(escapeMarkdown).join(' · ')}`);
  return lines;
}

/** A name as its own article knows it, while the workspace's links are being made. */
function articleEntityHover(index: WorkspaceIndex, params: HoverParams): Hover | null {
  const found = mentionRefAtPosition(index, params.textDocument.uri, params.position);
  const entity = found && index.corpus.get(found.uri)?.entities[found.ref.mention.entity];
  if (!found || !entity) return null;
  const lines = nameLines(entity);
  const others = entity.forms.filter((form) => form !== entity.name);
  if (others.length) lines.push(`*Also written here:* ${others.map(escapeMarkdown).join(' · ')}`);
  lines.push(`*Mentions:* ${entity.mentions.length} in this article`);
  const articles = index.corpus.size;
  lines.push(`*Linking the workspace's ${articles} article${articles === 1 ? '' : 's'}:* where else this name appears shows in a moment.`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: spanRange(index, found.uri, found.ref.mention) };
}

/** An article's URI as a link target Markdown reads whole: parentheses escaped too (a file may be named "a) [b](c"). */
function linkTarget(uri: string): string {
  let decoded = uri;
  try {
    decoded = decodeURI(uri);
  } catch {
    // A stray "%": encoded as it is.
  }
  return encodeURI(decoded).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}

const TIMEX_LABEL = { DATE: 'date', TIME: 'time of day', DURATION: 'duration', SET: 'recurring time' } as const;
const DURATION_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', Q: 'quarter', DE: 'decade', CE: 'century', H: 'hour', S: 'second' };

/** "P33Y" → "33 years", "PT30M" → "30 minutes". */
export function describeDuration(value: string): string | undefined {
  const m = /^P(T)?(\d+(?:\.\d+)?|X)(Y|M|W|D|Q|DE|CE|H|S)$/.exec(value);
  if (!m) return undefined;
  const unit = m[1] && m[3] === 'M' ? 'minute' : DURATION_UNITS[m[3]];
  if (m[2] === 'X') return `some ${unit === 'century' ? 'centuries' : unit + 's'}`;
  const n = Number(m[2]);
  return `${m[2]} ${n === 1 ? unit : unit === 'century' ? 'centuries' : unit + 's'}`;
}

function timeHover(index: WorkspaceIndex, found: TimeUnderCursor): Hover {
  const { time, analysis, uri } = found;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(time.text)}** — ${TIMEX_LABEL[time.type]}`);
  lines.push(`*Value:* \`${time.value}\`${time.mod ? ` · ${time.mod.toLowerCase()}` : ''}`);
  if (time.range) lines.push(`*Range:* ${describeRange(time.range)}${time.range.start !== time.range.end ? ` (${time.range.start} to ${time.range.end})` : ''}`);
  const duration = time.type === 'DURATION' || time.type === 'SET' ? describeDuration(time.value) : undefined;
  if (duration) lines.push(time.type === 'SET' ? `*Every:* ${duration}` : `*Length:* ${duration}`);
  const unresolved = /X|_REF$/.test(time.value);
  if (time.anchored || (unresolved && !analysis.publication.date)) lines.push(`*Anchored on:* ${describeAnchor(analysis.publication)}`);
  lines.push(...claimSources(index, uri, analysis, time));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: spanRange(index, uri, time) };
}

/** For a date in a conflict: every source's date for the event, side by side, the disputed ones marked. */
function claimSources(index: WorkspaceIndex, uri: string, analysis: ArticleAnalysis, time: TimeExpression): string[] {
  const timeIndex = analysis.times.indexOf(time);
  const claimIndex = analysis.claims.findIndex((c) => c.time === timeIndex);
  if (claimIndex < 0) return [];
  // A hover answers at once: while a change's conflicts are being found, it shows the last known ones.
  const conflict = index.conflicts({ allowStale: true }).find((c) => c.claims.some((r) => r.article === uri && r.claim === claimIndex));
  if (!conflict) return [];
  const here = conflict.claims.findIndex((r) => r.article === uri && r.claim === claimIndex);
  const disputed = new Set(conflict.pairs.filter(([a, b]) => a === here || b === here).flat());
  const rows = conflict.claims.map((ref, k) => {
    const other = index.corpus.get(ref.article)!;
    const claim = other.claims[ref.claim];
    const t = other.times[claim.time];
    const mark = k === here ? '▶' : disputed.has(k) ? '✖' : '✔';
    const reporter = claim.reporter !== undefined ? ` · according to ${escapeMarkdown(other.mentions[claim.reporter].text)}` : '';
    return `| ${mark} | ${escapeMarkdown(articleLabel(ref.article))} | ${escapeMarkdown(t.text)} | ${claim.range ? describeRange(claim.range) : t.value} | ${claim.modality}${reporter} |`;
  });
  return [`*Sources on the ${escapeMarkdown(conflict.event)}* (✖ cannot both hold with this one):`, '| | article | as written | dates | |\n|---|---|---|---|---|\n' + rows.join('\n')];
}
