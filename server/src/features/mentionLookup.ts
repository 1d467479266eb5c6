import type { Location, Position, Range } from 'vscode-languageserver';
import type { CorpusEntity, MentionRef } from '../analysis/corpus/corpus';
import type { ArticleAnalysis, Span, TimeExpression } from '../analysis/types';
import { normalizeUri, type WorkspaceIndex } from '../workspace/workspaceIndex';

// Conversions between the engine's string offsets and LSP positions happen here, once.

export interface MentionUnderCursor {
  uri: string;
  ref: MentionRef;
  entity: CorpusEntity;
}

export function mentionAtPosition(index: WorkspaceIndex, uri: string, position: Position): MentionUnderCursor | undefined {
  const article = index.get(uri);
  if (!article || article.error) return undefined;
  const key = normalizeUri(uri);
  const ref = index.corpus.mentionAt(key, article.document.offsetAt(position));
  if (!ref) return undefined;
  const entity = index.corpus.entityOfMention(key, ref.index);
  return entity ? { uri: key, ref, entity } : undefined;
}

export function spanRange(index: WorkspaceIndex, uri: string, span: Span): Range | undefined {
  const document = index.get(uri)?.document;
  if (!document) return undefined;
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function mentionLocation(index: WorkspaceIndex, ref: MentionRef): Location | undefined {
  const range = spanRange(index, ref.article, ref.mention);
  return range ? { uri: ref.article, range } : undefined;
}

export interface TimeUnderCursor {
  uri: string;
  time: TimeExpression;
  analysis: ArticleAnalysis;
}

export function timeAtPosition(index: WorkspaceIndex, uri: string, position: Position): TimeUnderCursor | undefined {
  const article = index.get(uri);
  if (!article || article.error) return undefined;
  const key = normalizeUri(uri);
  const analysis = index.corpus.get(key);
  if (!analysis) return undefined;
  const offset = article.document.offsetAt(position);
  const time = analysis.times.find((t) => offset >= t.start && offset <= t.end);
  return time ? { uri: key, time, analysis } : undefined;
}
