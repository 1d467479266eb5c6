import type { DefinitionParams, Location } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { mentionAtPosition, mentionLocation } from './mentionLookup';

/** Where the entity is introduced: its first full-name mention in this article, else in the corpus. */
export function provideDefinition(index: WorkspaceIndex, params: DefinitionParams): Location | null {
  const found = mentionAtPosition(index, params.textDocument.uri, params.position);
  if (!found) return null;
  const definition = index.corpus.definition(found.entity, found.uri);
  return (definition && mentionLocation(index, definition)) ?? null;
}
