import type { SymbolInformation, WorkspaceSymbolParams } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { SYMBOL_KIND } from './documentSymbols';
import { articleLabel } from '../workspace/workspaceIndex';
import { mentionLocation } from './mentionLookup';

/** Entities whose name or an alias contains the query's letters in order (the editor filters further). */
export function provideWorkspaceSymbols(index: WorkspaceIndex, params: WorkspaceSymbolParams): SymbolInformation[] {
  const query = params.query.toLowerCase().replace(/\s+/g, '');
  const result: SymbolInformation[] = [];
  for (const entity of index.corpus.entities()) {
    if (query && ![entity.name, ...entity.aliases].some((n) => isSubsequence(query, n.toLowerCase()))) continue;
    const definition = index.corpus.definition(entity);
    const location = definition && mentionLocation(index, definition);
    if (!location) continue;
    result.push({ name: entity.name, kind: SYMBOL_KIND[entity.type], location, containerName: `${entity.type} · ${entity.mentionCount} mentions · ${articleLabel(location.uri)}` });
    if (result.length >= 1000) break;
  }
  return result;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const c of haystack) if (c === needle[i]) i++;
  return i === needle.length;
}
