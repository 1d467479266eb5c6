import { CodeLens, Command, type CodeLensParams } from 'vscode-languageserver';
import { normalizeUri, type WorkspaceIndex } from '../workspace/workspaceIndex';
import { plural } from '../analysis/text/plural';

// A summary at the top of each article: "3 people · 8 places · 5 organizations · 4 dates · 1 conflict".

/** A command of the VS Code client (client/src/extension.ts), called with the article's URI and its number of conflicts. */
export const SHOW_VIEWS_COMMAND = 'articleLens.showViews';

export function provideCodeLenses(index: WorkspaceIndex, params: CodeLensParams): CodeLens[] {
  const uri = normalizeUri(params.textDocument.uri);
  const analysis = index.corpus.get(uri);
  if (!analysis) return [];
  const count = (type: string) => new Set(analysis.mentions.filter((m) => m.type === type).map((m) => m.entity)).size;
  // Asked for at every edit: the last complete findings serve until the workspace-wide run.
  const conflicts = index.findings(uri, { allowStale: true }).filter((f) => f.code === 'date-conflict').length;
  const title = [
    plural(count('person'), 'person', 'people'),
    plural(count('place'), 'place', 'places'),
    plural(count('organization'), 'organization', 'organizations'),
    plural(analysis.times.length, 'date', 'dates'),
    plural(conflicts, 'conflict', 'conflicts'),
  ].join(' · ');
  // Clicking opens the extension's views on this article: its entities, and the timeline when sources disagree.
  const lens = CodeLens.create({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  lens.command = Command.create(title, SHOW_VIEWS_COMMAND, params.textDocument.uri, conflicts);
  return [lens];
}
