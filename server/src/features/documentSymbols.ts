import { DocumentSymbol, SymbolKind, type DocumentSymbolParams } from 'vscode-languageserver';
import type { EntityType } from '../analysis/types';
import { normalizeUri, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { spanRange } from './mentionLookup';

export const SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  place: SymbolKind.Namespace,
  organization: SymbolKind.Class,
};

const GROUPS: Array<{ type: EntityType; label: string }> = [
  { type: 'person', label: 'People' },
  { type: 'place', label: 'Places' },
  { type: 'organization', label: 'Organizations' },
];

/** The article's entities grouped by type; each entity spans from its first to its last mention. */
export function provideDocumentSymbols(index: WorkspaceIndex, params: DocumentSymbolParams): DocumentSymbol[] {
  const uri = normalizeUri(params.textDocument.uri);
  const analysis = index.corpus.get(uri);
  if (!analysis) return [];
  const symbols: DocumentSymbol[] = [];
  const linked = index.corpus.isLinked();
  for (const group of GROUPS) {
    const children: DocumentSymbol[] = [];
    analysis.entities.forEach((entity) => {
      if (entity.type !== group.type || entity.mentions.length === 0) return;
      const first = analysis.mentions[entity.mentions[0]];
      const last = analysis.mentions[entity.mentions[entity.mentions.length - 1]];
      const selection = spanRange(index, uri, first);
      const whole = spanRange(index, uri, { start: first.start, end: last.end });
      if (!selection || !whole) return;
      // The outline is asked for after every edit: while the workspace's names are being linked again, the
      // article's own name for the entity stands in for the canonical one.
      const corpusEntity = linked ? index.corpus.entityOfMention(uri, entity.mentions[0]) : undefined;
      const n = entity.mentions.length;
      children.push(DocumentSymbol.create(corpusEntity?.name ?? entity.name, `${n} mention${n === 1 ? '' : 's'}`, SYMBOL_KIND[entity.type], whole, selection));
    });
    if (children.length === 0) continue;
    const range = { start: children[0].range.start, end: children.reduce((end, c) => (c.range.end.line > end.line || (c.range.end.line === end.line && c.range.end.character > end.character) ? c.range.end : end), children[0].range.end) };
    children.sort((a, b) => a.selectionRange.start.line - b.selectionRange.start.line || a.selectionRange.start.character - b.selectionRange.start.character);
    symbols.push(DocumentSymbol.create(group.label, `${children.length}`, SymbolKind.Package, range, children[0].selectionRange, children));
  }
  return symbols;
}
