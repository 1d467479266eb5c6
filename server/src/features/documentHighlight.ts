import { DocumentHighlight, DocumentHighlightKind, type DocumentHighlightParams } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { mentionAtPosition, spanRange } from './mentionLookup';

/** The entity's mentions in this article; the full-name ones are marked as "write" (where it is introduced). */
export function provideDocumentHighlights(index: WorkspaceIndex, params: DocumentHighlightParams): DocumentHighlight[] {
  const found = mentionAtPosition(index, params.textDocument.uri, params.position);
  if (!found) return [];
  const mentions = index.corpus.get(found.uri)?.mentions ?? [];
  const occurrence = found.entity.occurrences.find((o) => o.article === found.uri);
  return (occurrence?.mentions ?? []).flatMap((i) => {
    const range = spanRange(index, found.uri, mentions[i]);
    return range ? [DocumentHighlight.create(range, mentions[i].form === 'full' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read)] : [];
  });
}
