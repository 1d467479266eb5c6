import { CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { mentionAtPosition } from './mentionLookup';

// Quick fixes: ignore a conflict (recorded in .article-lens.json) and give an undated article a date header.

export const IGNORE_CONFLICT_COMMAND = 'articleLens.ignoreConflict';
export const IGNORE_NAME_COMMAND = 'articleLens.ignoreName';
export const SET_TYPE_COMMAND = 'articleLens.setType';
const TYPE_WORD = { person: 'a person', place: 'a place', organization: 'an organization' } as const;

export function provideCodeActions(index: WorkspaceIndex, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'article-lens') continue;
    const data = diagnostic.data as Record<string, string> | undefined;
    if (diagnostic.code === 'date-conflict' && data?.conflict && index.configFolder()) {
      const action = CodeAction.create('Ignore this conflict', { title: 'Ignore this conflict', command: IGNORE_CONFLICT_COMMAND, arguments: [data.conflict] }, CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    if ((diagnostic.code === 'entity-variant' || diagnostic.code === 'entity-unintroduced') && data?.replacement) {
      const action = CodeAction.create(`Use "${data.replacement}"`, { changes: { [uri]: [{ range: diagnostic.range, newText: data.replacement }] } }, CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    if (diagnostic.code === 'undated-relative-date' && !actions.some((a) => a.title === 'Add publication date header')) {
      actions.push(addDateHeader(uri, diagnostic));
    }
  }
  // On a name: corrections recorded in .article-lens.json.
  const found = index.configFolder() ? mentionAtPosition(index, uri, params.range.start) : undefined;
  if (found) {
    const name = found.ref.mention.text;
    actions.push(CodeAction.create(`"${name}" is not an entity`, { title: 'Not an entity', command: IGNORE_NAME_COMMAND, arguments: [name] }, CodeActionKind.QuickFix));
    for (const type of ['person', 'place', 'organization'] as const) {
      if (type === found.entity.type) continue;
      actions.push(CodeAction.create(`"${name}" is ${TYPE_WORD[type]}`, { title: `Treat as ${TYPE_WORD[type]}`, command: SET_TYPE_COMMAND, arguments: [name, type] }, CodeActionKind.QuickFix));
    }
  }
  return actions;
}

function addDateHeader(uri: string, diagnostic: Diagnostic): CodeAction {
  // The date itself is the user's to write: the header is inserted with its placeholder selected by the reader.
  const action = CodeAction.create('Add publication date header', { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'date YYYY-MM-DD\n' }] } }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}
