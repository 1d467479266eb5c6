import type { CorpusEntity } from '../analysis/corpus/corpus';
import type { EntityType, Span } from '../analysis/types';
import type { ArticleMentions, EntitiesParams, EntitiesResult, EntityMentionsParams, EntitySummary, MentionSite } from '../protocol';
import { articleLabel, normalizeUri, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { spanRange } from './mentionLookup';

// The Entities view's data: the index's entities as plain JSON, for one article or the whole workspace.

const TYPE_ORDER: Record<EntityType, number> = { person: 0, place: 1, organization: 2 };

export function provideEntities(index: WorkspaceIndex, params: EntitiesParams): EntitiesResult {
  const corpus = index.corpus;
  if (params.uri === undefined) {
    const entities = corpus.entities().map((e) => summarize(e));
    return { found: true, entities: entities.sort(byTypeThenMentions((e) => e.mentionCount)) };
  }
  const uri = normalizeUri(params.uri);
  const analysis = corpus.get(uri);
  if (!analysis) return { found: false, entities: [] };
  const here = new Map<CorpusEntity, number>();
  analysis.mentions.forEach((_, n) => {
    const entity = corpus.entityOfMention(uri, n);
    if (entity) here.set(entity, (here.get(entity) ?? 0) + 1);
  });
  const entities = [...here].map(([entity, count]) => ({ ...summarize(entity), mentionsInArticle: count }));
  return { found: true, entities: entities.sort(byTypeThenMentions((e) => e.mentionsInArticle ?? 0)) };
}

function summarize(entity: CorpusEntity): EntitySummary {
  const { id, type, name, aliases, titles, mentionCount } = entity;
  return { id, type, name, aliases, titles, mentionCount, articleCount: entity.occurrences.length };
}

function byTypeThenMentions(count: (e: EntitySummary) => number) {
  return (a: EntitySummary, b: EntitySummary) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || count(b) - count(a) || a.name.localeCompare(b.name);
}

export function provideEntityMentions(index: WorkspaceIndex, params: EntityMentionsParams): ArticleMentions[] {
  const entity = index.corpus.entityById(params.id);
  // The index may have renumbered its entities since the view asked: a different name means a stale id.
  if (!entity || entity.name !== params.name) return [];
  const first = params.uri !== undefined ? normalizeUri(params.uri) : undefined;
  const occurrences = [...entity.occurrences].sort((a, b) => Number(b.article === first) - Number(a.article === first));
  const result: ArticleMentions[] = [];
  for (const occurrence of occurrences) {
    const analysis = index.corpus.get(occurrence.article);
    const text = index.get(occurrence.article)?.document.getText();
    if (!analysis || text === undefined) continue;
    const mentions: MentionSite[] = [];
    for (const n of occurrence.mentions) {
      const mention = analysis.mentions[n];
      const range = spanRange(index, occurrence.article, mention);
      if (range) mentions.push({ range, ...mentionContext(text, mention) });
    }
    result.push({ uri: occurrence.article, label: articleLabel(occurrence.article), mentions });
  }
  return result;
}

const CONTEXT_CHARS = 40;

/** The line around a span, at most CONTEXT_CHARS on each side, cut at a word and whitespace collapsed. */
export function mentionContext(text: string, span: Span): { context: string; highlight: [number, number] } {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  const lineEnd = newline < 0 ? text.length : newline;
  const collapse = (s: string) => s.replace(/\s+/g, ' ');
  let before = collapse(text.slice(lineStart, span.start)).trimStart();
  let after = collapse(text.slice(span.end, lineEnd)).trimEnd();
  if (before.length > CONTEXT_CHARS) before = '…' + before.slice(before.length - CONTEXT_CHARS).replace(/^\S*\s/, '');
  if (after.length > CONTEXT_CHARS) after = after.slice(0, CONTEXT_CHARS).replace(/\s\S*$/, '') + '…';
  const name = collapse(text.slice(span.start, span.end));
  return { context: before + name + after, highlight: [before.length, before.length + name.length] };
}
