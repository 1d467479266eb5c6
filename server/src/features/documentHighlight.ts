import { DocumentHighlight, DocumentHighlightKind, type DocumentHighlightParams } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { mentionRefAtPosition, spanRange } from './mentionLookup';

/** The entity's mentions in this article; the full-name ones are marked as "write" (where it is introduced). */
export function provideDocumentHighlights(index: WorkspaceIndex, params: DocumentHighlightParams): DocumentHighlight[] {
  const found = mentionRefAtPosition(index, params.textDocument.uri, params.position);
  const analysis = found && index.corpus.get(found.uri);
  if (!found || !analysis) return [];
  // Asked at every move of the cursor: while the workspace's names are being linked again (after an edit
  // that changed one), the article's own grouping answers rather than wait for the whole workspace.
  const entity = index.corpus.isLinked() ? index.corpus.entityOfMention(found.uri, found.ref.index) : undefined;
  const indexes = entity ? entity.occurrences.find((o) => o.article === found.uri)?.mentions ?? [] : analysis.entities[found.ref.mention.entity]?.mentions ?? [];
  return indexes.flatMap((i) => {
    const range = spanRange(index, found.uri, analysis.mentions[i]);
    return range ? [DocumentHighlight.create(range, analysis.mentions[i].form === 'full' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read)] : [];
  });
}
