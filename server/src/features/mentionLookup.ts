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

/** The analysed article at a URI and the string offset of a position in it. */
function offsetIn(index: WorkspaceIndex, uri: string, position: Position): { key: string; offset: number; analysis: ArticleAnalysis } | undefined {
  const article = index.get(uri);
  const key = normalizeUri(uri);
  const analysis = index.corpus.get(key);
  if (!article || article.error || !analysis) return undefined;
  return { key, offset: article.document.offsetAt(position), analysis };
}

export function mentionAtPosition(index: WorkspaceIndex, uri: string, position: Position): MentionUnderCursor | undefined {
  const found = mentionRefAtPosition(index, uri, position);
  const entity = found && index.corpus.entityOfMention(found.uri, found.ref.index);
  return found && entity ? { ...found, entity } : undefined;
}

/** The mention under the cursor, without its corpus entity (which may need the workspace linked). */
export function mentionRefAtPosition(index: WorkspaceIndex, uri: string, position: Position): { uri: string; ref: MentionRef } | undefined {
  const at = offsetIn(index, uri, position);
  const ref = at && index.corpus.mentionAt(at.key, at.offset);
  return at && ref ? { uri: at.key, ref } : undefined;
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
  const at = offsetIn(index, uri, position);
  const time = at?.analysis.times.find((t) => at.offset >= t.start && at.offset <= t.end);
  return at && time ? { uri: at.key, time, analysis: at.analysis } : undefined;
}
