import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { mentionAtPosition, mentionLocation } from './mentionLookup';

/** Every mention of the entity in every article of the workspace. */
export function provideReferences(index: WorkspaceIndex, params: ReferenceParams): Location[] {
  const found = mentionAtPosition(index, params.textDocument.uri, params.position);
  if (!found) return [];
  return index.rememberedForEntity(found.entity, () =>
    index.corpus
      .references(found.entity)
      .map((ref) => mentionLocation(index, ref))
      .filter((l): l is Location => l !== undefined),
  );
}
